//! UI strings, one table per locale, and date labels formatted by the browser's `Intl` (no month
//! names in the binary). A new language is a new table.

use super::dom::{canonical_locale, plural_form};
use crate::prelude::*;

/// The UI strings of one locale. `{}`, `{n}`, `{y}`, `{name}` and `{quotes}` are filled in.
pub struct Strings {
    /// What the renderer (`dom::render`, in JS) shows, `\n`-separated, in this order: the widget's
    /// name (when the article has no headline); the titles of the quotes and the timeline; the tab
    /// list's name in narrow layouts; the empty quotes and timeline; the speaker filter's name, its
    /// "all" and "unattributed" chips; a headline quote's note; the actions show in context, copy,
    /// link and the link's title; the title of an event's linked quotes; the words of date labels
    /// (`|`-separated: now, earlier, later; the month labels with a TIMEX3 mod, `{}` the date, the
    /// month in the form that follows a noun, "січня": start of, middle of, end of, about, before,
    /// after; spring, summer, autumn, winter; a quarter, the first and the second half, a week, `{n}`
    /// the number, `{y}` the year; a decade, `{y}0s`); the note of a date without a year.
    pub ui: &'static str,
    pub loading: &'static str,
    /// "quote" by plural category: zero, one, two, few, many, other (`Intl.PluralRules`).
    pub quote_forms: [&'static str; 6],
    pub unattributed: &'static str,
    /// Announced when the filter changes.
    pub showing_all: &'static str,
    pub showing_by: &'static str,
    pub context_show: &'static str,
    pub context_hide: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
}

const EN: Strings = Strings {
    ui: concat!(
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
        "year not given",
    ),
    loading: "Loading quotes and timeline…",
    quote_forms: ["quotes", "quote", "quotes", "quotes", "quotes", "quotes"],
    unattributed: "Unattributed",
    showing_all: "Showing all {n} {quotes}",
    showing_by: "Showing {n} {quotes} by {name}",
    context_show: "Show in context",
    context_hide: "Hide context",
    copied: "Copied",
    copy_failed: "Could not copy: select the text and copy it",
};

const UK: Strings = Strings {
    ui: concat!(
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
        "рік не вказано",
    ),
    loading: "Завантаження цитат і хронології…",
    quote_forms: ["цитат", "цитата", "цитати", "цитати", "цитат", "цитати"],
    unattributed: "Без автора",
    showing_all: "Показано всі цитати: {n}",
    showing_by: "Показано {n} {quotes}, автор: {name}",
    context_show: "Показати в контексті",
    context_hide: "Сховати контекст",
    copied: "Скопійовано",
    copy_failed: "Не вдалося скопіювати: виділіть текст і скопіюйте його",
};

const AR: Strings = Strings {
    ui: concat!(
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
        "السنة غير مذكورة",
    ),
    loading: "جارٍ تحميل الاقتباسات والتسلسل الزمني…",
    quote_forms: ["اقتباس", "اقتباس", "اقتباسان", "اقتباسات", "اقتباسًا", "اقتباس"],
    unattributed: "غير منسوب",
    showing_all: "عرض كل الاقتباسات: {n}",
    showing_by: "عرض {n} {quotes} لـ {name}",
    context_show: "عرض في السياق",
    context_hide: "إخفاء السياق",
    copied: "تم النسخ",
    copy_failed: "تعذّر النسخ: حدّد النص وانسخه",
};

/// The strings for a locale tag (`en`, `en-US`, `uk`, …); English when the language has no table.
pub fn strings(locale: &str) -> &'static Strings {
    match language(locale) {
        "uk" => &UK,
        "ar" => &AR,
        _ => &EN,
    }
}

fn language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or("en")
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

/// The locale handed to `Intl`: English dates read day-first ("5 February") unless a region is given.
pub fn intl_locale(locale: &str) -> String {
    if locale.eq_ignore_ascii_case("en") || locale.is_empty() {
        "en-GB".into()
    } else {
        locale.into()
    }
}

/// The writing direction of a locale.
pub fn direction(locale: &str) -> &'static str {
    match language(locale) {
        "ar" | "fa" | "he" | "ur" | "yi" | "ps" | "dv" | "ckb" | "sd" | "ug" => "rtl",
        _ => "ltr",
    }
}

/// "3 quotes" in the locale's plural form.
pub fn quote_count(locale: &str, n: usize) -> &'static str {
    let form = plural_form(&intl_locale(locale), n as u32).min(5);
    strings(locale).quote_forms[form as usize]
}

/// A human label for a date value: "5 February", "5 February 2026", "End of January", "2025",
/// "Spring 2025", "the 1990s". Month and day names come from `Intl` in the locale; the label is put
/// together in JS (`dateLabel` in `dom.rs`, which the renderer calls) from the locale's date words,
/// and a calendar date's label starts with a capital.
pub fn date_label(value: &str, modifier: Option<&str>, locale: &str) -> String {
    let mut ui = strings(locale).ui.rsplit('\n');
    let (unknown, words) = (ui.next().unwrap_or_default(), ui.next().unwrap_or_default());
    super::dom::date_label(locale, value, modifier.unwrap_or_default(), words, unknown)
}
