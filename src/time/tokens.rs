//! Tokens for the recogniser: words (with their lexicon meaning), numbers and single punctuation
//! marks, with byte offsets. One pass over the characters; a token is a few machine words and borrows
//! nothing, so the recogniser's window never reallocates text.

use super::lexicon::{self, Lex, Langs};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tk {
    /// A word of letters; its lexicon meaning if any.
    Word(Option<Lex>),
    /// Digits only: value (saturated) and digit count.
    Num(u32, u8),
    /// "5th", "21st": an ordinal number.
    Ordinal(u32),
    /// "1990s" (the value is the first year), "90s" (two digits).
    Decade(u32, u8),
    /// "10am", "7pm": hour (0–23).
    Hour(u8),
    /// Any other mix of letters and digits ("100M", "B52", "Q3" is a word in the lexicon).
    Mixed(Option<Lex>),
    /// One punctuation or symbol character.
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub tk: Tk,
    /// The first character is upper case.
    pub cap: bool,
    /// A line break lies between the previous token and this one.
    pub line: bool,
}

impl Tok {
    #[inline]
    pub fn lex(&self) -> Option<Lex> {
        match self.tk {
            Tk::Word(l) | Tk::Mixed(l) => l,
            _ => None,
        }
    }
}

#[inline]
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}' | 'ʼ')
}

/// Reads tokens from `text` starting at byte `from`, appending to `out` until `max` tokens are buffered
/// or the text ends; returns the byte offset where it stopped (always on a char boundary, never inside
/// a token).
pub fn fill(text: &str, from: usize, langs: Langs, out: &mut Vec<Tok>, max: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    let mut line = false;
    while i < bytes.len() {
        if out.len() >= max {
            return i;
        }
        let b = bytes[i];
        // ASCII fast paths.
        if b == b'\n' {
            line = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        let c = if b < 0x80 { b as char } else { text[i..].chars().next().unwrap_or(' ') };
        if c.is_whitespace() {
            if c == '\u{2028}' || c == '\u{2029}' {
                line = true;
            }
            i += c.len_utf8();
            continue;
        }
        if !is_word(c) {
            out.push(Tok { start: i, end: i + c.len_utf8(), tk: Tk::Punct(c), cap: false, line });
            line = false;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut digits_end = None;
        let mut all_digits = true;
        let mut any_digit = false;
        let mut j = i;
        while j < bytes.len() {
            let b = bytes[j];
            if b < 0x80 {
                if b.is_ascii_digit() {
                    any_digit = true;
                    if all_digits {
                        digits_end = Some(j + 1);
                    }
                } else if b.is_ascii_alphabetic() {
                    all_digits = false;
                } else {
                    break;
                }
                j += 1;
            } else {
                let c = text[j..].chars().next().unwrap_or(' ');
                if !is_word(c) {
                    break;
                }
                all_digits = false;
                j += c.len_utf8();
            }
        }
        let word = &text[start..j];
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        let tk = if all_digits {
            let v = word.bytes().take(9).fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
            Tk::Num(if word.len() > 9 { u32::MAX } else { v }, word.len().min(255) as u8)
        } else if !any_digit {
            Tk::Word(lexicon::lookup(word, langs))
        } else if let Some(de) = digits_end.filter(|&de| de - start <= 4) {
            let v = word[..de - start].bytes().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
            let n = (de - start) as u8;
            match word[de - start..].to_ascii_lowercase().as_str() {
                "st" | "nd" | "rd" | "th" if n <= 2 => Tk::Ordinal(v),
                "s" if (n == 4 && v % 10 == 0) || (n == 2 && v % 10 == 0) => Tk::Decade(v, n),
                "am" if n <= 2 && (1..=12).contains(&v) => Tk::Hour((v % 12) as u8),
                "pm" if n <= 2 && (1..=12).contains(&v) => Tk::Hour((v % 12 + 12) as u8),
                _ => Tk::Mixed(None),
            }
        } else if word.len() == 2 {
            Tk::Mixed(lexicon::lookup(word, langs))
        } else {
            Tk::Mixed(None)
        };
        out.push(Tok { start, end: j, tk, cap, line });
        line = false;
        i = j;
    }
    i
}
