//! UI strings, one table per locale, and date labels formatted by the browser's `Intl` (no month
//! names in the binary). A new language is a new table.

use super::dom::{canonical_locale, date_words, num, plural_form};
use crate::prelude::*;

/// The UI strings of one locale. `{}`, `{n}`, `{y}`, `{name}` and `{quotes}` are filled in.
pub struct Strings {
    pub label: &'static str,
    pub quotes: &'static str,
    pub timeline: &'static str,
    /// The tab list's name in narrow layouts.
    pub sections: &'static str,
    pub no_quotes: &'static str,
    pub no_events: &'static str,
    pub loading: &'static str,
    /// "quote" by plural category: zero, one, two, few, many, other (`Intl.PluralRules`).
    pub quote_forms: [&'static str; 6],
    pub filter: &'static str,
    pub all: &'static str,
    pub unattributed: &'static str,
    /// Announced when the filter changes.
    pub showing_all: &'static str,
    pub showing_by: &'static str,
    pub from_headline: &'static str,
    pub context_show: &'static str,
    pub context_hide: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub link: &'static str,
    pub link_label: &'static str,
    pub linked_quotes: &'static str,
    /// The words of date labels, `|`-separated, in this order: now, earlier, later; the month labels
    /// with a TIMEX3 mod (`{}` the date; the month comes in the form that follows a noun, "січня"):
    /// start of, middle of, end of, about, before, after; spring, summer, autumn, winter; a quarter,
    /// the first and the second half, a week (`{n}` the number, `{y}` the year); a decade (`{y}0s`).
    pub dates: &'static str,
    pub year_unknown: &'static str,
}

const EN: Strings = Strings {
    label: "Quotes and timeline",
    quotes: "Quotes",
    timeline: "Timeline",
    sections: "Sections",
    no_quotes: "No quotes found in this article.",
    no_events: "No dated events found in this article.",
    loading: "Loading quotes and timeline…",
    quote_forms: ["quotes", "quote", "quotes", "quotes", "quotes", "quotes"],
    filter: "Filter quotes by speaker",
    all: "All",
    unattributed: "Unattributed",
    showing_all: "Showing all {n} {quotes}",
    showing_by: "Showing {n} {quotes} by {name}",
    from_headline: "From the headline",
    context_show: "Show in context",
    context_hide: "Hide context",
    copy: "Copy",
    copied: "Copied",
    copy_failed: "Could not copy: select the text and copy it",
    link: "Link",
    link_label: "Link to this item",
    linked_quotes: "Quotes about this",
    dates: "Now|Earlier|Later|Start of {}|Middle of {}|End of {}|About {}|Before {}|After {}|Spring|Summer|Autumn|Winter|Q{n} {y}|First half of {y}|Second half of {y}|Week {n}, {y}|the {y}0s",
    year_unknown: "year not given",
};

const UK: Strings = Strings {
    label: "Цитати та хронологія",
    quotes: "Цитати",
    timeline: "Хронологія",
    sections: "Розділи",
    no_quotes: "У цій статті немає цитат.",
    no_events: "У цій статті немає датованих подій.",
    loading: "Завантаження цитат і хронології…",
    quote_forms: ["цитат", "цитата", "цитати", "цитати", "цитат", "цитати"],
    filter: "Фільтр цитат за автором",
    all: "Усі",
    unattributed: "Без автора",
    showing_all: "Показано всі цитати: {n}",
    showing_by: "Показано {n} {quotes}, автор: {name}",
    from_headline: "Із заголовка",
    context_show: "Показати в контексті",
    context_hide: "Сховати контекст",
    copy: "Копіювати",
    copied: "Скопійовано",
    copy_failed: "Не вдалося скопіювати: виділіть текст і скопіюйте його",
    link: "Посилання",
    link_label: "Посилання на цей елемент",
    linked_quotes: "Цитати про це",
    dates: "Зараз|Раніше|Пізніше|Початок {}|Середина {}|Кінець {}|Близько {}|До {}|Після {}|Весна|Літо|Осінь|Зима|{n}-й квартал {y}|Перше півріччя {y}|Друге півріччя {y}|{n}-й тиждень {y}|{y}0-ті роки",
    year_unknown: "рік не вказано",
};

const AR: Strings = Strings {
    label: "الاقتباسات والتسلسل الزمني",
    quotes: "الاقتباسات",
    timeline: "التسلسل الزمني",
    sections: "الأقسام",
    no_quotes: "لا توجد اقتباسات في هذا المقال.",
    no_events: "لا توجد أحداث مؤرخة في هذا المقال.",
    loading: "جارٍ تحميل الاقتباسات والتسلسل الزمني…",
    quote_forms: ["اقتباس", "اقتباس", "اقتباسان", "اقتباسات", "اقتباسًا", "اقتباس"],
    filter: "تصفية الاقتباسات حسب المتحدث",
    all: "الكل",
    unattributed: "غير منسوب",
    showing_all: "عرض كل الاقتباسات: {n}",
    showing_by: "عرض {n} {quotes} لـ {name}",
    from_headline: "من العنوان",
    context_show: "عرض في السياق",
    context_hide: "إخفاء السياق",
    copy: "نسخ",
    copied: "تم النسخ",
    copy_failed: "تعذّر النسخ: حدّد النص وانسخه",
    link: "رابط",
    link_label: "رابط إلى هذا العنصر",
    linked_quotes: "اقتباسات عن هذا",
    dates: "الآن|سابقًا|لاحقًا|بداية {}|منتصف {}|نهاية {}|نحو {}|قبل {}|بعد {}|ربيع|صيف|خريف|شتاء|الربع {n} من {y}|النصف الأول من {y}|النصف الثاني من {y}|الأسبوع {n} من {y}|عقد {y}0",
    year_unknown: "السنة غير مذكورة",
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

/// The parts of a calendar TIMEX3 value: year (None for `XXXX`), month, day.
pub struct CalendarValue {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (and the same with `XXXX`), ignoring a time part.
pub fn calendar_value(value: &str) -> Option<CalendarValue> {
    let date = value.split('T').next().unwrap_or(value);
    let mut parts = date.split('-');
    let y = parts.next()?;
    let year = if y == "XXXX" {
        None
    } else if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) {
        Some(y.parse().ok()?)
    } else {
        return None;
    };
    let num = |p: Option<&str>, max: u8| -> Result<Option<u8>, ()> {
        match p {
            None => Ok(None),
            Some(s) if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) => {
                let n: u8 = s.parse().map_err(|_| ())?;
                if (1..=max).contains(&n) { Ok(Some(n)) } else { Err(()) }
            }
            Some(_) => Err(()),
        }
    };
    let month = num(parts.next(), 12).ok()?;
    let day = num(parts.next(), 31).ok()?;
    if parts.next().is_some() || (year.is_none() && month.is_none()) {
        return None;
    }
    Some(CalendarValue { year, month, day })
}

/// A human label for a date value: "5 February", "5 February 2026", "End of January", "2025",
/// "Spring 2025", "the 1990s". Month and day names come from `Intl` in the locale; the label is put
/// together in JS (`dateLabel` in `dom.rs`) from the locale's `dates` words, and a calendar date's
/// label starts with a capital.
pub fn date_label(value: &str, modifier: Option<&str>, locale: &str) -> String {
    let s = strings(locale);
    let cv = calendar_value(value);
    let (year, month, day) = cv.as_ref().map_or((None, 0, 0), |c| (c.year, c.month.unwrap_or(0), c.day.unwrap_or(0)));
    let label = date_words(&intl_locale(locale), value, modifier.unwrap_or_default(), cv.is_some(), year, month, day, s.dates, s.year_unknown);
    if cv.is_some() {
        crate::text::capitalise(&label)
    } else {
        label
    }
}

/// The `datetime` attribute for a `<time>` element, when the value is a valid HTML date string.
pub fn datetime_attr(value: &str) -> Option<String> {
    let cv = calendar_value(value)?;
    let year = cv.year?;
    let mut out = num(year.max(0) as usize, 4);
    // The month, then the day (a day only with a month).
    if let Some(month) = cv.month {
        out.push('-');
        crate::time::push_num(&mut out, month.into(), 2);
        if let Some(day) = cv.day {
            out.push('-');
            crate::time::push_num(&mut out, day.into(), 2);
        }
    }
    Some(out)
}

/// `text[start..end]` in UTF-16 code units (JavaScript string semantics), split into before / inside /
/// after. Offsets past the end are clamped, so a bad offset never panics.
pub fn split_utf16(text: &str, start: usize, end: usize) -> (&str, &str, &str) {
    // The byte index of each cut: the first char that starts at or after the UTF-16 offset (an offset
    // inside a surrogate pair moves to the pair's end, where JavaScript would split the pair).
    let byte_at = |units: usize| {
        let mut u = 0;
        for (i, c) in text.char_indices() {
            if u >= units {
                return i;
            }
            u += c.len_utf16();
        }
        text.len()
    };
    let a = byte_at(start);
    let b = byte_at(end.max(start)).max(a);
    (&text[..a], &text[a..b], &text[b..])
}
