//! Quote-mark scanning: the quoted spans of one paragraph, in one pass.
//!
//! Marks: straight `"` and `'`; curly “ ” and ‘ ’; « » and ‹ › in both directions; „ “ and ‚ ‘;
//! 「 」 and 『 』. An apostrophe inside or at the end of a word (Russia's, don't, the Joneses') is not
//! a mark. Only outermost spans are returned: nested quotes stay inside their outer quote. A mark
//! that never closes is dropped (the spans inside it become outer spans), except that a paragraph
//! whose last quote is still open reports it, so that the caller can apply the reopening convention
//! (a quote that runs on into a paragraph that opens with a quote mark).

use crate::prelude::*;

/// The families of quote marks: what closes what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `"…"`
    Straight,
    /// `“…”`
    Curly,
    /// `„…“` (German) or `„…”`
    Low,
    /// `«…»`
    Guillemet,
    /// `»…«`
    ReverseGuillemet,
    /// `「…」`
    Corner,
    /// `『…』`
    WhiteCorner,
    /// `'…'`
    StraightSingle,
    /// `‘…’`
    CurlySingle,
    /// `‚…‘` or `‚…’`
    LowSingle,
    /// `‹…›`
    SingleGuillemet,
    /// `›…‹`
    ReverseSingleGuillemet,
}

impl Family {
    /// Whether this family quotes with double marks (the usual outer quotes in running text).
    pub fn is_double(self) -> bool {
        !matches!(
            self,
            Family::StraightSingle
                | Family::CurlySingle
                | Family::LowSingle
                | Family::SingleGuillemet
                | Family::ReverseSingleGuillemet
        )
    }
}

/// An outermost quoted span of a paragraph. Byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkSpan {
    pub family: Family,
    /// The byte offset of the opening mark.
    pub open: usize,
    /// The first and one past the last quoted byte (inside the marks).
    pub start: usize,
    pub end: usize,
    /// One past the closing mark; `None` when the span runs to the end of the paragraph unclosed.
    pub close: Option<usize>,
}

/// Nesting deeper than this is not news prose; deeper opening marks are ignored.
const MAX_DEPTH: usize = 4;

struct Open {
    family: Family,
    at: usize,
    len: usize,
    /// Closed spans directly inside this one (kept in case this mark turns out to be unbalanced).
    children: Vec<MarkSpan>,
}

fn is_wordish(c: Option<char>) -> bool {
    c.is_some_and(|c| crate::text::class::is_alnum(c))
}

fn is_space_or_edge(c: Option<char>) -> bool {
    c.map_or(true, char::is_whitespace)
}

/// How far (bytes) a plural possessive looks ahead for the closer of its single quote.
const POSSESSIVE_LOOKAHEAD: usize = 400;

/// Whether a single closing mark `close` (`'` or `’`) stands in `text` after byte `from`, within a
/// bounded window and before any mark that would open a new single quote.
fn closer_follows(text: &str, from: usize, close: char) -> bool {
    let mut to = (from + POSSESSIVE_LOOKAHEAD).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[from..to];
    let mut prev: Option<char> = None;
    let mut it = window.chars().peekable();
    while let Some(c) = it.next() {
        let next = it.peek().copied();
        if c == '‘' || c == '\'' && close == '\'' && is_space_or_edge(prev) && is_wordish(next) {
            return false;
        }
        // A closer stands after a word and before no letter; another plural possessive is not one.
        let possessive = prev == Some('s') && next == Some(' ');
        if c == close && !is_space_or_edge(prev) && !is_wordish(next) && !possessive {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// Whether any of the eight bytes of `x` is `"`, `'` or above 127 (the "has a zero byte" bit trick on
/// `x` XOR each mark: it may also flag a byte next to a match, never miss one).
#[inline(always)]
fn maybe_mark(x: u64) -> bool {
    use super::swar::{eq, HIGH};
    (eq(x, b'"') | eq(x, b'\'') | x & HIGH) != 0
}

/// The outermost quoted spans of `text` in order. When the last one is still open at the end of the
/// paragraph it comes last with `close: None` (see the module docs).
pub fn scan(text: &str) -> Vec<MarkSpan> {
    let mut out: Vec<MarkSpan> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Every mark is `"`, `'`, or starts with byte C2 (« »), E2 (the curly, low and single
        // guillemet marks) or E3 (the corner brackets): other bytes are stepped over undecoded,
        // eight at a time while none of them is `"`, `'` or above 127.
        if let Some(w) = bytes.get(at..at + 8) {
            if !maybe_mark(u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or([b'"'; 8]))) {
                at += 8;
                continue;
            }
        }
        if !matches!(bytes[at], b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3) {
            at += 1;
            continue;
        }
        let i = at;
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else { break };
        let len = c.len_utf8();
        at += len;
        if !matches!(c, '"' | '\'' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』' | '‹' | '›' | '‚' | '‘' | '’') {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + len..].chars().next();
        let has = |stack: &Vec<Open>, f: Family| stack.iter().rposition(|o| o.family == f);
        // What the mark does: Some(Ok(family)) opens, Some(Err(index)) closes the open mark at index.
        let action: Option<Result<Family, usize>> = match c {
            '"' => match has(&stack, Family::Straight) {
                Some(k) => Some(Err(k)),
                // “…" : a straight mark closes a curly quote when it stands where a closer stands.
                None => match has(&stack, Family::Curly).or_else(|| has(&stack, Family::Low)) {
                    Some(k) if k + 1 == stack.len() && !is_space_or_edge(prev) && !is_wordish(next) => Some(Err(k)),
                    _ => Some(Ok(Family::Straight)),
                },
            },
            '“' => {
                if let Some(k) = has(&stack, Family::Low) {
                    Some(Err(k))
                } else if let Some(k) = has(&stack, Family::Curly).filter(|_| !is_space_or_edge(prev) && !is_wordish(next)) {
                    Some(Err(k)) // “…“ used as a closer
                } else {
                    Some(Ok(Family::Curly))
                }
            }
            '”' => match has(&stack, Family::Curly).or_else(|| has(&stack, Family::Low)).or_else(|| has(&stack, Family::Straight)) {
                Some(k) => Some(Err(k)),
                None if is_space_or_edge(prev) && !is_space_or_edge(next) => Some(Ok(Family::Curly)),
                None => None,
            },
            '„' => Some(Ok(Family::Low)),
            '«' => match has(&stack, Family::ReverseGuillemet) {
                Some(k) => Some(Err(k)),
                None => Some(Ok(Family::Guillemet)),
            },
            '»' => match has(&stack, Family::Guillemet) {
                Some(k) => Some(Err(k)),
                None if !is_space_or_edge(next) => Some(Ok(Family::ReverseGuillemet)),
                None => None,
            },
            '「' => Some(Ok(Family::Corner)),
            '」' => has(&stack, Family::Corner).map(Err),
            '『' => Some(Ok(Family::WhiteCorner)),
            '』' => has(&stack, Family::WhiteCorner).map(Err),
            '‹' => match has(&stack, Family::ReverseSingleGuillemet) {
                Some(k) => Some(Err(k)),
                None => Some(Ok(Family::SingleGuillemet)),
            },
            '›' => match has(&stack, Family::SingleGuillemet) {
                Some(k) => Some(Err(k)),
                None if !is_space_or_edge(next) => Some(Ok(Family::ReverseSingleGuillemet)),
                None => None,
            },
            '‚' if !is_space_or_edge(next) => Some(Ok(Family::LowSingle)),
            '‘' => match has(&stack, Family::LowSingle) {
                Some(k) => Some(Err(k)),
                None if !is_wordish(prev) && !is_space_or_edge(next) => Some(Ok(Family::CurlySingle)),
                None => None,
            },
            // Two straight apostrophes in a row ('' …  '') are a typewriter artefact, not a mark we can
            // read reliably: neither an apostrophe nor a quote.
            '\'' if next == Some('\'') || prev == Some('\'') => None,
            '’' | '\'' => {
                let inside_word = is_wordish(prev) && is_wordish(next);
                let single = if c == '’' {
                    has(&stack, Family::CurlySingle).or_else(|| has(&stack, Family::LowSingle))
                } else {
                    has(&stack, Family::StraightSingle)
                };
                match single {
                    // A closer stands after the quoted words, not before a letter: "Russia's" is not one.
                    // "'The Joneses' house was empty.'": a plural possessive before a word, with the
                    // quote's own closer still to come, is an apostrophe.
                    Some(_) if prev == Some('s') && next == Some(' ') && closer_follows(text, i + len, c) => None,
                    Some(k) if !inside_word && !is_wordish(next) && !is_space_or_edge(prev) => Some(Err(k)),
                    Some(_) => None,
                    None if c == '\'' && !is_wordish(prev) && is_wordish(next) => Some(Ok(Family::StraightSingle)),
                    None => None,
                }
            }
            _ => None,
        };
        match action {
            Some(Ok(family)) if stack.len() < MAX_DEPTH => {
                stack.push(Open { family, at: i, len, children: Vec::new() });
            }
            Some(Ok(_)) => {}
            Some(Err(k)) => {
                // Marks opened inside this one and never closed were not quotes: their spans move up.
                while stack.len() > k + 1 {
                    drop_unclosed(&mut stack, &mut out);
                }
                if let Some(o) = stack.pop() {
                    let span = MarkSpan { family: o.family, open: o.at, start: o.at + o.len, end: i, close: Some(i + len) };
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(span),
                        None => out.push(span),
                    }
                }
            }
            None => {}
        }
    }
    // At the end of the paragraph: an open double mark at the bottom may continue in the next
    // paragraph; everything else unclosed was not a quote.
    while stack.len() > 1 {
        drop_unclosed(&mut stack, &mut out);
    }
    if let Some(o) = stack.pop() {
        if o.family.is_double() && super::char_count(text[o.at + o.len..].trim()) > 1 {
            let end = o.at + o.len + text[o.at + o.len..].trim_end().len();
            out.push(MarkSpan { family: o.family, open: o.at, start: o.at + o.len, end, close: None });
        } else {
            out.extend(o.children);
        }
    }
    out
}

fn drop_unclosed(stack: &mut Vec<Open>, out: &mut Vec<MarkSpan>) {
    if let Some(o) = stack.pop() {
        match stack.last_mut() {
            Some(parent) => parent.children.extend(o.children),
            None => out.extend(o.children),
        }
    }
}

/// Whether a paragraph opens with a quote mark (the reopening convention of multi-paragraph quotes).
pub fn opens_with_quote(text: &str) -> bool {
    matches!(text.trim_start().chars().next(), Some('"' | '“' | '„' | '«' | '»' | '「' | '『' | '”'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        scan(text).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn marks_are_found_wherever_they_fall_among_eight_byte_runs() {
        // Plain text before and after shifts every span by its length, whatever the alignment of the
        // marks to the runs of plain bytes stepped over eight at a time.
        let body = "He said \"we build\" and «they» 'do', she’s „sure“ — 「yes」 ok \"open";
        let base = scan(body);
        assert_eq!(base.len(), 6);
        for pad in 0..20 {
            let before = "Abc defgh ".repeat(3)[..pad].to_string();
            let text = format!("{before}{body}");
            let shifted: Vec<MarkSpan> = scan(&text);
            assert_eq!(shifted.len(), base.len(), "{pad}");
            for (a, b) in base.iter().zip(&shifted) {
                assert_eq!((a.open + pad, a.start + pad, a.end + pad, a.close.map(|c| c + pad)), (b.open, b.start, b.end, b.close), "{pad}");
            }
        }
    }

    #[test]
    fn every_mark_family() {
        assert_eq!(inner("a \"b c\" d"), vec!["b c"]);
        assert_eq!(inner("a “b c” d"), vec!["b c"]);
        assert_eq!(inner("a «b c» d »e f« g"), vec!["b c", "e f"]);
        assert_eq!(inner("a „b c“ d „e f” g"), vec!["b c", "e f"]);
        assert_eq!(inner("a 「b c」 d 『e f』"), vec!["b c", "e f"]);
        assert_eq!(inner("a ‹b c› d ›e f‹"), vec!["b c", "e f"]);
        assert_eq!(inner("a ‚b c‘ d"), vec!["b c"]);
        assert_eq!(inner("a ‘b c’ d 'e f' g"), vec!["b c", "e f"]);
    }

    #[test]
    fn mixed_straight_and_curly_marks_pair_up() {
        assert_eq!(inner("“It is late,\" she said. \"Go home.”"), vec!["It is late,", "Go home."]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(inner("Russia's and the Joneses' dog don't bark"), Vec::<&str>::new());
        assert_eq!(inner("‘Russia’s stance won’t change’ he wrote"), vec!["Russia’s stance won’t change"]);
        assert_eq!(inner("'Regardless of Russia's position': Kyiv"), vec!["Regardless of Russia's position"]);
    }

    #[test]
    fn a_plural_possessive_inside_a_single_quote_does_not_close_it() {
        assert_eq!(inner("She wrote 'the Millers' barn burned down last night.' on Monday"), vec!["the Millers' barn burned down last night."]);
        assert_eq!(inner("‘The nurses’ shifts are too long,’ she said"), vec!["The nurses’ shifts are too long,"]);
        // With no closer after it, the mark after the plural closes the quote ...
        assert_eq!(inner("He thanked 'the volunteers' for the help"), vec!["the volunteers"]);
        // ... and so it does when a new single quote opens before the next closer.
        assert_eq!(inner("It was 'a fuss' then 'a crisis'."), vec!["a fuss", "a crisis"]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(inner("\"They call it 'the bridge' and 'the road',\" she said"), vec!["They call it 'the bridge' and 'the road',"]);
        assert_eq!(inner("„Sie nannten es ‚die Brücke‘“, sagte er"), vec!["Sie nannten es ‚die Brücke‘"]);
    }

    #[test]
    fn an_unclosed_single_mark_does_not_hide_the_quotes_after_it() {
        assert_eq!(inner("In the '90s, \"we were young,\" she said"), vec!["we were young,"]);
    }

    #[test]
    fn an_unclosed_double_mark_is_reported_open() {
        let s = scan("He said: \"We will go on");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].close, None);
        assert!(opens_with_quote("  “And then"));
    }

    #[test]
    fn marks_are_found_at_every_offset_of_long_runs() {
        for pad in 0..20 {
            let lead = "x".repeat(pad);
            for (open, close) in [("\"", "\""), ("“", "”"), ("«", "»"), ("'", "'")] {
                let t = [lead.as_str(), "He said ", open, "we stay in the valley", close, " and left again today."].concat();
                assert_eq!(inner(&t), vec!["we stay in the valley"], "{t}");
            }
            let t = [lead.as_str(), "Die Brücke über den Fluss ist „wieder offen“, sagte er."].concat();
            assert_eq!(inner(&t), vec!["wieder offen"], "{t}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in ["\"", "'", "“”", "»", "‚", "a'", "'a", "«««", "\"\"\"\"\"", "é\"ü'", "」」『"] {
            let _ = scan(t);
        }
    }
}
