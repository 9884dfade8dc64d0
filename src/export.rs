//! Data out and in: a [`Story`] as [TimelineJS](https://timeline.knightlab.com/docs/json-format.html)
//! JSON (so a desk can open the timeline in TimelineJS), a TimelineJS file read back as a Story with a
//! timeline, and the quotes as JSON-LD (`schema.org` `Quotation` with `spokenByCharacter`) for a page's
//! `<script type="application/ld+json">`.
//!
//! JSON is written by the small writer here and read by [`crate::json`]: no serde_json in the wasm
//! build. The writer escapes `<`, `>` and `&`, so its output can sit inside a `<script>` element as is.
//!
//! ```
//! let article = quoteline::parse_article(
//!     "Bridge reopens\n\"We are proud of the crews,\" Mayor Ana Ruiz said on March 3, 2025.",
//! ).unwrap();
//! let story = quoteline::extract(&article, &Default::default());
//! let tl = quoteline::export::timelinejs(&story);
//! assert!(tl.contains(r#""start_date":{"year":"2025","month":"3","day":"3"}"#));
//! let back = quoteline::export::from_timelinejs(&tl).unwrap();
//! assert_eq!(back.events[0].date.value, "2025-03-03");
//! ```

use crate::article::BlockKind;
use crate::error::Error;
use crate::json::{self, Value};
use crate::people::NameIndex;
use crate::prelude::*;
use crate::story::{ArticleInfo, DateInfo, Event, Paragraph, Quote, Speaker, Story};
use crate::text::{find_str, utf16_len};
use crate::time::{push_num, TimexType};

/// Writes `v` as compact JSON. `<`, `>` and `&` are written as `\u` escapes so that the text cannot
/// close a `<script>` element it is put in.
pub fn write(v: &Value) -> String {
    let mut out = String::new();
    write_into(&mut out, v);
    out
}

fn write_into(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(t) => write_str(out, t),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_into(out, item);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (k, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                write_into(out, item);
            }
            out.push('}');
        }
    }
}

fn write_str(out: &mut String, t: &str) {
    out.push('"');
    escape(out, t, false);
    out.push('"');
}

/// `t` escaped for a JSON string (without the quotes); with `html`, escaped for HTML first (`&`, `<`,
/// `>`, `"` as entities), as the HTML fields of TimelineJS need, in the same pass.
fn escape(out: &mut String, t: &str, html: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for c in t.chars() {
        if html {
            // The entity's `&` is itself written as `\u0026`.
            let entity = match c {
                '&' => "amp;",
                '<' => "lt;",
                '>' => "gt;",
                '"' => "quot;",
                _ => "",
            };
            if !entity.is_empty() {
                out.push_str("\\u0026");
                out.push_str(entity);
                continue;
            }
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => {
                // Every one of these is below U+10000: four hex digits.
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(HEX[(c as usize >> shift) & 15] as char);
                }
            }
            c => out.push(c),
        }
    }
}

/// A JSON string of `t` escaped for HTML, between the tags `open` and `close`.
fn write_html(out: &mut String, open: &str, t: &str, close: &str) {
    out.push('"');
    escape(out, open, false);
    escape(out, t, true);
    escape(out, close, false);
    out.push('"');
}

/// An event's quote in a TimelineJS media is cut to its words within this many bytes: one long quote
/// (a paragraph with no closing mark) is linked from each of the many dates in it, and copied whole
/// into each it made the export quadratic (1,000 dates in a 272 KB quote: 272 MB).
const MAX_MEDIA_QUOTE: usize = 2_000;

/// The text of a quote as an event's media shows it, and the closing tag after it (with "…" when cut).
fn media_quote(t: &str) -> (&str, &'static str) {
    if t.len() <= MAX_MEDIA_QUOTE {
        return (t, "</blockquote>");
    }
    let head = &t[..crate::text::floor_boundary(t, MAX_MEDIA_QUOTE)];
    // (The space by `rposition` on the bytes: `rfind` compiled a searcher of its own, a size measure.)
    (head.as_bytes().iter().rposition(|&b| b == b' ').map_or(head, |i| &head[..i]), "\u{2026}</blockquote>")
}

/// The exporters write JSON straight into one string, member by member, through this (a size
/// measure: no `Value` tree is built to be written, so there is one writer and no per-member
/// allocation). `first` is whether the innermost open object or array has no member yet.
struct Out {
    s: String,
    first: bool,
}

impl Out {
    fn new() -> Out {
        Out { s: String::new(), first: true }
    }
    /// The comma before a member or item, unless it is the first.
    fn sep(&mut self) {
        if !self.first {
            self.s.push(',');
        }
        self.first = false;
    }
    fn key(&mut self, k: &str) {
        self.sep();
        write_str(&mut self.s, k);
        self.s.push(':');
    }
    /// `"k":"v"`.
    fn str(&mut self, k: &str, v: &str) {
        self.key(k);
        write_str(&mut self.s, v);
    }
    /// `"k":` and an opening `{` or `[`.
    fn open(&mut self, k: &str, c: char) {
        self.key(k);
        self.s.push(c);
        self.first = true;
    }
    /// An opening `{` or `[` as an item of an array (or the top level).
    fn item(&mut self, c: char) {
        self.sep();
        self.s.push(c);
        self.first = true;
    }
    fn close(&mut self, c: char) {
        self.s.push(c);
        self.first = false;
    }
    /// `"k":"n"` (TimelineJS writes date parts as strings).
    fn num(&mut self, k: &str, n: u32) {
        self.key(k);
        self.s.push('"');
        crate::json_out::push_u64(&mut self.s, n.into());
        self.s.push('"');
    }
}

/// Escapes text for HTML (what `write_html` writes, before its JSON escaping).
#[cfg(test)]
fn html(t: &str) -> String {
    let mut out = String::new();
    for c in t.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The TimelineJS date (`{ year, month?, day?, hour?, minute? }`) of a TIMEX3 value, as JSON, when
/// the value has a known year. Weeks, quarters and seasons start at their first month; a decade at
/// its first year.
#[cfg(test)]
fn timelinejs_date(value: &str) -> Option<String> {
    let mut o = Out::new();
    put_timelinejs_date(&mut o, value).then_some(o.s)
}

/// [`timelinejs_date`] written into `o` as an item (or after a key); `false`, with `o` possibly
/// half-written, when the value has no known year.
fn put_timelinejs_date(o: &mut Out, value: &str) -> bool {
    (|| {
        let (date, time) = crate::text::split_once_byte(value, b'T').unwrap_or((value, ""));
        let mut parts = crate::text::split_byte(date, b'-');
        let y = parts.next()?;
        if !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        o.item('{');
        match y.len() {
            4 => {
                let year = y.trim_start_matches('0');
                o.str("year", if year.is_empty() { "0" } else { year });
            }
            // a decade: 202 is the 2020s
            3 => o.str("year", &crate::text::cat(&[y, "0"])),
            _ => return None,
        }
        let num = |p: &str| crate::text::parse_u32(p);
        match parts.next() {
            Some(p) if p.len() == 2 && num(p).is_some() => {
                o.num("month", num(p)?);
                if let Some(d) = parts.next().and_then(num) {
                    o.num("day", d);
                    let mut hm = crate::text::split_byte(time, b':').map(num);
                    if let (Some(Some(h)), Some(Some(m))) = (hm.next(), hm.next()) {
                        o.num("hour", h);
                        o.num("minute", m);
                    }
                }
            }
            Some(p) => {
                let month = match p {
                    "Q1" | "WI" => 1,
                    "SP" => 3,
                    "Q2" => 4,
                    "SU" => 6,
                    "Q3" => 7,
                    "FA" | "AU" => 9,
                    "Q4" => 10,
                    w if w.starts_with('W') => (num(w.get(1..)?)?.saturating_sub(1) * 7 / 31 + 1).min(12),
                    _ => return None,
                };
                o.num("month", month);
            }
            None => {}
        }
        o.close('}');
        Some(())
    })()
    .is_some()
}

/// The speaker of `q`, if the story has it.
fn speaker_of<'a>(story: &'a Story, numbered: bool, q: &Quote) -> Option<&'a Speaker> {
    q.speaker_id.as_ref().and_then(|id| by_id(&story.speakers, numbered, b's', id, |sp| &sp.id))
}

/// Whether every id of `list` is its item's number after `prefix` (`q1`, `q2`, …, as the engine and
/// [`from_timelinejs`] number them).
fn numbered<T>(list: &[T], prefix: u8, id_of: impl Fn(&T) -> &String) -> bool {
    list.iter().enumerate().all(|(i, x)| number(id_of(x), prefix) == Some(i + 1))
}

/// The number after `prefix` in `id` (digits only, no leading zero).
fn number(id: &str, prefix: u8) -> Option<usize> {
    let d = id.as_bytes().split_first().filter(|(p, _)| **p == prefix)?.1;
    if d.is_empty() || d.len() > 9 || d[0] == b'0' || !d.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(d.iter().fold(0, |n, &b| n * 10 + usize::from(b - b'0')))
}

/// The first item of `list` whose id is `id`: read at its number when the ids are `numbered`, else
/// found by a scan (exports that scanned for every event's quote and every quote's speaker took time
/// quadratic in the article).
fn by_id<'a, T>(list: &'a [T], numbered: bool, prefix: u8, id: &str, id_of: impl Fn(&T) -> &String) -> Option<&'a T> {
    if numbered {
        // Numbered ids are distinct: the item at the number is the only one with the id, if any.
        number(id, prefix).and_then(|n| list.get(n - 1))
    } else {
        list.iter().find(|x| id_of(x) == id)
    }
}

/// The Story's timeline as TimelineJS JSON: a title slide (headline, source) and one slide per event
/// whose year is known (TimelineJS needs a year: events dated `XXXX-…` or `PRESENT_REF` are left
/// out). An event's headline is its date as the article words it; the quotes linked to it become a
/// `<blockquote>` media with the speaker as credit.
pub fn timelinejs(story: &Story) -> String {
    let mut o = Out::new();
    o.item('{');
    o.open("title", '{');
    o.open("text", '{');
    o.str("headline", story.article.title.as_deref().unwrap_or("Timeline"));
    // Source and date, HTML-escaped, written as one JSON string.
    o.key("text");
    o.s.push('"');
    let mut sep = "";
    for part in [&story.article.source, &story.article.published].into_iter().flatten() {
        escape(&mut o.s, sep, false);
        escape(&mut o.s, part, true);
        sep = " · ";
    }
    o.s.push('"');
    o.close('}');
    o.close('}');
    o.open("events", '[');
    let quotes_numbered = numbered(&story.quotes, b'q', |q| &q.id);
    let speakers_numbered = numbered(&story.speakers, b's', |sp| &sp.id);
    for e in &story.events {
        // An event whose date has no known year is taken back out.
        let (at, first) = (o.s.len(), o.first);
        o.item('{');
        o.str("unique_id", &e.id);
        o.key("start_date");
        o.first = true;
        if !put_timelinejs_date(&mut o, &e.date.value) {
            o.s.truncate(at);
            o.first = first;
            continue;
        }
        o.str("display_date", &e.date.text);
        o.open("text", '{');
        o.str("headline", &e.date.text);
        o.key("text");
        write_html(&mut o.s, "<p>", &e.text, "</p>");
        o.close('}');
        if let Some(q) = e.quote_ids.first().and_then(|id| by_id(&story.quotes, quotes_numbered, b'q', id, |q| &q.id)) {
            o.open("media", '{');
            o.key("url");
            let (text, close) = media_quote(&q.text);
            write_html(&mut o.s, "<blockquote>", text, close);
            match speaker_of(story, speakers_numbered, q) {
                Some(sp) => o.str("credit", &sp.name),
                None => {
                    o.key("credit");
                    o.s.push_str("null");
                }
            }
            o.close('}');
        }
        o.close('}');
    }
    o.close(']');
    o.close('}');
    o.s
}

/// The Story's quotes as JSON-LD: a `schema.org` graph of `Quotation` items, each with its
/// `spokenByCharacter` (a `Person` with `jobTitle`) when the speaker is known, and `isPartOf` the
/// article. Safe to put inside `<script type="application/ld+json">` as is.
pub fn json_ld(story: &Story) -> String {
    let a = &story.article;
    // The article object, written once and repeated in every quotation.
    let mut art = Out::new();
    art.item('{');
    art.str("@type", "NewsArticle");
    for (k, v) in [("headline", &a.title), ("url", &a.url), ("datePublished", &a.published)] {
        if let Some(v) = v {
            art.str(k, v);
        }
    }
    if let Some(src) = &a.source {
        art.open("publisher", '{');
        art.str("@type", "Organization");
        art.str("name", src);
        art.close('}');
    }
    art.close('}');
    let mut o = Out::new();
    o.item('{');
    o.str("@context", "https://schema.org");
    o.open("@graph", '[');
    let speakers_numbered = numbered(&story.speakers, b's', |sp| &sp.id);
    for q in &story.quotes {
        o.item('{');
        o.str("@type", "Quotation");
        o.str("text", &q.text);
        o.str("inLanguage", &a.language);
        if let Some(sp) = speaker_of(story, speakers_numbered, q) {
            o.open("spokenByCharacter", '{');
            o.str("@type", "Person");
            o.str("name", &sp.name);
            if let Some(role) = &sp.role {
                o.str("jobTitle", role);
            }
            o.close('}');
        }
        o.key("isPartOf");
        o.s.push_str(&art.s);
        o.close('}');
    }
    o.close(']');
    o.close('}');
    o.s
}

/// The entities [`plain`] decodes.
const ENTITIES: &[(&str, char)] = &[
    ("&amp;", '&'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&quot;", '"'),
    ("&#39;", '\''),
    ("&apos;", '\''),
    ("&nbsp;", ' '),
];

/// Plain text of an HTML fragment from a TimelineJS file: tags dropped (block ends become spaces),
/// the common entities decoded, white space collapsed.
fn plain(htmlish: &str) -> String {
    let mut out = String::with_capacity(htmlish.len());
    let mut rest = htmlish;
    while let Some(i) = rest.bytes().position(|b| b == b'<' || b == b'&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            let end = crate::text::find_byte(rest, b'>').map_or(rest.len(), |e| e + 1);
            out.push(' ');
            rest = &rest[end..];
        } else {
            // The entity, or a lone `&`.
            let (mut c, mut len) = ('&', 1);
            for &(e, ch) in ENTITIES {
                if rest.starts_with(e) {
                    (c, len) = (ch, e.len());
                    break;
                }
            }
            out.push(c);
            rest = &rest[len..];
        }
    }
    out.push_str(rest);
    crate::text::collapse_white_space(&out)
}

/// A member of a TimelineJS date as a number: TimelineJS writes them as strings or numbers.
fn date_part(d: &Value, key: &str) -> Option<i64> {
    match d.get(key)? {
        Value::String(t) => crate::text::parse_i64(t.trim()),
        Value::Number(n) => crate::text::parse_i64(n.strip_suffix(".0").unwrap_or(n)),
        _ => None,
    }
}

/// The TIMEX3 value of a TimelineJS date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
fn timex_of(d: &Value) -> Option<(String, TimexType)> {
    let year = date_part(d, "year").filter(|y| (0..=9999).contains(y))?;
    let mut v = String::new();
    push_num(&mut v, year, 4);
    let mut kind = TimexType::Date;
    if let Some(m) = date_part(d, "month").filter(|m| (1..=12).contains(m)) {
        v.push('-');
        push_num(&mut v, m, 2);
        if let Some(day) = date_part(d, "day").filter(|x| (1..=31).contains(x)) {
            v.push('-');
            push_num(&mut v, day, 2);
            if let Some(h) = date_part(d, "hour").filter(|h| (0..=23).contains(h)) {
                let min = date_part(d, "minute")
                    .filter(|m| (0..=59).contains(m))
                    .unwrap_or(0);
                v.push('T');
                push_num(&mut v, h, 2);
                v.push(':');
                push_num(&mut v, min, 2);
                kind = TimexType::Time;
            }
        }
    }
    Some((v, kind))
}

fn text_field(v: &Value, key: &str) -> String {
    v.get("text")
        .and_then(|t| t.get(key))
        .and_then(Value::as_str)
        .map(plain)
        .unwrap_or_default()
}

/// Reads a TimelineJS JSON file (`{ title?, events: [{ start_date, text?, media?, display_date? }] }`)
/// as a Story: each dated slide becomes a paragraph and an event, in timeline order; a slide whose
/// media is a `<blockquote>` gives a quote, credited to the media's `credit`. Slides without a
/// `start_date.year` are skipped (TimelineJS itself rejects them); anything that is not a TimelineJS
/// file is a `bad-input` error.
pub fn from_timelinejs(input: &str) -> Result<Story, Error> {
    story_from_timelinejs(&json::parse(input)?)
}

/// [`from_timelinejs`] over a parsed value.
pub fn story_from_timelinejs(root: &Value) -> Result<Story, Error> {
    let Some(Value::Array(slides)) = root.get("events") else {
        return Err(Error::bad_input(
            "a TimelineJS file is a JSON object with an \"events\" array",
        ));
    };
    let title = root
        .get("title")
        .map(|t| text_field(t, "headline"))
        .filter(|t| !t.is_empty());
    let mut paragraphs = Vec::new();
    if let Some(t) = &title {
        paragraphs.push(Paragraph {
            kind: BlockKind::Heading,
            text: t.clone(),
        });
    }
    let mut dated = Vec::new();
    let (mut speakers, mut quotes): (Vec<Speaker>, Vec<Quote>) = (Vec::new(), Vec::new());
    // Where each speaker's name and each quote already are: a look-up, not a scan of all before it
    // (the scans made an import quadratic in its slides).
    let (mut speaker_at, mut quote_at) = (NameIndex::default(), NameIndex::default());
    for slide in slides {
        let Some((value, kind)) = slide.get("start_date").and_then(timex_of) else {
            continue;
        };
        let headline = text_field(slide, "headline");
        let body = text_field(slide, "text");
        let text = match (headline.is_empty(), body.is_empty()) {
            (false, false) if find_str(&body, &headline).is_none() => crate::text::cat(&[&headline, ": ", &body]),
            (_, false) => body,
            _ => headline,
        };
        let display = slide
            .get("display_date")
            .and_then(Value::as_str)
            .map(plain)
            .filter(|d| !d.is_empty());
        let date_text = display.unwrap_or_else(|| value.clone());
        let (ds, de) = match find_str(&text, &date_text) {
            Some(i) => (
                utf16_len(&text[..i]),
                utf16_len(&text[..i + date_text.len()]),
            ),
            None => (0, 0),
        };
        let paragraph = paragraphs.len();
        let mut quote_ids = Vec::new();
        let media = slide
            .get("media")
            .and_then(|m| m.get("url"))
            .and_then(Value::as_str)
            .unwrap_or("");
        if media.trim_start().starts_with("<blockquote") {
            let words = plain(media);
            if !words.is_empty() {
                let credit = slide
                    .get("media")
                    .and_then(|m| m.get("credit"))
                    .and_then(Value::as_str)
                    .map(plain)
                    .filter(|c| !c.is_empty());
                let speaker_id =
                    credit.map(|name| match speaker_at.get(&name) {
                        Some(i) => speakers[i].id.clone(),
                        None => {
                            let id = crate::error::id("s", speakers.len() + 1);
                            speaker_at.insert_new(&name, speakers.len());
                            speakers.push(Speaker {
                                id: id.clone(),
                                name,
                                role: None,
                                aliases: Vec::new(),
                            });
                            id
                        }
                    });
                // A quote linked to several events travels with each of them: read it once. Its key
                // is the speaker's id (never a NUL), a NUL, and its words.
                let key = crate::text::cat(&[speaker_id.as_deref().unwrap_or(""), "\0", &words]);
                if let Some(i) = quote_at.get(&key) {
                    quote_ids.push(quotes[i].id.clone());
                } else {
                    let id = crate::error::id("q", quotes.len() + 1);
                    quote_at.insert_new(&key, quotes.len());
                    quote_ids.push(id.clone());
                    quotes.push(Quote {
                        id,
                        text: words,
                        kind: crate::quotes::QuoteKind::Direct,
                        speaker_id,
                        mention: None,
                        cue: None,
                        paragraph,
                        start: 0,
                        end: 0,
                        end_paragraph: paragraph,
                        end_offset: 0,
                    });
                }
            }
        }
        let end = utf16_len(&text);
        paragraphs.push(Paragraph {
            kind: BlockKind::Paragraph,
            text: text.clone(),
        });
        dated.push(Event {
            id: String::new(),
            text,
            date: DateInfo {
                text: date_text,
                value,
                modifier: None,
                kind,
                start: ds,
                end: de,
            },
            paragraph,
            start: 0,
            end,
            quote_ids,
        });
    }
    // Stable: slides with equal dates keep the file's order.
    crate::text::sort::sort_by_key(&mut dated, |e| crate::timeline::sort_key(&e.date.value, None));
    for (i, e) in dated.iter_mut().enumerate() {
        e.id = crate::error::id("e", i + 1);
    }
    Ok(Story {
        article: ArticleInfo {
            id: None,
            title,
            published: None,
            source: None,
            url: None,
            language: "en".to_string(),
        },
        paragraphs,
        speakers,
        quotes,
        events: dated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::String(v.to_string())
    }

    fn obj(members: Vec<(&str, Value)>) -> Value {
        Value::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }
    use crate::{extract, parse_article, Options};

    fn story(text: &str) -> Story {
        extract(&parse_article(text).unwrap(), &Options::default())
    }

    #[test]
    fn writer_escapes_what_could_close_a_script_element() {
        let v = obj(vec![("t", s("a</script><b>\"q\"\n&"))]);
        let out = write(&v);
        assert_eq!(
            out,
            r#"{"t":"a\u003c/script\u003e\u003cb\u003e\"q\"\n\u0026"}"#
        );
        assert_eq!(json::parse(&out).unwrap(), v);
    }

    #[test]
    fn timex_values_become_timelinejs_dates() {
        let d = |v: &str| timelinejs_date(v);
        assert_eq!(
            d("2026-02-05").as_deref(),
            Some(r#"{"year":"2026","month":"2","day":"5"}"#)
        );
        assert_eq!(
            d("2026-01").as_deref(),
            Some(r#"{"year":"2026","month":"1"}"#)
        );
        assert_eq!(d("2026").as_deref(), Some(r#"{"year":"2026"}"#));
        assert_eq!(
            d("2026-Q3").as_deref(),
            Some(r#"{"year":"2026","month":"7"}"#)
        );
        assert_eq!(
            d("2026-SU").as_deref(),
            Some(r#"{"year":"2026","month":"6"}"#)
        );
        assert_eq!(
            d("2026-W06").as_deref(),
            Some(r#"{"year":"2026","month":"2"}"#)
        );
        assert_eq!(d("202").as_deref(), Some(r#"{"year":"2020"}"#));
        assert_eq!(
            d("2026-02-05T14:30").as_deref(),
            Some(r#"{"year":"2026","month":"2","day":"5","hour":"14","minute":"30"}"#)
        );
        assert_eq!(d("XXXX-02-05"), None);
        assert_eq!(d("PRESENT_REF"), None);
    }

    #[test]
    fn timelinejs_export_has_a_title_slide_and_dated_events_with_their_quotes() {
        let st = story(
            "---\npublished: 2025-06-10\nsource: Harbour Gazette\n---\nFerry <returns> & sails\n\
             The ferry stopped on May 2. \"We missed it badly,\" said Tom Okafor, a fisherman, on June 9.",
        );
        let out = timelinejs(&st);
        let v = json::parse(&out).unwrap();
        assert_eq!(
            v.get("title")
                .and_then(|t| t.get("text"))
                .and_then(|t| t.get("headline"))
                .and_then(Value::as_str),
            Some("Ferry <returns> & sails")
        );
        let Some(Value::Array(events)) = v.get("events") else {
            panic!("no events: {out}")
        };
        assert_eq!(events.len(), st.events.len());
        assert!(events.len() >= 2, "{out}");
        let first = &events[0];
        assert_eq!(
            first
                .get("start_date")
                .and_then(|d| d.get("month"))
                .and_then(Value::as_str),
            Some("5")
        );
        assert_eq!(
            first
                .get("start_date")
                .and_then(|d| d.get("year"))
                .and_then(Value::as_str),
            Some("2025")
        );
        // The quote linked to the June event travels as a blockquote media credited to its speaker.
        let quoted = events
            .iter()
            .find(|e| e.get("media").is_some())
            .expect("an event with a quote");
        let media = quoted.get("media").unwrap();
        assert_eq!(
            media.get("url").and_then(Value::as_str),
            Some("<blockquote>We missed it badly</blockquote>")
        );
        assert_eq!(
            media.get("credit").and_then(Value::as_str),
            Some("Tom Okafor")
        );
        assert!(!out.contains('<'), "HTML in strings is \\u-escaped: {out}");
    }

    #[test]
    fn events_without_a_known_year_are_left_out_of_timelinejs() {
        let st = story("Title\nThe depot shut on April 4.");
        assert_eq!(st.events.len(), 1);
        assert_eq!(st.events[0].date.value, "XXXX-04-04");
        let v = json::parse(&timelinejs(&st)).unwrap();
        assert_eq!(v.get("events"), Some(&Value::Array(vec![])));
    }

    #[test]
    fn timelinejs_round_trips_dates_texts_and_quotes() {
        let st = story(
            "---\npublished: 2025-06-10\n---\nFerry returns\n\
             The ferry stopped on May 2. \"We missed it badly,\" said Tom Okafor, a fisherman, on June 9.",
        );
        let back = from_timelinejs(&timelinejs(&st)).unwrap();
        assert_eq!(back.article.title.as_deref(), Some("Ferry returns"));
        let values: Vec<_> = back.events.iter().map(|e| e.date.value.as_str()).collect();
        let orig: Vec<_> = st.events.iter().map(|e| e.date.value.as_str()).collect();
        assert_eq!(values, orig);
        assert_eq!(back.quotes.len(), 1);
        assert_eq!(back.speakers[0].name, "Tom Okafor");
        assert_eq!(back.quotes[0].speaker_id.as_deref(), Some("s1"));
        for e in &back.events {
            // Every index and offset points into the Story, as the contract says.
            let p = &back.paragraphs[e.paragraph].text;
            assert_eq!(&e.text, p);
            assert_eq!(e.end, utf16_len(p));
            assert!(e.date.end <= utf16_len(&e.text));
        }
        let june = back
            .events
            .iter()
            .find(|e| e.date.value == "2025-06-09")
            .unwrap();
        assert_eq!(june.quote_ids, vec!["q1"]);
        assert_eq!(
            june.text,
            "\"We missed it badly,\" said Tom Okafor, a fisherman, on June 9."
        );
        assert_eq!(&june.text[june.date.start..june.date.end], "June 9");
    }

    #[test]
    fn timelinejs_import_reads_numbers_html_and_sorts() {
        let file = r#"{ "title": { "text": { "headline": "<b>Storm</b> season" } },
          "events": [
            { "start_date": { "year": 2024, "month": 11, "day": 3 }, "text": { "headline": "Landfall", "text": "<p>Winds reached 150&nbsp;km/h &amp; more.</p>" } },
            { "start_date": { "year": "2024", "month": "10" }, "display_date": "October", "text": { "text": "Warnings issued in October." } },
            { "text": { "headline": "No date: skipped" } },
            { "start_date": { "year": "2024", "month": "10", "day": "5", "hour": "9" }, "text": { "headline": "Evacuation" } }
          ] }"#;
        let st = from_timelinejs(file).unwrap();
        assert_eq!(st.article.title.as_deref(), Some("Storm season"));
        let got: Vec<_> = st
            .events
            .iter()
            .map(|e| (e.id.as_str(), e.date.value.as_str(), e.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("e1", "2024-10", "Warnings issued in October."),
                ("e2", "2024-10-05T09:00", "Evacuation"),
                (
                    "e3",
                    "2024-11-03",
                    "Landfall: Winds reached 150 km/h & more."
                ),
            ]
        );
        assert_eq!(st.events[0].date.text, "October");
        assert_eq!((st.events[0].date.start, st.events[0].date.end), (19, 26));
        assert_eq!(st.events[1].date.kind, TimexType::Time);
    }

    #[test]
    fn timelinejs_import_rejects_what_is_not_a_timeline() {
        for bad in [
            "{\"body\": \"text\"}",
            "[]",
            "{\"events\": 3}",
            "{\"events\": [",
            "not json",
        ] {
            let e = from_timelinejs(bad).unwrap_err();
            assert_eq!(e.code, crate::ErrorCode::BadInput, "{bad}");
        }
        // Hostile but well-formed input never panics.
        let st = from_timelinejs(r#"{"events":[{"start_date":{"year":"99999"}},{"start_date":{"year":"-1"}},{"start_date":{"year":"2020","month":"13","day":"40"},"text":{"headline":"<"}}]}"#).unwrap();
        assert_eq!(st.events.len(), 1);
        assert_eq!(st.events[0].date.value, "2020");
    }

    #[test]
    fn json_ld_lists_quotations_with_their_speakers() {
        let st = story(
            "---\npublished: 2025-06-10\nurl: https://news.example/ferry\nsource: Harbour Gazette\n---\nFerry returns\n\
             \"We missed it badly,\" said Tom Okafor, a fisherman. \"It is </script> time,\" someone wrote.",
        );
        let out = json_ld(&st);
        assert!(!out.contains("</script>"));
        let v = json::parse(&out).unwrap();
        assert_eq!(
            v.get("@context").and_then(Value::as_str),
            Some("https://schema.org")
        );
        let Some(Value::Array(graph)) = v.get("@graph") else {
            panic!("{out}")
        };
        assert_eq!(graph.len(), st.quotes.len());
        let q = &graph[0];
        assert_eq!(q.get("@type").and_then(Value::as_str), Some("Quotation"));
        assert_eq!(
            q.get("text").and_then(Value::as_str),
            Some("We missed it badly")
        );
        let who = q.get("spokenByCharacter").unwrap();
        assert_eq!(who.get("@type").and_then(Value::as_str), Some("Person"));
        assert_eq!(who.get("name").and_then(Value::as_str), Some("Tom Okafor"));
        let part = q.get("isPartOf").unwrap();
        assert_eq!(
            part.get("url").and_then(Value::as_str),
            Some("https://news.example/ferry")
        );
        assert_eq!(
            part.get("datePublished").and_then(Value::as_str),
            Some("2025-06-10")
        );
    }

    // The exporters as they were when they built a `Value` tree and wrote it: the streaming writer
    // must write the very same text.
    fn opt(v: Option<&str>) -> Value {
        v.map_or(Value::Null, s)
    }

    /// The TimelineJS date (`{ year, month?, day?, hour?, minute? }`) of a TIMEX3 value, when the value
    /// has a known year. Weeks, quarters and seasons start at their first month; a decade at its first
    /// year.
    fn old_timelinejs_date(value: &str) -> Option<Value> {
        let (date, time) = value.split_once('T').unwrap_or((value, ""));
        let mut parts = date.split('-');
        let y = parts.next()?;
        if !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year = match y.len() {
            4 => y.trim_start_matches('0').to_string(),
            3 => format!("{y}0"), // a decade: 202 is the 2020s
            _ => return None,
        };
        let mut members = vec![("year", s(if year.is_empty() { "0" } else { &year }))];
        let num = |p: &str| crate::text::parse_u32(p);
        match parts.next() {
            Some(p) if p.len() == 2 && num(p).is_some() => {
                members.push(("month", s(&num(p)?.to_string())));
                if let Some(d) = parts.next().and_then(num) {
                    members.push(("day", s(&d.to_string())));
                    let mut hm = time.split(':').map(num);
                    if let (Some(Some(h)), Some(Some(m))) = (hm.next(), hm.next()) {
                        members.push(("hour", s(&h.to_string())));
                        members.push(("minute", s(&m.to_string())));
                    }
                }
            }
            Some(p) => {
                let month = match p {
                    "Q1" | "WI" => 1,
                    "SP" => 3,
                    "Q2" => 4,
                    "SU" => 6,
                    "Q3" => 7,
                    "FA" | "AU" => 9,
                    "Q4" => 10,
                    w if w.starts_with('W') => (num(&w[1..])?.saturating_sub(1) * 7 / 31 + 1).min(12),
                    _ => return None,
                };
                members.push(("month", s(&month.to_string())));
            }
            None => {}
        }
        Some(obj(members))
    }

    fn old_timelinejs(story: &Story) -> String {
        let mut events = Vec::new();
        for e in &story.events {
            let Some(start) = old_timelinejs_date(&e.date.value) else {
                continue;
            };
            let mut members = vec![
                ("unique_id", s(&e.id)),
                ("start_date", start),
                ("display_date", s(&e.date.text)),
                (
                    "text",
                    obj(vec![
                        ("headline", s(&e.date.text)),
                        ("text", s(&format!("<p>{}</p>", html(&e.text)))),
                    ]),
                ),
            ];
            if let Some(q) = e
                .quote_ids
                .first()
                .and_then(|id| story.quotes.iter().find(|q| &q.id == id))
            {
                let speaker = q
                    .speaker_id
                    .as_ref()
                    .and_then(|id| story.speakers.iter().find(|sp| &sp.id == id));
                members.push((
                    "media",
                    obj(vec![
                        (
                            "url",
                            s(&format!("<blockquote>{}</blockquote>", html(&q.text))),
                        ),
                        ("credit", opt(speaker.map(|sp| sp.name.as_str()))),
                    ]),
                ));
            }
            events.push(obj(members));
        }
        let mut title_text = Vec::new();
        if let Some(source) = &story.article.source {
            title_text.push(html(source));
        }
        if let Some(p) = &story.article.published {
            title_text.push(html(p));
        }
        let title = obj(vec![(
            "text",
            obj(vec![
                (
                    "headline",
                    s(story.article.title.as_deref().unwrap_or("Timeline")),
                ),
                ("text", s(&title_text.join(" · "))),
            ]),
        )]);
        write(&obj(vec![
            ("title", title),
            ("events", Value::Array(events)),
        ]))
    }

    fn old_json_ld(story: &Story) -> String {
        let a = &story.article;
        let mut article = vec![("@type", s("NewsArticle"))];
        if let Some(t) = &a.title {
            article.push(("headline", s(t)));
        }
        if let Some(u) = &a.url {
            article.push(("url", s(u)));
        }
        if let Some(p) = &a.published {
            article.push(("datePublished", s(p)));
        }
        if let Some(src) = &a.source {
            article.push((
                "publisher",
                obj(vec![("@type", s("Organization")), ("name", s(src))]),
            ));
        }
        let article = obj(article);
        let graph = story
            .quotes
            .iter()
            .map(|q| {
                let mut m = vec![
                    ("@type", s("Quotation")),
                    ("text", s(&q.text)),
                    ("inLanguage", s(&a.language)),
                ];
                if let Some(sp) = q
                    .speaker_id
                    .as_ref()
                    .and_then(|id| story.speakers.iter().find(|sp| &sp.id == id))
                {
                    let mut person = vec![("@type", s("Person")), ("name", s(&sp.name))];
                    if let Some(role) = &sp.role {
                        person.push(("jobTitle", s(role)));
                    }
                    m.push(("spokenByCharacter", obj(person)));
                }
                m.push(("isPartOf", article.clone()));
                obj(m)
            })
            .collect();
        write(&obj(vec![
            ("@context", s("https://schema.org")),
            ("@graph", Value::Array(graph)),
        ]))
    }


    #[test]
    fn the_streaming_exporters_write_what_the_value_tree_wrote() {
        let mut stories: Vec<Story> = crate::dataset::all().iter().map(|a| extract(a, &Options::default())).collect();
        for text in [
            "Title\nThe depot shut on April 4.",
            "---\npublished: 2025-06-10\nsource: Harbour <Gazette> & \"Post\"\nurl: https://example.org/a?b=1&c=2\n---\nFerry <returns> & sails\n\
             The ferry stopped on May 2. \"We missed it <badly> & more,\" said Tom Okafor, a fisherman, on June 9.\n\
             \"It is back,\" Okafor said on 10 June 2025 at 14:30. In the 2020s, in Q3 2024 and in summer 2023 the \
             harbour grew; in week 6 of 2026 it closed. \"Line\u{2028}break\" said Ana Ruiz.",
            "No dates and no quotes here at all.",
            "---\npublished: 2024-01-02\n---\n\n\"First,\" said the minister on Monday. \"Second,\" she added yesterday.",
        ] {
            stories.push(story(text));
        }
        let st = from_timelinejs(&timelinejs(&stories[1])).unwrap();
        stories.push(st);
        assert!(stories.iter().any(|st| timelinejs(st).contains("\"credit\":\"")), "a credited quote is covered");
        assert!(stories.iter().any(|st| json_ld(st).contains("jobTitle")), "a speaker's role is covered");
        assert!(stories.iter().any(|st| json_ld(st).contains("publisher")), "a source is covered");
        for st in &stories {
            assert_eq!(timelinejs(st), old_timelinejs(st));
            assert_eq!(json_ld(st), old_json_ld(st));
            for e in &st.events {
                assert_eq!(timelinejs_date(&e.date.value), old_timelinejs_date(&e.date.value).map(|d| write(&d)));
            }
        }
        for v in ["2026-02-05T14:30", "0000", "0099-03", "199", "2026-W53", "2026-W", "2026-Wx", "2026-FA", "2026-XX", "20x6", "2026-02-xx", ""] {
            assert_eq!(timelinejs_date(v), old_timelinejs_date(v).map(|d| write(&d)), "{v}");
        }
    }

    fn old_timex_of(d: &Value) -> Option<(String, TimexType)> {
        let year = date_part(d, "year").filter(|y| (0..=9999).contains(y))?;
        let mut v = format!("{year:04}");
        let mut kind = TimexType::Date;
        if let Some(m) = date_part(d, "month").filter(|m| (1..=12).contains(m)) {
            v.push_str(&format!("-{m:02}"));
            if let Some(day) = date_part(d, "day").filter(|x| (1..=31).contains(x)) {
                v.push_str(&format!("-{day:02}"));
                if let Some(h) = date_part(d, "hour").filter(|h| (0..=23).contains(h)) {
                    let min = date_part(d, "minute").filter(|m| (0..=59).contains(m)).unwrap_or(0);
                    v.push_str(&format!("T{h:02}:{min:02}"));
                    kind = TimexType::Time;
                }
            }
        }
        Some((v, kind))
    }

    #[test]
    fn timelinejs_dates_read_as_the_formatted_values_did() {
        for src in [
            r#"{"year":"7"}"#, r#"{"year":2026,"month":2}"#, r#"{"year":"2026","month":"11","day":"5"}"#,
            r#"{"year":"99","month":"1","day":"31","hour":"0","minute":"5"}"#, r#"{"year":9999,"month":12,"day":1,"hour":23}"#,
            r#"{"year":"10000"}"#, r#"{"year":"-1"}"#, r#"{"year":"2026","month":"13"}"#, r#"{"year":"2026.0","month":"3.0"}"#,
            r#"{"month":"3"}"#, r#"{"year":"0","month":"1","day":"1","hour":"24"}"#,
        ] {
            let d = json::parse(src).unwrap();
            assert_eq!(timex_of(&d), old_timex_of(&d), "{src}");
        }
    }
}

#[cfg(test)]
mod scaling_tests {
    use crate::{extract, parse_article, Options};

    /// Each paragraph one quote by its own speaker and a dated event linked to it.
    fn story(n: usize) -> crate::Story {
        let mut text = String::from("Harbour notes\n\n");
        for i in 0..n {
            text.push_str(&format!("\"The pier held up {i}\", said Keeper{i} Lund on 3 March 2025.\n\n"));
        }
        extract(&parse_article(&text).unwrap(), &Options::default())
    }

    /// The fastest of five runs of `f`, in seconds.
    fn best(f: impl Fn() -> usize) -> f64 {
        (0..5)
            .map(|_| {
                let t = std::time::Instant::now();
                assert!(f() > 0);
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    }

    #[test]
    fn quotes_and_speakers_are_found_by_id_however_the_ids_run() {
        assert_eq!((super::number("q12", b'q'), super::number("q1", b'q')), (Some(12), Some(1)));
        for id in ["q0", "q01", "s1", "q", "q1x", "q+1", "", "q１"] {
            assert_eq!(super::number(id, b'q'), None, "{id}");
        }
        let mut s = story(3);
        let (tl, ld) = (super::timelinejs(&s), super::json_ld(&s));
        assert!(tl.contains("Keeper2 Lund") && ld.contains("Keeper2 Lund"));
        // Ids out of their order, repeated or of another form: the first item with the id, as a scan finds.
        s.quotes.swap(0, 2);
        s.speakers.swap(0, 1);
        assert_eq!((super::timelinejs(&s), super::json_ld(&s).len()), (tl.clone(), ld.len()));
        s.quotes[1].id = "q1".into();
        s.speakers[2].id = "s01".into();
        let tl2 = super::timelinejs(&s);
        // Event 1's quote `q1`: the first of the two (the second paragraph's); quote 3's speaker `s3` is gone.
        assert!(tl2.contains(r#"blockquote\u003eThe pier held up 1\u003c/blockquote\u003e","credit":"Keeper1 Lund""#), "{tl2}");
        assert!(tl2.contains(r#"The pier held up 2\u003c/blockquote\u003e","credit":null"#), "{tl2}");
    }

    #[test]
    fn exports_take_time_linear_in_the_quotes_and_events() {
        let (small, large) = (story(1_500), story(6_000));
        assert_eq!((large.quotes.len(), large.speakers.len()), (6_000, 6_000));
        assert!(large.events.len() >= 6_000 && large.events.iter().all(|e| !e.quote_ids.is_empty()));
        let t = |s: &crate::Story| best(|| super::timelinejs(s).len() + super::json_ld(s).len());
        let (a, b) = (t(&small), t(&large));
        // Quadratic (each event and quote looking its quote and speaker up by a scan) is sixteen times.
        assert!(b < 8.0 * a, "1,500: {:.1} ms; 6,000: {:.1} ms", a * 1e3, b * 1e3);
    }

    /// A TimelineJS file of `n` slides, each with a blockquote credited to a clerk of its own. Names
    /// and quotes of one length that differ only at the end: what makes a scan compare them whole.
    fn slides(n: usize) -> String {
        let events: Vec<String> = (0..n)
            .map(|i| {
                format!(
                    r#"{{"start_date":{{"year":"{}","month":"{}"}},"text":{{"headline":"Vote {i}"}},"media":{{"url":"<blockquote>The harbour board carried the motion on the ferry timetable, the pier repairs and the winter fares, number {i:05}.</blockquote>","credit":"Clerk of the harbour board Abara {i:05}"}}}}"#,
                    1900 + i % 120,
                    1 + i % 12
                )
            })
            .collect();
        format!(r#"{{"events":[{}]}}"#, events.join(","))
    }

    #[test]
    fn timelinejs_import_reads_each_speaker_and_quote_once() {
        let slide = |year: u32, quote: &str, credit: Option<&str>| {
            let credit = credit.map_or("null".to_string(), |c| format!("\"{c}\""));
            format!(r#"{{"start_date":{{"year":"{year}"}},"text":{{"text":"Ferry news {year}"}},"media":{{"url":"<blockquote>{quote}</blockquote>","credit":{credit}}}}}"#)
        };
        let file = format!(
            r#"{{"events":[{}]}}"#,
            [
                slide(2001, "The ferry sails.", Some("Odile Brand")),
                slide(2002, "The ferry sails.", Some("Odile <b>Brand</b>")), // the same speaker, the same quote
                slide(2003, "The ferry sails.", Some("Piet Hollis")),        // the same words, another speaker
                slide(2004, "The ferry sails.", None),                       // no speaker
                slide(2005, "The ferry sails.", Some("")),                   // an empty credit is none
                slide(2006, "Tickets cost more.", Some("Piet Hollis")),
                slide(2007, "The&nbsp;ferry sails.", Some("Odile Brand")),  // the same words once plain
            ]
            .join(",")
        );
        let st = super::from_timelinejs(&file).unwrap();
        let names: Vec<_> = st.speakers.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect();
        assert_eq!(names, [("s1", "Odile Brand"), ("s2", "Piet Hollis")]);
        let quotes: Vec<_> =
            st.quotes.iter().map(|q| (q.id.as_str(), q.text.as_str(), q.speaker_id.as_deref())).collect();
        assert_eq!(
            quotes,
            [
                ("q1", "The ferry sails.", Some("s1")),
                ("q2", "The ferry sails.", Some("s2")),
                ("q3", "The ferry sails.", None),
                ("q4", "Tickets cost more.", Some("s2")),
            ]
        );
        let links: Vec<_> = st.events.iter().map(|e| e.quote_ids.join(" ")).collect();
        assert_eq!(links, ["q1", "q1", "q2", "q3", "q3", "q4", "q1"]);
    }

    #[test]
    fn timelinejs_import_takes_time_linear_in_the_slides() {
        let (small, large) = (slides(2_000), slides(8_000));
        let st = super::from_timelinejs(&large).unwrap();
        assert_eq!((st.quotes.len(), st.speakers.len(), st.events.len()), (8_000, 8_000, 8_000));
        let t = |f: &str| best(|| super::from_timelinejs(f).unwrap().quotes.len());
        let (a, b) = (t(&small), t(&large));
        // Linear is four times (five to six and a half measured in a debug build on a loaded machine:
        // the larger heap); the scans of the slides before (for each slide's speaker and quote) made it
        // twelve in a debug build, sixteen once they outweigh the rest.
        assert!(b < 8.0 * a, "2,000: {:.1} ms; 8,000: {:.1} ms", a * 1e3, b * 1e3);
    }

    #[test]
    fn a_long_quote_linked_from_many_dates_is_cut_in_each_media() {
        use super::{media_quote, timelinejs, MAX_MEDIA_QUOTE};
        use crate::json::{self, Value};
        // One quote runs the length of a paragraph with a date in every clause: each event links it.
        let mut text = String::from("Title\nAna Ruiz said: \u{201c}");
        for y in 1500..1800 {
            text.push_str(&format!("in {y} the quay stood at mark {}, ", y % 7));
        }
        text.push_str("and that is all.\u{201d}");
        let story = crate::extract(&crate::parse_article(&text).unwrap(), &crate::story::Options::default());
        assert_eq!(story.quotes.len(), 1);
        assert!(story.quotes[0].text.len() > 5 * MAX_MEDIA_QUOTE);
        assert!(story.events.len() >= 300 && story.events.iter().all(|e| e.quote_ids == [story.quotes[0].id.clone()]));
        let out = timelinejs(&story);
        // Linear: each event's media holds at most MAX_MEDIA_QUOTE bytes of the quote.
        assert!(out.len() < story.events.len() * (3 * MAX_MEDIA_QUOTE + 1_000), "{}", out.len());
        let v = json::parse(&out).unwrap();
        let Some(Value::Array(events)) = v.get("events") else { panic!("no events") };
        let Some(Value::Object(media)) = events[0].get("media") else { panic!("no media") };
        let Some((_, Value::String(url))) = media.iter().find(|(k, _)| k == "url") else { panic!("no url") };
        // The quote's first words, cut after a whole word, marked as cut.
        assert!(url.starts_with("<blockquote>in 1500 the quay stood at mark 2, in 1501"), "{url}");
        assert!(url.ends_with("\u{2026}</blockquote>"), "{url}");
        let shown = &url["<blockquote>".len()..url.len() - "\u{2026}</blockquote>".len()];
        assert!(shown.len() <= MAX_MEDIA_QUOTE && story.quotes[0].text.starts_with(shown));
        assert_eq!(story.quotes[0].text.as_bytes()[shown.len()], b' ');
        // A short quote is shown whole.
        assert_eq!(media_quote("the quay is shut"), ("the quay is shut", "</blockquote>"));
        assert_eq!(media_quote(&"ab ".repeat(1_000)).0.len(), 1_997);
        assert_eq!(media_quote(&"ü".repeat(1_500)).0.len(), 2_000);
    }
}
