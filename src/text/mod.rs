//! Segmentation shared by the quote and time passes: sentences, words, and the UTF-16 offsets that
//! the Story speaks (JavaScript's `String.prototype.slice` counts UTF-16 code units).

use crate::prelude::*;

pub mod quotemarks;
/// Case mapping without the standard library's Unicode case tables (a size measure).
pub mod case;
/// Letter, case and number classes without core's Unicode tables (a size measure).
pub mod class;
pub(crate) mod sentences;
/// A stable sort compiled once for every caller (a size measure).
pub mod sort;
/// Word lists packed at compile time into one string and `u16` offsets (a size measure).
pub mod packed;

/// Eight bytes at a time: bit tricks on a `u64` read little-endian (the low byte is the first), shared
/// by the scanners that step over plain bytes (the tokenizers, language detection, sentence stops,
/// quote marks, JSON escaping).
pub(crate) mod swar {
    pub const ONES: u64 = 0x0101_0101_0101_0101;
    pub const HIGH: u64 = ONES * 0x80;

    /// The high bit of each byte of `x` that is `b`, by the "has a zero byte" trick on `x ^ b…b`: exact
    /// for "some byte is `b`", but it may also flag a byte right after a match.
    #[inline(always)]
    pub fn eq(x: u64, b: u8) -> u64 {
        let v = x ^ (ONES * u64::from(b));
        v.wrapping_sub(ONES) & !v & HIGH
    }

    /// The high bit of each byte of `x` that is an ASCII letter: the "byte between m and n" trick on
    /// the lower-cased bytes, exact for every byte (no carry or borrow crosses a byte; bytes of 128 and
    /// above are not letters).
    #[inline(always)]
    pub fn letters(x: u64) -> u64 {
        let x = x | (ONES * 0x20);
        let low = x & (ONES * 127);
        (ONES * (127 + 0x7b) - low) & !x & (low + ONES * (127 - 0x60)) & HIGH
    }

    /// How many of the eight bytes `w`, from the first, are ASCII letters (0 to 8).
    #[inline(always)]
    pub fn letter_run(w: &[u8]) -> usize {
        (!letters(u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or_default())) & HIGH).trailing_zeros() as usize / 8
    }
}

pub use case::{capitalise, find_lower, lower};
pub use sentences::{sentences, ABBREVIATIONS};

/// Converts byte offsets of one string into UTF-16 offsets, in any order, at bounded cost per query:
/// a checkpoint every `STEP` bytes holds the UTF-16 count so far, so a query counts at most `STEP`
/// bytes. (Rescanning from the start made the Story quadratic in a paragraph's dates and quotes.)
pub struct Utf16Map<'a> {
    text: &'a str,
    /// For checkpoint `k`: the char boundary at or before byte `k * STEP`, and the UTF-16 units before it
    /// (none for an ASCII text).
    marks: Vec<(usize, usize)>,
}

const STEP: usize = 128;

impl<'a> Utf16Map<'a> {
    pub fn new(text: &'a str) -> Self {
        // ASCII (most paragraphs): a byte is a unit, no checkpoints needed.
        if text.is_ascii() {
            return Utf16Map { text, marks: Vec::new() };
        }
        let mut marks = Vec::with_capacity(text.len() / STEP + 1);
        // Checkpoint k: the start of the character holding byte k * STEP, and the units before it.
        let (mut prev, mut units, mut target) = (0, 0, 0);
        while target <= text.len() {
            let mut at = target;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            units += utf16_len(&text[prev..at]);
            marks.push((at, units));
            prev = at;
            target += STEP;
        }
        Utf16Map { text, marks }
    }

    /// The UTF-16 offset of byte offset `at` (clamped to the text, rounded down to a char boundary).
    pub fn at(&self, at: usize) -> usize {
        let mut at = at.min(self.text.len());
        if self.marks.is_empty() {
            return at;
        }
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let (byte, units) = self.marks[at / STEP];
        units + utf16_len(&self.text[byte..at])
    }
}

/// The byte offset of the first `needle` in `hay`, as `hay.find(needle)`: Knuth–Morris–Pratt, linear
/// in both on any input (the callers search text a page's JSON supplies), and a few hundred bytes of
/// wasm where core's two-way string searcher takes about 2.5 KB (a size measure: use this, or a
/// `char` pattern, instead of a `&str` pattern in code the page runs).
///
/// ```
/// use quoteline::text::find_str;
/// assert_eq!(find_str("Kyiv, 3 March", "March"), Some(8));
/// assert_eq!(find_str("aaab", "aab"), Some(1));
/// assert_eq!(find_str("über", "ber"), Some(2));
/// assert_eq!(find_str("abc", ""), Some(0));
/// assert_eq!(find_str("ab", "abc"), None);
/// ```
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(last) = n.len().checked_sub(1) else { return Some(0) };
    // border[i]: the length of the longest proper prefix of n[..=i] that is also its suffix.
    let mut border = vec![0usize; n.len()];
    let mut k = 0;
    for i in 1..n.len() {
        while k > 0 && n[i] != n[k] {
            k = border[k - 1];
        }
        k += usize::from(n[i] == n[k]);
        border[i] = k;
    }
    let mut k = 0;
    for (i, &b) in h.iter().enumerate() {
        while k > 0 && b != n[k] {
            k = border[k - 1];
        }
        if b == n[k] {
            if k == last {
                return Some(i - last);
            }
            k += 1;
        }
    }
    None
}

/// `s` with every `from` replaced by `to`, as `s.replace(from, to)` (through [`find_str`]; an empty
/// `from` replaces nothing).
pub fn replace_str(s: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = find_str(rest, from).filter(|_| !from.is_empty()) {
        out.push_str(&rest[..i]);
        out.push_str(to);
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    out
}

/// The strings of `parts` one after another, as `parts.concat()` (core's generic `join`, 510 bytes of
/// wasm, leaves the page: a size measure).
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

/// `s.trim_matches(f)` for a function `f`: one copy for every caller, where each closure compiled
/// its own pattern searcher (a size measure).
pub fn trim_by(s: &str, f: fn(char) -> bool) -> &str {
    let start = s.char_indices().find(|&(_, c)| !f(c)).map_or(s.len(), |(i, _)| i);
    let s = &s[start..];
    let end = s.char_indices().rev().find(|&(_, c)| !f(c)).map_or(0, |(i, c)| i + c.len_utf8());
    &s[..end]
}

/// Whether `bytes` holds `b`, as `bytes.contains(&b)` in a plain loop (core's is `memchr`, 340 bytes
/// of wasm, for slices that are a word or a name long here: a size measure).
pub fn has_byte(bytes: &[u8], b: u8) -> bool {
    bytes.iter().any(|&x| x == b)
}

/// The first `b` (an ASCII byte) in `s`, as `s.find(char::from(b))`.
pub fn find_byte(s: &str, b: u8) -> Option<usize> {
    s.bytes().position(|x| x == b)
}

/// `s` split at its first `b` (an ASCII byte), as `s.split_once(char::from(b))`.
pub fn split_once_byte(s: &str, b: u8) -> Option<(&str, &str)> {
    let i = find_byte(s, b)?;
    Some((&s[..i], &s[i + 1..]))
}

/// The pieces of `s` between its `b`s (an ASCII byte), as `s.split(char::from(b))`.
///
/// These byte helpers and [`lines`] stand for core's char patterns in the page (its `CharSearcher`,
/// `Split`, `SplitInclusive`, `Lines`, `split_once` and `find`: ≈ 1.1 KB of wasm, a size measure).
pub fn split_byte(s: &str, b: u8) -> SplitByte<'_> {
    SplitByte { rest: Some(s), b }
}

/// The iterator of [`split_byte`].
#[derive(Clone)]
pub struct SplitByte<'a> {
    rest: Option<&'a str>,
    b: u8,
}

impl<'a> Iterator for SplitByte<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let r = self.rest?;
        match split_once_byte(r, self.b) {
            Some((piece, rest)) => {
                self.rest = Some(rest);
                Some(piece)
            }
            None => {
                self.rest = None;
                Some(r)
            }
        }
    }
}

/// The white-space-separated words of `s`, as `s.split_whitespace()`, by `str::trim_start` and a
/// `char::is_whitespace` search (both in the wasm already; core's `SplitWhitespace` is its own copy).
pub fn words(s: &str) -> Words<'_> {
    Words(s)
}

/// The iterator of [`words`].
#[derive(Clone)]
pub struct Words<'a>(&'a str);

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        // One walk over the bytes, ASCII undecoded (`trim_start` and `char_indices` decoded every
        // character through core's searchers: 1.5 % of the page's extraction, in `Registry::push_new`).
        let s = self.0;
        let b = s.as_bytes();
        let (mut i, mut start) = (0, None);
        while let Some(&x) = b.get(i) {
            let (white, l) = if x < 0x80 {
                (matches!(x, b' ' | b'\t'..=b'\r'), 1)
            } else {
                let c = s.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            };
            match start {
                None if !white => start = Some(i),
                Some(st) if white => {
                    self.0 = &s[i..];
                    return Some(&s[st..i]);
                }
                _ => {}
            }
            i += l;
        }
        self.0 = "";
        start.map(|st| &s[st..])
    }
}

/// `s`'s [`words`] joined by single spaces: white space collapsed, none at the ends.
pub fn collapse_white_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in words(s) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The lines of `s`, each with its `\n` (the last one may have none), as `s.split_inclusive('\n')`.
pub fn lines_inclusive(s: &str) -> LinesInclusive<'_> {
    LinesInclusive(s)
}

/// The iterator of [`lines_inclusive`].
#[derive(Clone)]
pub struct LinesInclusive<'a>(&'a str);

impl<'a> Iterator for LinesInclusive<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.0.is_empty() {
            return None;
        }
        let end = find_byte(self.0, b'\n').map_or(self.0.len(), |i| i + 1);
        let (line, rest) = self.0.split_at(end);
        self.0 = rest;
        Some(line)
    }
}

/// The lines of `s` without their `\n` or `\r\n`, as `s.lines()`.
pub fn lines(s: &str) -> impl Iterator<Item = &str> + Clone {
    lines_inclusive(s).map(|l| {
        let b = l.as_bytes();
        let n = match b {
            [.., b'\r', b'\n'] => 2,
            [.., b'\n'] => 1,
            _ => 0,
        };
        &l[..l.len() - n]
    })
}

/// The number of characters of `s`, as `s.chars().count()` in a loop of a few bytes of wasm (core's
/// is 570 bytes).
pub fn char_count(s: &str) -> usize {
    // Every byte but a UTF-8 continuation byte (0b10xx_xxxx) starts a character.
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// The part of `s` after its last space (all of `s` without one), as `s.rsplit(' ').next()`, with
/// no reverse char searcher in the wasm.
pub fn after_last_space(s: &str) -> &str {
    &s[s.bytes().rposition(|b| b == b' ').map_or(0, |i| i + 1)..]
}

/// `s.parse::<i64>()`, without core's generic integer parser in the wasm (550 bytes): an optional
/// sign, then one or more ASCII digits, None on anything else or on overflow.
pub fn parse_i64(s: &str) -> Option<i64> {
    let (negative, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    if digits.is_empty() {
        return None;
    }
    // Accumulated below zero, so that i64::MIN parses.
    let v = digits.iter().try_fold(0i64, |v, &b| {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        v.checked_mul(10)?.checked_sub(i64::from(d))
    })?;
    if negative {
        Some(v)
    } else {
        v.checked_neg()
    }
}

/// `s.parse::<u32>()` through [`parse_i64`] (core's `u32` parser, 290 bytes of wasm, leaves): an
/// optional `+`, then one or more ASCII digits, None on anything else or above `u32::MAX`.
pub fn parse_u32(s: &str) -> Option<u32> {
    if s.starts_with('-') {
        return None;
    }
    parse_i64(s).and_then(|v| u32::try_from(v).ok())
}

/// The length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.bytes().map(|b| utf16_units(b) as usize).sum()
}

/// The UTF-16 code units that UTF-8 byte `b` begins: one for a byte that starts a character, two for
/// the start of a 4-byte character (a surrogate pair), none for a continuation byte.
#[inline(always)]
pub const fn utf16_units(b: u8) -> u32 {
    (b & 0xC0 != 0x80) as u32 + (b >= 0xF0) as u32
}

/// Calls `f` with `word` in lower case ([`lower`]): the word itself when it is lower case already,
/// else its lower case written into a buffer kept between calls (the lexicon and name look-ups run
/// once per word of every attribution window and per name; no allocation once the buffer has grown).
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = take_scratch();
    // `f` once, on whichever copy: called in two arms it was compiled twice into every caller.
    let r = f(lower_to(word, &mut buf));
    put_scratch(buf);
    r
}

use core::cell::Cell;

#[cfg(feature = "std")]
std::thread_local! {
    static SCRATCH: Cell<String> = const { Cell::new(String::new()) };
}

#[cfg(not(feature = "std"))]
static SCRATCH: crate::sync::Local<Cell<String>> = crate::sync::Local::new(Cell::new(String::new()));

/// The buffer of [`with_lower`], taken out of its cell for the call (a call of `with_lower` inside
/// `f` finds an empty one) and put back after; out of line, not compiled into each caller.
#[inline(never)]
fn take_scratch() -> String {
    SCRATCH.with(Cell::take)
}

#[inline(never)]
fn put_scratch(buf: String) {
    SCRATCH.with(|c| c.set(buf));
}

/// `word` itself when it is in lower case, else its lower case written into `buf`. (A `&str` of a
/// copy on the stack would link core's UTF-8 validation, 686 bytes of wasm.)
#[inline(never)]
fn lower_to<'b>(word: &'b str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return word;
        }
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        if word.chars().all(|c| case::lower_char(c) == c) {
            return word;
        }
        for c in word.chars() {
            buf.push(case::lower_char(c));
        }
    }
    buf
}

/// `s.trim()`, with the common case (printable ASCII at both ends: nothing to trim) decided from two
/// bytes, where `str::trim` walks characters through a searcher of calls in the size-optimised build.
pub fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    if b.first().is_none_or(u8::is_ascii_graphic) && b.last().is_none_or(u8::is_ascii_graphic) {
        s
    } else {
        s.trim()
    }
}

/// Whether `w` is one of the space-separated `words` (`one_of(w, "of for at")`): a word list as
/// data, where `matches!(w, "of" | "for" | "at")` compiles a comparison per word (a size measure).
#[inline(never)]
pub fn one_of(w: &str, words: &str) -> bool {
    words.as_bytes().split(|&b| b == b' ').any(|x| x == w.as_bytes())
}

/// [`one_of`] in any ASCII case: `w` in lower case ([`lower`]) is one of the ASCII `words`, without
/// lowering it (no non-ASCII letter lowers to an ASCII one).
#[inline(never)]
pub fn one_of_any_case(w: &str, words: &str) -> bool {
    words.as_bytes().split(|&b| b == b' ').any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
}

/// The largest character boundary of `s` at or before byte `at` (its length when `at` is past it): one
/// copy for the quote engine's passes.
pub fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `s` without a leading article ("the ", "a ", "an ", capitalised or not; at most one).
pub fn strip_article(s: &str) -> &str {
    let n = s.bytes().position(|b| b == b' ').unwrap_or(0);
    if n > 0 && one_of(&s[..n], "the The a A an An") {
        &s[n + 1..]
    } else {
        s
    }
}

/// How many white-space-separated words `s` has: `s.split_whitespace().count()`, read from the bytes
/// when `s` is ASCII (checked a word at a time).
pub fn word_count(s: &str) -> usize {
    if !s.is_ascii() {
        return words(s).count();
    }
    let (mut n, mut in_word) = (0, false);
    for &b in s.as_bytes() {
        let space = matches!(b, b' ' | b'\t'..=b'\r');
        n += usize::from(!space && !in_word);
        in_word = !space;
    }
    n
}

/// Whether `c` can be part of a word (letters, digits, and the marks inside words in many scripts).
pub fn is_word_char(c: char) -> bool {
    crate::text::class::is_alnum(c) || matches!(c, '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every haystack of up to eight letters from {a, b, é} and every needle of up to four: the
    /// same answers as `str::find` and `str::replace`.
    #[test]
    fn find_and_replace_agree_with_std() {
        fn all(max: usize) -> Vec<String> {
            let mut out = vec![String::new()];
            let mut last = vec![String::new()];
            for _ in 0..max {
                last = last.iter().flat_map(|s| ["a", "b", "é"].map(|c| [s.as_str(), c].concat())).collect();
                out.extend(last.iter().cloned());
            }
            out
        }
        let needles = all(4);
        for hay in all(8) {
            for needle in &needles {
                assert_eq!(find_str(&hay, needle), hay.find(needle.as_str()), "{hay:?} {needle:?}");
                if !needle.is_empty() {
                    assert_eq!(replace_str(&hay, needle, "<>"), hay.replace(needle.as_str(), "<>"), "{hay:?} {needle:?}");
                }
            }
        }
    }

    #[test]
    fn parse_i64_and_u32_agree_with_std() {
        let probes = [
            "", "0", "7", "-7", "+7", "-", "+", "+-1", "-+1", "--1", " 1", "1 ", "1.0", "1e3", "0042", "-0",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "99999999999999999999", "١٢", "12a", "/", ":", "4294967295", "4294967296", "+4294967295", "-4294967296",
        ];
        for s in probes {
            assert_eq!(parse_i64(s), s.parse::<i64>().ok(), "{s:?}");
            assert_eq!(parse_u32(s), s.parse::<u32>().ok(), "{s:?}");
        }
    }

    #[test]
    fn byte_splits_and_lines_agree_with_std() {
        let probes = [
            "", "a", "-", "a-b", "-a-", "a--b", "2026-02-05T10:30", "é-ü-квітня", "a\n", "\n", "a\r\nb", "a\r", "a\n\nb\n",
            "\r\n\r\n", "a\rb\n", "x\r\r\n", "one\ntwo\r\nthree", "😀-😀",
        ];
        for s in probes {
            for b in [b'-', b'\n', b'T', b':'] {
                let c = char::from(b);
                assert_eq!(split_byte(s, b).collect::<Vec<_>>(), s.split(c).collect::<Vec<_>>(), "{s:?} {c:?}");
                assert_eq!(split_once_byte(s, b), s.split_once(c), "{s:?} {c:?}");
                assert_eq!(find_byte(s, b), s.find(c), "{s:?} {c:?}");
            }
            assert_eq!(lines(s).collect::<Vec<_>>(), s.lines().collect::<Vec<_>>(), "{s:?}");
            assert_eq!(lines_inclusive(s).collect::<Vec<_>>(), s.split_inclusive('\n').collect::<Vec<_>>(), "{s:?}");
        }
    }

    /// Random strings of pieces that matter to the helpers (multibyte characters, `\r`, `\n`,
    /// separators, signs and digits, empty parts), from a fixed seed.
    fn random_strings(n: usize) -> impl Iterator<Item = String> {
        const PIECES: [&str; 24] = [
            "a", "Z", "-", "\n", "\r", "\r\n", "T", ":", " ", ",", "é", "К", "к", "😀", "—", "\u{301}", "İ", "Ü", "0",
            "9", "+", "ß", "Σ", "",
        ];
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        (0..n).map(move |_| {
            let len = (next() % 12) as usize;
            (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect()
        })
    }

    #[test]
    fn the_string_helpers_agree_with_std_on_random_strings() {
        let f = |c: char| matches!(c, ',' | ':' | '—' | ' ' | '\r');
        for s in random_strings(100_000) {
            for b in [b'-', b'\n', b'\r', b'T', b':'] {
                let c = char::from(b);
                assert!(split_byte(&s, b).eq(s.split(c)), "{s:?} {c:?}");
                assert_eq!(split_once_byte(&s, b), s.split_once(c), "{s:?} {c:?}");
                assert_eq!(find_byte(&s, b), s.find(c), "{s:?} {c:?}");
                assert_eq!(has_byte(s.as_bytes(), b), s.as_bytes().contains(&b), "{s:?} {c:?}");
            }
            assert!(lines(&s).eq(s.lines()), "{s:?}");
            assert!(lines_inclusive(&s).eq(s.split_inclusive('\n')), "{s:?}");
            assert_eq!(trim_by(&s, f), s.trim_matches(f), "{s:?}");
            assert_eq!(parse_i64(&s), s.parse::<i64>().ok(), "{s:?}");
            assert_eq!(parse_u32(&s), s.parse::<u32>().ok(), "{s:?}");
            assert_eq!(char_count(&s), s.chars().count(), "{s:?}");
            assert_eq!(utf16_len(&s), s.encode_utf16().count(), "{s:?}");
            // The lower case through the kept buffer, also from inside a call (the inner call finds
            // the buffer taken and uses a fresh one; the outer copy is untouched).
            let l = with_lower(&s, |l| with_lower("ÜBER Straße", |m| format!("{l}|{m}")));
            assert_eq!(l, format!("{}|über straße", lower(&s)), "{s:?}");
        }
    }

    #[test]
    fn trim_by_agrees_with_trim_matches() {
        let f = |c: char| matches!(c, ',' | ':' | '—' | ' ');
        for s in ["", ",", " , ", "a", ",a,", "—a b—", ":: é ::", ", x ,", "x", "—", "😀,", ",😀"] {
            assert_eq!(trim_by(s, f), s.trim_matches(f), "{s:?}");
        }
    }

    #[test]
    fn counts_and_last_words_agree_with_std() {
        for s in ["", " ", "a", "Ana Ruiz", "Ана  Руїз ", "é\u{301}👍 x", "voter Jo"] {
            assert_eq!(char_count(s), s.chars().count(), "{s:?}");
            assert_eq!(after_last_space(s), s.rsplit(' ').next().unwrap(), "{s:?}");
        }
    }

    /// A needle that almost matches everywhere costs no more than one pass (a naive search would
    /// compare 10 GB here).
    #[test]
    fn find_is_linear() {
        let hay = "a".repeat(1 << 20);
        let needle = ["a".repeat(10_000), "b".into()].concat();
        assert_eq!(find_str(&hay, &needle), None);
        assert_eq!(find_str(&[&hay, "b"].concat(), &needle), Some((1 << 20) - 10_000));
    }

    #[test]
    fn word_lists_in_one_string() {
        assert!(one_of("for", "of for at") && one_of("of", "of for at") && one_of("at", "of for at"));
        assert!(!one_of("fo", "of for at") && !one_of("For", "of for at") && !one_of("", "of for at") && !one_of("of for", "of for at"));
        assert!(one_of("пані", "mr пан пані") && !one_of("па", "mr пан пані"));
        // Any case: what `one_of(&lower(w), …)` says, for ASCII lists.
        for w in ["Said", "SAID", "said", "sAId", "Saïd", "SAİD", "sa", "saidx", "", "Ѕaid"] {
            assert_eq!(one_of_any_case(w, "said says"), one_of(&lower(w), "said says"), "{w}");
        }
        assert_eq!(strip_article("The White House"), "White House");
        assert_eq!(strip_article("an adviser"), "adviser");
        assert_eq!(strip_article("another adviser"), "another adviser");
        assert_eq!(strip_article("the"), "the");
        assert_eq!(strip_article(" a b"), " a b");
        assert_eq!(strip_article("THE end"), "THE end");
    }

    #[test]
    fn lower_case_without_allocation() {
        assert_eq!(with_lower("SaId", str::to_string), "said");
        for t in ["", " ", "a", " a ", "\t\na b\r\n", "\u{a0}x\u{a0}", " \u{2003} y \u{3000}", "z\u{85}", "\u{1F600} ", "\x0b\x0cq\x1c", " é ", "é", " a", "a ", "\ta", "a\n", "\u{a0}a", "a\u{2028}", "\u{3000}a."] {
            assert_eq!(trim(t), t.trim(), "{t:?}");
        }
        assert_eq!(with_lower("Erklärte", str::to_string), "erklärte");
        for w in ["ÄUSSERTE", "Заявив", "ΑΘΉΝΑ", "İstanbul 😀", "x".repeat(70).as_str(), "É".repeat(40).as_str()] {
            assert_eq!(with_lower(w, str::to_string), lower(w), "{w}");
        }
    }

    #[test]
    fn words_agree_with_split_whitespace() {
        for s in ["", " ", "one", "  two  words ", "tab\tand\nnew\r\nlines", "nbsp\u{a0}and\u{2003}em\u{3000}wide", "\u{85}next\u{2028}line\u{2029}", "Київ  сказав «так»", "a\u{200b}b", "x\u{3000}", "\u{a0}é", "\u{b}v\u{b}w", "\u{1c}x y\u{1f}", "Ana  Ruiz\t", "😀 é"] {
            assert_eq!(words(s).collect::<Vec<_>>(), s.split_whitespace().collect::<Vec<_>>(), "{s:?}");
        }
    }

    #[test]
    fn collapse_white_space_leaves_single_spaces_inside() {
        assert_eq!(collapse_white_space("  The\tmayor\n\n said\u{a0} so. "), "The mayor said so.");
        assert_eq!(collapse_white_space(" \r\n\u{3000}"), "");
    }

    #[test]
    fn word_count_agrees_with_split_whitespace() {
        for s in [
            "", " ", "one", " two  words ", "a\tb\nc\u{b}d\u{c}e\rf", "no\u{a0}break\u{2003}em\u{3000}ideo\u{85}nel",
            "Zürich — „Grüß Gott“ 😀 x", "\u{1680}\u{2028}\u{2029}\u{202f}\u{205f}", "é\u{a0}", "\u{a0}é", "\u{1c}\u{1f}x",
        ] {
            assert_eq!(word_count(s), s.split_whitespace().count(), "{s:?}");
        }
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs_twice() {
        let s = "a😀é b";
        let m = Utf16Map::new(s);
        assert_eq!(m.at(0), 0);
        assert_eq!(m.at(1), 1);
        assert_eq!(m.at(5), 3); // after the emoji: 2 units
        assert_eq!(m.at(7), 4); // after é
        assert_eq!(m.at(2), 1); // inside the emoji: rounded down
        assert_eq!(m.at(100), utf16_len(s));
    }

    #[test]
    fn utf16_offsets_agree_with_a_rescan_in_any_order() {
        let s = "ab😀é ".repeat(200) + "Ω";
        let m = Utf16Map::new(&s);
        for at in (0..=s.len() + 3).rev().chain(0..=s.len()) {
            let mut b = at.min(s.len());
            while !s.is_char_boundary(b) {
                b -= 1;
            }
            assert_eq!(m.at(at), utf16_len(&s[..b]), "at {at}");
        }
        assert_eq!(Utf16Map::new("").at(5), 0);
        let ascii = "Dam opens, \"we said,\" 3.5 km.";
        let m = Utf16Map::new(ascii);
        for at in 0..ascii.len() + 3 {
            assert_eq!(m.at(at), at.min(ascii.len()), "at {at}");
        }
    }
}
