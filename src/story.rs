//! The Story: what extraction gives and every edge consumes (CONTRACT.md). JSON keys are camelCase;
//! offsets are UTF-16 code units, as JavaScript counts them.

use crate::article::{Article, BlockKind};
use crate::prelude::*;
use crate::quotes::{self, QuoteKind};
use crate::text::Utf16Map;
use crate::time::{Date, TagOptions, TimexType};
use crate::timeline;
use serde::Serialize;

/// Extraction options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Overrides the article's own publication date (the anchor of relative dates).
    pub published: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Story {
    pub article: ArticleInfo,
    pub paragraphs: Vec<Paragraph>,
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleInfo {
    pub id: Option<String>,
    pub title: Option<String>,
    /// `YYYY-MM-DD`, or null when the article does not say.
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    pub kind: BlockKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mention {
    pub text: String,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    pub id: String,
    pub text: String,
    pub kind: QuoteKind,
    pub speaker_id: Option<String>,
    pub mention: Option<Mention>,
    pub cue: Option<String>,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    /// The last paragraph of a quote that runs over several paragraphs (else `paragraph`), and the
    /// end of the quoted text in it (UTF-16 units).
    pub end_paragraph: usize,
    pub end_offset: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DateInfo {
    pub text: String,
    pub value: String,
    #[serde(rename = "mod")]
    pub modifier: Option<&'static str>,
    #[serde(rename = "type")]
    pub kind: TimexType,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    pub id: String,
    pub text: String,
    pub date: DateInfo,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub quote_ids: Vec<String>,
}

/// Extracts the Story of an article: its quotes with their speakers, and its timeline.
pub fn extract(article: &Article, options: &Options) -> Story {
    let mut story = extract_parts(article, options);
    story.paragraphs = article.blocks.iter().map(|b| Paragraph { kind: b.kind, text: b.text.clone() }).collect();
    story
}

/// [`extract`] of an article that is not needed afterwards: its paragraphs' texts move into the
/// Story instead of being copied (the JS edge's path).
pub fn extract_owned(article: Article, options: &Options) -> Story {
    let mut story = extract_parts(&article, options);
    story.paragraphs = article.blocks.into_iter().map(|b| Paragraph { kind: b.kind, text: b.text }).collect();
    story
}

/// Everything of the Story but its paragraphs.
fn extract_parts(article: &Article, options: &Options) -> Story {
    let published = options.published.or(article.meta.published);
    let (mut all_speakers, found) = quotes::extract(article);
    let tag_opts = TagOptions { dct: published, language: article.meta.language.clone(), ..TagOptions::default() };
    let events = timeline::build(article, &found, &tag_opts);

    // One offset map per paragraph, built once (linear in the article); quotes, mentions and events
    // then ask in any order at a bounded cost each.
    let maps: Vec<Utf16Map> = article.blocks.iter().map(|b| Utf16Map::new(&b.text)).collect();
    let u16_at = |p: usize, at: usize| maps.get(p).map_or(0, |m| m.at(at));
    let u16_in = |p: usize, start: usize, end: usize| (u16_at(p, start), u16_at(p, end));
    // Only speakers that some quote is attributed to, numbered in order of their first quote.
    // `number[s]` is 1 + speaker s's new number once a quote has named it, 0 before (linear in the
    // speakers); each speaker is moved out of the registry's list when numbered, not cloned.
    // Quotes and events are converted in loops with `push`: `map`/`collect` over another type's
    // `IntoIter` compiled its own collection code for each (a size measure, BENCHMARKS.md "Size").
    let mut speakers = Vec::new();
    let mut count = 0;
    let mut number = vec![0usize; all_speakers.len()];
    let mut quotes = Vec::with_capacity(found.len());
    for (i, q) in found.into_iter().enumerate() {
        let speaker = q.speaker.map(|s| match number.get(s).copied() {
            Some(n) if n > 0 => n - 1,
            _ => {
                count += 1;
                if let Some(slot) = number.get_mut(s) {
                    *slot = count;
                }
                if let Some(sp) = all_speakers.get_mut(s) {
                    let sp = core::mem::take(sp);
                    let id = crate::error::id("s", speakers.len() + 1);
                    speakers.push(Speaker { id, name: sp.name, role: sp.role, aliases: sp.aliases });
                }
                count - 1
            }
        });
        let (start, end) = u16_in(q.paragraph, q.start, q.end);
        let end_offset = u16_at(q.end_paragraph, q.end_in_end_paragraph);
        quotes.push(Quote {
            id: crate::error::id("q", i + 1),
            text: q.text,
            kind: q.kind,
            speaker_id: speaker.map(|s| crate::error::id("s", s + 1)),
            mention: q.mention.map(|m| {
                let (start, end) = u16_in(m.paragraph, m.start, m.end);
                Mention { text: article.blocks[m.paragraph].text[m.start..m.end].to_string(), paragraph: m.paragraph, start, end }
            }),
            cue: q.cue,
            paragraph: q.paragraph,
            start,
            end,
            end_paragraph: q.end_paragraph,
            end_offset,
        });
    }
    let mut story_events = Vec::with_capacity(events.len());
    for (i, ev) in events.into_iter().enumerate() {
        let block = &article.blocks[ev.paragraph].text;
        let sentence = &block[ev.start..ev.end];
        let (start, end) = u16_in(ev.paragraph, ev.start, ev.end);
        // UTF-16 lengths add up, so offsets in the sentence are differences of offsets in the block.
        let (ds, de) = u16_in(ev.paragraph, ev.date.start, ev.date.end);
        let (ds, de) = (ds.saturating_sub(start).min(end - start), de.saturating_sub(start).min(end - start));
        let mut quote_ids = Vec::with_capacity(ev.quotes.len());
        for q in &ev.quotes {
            quote_ids.push(crate::error::id("q", q + 1));
        }
        story_events.push(Event {
            id: crate::error::id("e", i + 1),
            text: sentence.to_string(),
            date: DateInfo {
                text: block[ev.date.start..ev.date.end].to_string(),
                value: ev.date.value,
                modifier: ev.date.modifier,
                kind: ev.date.kind,
                start: ds,
                end: de,
            },
            paragraph: ev.paragraph,
            start,
            end,
            quote_ids,
        });
    }
    Story {
        article: ArticleInfo {
            id: article.meta.id.clone(),
            title: article.headline().map(str::to_string),
            published: published.map(|d| d.iso()),
            source: article.meta.source.clone(),
            url: article.meta.url.clone(),
            language: article.meta.language.clone().unwrap_or_else(|| "en".to_string()),
        },
        paragraphs: Vec::new(),
        speakers,
        quotes,
        events: story_events,
    }
}

/// The Story as a tape for the JS edge (`web::api`): one string holding every text, and numbers that
/// say where each text is in it (UTF-16 units, `start, end`; `1, 0` is null), followed by each list's
/// length and the numeric fields, all in the contract's field order. A small JS function builds the
/// Story object from it, field by field: one UTF-8 decode and no JSON to write or parse. Texts that
/// are a part of a paragraph (event sentences, dates, mentions, most quotes) point into the paragraph
/// instead of being written again.
pub struct Tape {
    pub text: String,
    pub nums: Vec<u32>,
    /// The UTF-16 length of `text`.
    units: u32,
    /// Per paragraph: where its text starts in `text` (UTF-16 units), and for a paragraph that is not
    /// ASCII the range of its checkpoints in `marks`.
    paras: Vec<(u32, Option<(usize, usize)>)>,
    /// `(UTF-16 offset, byte offset)` in a paragraph, about every 64 bytes: a UTF-16 offset finds its
    /// byte in a bounded walk.
    marks: Vec<(u32, u32)>,
}

impl Tape {
    /// Appends `s` and its place.
    fn str(&mut self, s: &str) {
        let start = self.units;
        self.units += crate::text::utf16_len(s) as u32;
        self.text.push_str(s);
        self.nums.extend_from_slice(&[start, self.units]);
    }

    fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.nums.extend_from_slice(&[1, 0]),
        }
    }

    /// Appends a paragraph's text, with checkpoints when it is not ASCII.
    fn paragraph(&mut self, s: &str) {
        let base = self.units;
        self.str(s);
        // As many UTF-16 units as bytes only when every character is ASCII.
        let marks = (self.units - base != s.len() as u32).then(|| {
            let from = self.marks.len();
            let (mut units, mut last) = (0u32, 0usize);
            // On the bytes (`char_indices` decoded every character through calls): `utf16_units`.
            for (at, &b) in s.as_bytes().iter().enumerate() {
                if b & 0xC0 == 0x80 {
                    continue;
                }
                if at - last >= 64 {
                    self.marks.push((units, at as u32));
                    last = at;
                }
                units += crate::text::utf16_units(b);
            }
            (from, self.marks.len())
        });
        self.paras.push((base, marks));
    }

    /// `s`, which starts at UTF-16 offset `at` of paragraph `p` when the Story was extracted from an
    /// article: a pointer into the paragraph when it does (checked), else `s` written out.
    fn part(&mut self, stories: &[Paragraph], p: usize, at: usize, s: &str) {
        if let (Some(&(base, marks)), Some(para)) = (self.paras.get(p), stories.get(p)) {
            let para = para.text.as_str();
            let byte = match marks {
                None => Some(at),
                Some((from, to)) => {
                    let marks = &self.marks[from..to];
                    let k = marks.partition_point(|m| m.0 as usize <= at);
                    let (mut units, mut byte) = if k == 0 { (0, 0) } else { (marks[k - 1].0 as usize, marks[k - 1].1 as usize) };
                    while units < at {
                        match para[byte..].chars().next() {
                            Some(c) => {
                                units += c.len_utf16();
                                byte += c.len_utf8();
                            }
                            None => break,
                        }
                    }
                    (units == at).then_some(byte)
                }
            };
            if byte.is_some_and(|b| para.get(b..b + s.len()) == Some(s)) {
                let len = if marks.is_none() { s.len() } else { crate::text::utf16_len(s) };
                let start = base + at as u32;
                self.nums.extend_from_slice(&[start, start + len as u32]);
                return;
            }
        }
        self.str(s)
    }

    fn n(&mut self, n: usize) {
        self.nums.push(n as u32);
    }
}

fn block_kind(k: BlockKind) -> &'static str {
    match k {
        BlockKind::Heading => "heading",
        BlockKind::Paragraph => "paragraph",
        BlockKind::Caption => "caption",
    }
}

fn quote_kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Headline => "headline",
    }
}

impl Story {
    /// The Story as a [`Tape`].
    pub fn tape(&self) -> Tape {
        let size: usize = self.paragraphs.iter().map(|p| p.text.len()).sum();
        let mut t = Tape {
            text: String::with_capacity(size + size / 4 + 256),
            nums: Vec::with_capacity(64 + 24 * (self.paragraphs.len() + self.quotes.len() + self.events.len())),
            units: 0,
            paras: Vec::with_capacity(self.paragraphs.len()),
            marks: Vec::new(),
        };
        let a = &self.article;
        for s in [&a.id, &a.title, &a.published, &a.source, &a.url] {
            t.opt(s.as_deref());
        }
        t.str(&a.language);
        let ps = &self.paragraphs[..];
        t.n(ps.len());
        for p in ps {
            t.str(block_kind(p.kind));
            t.paragraph(&p.text);
        }
        t.n(self.speakers.len());
        for s in &self.speakers {
            t.str(&s.id);
            t.str(&s.name);
            t.opt(s.role.as_deref());
            t.n(s.aliases.len());
            for a in &s.aliases {
                t.str(a);
            }
        }
        t.n(self.quotes.len());
        for q in &self.quotes {
            t.str(&q.id);
            t.part(ps, q.paragraph, q.start, &q.text);
            t.str(quote_kind(q.kind));
            t.opt(q.speaker_id.as_deref());
            match &q.mention {
                Some(m) => {
                    t.n(1);
                    t.part(ps, m.paragraph, m.start, &m.text);
                    t.nums.extend_from_slice(&[m.paragraph as u32, m.start as u32, m.end as u32]);
                }
                None => t.n(0),
            }
            t.opt(q.cue.as_deref());
            t.nums.extend_from_slice(&[q.paragraph as u32, q.start as u32, q.end as u32, q.end_paragraph as u32, q.end_offset as u32]);
        }
        t.n(self.events.len());
        for e in &self.events {
            t.str(&e.id);
            t.part(ps, e.paragraph, e.start, &e.text);
            let d = &e.date;
            t.part(ps, e.paragraph, e.start + d.start, &d.text);
            t.str(&d.value);
            t.opt(d.modifier);
            t.str(d.kind.as_str());
            t.nums.extend_from_slice(&[d.start as u32, d.end as u32, e.paragraph as u32, e.start as u32, e.end as u32]);
            t.n(e.quote_ids.len());
            for q in &e.quote_ids {
                t.str(q);
            }
        }
        t
    }
}

// serde_json is a native-only dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Reads a tape back as the JS edge does (`web::api`), as a JSON value.
    fn tape_to_json(t: &Tape) -> serde_json::Value {
        use serde_json::{json, Value};
        let units: Vec<u16> = t.text.encode_utf16().collect();
        let mut i = 0;
        let mut u = || {
            i += 1;
            t.nums[i - 1]
        };
        fn s(units: &[u16], a: u32, b: u32) -> Value {
            if a > b { Value::Null } else { Value::String(String::from_utf16(&units[a as usize..b as usize]).unwrap()) }
        }
        let st = |u: &mut dyn FnMut() -> u32| {
            let a = u();
            let b = u();
            s(&units, a, b)
        };
        let article = json!({ "id": st(&mut u), "title": st(&mut u), "published": st(&mut u), "source": st(&mut u), "url": st(&mut u), "language": st(&mut u) });
        let paragraphs: Vec<Value> = (0..u()).map(|_| json!({ "kind": st(&mut u), "text": st(&mut u) })).collect();
        let speakers: Vec<Value> = (0..u())
            .map(|_| {
                let (id, name, role) = (st(&mut u), st(&mut u), st(&mut u));
                let aliases: Vec<Value> = (0..u()).map(|_| st(&mut u)).collect();
                json!({ "id": id, "name": name, "role": role, "aliases": aliases })
            })
            .collect();
        let quotes: Vec<Value> = (0..u())
            .map(|_| {
                let (id, text, kind, speaker) = (st(&mut u), st(&mut u), st(&mut u), st(&mut u));
                let mention = if u() == 1 { json!({ "text": st(&mut u), "paragraph": u(), "start": u(), "end": u() }) } else { Value::Null };
                let cue = st(&mut u);
                json!({ "id": id, "text": text, "kind": kind, "speakerId": speaker, "mention": mention, "cue": cue,
                        "paragraph": u(), "start": u(), "end": u(), "endParagraph": u(), "endOffset": u() })
            })
            .collect();
        let events: Vec<Value> = (0..u())
            .map(|_| {
                let (id, text) = (st(&mut u), st(&mut u));
                let date = json!({ "text": st(&mut u), "value": st(&mut u), "mod": st(&mut u), "type": st(&mut u), "start": u(), "end": u() });
                let (p, a, b) = (u(), u(), u());
                let ids: Vec<Value> = (0..u()).map(|_| st(&mut u)).collect();
                json!({ "id": id, "text": text, "date": date, "paragraph": p, "start": a, "end": b, "quoteIds": ids })
            })
            .collect();
        assert_eq!(i, t.nums.len(), "the whole tape is read");
        json!({ "article": article, "paragraphs": paragraphs, "speakers": speakers, "quotes": quotes, "events": events })
    }

    /// The checkpoints counted on bytes are those `char_indices` and `len_utf16` gave (review7: random
    /// paragraphs of 1- to 4-byte characters, across several 64-byte steps).
    #[test]
    fn tape_checkpoints_counted_on_bytes_are_those_of_the_characters() {
        let pieces = ["a", " ", "é", "—", "😀", "Київ", "\u{a0}", "\u{2028}", "\r\n", "「", "𝒜b"];
        let mut seed = 12_345u32;
        for n in [0usize, 1, 30, 63, 64, 65, 200, 700] {
            let mut s = String::new();
            for _ in 0..n {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                s.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            let mut t = Tape { text: String::new(), nums: Vec::new(), units: 0, paras: Vec::new(), marks: Vec::new() };
            t.paragraph(&s);
            let mut want = Vec::new();
            let (mut units, mut last) = (0u32, 0usize);
            for (at, c) in s.char_indices() {
                if at - last >= 64 {
                    want.push((units, at as u32));
                    last = at;
                }
                units += c.len_utf16() as u32;
            }
            let got = t.paras[0].1.map(|(a, b)| t.marks[a..b].to_vec());
            assert_eq!(got, (!s.is_ascii()).then_some(want), "{s:?}");
        }
    }

    #[test]
    fn the_tape_holds_the_story() {
        let texts = [
            "Dam opens\n\"We built it in a year,\" Mayor Ana Ruiz said on March 3. \"It holds,\" she added, \"and it will.\"\nOn March 5 the \"first\" cars crossed.",
            "Мост открыт\n«Мы построили его за год», — сказал мэр Иван Петров 3 марта.\nÜber die Brücke 😀 fuhren am 5. März die ersten Autos, sagte \"Anna\" Weber.",
            "---\nid: x\nsource: A \"B\"\nurl: https://example.com/a\npublished: 2026-02-06\n---\nTitle\nPhoto: Someone\n\"Hello,\" he said on Monday.",
            "Brücke\n„Wir haben sie gebaut“ – das sagte die Bürgermeisterin 😀 Anna Weber am Montag. Über die Brücke fuhren ☕ am 5. März die ersten Autos, und am 6. März die Busse.",
            "Dam 😀 opens\nIt was a long day for the résumé writers ☕ of the “city” — and the 😀 crews. “We built it in a year,” Mayor Ana Ruiz said on March 3. The “first” cars crossed on March 5, she said.",
            "",
        ];
        let mut stories: Vec<Story> = texts.iter().map(|t| extract(&crate::parse_article(t).unwrap(), &Options::default())).collect();
        for (id, _) in crate::dataset::ARTICLES {
            let a = crate::dataset::get(id).unwrap();
            stories.push(extract(&a, &Options { published: Date::parse_iso("2026-02-06") }));
        }
        let tl = r#"{"title":{"text":{"headline":"T"}},"events":[{"start_date":{"year":2020,"month":3},"text":{"headline":"A","text":"B é"}}]}"#;
        stories.push(crate::export::story_from_timelinejs(&crate::json::parse(tl).unwrap()).unwrap());
        let mut pointed = 0;
        for s in &stories {
            let t = s.tape();
            assert_eq!(tape_to_json(&t), serde_json::to_value(s).unwrap());
            // An event's sentence is not written again when it is in its paragraph.
            for e in &s.events {
                let in_paragraphs: usize = s.paragraphs.iter().map(|p| p.text.matches(&e.text[..]).count()).sum();
                assert!(t.text.matches(&e.text[..]).count() <= in_paragraphs.max(1), "{:?}", e.text);
                pointed += usize::from(in_paragraphs > 0);
            }
        }
        assert!(pointed >= 5, "{pointed}");
    }
}
