//! Quotes: quote-mark spans → attribution (cue + speaker mention) → speaker resolution.
//!
//! First slice: double-quoted spans in paragraphs (nested single quotes stay inside), a single-quoted
//! headline quote, and the attribution patterns `"…," X said.` / `"…," said X.` / `X said: "…"`, with
//! surnames and pronouns resolved through the speaker registry.

mod lexicon;

pub use lexicon::CUES;

use crate::article::{Article, BlockKind};
use crate::people::{Registry, Speaker, TITLES};
use serde::Serialize;

/// How a quote stands in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole quoted sentence or more.
    Direct,
    /// A short quoted phrase inside a sentence that a cue attributes.
    Partial,
    /// A quote in the headline.
    Headline,
}

/// The words that attribute a quote to its speaker: a byte range in a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// One quote. Offsets are byte offsets in the text of block `paragraph`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The quoted words without the marks; the parts of a split quote joined by one space.
    pub text: String,
    pub paragraph: usize,
    /// From the first quoted character to the end of the last quoted character in `paragraph`.
    pub start: usize,
    pub end: usize,
    /// Index into the speakers.
    pub speaker: Option<usize>,
    pub mention: Option<Mention>,
    pub cue: Option<String>,
}

/// The quotes of an article and the speakers they are attributed to.
pub fn extract(article: &Article) -> (Vec<Speaker>, Vec<Quote>) {
    let mut registry = Registry::default();
    for block in &article.blocks {
        collect_titled_names(&block.text, &mut registry);
    }
    let mut quotes = Vec::new();
    let mut last_speaker: Option<usize> = None;
    for (p, block) in article.blocks.iter().enumerate() {
        let spans = match (p, block.kind) {
            (0, BlockKind::Heading) => headline_spans(&block.text),
            (_, BlockKind::Paragraph) => double_quote_spans(&block.text),
            _ => Vec::new(),
        };
        for (s, e) in spans {
            let text = &block.text;
            let inner = &text[s..e];
            if inner.split_whitespace().count() < 2 {
                continue; // a single quoted word is a term, not a quote
            }
            let is_headline = p == 0 && block.kind == BlockKind::Heading;
            let attribution = attribute_after(text, e)
                .or_else(|| attribute_before(text, s))
                .or_else(|| if is_headline { headline_speaker(text, e) } else { None });
            let (speaker, mention, cue) = match attribution {
                Some((ms, me, cue)) => {
                    let who = &text[ms..me];
                    let sp = resolve(who, &mut registry, last_speaker);
                    (sp, Some(Mention { paragraph: p, start: ms, end: me }), Some(cue))
                }
                None => (None, None, None),
            };
            if speaker.is_some() {
                last_speaker = speaker;
            }
            let kind = if is_headline {
                QuoteKind::Headline
            } else {
                QuoteKind::Direct
            };
            quotes.push(Quote { kind, text: inner.to_string(), paragraph: p, start: s, end: e, speaker, mention, cue });
        }
        // A paragraph that names a speaker with a cue ("Ruiz said this") makes them the current one.
        if let Some(i) = mentions_with_cue(&block.text, &mut registry) {
            last_speaker = Some(i);
        }
    }
    (registry.speakers, quotes)
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Double-quoted spans (straight or curly) of a paragraph, as byte ranges inside the marks.
fn double_quote_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', None) => open = Some(i + c.len_utf8()),
            ('”', Some(s)) => {
                out.push((s, i));
                open = None;
            }
            ('"', None) => open = Some(i + 1),
            ('"', Some(s)) => {
                out.push((s, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// A headline that opens with a single-quoted phrase (`'…': X names …`).
fn headline_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = double_quote_spans(text);
    for (open, close) in [('\'', '\''), ('‘', '’')] {
        if let Some(rest) = text.strip_prefix(open) {
            let s = open.len_utf8();
            // The closing mark is one not followed by a letter (so "Russia's" is not a close).
            let bytes = text.as_bytes();
            let mut found = None;
            for (j, c) in rest.char_indices() {
                let at = s + j;
                if c == close && !bytes.get(at + c.len_utf8()).is_some_and(|&b| is_word_byte(b)) {
                    found = Some(at);
                    break;
                }
            }
            // A single-quoted span that would overlap a double-quoted one is not a headline quote
            // (fuzzer-found: two overlapping quotes).
            if let Some(e) = found.filter(|&e| !spans.iter().any(|&(a, b)| a < e && s < b)) {
                spans.push((s, e));
            }
        }
    }
    spans
}

/// `"…," X said` or `"…," said X` right after the closing mark at `close`; returns the mention's
/// byte range and the cue.
fn attribute_after(text: &str, close: usize) -> Option<(usize, usize, String)> {
    let mark_len = text[close..].chars().next()?.len_utf8();
    let after_start = close + mark_len;
    let rest = &text[after_start..];
    let trimmed = rest.trim_start_matches([',', ':', ' ']);
    let base = after_start + (rest.len() - trimmed.len());
    let words = word_spans(trimmed, 8);
    // X said
    for k in 0..words.len() {
        let (ws, we) = words[k];
        if lexicon::is_cue(&trimmed[ws..we]) {
            if k > 0 {
                let (ms, _) = words[0];
                let (_, me) = words[k - 1];
                let who = &trimmed[ms..me];
                if looks_like_speaker(who) {
                    return Some((base + ms, base + me, trimmed[ws..we].to_string()));
                }
            } else if let Some(&(ns, _)) = words.get(1) {
                // said X: X runs to the end of the clause
                // A quote mark ends the clause too: otherwise a long paragraph without punctuation is
                // rescanned once per quote (quadratic).
                let end = trimmed[ns..].find([',', '.', ';', '!', '?', '"', '“', '”']).map_or(trimmed.len(), |i| ns + i);
                let who = trimmed[ns..end].trim_end();
                if looks_like_speaker(who) {
                    return Some((base + ns, base + ns + who.len(), trimmed[ws..we].to_string()));
                }
            }
            return None;
        }
        if k > 5 {
            break;
        }
    }
    None
}

/// A headline `'…': X names …`: the capitalised words after the colon name the speaker, whatever the
/// verb (headlines use many: "names", "warns", "vows").
fn headline_speaker(text: &str, close: usize) -> Option<(usize, usize, String)> {
    let after = close + text[close..].chars().next()?.len_utf8();
    let rest = text[after..].strip_prefix(':')?;
    let base = after + 1 + (rest.len() - rest.trim_start().len());
    let rest = rest.trim_start();
    let words = word_spans(rest, 6);
    let n = words.iter().take_while(|&&(s, e)| rest[s..e].starts_with(|c: char| c.is_uppercase())).count();
    let verb = words.get(n)?;
    (n > 0).then(|| (base + words[0].0, base + words[n - 1].1, rest[verb.0..verb.1].to_string()))
}

/// `X said: "…"` before the opening mark at `open` (the byte after the mark).
fn attribute_before(text: &str, open: usize) -> Option<(usize, usize, String)> {
    let mark_start = text[..open].char_indices().next_back()?.0;
    let before = text[..mark_start].trim_end().trim_end_matches([':', ',']).trim_end();
    // Past the whole mark: '”' is three bytes, so `i + 1` would split it (a fuzzer-found panic).
    let clause_start = before.rfind(['.', '!', '?', '"', '”']).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let clause = &before[clause_start..];
    let words = word_spans(clause, 12);
    let (cs, ce) = *words.last()?;
    if !lexicon::is_cue(&clause[cs..ce]) || words.len() < 2 {
        return None;
    }
    let name_words = &words[..words.len() - 1];
    // The speaker is the run of capitalised words just before the cue ("The coach Lena Brandt").
    let caps = name_words.iter().rev().take_while(|&&(s, e)| clause[s..e].starts_with(char::is_uppercase)).count();
    let first = if caps > 0 { name_words.len() - caps } else { name_words.len() - 1 };
    let (ms, _) = name_words[first];
    let (_, me) = name_words[name_words.len() - 1];
    let who = &clause[ms..me];
    looks_like_speaker(who).then(|| (clause_start + ms, clause_start + me, clause[cs..ce].to_string()))
}

/// Byte ranges of the first `max` words of `s` (letters, digits, apostrophes and hyphens inside).
fn word_spans(s: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let w = c.is_alphanumeric() || (start.is_some() && matches!(c, '\'' | '’' | '-'));
        match (start, w) {
            (None, true) => start = Some(i),
            (Some(st), false) => {
                out.push((st, i));
                start = None;
                if out.len() == max {
                    return out;
                }
            }
            _ => {}
        }
        if !w && matches!(c, '.' | ';' | '"' | '“' | '”') && start.is_none() && !out.is_empty() {
            return out;
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "He" | "She" | "They")
}

fn looks_like_speaker(who: &str) -> bool {
    is_pronoun(who)
        || who.split_whitespace().count() <= 6
            && who.split_whitespace().any(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Strips a leading title from a mention: ("President", "Volodymyr Zelenskyy").
fn split_title(who: &str) -> (Option<&'static str>, &str) {
    let lower = who.to_lowercase();
    for (t, role) in TITLES.iter().rev() {
        if lower.starts_with(t) && who[t.len()..].starts_with(' ') {
            let role: &'static str = role;
            return (Some(role), who[t.len()..].trim_start());
        }
    }
    (None, who)
}

fn resolve(who: &str, registry: &mut Registry, last: Option<usize>) -> Option<usize> {
    if is_pronoun(who) {
        return last;
    }
    let (role, name) = split_title(who);
    if let Some(i) = registry.find(name) {
        registry.alias(i, name);
        return Some(i);
    }
    Some(registry.add(name, role))
}

/// Registers "Title Firstname Lastname" mentions so that a later surname resolves to the full name.
fn collect_titled_names(text: &str, registry: &mut Registry) {
    let words = word_spans(text, usize::MAX);
    let mut k = 0;
    while k < words.len() {
        let w = &text[words[k].0..words[k].1];
        let lower = w.to_lowercase();
        if let Some((_, role)) = TITLES.iter().find(|(t, _)| *t == lower && !t.contains(' ')) {
            let mut j = k + 1;
            while j < words.len()
                && j - k <= 3
                && text[words[j].0..words[j].1].starts_with(|c: char| c.is_uppercase())
                && text[words[j - 1].1..words[j].0].trim().is_empty()
            {
                j += 1;
            }
            if j - k >= 3 {
                let name = &text[words[k + 1].0..words[j - 1].1];
                registry.add(name, Some(role));
            }
            k = j.max(k + 1);
        } else {
            k += 1;
        }
    }
}

/// A sentence like "Ruiz said this" outside quotes names the current speaker.
fn mentions_with_cue(text: &str, registry: &mut Registry) -> Option<usize> {
    let words = word_spans(text, 12);
    for k in 1..words.len() {
        if lexicon::is_cue(&text[words[k].0..words[k].1]) {
            let who = &text[words[0].0..words[k - 1].1];
            let (_, name) = split_title(who);
            return registry.find(name);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::parse_article;

    fn run(text: &str) -> (Vec<Speaker>, Vec<Quote>) {
        extract(&parse_article(text).unwrap())
    }

    #[test]
    fn quote_then_name_said() {
        let (sp, q) = run("Title\n\"The water is safe to drink now,\" Hana Kowalski said.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "The water is safe to drink now,");
        assert_eq!(sp[q[0].speaker.unwrap()].name, "Hana Kowalski");
        assert_eq!(q[0].cue.as_deref(), Some("said"));
    }

    #[test]
    fn quote_then_said_name() {
        let (sp, q) = run("Title\n\"We will rebuild the school by autumn,\" said Omar Haddad, the principal.");
        assert_eq!(sp[q[0].speaker.unwrap()].name, "Omar Haddad");
    }

    #[test]
    fn name_said_colon_quote() {
        let (sp, q) = run("Title\nThe coach Lena Brandt said: \"We lost the game in the first ten minutes.\"");
        assert_eq!(q.len(), 1);
        assert_eq!(sp[q[0].speaker.unwrap()].name, "Lena Brandt");
    }

    #[test]
    fn surname_and_pronoun_resolve_to_the_titled_full_name() {
        let (sp, q) = run(
            "Title\nGovernor Maria Teixeira said this on Monday.\n\"Nobody will be left without heating,\" Teixeira stressed.\nShe added more.\n\"The reserves are full for the winter,\" she said.",
        );
        assert_eq!(q.len(), 2);
        assert_eq!(sp.len(), 1);
        assert_eq!(sp[0].name, "Maria Teixeira");
        assert_eq!(sp[0].role.as_deref(), Some("Governor"));
        assert_eq!(q[1].speaker, Some(0));
    }

    #[test]
    fn apostrophe_in_a_headline_does_not_close_the_quote() {
        let (_, q) = run("'Despite the city's debts': Mayor Ruiz unveils budget\nText.");
        assert_eq!(q[0].text, "Despite the city's debts");
        assert_eq!(q[0].kind, QuoteKind::Headline);
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        let (_, q) = run("Title\n\"They call it 'the bridge to nowhere' and laugh,\" Rosa Lind said.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "They call it 'the bridge to nowhere' and laugh,");
    }
}
