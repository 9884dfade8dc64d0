//! The recogniser: one left-to-right pass over the tokens of a text. At each token a small set of
//! patterns, each looking at a bounded window, proposes an expression; the longest wins and the pass
//! resumes after it. Each pattern yields a meaning ([`Sem`]) that [`super::normalise`] turns into a
//! TIMEX3 value against the publication date or the narrative reference time.
//!
//! Extents follow TimeML: determiners and part phrases are inside ("the end of January", "the past
//! year", "two years ago"), prepositions are outside ("in 2014" → "2014").

use super::lexicon::{Code, Kw, Lex, Tense, Unit};
use super::tokens::{Tk, Tok};
use super::TimexType;
#[allow(unused_imports)]
use crate::prelude::*;

/// Where a year comes from when the expression has none of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearOf {
    Known(i32),
    /// From the tense of the clause and the publication date (news) or the reference time (narrative);
    /// `Some` forces a direction ("last March" → past, "next May" → future).
    Infer(Option<Tense>),
    /// The publication date's year plus n ("March of last year").
    Dct(i32),
    /// The reference time's year plus n ("March of that year").
    Ref(i32),
    /// A year of three digits or fewer ("in 490"): BC when the story is in BC years.
    Bare(i32),
    /// The year near the anchor in which the date falls on this weekday ("Monday, Feb. 9").
    Weekday(u8),
}

/// What an anchored expression is relative to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The publication date ("yesterday", "next month").
    Dct,
    /// The last date mentioned ("two days later", "that year").
    Ref,
}

/// A time of day attached to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    At(u8, u8),
    Part(&'static str),
}

/// The meaning of an expression, before anchoring.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sem {
    Cal { year: YearOf, month: Option<u8>, day: Option<u8> },
    Bc { year: u32, month: Option<u8> },
    Decade(i32),
    Century(i32),
    Season(YearOf, u8),
    Quarter(YearOf, u8),
    Half(YearOf, u8),
    Shift { unit: Unit, n: i32, anchor: Anchor },
    Weekday { wd: u8, shift: Option<i8>, anchor: Anchor },
    /// A day of the reference month ("the 20th").
    RefDay(u8),
    /// `n` units counted in halves (`Some(6)`: three; `None`: an unknown number, X): a DURATION's
    /// value ("P3Y") or a SET's ("every week": P1W). The normaliser writes the values: a meaning is
    /// plain data (`Copy`), so the recogniser's many paths carry no drop code. (Halves, not an
    /// `f32`: quantities are whole or halves, and whole numbers keep float code out of the page.)
    Period(Unit, Option<u32>),
    /// Every such weekday: `XXXX-WXX-1`.
    WeekdaySet(u8),
    /// A part of every day: `XXXX-XX-XXTNI`.
    PartSet(Code),
    /// A frequency adverb's SET value (`P1W`; `XXXX-XX-XXTNI` for "nightly").
    Freq(Code),
    /// A century BC, counted from 0 ("the 5th century BC": `BC04`).
    BcCentury(u32),
    /// A reference by its direction: PAST_REF (-1), PRESENT_REF (0), FUTURE_REF (1).
    Ref(i8),
}

impl Sem {
    /// Whether the value depends on the clause's tense (a year to infer, a weekday to place).
    pub fn needs_tense(&self) -> bool {
        let infer = |y: &YearOf| matches!(y, YearOf::Infer(None) | YearOf::Weekday(_));
        match self {
            Sem::Cal { year, .. } | Sem::Season(year, _) | Sem::Quarter(year, _) | Sem::Half(year, _) => infer(year),
            Sem::Weekday { shift: None, .. } => true,
            _ => false,
        }
    }
}

/// One match, in token indices `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub kind: TimexType,
    pub modifier: Option<&'static str>,
    pub clock: Option<Clock>,
}

impl Found {
    fn new(start: usize, end: usize, sem: Sem, kind: TimexType) -> Found {
        Found { start, end, sem, kind, modifier: None, clock: None }
    }
    fn date(start: usize, end: usize, sem: Sem) -> Found {
        Found::new(start, end, sem, TimexType::Date)
    }
    /// A time of the reference day ("at noon", "10:30", "in the morning").
    fn time_of_day(start: usize, end: usize, clock: Clock) -> Found {
        let mut f = Found::new(start, end, Sem::Shift { unit: Unit::Day, n: 0, anchor: Anchor::Ref }, TimexType::Time);
        f.clock = Some(clock);
        f
    }
    /// `n` units as a DURATION ("three years"), or as `kind`; `None` for a unit with no period
    /// (weekends).
    fn dur(start: usize, end: usize, u: Unit, n: Option<u32>) -> Option<Found> {
        Found::period(start, end, u, n, TimexType::Duration)
    }
    fn period(start: usize, end: usize, u: Unit, n: Option<u32>, kind: TimexType) -> Option<Found> {
        (u != Unit::Weekend).then(|| Found::new(start, end, Sem::Period(u, n), kind))
    }
    /// `f` widened to start at token `i` ("the" before "spring"). Out of line: moving a match from one
    /// function's result into another's is a long copy in wasm, made once here instead of in each caller.
    #[inline(never)]
    fn from(f: Option<Found>, i: usize) -> Option<Found> {
        let mut f = f?;
        f.start = i;
        Some(f)
    }
    /// `f` with a part ("the end of" → END) applied, widened to start at token `i`; `None` when `f`
    /// takes no part. Out of line, as [`Found::from`].
    #[inline(never)]
    fn part(f: Option<Found>, i: usize, md: &'static str) -> Option<Found> {
        let mut f = f?;
        if !f.takes_part() {
            return None;
        }
        f.start = i;
        f.modifier = Some(md);
        Some(f)
    }
    /// Whether a part ("early", "the end of") or a bound can apply.
    fn takes_part(&self) -> bool {
        self.kind == TimexType::Date
            && match &self.sem {
                Sem::Cal { day, .. } => day.is_none(),
                Sem::Shift { unit, .. } => *unit >= Unit::Week,
                Sem::Ref(_) | Sem::Period(..) | Sem::WeekdaySet(_) | Sem::PartSet(_) | Sem::Freq(_) | Sem::BcCentury(_) => false,
                _ => true,
            }
    }
}

/// Whether a word with this meaning can begin an expression: a tense marker, "of", "and", "in",
/// "said", … cannot ([`Matcher::prefixed`] and [`Matcher::core`] have no arm for them), so the common
/// words of running text skip both ([`Tok::opens`]). A test holds this to what the two say.
pub(super) fn may_start(l: Lex) -> bool {
    !matches!(
        l,
        Lex::Tense(_)
            | Lex::Unit(_, false)
            | Lex::Zone
            | Lex::Meridiem(_)
            | Lex::Era(true)
            | Lex::Kw(
                Kw::After | Kw::Ago | Kw::And | Kw::Before | Kw::By | Kw::From | Kw::In | Kw::Least | Kw::Local | Kw::Of | Kw::On
                    | Kw::Other | Kw::Same | Kw::Since | Kw::Than | Kw::Time | Kw::Until | Kw::Year | Kw::Hence | Kw::Clock
                    | Kw::PrepIn | Kw::UkYear | Kw::Clause
            )
    )
}

/// The year of a month or season after a shift word: "last March" (the latest March before this
/// month), "next summer" (the next), "this May" (the DCT's year).
fn directed(n: i8) -> YearOf {
    match n {
        -1 => YearOf::Infer(Some(Tense::Past)),
        1 => YearOf::Infer(Some(Tense::Future)),
        _ => YearOf::Dct(0),
    }
}

// Words of other kinds in a set of [`Matcher::is`] (above the keywords' bits).
const MONTH: u64 = 1 << 56;
const MONTH_ABBR: u64 = 1 << 57;
const SEASON: u64 = 1 << 58;
const PART_ADJ: u64 = 1 << 59;
const PART_NOUN: u64 = 1 << 60;
const SHIFT: u64 = 1 << 61;
const APPROX: u64 = 1 << 62;
const _: () = assert!((Kw::Vor as u8) < 56, "the keywords' bits stay below the other kinds'");

/// Unit `u`, singular, as a set for [`Matcher::is_unit`] (two bits a unit: singular, plural).
const fn sg(u: Unit) -> u32 {
    1 << (u as u32 * 2)
}
/// Unit `u`, singular or plural, as a set for [`Matcher::is_unit`].
const fn any(u: Unit) -> u32 {
    3 << (u as u32 * 2)
}
/// Every unit word.
const ANY_UNIT: u32 = (1 << (Unit::Century as u32 * 2 + 2)) - 1;

/// The keywords `list` as a set for [`Matcher::is`]: one bit each.
const fn kws(list: &[Kw]) -> u64 {
    let mut set = 0;
    let mut k = 0;
    while k < list.len() {
        set |= 1 << (list[k] as u8);
        k += 1;
    }
    set
}

/// Whether [`Matcher::at`] turns token `t` down before the patterns run, `next` following it. Before
/// a word of no meaning, no arm of `prefixed` or `core` takes "the", "for", "at", "that", a shift word
/// ("this", "next", …), an ordinal word or an apostrophe (they want a number, a unit, a part, "least",
/// … next), nor "a" unless "to" or "or" follows ("a to two weeks"): 80 % of the tokens the patterns run
/// at in news text, turned down without the calls.
#[inline(always)]
fn before_plain_word(t: &Tok, next: Option<&Tok>) -> bool {
    next.filter(|n| matches!(n.tk, Tk::Word(None))).is_some_and(|n| match t.tk {
        Tk::Word(Some(Lex::Kw(Kw::The | Kw::For | Kw::At | Kw::That) | Lex::Shift(_) | Lex::Ordinal(_))) | Tk::Punct(_) => true,
        Tk::Word(Some(Lex::Kw(Kw::A))) => n.end - n.start != 2,
        _ => false,
    })
}

/// How numeric dates read: `day_first` for most languages, month first for US English.
pub struct Matcher<'a> {
    pub t: &'a [Tok],
    pub text: &'a str,
    pub day_first: bool,
    /// The previous expression: its end (byte offset) and meaning, for the second half of a range
    /// ("May 4 and 5", "1915-17").
    pub prev: Option<(usize, &'a Sem)>,
}

/// Count nouns after which a four-digit number is a count, not a year: a packed [`Lexicon`]
/// (`COUNT_NOUN`), hashed once, not a string walked word by word after every year-shaped number
/// (2,800 instructions a time).
///
/// [`Lexicon`]: crate::text::packed::Lexicon
const COUNT_NOUNS: &[&str] = &[
    "aircraft", "cars", "casualties", "civilians", "dead", "deaths", "dollars", "euros", "feet", "guns", "homes",
    "households", "hryvnias", "killed", "kilometers", "kilometres", "km", "men", "meters", "metres", "miles",
    "people", "planes", "points", "pounds", "prisoners", "residents", "rifles", "seats", "ships", "soldiers",
    "students", "tanks", "tonnes", "tons", "troops", "units", "votes", "women", "workers", "wounded",
];

crate::text::packed::lexicon!(static COUNT_NOUN = COUNT_NOUNS;);

impl<'a> Matcher<'a> {
    #[inline]
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.t.get(i)
    }
    // The accessors below are called a lot: each is one function with no calls inside (no
    // `Option::and_then`, no derived `PartialEq` on `Option<Lex>`), as a size-optimised build does not
    // inline them.
    #[inline]
    fn lex(&self, i: usize) -> Option<Lex> {
        match self.t.get(i)?.tk {
            Tk::Word(l) | Tk::Mixed(l) => l,
            _ => None,
        }
    }
    #[inline]
    fn kw(&self, i: usize, k: Kw) -> bool {
        matches!(self.t.get(i).map(|t| t.tk), Some(Tk::Word(Some(Lex::Kw(x))) | Tk::Mixed(Some(Lex::Kw(x)))) if x == k)
    }
    #[inline(never)]
    fn punct(&self, i: usize, c: char) -> bool {
        matches!(self.t.get(i), Some(Tok { tk: Tk::Punct(p), .. }) if *p == c)
    }
    #[inline]
    fn dash(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(Tok { tk: Tk::Punct('-' | '–' | '‑'), .. }))
    }
    /// Whether token `k` is a unit word of `set` ([`sg`], [`any`]). Out of line, as [`Matcher::is`].
    #[inline(never)]
    fn is_unit(&self, k: usize, set: u32) -> bool {
        matches!(self.lex(k), Some(Lex::Unit(u, plural)) if set >> (u as u32 * 2 + plural as u32) & 1 != 0)
    }
    /// Token `k` is the punctuation `c` written against the token before it ("Feb.", "10:30"). Out
    /// of line: the two tests were written out at each of a dozen places (a size measure).
    #[inline(never)]
    fn stuck(&self, k: usize, c: char) -> bool {
        self.punct(k, c) && self.adj(k.wrapping_sub(1))
    }
    /// Token `k` is a dash written against the token before it ("10-day", "mid-2025").
    #[inline(never)]
    fn stuck_dash(&self, k: usize) -> bool {
        self.dash(k) && self.adj(k.wrapping_sub(1))
    }
    /// Token `k` is the punctuation `c` with no space either side ("2026-02", "10:30").
    #[inline(never)]
    fn joined(&self, k: usize, c: char) -> bool {
        self.stuck(k, c) && self.adj(k)
    }
    /// Token `k` is a dash with no space either side ("end-March", "6–7").
    #[inline(never)]
    fn joined_dash(&self, k: usize) -> bool {
        self.stuck_dash(k) && self.adj(k)
    }
    /// Token `i` ends where token `i + 1` starts.
    #[inline]
    fn adj(&self, i: usize) -> bool {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }
    #[inline]
    fn word(&self, i: usize) -> &'a str {
        self.t.get(i).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("")
    }
    /// The first byte of token `i`, an ASCII letter in lower case (0 past the window): a cheap test before
    /// a word list is walked.
    #[inline]
    fn first_lower(&self, i: usize) -> u8 {
        self.t.get(i).and_then(|t| self.text.as_bytes().get(t.start)).map_or(0, |b| b | 0x20)
    }
    /// Token `i` is `w`, ignoring ASCII case (bytes compared: no char-boundary checks).
    #[inline]
    fn is_word(&self, i: usize, w: &str) -> bool {
        self.t.get(i).and_then(|t| self.text.as_bytes().get(t.start..t.end)).is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
    }
    #[inline]
    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.t.get(i)?.tk {
            Tk::Num(v, n) => Some((v, n)),
            _ => None,
        }
    }
    // `unit`, `shift` and `day` are inlined where called: an `Option` of two parts (as their results)
    // comes back from a call through memory in wasm, and the caller's reads of it cost more than the
    // match itself.
    #[inline(always)]
    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i)? {
            Lex::Unit(u, p) => Some((u, p)),
            _ => None,
        }
    }
    #[inline]
    fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap)
    }
    #[inline(always)]
    fn shift(&self, i: usize) -> Option<i8> {
        match self.lex(i)? {
            Lex::Shift(n) => Some(n),
            Lex::Kw(Kw::Past) => Some(-1),
            _ => None,
        }
    }

    /// Whether token `i` is one of the keywords `set` ([`kws`]), or a word of a kind the set names
    /// ([`MONTH`], …): most often a preposition before the expression that cues a date. One function
    /// and a mask where each caller had its own test (a size measure).
    #[inline(never)]
    fn is(&self, i: usize, set: u64) -> bool {
        let bit = match self.lex(i) {
            Some(Lex::Kw(k)) => k as u8,
            Some(Lex::Month(_)) => 56,
            Some(Lex::MonthAbbr(_)) => 57,
            Some(Lex::Season(_)) => 58,
            Some(Lex::PartAdj(_)) => 59,
            Some(Lex::PartNoun(_)) => 60,
            Some(Lex::Shift(_)) => 61,
            Some(Lex::Approx(_)) => 62,
            _ => return false,
        };
        set >> bit & 1 != 0
    }

    /// Whether the word at `i` is an English word of the lexicon (name heuristics are English).
    fn english(&self, i: usize) -> bool {
        super::lexicon::lookup(self.word(i), super::lexicon::EN).is_some()
    }

    /// A plausible year at token `i` (a four-digit number that is not an amount, a count or a part of a
    /// longer number).
    #[inline(always)]
    fn year(&self, i: usize) -> Option<i32> {
        Some(self.year_or_0(i)).filter(|&y| y != 0)
    }

    /// [`Matcher::year`], 0 for none (no year is 0): a plain number comes back from a call in a
    /// register, an `Option` through memory.
    fn year_or_0(&self, i: usize) -> i32 {
        self.year_at(i).unwrap_or(0)
    }

    #[inline(always)]
    fn year_at(&self, i: usize) -> Option<i32> {
        let (v, n) = self.num(i)?;
        if n != 4 || !matches!(v, 1000..=2199) {
            return None;
        }
        if i > 0 {
            let p = &self.t[i - 1];
            if p.end == self.t[i].start {
                match p.tk {
                    Tk::Punct('$' | '€' | '£' | '¥' | '#' | '№' | '+' | '.' | ',' | ':' | '/') => return None,
                    Tk::Punct('-' | '–') => {
                        // "1914–1918" is two years, "mid-2025" a year; "555-2014" is a phone number.
                        let before = if i >= 2 && self.t[i - 2].end == p.start { Some(self.t[i - 2].tk) } else { None };
                        match before {
                            Some(Tk::Num(w, 4)) if matches!(w, 1000..=2199) && w < v => {}
                            Some(Tk::Word(_)) | None => {}
                            _ => return None,
                        }
                    }
                    Tk::Punct(_) => {}
                    _ => return None,
                }
            }
            if matches!(p.tk, Tk::Num(..)) {
                return None;
            }
        }
        if let Some(nx) = self.t.get(i + 1) {
            if self.t[i].end == nx.start {
                match nx.tk {
                    Tk::Punct('%' | '$' | '€') => return None,
                    Tk::Punct(',' | '.' | ':' | '/') if matches!(self.t.get(i + 2).map(|t| t.tk), Some(Tk::Num(..))) && self.adj(i + 1) => {
                        return None
                    }
                    // "Section 2014(b)", "the 1500-metre race": part of a name or a measure
                    Tk::Punct('(' | '[') => return None,
                    Tk::Punct('-') if self.adj(i + 1) && matches!(self.t.get(i + 2), Some(Tok { tk: Tk::Word(None), cap: false, .. })) => return None,
                    // "2026-02-30": shaped like a date that is not one
                    Tk::Punct('-') if self.adj(i + 1) && self.num(i + 2).is_some() && self.adj(i + 2) && self.punct(i + 3, '-') => return None,
                    Tk::Punct('-' | '–') if matches!(self.t.get(i + 2).map(|t| t.tk), Some(Tk::Num(_, 3 | 4))) && self.adj(i + 1)
                        // "2014-555" unless it is a range of years
                        && !matches!(self.t.get(i + 2).map(|t| t.tk), Some(Tk::Num(w, 4)) if w > v) => {
                            return None;
                        }
                    _ => {}
                }
            }
            if matches!(nx.tk, Tk::Num(..)) {
                return None;
            }
            let w = self.word(i + 1);
            // (Count nouns are lower-case words: most tokens after a year are passed over before the walk.)
            let counted = matches!(nx.tk, Tk::Word(_)) && !nx.cap && w.len() >= 2 && COUNT_NOUN.contains(w);
            if counted || w.eq_ignore_ascii_case("percent") {
                return None;
            }
            // "2000 employees": a plural noun after the number makes it a count, unless a preposition
            // or article before it makes it a year ("in 2014 voters", "the 2014 elections").
            let plural = nx.lex().is_none()
                && !nx.cap
                && w.len() >= 5
                // ends in "s", not in "ss", "us" or "is"
                && matches!(w.as_bytes(), [.., x, b's'] if !matches!(x, b's' | b'u' | b'i'));
            let year_cue = self.is(i.wrapping_sub(1), const { kws(&[Kw::In, Kw::Since, Kw::Until, Kw::By, Kw::Of, Kw::From, Kw::The, Kw::Before, Kw::After, Kw::Fiscal]) | MONTH | MONTH_ABBR | SEASON | PART_ADJ });
            if plural && !year_cue && !matches!(self.t[i - 1.min(i)].tk, Tk::Punct(_)) {
                return None;
            }
            // "1000", "1500": round numbers are counts more often than years, unless cued.
            if v % 100 == 0 && !year_cue {
                return None;
            }
        }
        Some(v as i32)
    }

    /// A day of the month at `i` ("5", "05", "5th").
    #[inline(always)]
    fn day(&self, i: usize) -> Option<u8> {
        Some(self.day_or_0(i)).filter(|&d| d != 0)
    }

    /// [`Matcher::day`], 0 for none.
    fn day_or_0(&self, i: usize) -> u8 {
        self.day_at(i).unwrap_or(0)
    }

    #[inline(always)]
    fn day_at(&self, i: usize) -> Option<u8> {
        let v = match self.t.get(i)?.tk {
            Tk::Num(v, n) if n <= 2 => v,
            Tk::Ordinal(v) => v,
            _ => return None,
        };
        matches!(v, 1..=31).then_some(v as u8)
    }

    /// A month name at `i` usable as a month: returns the month and the index after it (after the
    /// abbreviation's full stop).
    fn month(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.t.get(i)?;
        match t.lex()? {
            Lex::Month(m) => {
                let w = self.word(i);
                // Lower-case English month words are words ("may", "march"); other scripts have no
                // capital months.
                if !t.cap && w.is_ascii() {
                    return None;
                }
                Some((m, i + 1))
            }
            Lex::MonthAbbr(m) if t.cap => {
                if self.stuck(i + 1, '.') {
                    Some((m, i + 2))
                } else if self.day(i + 1).is_some() || self.year(i + 1).is_some() {
                    Some((m, i + 1))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// "5", "one", "a", "several", "two and a half", "twenty-five": a quantity and the index after it.
    /// The quantity is counted in halves ("two and a half": 5); `None` inside the value is an unknown
    /// quantity (X).
    fn qty(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let t = self.t.get(i)?;
        let (mut v, mut j) = match t.tk {
            // Not the first group of "1,000,000" nor a part of "2.5" (a million days is not zero days,
            // nor 2.5 days five): a number that goes on or goes before is no count of units here.
            Tk::Num(v, n)
                if n <= 4
                    && !self.stuck(i + 1, ',')
                    && !(self.num(i.wrapping_sub(2)).is_some() && (self.joined(i.wrapping_sub(1), ',') || self.joined(i.wrapping_sub(1), '.'))) =>
            {
                (Some(v * 2), i + 1)
            }
            Tk::Word(Some(Lex::Number(v))) => {
                let mut v = v;
                let mut j = i + 1;
                if v >= 20 && v % 10 == 0 {
                    let k = if self.dash(j) { j + 1 } else { j };
                    if let Some(Lex::Number(u)) = self.lex(k) {
                        if u < 10 {
                            v += u;
                            j = k + 1;
                        }
                    }
                }
                (Some(u32::from(v) * 2), j)
            }
            Tk::Word(Some(Lex::Kw(Kw::A))) => {
                if matches!(self.lex(i + 1), Some(Lex::Few)) && self.is_word(i + 1, "few") {
                    (None, i + 2)
                } else {
                    (Some(2), i + 1)
                }
            }
            Tk::Word(Some(Lex::Few)) => (None, i + 1),
            Tk::Word(Some(Lex::Kw(Kw::Half))) if matches!(self.lex(i + 1), Some(Lex::Kw(Kw::A))) => return Some((Some(1), i + 2)),
            _ => return None,
        };
        // "two and a half"
        if v.is_some() && self.kw(j, Kw::And) && self.kw(j + 1, Kw::A) && self.kw(j + 2, Kw::Half) {
            v = v.map(|x| x + 1);
            j += 3;
        }
        Some((v, j))
    }

    /// The tense that governs the expression at tokens `[s, e)`: the nearest tense marker to its left
    /// in its own clause ("met on Tuesday"), else the nearest to its right in the sentence ("On
    /// Tuesday, talks resumed"), else one to its left beyond the clause; at most 12 tokens each way.
    pub fn tense(&self, s: usize, e: usize) -> Option<Tense> {
        if self.kw(s.wrapping_sub(1), Kw::Since) {
            return Some(Tense::Past);
        }
        let sentence_end = |i: usize| match self.t[i].tk {
            Tk::Punct('!' | '?' | ';') => true,
            Tk::Punct('.') => self.t.get(i + 1).is_some_and(|n| n.cap || n.line),
            _ => false,
        };
        let clause_end = |i: usize| {
            matches!(self.t[i].tk, Tk::Punct(',' | ':' | '(' | ')' | '–' | '—'))
                || self.is(i, const { kws(&[Kw::And, Kw::That, Kw::After, Kw::Before, Kw::Clause]) })
        };
        // Left, within the clause.
        let mut beyond = None;
        for d in 1..=12usize {
            let Some(i) = s.checked_sub(d) else { break };
            if sentence_end(i) || self.t[i + 1].line {
                break;
            }
            if clause_end(i) {
                beyond = Some(i);
                break;
            }
            if let Some(t) = self.marker(i) {
                return Some(t);
            }
        }
        // Right, within the sentence.
        for i in e..(e + 12).min(self.t.len()) {
            if sentence_end(i) || self.t[i].line {
                break;
            }
            if let Some(t) = self.marker(i) {
                return Some(t);
            }
        }
        // "until Saturday", "by Friday" without a verb nearby: a deadline ahead.
        if self.is(s.wrapping_sub(1), const { kws(&[Kw::Until, Kw::By]) }) && beyond.is_none() {
            return Some(Tense::Future);
        }
        // Left, beyond the clause.
        let from = beyond?;
        for i in (from.saturating_sub(12)..from).rev() {
            if sentence_end(i) || self.t[i + 1].line {
                break;
            }
            if let Some(t) = self.marker(i) {
                return Some(t);
            }
        }
        None
    }

    fn marker(&self, i: usize) -> Option<Tense> {
        let t = &self.t[i];
        match t.tk {
            Tk::Word(Some(Lex::Tense(Tense::Present))) => {
                // "is scheduled for", "are due on", "is expected on": future
                for k in i + 1..i + 3 {
                    // (The first letter first: most words after "is" begin with none of these.)
                    if matches!(self.first_lower(k), b's' | b'd' | b'e' | b'p' | b'g' | b'l') && crate::text::one_of_any_case(self.word(k), "scheduled due expected set slated planned going poised likely") {
                        return Some(Tense::Future);
                    }
                }
                Some(Tense::Present)
            }
            Tk::Word(Some(Lex::Tense(x))) => Some(x),
            // "scheduled for", "due on": the auxiliary before decides ("is scheduled" future, "was
            // scheduled" past); a bare participle leaves it to the main verb.
            Tk::Word(None) if !t.cap && matches!(self.first_lower(i), b's' | b'd' | b'e' | b'p') && crate::text::one_of(self.word(i), "scheduled due expected slated planned set") => {
                match self.lex(i.wrapping_sub(1)) {
                    Some(Lex::Tense(Tense::Present)) => Some(Tense::Future),
                    Some(Lex::Tense(Tense::Past)) => Some(Tense::Past),
                    _ => None,
                }
            }
            Tk::Word(Some(Lex::Kw(Kw::Ago))) => Some(Tense::Past),
            Tk::Word(None) if !t.cap => {
                let w = self.word(i);
                // ends in "ed", not in "eed"
                if !(w.len() >= 5 && matches!(w.as_bytes(), [.., x, b'e', b'd'] if *x != b'e')) {
                    return None;
                }
                // A passive participle takes the tense of its auxiliary: "will be played" looks further.
                match i.checked_sub(1).map(|p| self.word(p)) {
                    Some(p) if p.eq_ignore_ascii_case("be") || p.eq_ignore_ascii_case("being") => None,
                    _ => Some(Tense::Past),
                }
            }
            _ => None,
        }
    }

    /// The best expression starting at token `i`, if any.
    pub fn at(&self, i: usize) -> Option<Found> {
        // Only tokens that can begin an expression are worth a look.
        let t = self.t.get(i)?;
        if !t.opens {
            return None;
        }
        if before_plain_word(t, self.t.get(i + 1)) {
            return None;
        }
        let found = self.prefixed(i).or_else(|| self.core(i))?;
        Some(self.suffix(found))
    }

    /// Expressions that begin with a part, a bound or a sequence word and contain a core expression.
    fn prefixed(&self, i: usize) -> Option<Found> {
        let l = self.lex(i)?;
        match l {
            // "the end of January", "the beginning of the year", "the first half of 2025"
            Lex::Kw(Kw::The) => {
                if let Some(Lex::PartNoun(md)) = self.lex(i + 1) {
                    if self.kw(i + 2, Kw::Of) {
                        return Found::part(self.of_object(i + 3), i, md.as_str());
                    }
                }
                if let (Some(Lex::Ordinal(h @ 1..=2)), true, true) = (self.lex(i + 1), self.kw(i + 2, Kw::Half), self.kw(i + 3, Kw::Of)) {
                    let f = self.of_object(i + 4)?;
                    let y = match f.sem {
                        Sem::Cal { year, month: None, day: None } => year,
                        Sem::Shift { unit: Unit::Year, n, anchor: Anchor::Dct } => YearOf::Dct(n),
                        Sem::Shift { unit: Unit::Year, n, anchor: Anchor::Ref } => YearOf::Ref(n),
                        _ => return None,
                    };
                    return Some(Found::date(i, f.end, Sem::Half(y, h as u8)));
                }
                None
            }
            // German "Ende Januar", "Anfang 2026"; "end-2025", "end-March"
            Lex::PartNoun(md) if (self.cap(i) && !self.kw(i + 1, Kw::Of)) || self.joined_dash(i + 1) => {
                let j = if self.dash(i + 1) { i + 2 } else { i + 1 };
                self.part_of(i, j, md.as_str())
            }
            // "early February", "mid-2025", "late last year", "early in 1944"
            Lex::PartAdj(md) => {
                let mut j = i + 1;
                if self.stuck_dash(j) || self.kw(j, Kw::In) {
                    j += 1;
                }
                self.part_of(i, j, md.as_str())
            }
            // "about three years", "around 1900", "nearly two weeks"; "more than three years", "less
            // than a month", "at least two weeks": a duration, or (about, around) a year or a decade
            Lex::Approx(_) | Lex::Kw(Kw::More | Kw::Less | Kw::At | Kw::Up) => {
                let (j, md, dates) = match l {
                    Lex::Approx(md) => (if self.stuck(i + 1, '.') { i + 2 } else { i + 1 }, md.as_str(), md == Code::Approx),
                    Lex::Kw(Kw::More) if self.kw(i + 1, Kw::Than) => (i + 2, "MORE_THAN", false),
                    Lex::Kw(Kw::Less) if self.kw(i + 1, Kw::Than) => (i + 2, "LESS_THAN", false),
                    Lex::Kw(Kw::At) if self.kw(i + 1, Kw::Least) => (i + 2, "EQUAL_OR_MORE", false),
                    Lex::Kw(Kw::Up) if self.is_word(i + 1, "to") => (i + 2, "EQUAL_OR_LESS", false),
                    _ => return None,
                };
                let mut f = self.core(j)?;
                let date = matches!(f.sem, Sem::Cal { year: YearOf::Known(_), month: None, .. } | Sem::Bc { .. } | Sem::Decade(_));
                if !(f.kind == TimexType::Duration || (dates && date)) {
                    return None;
                }
                f.start = i;
                f.modifier = Some(md);
                Some(f)
            }
            // "earlier this year", "later that day"
            Lex::Kw(Kw::Earlier | Kw::Later) => {
                let mut f = self.core(i + 1)?;
                let ok = matches!(f.sem, Sem::Shift { n: -1..=1, .. }) && f.kind == TimexType::Date && f.end > i + 2;
                if !ok {
                    return None;
                }
                f.start = i;
                Some(f)
            }
            // "once a week", "twice a year"
            Lex::Kw(Kw::Once | Kw::Twice) => {
                let (u, false) = self.unit(i + 2)? else { return None };
                if !self.is(i + 1, const { kws(&[Kw::A, Kw::Per, Kw::Every]) }) {
                    return None;
                }
                Found::period(i, i + 3, u, Some(2), TimexType::Set)
            }
            _ => None,
        }
    }

    /// What may follow "the end of", "the first half of": a core expression, or "the year", "the
    /// month", "the week" (the one the story is in).
    fn of_object(&self, j: usize) -> Option<Found> {
        if self.kw(j, Kw::The) {
            if let Some((u, false)) = self.unit(j + 1) {
                if u >= Unit::Week {
                    return Some(Found::date(j, j + 2, Sem::Shift { unit: u, n: 0, anchor: Anchor::Ref }));
                }
            }
        }
        self.core(j)
    }

    /// Time zones and "local time" after a clock time.
    fn suffix(&self, mut f: Found) -> Found {
        if matches!(f.clock, Some(Clock::At(..))) {
            if matches!(self.lex(f.end), Some(Lex::Zone)) {
                f.end += 1;
            } else if self.kw(f.end, Kw::Local) && self.kw(f.end + 1, Kw::Time) {
                f.end += 2;
            }
        }
        f
    }

    /// Expressions without a part or bound prefix.
    /// A part word at `i` ("end", "early") applied to the core expression at `j`: the expression
    /// widened to start at the part word, with the part's mod; `None` when the core takes no part.
    fn part_of(&self, i: usize, j: usize, md: &'static str) -> Option<Found> {
        Found::part(self.core(j), i, md)
    }

    fn core(&self, i: usize) -> Option<Found> {
        let t = self.t.get(i)?;
        match t.tk {
            Tk::Num(v, 4) if matches!(self.lex(i + 1), Some(Lex::Zone)) && v % 100 < 60 && v / 100 < 24 => {
                // "0800 GMT"
                Some(Found::time_of_day(i, i + 1, Clock::At((v / 100) as u8, (v % 100) as u8)))
            }
            Tk::Num(_, 4) => self.iso(i).or_else(|| self.bc(i)).or_else(|| self.year_expr(i)),
            Tk::Num(..) => self
                .range_end(i)
                .or_else(|| self.numeric_date(i))
                .or_else(|| self.clock(i))
                .or_else(|| self.day_month(i))
                .or_else(|| self.bc(i))
                .or_else(|| self.quantity(i))
                .or_else(|| self.short_year(i)),
            Tk::Ordinal(_) => self.day_month(i).or_else(|| self.century(i)),
            Tk::Decade(v, 4) => Some(Found::date(i, i + 1, Sem::Decade(v as i32 / 10))),
            Tk::Hour(_) => self.clock(i),
            Tk::Punct('\'' | '’') => match self.tok(i + 1)?.tk {
                Tk::Decade(v, 2) if self.adj(i) => Some(Found::date(i, i + 2, Sem::Decade(190 + v as i32 / 10))),
                // "in '44": a two-digit year after a preposition or a month
                Tk::Num(v, 2) if self.adj(i) && self.is(i.wrapping_sub(1), const { kws(&[Kw::In, Kw::Since, Kw::Until, Kw::By, Kw::Of]) | MONTH }) && !matches!(self.tok(i + 2).map(|t| t.tk), Some(Tk::Word(_) | Tk::Num(..))) => {
                    Some(Found::date(i, i + 2, Sem::Cal { year: YearOf::Known(1900 + v as i32), month: None, day: None }))
                }
                _ => None,
            },
            Tk::Punct(_) => None,
            Tk::Word(lex) | Tk::Mixed(lex) => match lex? {
                Lex::Month(_) | Lex::MonthAbbr(_) => self.month_date(i),
                Lex::Weekday(wd, true) => Some(Found::new(i, i + 1, Sem::WeekdaySet(wd), TimexType::Set)),
                Lex::Weekday(wd, false) => self.weekday(i, wd, None),
                Lex::Season(s) => self.season(i, s, YearOf::Infer(None)),
                Lex::Day(n, part) => {
                    let mut f = Found::date(i, i + 1, Sem::Shift { unit: Unit::Day, n: n.into(), anchor: Anchor::Dct });
                    if let Some(p) = part {
                        f.clock = Some(Clock::Part(p.as_str()));
                        f.kind = TimexType::Time;
                    } else if let Some(Lex::DayPart(p)) = self.lex(i + 1) {
                        f.clock = Some(Clock::Part(p.as_str()));
                        f.kind = TimexType::Time;
                        f.end = i + 2;
                    }
                    Some(f)
                }
                Lex::Ref(v) => Some(Found::date(i, i + 1, Sem::Ref(if v == Code::PastRef { -1 } else { 0 }))),
                // "years ago", "hours later"
                Lex::Unit(_, true) => match self.lex(i + 1)? {
                    Lex::Kw(Kw::Ago | Kw::Earlier) => Some(Found::date(i, i + 2, Sem::Ref(-1))),
                    Lex::Kw(Kw::Later) => Some(Found::date(i, i + 2, Sem::Ref(1))),
                    _ => None,
                },
                Lex::Holiday(m, d) if t.cap => {
                    let (m, d, mut end) = if self.is_word(i + 1, "eve") { (m, d - 1, i + 2) } else { (m, d, i + 1) };
                    let year = match self.year(end) {
                        Some(y) => {
                            end += 1;
                            YearOf::Known(y)
                        }
                        None => YearOf::Infer(None),
                    };
                    Some(Found::date(i, end, Sem::Cal { year, month: Some(m), day: Some(d) }))
                }
                // "at night", "by morning"
                Lex::DayPart(p) if self.is(i.wrapping_sub(1), const { kws(&[Kw::At, Kw::By, Kw::In]) }) && !self.kw(i + 1, Kw::Of) => {
                    Some(Found::time_of_day(i, i + 1, Clock::Part(p.as_str())))
                }
                Lex::Shift(n) => self.shifted(i, i, n, Anchor::Dct),
                Lex::Kw(Kw::Past) => self.shifted(i, i, -1, Anchor::Dct),
                Lex::Kw(Kw::The) => self.the(i),
                Lex::Kw(Kw::That) => self.that(i, i + 1),
                Lex::Kw(Kw::Every | Kw::Each | Kw::Per) => self.set(i),
                // "recent years"; "for years", "over decades": the unit word alone is the expression
                // (a unit word is no quantity: "for two years" is read at "two").
                Lex::Kw(k @ (Kw::Recent | Kw::For | Kw::Over | Kw::Within)) => {
                    let (u, true) = self.unit(i + 1)? else { return None };
                    let recent = k == Kw::Recent;
                    if !recent && u < Unit::Day {
                        return None;
                    }
                    Found::dur(if recent { i } else { i + 1 }, i + 2, u, None)
                }
                Lex::Kw(Kw::Fiscal) => {
                    let j = if self.kw(i + 1, Kw::Year) || self.is_unit(i + 1, sg(Unit::Year)) { i + 2 } else { i + 1 };
                    let y = self.year(j)?;
                    Some(Found::date(i, j + 1, Sem::Cal { year: YearOf::Known(y), month: None, day: None }))
                }
                Lex::Kw(Kw::PrepIn) => None,
                // German "vor zwei Jahren": two years ago
                Lex::Kw(Kw::Vor) => {
                    let (q, j) = self.qty(i + 1)?;
                    let (u, _) = self.unit(j)?;
                    let sem = match q {
                        Some(h) if h % 2 == 0 => Sem::Shift { unit: u, n: -((h / 2) as i32), anchor: Anchor::Dct },
                        _ => Sem::Ref(-1),
                    };
                    Some(Found::date(i, j + 1, sem))
                }
                Lex::Kw(Kw::Present) if self.kw(i.wrapping_sub(1), Kw::At) && !matches!(self.tok(i + 1).map(|t| t.tk), Some(Tk::Word(_))) => {
                    Some(Found::date(i, i + 1, Sem::Ref(0)))
                }
                Lex::Freq(v) => Some(Found::new(i, i + 1, Sem::Freq(v), TimexType::Set)),
                Lex::QuarterCode(q) => {
                    let (year, end) = self.year(i + 1).map_or((YearOf::Infer(None), i + 1), |y| (YearOf::Known(y), i + 2));
                    Some(Found::date(i, end, Sem::Quarter(year, q)))
                }
                Lex::HalfCode(h) => {
                    let y = self.year(i + 1)?;
                    Some(Found::date(i, i + 2, Sem::Half(YearOf::Known(y), h)))
                }
                Lex::Clock(h) => {
                    Some(Found::time_of_day(i, i + 1, Clock::At(h, 0)))
                }
                Lex::Era(false) => {
                    // "AD 70"
                    let (v, n) = self.num(i + 1)?;
                    (n <= 4 && v > 0 && t.cap).then(|| Found::date(i, i + 2, Sem::Cal { year: YearOf::Known(v as i32), month: None, day: None }))
                }
                Lex::Number(_) | Lex::Few | Lex::Kw(Kw::A | Kw::Half) => self.quantity(i),
                Lex::Ordinal(q @ 1..=4) if self.stuck_dash(i + 1) && self.is_unit(i + 2, sg(Unit::Quarter)) => {
                    // "third-quarter profit"
                    Some(Found::date(i, i + 3, Sem::Quarter(YearOf::Infer(None), q as u8)))
                }
                Lex::Ordinal(_) => self.century(i),
                _ => None,
            },
            _ => None,
        }
    }

    /// The second half of a range whose first half was a full expression: "May 4 and 5" ("5"),
    /// "1915–17" ("17"); and the first half of one whose second half is: "6–7 January 1916" ("6").
    fn range_end(&self, i: usize) -> Option<Found> {
        let (v, n) = self.num(i)?;
        let joiner = i > 0 && (self.dash(i - 1) || self.kw(i - 1, Kw::And) || self.is_word(i - 1, "or") || self.is_word(i - 1, "to") || self.punct(i - 1, ',') || self.punct(i - 1, '/'));
        if let Some((end, sem)) = self.prev.filter(|_| joiner) {
            if i >= 2 && self.t[i - 2].end == end {
                match *sem {
                    Sem::Cal { year, month: Some(m), day: Some(_) } if n <= 2 && matches!(v, 1..=31) && self.month(i + 1).is_none() && !self.is_unit(i + 1, ANY_UNIT) => {
                        let year = if let Some(y) = self.year(i + 1).filter(|_| self.punct(i + 1, ',')) { YearOf::Known(y) } else { year };
                        return Some(Found::date(i, i + 1, Sem::Cal { year, month: Some(m), day: Some(v as u8) }));
                    }
                    Sem::Cal { year: YearOf::Known(y), month: None, day: None } if n == 2 && self.dash(i - 1) && self.adj(i - 1) => {
                        let full = y - y.rem_euclid(100) + v as i32;
                        if full > y {
                            return Some(Found::date(i, i + 1, Sem::Cal { year: YearOf::Known(full), month: None, day: None }));
                        }
                    }
                    _ => {}
                }
            }
        }
        // "492-490 BC", "from 264 to 241 BC": the first year takes the era of the second.
        if n <= 4 && v > 0 {
            let k = (self.stuck_dash(i + 1) || self.is_word(i + 1, "to")).then_some(i + 2);
            if let Some(Found { sem: Sem::Bc { .. }, .. }) = k.and_then(|k| self.bc(k)) {
                return Some(Found::date(i, i + 1, Sem::Bc { year: v, month: None }));
            }
        }
        // "6–7 January 1916": the first day takes the month of the second.
        if n <= 2 && matches!(v, 1..=31) && self.joined_dash(i + 1) {
            if let Some(f) = self.day_month(i + 2) {
                if let Sem::Cal { year, month, .. } = f.sem {
                    return Some(Found::date(i, i + 1, Sem::Cal { year, month, day: Some(v as u8) }));
                }
            }
        }
        None
    }

    /// `2026-02-05`, `2026-02`.
    fn iso(&self, i: usize) -> Option<Found> {
        let (y, _) = self.num(i)?;
        if !self.joined(i + 1, '-') {
            return None;
        }
        let (m, 2) = self.num(i + 2)? else { return None };
        if !matches!(m, 1..=12) {
            return None;
        }
        if self.joined(i + 3, '-') {
            let (d, 2) = self.num(i + 4)? else { return None };
            super::Date::new(y as i32, m as u8, d as u8)?;
            let mut f = Found::date(i, i + 5, Sem::Cal { year: YearOf::Known(y as i32), month: Some(m as u8), day: Some(d as u8) });
            // "2026-02-05T10:30"
            if let Some(Tk::Mixed(None)) = self.tok(i + 5).map(|t| t.tk) {
                let w = self.word(i + 5);
                if self.adj(i + 4) && w.len() == 3 && matches!(w.as_bytes().first(), Some(b'T' | b't')) && self.punct(i + 6, ':') {
                    // Two digits after the T (by hand: no integer parser).
                    let h = match *w.as_bytes() {
                        [_, a @ b'0'..=b'9', b @ b'0'..=b'9'] => (a - b'0') * 10 + (b - b'0'),
                        _ => return None,
                    };
                    let (mi, 2) = self.num(i + 7)? else { return Some(f) };
                    if h < 24 && mi < 60 {
                        f.end = i + 8;
                        f.clock = Some(Clock::At(h, mi as u8));
                        f.kind = TimexType::Time;
                    }
                }
            }
            return Some(f);
        }
        if self.adj(i + 2) && matches!(self.tok(i + 3).map(|t| t.tk), Some(Tk::Punct('-' | '/' | '.'))) && self.num(i + 4).is_some() {
            return None;
        }
        // "2007-08" is a season of two years, not August 2007.
        if (y + 1) % 100 == m {
            return None;
        }
        Some(Found::date(i, i + 3, Sem::Cal { year: YearOf::Known(y as i32), month: Some(m as u8), day: None }))
    }

    /// `05.02.2026`, `5/2/26`: day first except in US English with a slash (month first when that is
    /// the only valid reading or the text is US English).
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let (a, _) = self.num(i)?;
        let sep = match self.tok(i + 1)?.tk {
            Tk::Punct(c @ ('.' | '/')) => c,
            _ => return None,
        };
        if !(self.adj(i) && self.adj(i + 1) && self.punct(i + 3, sep) && self.adj(i + 2) && self.adj(i + 3)) {
            return None;
        }
        let (b, nb) = self.num(i + 2)?;
        let (y, ny) = self.num(i + 4)?;
        if nb > 2 || !(ny == 4 || ny == 2) || (i > 0 && self.adj(i - 1) && !matches!(self.t[i - 1].tk, Tk::Punct('(' | '[' | '"'))) {
            return None;
        }
        if self.adj(i + 4) && matches!(self.tok(i + 5).map(|t| t.tk), Some(Tk::Punct('.' | '/' | '-'))) && self.num(i + 6).is_some() {
            return None; // an IP address or a version number
        }
        let y = if ny == 2 { if y < 50 { 2000 + y } else { 1900 + y } } else { y } as i32;
        let month_first = sep == '/' && !self.day_first;
        let (d, m) = if month_first && b <= 31 && a <= 12 { (b, a) } else if a > 12 { (a, b) } else if b > 12 { (b, a) } else { (a, b) };
        super::Date::new(y, m as u8, d as u8)?;
        Some(Found::date(i, i + 5, Sem::Cal { year: YearOf::Known(y), month: Some(m as u8), day: Some(d as u8) }))
    }

    /// A year with what may follow it: "2014", "1914–18" (the first year), "2026 року".
    fn year_expr(&self, i: usize) -> Option<Found> {
        let y = self.year(i)?;
        Some(Found::date(i, self.uk_year(i + 1), Sem::Cal { year: YearOf::Known(y), month: None, day: None }))
    }

    /// Where a year's phrase ends that may go on at `end` with Ukrainian "року" or "р." ("2026 року").
    fn uk_year(&self, mut end: usize) -> usize {
        if self.kw(end, Kw::UkYear) || self.is_word(end, "року") {
            end += 1;
            if self.stuck(end, '.') {
                end += 1;
            }
        }
        end
    }

    /// "in 490," — a year of three digits after a preposition, alone in its phrase.
    fn short_year(&self, i: usize) -> Option<Found> {
        let (v, 3) = self.num(i)? else { return None };
        if !matches!(v, 100..=999) || !self.is(i.wrapping_sub(1), const { kws(&[Kw::In, Kw::Since, Kw::Until, Kw::By, Kw::Before, Kw::After]) }) {
            return None;
        }
        let ends = match self.tok(i + 1).map(|t| t.tk) {
            None => true,
            Some(Tk::Punct(',' | '.' | ';' | ')')) => !matches!(self.tok(i + 2).map(|t| t.tk), Some(Tk::Num(..))) || !self.adj(i + 1),
            Some(Tk::Word(Some(Lex::Kw(Kw::And)))) => true,
            _ => false,
        };
        ends.then(|| Found::date(i, i + 1, Sem::Cal { year: YearOf::Bare(v as i32), month: None, day: None }))
    }

    /// "480 BC", "480 B.C.", "44 BCE".
    fn bc(&self, i: usize) -> Option<Found> {
        let (v, n) = self.num(i)?;
        if n > 4 || v == 0 {
            return None;
        }
        let end = if matches!(self.lex(i + 1), Some(Lex::Era(true))) {
            i + 2
        } else if self.word(i + 1) == "B" && self.punct(i + 2, '.') && self.word(i + 3) == "C" {
            if self.punct(i + 4, '.') { i + 5 } else { i + 4 }
        } else {
            return None;
        };
        Some(Found::date(i, end, Sem::Bc { year: v, month: None }))
    }

    /// "10 a.m.", "10:30 pm", "7pm", "14:00 GMT", "at 10:30", "6 o'clock".
    fn clock(&self, i: usize) -> Option<Found> {
        let (mut h, mi, mut j) = match self.tok(i)?.tk {
            Tk::Hour(h) => (h as u32, 0u32, i + 1),
            Tk::Num(h, n) if n <= 2 && h <= 24 => {
                if self.joined(i + 1, ':') {
                    let (m, 2) = self.num(i + 2)? else { return None };
                    if m >= 60 {
                        return None;
                    }
                    (h, m, i + 3)
                } else {
                    (h, 0, i + 1)
                }
            }
            _ => return None,
        };
        let had_minutes = j == i + 3;
        let mut meridiem = None;
        if matches!(self.tok(i)?.tk, Tk::Num(..)) {
            if let Some(Lex::Meridiem(pm)) = self.lex(j) {
                meridiem = Some(pm);
                j += 1;
            } else {
                let w = self.word(j);
                if (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p")) && self.punct(j + 1, '.') && self.is_word(j + 2, "m") && self.adj(j) && self.adj(j + 1) {
                    meridiem = Some(w.eq_ignore_ascii_case("p"));
                    j += 3;
                    if self.stuck(j, '.') {
                        j += 1;
                    }
                } else if self.kw(j, Kw::Clock) && matches!(self.tok(j + 1).map(|t| t.tk), Some(Tk::Punct('\'' | '’'))) && self.is_word(j + 2, "clock") {
                    j += 3;
                    meridiem = Some(false);
                }
            }
            match meridiem {
                Some(pm) => {
                    if !matches!(h, 1..=12) {
                        return None;
                    }
                    h = h % 12 + if pm { 12 } else { 0 };
                }
                None => {
                    // A bare "10:30" is a time only where a time is expected.
                    let cue = self.is(i.wrapping_sub(1), const { kws(&[Kw::At, Kw::By, Kw::Until, Kw::From, Kw::Before, Kw::After, Kw::Since]) | APPROX })
                        || matches!(self.lex(j), Some(Lex::Zone))
                        || (self.kw(j, Kw::Local) && self.kw(j + 1, Kw::Time));
                    if !had_minutes || !cue || h > 23 {
                        return None;
                    }
                }
            }
        }
        let mut f = Found::time_of_day(i, j, Clock::At(h.min(23) as u8, mi.min(59) as u8));
        // "10:30 a.m. Wednesday", "9 p.m. EST Monday": the day that follows carries the date.
        let k = if matches!(self.lex(j), Some(Lex::Zone)) { j + 1 } else { j };
        if let Some(Lex::Weekday(wd, false)) = self.lex(k) {
            if let Some(day) = self.weekday(k, wd, None).filter(|d| d.kind == TimexType::Date) {
                f.sem = day.sem;
                f.end = day.end;
            }
        }
        Some(f)
    }

    /// "5 February 2026", "5th of February", "5. Februar 2026", "5 лютого 2026 року".
    fn day_month(&self, i: usize) -> Option<Found> {
        let d = self.day(i)?;
        let mut j = i + 1;
        if self.stuck(j, '.') {
            j += 1;
        }
        if self.kw(j, Kw::Of) {
            j += 1;
        }
        let (m, mut end) = self.month(j)?;
        let mut year = YearOf::Infer(None);
        let k = if self.punct(end, ',') { end + 1 } else { end };
        if let Some(y) = self.year(k) {
            year = YearOf::Known(y);
            end = self.uk_year(k + 1);
        } else if let Some((y, e)) = self.of_year(end) {
            year = y;
            end = e;
        }
        if u32::from(d) > u32::from(super::calendar::days_in_month(2024, m)) {
            return None;
        }
        Some(Found::date(i, end, Sem::Cal { year, month: Some(m), day: Some(d) }))
    }

    /// "of that year", "of the following year", "of last year", "of 1944" after a month.
    fn of_year(&self, j: usize) -> Option<(YearOf, usize)> {
        if !self.kw(j, Kw::Of) {
            return None;
        }
        if let Some(y) = self.year(j + 1) {
            return Some((YearOf::Known(y), j + 2));
        }
        let is_year = |k: usize| self.is_unit(k, sg(Unit::Year));
        if self.kw(j + 1, Kw::That) && is_year(j + 2) {
            return Some((YearOf::Ref(0), j + 3));
        }
        if self.kw(j + 1, Kw::That) && self.kw(j + 2, Kw::Same) && is_year(j + 3) {
            return Some((YearOf::Ref(0), j + 4));
        }
        if self.kw(j + 1, Kw::The) {
            if let Some(n) = self.shift(j + 2).filter(|_| is_year(j + 3)) {
                return Some((YearOf::Ref(n.into()), j + 4));
            }
            if self.kw(j + 2, Kw::Same) && is_year(j + 3) {
                return Some((YearOf::Ref(0), j + 4));
            }
        }
        if let Some(n) = self.shift(j + 1).filter(|_| is_year(j + 2)) {
            return Some((YearOf::Dct(n.into()), j + 3));
        }
        None
    }

    /// "February 5", "Feb. 5, 2026", "January 2026", "January", "March of that year".
    fn month_date(&self, i: usize) -> Option<Found> {
        let (m, after) = self.month(i)?;
        let mut end = after;
        let mut day = None;
        let mut year = YearOf::Infer(None);
        if let Some(d) = self.day(after).filter(|_| !self.punct(after + 1, ':') && !self.is_unit(after + 1, ANY_UNIT)) {
            if u32::from(d) <= u32::from(super::calendar::days_in_month(2024, m)) {
                day = Some(d);
                end = after + 1;
                let k = if self.punct(end, ',') { end + 1 } else { end };
                if let Some(y) = self.year(k) {
                    year = YearOf::Known(y);
                    end = k + 1;
                }
            }
        } else if let Some(y) = self.year(after) {
            year = YearOf::Known(y);
            end = after + 1;
        } else if let Some(y) = self.year(after + 1).filter(|_| self.punct(after, ',')) {
            year = YearOf::Known(y);
            end = after + 2;
        } else if let Some((y, e)) = self.of_year(after) {
            year = y;
            end = e;
        } else if let Some(b) = self.bc(after) {
            // "April 480 BC"
            let Sem::Bc { year, .. } = b.sem else { return None };
            return Some(Found::date(i, b.end, Sem::Bc { year, month: Some(m) }));
        }
        if day.is_none() && year == YearOf::Infer(None) {
            // "August-September 1950", "March and April 1918": the first month takes the year of the second.
            let k = (self.dash(after) || self.is_word(after, "to") || self.kw(after, Kw::And)).then_some(after + 1);
            if let Some((_, e)) = k.and_then(|k| self.month(k)) {
                if let Some(y) = self.year(e) {
                    year = YearOf::Known(y);
                }
            }
        }
        if day.is_none() && matches!(year, YearOf::Infer(_)) {
            // A month alone: "May" and "March" are words too, and "April", "June", "August" names.
            let cue = self.is(i.wrapping_sub(1), const { kws(&[Kw::In, Kw::Since, Kw::Until, Kw::By, Kw::From, Kw::Of, Kw::Before, Kw::After, Kw::PrepIn]) | PART_ADJ | PART_NOUN | SHIFT })
                || (i > 0 && self.dash(i - 1) && self.is(i.wrapping_sub(2), PART_ADJ));
            let w = self.word(i);
            let ambiguous = w.eq_ignore_ascii_case("may") || w.eq_ignore_ascii_case("march");
            if !cue {
                // "April Ryan", "June Carter": a capitalised word after a bare month makes it a name.
                if self.english(i) && self.cap(after) && !matches!(self.lex(after), Some(Lex::Month(_) | Lex::Kw(_))) && !self.t[after].line {
                    return None;
                }
                // A month alone at the start of a line is a heading or a name more often than a date.
                if ambiguous || (i > 0 && self.adj(i - 1)) {
                    return None;
                }
            }
        }
        Some(Found::date(i, end, Sem::Cal { year, month: Some(m), day }))
    }

    /// "Monday", "Monday night", "Friday, Feb. 6", "last Friday" (with `shift`).
    fn weekday(&self, i: usize, wd: u8, shift: Option<i8>) -> Option<Found> {
        let mut j = i + 1;
        if self.stuck(j, '.') && self.word(i).len() <= 4 {
            j += 1;
        }
        // "Monday, February 5": the calendar date carries the value.
        let k = if self.punct(j, ',') { j + 1 } else { j };
        if shift.is_none() {
            if let Some(mut f) = self.calendar_date(k) {
                if let Sem::Cal { year, month, day: Some(d) } = f.sem {
                    f.start = i;
                    if year == YearOf::Infer(None) {
                        f.sem = Sem::Cal { year: YearOf::Weekday(wd), month, day: Some(d) };
                    }
                    return Some(f);
                }
            }
        }
        if let Some(Lex::DayPart(p)) = self.lex(j) {
            let mut f = Found::new(i, j + 1, Sem::Weekday { wd, shift, anchor: Anchor::Dct }, TimexType::Time);
            f.clock = Some(Clock::Part(p.as_str()));
            return Some(f);
        }
        // "Sunday Times", "Black Friday Sale": a capitalised word after it makes a name (in English;
        // German capitalises every noun).
        if shift.is_none() && self.english(i) && self.cap(j) && !self.t[j].line && self.lex(j).is_none() && self.t[i].end + 1 == self.t[j].start {
            if !self.is(i.wrapping_sub(1), const { kws(&[Kw::On, Kw::By, Kw::Until, Kw::Since, Kw::From]) }) {
                return None;
            }
        }
        Some(Found::date(i, j, Sem::Weekday { wd, shift, anchor: Anchor::Dct }))
    }

    /// "summer", "summer 2025", "the summer of 2025"; "fall" and "spring" alone only after a cue.
    fn season(&self, i: usize, s: u8, year: YearOf) -> Option<Found> {
        if let Some(y) = self.year(i + 1) {
            return Some(Found::date(i, i + 2, Sem::Season(YearOf::Known(y), s)));
        }
        if let Some((y, e)) = self.of_year(i + 1) {
            return Some(Found::date(i, e, Sem::Season(y, s)));
        }
        if matches!(year, YearOf::Infer(None)) {
            let cue = self.is(i.wrapping_sub(1), const { kws(&[Kw::In, Kw::Since, Kw::Until, Kw::By, Kw::The, Kw::Of, Kw::That, Kw::PrepIn]) | PART_ADJ | SHIFT });
            let w = self.word(i);
            // "fall" and "spring" are verbs and nouns too: they need a cue. "summer", "winter",
            // "autumn" stand alone ("summer offensive") unless a name follows ("Winter Palace").
            let needs_cue = w.eq_ignore_ascii_case("fall") || (w.eq_ignore_ascii_case("spring") && !self.cap(i));
            let name_follows = self.tok(i + 1).is_some_and(|n| n.cap && !n.line);
            // "Arab Spring", "Prague Spring": a capitalised season after a capitalised word is a name.
            let name_before = self.cap(i) && i > 0 && self.t[i - 1].cap && matches!(self.t[i - 1].tk, Tk::Word(None)) && !self.t[i].line;
            if name_before || (name_follows && self.cap(i)) || (!cue && (needs_cue || name_follows)) {
                return None;
            }
            // "the spring offensive" keeps "the spring"; "the summer of discontent" is not a date.
            if self.kw(i + 1, Kw::Of) {
                return None;
            }
        }
        Some(Found::date(i, i + 1, Sem::Season(year, s)))
    }

    /// After a shift word at `k` ("this", "next", "last", "past", "following"): a unit, a weekday, a
    /// month, a season, a part of the day, or a quantity of units (a duration).
    fn shifted(&self, start: usize, k: usize, n: i8, anchor: Anchor) -> Option<Found> {
        // "this past weekend" is last weekend; "the current fiscal year" is this year.
        if n == 0 && self.is(k + 1, const { kws(&[Kw::Past, Kw::Fiscal]) }) {
            let n = if self.kw(k + 1, Kw::Past) { -1 } else { 0 };
            return self.shifted(start, k + 1, n, anchor);
        }
        let j = k + 1;
        let anaphoric = matches!(self.first_lower(k), b'f' | b'p') && crate::text::one_of_any_case(self.word(k), "following previous preceding prior");
        let anchor = if anaphoric { Anchor::Ref } else { anchor };
        let past_word = self.kw(k, Kw::Past) || self.is_word(k, "last");
        match self.lex(j) {
            Some(Lex::Unit(u, false)) => {
                // "the past year" and "the last week" are periods; "last year" is a date.
                if past_word && start < k && self.kw(start, Kw::The) {
                    return Found::dur(start, j + 1, u, Some(2));
                }
                if start == k && u == Unit::Day && n != 0 {
                    return None; // "next day" alone is rare; "the next day" is handled with "the"
                }
                Some(Found::date(start, j + 1, Sem::Shift { unit: u, n: n.into(), anchor }))
            }
            Some(Lex::Unit(u, true)) if start < k || past_word || n == 1 => {
                // "the coming weeks", "the past months"
                Found::dur(start, j + 1, u, None)
            }
            Some(Lex::Weekday(wd, false)) if !anaphoric => Found::from(self.weekday(j, wd, Some(n)), start),
            Some(Lex::Month(m)) if !anaphoric && self.cap(j) => {
                Some(Found::date(start, j + 1, Sem::Cal { year: directed(n), month: Some(m), day: None }))
            }
            Some(Lex::Season(s)) => {
                Some(Found::date(start, j + 1, Sem::Season(if anaphoric { YearOf::Ref(n.into()) } else { directed(n) }, s)))
            }
            Some(Lex::DayPart(p)) => {
                // "the following morning", "the next night": the day after (or before) the reference
                // time; "this morning" (today), "last night" (the night before): the DCT's.
                let (day, anchor) = if anaphoric || (start < k && n == 1) {
                    (if n < 0 { -1 } else { 1 }, Anchor::Ref)
                } else {
                    (if n < 0 && p == Code::Ni { -1 } else { 0 }, Anchor::Dct)
                };
                let mut f = Found::new(start, j + 1, Sem::Shift { unit: Unit::Day, n: day, anchor }, TimexType::Time);
                f.clock = Some(Clock::Part(p.as_str()));
                Some(f)
            }
            _ => {
                // "the past three years", "the next few weeks", "last 12 months"
                let (q, e) = self.qty(j)?;
                let (u, _) = self.unit(e)?;
                if self.kw(j, Kw::A) {
                    return None;
                }
                Found::dur(start, e + 1, u, q)
            }
        }
    }

    /// Expressions that start with "the".
    fn the(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        match self.tok(j)?.tk {
            // "the 1990s", "the '90s": as without "the"
            Tk::Decade(_, 4) | Tk::Punct('\'' | '’') => return Found::from(self.core(j), i),
            Tk::Ordinal(_) | Tk::Num(_, 1..=2) => {
                if let Some(mut f) = self.day_month(j).or_else(|| self.century(j)) {
                    f.start = i;
                    return Some(f);
                }
                // "on the 20th": a day of the month the story is in
                if let Tk::Ordinal(d @ 1..=31) = self.tok(j)?.tk {
                    let ends = match self.tok(j + 1).map(|t| t.tk) {
                        None | Some(Tk::Punct(_)) => true,
                        Some(Tk::Word(Some(Lex::Kw(Kw::And)))) => true,
                        _ => false,
                    };
                    if ends {
                        return Some(Found::date(i, j + 1, Sem::RefDay(d as u8)));
                    }
                }
                // "the 12 months to June": a period
                return self.units(i, j, TimexType::Duration);
            }
            _ => {}
        }
        match self.lex(j)? {
            // "the late 1990s", "the early 20th century"
            Lex::PartAdj(_) => Found::from(self.prefixed(j), i),
            // "the last week of March": March, at its end
            Lex::Shift(-1) if self.is_word(j, "last") && self.is_unit(j + 1, const { any(Unit::Week) | any(Unit::Day) }) && self.kw(j + 2, Kw::Of) => {
                Found::part(self.of_object(j + 3), i, "END")
            }
            Lex::Shift(n) => {
                // "the following day", "the next day", "the previous year": the reference time.
                let anchor = if n == 0 { Anchor::Dct } else { Anchor::Ref };
                self.shifted(i, j, n, anchor)
            }
            Lex::Kw(Kw::Past) => {
                if let Some(f) = self.shifted(i, j, -1, Anchor::Dct) {
                    return Some(f);
                }
                Some(Found::date(i, j + 1, Sem::Ref(-1)))
            }
            Lex::Kw(Kw::Future) => Some(Found::date(i, j + 1, Sem::Ref(1))),
            Lex::Number(_) => self.units(i, j, TimexType::Duration),
            Lex::Kw(Kw::Present) if !self.kw(j + 1, Kw::Of) && !self.is_unit(j + 1, ANY_UNIT) => {
                // "the present" but not "the present government"
                let next_is_word = matches!(self.tok(j + 1).map(|t| t.tk), Some(Tk::Word(_) | Tk::Mixed(_)));
                (!next_is_word || self.kw(j + 1, Kw::And)).then(|| Found::date(i, j + 1, Sem::Ref(0)))
            }
            Lex::Kw(Kw::Recent) if self.kw(j + 1, Kw::Past) => Some(Found::date(i, j + 2, Sem::Ref(-1))),
            Lex::Kw(Kw::Same) => {
                let (u, false) = self.unit(j + 1)? else { return None };
                Some(Found::date(i, j + 2, Sem::Shift { unit: u, n: 0, anchor: Anchor::Ref }))
            }
            Lex::Ordinal(_) if self.is_unit(j + 1, const { any(Unit::Week) | any(Unit::Day) }) && self.kw(j + 2, Kw::Of) => {
                // "the first week of March": March, at its start
                Found::part(self.of_object(j + 3), i, "START")
            }
            Lex::Ordinal(o) => {
                // "the third quarter (of 2025)", "the 19th century", "the first nine months"
                if self.is_unit(j + 1, sg(Unit::Quarter)) {
                    if !matches!(o, 1..=4) {
                        return None;
                    }
                    let (year, end) = self.of_year(j + 2).map_or((YearOf::Infer(None), j + 2), |(y, e)| (y, e));
                    return Some(Found::date(i, end, Sem::Quarter(year, o as u8)));
                }
                if self.kw(j + 1, Kw::Half) && matches!(o, 1..=2) && !self.kw(j + 2, Kw::Of) {
                    return Some(Found::date(i, j + 2, Sem::Half(YearOf::Infer(None), o as u8)));
                }
                if o == 1 {
                    if self.qty(j + 1).is_some_and(|(q, _)| q.is_some()) {
                        return self.units(i, j + 1, TimexType::Duration);
                    }
                }
                Found::from(self.century(j), i)
            }
            Lex::Season(s) => Found::from(self.season(j, s, YearOf::Infer(None)), i),
            Lex::DayPart(p) => {
                // "the night of 3 May", "the morning" (after "in", "during")
                if self.kw(j + 1, Kw::Of) {
                    let mut f = self.calendar_date(j + 2)?;
                    if !matches!(f.sem, Sem::Cal { day: Some(_), .. }) {
                        return None;
                    }
                    f.start = i;
                    f.clock = Some(Clock::Part(p.as_str()));
                    f.kind = TimexType::Time;
                    return Some(f);
                }
                if !self.is(i.wrapping_sub(1), const { kws(&[Kw::In, Kw::By, Kw::Until]) }) {
                    return None;
                }
                Some(Found::time_of_day(i, j + 1, Clock::Part(p.as_str())))
            }
            // "for the year", "in the quarter": the current one of the story
            Lex::Unit(u @ (Unit::Year | Unit::Quarter | Unit::Month | Unit::Week), false)
                if self.is(i.wrapping_sub(1), const { kws(&[Kw::For, Kw::In, Kw::Over]) }) && !self.kw(j + 1, Kw::Of) && self.year(j + 1).is_none() && !matches!(self.tok(j + 1).map(|t| t.tk), Some(Tk::Punct('\'' | '’' | '-'))) =>
            {
                Some(Found::date(i, j + 1, Sem::Shift { unit: u, n: 0, anchor: Anchor::Ref }))
            }
            Lex::Unit(Unit::Weekend, false) => Some(Found::date(i, j + 1, Sem::Shift { unit: Unit::Weekend, n: 0, anchor: Anchor::Dct })),
            Lex::Unit(Unit::Day, false) if self.is(j + 1, const { kws(&[Kw::Before, Kw::After]) }) => {
                let n = if self.kw(j + 1, Kw::Before) { -1 } else { 1 };
                Some(Found::date(i, j + 2, Sem::Shift { unit: Unit::Day, n, anchor: Anchor::Ref }))
            }
            Lex::Unit(Unit::Year, false) => {
                let y = self.year(j + 1)?;
                Some(Found::date(i, j + 2, Sem::Cal { year: YearOf::Known(y), month: None, day: None }))
            }
            _ => None,
        }
    }

    /// "that day", "that same year", "that morning", "that summer".
    fn that(&self, i: usize, mut j: usize) -> Option<Found> {
        if self.kw(j, Kw::Same) {
            j += 1;
        }
        match self.lex(j)? {
            Lex::Unit(u, false) if u >= Unit::Day && u != Unit::Weekend => {
                Some(Found::date(i, j + 1, Sem::Shift { unit: u, n: 0, anchor: Anchor::Ref }))
            }
            Lex::DayPart(p) => {
                Some(Found::time_of_day(i, j + 1, Clock::Part(p.as_str())))
            }
            Lex::Season(s) => Some(Found::date(i, j + 1, Sem::Season(YearOf::Ref(0), s))),
            _ => None,
        }
    }

    /// "every Monday", "each year", "every two weeks", "per day".
    fn set(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        match self.lex(j)? {
            Lex::Weekday(wd, false) => Some(Found::new(i, j + 1, Sem::WeekdaySet(wd), TimexType::Set)),
            Lex::Unit(u, false) => Found::period(i, j + 1, u, Some(2), TimexType::Set),
            Lex::DayPart(p) if !self.kw(i, Kw::Per) => Some(Found::new(i, j + 1, Sem::PartSet(p), TimexType::Set)),
            Lex::Kw(Kw::Other) => {
                let (u, false) = self.unit(j + 1)? else { return None };
                Found::period(i, j + 2, u, Some(4), TimexType::Set)
            }
            _ if !self.kw(i, Kw::Per) => self.units(i, j, TimexType::Set),
            _ => None,
        }
    }

    /// "12 months", "two years": a quantity at `j` and a plural unit, as a period from `start` (a
    /// DURATION, or a SET after "every").
    fn units(&self, start: usize, j: usize, kind: TimexType) -> Option<Found> {
        let (q, e) = self.qty(j)?;
        let (u, true) = self.unit(e)? else { return None };
        Found::period(start, e + 1, u, q, kind)
    }

    /// A calendar date at `k`: "February 5", "5 February" (a month name or a day's number begins it,
    /// so at most one of the two reads matches).
    fn calendar_date(&self, k: usize) -> Option<Found> {
        self.month_date(k).or_else(|| self.day_month(k))
    }

    /// "the 19th century", "the nineteenth century".
    fn century(&self, i: usize) -> Option<Found> {
        let c = match self.tok(i)?.tk {
            Tk::Ordinal(c) => c,
            Tk::Word(Some(Lex::Ordinal(c))) => u32::from(c),
            _ => return None,
        };
        if !self.is_unit(i + 1, any(Unit::Century)) {
            return None;
        }
        if c == 0 || c > 30 {
            return None;
        }
        let mut end = i + 2;
        let bc = matches!(self.lex(end), Some(Lex::Era(true)));
        if bc {
            end += 1;
        }
        Some(Found::date(i, end, if bc { Sem::BcCentury(c - 1) } else { Sem::Century(c as i32 - 1) }))
    }

    /// A quantity of units: "three years" (DURATION P3Y), "a 10-day truce" ("10-day", P10D), "two years
    /// ago" (DATE), "two days later", "a week earlier" (DATE, from the reference time).
    fn quantity(&self, i: usize) -> Option<Found> {
        let (mut q, mut j) = self.qty(i)?;
        // "six to eight weeks", "two or three days": one period, valued by its upper bound
        if (self.is_word(j, "to") || self.is_word(j, "or") || self.stuck_dash(j)) && q.is_some() {
            if let Some((q2, j2)) = self.qty(j + 1).filter(|(q2, j2)| q2.is_some() && self.unit(*j2).is_some_and(|(_, p)| p)) {
                q = q2;
                j = j2;
            }
        }
        // "10-day", "three-year": adjectival, singular.
        if self.joined_dash(j) {
            let (u, false) = self.unit(j + 1)? else { return None };
            if (self.dash(j + 2) && self.is_word(j + 3, "old")) || u == Unit::Quarter || q.is_none() {
                return None;
            }
            // "a three-year-long war"
            let end = if self.dash(j + 2) && self.is_word(j + 3, "long") { j + 4 } else { j + 2 };
            return Found::dur(i, end, u, q);
        }
        let (u, plural) = self.unit(j)?;
        if u == Unit::Quarter || u == Unit::Weekend {
            return None;
        }
        // "a year" wants the article; "one years" is not English.
        let is_a = self.kw(i, Kw::A) && q == Some(2);
        if is_a && plural {
            return None;
        }
        if self.kw(i, Kw::A) && matches!(self.lex(i + 1), Some(Lex::Unit(x, false)) if x == u) {
            // "$5 million a year", "three times a day": a rate.
            if i > 0 {
                let p = self.word(i - 1);
                if crate::text::one_of_any_case(p, "million billion times once twice thousand percent") || matches!(self.t[i - 1].tk, Tk::Num(..)) {
                    return Found::period(i, j + 1, u, Some(2), TimexType::Set);
                }
            }
        }
        if self.dash(j + 1) && self.is_word(j + 2, "old") || self.is_word(j + 1, "old") {
            return None; // ages
        }
        // (Halves rounded away from zero: "two and a half years from now" is three.)
        let n = q.map(|h| ((h + 1) / 2) as i32);
        let end = j + 1;
        match self.lex(end) {
            // "two years ago" (from the DCT), "two days later" (from the reference time)
            Some(Lex::Kw(k @ (Kw::Ago | Kw::Later | Kw::Earlier | Kw::After | Kw::Before | Kw::Hence))) => {
                // "two days after the attack" is a period before an event; only a bare "after" anchors.
                if matches!(k, Kw::After | Kw::Before) && self.tok(end + 1).is_some_and(|t| matches!(t.tk, Tk::Word(_) | Tk::Num(..)) && !t.line) {
                    return Found::dur(i, end, u, q);
                }
                let sign = if matches!(k, Kw::Later | Kw::After | Kw::Hence) { 1 } else { -1 };
                let anchor = if matches!(k, Kw::Hence | Kw::Ago) { Anchor::Dct } else { Anchor::Ref };
                let sem = match n {
                    Some(n) if q.is_some_and(|h| h % 2 == 0) => Sem::Shift { unit: u, n: sign * n, anchor },
                    _ => Sem::Ref(if sign < 0 { -1 } else { 1 }),
                };
                Some(Found::date(i, end + 1, sem))
            }
            Some(Lex::Kw(Kw::From)) if matches!(self.lex(end + 1), Some(Lex::Ref(Code::PresentRef))) => {
                let sem = match n {
                    Some(n) => Sem::Shift { unit: u, n, anchor: Anchor::Dct },
                    None => Sem::Ref(1),
                };
                Some(Found::date(i, end + 2, sem))
            }
            _ => {
                // A bare number before a unit is a duration only for plausible counts.
                if is_a && matches!(u, Unit::Second) {
                    return None;
                }
                Found::dur(i, end, u, q)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{EN, UK, DE};
    use super::super::tokens::fill;
    use super::*;

    /// [`may_start`], the tokeniser's `opens` and [`Matcher::at`]'s words before a plain word only
    /// skip what [`Matcher::prefixed`] and [`Matcher::core`] would turn down: every token they call a
    /// non-starter, in news prose and in sentences made to put each such token before dates, numbers
    /// and units, starts no expression there.
    #[test]
    fn words_that_may_not_start_an_expression_start_none() {
        let made = "Since 2014 and until May 5, after the war of 1914 in the spring, he said he would meet on Monday by \
            noon from 10 a.m. to 5 p.m. GMT; the time that year was 480 BC, local time 0800 GMT, more than two weeks \
            ago, less than a year hence, at least three days before March 3, o'clock twice a week. The same year, \
            other days, in 1999 and 2000, than the 1990s. Im Januar 2026 kam er am 5. Februar; у березні 2025 р. \
            він прийшов 5 лютого 2026 року, два роки тому. Q3 of fiscal year 2025 and H1 2026 were better. Kyiv's \
            talks of the '90s, in '44 and in ’45, don’t end ' 1990s' nor ’ 44 — the players' 2026 season, 'March \
            2026', ’May 5’, '' 90s, in' 44. The talks of the summit, the year, the Monday meeting, the end \
            of the war, the first half of 2025, the following week, the 1990s, the 5th, the winter, the \
            President of the Republic and The Times. For years, for now, for two weeks, at least a year, at \
            noon, at dawn, at present, at that time, that day, that same week, that summer, that was it, this \
            week, this past year, this fiscal year, this one, next Friday, next few days, last 12 months, last \
            time, the following morning, following talks, previous rounds, a year, a few days, a to two weeks, \
            a or two days, a week or two, a dozen, a long time, first quarter, the first-quarter results, third \
            century, the first time, first-half figures, 'til '91, Kyiv's 's 90s, this";
        let texts = [made, include_str!("../../bench/sentences.txt"), include_str!("../../bench/news_sample.txt"), include_str!("../../dataset/zelenskyy-security-guarantees.txt")];
        let mut checked = 0;
        for text in texts {
            for langs in [EN, EN | DE, EN | UK] {
                let mut t = Vec::new();
                fill(text, 0, langs, &mut t, usize::MAX, &mut [super::super::tokens::EMPTY; super::super::tokens::BATCH]);
                let m = Matcher { t: &t, text, day_first: langs != EN, prev: None };
                for (i, tok) in t.iter().enumerate() {
                    // (and the tokens that `at` turns down before the two when a word of no meaning
                    // follows)
                    if !tok.opens || before_plain_word(tok, t.get(i + 1)) {
                        let word = &text[tok.start..tok.end];
                        assert!(m.prefixed(i).is_none() && m.core(i).is_none(), "{word:?} ({:?}) starts an expression", tok.tk);
                        checked += usize::from(matches!(tok.tk, Tk::Punct('\'' | '’')) || tok.lex().is_some());
                    }
                }
            }
        }
        assert!(checked > 500, "{checked}");
    }
}
