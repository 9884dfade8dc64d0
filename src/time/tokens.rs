//! Tokens for the recogniser: words (with their lexicon meaning), numbers and single punctuation
//! marks, with byte offsets. One pass over the characters; a token is a few machine words and borrows
//! nothing, so the recogniser's window never reallocates text.

use super::lexicon::{self, Lex, Langs};
use crate::prelude::*;

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
    /// An expression may begin here (a number, an apostrophe, a word of the lexicon that can open
    /// one): the tagger builds a matcher only at these.
    pub opens: bool,
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

const SPACE: u8 = 0;
const PUNCT: u8 = 1;
const DIGIT: u8 = 2;
const LETTER: u8 = 3;
/// Not ASCII: decode the character.
const OTHER: u8 = 4;

/// The class of each byte, so the hot loop needs no Unicode tables for ASCII text.
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => SPACE,
            _ => PUNCT,
        };
        b += 1;
    }
    t
};

/// The character at byte `i` (a space where there is none): out of line, as only text beyond ASCII
/// needs it.
#[inline(never)]
fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ')
}

#[inline]
fn is_word(c: char) -> bool {
    crate::text::class::is_alnum(c) || matches!(c, '\u{0300}'..='\u{036F}' | 'ʼ')
}

/// The lexicon key ([`lexicon::key`]) of the ASCII letters and digits `bytes[start..start + len]`
/// (`len` at most 16), lower-cased, from two 8-byte loads (in the last 16 bytes of the text, of a
/// padded copy: each paragraph's last words went through [`lexicon::lookup`], 4 times slower).
#[inline(always)]
fn ascii_key(bytes: &[u8], start: usize, len: usize) -> Option<u128> {
    let mut tail = [0u8; 16];
    let w = match bytes.get(start..start + 16) {
        Some(w) => w,
        None => {
            let rest = bytes.get(start..)?;
            tail.get_mut(..rest.len())?.copy_from_slice(rest);
            &tail[..]
        }
    };
    let half = |k: usize| w.get(k..k + 8).and_then(|h| <[u8; 8]>::try_from(h).ok()).map_or(0, u64::from_le_bytes);
    // The bytes of the word, not those after it.
    let mask = |n: usize| if n >= 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
    // `| 0x20` lower-cases an ASCII letter and leaves a digit as it is.
    let lower = 0x2020_2020_2020_2020u64;
    let lo = (half(0) | lower) & mask(len);
    let hi = if len > 8 { (half(8) | lower) & mask(len - 8) } else { 0 };
    Some(u128::from(lo) | u128::from(hi) << 64)
}

/// Reads tokens from `text` starting at byte `from`, appending to `out` until `max` tokens are buffered
/// or the text ends; returns the byte offset where it stopped (always on a char boundary, never inside
/// a token). `batch` is scratch room that the caller keeps from call to call (filling a new one for
/// each paragraph was a quarter of the tokeniser's instructions in `extract`).
pub fn fill(text: &str, from: usize, langs: Langs, out: &mut Vec<Tok>, max: usize, batch: &mut [Tok; BATCH]) -> usize {
    let bytes = text.as_bytes();
    let lexicon = lexicon::table();
    // About one token per five bytes of prose: room reserved once instead of grown by doubling.
    out.reserve((bytes.len().saturating_sub(from) / 5).min(max.saturating_sub(out.len())));
    let room = max.saturating_sub(out.len());
    let mut out = Batch { out, buf: batch, n: 0, pushed: 0 };
    let mut i = from;
    let mut line = false;
    while let Some(&b) = bytes.get(i) {
        if out.pushed >= room {
            out.flush();
            return i;
        }
        // ASCII fast paths.
        match CLASS[usize::from(b)] {
            SPACE => {
                line |= b == b'\n';
                i += 1;
                continue;
            }
            PUNCT => {
                out.push(Tok { start: i, end: i + 1, tk: Tk::Punct(b as char), cap: false, line, opens: b == b'\'' });
                line = false;
                i += 1;
                continue;
            }
            _ => {}
        }
        let c = if b < 0x80 { b as char } else { char_at(text, i) };
        if b >= 0x80 && c.is_whitespace() {
            if c == '\u{2028}' || c == '\u{2029}' {
                line = true;
            }
            i += c.len_utf8();
            continue;
        }
        if b >= 0x80 && !is_word(c) {
            out.push(Tok { start: i, end: i + c.len_utf8(), tk: Tk::Punct(c), cap: false, line, opens: c == '’' });
            line = false;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut j = i;
        // Which classes the word holds: a bit per class (letters, digits, other word characters).
        let mut seen = 0u8;
        // ASCII letters 8 bytes at a time; the rest (a digit, a non-ASCII character, the last bytes
        // of the text) byte by byte below.
        while let Some(w) = bytes.get(j..j + 8) {
            // The run of letters from `j` (the low byte is the first).
            let run = crate::text::swar::letter_run(w);
            if run > 0 {
                seen |= 1 << LETTER;
            }
            j += run;
            if run < 8 {
                break;
            }
        }
        while let Some(&b) = bytes.get(j) {
            let class = CLASS[usize::from(b)];
            if class == OTHER {
                let c = char_at(text, j);
                if !is_word(c) {
                    break;
                }
                j += c.len_utf8();
            } else if class >= DIGIT {
                j += 1;
            } else {
                break;
            }
            seen |= 1 << class;
        }
        // The word's bytes; its text (`str`, with its char-boundary checks) only where a lookup needs it.
        let wb = bytes.get(start..j).unwrap_or(&[]);
        let cap = if b < 0x80 { b.is_ascii_uppercase() } else { crate::text::class::is_upper(c) };
        let any_digit = seen & (1 << DIGIT) != 0;
        let tk = if seen & (1 << LETTER | 1 << OTHER) == 0 {
            let v = wb.iter().take(9).fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
            Tk::Num(if wb.len() > 9 { u32::MAX } else { v }, wb.len().min(255) as u8)
        } else if !any_digit {
            Tk::Word(match ascii_key(bytes, start, wb.len()).filter(|_| seen & (1 << OTHER) == 0 && wb.len() <= 16) {
                Some(key) => lexicon.packed(key, langs),
                None => lexicon::lookup(text.get(start..j).unwrap_or(""), langs),
            })
        } else if let Some(n) = Some(wb.iter().take_while(|d| d.is_ascii_digit()).count()).filter(|&n| matches!(n, 1..=4)) {
            let (digits, suffix) = (wb.get(..n).unwrap_or(wb), wb.get(n..).unwrap_or(&[]));
            let v = digits.iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
            let n = n as u8;
            let is = |w: &str| suffix.eq_ignore_ascii_case(w.as_bytes());
            if n <= 2 && (is("st") || is("nd") || is("rd") || is("th")) {
                Tk::Ordinal(v)
            } else if is("s") && (n == 4 || n == 2) && v % 10 == 0 {
                Tk::Decade(v, n)
            } else if n <= 2 && matches!(v, 1..=12) && (is("am") || is("pm")) {
                Tk::Hour((v % 12) as u8 + if is("pm") { 12 } else { 0 })
            } else {
                Tk::Mixed(None)
            }
        } else if wb.len() == 2 {
            Tk::Mixed(lexicon::lookup(text.get(start..j).unwrap_or(""), langs))
        } else {
            Tk::Mixed(None)
        };
        let opens = match tk {
            Tk::Word(l) | Tk::Mixed(l) => l.is_some_and(super::recognise::may_start),
            _ => true,
        };
        out.push(Tok { start, end: j, tk, cap, line, opens });
        line = false;
        // The space after a word taken here, not by another turn of the class dispatch.
        i = j + usize::from(bytes.get(j) == Some(&b' '));
    }
    out.flush();
    i
}

pub const BATCH: usize = 32;

/// Tokens gathered in an array and appended to the window in runs: `Vec::push` stays a call in the
/// size-optimised build, a store into an array does not.
/// A token that fills scratch room.
pub const EMPTY: Tok = Tok { start: 0, end: 0, tk: Tk::Punct(' '), cap: false, line: false, opens: false };

struct Batch<'a> {
    out: &'a mut Vec<Tok>,
    buf: &'a mut [Tok; BATCH],
    n: usize,
    /// Tokens pushed in all.
    pushed: usize,
}

impl Batch<'_> {
    #[inline(always)]
    fn push(&mut self, t: Tok) {
        if self.n >= BATCH {
            self.flush();
        }
        if let Some(slot) = self.buf.get_mut(self.n) {
            *slot = t;
            self.n += 1;
            self.pushed += 1;
        }
    }

    fn flush(&mut self) {
        self.out.extend_from_slice(self.buf.get(..self.n).unwrap_or(&[]));
        self.n = 0;
    }

}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 8-byte letter test agrees with the byte table on every byte value, in every position.
    #[test]
    fn eight_bytes_at_once_classify_as_the_table_does() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut w = [b'.'; 8];
                w[pos] = b;
                w[(pos + 3) % 8] = b'Z';
                let letters = crate::text::swar::letters(u64::from_le_bytes(w));
                for (k, &c) in w.iter().enumerate() {
                    let bit = 0x80u64 << (8 * k);
                    assert_eq!(letters & bit != 0, CLASS[usize::from(c)] == LETTER, "{c} at {k}");
                }
            }
        }
    }

    /// Words keyed from the text (two 8-byte loads, or byte by byte at its end) key as the lexicon
    /// packs them; words are read the same whatever their length and place.
    #[test]
    fn words_key_and_split_the_same_anywhere() {
        let words = ["a", "May", "MARCH", "abcdefgh5th", "Q3x", "ab12cd", "2026", "x2026y", "yesterday", "Wednesdays", "approximately", "sixteenletterswd", "Q3", "5th", "1990s", "10am", "B52", "Übermorgen", "пʼятницю", "лютого"];
        for w in words {
            for pad in 0..20 {
                for tail in ["", " ", ".", " x", "               !"] {
                    let text = format!("{}{w}{tail}", " ".repeat(pad));
                    let mut toks = Vec::new();
                    fill(&text, 0, lexicon::EN | lexicon::DE | lexicon::UK, &mut toks, usize::MAX, &mut [EMPTY; BATCH]);
                    let t = toks[0];
                    assert_eq!((t.start, t.end), (pad, pad + w.len()), "{text:?}");
                    if w.is_ascii() && w.len() <= 16 {
                        let mut k = [0u8; 16];
                        for (d, b) in k.iter_mut().zip(w.bytes()) {
                            *d = b.to_ascii_lowercase();
                        }
                        assert_eq!(ascii_key(text.as_bytes(), pad, w.len()), Some(lexicon::key(k)), "{text:?}");
                    }
                    let alone = lexicon::lookup(w, lexicon::EN | lexicon::DE | lexicon::UK);
                    if let Tk::Word(l) = t.tk {
                        assert_eq!(l, alone, "{text:?}");
                    }
                }
            }
        }
    }
}
