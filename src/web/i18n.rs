//! UI strings, one table per locale, and date labels formatted by the browser's `Intl` (no month
//! names in the binary). A new language is a new table.

use super::dom::canonical_locale;
use crate::prelude::*;

/// The UI strings of one locale, `\n`-separated, in this order (`{}`, `{n}`, `{y}`, `{name}` and
/// `{quotes}` are filled in): 0 the widget's name (when the article has no headline); 1, 2 the titles
/// of the quotes and the timeline; 3 the tab list's name in narrow layouts; 4, 5 the empty quotes and
/// timeline; 6 the speaker filter's name, 7, 8 its "all" and "unattributed" chips; 9 a headline quote's
/// note; 10 show in context, 11 copy, 12 link, 13 the link's title; 14 the title of an event's linked
/// quotes; 15 the words of date labels (`|`-separated: now, earlier, later; the month labels with a
/// TIMEX3 mod, `{}` the date, the month in the form that follows a noun, "січня": start of, middle of,
/// end of, about, before, after; spring, summer, autumn, winter; a quarter, the first and the second
/// half, a week, `{n}` the number, `{y}` the year; a decade, `{y}0s`); 16 the note of a date without a
/// year; 17 loading; 18, 19 the filter's announcements (all, by a speaker); 20 hide context; 21 copied;
/// 22 copy failed; 23–28 "quote" by plural category: zero, one, two, few, many, other
/// (`Intl.PluralRules`). The JS that shows them (`dom::render`, `handle`, `copy`, `filterQuotes`) picks
/// them by number: one string a locale, no table of pointers and lengths.
const EN: &str = concat!(
    "Quotes and timeline\n",
    "Quotes\n",
    "Timeline\n",
    "Sections\n",
    "No quotes found in this article.\n",
    "No dated events found in this article.\n",
    "Filter quotes by speaker\n",
    "All\n",
    "Unattributed\n",
    "From the headline\n",
    "Show in context\n",
    "Copy\n",
    "Link\n",
    "Link to this item\n",
    "Quotes about this\n",
    "Now|Earlier|Later|Start of {}|Middle of {}|End of {}|About {}|Before {}|After {}|Spring|Summer|Autumn|Winter|Q{n} {y}|First half of {y}|Second half of {y}|Week {n}, {y}|the {y}0s\n",
    "year not given\n",
    "Loading quotes and timeline…\n",
    "Showing all {n} {quotes}\n",
    "Showing {n} {quotes} by {name}\n",
    "Hide context\n",
    "Copied\n",
    "Could not copy: select the text and copy it\n",
    "quotes\n",
    "quote\n",
    "quotes\n",
    "quotes\n",
    "quotes\n",
    "quotes",
);

const UK: &str = concat!(
    "Цитати та хронологія\n",
    "Цитати\n",
    "Хронологія\n",
    "Розділи\n",
    "У цій статті немає цитат.\n",
    "У цій статті немає датованих подій.\n",
    "Фільтр цитат за автором\n",
    "Усі\n",
    "Без автора\n",
    "Із заголовка\n",
    "Показати в контексті\n",
    "Копіювати\n",
    "Посилання\n",
    "Посилання на цей елемент\n",
    "Цитати про це\n",
    "Зараз|Раніше|Пізніше|Початок {}|Середина {}|Кінець {}|Близько {}|До {}|Після {}|Весна|Літо|Осінь|Зима|{n}-й квартал {y}|Перше півріччя {y}|Друге півріччя {y}|{n}-й тиждень {y}|{y}0-ті роки\n",
    "рік не вказано\n",
    "Завантаження цитат і хронології…\n",
    "Показано всі цитати: {n}\n",
    "Показано {n} {quotes}, автор: {name}\n",
    "Сховати контекст\n",
    "Скопійовано\n",
    "Не вдалося скопіювати: виділіть текст і скопіюйте його\n",
    "цитат\n",
    "цитата\n",
    "цитати\n",
    "цитати\n",
    "цитат\n",
    "цитати",
);

const AR: &str = concat!(
    "الاقتباسات والتسلسل الزمني\n",
    "الاقتباسات\n",
    "التسلسل الزمني\n",
    "الأقسام\n",
    "لا توجد اقتباسات في هذا المقال.\n",
    "لا توجد أحداث مؤرخة في هذا المقال.\n",
    "تصفية الاقتباسات حسب المتحدث\n",
    "الكل\n",
    "غير منسوب\n",
    "من العنوان\n",
    "عرض في السياق\n",
    "نسخ\n",
    "رابط\n",
    "رابط إلى هذا العنصر\n",
    "اقتباسات عن هذا\n",
    "الآن|سابقًا|لاحقًا|بداية {}|منتصف {}|نهاية {}|نحو {}|قبل {}|بعد {}|ربيع|صيف|خريف|شتاء|الربع {n} من {y}|النصف الأول من {y}|النصف الثاني من {y}|الأسبوع {n} من {y}|عقد {y}0\n",
    "السنة غير مذكورة\n",
    "جارٍ تحميل الاقتباسات والتسلسل الزمني…\n",
    "عرض كل الاقتباسات: {n}\n",
    "عرض {n} {quotes} لـ {name}\n",
    "إخفاء السياق\n",
    "تم النسخ\n",
    "تعذّر النسخ: حدّد النص وانسخه\n",
    "اقتباس\n",
    "اقتباس\n",
    "اقتباسان\n",
    "اقتباسات\n",
    "اقتباسًا\n",
    "اقتباس",
);

/// The strings for a locale tag (`en`, `en-US`, `uk`, …); English when the language has no table.
pub fn strings(locale: &str) -> &'static str {
    match language(locale) {
        "uk" => UK,
        "ar" => AR,
        _ => EN,
    }
}

fn language(locale: &str) -> &str {
    &locale[..locale.bytes().position(|b| b == b'-' || b == b'_').unwrap_or(locale.len())]
}

/// The canonical form of a language tag (`en_us` → `en-US`), or None when `Intl` rejects it.
pub fn canonical(tag: &str) -> Option<String> {
    canonical_locale(tag)
}

/// The locale the widget speaks: the canonical tag when its language has a string table, else `en`.
/// UI strings, date formats, `lang` and `dir` then always agree (no English labels around Arabic
/// month names), and no later `Intl` call can throw.
pub fn resolve_locale(locale: &str) -> String {
    canonical(locale)
        .filter(|c| matches!(language(c), "en" | "uk" | "ar"))
        .unwrap_or_else(|| "en".into())
}

/// The writing direction of a locale.
pub fn direction(locale: &str) -> &'static str {
    match language(locale) {
    "ar" | "fa" | "he" | "ur" | "yi" | "ps" | "dv" | "ckb" | "sd" | "ug" => "rtl",
        _ => "ltr",
    }
}

/// A human label for a date value: "5 February", "5 February 2026", "End of January", "2025",
/// "Spring 2025", "the 1990s". Month and day names come from `Intl` in the locale; the label is put
/// together in JS (`dateLabel` in `dom.rs`, which the renderer calls) from the locale's date words,
/// and a calendar date's label starts with a capital.
pub fn date_label(value: &str, modifier: Option<&str>, locale: &str) -> String {
    let ui = strings(locale);
    super::dom::date_label(locale, value, modifier.unwrap_or_default(), part(ui, 15), part(ui, 16))
}

/// String `n` of a locale's `\n`-separated UI strings.
pub fn part(ui: &'static str, n: usize) -> &'static str {
    crate::text::split_byte(ui, b'\n').nth(n).unwrap_or_default()
}
