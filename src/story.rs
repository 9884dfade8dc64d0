//! The Story: what extraction gives and every edge consumes (CONTRACT.md). JSON keys are camelCase;
//! offsets are UTF-16 code units, as JavaScript counts them.

use crate::article::{Article, BlockKind};
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

/// An id such as `q12`: the prefix and the number (without `core::fmt`, which is slow to run).
fn id(prefix: &str, n: usize) -> String {
    let mut s = String::with_capacity(prefix.len() + 4);
    s.push_str(prefix);
    crate::json_out::push_u64(&mut s, n as u64);
    s
}

/// Extracts the Story of an article: its quotes with their speakers, and its timeline.
pub fn extract(article: &Article, options: &Options) -> Story {
    let published = options.published.or(article.meta.published);
    let (all_speakers, mut found) = quotes::extract(article);
    // Only speakers that some quote is attributed to, numbered in order of their first quote.
    // `number[s]` is speaker s's new number once a quote has named it (linear in the speakers).
    let mut order: Vec<usize> = Vec::new();
    let mut number: Vec<Option<usize>> = vec![None; all_speakers.len()];
    for q in &mut found {
        if let Some(s) = q.speaker {
            let new = match number.get(s).copied().flatten() {
                Some(n) => n,
                None => {
                    order.push(s);
                    if let Some(slot) = number.get_mut(s) {
                        *slot = Some(order.len() - 1);
                    }
                    order.len() - 1
                }
            };
            q.speaker = Some(new);
        }
    }
    let speakers: Vec<_> = order.iter().filter_map(|&s| all_speakers.get(s).cloned()).collect();
    let tag_opts = TagOptions { dct: published, language: article.meta.language.clone(), ..TagOptions::default() };
    let events = timeline::build(article, &found, &tag_opts);

    // One offset map per paragraph, built once (linear in the article); quotes, mentions and events
    // then ask in any order at a bounded cost each.
    let maps: Vec<Utf16Map> = article.blocks.iter().map(|b| Utf16Map::new(&b.text)).collect();
    let u16_at = |p: usize, at: usize| maps.get(p).map_or(0, |m| m.at(at));
    let u16_in = |p: usize, start: usize, end: usize| (u16_at(p, start), u16_at(p, end));
    let quotes = found
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let (start, end) = u16_in(q.paragraph, q.start, q.end);
            let end_offset = u16_at(q.end_paragraph, q.end_in_end_paragraph);
            Quote {
                id: id("q", i + 1),
                text: q.text.clone(),
                kind: q.kind,
                speaker_id: q.speaker.map(|s| id("s", s + 1)),
                mention: q.mention.map(|m| {
                    let (start, end) = u16_in(m.paragraph, m.start, m.end);
                    Mention { text: article.blocks[m.paragraph].text[m.start..m.end].to_string(), paragraph: m.paragraph, start, end }
                }),
                cue: q.cue.clone(),
                paragraph: q.paragraph,
                start,
                end,
                end_paragraph: q.end_paragraph,
                end_offset,
            }
        })
        .collect();
    let events = events
        .into_iter()
        .enumerate()
        .map(|(i, ev)| {
            let block = &article.blocks[ev.paragraph].text;
            let sentence = &block[ev.start..ev.end];
            let (start, end) = u16_in(ev.paragraph, ev.start, ev.end);
            // UTF-16 lengths add up, so offsets in the sentence are differences of offsets in the block.
            let (ds, de) = u16_in(ev.paragraph, ev.date.start, ev.date.end);
            let (ds, de) = (ds.saturating_sub(start).min(end - start), de.saturating_sub(start).min(end - start));
            Event {
                id: id("e", i + 1),
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
                quote_ids: ev.quotes.iter().map(|q| id("q", q + 1)).collect(),
            }
        })
        .collect();
    Story {
        article: ArticleInfo {
            id: article.meta.id.clone(),
            title: article.headline().map(str::to_string),
            published: published.map(|d| d.to_string()),
            source: article.meta.source.clone(),
            url: article.meta.url.clone(),
            language: article.meta.language.clone().unwrap_or_else(|| "en".to_string()),
        },
        paragraphs: article.blocks.iter().map(|b| Paragraph { kind: b.kind, text: b.text.clone() }).collect(),
        speakers: speakers
            .into_iter()
            .enumerate()
            .map(|(i, s)| Speaker { id: id("s", i + 1), name: s.name, role: s.role, aliases: s.aliases })
            .collect(),
        quotes,
        events,
    }
}
