//! The Story read back from its JSON (CONTRACT.md, "Story"), as `quoteline extract` writes it and as
//! the JS API's `widget.data()` / `extract()` return it: what a site that extracts at publish time
//! ships, and what the render-only page build (no engines) mounts.
//!
//! Every field is checked: a wrong type, an unknown `kind`, a dangling `speakerId` or `quoteIds`
//! entry, or an offset past the end of its text is a `bad-input` error that names the field
//! (`quotes[2].end`), never a panic. Offsets are checked against the paragraph texts (UTF-16 units),
//! so a renderer can slice with them. Fields the contract does not name are ignored (it allows
//! additions); `endParagraph`/`endOffset`, which this crate writes, are optional.
//!
//! ```
//! let story = quoteline::extract(
//!     &quoteline::parse_article("Dam opens\n\"It holds,\" Mayor Ana Ruiz said on March 3.").unwrap(),
//!     &quoteline::Options::default(),
//! );
//! let json = quoteline::json_out::to_string(&story).unwrap();
//! assert_eq!(quoteline::story_json::read(&json).unwrap(), story);
//! assert!(quoteline::story_json::read("{\"paragraphs\": 3}").is_err());
//! ```

use crate::article::{BlockKind, MAX_ARTICLE_BYTES};
use crate::error::Error;
use crate::json::{self, Value};
use crate::prelude::*;
use crate::quotes::QuoteKind;
use crate::story::{ArticleInfo, DateInfo, Event, Mention, Paragraph, Quote, Speaker, Story};
use crate::text::utf16_len;
use crate::time::{Date, TimexType};

/// The largest Story JSON read: an article at its size limit, with room for the quotes and events
/// that repeat its words.
pub const MAX_STORY_BYTES: usize = 4 * MAX_ARTICLE_BYTES;

/// TIMEX3 `mod` values (ISO-TimeML), the ones `date.mod` may hold.
const MODS: [&str; 12] = [
    "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
    "EQUAL_OR_LESS", "EQUAL_OR_MORE",
];

/// Whether a parsed JSON value looks like a Story rather than an article or a TimelineJS file: an
/// object with a `paragraphs` member and no `body`.
pub fn is_story(v: &Value) -> bool {
    v.get("paragraphs").is_some() && v.get("body").is_none()
}

/// Reads a Story from its JSON text.
pub fn read(text: &str) -> Result<Story, Error> {
    if text.len() > MAX_STORY_BYTES {
        return Err(Error::bad_input("the Story JSON is larger than 20 MB"));
    }
    from_value(&json::parse(text)?)
}

/// Where in the Story a field is (`quotes[2].mention.end`), for error messages.
#[derive(Clone, Copy)]
struct At<'a> {
    list: &'a str,
    index: Option<usize>,
    field: &'a str,
}

fn err(at: At<'_>, what: &str) -> Error {
    let mut m = String::from("Story JSON: ");
    m.push_str(at.list);
    if let Some(i) = at.index {
        m.push('[');
        crate::json_out::push_u64(&mut m, i as u64);
        m.push(']');
    }
    if !at.field.is_empty() {
        m.push('.');
        m.push_str(at.field);
    }
    m.push(' ');
    m.push_str(what);
    Error::bad_input(m)
}

/// The member an `At` names: the last part of its field (`mention.end` → `end`).
fn key<'a>(at: At<'a>) -> &'a str {
    at.field.rsplit('.').next().unwrap_or(at.field)
}

fn field<'v>(v: &'v Value, at: At<'_>) -> Result<&'v Value, Error> {
    v.get(key(at)).ok_or_else(|| err(at, "is missing"))
}

fn wrong(at: At<'_>, want: &str, got: &Value) -> Error {
    err(at, &[want, ", not ", got.type_name()].concat())
}

fn string(v: &Value, at: At<'_>) -> Result<String, Error> {
    match field(v, at)? {
        Value::String(s) => Ok(s.clone()),
        other => Err(wrong(at, "must be a string", other)),
    }
}

/// A string or null; absent counts as null.
fn opt_string(v: &Value, at: At<'_>) -> Result<Option<String>, Error> {
    match v.get(key(at)) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(wrong(at, "must be a string or null", other)),
    }
}

fn number_of(n: &Value, at: At<'_>) -> Result<usize, Error> {
    match n {
        // Whole, non-negative, and small enough for the JS edge's 32-bit offsets.
        Value::Number(s) if !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(s.bytes().fold(0usize, |n, b| n * 10 + usize::from(b - b'0')))
        }
        Value::Number(_) => Err(err(at, "must be a whole number from 0 to 999999999")),
        other => Err(wrong(at, "must be a number", other)),
    }
}

fn number(v: &Value, at: At<'_>) -> Result<usize, Error> {
    number_of(field(v, at)?, at)
}

fn array<'v>(v: &'v Value, at: At<'_>) -> Result<&'v [Value], Error> {
    match field(v, at)? {
        Value::Array(items) => Ok(items),
        other => Err(wrong(at, "must be an array", other)),
    }
}

fn object<'v>(v: &'v Value, at: At<'_>) -> Result<&'v Value, Error> {
    match v {
        Value::Object(_) => Ok(v),
        other => Err(wrong(at, "must be an object", other)),
    }
}

/// One of `names` (the string itself comes back as the index).
fn one_of(v: &Value, at: At<'_>, names: &[&str], say: &str) -> Result<usize, Error> {
    let s = string(v, at)?;
    names.iter().position(|n| *n == s).ok_or_else(|| err(at, &[say, ", not ", &crate::error::quoted(&s)].concat()))
}

/// A paragraph index, checked against the list; returns it with its text's UTF-16 length.
fn paragraph(v: &Value, at: At<'_>, lens: &[usize]) -> Result<(usize, usize), Error> {
    let p = number(v, at)?;
    match lens.get(p) {
        Some(&len) => Ok((p, len)),
        None => Err(err(at, "points past the last paragraph")),
    }
}

/// `start` and `end` in `v` (the fields `PREFIXstart`, `PREFIXend` of item `index` of `list`),
/// checked: `start <= end <= len`.
fn span(v: &Value, list: &str, index: usize, prefix: &str, len: usize) -> Result<(usize, usize), Error> {
    let (fs, fe) = ([prefix, "start"].concat(), [prefix, "end"].concat());
    let (s_at, e_at) = (At { list, index: Some(index), field: &fs }, At { list, index: Some(index), field: &fe });
    let (start, end) = (number(v, s_at)?, number(v, e_at)?);
    if end > len {
        return Err(err(e_at, "is past the end of its text"));
    }
    if start > end {
        return Err(err(s_at, "is after its end"));
    }
    Ok((start, end))
}

/// Reads a Story from a parsed JSON value (see the module's docs for what is checked).
pub fn from_value(root: &Value) -> Result<Story, Error> {
    let top = |f| At { list: "story", index: None, field: f };
    object(root, At { list: "the Story", index: None, field: "" })?;

    let av = field(root, At { list: "story", index: None, field: "article" })?;
    let aat = |f| At { list: "article", index: None, field: f };
    object(av, aat(""))?;
    let published = opt_string(av, aat("published"))?;
    if let Some(p) = &published {
        if Date::parse_iso(p).is_none() {
            return Err(err(aat("published"), "must be a date written YYYY-MM-DD, or null"));
        }
    }
    let article = ArticleInfo {
        id: opt_string(av, aat("id"))?,
        title: opt_string(av, aat("title"))?,
        published,
        source: opt_string(av, aat("source"))?,
        url: opt_string(av, aat("url"))?,
        language: match av.get("language") {
            None => "en".into(),
            Some(_) => string(av, aat("language"))?,
        },
    };

    let mut paragraphs = Vec::new();
    let mut lens = Vec::new();
    for (i, p) in array(root, top("paragraphs"))?.iter().enumerate() {
        let at = |f| At { list: "paragraphs", index: Some(i), field: f };
        object(p, at(""))?;
        let kind = match one_of(p, at("kind"), &["heading", "paragraph", "caption"], "must be \"heading\", \"paragraph\" or \"caption\"")? {
            0 => BlockKind::Heading,
            1 => BlockKind::Paragraph,
            _ => BlockKind::Caption,
        };
        let text = string(p, at("text"))?;
        lens.push(utf16_len(&text));
        paragraphs.push(Paragraph { kind, text });
    }

    let mut speakers: Vec<Speaker> = Vec::new();
    for (i, s) in array(root, top("speakers"))?.iter().enumerate() {
        let at = |f| At { list: "speakers", index: Some(i), field: f };
        object(s, at(""))?;
        let id = string(s, at("id"))?;
        if speakers.iter().any(|o| o.id == id) {
            return Err(err(at("id"), "repeats the id of an earlier speaker"));
        }
        let mut aliases = Vec::new();
        if s.get("aliases").is_some() {
            for a in array(s, at("aliases"))? {
                match a {
                    Value::String(a) => aliases.push(a.clone()),
                    other => return Err(wrong(at("aliases"), "must hold strings", other)),
                }
            }
        }
        speakers.push(Speaker { id, name: string(s, at("name"))?, role: opt_string(s, at("role"))?, aliases });
    }

    let mut quotes: Vec<Quote> = Vec::new();
    for (i, q) in array(root, top("quotes"))?.iter().enumerate() {
        let at = |f| At { list: "quotes", index: Some(i), field: f };
        object(q, at(""))?;
        let id = string(q, at("id"))?;
        if quotes.iter().any(|o| o.id == id) {
            return Err(err(at("id"), "repeats the id of an earlier quote"));
        }
        let kind = match one_of(q, at("kind"), &["direct", "partial", "headline"], "must be \"direct\", \"partial\" or \"headline\"")? {
            0 => QuoteKind::Direct,
            1 => QuoteKind::Partial,
            _ => QuoteKind::Headline,
        };
        let speaker_id = opt_string(q, at("speakerId"))?;
        if let Some(s) = &speaker_id {
            if !speakers.iter().any(|sp| &sp.id == s) {
                return Err(err(at("speakerId"), "names no speaker in \"speakers\""));
            }
        }
        let mention = match q.get("mention") {
            None | Some(Value::Null) => None,
            Some(m) => {
                object(m, at("mention"))?;
                let (p, len) = paragraph(m, at("mention.paragraph"), &lens)?;
                let (start, end) = span(m, "quotes", i, "mention.", len)?;
                Some(Mention { text: string(m, at("mention.text"))?, paragraph: p, start, end })
            }
        };
        let (p, len) = paragraph(q, at("paragraph"), &lens)?;
        let (start, end) = span(q, "quotes", i, "", len)?;
        // A quote over several paragraphs ends in a later one; without these fields it ends in its own.
        let (end_paragraph, end_len) = match q.get("endParagraph") {
            None => (p, len),
            Some(_) => paragraph(q, at("endParagraph"), &lens)?,
        };
        if end_paragraph < p {
            return Err(err(at("endParagraph"), "is before the quote's paragraph"));
        }
        let end_offset = match q.get("endOffset") {
            None => end,
            Some(_) => number(q, at("endOffset"))?,
        };
        if end_offset > end_len {
            return Err(err(at("endOffset"), "is past the end of its paragraph"));
        }
        quotes.push(Quote {
            id,
            text: string(q, at("text"))?,
            kind,
            speaker_id,
            mention,
            cue: opt_string(q, at("cue"))?,
            paragraph: p,
            start,
            end,
            end_paragraph,
            end_offset,
        });
    }

    let mut events: Vec<Event> = Vec::new();
    for (i, e) in array(root, top("events"))?.iter().enumerate() {
        let at = |f| At { list: "events", index: Some(i), field: f };
        object(e, at(""))?;
        let id = string(e, at("id"))?;
        if events.iter().any(|o| o.id == id) {
            return Err(err(at("id"), "repeats the id of an earlier event"));
        }
        let text = string(e, at("text"))?;
        let (p, len) = paragraph(e, at("paragraph"), &lens)?;
        let (start, end) = span(e, "events", i, "", len)?;
        let d = field(e, at("date"))?;
        object(d, at("date"))?;
        let (ds, de) = span(d, "events", i, "date.", utf16_len(&text))?;
        let modifier = match d.get("mod") {
            None | Some(Value::Null) => None,
            Some(_) => Some(MODS[one_of(d, at("date.mod"), &MODS, "must be a TIMEX3 mod (\"START\", \"END\", \"APPROX\", …) or null")?]),
        };
        let kind = match one_of(d, at("date.type"), &["DATE", "TIME", "DURATION", "SET"], "must be \"DATE\", \"TIME\", \"DURATION\" or \"SET\"")? {
            0 => TimexType::Date,
            1 => TimexType::Time,
            2 => TimexType::Duration,
            _ => TimexType::Set,
        };
        let mut quote_ids = Vec::new();
        if e.get("quoteIds").is_some() {
            for q in array(e, at("quoteIds"))? {
                match q {
                    Value::String(q) if quotes.iter().any(|o| &o.id == q) => quote_ids.push(q.clone()),
                    Value::String(_) => return Err(err(at("quoteIds"), "names a quote that is not in \"quotes\"")),
                    other => return Err(wrong(at("quoteIds"), "must hold strings", other)),
                }
            }
        }
        let date = DateInfo {
            text: string(d, at("date.text"))?,
            value: string(d, at("date.value"))?,
            modifier,
            kind,
            start: ds,
            end: de,
        };
        events.push(Event { id, text, date, paragraph: p, start, end, quote_ids });
    }

    Ok(Story { article, paragraphs, speakers, quotes, events })
}
