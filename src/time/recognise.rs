//! The recogniser: a single left-to-right pass over the words of a text that matches calendar
//! expressions (month names with days and years, parts of months) and normalises them.
//!
//! First slice: month-based dates ("February 5", "5 February 2026", "the end of January", "in
//! January") and their year from the publication date by tense. Later work deepens it.

use super::{Date, TagOptions, Timex, TimexType};

/// Carried between paragraphs: the last date mentioned (the narrative reference time).
#[derive(Debug, Clone, Default)]
pub struct State {
    pub last: Option<(Option<i32>, u8)>,
}

impl State {
    pub fn new(_opts: &TagOptions) -> Self {
        State::default()
    }
}

const MONTHS: &[(&str, u8)] = &[
    ("apr", 4), ("april", 4), ("aug", 8), ("august", 8), ("dec", 12), ("december", 12), ("feb", 2),
    ("february", 2), ("jan", 1), ("january", 1), ("jul", 7), ("july", 7), ("jun", 6), ("june", 6),
    ("mar", 3), ("march", 3), ("may", 5), ("nov", 11), ("november", 11), ("oct", 10), ("october", 10),
    ("sep", 9), ("sept", 9), ("september", 9),
];

/// Words (lower case) that introduce a part of a month, with the TIMEX3 mod they give.
const PARTS: &[(&str, &str)] = &[("beginning", "START"), ("end", "END"), ("middle", "MID"), ("start", "START")];

#[derive(Clone, Copy)]
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric();
        match (start, w) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(Word { start: s, end: i, text: &text[s..i] });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word { start: s, end: text.len(), text: &text[s..] });
    }
    out
}

fn month(w: &str) -> Option<u8> {
    let lower = w.to_ascii_lowercase();
    MONTHS.binary_search_by(|(k, _)| k.cmp(&lower.as_str())).ok().map(|i| MONTHS[i].1)
}

fn day(w: &str) -> Option<u8> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok())?
}

const CLAUSE_WINDOW: usize = 400;

/// Whether the sentence around `at` speaks of the future ("will", "scheduled for", "next").
fn future_context(text: &str, at: usize) -> bool {
    // Look back at most CLAUSE_WINDOW bytes: a sentence with thousands of dates must not be re-read
    // (and re-lowered) from its start for each one.
    let mut window = at.saturating_sub(CLAUSE_WINDOW);
    while !text.is_char_boundary(window) {
        window += 1;
    }
    let before = &text[window..at];
    let from = before.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
    let clause = before[from..].to_ascii_lowercase();
    ["will ", "'ll "].iter().any(|k| clause.contains(k))
}

pub fn tag(text: &str, opts: &TagOptions, state: &mut State) -> Vec<Timex> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    // Words before this index belong to an expression already taken: a day there cannot start the next
    // one ("January 5 Feb 2026" is "January 5" then "Feb 2026", not two overlapping dates).
    let mut taken = 0;
    while i < ws.len() {
        let w = ws[i];
        let Some(m) = month(w.text) else {
            i += 1;
            continue;
        };
        // "May" and "March" are also words: take them only next to a day or year, or after "in".
        let ambiguous = matches!(w.text.to_ascii_lowercase().as_str(), "may" | "march" | "mar" | "jan" | "sun");
        let capital = w.text.starts_with(|c: char| c.is_uppercase());
        if !capital {
            i += 1;
            continue;
        }
        let mut start = w.start;
        let mut end = w.end;
        let mut d = None;
        let mut y = None;
        let mut consumed = i + 1;
        // Month Day[,] [Year]
        if let Some(n) = ws.get(i + 1).filter(|n| text[w.end..n.start].trim_matches(['.', ' ']).is_empty()) {
            if let Some(dd) = day(n.text) {
                d = Some(dd);
                end = n.end;
                consumed = i + 2;
                if let Some(yw) = ws.get(i + 2).filter(|yw| matches!(text[n.end..yw.start].trim(), "," | "")) {
                    if let Some(yy) = year(yw.text) {
                        y = Some(yy);
                        end = yw.end;
                        consumed = i + 3;
                    }
                }
            } else if let Some(yy) = year(n.text) {
                y = Some(yy);
                end = n.end;
                consumed = i + 2;
            }
        }
        // Day Month [Year]
        if d.is_none() {
            if let Some(p) = i.checked_sub(1).filter(|&k| k >= taken).map(|k| ws[k]).filter(|p| text[p.end..w.start].trim().is_empty()) {
                if let Some(dd) = day(p.text) {
                    d = Some(dd);
                    start = p.start;
                }
            }
        }
        // Only the end of the text before the date matters: lower-casing all of it made the pass quadratic.
        let lead = text[..start].trim_end().as_bytes();
        let ends = |k: &[u8]| lead.len() >= k.len() && lead[lead.len() - k.len()..].eq_ignore_ascii_case(k);
        let after_in = ends(b" in") || ends(b" of") || lead.eq_ignore_ascii_case(b"in");
        if ambiguous && d.is_none() && y.is_none() && !after_in {
            i += 1;
            continue;
        }
        // "the end of January": take the part phrase into the expression.
        let mut modifier = None;
        if d.is_none() {
            let before: Vec<Word> = ws[..i].iter().rev().take(3).copied().collect();
            if before.len() >= 2 && before[0].text.eq_ignore_ascii_case("of") {
                if let Some((_, md)) = PARTS.iter().find(|(p, _)| before[1].text.eq_ignore_ascii_case(p)) {
                    modifier = Some(*md);
                    start = before[1].start;
                    if let Some(t) = before.get(2).filter(|t| t.text.eq_ignore_ascii_case("the")) {
                        start = t.start;
                    }
                    // "At the end of January" is how the seed's timeline labels it; include a leading "At".
                    if let Some(a) = ws[..i].iter().rev().nth(3).filter(|a| a.text.eq_ignore_ascii_case("at") && before.get(2).is_some_and(|t| t.text.eq_ignore_ascii_case("the"))) {
                        start = a.start;
                    }
                }
            }
        }
        let year_value = y.or_else(|| {
            let dct = opts.dct?;
            let probe_day = d.unwrap_or(1);
            let this_year = Date::new(dct.year, m, probe_day.min(super::calendar::days_in_month(dct.year, m)))?;
            Some(if future_context(text, start) {
                if this_year >= dct { dct.year } else { dct.year + 1 }
            } else if this_year <= dct {
                dct.year
            } else {
                dct.year - 1
            })
        });
        let ys = year_value.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
        let value = match d {
            Some(dd) => format!("{ys}-{m:02}-{dd:02}"),
            None => format!("{ys}-{m:02}"),
        };
        state.last = Some((year_value, m));
        out.push(Timex { start, end, kind: TimexType::Date, value, modifier });
        i = consumed;
        taken = consumed;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{tag, TagOptions};
    use super::*;

    fn values(text: &str, dct: Option<&str>) -> Vec<(String, String, Option<&'static str>)> {
        let opts = TagOptions { dct: dct.and_then(Date::parse_iso), language: None };
        tag(text, &opts).into_iter().map(|t| (text[t.start..t.end].to_string(), t.value, t.modifier)).collect()
    }

    #[test]
    fn month_and_day_without_a_year_stay_xxxx() {
        assert_eq!(values("The vote took place on March 3.", None), vec![("March 3".into(), "XXXX-03-03".into(), None)]);
    }

    #[test]
    fn day_month_year() {
        assert_eq!(values("It opened on 14 July 2019 in Lyon.", None), vec![("14 July 2019".into(), "2019-07-14".into(), None)]);
    }

    #[test]
    fn end_of_month_takes_the_part_phrase() {
        assert_eq!(
            values("At the end of April, the talks stalled.", Some("2025-06-01")),
            vec![("At the end of April".into(), "2025-04".into(), Some("END"))]
        );
    }

    #[test]
    fn past_tense_takes_the_latest_year_not_after_the_dct() {
        assert_eq!(values("The bridge closed on November 20.", Some("2026-02-06"))[0].1, "2025-11-20");
    }

    #[test]
    fn will_takes_the_next_one() {
        assert_eq!(values("The court will hear the case on January 10.", Some("2026-02-06"))[0].1, "2027-01-10");
    }

    #[test]
    fn may_as_a_verb_is_not_a_date() {
        assert!(values("Prices May rise, and you may go.", None).is_empty());
    }
}
