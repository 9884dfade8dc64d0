//! The article model and its readers.
//!
//! Two text forms reach the core (CONTRACT.md):
//! - **plain text**, as news desks paste it: an optional front-matter block, the headline line, a
//!   `Photo:` credit line, paragraphs, and short subheading lines without final punctuation;
//! - **a JSON object** `{ "id"?, "title"?, "body", "published"?, "source"?, "url"?, "language"? }` whose
//!   `body` is plain text in the form above.
//!
//! Reading is total: any text gives an article (possibly empty). Only JSON that does not parse, a bad
//! `published` date, or input over [`MAX_ARTICLE_BYTES`] is an error.

use crate::error::Error;
use crate::json::{self, Value};
use crate::prelude::*;
use crate::time::Date;
use serde::Serialize;

/// The largest article the core will read. Real articles are a few tens of kilobytes; the bound keeps
/// a mistaken paste (a whole archive, a binary file) from freezing a reader's page.
pub const MAX_ARTICLE_BYTES: usize = 5 * 1024 * 1024;

/// A subheading is at most this many characters and words (and has no final punctuation).
const SUBHEADING_MAX_CHARS: usize = 90;
const SUBHEADING_MAX_WORDS: usize = 12;

/// What a block of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The headline (always block 0 when there is one) or a subheading.
    Heading,
    /// Running text.
    Paragraph,
    /// A photo credit or caption.
    Caption,
}

/// One block of the article: the headline, a subheading, a caption or a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

/// What is known about the article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub id: Option<String>,
    pub title: Option<String>,
    pub published: Option<Date>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// A BCP 47 language tag (`en`, `de`, `uk`); `None` means English conventions.
    pub language: Option<String>,
    /// Front-matter keys the contract does not name, kept in order.
    pub extra: Vec<(String, String)>,
}

/// A parsed article: its metadata and blocks in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

impl Article {
    /// The headline: block 0 when it is a heading, else the title from the metadata.
    pub fn headline(&self) -> Option<&str> {
        match self.blocks.first() {
            Some(b) if b.kind == BlockKind::Heading => Some(&b.text),
            _ => self.meta.title.as_deref(),
        }
    }
}

/// Reads an article in either text form: JSON when the first non-blank character is `{`, else plain
/// text.
pub fn parse_article(input: &str) -> Result<Article, Error> {
    check_size(input)?;
    if input.trim_start().starts_with('{') {
        parse_json(input)
    } else {
        parse_plain(input)
    }
}

fn check_size(input: &str) -> Result<(), Error> {
    if input.len() > MAX_ARTICLE_BYTES {
        // Written into one string (no `String` per number).
        let mut m = crate::error::id("the article is ", input.len());
        m.push_str(" bytes; the limit is ");
        crate::json_out::push_u64(&mut m, MAX_ARTICLE_BYTES as u64);
        m.push_str(" bytes (5 MiB)");
        return Err(Error::bad_input(m));
    }
    Ok(())
}

/// Reads the plain-text form, with optional front matter.
pub fn parse_plain(input: &str) -> Result<Article, Error> {
    check_size(input)?;
    let (front, body) = split_front_matter(input);
    let mut meta = Meta::default();
    if let Some(front) = front {
        for line in crate::text::lines(front) {
            let Some((key, value)) = crate::text::split_once_byte(line, b':') else { continue };
            let (key, value) = (key.trim(), value.trim());
            if key.is_empty() {
                continue;
            }
            set_meta(&mut meta, key, value.to_string())?;
        }
    }
    let blocks = parse_body(body, true);
    if meta.title.is_none() {
        meta.title = blocks.first().filter(|b| b.kind == BlockKind::Heading).map(|b| b.text.clone());
    }
    Ok(Article { meta, blocks })
}

/// Reads the JSON form.
pub fn parse_json(input: &str) -> Result<Article, Error> {
    check_size(input)?;
    let value = json::parse(input)?;
    article_from_json(&value)
}

/// Builds an article from an already parsed JSON object (the JS API hands objects over this way too).
pub fn article_from_json(value: &Value) -> Result<Article, Error> {
    let Value::Object(members) = value else {
        return Err(Error::bad_input(crate::text::cat(&["an article in JSON must be an object, not ", value.type_name()])));
    };
    let mut meta = Meta::default();
    let mut body = None;
    for (key, v) in members {
        let text = match v {
            Value::Null => continue,
            Value::String(s) => s.clone(),
            Value::Number(n) => n.clone(),
            Value::Bool(b) => (if *b { "true" } else { "false" }).to_string(),
            other => {
                if key == "body" {
                    return Err(Error::bad_input(crate::text::cat(&["\"body\" must be a string, not ", other.type_name()])));
                }
                continue; // nested metadata the contract does not name: not ours to read
            }
        };
        if key == "body" {
            if !matches!(v, Value::String(_)) {
                return Err(Error::bad_input(crate::text::cat(&["\"body\" must be a string, not ", v.type_name()])));
            }
            body = Some(text);
        } else {
            set_meta(&mut meta, key, text)?;
        }
    }
    let Some(body) = body else {
        return Err(Error::bad_input("an article in JSON needs a \"body\" string with the article's text"));
    };
    check_size(&body)?;
    let title = meta.title.as_deref().filter(|t| !t.trim().is_empty());
    let mut blocks = Vec::new();
    if let Some(t) = title {
        blocks.push(Block { kind: BlockKind::Heading, text: clean_line(t).to_string() });
    }
    let untitled = title.is_none();
    blocks.extend(parse_body(&body, untitled));
    if untitled {
        meta.title = blocks.first().filter(|b| b.kind == BlockKind::Heading).map(|b| b.text.clone());
    }
    Ok(Article { meta, blocks })
}

fn set_meta(meta: &mut Meta, key: &str, value: String) -> Result<(), Error> {
    let trimmed = value.trim();
    let value_opt = (!trimmed.is_empty()).then(|| trimmed.to_string());
    match key {
        "id" => meta.id = value_opt,
        "title" => meta.title = value_opt,
        "source" => meta.source = value_opt,
        "url" => meta.url = value_opt,
        "language" | "lang" => meta.language = value_opt,
        "published" => {
            meta.published = match value_opt {
                None => None,
                Some(v) => Some(Date::parse_iso(&v).ok_or_else(|| {
                    Error::bad_input(crate::text::cat(&["\"published\" must be a date written YYYY-MM-DD, not ", &crate::error::quoted(&v)]))
                })?),
            }
        }
        _ => meta.extra.push((key.to_string(), value)),
    }
    Ok(())
}

/// Splits `---`-fenced front matter from the body. Without a closing fence the text is all body.
fn split_front_matter(input: &str) -> (Option<&str>, &str) {
    let s = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    // (Byte tests, not a `[char; 2]` pattern: core's searcher for those leaves the page.)
    let trimmed = &s[s.bytes().position(|b| b != b'\n' && b != b'\r').unwrap_or(s.len())..];
    let mut lines = crate::text::lines_inclusive(trimmed);
    match lines.next() {
        Some(first) if first.trim_end() == "---" => {}
        _ => return (None, s),
    }
    let front_start = trimmed.len() - trimmed[crate::text::find_byte(trimmed, b'\n').map_or(trimmed.len(), |i| i + 1)..].len();
    let mut pos = front_start;
    for line in lines {
        if line.trim_end() == "---" {
            return (Some(&trimmed[front_start..pos]), &trimmed[pos + line.len()..]);
        }
        pos += line.len();
    }
    (None, s)
}

/// A line with surrounding white space (and stray control characters at its ends) removed.
fn clean_line(line: &str) -> &str {
    crate::text::trim_by(line, |c| c.is_whitespace() || c.is_control() || c == '\u{FEFF}')
}

/// Whether the body separates paragraphs by blank lines: some line is followed by a blank one, and
/// some line that does not end a sentence is followed by another (one pass over the pairs of lines).
#[cfg(test)]
fn blank_separated(body: &str) -> bool {
    blank_separated_lines(crate::text::lines(body).map(clean_line))
}

/// [`blank_separated`] over the body's lines, cleaned.
fn blank_separated_lines<'a>(lines: impl Iterator<Item = &'a str>) -> bool {
    let (mut gap, mut wrap) = (false, false);
    let mut prev: Option<&str> = None;
    for line in lines {
        if let Some(a) = prev.filter(|a| !a.is_empty()) {
            if line.is_empty() {
                gap = true;
            } else if !ends_sentence(a) {
                wrap = true;
            }
        }
        prev = Some(line);
    }
    gap && wrap
}

/// Splits a body into blocks. Each non-empty line is a block, as desks paste them. When the body
/// separates paragraphs by blank lines, lines that follow each other are one hard-wrapped paragraph.
fn parse_body(body: &str, first_is_headline: bool) -> Vec<Block> {
    // The body is split into lines and cleaned once, for both passes.
    let lines: Vec<&str> = crate::text::lines(body).map(clean_line).collect();
    let blank_separated = blank_separated_lines(lines.iter().copied());
    let mut blocks: Vec<Block> = Vec::with_capacity(lines.len());
    let mut joining = false; // the previous line may continue into this one
    for line in lines {
        if line.is_empty() {
            joining = false;
            continue;
        }
        let is_first = blocks.is_empty();
        if blank_separated && joining && !is_caption(line) {
            let count = blocks.len();
            if let Some(last) = blocks.last_mut() {
                if last.kind == BlockKind::Paragraph || (last.kind == BlockKind::Heading && count > 1) {
                    last.text.push(' ');
                    last.text.push_str(line);
                    last.kind = classify(&last.text);
                    continue;
                }
            }
        }
        let kind = if is_first && first_is_headline {
            BlockKind::Heading
        } else if is_caption(line) {
            BlockKind::Caption
        } else {
            classify(line)
        };
        blocks.push(Block { kind, text: line.to_string() });
        joining = blank_separated && kind != BlockKind::Caption && !(is_first && first_is_headline);
    }
    blocks
}

fn is_caption(line: &str) -> bool {
    line.as_bytes().get(..6).is_some_and(|b| b.eq_ignore_ascii_case(b"photo:")) || line.starts_with("Photo ") && crate::text::has_byte(line.as_bytes(), b'/') && line.len() < 160
}

fn ends_sentence(line: &str) -> bool {
    line.chars().next_back().is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | ';' | ',' | '"' | '”' | '’' | '\'' | '»' | '«' | '“' | ')' | '」' | '』'))
}

/// A short line without final punctuation is a subheading; anything else is a paragraph. The cheap
/// tests first: most lines end a sentence, and a line of more than four bytes per allowed character
/// is too long, so characters and words are counted only on short lines without final punctuation
/// (a hard-wrapped paragraph is classified again as each line joins it).
fn classify(line: &str) -> BlockKind {
    if !ends_sentence(line)
        && line.len() <= SUBHEADING_MAX_CHARS * 4
        && crate::text::char_count(line) <= SUBHEADING_MAX_CHARS
        && crate::text::word_count(line) <= SUBHEADING_MAX_WORDS
    {
        BlockKind::Heading
    } else {
        BlockKind::Paragraph
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(a: &Article) -> Vec<BlockKind> {
        a.blocks.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn a_line_ends_a_sentence_on_the_marks_it_always_did() {
        let marks = ['.', '!', '?', '…', ':', ';', ',', '"', '”', '’', '\'', '»', '«', '“', ')', '」', '』'];
        for end in ["", "a", "1", "-", "—", "(", "]", "é", "😀", "\u{a0}", " ", ".", "!", "?", "…", ":", ";", ",", "\"", "”", "’", "'", "»", "«", "“", ")", "」", "』", "‘", "„"] {
            for line in [end.to_string(), format!("The plan{end}")] {
                assert_eq!(ends_sentence(&line), line.ends_with(marks), "{line:?}");
            }
        }
    }

    #[test]
    fn plain_text_blocks() {
        let a = parse_article(
            "Harbour reopens after storm\nPhoto: The quay at dawn (Port Authority)\nThe harbour reopened on Tuesday.\nRepairs ahead\nCrews will return next week.",
        )
        .unwrap();
        use BlockKind::*;
        assert_eq!(kinds(&a), vec![Heading, Caption, Paragraph, Heading, Paragraph]);
        assert_eq!(a.headline(), Some("Harbour reopens after storm"));
        assert_eq!(a.meta.title.as_deref(), Some("Harbour reopens after storm"));
        assert_eq!(a.meta.published, None);
    }

    #[test]
    fn front_matter_sets_metadata_and_keeps_unknown_keys() {
        let a = parse_article(
            "---\nid: harbour\npublished: 2025-03-04\nsource: Coast Times\nurl: https://example.org/h\nlanguage: en\ndesk: metro\n---\nHarbour reopens\nThe harbour reopened on Tuesday.\n",
        )
        .unwrap();
        assert_eq!(a.meta.id.as_deref(), Some("harbour"));
        assert_eq!(a.meta.published, Some(Date { year: 2025, month: 3, day: 4 }));
        assert_eq!(a.meta.source.as_deref(), Some("Coast Times"));
        assert_eq!(a.meta.extra, vec![("desk".to_string(), "metro".to_string())]);
        assert_eq!(a.blocks.len(), 2);
    }

    #[test]
    fn a_bad_published_date_is_a_clear_error() {
        let e = parse_article("---\npublished: 2025-02-30\n---\nTitle\nText.").unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::BadInput);
        assert!(e.message.contains("YYYY-MM-DD"));
    }

    #[test]
    fn unclosed_front_matter_is_body() {
        let a = parse_article("---\nNot front matter after all.").unwrap();
        assert_eq!(a.blocks[0].text, "---");
        assert_eq!(a.blocks[1].text, "Not front matter after all.");
    }

    #[test]
    fn json_form() {
        let a = parse_article(r#"{"id":"dam","title":"Dam opens","body":"Photo: Dam (AP)\nThe dam opened on Monday.\nWhat next","published":"2024-05-06"}"#).unwrap();
        use BlockKind::*;
        assert_eq!(kinds(&a), vec![Heading, Caption, Paragraph, Heading]);
        assert_eq!(a.blocks[0].text, "Dam opens");
        assert_eq!(a.meta.id.as_deref(), Some("dam"));
        assert_eq!(a.meta.published.map(|d| d.to_string()).as_deref(), Some("2024-05-06"));
    }

    #[test]
    fn json_without_title_takes_the_first_line() {
        let a = parse_article(r#"{"body":"Dam opens\nThe dam opened on Monday."}"#).unwrap();
        assert_eq!(a.headline(), Some("Dam opens"));
    }

    #[test]
    fn json_errors() {
        assert!(parse_article(r#"{"title": "x", "body": "#).unwrap_err().message.contains("line 1, column 24"));
        assert!(parse_article(r#"{"title": "x"}"#).unwrap_err().message.contains("\"body\""));
        assert!(parse_article(r#"{"body": 3}"#).unwrap_err().message.contains("must be a string"));
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined_when_blank_lines_separate_them() {
        let a = parse_article("Bridge plan\n\nThe council voted on the plan\nafter a long debate.\n\nWork starts soon.").unwrap();
        assert_eq!(a.blocks.len(), 3);
        assert_eq!(a.blocks[1].text, "The council voted on the plan after a long debate.");
        assert_eq!(a.blocks[1].kind, BlockKind::Paragraph);
    }

    #[test]
    fn oversized_input_is_refused() {
        let big = "a".repeat(MAX_ARTICLE_BYTES + 1);
        assert_eq!(parse_article(&big).unwrap_err().code, crate::ErrorCode::BadInput);
    }

    #[test]
    fn empty_and_odd_input_gives_an_article() {
        assert!(parse_article("").unwrap().blocks.is_empty());
        assert!(parse_article("\n\r\n \t").unwrap().blocks.is_empty());
        assert_eq!(parse_article("\u{FEFF}Only a headline").unwrap().headline(), Some("Only a headline"));
    }

    #[test]
    fn captions_start_with_photo_in_any_case() {
        for (line, yes) in [("Photo: AP", true), ("PHOTO: Reuters", true), ("photo:", true), ("Photo", false), ("Photö: x", false), ("Phot€: x", false), ("Photos: the day", false)] {
            assert_eq!(is_caption(line), yes, "{line}");
        }
    }

    #[test]
    fn blank_separation_is_read_in_one_pass_as_the_two_scans_did() {
        let two_scans = |body: &str| {
            body.lines().zip(body.lines().skip(1)).any(|(a, b)| !clean_line(a).is_empty() && clean_line(b).is_empty())
                && body.lines().zip(body.lines().skip(1)).any(|(a, b)| {
                    !clean_line(a).is_empty() && !clean_line(b).is_empty() && !ends_sentence(clean_line(a))
                })
        };
        for body in [
            "", "one line", "a\n\nb", "a wrapped\nline.\n\nNext one", "Done.\nNext.\n\nMore.", "a\r\nb\r\n\r\nc",
            "\n\nlead\nwraps here\n", "  \n\t\nx y\nz\n \n", "Title\nA line that wraps\nonto this one.\n\nSecond para",
            "A quote ends.\u{201d}\nNext\n\n", "x\n\u{FEFF}\ny\nz",
        ] {
            assert_eq!(blank_separated(body), two_scans(body), "{body:?}");
        }
    }
}
