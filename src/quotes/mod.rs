//! Quotes: quote-mark spans → attribution (cue + speaker mention) → speaker resolution.
//!
//! 1. [`crate::text::quotemarks`] finds the outermost quoted spans of each paragraph; a paragraph that
//!    leaves a quote open and a next paragraph that reopens it make one multi-paragraph quote.
//! 2. [`attribution`] reads the cue and the speaker's words in bounded windows after the closing mark
//!    and before the opening mark; a split quote (`"A," she said, "B."`) is joined into one.
//! 3. Quotes with no attribution of their own continue the speaker of the quote just before them (in
//!    the same or the previous paragraph); short quoted phrases with no cue are scare quotes or
//!    titles, not quotes.
//! 4. [`crate::people::Registry`] resolves the words to a speaker: a full name, a surname, a title
//!    alone, a pronoun.
//!
//! Every pass reads each paragraph once, plus windows of bounded size around quote marks: linear in
//! the article's length. Each paragraph is tokenized once (`attribution::words`) for the name passes
//! and the recent names; the attribution windows (320 bytes on either side of a quote) are tokenized
//! on their own (cutting them from the paragraph's words was as fast in wasm and cost 250 B gzipped);
//! the lexicons are hashed sets ([`crate::text::packed::Lexicon`]) looked up without allocating.

mod attribution;
mod lexicon;

pub use lexicon::{is_cue, Lang, DE_CUES, EN_VERBS, EN_WORDS, UK_CUES};
use lexicon::{Detector, DETECT_BYTES};

use crate::article::{Article, BlockKind};
use crate::people::{is_title_word, Registry, Speaker};
use crate::prelude::*;
use crate::text::packed::lexicon;
use crate::text::floor_boundary;
use crate::text::trim;
use crate::text::quotemarks::{opens_with_quote, scan, MarkSpan};
use attribution::{Attribution, Span};
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
    /// The quoted words without the marks; the parts of a split quote, or the paragraphs of a
    /// multi-paragraph quote, joined by one space.
    pub text: String,
    pub paragraph: usize,
    /// From the first quoted character to the end of the last quoted character in `paragraph`.
    pub start: usize,
    pub end: usize,
    /// The last paragraph of a quote that runs over several (else `paragraph`), and the end of the
    /// quoted text in it.
    pub end_paragraph: usize,
    pub end_in_end_paragraph: usize,
    /// Index into the speakers.
    pub speaker: Option<usize>,
    pub mention: Option<Mention>,
    pub cue: Option<String>,
}

/// The fewest words an attributed quote may have (`Beck called it "blasphemy"`).
const MIN_ATTRIBUTED_WORDS: usize = 1;

/// The last attributed quote: its last paragraph, speaker, mention and cue (paragraph and byte range:
/// the cue's text is copied only into the quotes that carry it).
type LastAttributed = (usize, Option<usize>, Option<Mention>, Option<(usize, usize, usize)>);

/// A quote before attribution: its pieces (paragraph, span) in order.
struct Candidate {
    pieces: Vec<(usize, MarkSpan)>,
}

impl Candidate {
    fn first(&self) -> (usize, MarkSpan) {
        self.pieces[0]
    }
    fn last(&self) -> (usize, MarkSpan) {
        self.pieces[self.pieces.len() - 1]
    }
}

/// The quotes of an article and the speakers they are attributed to.
pub fn extract(article: &Article) -> (Vec<Speaker>, Vec<Quote>) {
    let blocks = &article.blocks;
    let lang = article.meta.language.as_deref().and_then(Lang::from_tag).unwrap_or_else(|| detect(article));
    let mut registry = Registry::default();
    // Each paragraph is tokenized once: the name passes and the recent names read these word spans.
    let words: Vec<Vec<Span>> = blocks.iter().map(|b| attribution::words(&b.text)).collect();
    for (block, w) in blocks.iter().zip(&words) {
        collect_titled_names(&block.text, w, &mut registry);
    }
    for (block, w) in blocks.iter().zip(&words) {
        collect_full_names(&block.text, w, &mut registry);
    }
    let candidates = candidates(article);
    let mut quotes: Vec<Quote> = Vec::new();
    // The last attributed quote: (its last paragraph, speaker, mention, cue).
    let mut last: Option<LastAttributed> = None;
    // How far names have been noted as recent: (paragraph, byte); text before it has been read.
    let mut touched = (0usize, 0usize);
    // The pieces of the quote being read, (paragraph, start, end): one list for all candidates.
    let mut pieces: Vec<(usize, usize, usize)> = Vec::new();
    let mut scratch = attribution::Scratch::default();
    let mut i = 0;
    while i < candidates.len() {
        let cand = &candidates[i];
        let (p, first) = cand.first();
        let (mut lp, mut lspan) = cand.last();
        // Names the article gives up to this quote become the recent ones, in reading order.
        while touched.0 < p {
            let t = &blocks[touched.0].text;
            touch_names(t, &words[touched.0], touched.1, t.len(), &mut registry);
            touched = (touched.0 + 1, 0);
        }
        if touched.0 == p && first.open > touched.1 {
            touch_names(&blocks[p].text, &words[p], touched.1, first.open, &mut registry);
            touched.1 = first.open;
        }
        let text_p = &blocks[p].text;
        let is_headline = p == 0 && blocks[0].kind == BlockKind::Heading;
        pieces.clear();
        pieces.extend(cand.pieces.iter().map(|(q, s)| (*q, s.start, s.end)));

        // Attribution: after the closing mark, before the opening mark, the headline pattern, or an
        // introducing sentence ending in a colon at the end of the previous paragraph.
        let after = lspan.close.and_then(|c| attribution::after_in(&blocks[lp].text, c, lang, &mut scratch)).map(|a| (lp, a));
        let before = attribution::before_in(text_p, first.open, lang, &mut scratch).map(|a| (p, a));
        let mut found: Option<(usize, Attribution)> = match (after, before) {
            (Some(_), Some(b)) if b.1.introduces => Some(b),
            (Some(a), _) => Some(a),
            (None, b) => b,
        };
        // German verb-final cues after a phrase in lower case („als „falsch“ zurückgewiesen“).
        let lower_phrase = text_p.get(first.start..first.end.max(first.start)).is_some_and(starts_lower);
        if found.is_none() && lang == Lang::De && lower_phrase {
            found = lspan.close.filter(|_| lp == p).and_then(|c| attribution::german_cue_after(text_p, first.open, c, &mut scratch)).map(|a| (p, a));
        }
        if found.is_none() && is_headline {
            found = lspan.close.and_then(|c| attribution::headline(text_p, c)).map(|a| (p, a));
        }
        if found.is_none() && p > 0 && trim(&text_p[..first.open]).is_empty() {
            let prev = &blocks[p - 1].text;
            if prev.trim_end().ends_with(':') {
                found = attribution::before_in(prev, prev.len(), lang, &mut scratch).map(|a| (p - 1, a));
            }
        }

        // A quote that opens a sentence right after one that names a speaker with a cue ("Ruiz said
        // the bridge would open. "We are ready."") continues what that speaker said.
        if found.is_none() && !is_headline {
            let before_open = text_p[..first.open].trim_end();
            let stop = if ends_in(before_open, b".!?") {
                Some(before_open.len() - 1)
            } else if lang == Lang::De {
                // German reported speech runs on in the subjunctive ("Sie sagte, … Das Projekt sei
                // „kaum zu halten“"): the end of the sentence before, in a bounded window.
                // The last stop followed by a space or the end, read on the bytes (the marks are ASCII,
                // so no byte of another character is one).
                let b = before_open.as_bytes();
                (b.len().saturating_sub(400)..b.len())
                    .rev()
                    .find(|&i| matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).map_or(true, |&n| n == b' '))
            } else {
                None
            };
            if let Some(stop) = stop {
                found = attribution::before_in(text_p, stop, lang, &mut scratch).filter(|a| a.cue.is_some()).map(|a| (p, a));
            }
        }

        // A split quote: "A," she said, "B." — the next quote starts right after the attribution.
        let mut consumed = 1;
        if let Some((ap, a)) = found.filter(|(ap, _)| *ap == lp) {
            if let Some(next) = candidates.get(i + 1) {
                let (np, nspan) = next.first();
                let ptext = &blocks[lp].text;
                let between = ptext.get(a.end..nspan.open).unwrap_or("x");
                let first_part = ptext.get(lspan.start..lspan.end).unwrap_or("").trim_end();
                if np == ap
                    && lspan.close.is_some_and(|c| c <= a.mention.0)
                    && trim(crate::text::trim_by(trim(between), |c| matches!(c, ',' | ':' | '—' | '–'))).is_empty()
                    && between.chars().any(|c| matches!(c, ',' | '—' | '–'))
                    && !ends_in(first_part, b".!?")
                {
                    pieces.extend(next.pieces.iter().map(|(q, s)| (*q, s.start, s.end)));
                    let l = next.last();
                    lp = l.0;
                    lspan = l.1;
                    consumed = 2;
                }
            }
        }

        let text = join_pieces(blocks, &pieces);
        let words = crate::text::word_count(&text);
        // A final comma inside the marks stands for a full stop: the quote is a sentence.
        let ends_with_comma = blocks[lp].text.get(lspan.start..lspan.end).is_some_and(|t| t.trim_end().ends_with(','));
        let partial = (lower_phrase || !ends_with_comma) && looks_partial(&text, words);
        let has_attr = found.is_some();
        // A short capitalised phrase right after an article or a preposition names something (a
        // newspaper, a programme, a book: „im „Spiegel“", "the "Gang of Eight""), it is not speech.
        let named_thing = lang == Lang::De
            && words <= 6
            && !ends_in(&text, b".!?")
            && crate::people::starts_upper(&text)
            && (word_before(&blocks[p].text, first.open).is_some_and(is_article_or_preposition)
                // In German every noun has a capital: a capitalised phrase without a verb's punctuation
                // is a name or a title unless a cue introduces it right away.
                || !found.is_some_and(|(_, a)| a.introduces || a.cue.is_some_and(|c| c.0 >= lspan.close.unwrap_or(usize::MAX))));
        // Keep: attributed quotes (a cued phrase of one word counts: `called it "absurd"`);
        // unattributed ones only when they read as whole sentences or long phrases (scare quotes and
        // titles have neither a cue nor sentence form).
        let keep = if named_thing && !is_headline {
            false
        } else if is_headline {
            words >= 2 && has_attr
        } else if has_attr {
            words >= MIN_ATTRIBUTED_WORDS
        } else {
            // A long phrase in lower case is a quote whose attribution lies further back.
            (!partial && words >= 4 || words >= 5 || lang == Lang::De && words >= 2 && lower_phrase)
                && !(lang == Lang::En && looks_like_title(&text))
        };
        if !keep {
            i += consumed;
            continue;
        }
        let kind = if is_headline {
            QuoteKind::Headline
        } else if partial {
            QuoteKind::Partial
        } else {
            QuoteKind::Direct
        };
        // German: a quote inside a clause without a cue takes the clause's subject (`Die Ministerin
        // nannte den Plan „unausgegoren“`); only the speaker, not whether the quote is kept.
        if found.is_none() && lang == Lang::De && !is_headline {
            found = attribution::german_clause_speaker(text_p, first.open, &mut scratch).map(|a| (p, a));
        }
        let (speaker, mention, cue) = match found {
            Some((ap, mut a)) => {
                let ptext = &blocks[ap].text;
                // "He’s", "she'd": the pronoun without its contraction.
                let who = &ptext[a.mention.0..a.mention.1];
                // (The first apostrophe found on the bytes: `find(['’', '\''])` decoded every character
                // through three levels of searcher calls.)
                let wb = who.as_bytes();
                let apostrophe = (0..wb.len()).find(|&i| wb[i] == b'\'' || wb[i..].starts_with("’".as_bytes()));
                let mut who = who;
                if let Some(cut) = apostrophe.filter(|&c| crate::people::pronoun(&who[..c]).is_some()) {
                    a.mention.1 = a.mention.0 + cut;
                    who = &who[..cut];
                }
                let role = a.role.map(|(s, e)| clean_role(&ptext[s..e]));
                let sp = registry.resolve(who, role.as_deref().filter(|r| looks_like_role(r)));
                let m = Mention { paragraph: ap, start: a.mention.0, end: a.mention.1 };
                (sp, Some(m), a.cue.map(|(s, e)| (ap, s, e)))
            }
            None => match &last {
                // A quote standing alone right after an attributed quote continues its speaker.
                Some((lq, sp, m, cue)) if *lq + 1 >= p && !is_headline => (*sp, *m, *cue),
                // German news often names the speaker a sentence or two before the quote: the
                // person named last.
                _ if lang == Lang::De && !is_headline => (registry.last_named().filter(|&i| is_person_name(&registry.speakers[i].name)), None, None),
                _ => (None, None, None),
            },
        };
        if let Some(sp) = speaker {
            registry.touch(sp);
        }
        if speaker.is_some() || mention.is_some() {
            last = Some((lp, speaker, mention, cue));
        }
        let (ep, _, ee) = *pieces.last().unwrap_or(&(p, first.start, first.end));
        let end_in_first = pieces.iter().rev().find(|(q, _, _)| *q == p).map_or(first.end, |x| x.2);
        quotes.push(Quote {
            kind,
            text,
            paragraph: p,
            start: first.start,
            end: trim_end_offset(&blocks[p].text, first.start, end_in_first),
            end_paragraph: ep,
            end_in_end_paragraph: trim_end_offset(&blocks[ep].text, 0, ee),
            speaker,
            mention,
            cue: cue.map(|(cp, s, e)| blocks[cp].text[s..e].to_string()),
        });
        i += consumed;
    }
    (registry.speakers, quotes)
}

/// Capitalised German words that open a sentence or a noun phrase: "Die Regierung" is no person.
const DE_NOT_FIRST_NAMES: &[&str] = &[
    "Als", "Am", "Auch", "Auf", "Aus", "Bei", "Das", "Dem", "Den", "Der", "Des", "Die", "Ein", "Eine", "Einem", "Einen",
    "Einer", "Es", "Für", "Im", "In", "Mit", "Nach", "Seit", "Um", "Von", "Vor", "Wie", "Zu", "Zum", "Zur",
];

lexicon!(static DE_NOT_FIRST = DE_NOT_FIRST_NAMES;);
lexicon!(static NOT_FIRST = NOT_FIRST_NAMES;);
lexicon!(static NAME_INTRO_LEX = NAME_INTRO;);

/// Whether a registered name reads as a person's ("Anke Schäferkordt", not "Die Bundesregierung").
fn is_person_name(name: &str) -> bool {
    let first = crate::text::split_byte(name, b' ').next().unwrap_or("");
    crate::text::has_byte(name.as_bytes(), b' ') && !DE_NOT_FIRST.contains(first) && !NOT_FIRST.contains(first)
}

/// The word right before byte `at` (across spaces only).
fn word_before(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?.trim_end();
    // The run of letters and digits at its end, read backwards (the reverse character walk that
    // `clause_start` uses; `rfind` with a closure compiled a searcher of its own).
    let mut start = before.len();
    for (i, c) in before.char_indices().rev() {
        if !crate::text::class::is_alnum(c) {
            break;
        }
        start = i;
    }
    let w = &before[start..];
    (!w.is_empty()).then_some(w)
}

/// Articles and prepositions before a name (English and German), lower case, sorted.
const NAME_INTRO: &[&str] = &[
    "a", "am", "an", "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen",
    "einer", "from", "gegenüber", "im", "in", "laut", "of", "on", "the", "vom", "von", "zum", "zur",
];

fn is_article_or_preposition(w: &str) -> bool {
    NAME_INTRO_LEX.contains(w)
}

/// [`Lang::detect`] on the article's first [`DETECT_BYTES`], its paragraphs read where they are (the
/// line break that would join them is no letter).
fn detect(article: &Article) -> Lang {
    let mut d = Detector::default();
    let mut left = DETECT_BYTES;
    for b in &article.blocks {
        let t = &b.text[..floor_boundary(&b.text, left)];
        d.feed(t);
        // The sample ends in this paragraph (maybe a few bytes short, before a character that
        // crosses its end) or at the line break after it.
        if t.len() < b.text.len() || t.len() + 1 >= left {
            break;
        }
        left -= t.len() + 1;
    }
    d.finish()
}

/// The candidate quotes of the article in reading order, multi-paragraph quotes chained.
fn candidates(article: &Article) -> Vec<Candidate> {
    let blocks = &article.blocks;
    let spans: Vec<Vec<MarkSpan>> = blocks
        .iter()
        .map(|b| if b.kind == BlockKind::Caption { Vec::new() } else { scan(&b.text) })
        .collect();
    let mut out = Vec::new();
    let mut skip_first = vec![false; blocks.len()];
    for p in 0..blocks.len() {
        for (k, &span) in spans[p].iter().enumerate() {
            if k == 0 && skip_first[p] {
                continue;
            }
            let mut pieces = vec![(p, span)];
            let mut q = p;
            let mut cur = span;
            // The reopening convention: an open quote continues when the next paragraph opens with a
            // quote mark.
            while cur.close.is_none() {
                let nq = q + 1;
                let next = spans.get(nq).and_then(|s| s.first()).copied();
                match next {
                    Some(n)
                        if blocks[nq].kind == BlockKind::Paragraph
                            && opens_with_quote(&blocks[nq].text)
                            && trim(&blocks[nq].text[..n.open]).is_empty() =>
                    {
                        pieces.push((nq, n));
                        skip_first[nq] = true;
                        q = nq;
                        cur = n;
                    }
                    _ => break,
                }
            }
            // An unbalanced mark that nothing continues: a quote only when it opens the paragraph.
            if pieces.len() == 1 && span.close.is_none() && !trim(&blocks[p].text[..span.open]).is_empty() {
                continue;
            }
            out.push(Candidate { pieces });
        }
    }
    out
}

/// The quoted words of the pieces joined by one space; a final comma that stands in for a full stop
/// is dropped.
fn join_pieces(blocks: &[crate::article::Block], pieces: &[(usize, usize, usize)]) -> String {
    let mut text = String::new();
    for &(p, s, e) in pieces {
        let Some(part) = blocks.get(p).and_then(|b| b.text.get(s..e)) else { continue };
        let part = trim(part);
        if !text.is_empty() {
            // The earlier part of a split quote ends with a comma that the attribution stood in for.
            let t = trim_end_bytes(&text, b", ").len();
            text.truncate(t);
        }
        if part.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(part);
    }
    // Cut in place: no second copy of the quote.
    let n = trim_end_bytes(&text, b", ").len();
    text.truncate(n);
    text
}

/// Whether `s` ends with one of the ASCII characters `set` (an ASCII character is its last byte: no
/// decoding, and one copy where each `ends_with([…])` compiled its own).
fn ends_in(s: &str, set: &[u8]) -> bool {
    s.as_bytes().last().is_some_and(|&b| crate::text::has_byte(set, b))
}

/// `s` without the ASCII characters `set` at its end.
pub(crate) fn trim_end_bytes<'a>(s: &'a str, set: &[u8]) -> &'a str {
    let mut n = s.len();
    while n > 0 && crate::text::has_byte(set, s.as_bytes()[n - 1]) {
        n -= 1;
    }
    s.get(..n).unwrap_or("")
}

fn trim_end_offset(text: &str, start: usize, end: usize) -> usize {
    let slice = text.get(start..end).unwrap_or("");
    start + trim_end_bytes(slice.trim_end(), b",").trim_end().len()
}

/// A phrase inside a sentence rather than a sentence of its own: it starts in lower case, or it is
/// short and ends without punctuation.
/// Whether a quote's `text` (of `words` words: counted once by the caller) reads as a phrase.
fn looks_partial(text: &str, words: usize) -> bool {
    let lower = starts_lower(text);
    let t = text.trim_end();
    let ends_punct = ends_in(t, b".!?,:;") || t.ends_with("…") || t.ends_with("—");
    lower || (!ends_punct && words <= 6)
}

/// Whether the first letter or digit of `text` is a lower-case letter.
fn starts_lower(text: &str) -> bool {
    text.chars().find(|c| crate::text::class::is_alnum(*c)).is_some_and(crate::text::class::is_lower)
}

/// Title case with no sentence punctuation: a film, a book, a slogan ("The Art of the Deal").
fn looks_like_title(text: &str) -> bool {
    if ends_in(text, b".!?,") {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for w in crate::text::words(text) {
        words += 1;
        caps += usize::from(crate::people::starts_upper(w));
    }
    words <= 10 && caps * 3 >= words * 2
}

fn clean_role(role: &str) -> String {
    let r = trim(trim_end_bytes(trim(role), b",."));
    let r = crate::text::strip_article(r);
    r.to_string()
}

fn looks_like_role(role: &str) -> bool {
    let n = crate::text::word_count(role);
    (1..=8).contains(&n) && !role.chars().next().is_some_and(crate::text::class::is_number)
}

/// Whether the word at byte `at` of `text` starts with a capital (ASCII read from the byte, inline:
/// the name passes ask it of every word).
#[inline(always)]
fn starts_upper(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => starts_upper_other(text, at),
        None => false,
    }
}

#[inline(never)]
fn starts_upper_other(text: &str, at: usize) -> bool {
    text.get(at..).and_then(|t| t.chars().next()).is_some_and(crate::text::class::is_upper)
}

/// Registers "Title Firstname Lastname" mentions so that a later surname or title resolves to the
/// full name, with the title as the role.
fn collect_titled_names(text: &str, words: &[Span], registry: &mut Registry) {
    let (start, end) = (|k: usize| words[k].0 as usize, |k: usize| words[k].1 as usize);
    let mut k = 0;
    while k < words.len() {
        if starts_upper(text, start(k)) && is_title_word(&text[start(k)..end(k)]) {
            // The title: this word and the title words right after it ("Prime Minister").
            let mut t_end = k;
            // "US President", "U.S. Sen.": abbreviations in capitals before the title belong to it.
            let mut k0 = k;
            while k0 > 0 && {
                let pw = &text[start(k0 - 1)..end(k0 - 1)];
                pw.len() <= 5 && pw.chars().all(|c| crate::text::class::is_upper(c) || c == '.') && trim(&text[end(k0 - 1)..start(k0)]).is_empty()
            } {
                k0 -= 1;
            }
            while t_end + 1 < words.len() && is_title_word(&text[start(t_end + 1)..end(t_end + 1)]) {
                t_end += 1;
            }
            let mut j = t_end + 1;
            while j < words.len()
                && j - t_end <= 3
                && crate::people::starts_upper(&text[start(j)..end(j)])
                && trim(&text[end(j - 1)..start(j)]).is_empty()
            {
                j += 1;
            }
            if j - t_end >= 3 {
                let title = &text[start(k0)..end(t_end)];
                let name = &text[start(t_end + 1)..end(j - 1)];
                let (_, bare) = crate::people::split_title(&text[start(k)..end(j - 1)]);
                let role = if bare == name { Some(title) } else { None };
                registry.add(name, role.filter(|r| !crate::text::one_of(trim_end_bytes(r, b"."), "Mr Mrs Ms Dr")));
            }
            k = j.max(k + 1);
        } else {
            k += 1;
        }
    }
}

/// Capitalised words that start sentences or name months and days, not people.
const NOT_FIRST_NAMES: &[&str] = &[
    "A", "After", "An", "And", "April", "As", "At", "August", "But", "By", "December", "During", "February", "For",
    "Friday", "From", "He", "However", "If", "In", "It", "January", "July", "June", "March", "May", "Meanwhile",
    "Monday", "North", "November", "October", "On", "Saturday", "September", "She", "So", "South", "Sunday", "That",
    "The", "They", "This", "Thursday", "Tuesday", "We", "Wednesday", "When", "While", "With",
];

/// Registers two- and three-word names ("Hillary Clinton") that the article gives without a title, so
/// that a later surname ("Clinton said") resolves to the fullest name.
fn collect_full_names(text: &str, words: &[Span], registry: &mut Registry) {
    let (start, end) = (|k: usize| words[k].0 as usize, |k: usize| words[k].1 as usize);
    // A capitalised word (the caller tests that) that is no title word: a capital, a small letter,
    // then letters, hyphens and apostrophes (ASCII read from the bytes).
    let is_name_word = |w: &str| {
        let shape = if w.is_ascii() {
            let b = w.as_bytes();
            b.len() > 1 && b[1].is_ascii_lowercase() && b[2..].iter().all(|&c| c.is_ascii_alphabetic() || matches!(c, b'-' | b'\''))
        } else {
            let mut cs = w.chars();
            cs.next().is_some_and(crate::text::class::is_upper)
                && cs.clone().next().is_some_and(crate::text::class::is_lower)
                && cs.all(|c| crate::text::class::is_letter(c) || matches!(c, '-' | '\'' | '’'))
        };
        shape && !is_title_word(w)
    };
    // Only spaces between two words (a space is one byte, and no byte of another character).
    let spaced = |j: usize| text.as_bytes()[end(j - 1)..start(j)].iter().all(|&b| b == b' ');
    let mut k = 0;
    while k < words.len() {
        let mut j = k;
        while j < words.len() && j - k < 3 && starts_upper(text, start(j)) && is_name_word(&text[start(j)..end(j)]) && (j == k || spaced(j)) {
            j += 1;
        }
        let next_is_cap = || j > k && j < words.len() && starts_upper(text, start(j)) && spaced(j);
        if j - k >= 2 && !next_is_cap() && !NOT_FIRST.contains(&text[start(k)..end(k)]) {
            let name = &text[start(k)..end(j - 1)];
            // Name words hold no title word nor stop, so `registry.find` would split no title off:
            // `add_quietly`'s own look-up is the whole test.
            if !name.chars().any(|c| matches!(c, '’' | '\'')) {
                registry.add_quietly(name);
            }
        }
        k = j.max(k + 1);
    }
}

/// Notes the known names that `text[from..to]` mentions as the most recent ones (for pronouns later
/// on). `from` and `to` are quote marks or the paragraph's ends, where no word of the paragraph is
/// cut: its words in the range are the range's own.
fn touch_names(text: &str, words: &[Span], from: usize, to: usize, registry: &mut Registry) {
    let first = words.partition_point(|w| (w.0 as usize) < from);
    let inside = words[first..].iter().take_while(|w| w.1 as usize <= to);
    debug_assert_eq!(
        inside.clone().map(|&(s, e)| (s as usize, e as usize)).collect::<Vec<_>>(),
        text.get(from..to).map_or(Vec::new(), |t| attribution::words(t).iter().map(|&(s, e)| (from + s as usize, from + e as usize)).collect()),
    );
    for &(s, e) in inside {
        if e - s > 2 && starts_upper(text, s as usize) {
            if let Some(i) = registry.find_word(&text[s as usize..e as usize]) {
                registry.mentioned(i);
            }
        }
    }
}

#[cfg(test)]
mod tests;
