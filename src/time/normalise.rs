//! Anchoring and normalisation: a recognised meaning ([`Sem`]) becomes a TIMEX3 value.
//!
//! News mode anchors deictic expressions ("yesterday", "next month") to the publication date (DCT),
//! and gives a month or day without a year the year its clause's tense points to. Anaphoric
//! expressions ("two days later", "that year") anchor to the reference time: the last date mentioned
//! (the DCT until the text names one). Narrative mode anchors both to the reference time.
//!
//! Without a DCT, unknown years stay `XXXX` and deictic expressions become `PAST_REF`,
//! `PRESENT_REF` or `FUTURE_REF` by their direction: never a guessed year.

use super::calendar::{days_in_month, push_num, Date};
use super::lexicon::{Code, Tense, Unit};
use super::recognise::{Anchor, Clock, Sem, YearOf};
use crate::prelude::*;

/// A point on the calendar at year, month or day precision: the reference time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Point {
    fn of(d: Date) -> Point {
        Point { year: d.year, month: Some(d.month), day: Some(d.day) }
    }
    fn date(self) -> Option<Date> {
        Date::new(self.year, self.month?, self.day?)
    }
}

pub struct Ctx {
    pub dct: Option<Date>,
    pub narrative: bool,
    pub reference: Option<Point>,
}

// Values are written into one `String` that the caller passes in empty (each writer below appends):
// no `String` is returned and moved from writer to writer, arm to arm.
//
// Grown as written, not reserved: with 24-byte reservations here (commit f3d3857) the page's
// free-list allocator (lol_alloc, which walks its free blocks) went quadratic on long articles of
// short paragraphs: 16,000 took 12 times as long as 4,000 (tests/e2e/scaling.test.mjs). The values
// that were made whole (`Date::iso`, the fixed words) still are, so every allocation is as before.

/// Appends a year (`BC0043` for 44 BC).
fn fmt_year(s: &mut String, y: i32) {
    if y <= 0 {
        s.push_str("BC");
        push_num(s, 1 - i64::from(y), 4);
    } else {
        push_num(s, y.into(), 4);
    }
}

/// Appends the year of a value, `XXXX` when unknown.
fn year_text(s: &mut String, y: Option<i32>) {
    match y {
        Some(y) => fmt_year(s, y),
        None => s.push_str("XXXX"),
    }
}

impl Point {
    /// A whole year.
    fn year(year: i32) -> Point {
        Point { year, month: None, day: None }
    }
}

/// Appends `sep`, then `n` zero-padded to `width` digits (the last part of most TIMEX3 values): one
/// writer for every value's tail.
fn with_num(head: &mut String, sep: &str, n: i64, width: usize) {
    head.push_str(sep);
    push_num(head, n, width);
}

fn ref_by_sign(n: i32) -> &'static str {
    match n.signum() {
        -1 => "PAST_REF",
        0 => "PRESENT_REF",
        _ => "FUTURE_REF",
    }
}

impl Ctx {
    fn anchor(&self, a: Anchor) -> Option<Point> {
        match (a, self.narrative) {
            (Anchor::Dct, false) => self.dct.map(Point::of),
            (Anchor::Ref, false) => self.reference.or(self.dct.map(Point::of)),
            (_, true) => self.reference,
        }
    }

    /// The year of a month (and day) that the text gives without one.
    fn infer_year(&self, forced: Option<Tense>, tense: Option<Tense>, month: u8, day: Option<u8>) -> Option<i32> {
        if self.narrative {
            return self.reference.map(|r| r.year);
        }
        let dct = self.dct?;
        let at = |y: i32| Date::new(y, month, day.unwrap_or(1).min(days_in_month(y, month)));
        let y = dct.year;
        let here = at(y)?;
        let this_month = month == dct.month && day.is_none();
        Some(match forced.or(tense) {
            // "last March": strictly before this month; past tense: not after the DCT.
            Some(Tense::Past) if forced.is_some() => {
                if month < dct.month { y } else { y - 1 }
            }
            Some(Tense::Past) => {
                if here <= dct || this_month { y } else { y - 1 }
            }
            Some(Tense::Future) if forced.is_some() => {
                if month > dct.month { y } else { y + 1 }
            }
            // A present tense with a date speaks of something scheduled ("the contract expires on
            // Dec. 31"): the next such date.
            Some(Tense::Future | Tense::Present) => {
                if here >= dct || this_month { y } else { y + 1 }
            }
            // Present or unknown: the nearest such date.
            _ => {
                // (A loop, not an iterator chain: the first nearest, as `min_by_key` gives.)
                let d0 = dct.to_days();
                // The distance in days, then this year before the others: one number (|c - y| ≤ 1).
                let (mut best, mut key) = (y, i64::MAX);
                let mut c = y - 1;
                while c <= y + 1 {
                    if let Some(d) = at(c) {
                        let k = (d.to_days() + if day.is_none() { 14 } else { 0 } - d0).abs() * 2 + i64::from(c != y);
                        if k < key {
                            (best, key) = (c, k);
                        }
                    }
                    c += 1;
                }
                best
            }
        })
    }

    fn year_of(&self, y: YearOf, tense: Option<Tense>, month: u8, day: Option<u8>) -> Option<i32> {
        match y {
            YearOf::Known(y) => Some(y),
            YearOf::Dct(n) => Some(self.anchor(Anchor::Dct)?.year + n),
            YearOf::Ref(n) => Some(self.anchor(Anchor::Ref)?.year + n),
            YearOf::Infer(forced) => self.infer_year(forced, tense, month, day),
            YearOf::Weekday(wd) => {
                let base = if self.narrative { self.reference.map(|r| r.year) } else { self.dct.map(|d| d.year) };
                // This year, the one before, the one after: the first in which the date falls on that day.
                if let (Some(y), Some(d)) = (base, day) {
                    let mut c = y;
                    // y, y - 1, y + 1
                    for _ in 0..3 {
                        if Date::new(c, month, d).is_some_and(|x| x.weekday() == wd) {
                            return Some(c);
                        }
                        c = if c == y { y - 1 } else { y + 1 };
                    }
                }
                self.infer_year(None, tense, month, day)
            }
            YearOf::Bare(v) => Some(if self.reference.is_some_and(|r| r.year <= 0) { 1 - v } else { v }),
        }
    }

    /// The TIMEX3 value of `sem`, and the point it names (the next reference time) when it names one.
    pub fn value(&self, sem: &Sem, clock: Option<Clock>, tense: Option<Tense>) -> (String, Option<Point>) {
        let mut v = String::new();
        let p = self.date_value(&mut v, sem, tense);
        if let Some(c) = clock {
            // A time needs a day; an unknown day is written XXXX-XX-XX.
            // A bare time ("at midnight") whose reference is coarser than a day falls on the DCT.
            // (The day's value goes on as the time's: no copy.)
            let mut t = if p.is_some_and(|p| p.day.is_some()) && v.len() == 10 {
                v
            } else if let (Sem::Shift { anchor: Anchor::Ref, n: 0, .. }, false, Some(d)) = (sem, self.narrative, self.dct) {
                d.iso()
            } else {
                String::from("XXXX-XX-XX")
            };
            t.push('T');
            match c {
                Clock::At(h, m) => {
                    push_num(&mut t, h.into(), 2);
                    t.push(':');
                    push_num(&mut t, m.into(), 2);
                }
                Clock::Part(part) => t.push_str(part),
            }
            v = t;
        }
        (v, p)
    }

    /// Writes the value of `sem` into `v` (empty); returns the point it names.
    fn date_value(&self, v: &mut String, sem: &Sem, tense: Option<Tense>) -> Option<Point> {
        match *sem {
            Sem::Cal { year, month, day } => {
                let y = match month {
                    Some(m) => self.year_of(year, tense, m, day),
                    None => self.year_of(year, tense, 1, None),
                };
                year_text(v, y);
                if let Some(m) = month {
                    with_num(v, "-", m.into(), 2);
                    if let Some(d) = day {
                        with_num(v, "-", d.into(), 2);
                    }
                }
                y.map(|year| Point { year, month, day: month.and(day) })
            }
            Sem::Bc { year, month } => {
                *v = "BC".into();
                push_num(v, year.into(), 4);
                if let Some(m) = month {
                    with_num(v, "-", m.into(), 2);
                }
                Some(Point { year: 1 - year as i32, month, day: None })
            }
            Sem::Decade(n) | Sem::Century(n) => {
                push_num(v, n.into(), if matches!(sem, Sem::Decade(_)) { 3 } else { 2 });
                None
            }
            Sem::Season(y, s) => {
                let rep = [4u8, 7, 10, 1][usize::from(s.clamp(1, 4)) - 1];
                let y = self.year_of(y, tense, rep, Some(15));
                let code = ["SP", "SU", "FA", "WI"][usize::from(s.clamp(1, 4)) - 1];
                year_text(v, y);
                v.push_str("-");
                v.push_str(code);
                y.map(Point::year)
            }
            Sem::Quarter(y, q) | Sem::Half(y, q) => {
                let (months, tag) = if matches!(sem, Sem::Quarter(..)) { (3, "-Q") } else { (6, "-H") };
                // News reports quarters and halves that have passed unless the clause says otherwise.
                let y = self.year_of(y, tense.or(Some(Tense::Past)), (q - 1) * months + 1, Some(1));
                year_text(v, y);
                with_num(v, tag, q.into(), 0);
                y.map(Point::year)
            }
            Sem::Shift { unit, n, anchor } => {
                // Deictic words in narrative history ("today", "now") speak of the present day.
                if self.narrative && anchor == Anchor::Dct && unit == Unit::Day && n == 0 {
                    *v = "PRESENT_REF".to_string();
                    return None;
                }
                match self.anchor(anchor) {
                    Some(p) => shift(v, p, unit, n),
                    None => {
                        *v = ref_by_sign(n).to_string();
                        None
                    }
                }
            }
            Sem::Weekday { wd, shift, anchor } => {
                let Some(d) = self.anchor(anchor).and_then(Point::date) else {
                    *v = "XXXX-WXX-".into();
                    push_num(v, wd.into(), 0);
                    return None;
                };
                let cur = i64::from(d.weekday());
                let w = i64::from(wd);
                let back = (cur - w).rem_euclid(7); // days back to the latest such weekday, 0..6
                let fwd = (w - cur).rem_euclid(7);
                let delta = match shift {
                    Some(0) => w - cur,
                    Some(-1) => -(if back == 0 { 7 } else { back }),
                    Some(_) => if fwd == 0 { 7 } else { fwd },
                    None => match tense {
                        Some(Tense::Future) => fwd,
                        Some(Tense::Present) if self.narrative => fwd,
                        None if self.narrative => fwd,
                        Some(Tense::Past) => -back,
                        // No direction: news mostly reports what happened, so the past one unless
                        // the next one is a day or two away.
                        _ => {
                            if fwd <= 2 && fwd < back { fwd } else { -back }
                        }
                    },
                };
                let r = d.add_days(delta);
                *v = r.iso();
                Some(Point::of(r))
            }
            Sem::RefDay(d) => match self.anchor(Anchor::Ref).and_then(|p| Date::new(p.year, p.month?, d)) {
                Some(r) => {
                    *v = r.iso();
                    Some(Point::of(r))
                }
                None => {
                    *v = "XXXX-XX-".into();
                    push_num(v, d.into(), 2);
                    None
                }
            },
            Sem::Period(u, n) => {
                period(v, u, n);
                None
            }
            Sem::WeekdaySet(wd) => {
                *v = "XXXX-WXX-".into();
                push_num(v, wd.into(), 0);
                None
            }
            Sem::PartSet(p) => {
                *v = String::from("XXXX-XX-XXT");
                v.push_str(p.as_str());
                None
            }
            Sem::Freq(c) => {
                *v = (if c == Code::Tni { "XXXX-XX-XXTNI" } else { c.as_str() }).to_string();
                None
            }
            Sem::BcCentury(c) => {
                *v = "BC".into();
                push_num(v, c.into(), 2);
                None
            }
            Sem::Ref(n) => {
                *v = ref_by_sign(n.into()).to_string();
                None
            }
        }
    }
}

/// Writes `p` moved by `n` units into `v`, at the unit's precision (or coarser when `p` is coarser).
fn shift(v: &mut String, p: Point, unit: Unit, n: i32) -> Option<Point> {
    let n64 = i64::from(n);
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => match p.date() {
            Some(d) => {
                let r = if unit == Unit::Day { d.add_days(n64) } else { d };
                *v = r.iso();
                Some(Point::of(r))
            }
            None => coarse(v, p),
        },
        Unit::Week | Unit::Weekend | Unit::Fortnight => match p.date() {
            Some(d) => {
                let k = if unit == Unit::Fortnight { 14 } else { 7 };
                let (y, w) = d.add_days(k * n64).iso_week();
                fmt_year(v, y);
                with_num(v, "-W", w.into(), 2);
                v.push_str(if unit == Unit::Weekend { "-WE" } else { "" });
                Some(Point::year(y))
            }
            None => coarse(v, p),
        },
        Unit::Month | Unit::Quarter => match p.month {
            Some(m) => {
                let quarter = unit == Unit::Quarter;
                let (y, m) = Date::month_shift(p.year, m, if quarter { 3 * n64 } else { n64 });
                fmt_year(v, y);
                if quarter {
                    with_num(v, "-Q", ((m - 1) / 3 + 1).into(), 0);
                    return Some(Point::year(y));
                }
                with_num(v, "-", m.into(), 2);
                Some(Point { year: y, month: Some(m), day: None })
            }
            None => coarse(v, p),
        },
        Unit::Year => {
            let y = p.year.saturating_add(n);
            fmt_year(v, y);
            Some(Point::year(y))
        }
        Unit::Decade | Unit::Century => {
            let (years, width) = if unit == Unit::Decade { (10, 3) } else { (100, 2) };
            push_num(v, (p.year.div_euclid(years) + n).max(0).into(), width);
            None
        }
    }
}

/// Writes `p` at its own precision (a coarser reference than the unit asks for); names no point.
fn coarse(v: &mut String, p: Point) -> Option<Point> {
    fmt_year(v, p.year);
    if let Some(m) = p.month {
        with_num(v, "-", m.into(), 2);
    }
    None
}

/// Writes the TIMEX3 period for `n` units counted in halves (`None` = unknown: `PXY`) into `s`.
fn period(s: &mut String, u: Unit, n: Option<u32>) {
    let (time, mut n, code) = match u {
        Unit::Second => (true, n, "S"),
        Unit::Minute => (true, n, "M"),
        Unit::Hour => (true, n, "H"),
        Unit::Day => (false, n, "D"),
        // (The recogniser makes no period of weekends.)
        Unit::Week | Unit::Weekend => (false, n, "W"),
        Unit::Fortnight => (false, n.map(|h| h * 2), "W"),
        Unit::Month => (false, n, "M"),
        Unit::Quarter => (false, n.map(|h| h * 3), "M"),
        Unit::Year => (false, n, "Y"),
        Unit::Decade => (false, n, "DE"),
        Unit::Century => (false, n, "CE"),
    };
    if let Some(h) = n {
        if !(h > 0 && h < 200_000) {
            n = None;
        }
    }
    s.push_str(if time { "PT" } else { "P" });
    match n {
        None => s.push('X'),
        // Quantities are whole or halves ("two and a half"), below 100,000: printed from the count
        // of halves.
        Some(halves) => {
            push_num(s, (halves / 2).into(), 0);
            if halves % 2 == 1 {
                s.push_str(".5");
            }
        }
    }
    s.push_str(code);
}
