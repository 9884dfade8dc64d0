//! Sentence segmentation for news prose. A full stop ends a sentence unless it closes an abbreviation
//! ("Mr.", "U.S.", "Jan."), an initial ("Donald J. Trump"), or a number ("3.5"); what follows a break
//! must look like a sentence start. Closing quote marks and brackets after the stop stay with the
//! sentence that they close.

use core::ops::Range;
use crate::prelude::*;

/// Abbreviations (without their final stop) after which a full stop does not end a sentence, lower
/// case, sorted for binary search.
pub const ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "apr", "aug", "ave", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr",
    "e.g", "etc", "feb", "fig", "fri", "gen", "gov", "hon", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd",
    "maj", "mar", "mon", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "p.m", "pfc", "ph.d", "pres", "prof", "rep",
    "rev", "sat", "sen", "sep", "sept", "sgt", "sr", "st", "sun", "thu", "thurs", "tue", "tues", "u.k", "u.n",
    "u.s", "u.s.a", "univ", "vs", "wed",
];

crate::text::packed::lexicon!(pub(crate) static ABBREV = ABBREVIATIONS;);

/// The byte ranges of the sentences of `text`, in order, without surrounding white space. Every
/// non-blank character of `text` falls in exactly one range.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    sentences_into(text, usize::MAX, &mut out);
    out
}

/// [`sentences`] written into `out` (cleared first): the timeline reuses one list for all paragraphs.
/// It stops after the first sentence that ends past byte `until` (the start of a paragraph's last
/// date: the timeline looks up no sentence after it); the sentences before are the same.
pub(crate) fn sentences_into(text: &str, until: usize, out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut start = None::<usize>;
    let bytes = text.as_bytes();
    let char_at = |i: usize| text.get(i..).and_then(|t| t.chars().next());
    let mut i = 0;
    while i < bytes.len() {
        if start.is_none() {
            // Between sentences: step over white space a character at a time.
            let Some(c) = char_at(i) else { break };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            start = Some(i);
        }
        // Inside a sentence only the stops matter: '.', '!', '?' and '…' (E2 80 A6); other bytes,
        // continuation bytes among them, are stepped over undecoded, eight at a time while none of
        // them is a stop or above 127.
        if let Some(w) = bytes.get(i..i + 8) {
            if !maybe_stop(u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or([b'.'; 8]))) {
                i += 8;
                continue;
            }
        }
        let c = match bytes[i] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            0xE2 if bytes[i..].starts_with("…".as_bytes()) => '…',
            _ => {
                i += 1;
                continue;
            }
        };
        // Take further stops and the closing marks that belong to this sentence: ?!, ..., .", .)
        let mut end = i + c.len_utf8();
        while let Some(d) = char_at(end) {
            if matches!(d, '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '“') {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        let stop = i;
        i = end;
        let rest = &text[end..];
        if !rest.starts_with(char::is_whitespace) && !rest.is_empty() {
            continue; // "3.5", "U.S.-led", "example.com"
        }
        let s = start.unwrap_or(0);
        if c == '.' && end == stop + 1 && !is_break_after_stop(&text[s..stop], rest) {
            continue;
        }
        if !starts_sentence(rest.trim_start()) {
            continue;
        }
        out.push(s..end);
        if end > until {
            return;
        }
        start = None;
    }
    if let Some(s) = start {
        let e = s + text[s..].trim_end().len();
        if e > s {
            out.push(s..e);
        }
    }
}

/// Whether any of the eight bytes of `x` is '.', '!', '?' or above 127 (the "has a zero byte" bit
/// trick on `x` XOR each stop: it may flag a byte next to a match, never miss one).
#[inline(always)]
fn maybe_stop(x: u64) -> bool {
    use super::swar::{eq, HIGH};
    (eq(x, b'.') | eq(x, b'!') | eq(x, b'?') | x & HIGH) != 0
}

/// Whether a full stop after `before` ends the sentence (it does not after an abbreviation or an
/// initial, unless the next word clearly starts a sentence on its own).
fn is_break_after_stop(before: &str, _rest: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '«' | '—' | '–'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &before[word_start..];
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.clone().next()) {
        if crate::text::class::is_upper(first) {
            return false; // an initial: "J. Trump"
        }
    }
    !ABBREV.contains_lower(word)
}

/// Whether text (after white space) can begin a sentence: a capital, a digit, or an opening mark.
fn starts_sentence(rest: &str) -> bool {
    match rest.chars().next() {
        None => true,
        Some(c) => crate::text::class::is_upper(c) || crate::text::class::is_number(c) || !crate::text::class::is_letter(c) && !matches!(c, ',' | ';' | ':' | ')'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn abbreviations_are_sorted_for_binary_search() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(split("The ferry left. It sank? No!  Everyone swam."), vec!["The ferry left.", "It sank?", "No!", "Everyone swam."]);
    }

    #[test]
    fn keeps_abbreviations_initials_and_numbers() {
        assert_eq!(
            split("Mr. Diaz met Dr. Lee in the U.S. capital on Jan. 4 at 3.5 p.m. local time. Mary J. Okafor came too."),
            vec!["Mr. Diaz met Dr. Lee in the U.S. capital on Jan. 4 at 3.5 p.m. local time.", "Mary J. Okafor came too."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("\"We are ready.\" The coach smiled. She said \"why not?\" and left."),
            vec!["\"We are ready.\"", "The coach smiled.", "She said \"why not?\" and left."]
        );
    }

    #[test]
    fn lower_case_after_a_stop_continues() {
        assert_eq!(split("It cost approx. ten euros."), vec!["It cost approx. ten euros."]);
    }

    #[test]
    fn stops_are_found_wherever_they_fall_among_eight_byte_runs() {
        let body = "The ferry left at 3.5 knots. It sank?! No… Mr. Diaz swam! Everyone \"cheered.\" Done";
        let base = sentences(body);
        assert_eq!(base.len(), 6);
        for pad in 0..20 {
            let text = format!("{}{body}", " ".repeat(pad));
            let shifted: Vec<Range<usize>> = base.iter().map(|r| r.start + pad..r.end + pad).collect();
            assert_eq!(sentences(&text), shifted, "{pad}");
            let text = format!("Abc defgh ijk lmn op {}. {body}", "x".repeat(pad));
            assert_eq!(sentences(&text).len(), base.len() + 1, "{pad}");
        }
    }

    #[test]
    fn trailing_text_without_a_stop_is_a_sentence() {
        assert_eq!(split("  Done. and then nothing "), vec!["Done. and then nothing"]);
        assert!(split("   ").is_empty());
    }
}
