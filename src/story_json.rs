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

/// TIMEX3 `mod` values (ISO-TimeML), the ones `date.mod` may hold (space-separated).
const MODS: &str = "START MID END APPROX BEFORE AFTER ON_OR_BEFORE ON_OR_AFTER LESS_THAN MORE_THAN EQUAL_OR_LESS EQUAL_OR_MORE";

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

/// The reader's state: where it is (for messages) and the first error. Every field is read by one
/// call that never fails (a wrong field gives a default value and records the error), so that each
/// field costs one call in the wasm and not a branch per `?`; the caller checks `err` at the end.
struct Reader {
    /// The list being read (`quotes`) and the item's index in it; `usize::MAX` for none.
    list: &'static str,
    index: usize,
    err: Option<Error>,
}

impl Reader {
    /// Records `what` about `field` (`mention.end`) of the current item, unless an error is already
    /// recorded (the first one is the one to fix).
    #[inline(never)]
    fn fail(&mut self, field: &str, what: &str) {
        if self.err.is_some() {
            return;
        }
        let mut m = String::from("Story JSON: ");
        m.push_str(self.list);
        if self.index != usize::MAX {
            m.push('[');
            crate::json_out::push_u64(&mut m, self.index as u64);
            m.push(']');
        }
        if !field.is_empty() {
            m.push('.');
            m.push_str(field);
        }
        m.push(' ');
        m.push_str(what);
        self.err = Some(Error::bad_input(m));
    }

    /// `what`, then ", not " and the type of `got`.
    #[inline(never)]
    fn wrong(&mut self, field: &str, what: &str, got: &Value) {
        self.fail(field, &crate::text::cat(&[what, ", not ", got.type_name()]));
    }

    /// The member a field names (the last part of `mention.end`), `None` (recorded) when missing.
    #[inline(never)]
    fn get<'v>(&mut self, v: &'v Value, field: &str) -> Option<&'v Value> {
        // (A byte search: `rsplit` brings its own searcher into the wasm.)
        let key = field.bytes().rposition(|b| b == b'.').map_or(field, |i| &field[i + 1..]);
        let found = v.get(key);
        if found.is_none() {
            self.fail(field, "is missing");
        }
        found
    }

    /// Whether `v` is an object (recorded when not).
    #[inline(never)]
    fn obj(&mut self, v: &Value, field: &str) -> bool {
        let ok = matches!(v, Value::Object(_));
        if !ok {
            self.wrong(field, "must be an object", v);
        }
        ok
    }

    /// A string, read into `to` (left empty when wrong). Every string is read into the field it
    /// fills (a size measure: no `String` moved out of a return slot at each call).
    /// Gives the string read (empty when wrong), as the JSON value holds it: the lists' ids are
    /// gathered from it.
    #[inline(never)]
    fn str<'v>(&mut self, to: &mut String, v: &'v Value, field: &str) -> &'v str {
        match self.get(v, field) {
            Some(Value::String(s)) => {
                to.push_str(s);
                return s;
            }
            Some(other) => self.wrong(field, "must be a string", other),
            None => {}
        }
        ""
    }

    /// A string or null, read into `to` (left `None` when null or wrong); absent counts as null.
    #[inline(never)]
    fn opt(&mut self, to: &mut Option<String>, v: &Value, field: &str) {
        match v.get(field) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => *to = Some(s.clone()),
            Some(other) => self.wrong(field, "must be a string or null", other),
        }
    }

    /// A whole number, small enough for the JS edge's 32-bit offsets.
    #[inline(never)]
    fn num(&mut self, v: &Value, field: &str) -> usize {
        match self.get(v, field) {
            Some(Value::Number(s)) if !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()) => {
                return s.bytes().fold(0usize, |n, b| n * 10 + usize::from(b - b'0'));
            }
            Some(Value::Number(_)) => self.fail(field, "must be a whole number from 0 to 999999999"),
            Some(other) => self.wrong(field, "must be a number", other),
            None => {}
        }
        0
    }

    /// An array's items; absent is empty when `optional`.
    #[inline(never)]
    fn arr<'v>(&mut self, v: &'v Value, field: &str, optional: bool) -> &'v [Value] {
        match v.get(field) {
            Some(Value::Array(items)) => return items,
            Some(other) => self.wrong(field, "must be an array", other),
            None if !optional => self.fail(field, "is missing"),
            None => {}
        }
        &[]
    }

    /// The index of the string among `names` (space-separated); 0 when it is none (recorded).
    #[inline(never)]
    fn pick(&mut self, v: &Value, field: &str, names: &str) -> usize {
        let mut s = String::new();
        self.str(&mut s, v, field);
        match crate::text::split_byte(names, b' ').position(|n| n == s) {
            Some(i) => i,
            None => {
                if self.err.is_none() {
                    self.fail(field, &crate::text::cat(&["must be one of ", names, ", not ", &crate::error::quoted(&s)]));
                }
                0
            }
        }
    }

    /// A paragraph index and its text's UTF-16 length (`lens`), checked.
    #[inline(never)]
    fn paragraph(&mut self, v: &Value, field: &str, lens: &[usize]) -> (usize, usize) {
        let p = self.num(v, field);
        match lens.get(p) {
            Some(&len) => (p, len),
            None => {
                self.fail(field, "points past the last paragraph");
                (0, 0)
            }
        }
    }

    /// The fields `fs` and `fe` (`start`, `end`, `date.start`, …) of `v`, checked: `start <= end <= len`.
    #[inline(never)]
    fn span(&mut self, v: &Value, fs: &str, fe: &str, len: usize) -> (usize, usize) {
        let (start, end) = (self.num(v, fs), self.num(v, fe));
        if end > len {
            self.fail(fe, "is past the end of its text");
        } else if start > end {
            self.fail(fs, "is after its end");
        }
        (start.min(end), end)
    }

    /// The ids of `list`'s items, sorted, for look-ups by binary search (time n log n however long
    /// the lists, never quotes × speakers); records an id that two items share.
    #[inline(never)]
    fn ids<'a>(&mut self, list: &'static str, mut ids: Vec<&'a str>) -> Vec<&'a str> {
        crate::text::sort::sort_by(&mut ids, |a, b| a < b);
        if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
            self.at(list, usize::MAX);
            self.fail("", &crate::text::cat(&["holds the id ", &crate::error::quoted(w[0]), " twice"]));
        }
        ids
    }

    /// A string in `ids` (the sorted ids of a list read before), for `field`; `what` names the list.
    #[inline(never)]
    fn refers(&mut self, field: &str, id: &str, ids: &[&str], what: &str) {
        if ids.binary_search(&id).is_err() {
            self.fail(field, what);
        }
    }

    /// Starts item `index` of `list`.
    fn at(&mut self, list: &'static str, index: usize) {
        self.list = list;
        self.index = index;
    }
}

/// Reads a Story from a parsed JSON value (see the module's docs for what is checked).
pub fn from_value(root: &Value) -> Result<Story, Error> {
    let mut r = Reader { list: "story", index: usize::MAX, err: None };
    if !r.obj(root, "") {
        return Err(r.err.unwrap_or_else(|| Error::bad_input("")));
    }

    let av = r.get(root, "article").unwrap_or(&Value::Null);
    r.at("article", usize::MAX);
    let mut article = ArticleInfo { id: None, title: None, published: None, source: None, url: None, language: "en".into() };
    if r.obj(av, "") {
        r.opt(&mut article.id, av, "id");
        r.opt(&mut article.title, av, "title");
        r.opt(&mut article.published, av, "published");
        if article.published.as_deref().is_some_and(|p| Date::parse_iso(p).is_none()) {
            r.fail("published", "must be a date written YYYY-MM-DD, or null");
        }
        r.opt(&mut article.source, av, "source");
        r.opt(&mut article.url, av, "url");
        if av.get("language").is_some() {
            article.language.clear();
            r.str(&mut article.language, av, "language");
        }
    }

    r.at("story", usize::MAX);
    let (ps, ss, qs, es) = (r.arr(root, "paragraphs", false), r.arr(root, "speakers", false), r.arr(root, "quotes", false), r.arr(root, "events", false));

    let mut paragraphs = Vec::with_capacity(ps.len());
    let mut lens = Vec::with_capacity(ps.len());
    for (i, p) in ps.iter().enumerate() {
        r.at("paragraphs", i);
        if !r.obj(p, "") {
            break;
        }
        let kind = [BlockKind::Heading, BlockKind::Paragraph, BlockKind::Caption][r.pick(p, "kind", "heading paragraph caption")];
        let mut text = String::new();
        r.str(&mut text, p, "text");
        lens.push(utf16_len(&text));
        paragraphs.push(Paragraph { kind, text });
    }

    let mut speakers: Vec<Speaker> = Vec::with_capacity(ss.len());
    let mut speaker_ids = Vec::with_capacity(ss.len());
    for (i, s) in ss.iter().enumerate() {
        r.at("speakers", i);
        if !r.obj(s, "") {
            break;
        }
        let mut sp = Speaker { id: String::new(), name: String::new(), role: None, aliases: Vec::new() };
        speaker_ids.push(r.str(&mut sp.id, s, "id"));
        for a in r.arr(s, "aliases", true) {
            match a {
                Value::String(a) => sp.aliases.push(a.clone()),
                other => r.wrong("aliases", "must hold strings", other),
            }
        }
        r.str(&mut sp.name, s, "name");
        r.opt(&mut sp.role, s, "role");
        speakers.push(sp);
    }
    let speaker_ids = r.ids("speakers", speaker_ids);

    let mut quotes: Vec<Quote> = Vec::with_capacity(qs.len());
    let mut quote_ids = Vec::with_capacity(qs.len());
    for (i, q) in qs.iter().enumerate() {
        r.at("quotes", i);
        if !r.obj(q, "") {
            break;
        }
        let mut o = Quote {
            id: String::new(),
            text: String::new(),
            kind: QuoteKind::Direct,
            speaker_id: None,
            mention: None,
            cue: None,
            paragraph: 0,
            start: 0,
            end: 0,
            end_paragraph: 0,
            end_offset: 0,
        };
        quote_ids.push(r.str(&mut o.id, q, "id"));
        o.kind = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Headline][r.pick(q, "kind", "direct partial headline")];
        r.opt(&mut o.speaker_id, q, "speakerId");
        if let Some(s) = &o.speaker_id {
            r.refers("speakerId", s, &speaker_ids, "names no speaker in \"speakers\"");
        }
        o.mention = match q.get("mention") {
            None | Some(Value::Null) => None,
            Some(m) => r.obj(m, "mention").then(|| {
                let (p, len) = r.paragraph(m, "mention.paragraph", &lens);
                let (start, end) = r.span(m, "mention.start", "mention.end", len);
                let mut text = String::new();
                r.str(&mut text, m, "mention.text");
                Mention { text, paragraph: p, start, end }
            }),
        };
        let (paragraph, len) = r.paragraph(q, "paragraph", &lens);
        o.paragraph = paragraph;
        (o.start, o.end) = r.span(q, "start", "end", len);
        // A quote over several paragraphs ends in a later one; without these fields it ends in its own.
        let (end_paragraph, end_len) = if q.get("endParagraph").is_some() { r.paragraph(q, "endParagraph", &lens) } else { (paragraph, len) };
        if end_paragraph < paragraph {
            r.fail("endParagraph", "is before the quote's paragraph");
        }
        o.end_paragraph = end_paragraph;
        o.end_offset = if q.get("endOffset").is_some() { r.num(q, "endOffset") } else { o.end };
        if o.end_offset > end_len {
            r.fail("endOffset", "is past the end of its paragraph");
        }
        r.str(&mut o.text, q, "text");
        r.opt(&mut o.cue, q, "cue");
        quotes.push(o);
    }
    let quote_ids = r.ids("quotes", quote_ids);

    let mut events: Vec<Event> = Vec::with_capacity(es.len());
    let mut event_ids = Vec::with_capacity(es.len());
    for (i, e) in es.iter().enumerate() {
        r.at("events", i);
        if !r.obj(e, "") {
            break;
        }
        let mut o = Event {
            id: String::new(),
            text: String::new(),
            date: DateInfo { text: String::new(), value: String::new(), modifier: None, kind: TimexType::Date, start: 0, end: 0 },
            paragraph: 0,
            start: 0,
            end: 0,
            quote_ids: Vec::new(),
        };
        let id = r.str(&mut o.id, e, "id");
        r.str(&mut o.text, e, "text");
        let len;
        (o.paragraph, len) = r.paragraph(e, "paragraph", &lens);
        (o.start, o.end) = r.span(e, "start", "end", len);
        let d = r.get(e, "date").unwrap_or(&Value::Null);
        if !r.obj(d, "date") {
            break;
        }
        (o.date.start, o.date.end) = r.span(d, "date.start", "date.end", utf16_len(&o.text));
        o.date.modifier = match d.get("mod") {
            None | Some(Value::Null) => None,
            Some(_) => crate::text::split_byte(MODS, b' ').nth(r.pick(d, "date.mod", MODS)),
        };
        o.date.kind = [TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set][r.pick(d, "date.type", "DATE TIME DURATION SET")];
        for q in r.arr(e, "quoteIds", true) {
            match q {
                Value::String(q) => {
                    r.refers("quoteIds", q, &quote_ids, "names a quote that is not in \"quotes\"");
                    o.quote_ids.push(q.clone());
                }
                other => r.wrong("quoteIds", "must hold strings", other),
            }
        }
        r.str(&mut o.date.text, d, "date.text");
        r.str(&mut o.date.value, d, "date.value");
        events.push(o);
        event_ids.push(id);
    }

    drop(r.ids("events", event_ids));
    match r.err {
        Some(e) => Err(e),
        None => Ok(Story { article, paragraphs, speakers, quotes, events }),
    }
}
