//! UI strings, one table per locale, and date labels formatted by the browser's `Intl` (no month
//! names in the binary). A new language is a new table.

/// The UI strings of one locale.
pub struct Strings {
    pub quotes: &'static str,
    pub timeline: &'static str,
    pub no_quotes: &'static str,
    pub no_events: &'static str,
    /// "Start of {}", with `{}` the month.
    pub start_of: &'static str,
    pub middle_of: &'static str,
    pub end_of: &'static str,
    pub year_unknown: &'static str,
    pub now: &'static str,
    pub past: &'static str,
    pub future: &'static str,
    pub label: &'static str,
}

const EN: Strings = Strings {
    quotes: "Quotes",
    timeline: "Timeline",
    no_quotes: "No quotes found in this article.",
    no_events: "No dated events found in this article.",
    start_of: "Start of {}",
    middle_of: "Middle of {}",
    end_of: "End of {}",
    year_unknown: "year not given",
    now: "Now",
    past: "Earlier",
    future: "Later",
    label: "Quotes and timeline",
};

const UK: Strings = Strings {
    quotes: "Цитати",
    timeline: "Хронологія",
    no_quotes: "У цій статті немає цитат.",
    no_events: "У цій статті немає датованих подій.",
    start_of: "Початок: {}",
    middle_of: "Середина: {}",
    end_of: "Кінець: {}",
    year_unknown: "рік не вказано",
    now: "Зараз",
    past: "Раніше",
    future: "Пізніше",
    label: "Цитати та хронологія",
};

/// The strings for a locale tag (`en`, `en-US`, `uk`, …); English when the language has no table.
pub fn strings(locale: &str) -> &'static Strings {
    match language(locale) {
        "uk" => &UK,
        _ => &EN,
    }
}

fn language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or("en")
}

/// The locale handed to `Intl`: English dates read day-first ("5 February") unless a region is given.
pub fn intl_locale(locale: &str) -> String {
    if locale.eq_ignore_ascii_case("en") || locale.is_empty() {
        "en-GB".to_string()
    } else {
        locale.to_string()
    }
}

/// The writing direction of a locale.
pub fn direction(locale: &str) -> &'static str {
    match language(locale) {
        "ar" | "fa" | "he" | "ur" | "yi" | "ps" | "dv" => "rtl",
        _ => "ltr",
    }
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
/// "Summer 2025", "the 1990s". Month and day names come from `Intl` in the locale.
pub fn date_label(value: &str, modifier: Option<&str>, locale: &str) -> String {
    let s = strings(locale);
    match value {
        "PRESENT_REF" => return s.now.to_string(),
        "PAST_REF" => return s.past.to_string(),
        "FUTURE_REF" => return s.future.to_string(),
        _ => {}
    }
    let Some(cv) = calendar_value(value) else {
        return other_label(value);
    };
    let intl = intl_locale(locale);
    let opts = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&opts, &k.into(), &v.into());
    };
    set("timeZone", "UTC");
    if cv.year.is_some() {
        set("year", "numeric");
    }
    if cv.month.is_some() {
        set("month", "long");
    }
    if cv.day.is_some() {
        set("day", "numeric");
    }
    // 2000 is a leap year, so "29 February" of an unknown year formats.
    let base = js_sys::Date::new_0();
    base.set_utc_full_year_with_month_date(cv.year.unwrap_or(2000) as u32, cv.month.unwrap_or(1) as i32 - 1, cv.day.unwrap_or(1) as i32);
    let text: String = base.to_locale_date_string(&intl, &opts).into();
    let text = match (cv.day, modifier) {
        (None, Some("START")) => s.start_of.replace("{}", &text),
        (None, Some("MID")) => s.middle_of.replace("{}", &text),
        (None, Some("END")) => s.end_of.replace("{}", &text),
        _ => text,
    };
    capitalise_first(&text)
}

/// Labels for values that are not plain calendar dates.
fn other_label(value: &str) -> String {
    let (y, rest) = value.split_once('-').unwrap_or((value, ""));
    match rest {
        "SP" => format!("Spring {y}"),
        "SU" => format!("Summer {y}"),
        "FA" => format!("Autumn {y}"),
        "WI" => format!("Winter {y}"),
        "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2" => format!("{rest} {y}"),
        _ if y.len() == 3 && rest.is_empty() && y.bytes().all(|b| b.is_ascii_digit()) => format!("the {y}0s"),
        _ => value.to_string(),
    }
}

fn capitalise_first(s: &str) -> String {
    crate::text::capitalise(s)
}

/// The `datetime` attribute for a `<time>` element, when the value is a valid HTML date string.
pub fn datetime_attr(value: &str) -> Option<String> {
    let cv = calendar_value(value)?;
    let year = cv.year?;
    Some(match (cv.month, cv.day) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    })
}
