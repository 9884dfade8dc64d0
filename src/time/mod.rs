//! Temporal expressions: recognition in running text and normalisation to TIMEX3 values.
//!
//! [`Tagger`] reads the paragraphs of one article in order and keeps the reference time between them,
//! so that "two days later" anchors to the last date mentioned; [`tag`] reads one text on its own
//! (what `quoteline timex` does). Offsets are byte offsets into the text given; the Story and the CLI
//! convert them to UTF-16.

mod calendar;
mod recognise;

pub use calendar::Date;

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
    /// The article's language (`en`, `de`, `uk`); `None` is English.
    pub language: Option<String>,
}

/// Tags the paragraphs of one text in order, carrying the reference time from one call to the next.
#[derive(Debug, Clone)]
pub struct Tagger {
    opts: TagOptions,
    state: recognise::State,
}

impl Tagger {
    pub fn new(opts: TagOptions) -> Self {
        Tagger { state: recognise::State::new(&opts), opts }
    }

    /// Every temporal expression in `text`, in order, not overlapping.
    pub fn tag(&mut self, text: &str) -> Vec<Timex> {
        recognise::tag(text, &self.opts, &mut self.state)
    }
}

/// Every temporal expression in `text`, read as one body.
pub fn tag(text: &str, opts: &TagOptions) -> Vec<Timex> {
    Tagger::new(opts.clone()).tag(text)
}
