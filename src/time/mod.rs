//! Temporal expressions: recognition in running text and normalisation to TIMEX3 values.
//!
//! [`Tagger`] reads the paragraphs of one article in order and keeps the reference time between them,
//! so that "two days later" anchors to the last date mentioned; [`tag`] reads one text on its own
//! (what `quoteline timex` does). Offsets are byte offsets into the text given; the Story and the CLI
//! convert them to UTF-16.
//!
//! The passes, one file each:
//! - `lexicon`: every word the tagger knows (months, weekdays, units, numbers, tense markers) in one
//!   table per language, looked up by hash;
//! - `tokens`: one pass over the bytes into words, numbers and punctuation, with lexicon meanings;
//! - `recognise`: patterns over a bounded window of tokens → an expression's extent and meaning;
//! - `normalise`: the meaning → a TIMEX3 value, anchored to the publication date or the reference time;
//! - `calendar`: dates, weekdays, ISO weeks, day arithmetic.
//!
//! ```
//! use quoteline::time::{tag, Date, TagOptions};
//! let opts = TagOptions { dct: Date::parse_iso("2026-02-06"), ..TagOptions::default() };
//! let text = "Talks resumed on Monday, two days after the end of January.";
//! let found = tag(text, &opts);
//! assert_eq!(&text[found[0].start..found[0].end], "Monday");
//! assert_eq!(found[0].value, "2026-02-02");
//! ```

mod calendar;
mod lexicon;
mod normalise;
mod recognise;
mod tokens;

pub use calendar::Date;
pub(crate) use calendar::push_num;
pub use normalise::Point;

use crate::prelude::*;
use serde::Serialize;

/// The TIMEX3 type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TIMEX3 name, as serde writes it: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte range of the expression in the text that was tagged.
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    /// TIMEX3 value: `2026-02-05`, `XXXX-01`, `PRESENT_REF`, `P3Y`, …
    pub value: String,
    /// TIMEX3 mod: `START`, `MID`, `END`, `APPROX`, …
    pub modifier: Option<&'static str>,
}

/// How to read and anchor expressions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TagOptions {
    /// The document creation time (publication date). Without it, years the text does not give stay
    /// `XXXX` and deictic expressions stay relative.
    pub dct: Option<Date>,
    /// The article's language (`en`, `de`, `uk`); `None` is English. It picks the month and weekday
    /// names read besides English and how numeric dates read (`05.02.2026` is day first everywhere;
    /// `2/5/2026` is month first only in English).
    pub language: Option<String>,
    /// What relative expressions anchor to.
    pub anchor: Anchoring,
}

/// What deictic and anaphoric expressions anchor to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Anchoring {
    /// News: "yesterday", "next month" and year-less dates anchor to the publication date (by the
    /// clause's tense); "two days later", "that year" to the last date mentioned.
    #[default]
    News,
    /// Narrative history: everything relative anchors to the last date mentioned; "now" and "today"
    /// are `PRESENT_REF`.
    Narrative,
}

/// Tags the paragraphs of one text in order, carrying the reference time from one call to the next.
#[derive(Debug, Clone)]
pub struct Tagger {
    opts: TagOptions,
    langs: lexicon::Langs,
    /// The last date mentioned: what anaphoric expressions anchor to.
    reference: Option<Point>,
    /// Reused token window.
    toks: Vec<tokens::Tok>,
    /// The tokeniser's scratch room, kept from paragraph to paragraph.
    batch: [tokens::Tok; tokens::BATCH],
}

/// Tokens read ahead of the current one (the longest pattern plus the tense window).
const LOOKAHEAD: usize = 64;
/// Tokens kept behind the current one (the tense window and left context).
const LOOKBEHIND: usize = 32;
/// Tokens buffered at most: a huge paragraph is read in windows, so memory stays bounded.
const WINDOW: usize = 4096;

impl Tagger {
    pub fn new(opts: TagOptions) -> Self {
        let langs = lexicon::langs_for(opts.language.as_deref());
        Tagger { opts, langs, reference: None, toks: Vec::new(), batch: [tokens::EMPTY; tokens::BATCH] }
    }

    /// The reference time: the last date the text has mentioned so far.
    pub fn reference(&self) -> Option<Point> {
        self.reference
    }

    /// Every temporal expression in `text`, in order, not overlapping. One left-to-right pass: each
    /// token is read once and each pattern looks at a bounded window around it.
    pub fn tag(&mut self, text: &str) -> Vec<Timex> {
        let mut out = Vec::new();
        self.tag_into(text, &mut out);
        out
    }

    /// [`Tagger::tag`] appended to `out`: the timeline reuses one list for all paragraphs.
    pub(crate) fn tag_into(&mut self, text: &str, out: &mut Vec<Timex>) {
        let day_first = !matches!(self.opts.language.as_deref().map(lexicon::base_language), None | Some("en"));
        let narrative = self.opts.anchor == Anchoring::Narrative;
        // Empty until the first expression (most paragraphs have none: no allocation for them), then
        // room for about one expression per 128 bytes of the text, without regrowing the list.
        let mut toks = core::mem::take(&mut self.toks);
        toks.clear();
        let mut pos = 0;
        let mut i = 0;
        let mut prev: Option<(usize, recognise::Sem)> = None;
        loop {
            if pos < text.len() && toks.len() < i + LOOKAHEAD {
                let keep_from = i.saturating_sub(LOOKBEHIND);
                toks.drain(..keep_from);
                i -= keep_from;
                pos = tokens::fill(text, pos, self.langs, &mut toks, WINDOW, &mut self.batch);
            }
            let Some(t) = toks.get(i) else { break };
            if !t.opens {
                // A run of tokens that cannot begin an expression (most words) is passed over in one
                // tight loop, up to where the window needs refilling.
                let limit = if pos < text.len() { toks.len().saturating_sub(LOOKAHEAD) } else { toks.len() };
                i += 1;
                while i < limit && toks.get(i).is_some_and(|t| !t.opens) {
                    i += 1;
                }
                continue;
            }
            let m = recognise::Matcher { t: &toks, text, day_first, prev: prev.as_ref().map(|(e, s)| (*e, s)) };
            let Some(f) = m.at(i) else {
                i += 1;
                continue;
            };
            let tense = if f.sem.needs_tense() { m.tense(f.start, f.end) } else { None };
            let ctx = normalise::Ctx { dct: self.opts.dct, narrative, reference: self.reference };
            let (value, point) = ctx.value(&f.sem, f.clock, tense);
            // "since 1614" names where a span began, not the time the story has reached.
            let since = f.start > 0 && matches!(toks.get(f.start - 1).and_then(tokens::Tok::lex), Some(lexicon::Lex::Kw(lexicon::Kw::Since)));
            if matches!(f.kind, TimexType::Date | TimexType::Time) && !since {
                if let Some(p) = point {
                    self.reference = Some(p);
                }
            }
            // A match covers tokens `start..end` of the window (`get` keeps panics out of the loop).
            let (start, end) = match (toks.get(f.start), f.end.checked_sub(1).and_then(|e| toks.get(e))) {
                (Some(a), Some(b)) => (a.start, b.end),
                _ => break,
            };
            if out.is_empty() {
                out.reserve(text.len() / 128 + 4);
            }
            out.push(Timex { start, end, kind: f.kind, value, modifier: f.modifier });
            i = f.end.max(i + 1);
            prev = Some((end, f.sem));
        }
        self.toks = toks;
    }
}

/// Every temporal expression in `text`, read as one body.
pub fn tag(text: &str, opts: &TagOptions) -> Vec<Timex> {
    Tagger::new(opts.clone()).tag(text)
}
