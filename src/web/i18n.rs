//! UI strings, one table per locale, and date labels formatted by the browser's `Intl` (no month
//! names in the binary). A new language is a new table.

use super::dom::{canonical_locale, cat, format_date, num, plural_form};
use crate::prelude::*;
use crate::text::replace_str;

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
    /// Month labels with a TIMEX3 mod; the month comes in the form that follows a noun ("січня").
    pub start_of: &'static str,
    pub middle_of: &'static str,
    pub end_of: &'static str,
    pub about: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub year_unknown: &'static str,
    pub now: &'static str,
    pub past: &'static str,
    pub future: &'static str,
    /// Spring, summer, autumn, winter.
    pub seasons: [&'static str; 4],
    pub quarter: &'static str,
    pub halves: [&'static str; 2],
    pub week: &'static str,
    pub decade: &'static str,
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
    start_of: "Start of {}",
    middle_of: "Middle of {}",
    end_of: "End of {}",
    about: "About {}",
    before: "Before {}",
    after: "After {}",
    year_unknown: "year not given",
    now: "Now",
    past: "Earlier",
    future: "Later",
    seasons: ["Spring", "Summer", "Autumn", "Winter"],
    quarter: "Q{n} {y}",
    halves: ["First half of {y}", "Second half of {y}"],
    week: "Week {n}, {y}",
    decade: "the {y}0s",
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
    start_of: "Початок {}",
    middle_of: "Середина {}",
    end_of: "Кінець {}",
    about: "Близько {}",
    before: "До {}",
    after: "Після {}",
    year_unknown: "рік не вказано",
    now: "Зараз",
    past: "Раніше",
    future: "Пізніше",
    seasons: ["Весна", "Літо", "Осінь", "Зима"],
    quarter: "{n}-й квартал {y}",
    halves: ["Перше півріччя {y}", "Друге півріччя {y}"],
    week: "{n}-й тиждень {y}",
    decade: "{y}0-ті роки",
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
    start_of: "بداية {}",
    middle_of: "منتصف {}",
    end_of: "نهاية {}",
    about: "نحو {}",
    before: "قبل {}",
    after: "بعد {}",
    year_unknown: "السنة غير مذكورة",
    now: "الآن",
    past: "سابقًا",
    future: "لاحقًا",
    seasons: ["ربيع", "صيف", "خريف", "شتاء"],
    quarter: "الربع {n} من {y}",
    halves: ["النصف الأول من {y}", "النصف الثاني من {y}"],
    week: "الأسبوع {n} من {y}",
    decade: "عقد {y}0",
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
    canonical_locale(&tag.replace('_', "-"))
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

/// Fills `{key}` placeholders.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out: String = template.into();
    for (k, v) in pairs {
        out = replace_str(&out, &cat(&["{", k, "}"]), v);
    }
    out
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
/// "Spring 2025", "the 1990s". Month and day names come from `Intl` in the locale.
pub fn date_label(value: &str, modifier: Option<&str>, locale: &str) -> String {
    let s = strings(locale);
    if let Some(i) = ["PRESENT_REF", "PAST_REF", "FUTURE_REF"].iter().position(|r| *r == value) {
        return [s.now, s.past, s.future][i].into();
    }
    let Some(cv) = calendar_value(value) else {
        return other_label(value, s);
    };
    const MODS: [&str; 8] = ["START", "MID", "END", "APPROX", "BEFORE", "ON_OR_BEFORE", "AFTER", "ON_OR_AFTER"];
    let template = match modifier.and_then(|m| MODS.iter().position(|x| *x == m)) {
        Some(i) => [s.start_of, s.middle_of, s.end_of, s.about, s.before, s.before, s.after, s.after][i],
        None => "{}",
    };
    let text = format_date(&intl_locale(locale), cv.year, cv.month.unwrap_or(0), cv.day.unwrap_or(0), template != "{}");
    capitalise_first(&fill(template, &[("", &text)]))
}

/// Labels for values that are not plain calendar dates: seasons, quarters, halves, weeks, decades.
fn other_label(value: &str, s: &Strings) -> String {
    let (y, rest) = value.split_once('-').unwrap_or((value, ""));
    let kind = rest.as_bytes().first().copied().unwrap_or(0);
    let digits = rest.get(1..).unwrap_or("");
    let n = number(digits);
    let template = if let Some(i) = ["SP", "SU", "FA", "WI"].iter().position(|&c| c == rest) {
        cat(&[s.seasons[i], " {y}"])
    } else if kind == b'Q' && matches!(digits, "1" | "2" | "3" | "4") {
        fill(s.quarter, &[("n", digits)])
    } else if let (b'H', Some(h @ 1..=2)) = (kind, n) {
        s.halves[h - 1].into()
    } else if let (b'W', Some(w @ 1..=53)) = (kind, n) {
        fill(s.week, &[("n", &num(w, 1))])
    } else if rest.is_empty() && y.len() == 3 && y.bytes().all(|b| b.is_ascii_digit()) {
        return fill(s.decade, &[("y", y)]);
    } else {
        return value.into();
    };
    if y == "XXXX" {
        cat(&[fill(&template, &[("y", "")]).trim(), " (", s.year_unknown, ")"])
    } else {
        fill(&template, &[("y", y)])
    }
}

/// `s` read as `str::parse::<usize>` reads it (an optional `+`, then ASCII digits), saturating where
/// that fails on overflow (every caller then rejects the number as out of range all the same).
fn number(s: &str) -> Option<usize> {
    let d = s.strip_prefix('+').unwrap_or(s);
    let ok = !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| d.bytes().fold(0usize, |n, b| n.saturating_mul(10).saturating_add(usize::from(b - b'0'))))
}

fn capitalise_first(s: &str) -> String {
    crate::text::capitalise(s)
}

/// The `datetime` attribute for a `<time>` element, when the value is a valid HTML date string.
pub fn datetime_attr(value: &str) -> Option<String> {
    let cv = calendar_value(value)?;
    let year = cv.year?;
    let mut out = num(year.max(0) as usize, 4);
    for part in [cv.month, cv.day].into_iter().map_while(|p| p) {
        out.push('-');
        out.push_str(&num(part as usize, 2));
    }
    Some(out)
}

/// `text[start..end]` in UTF-16 code units (JavaScript string semantics), split into before / inside /
/// after. Offsets past the end are clamped, so a bad offset never panics.
pub fn split_utf16(text: &str, start: usize, end: usize) -> (String, String, String) {
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
    (text[..a].into(), text[a..b].into(), text[b..].into())
}
