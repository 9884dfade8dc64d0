//! Segmentation shared by the quote and time passes: sentences, words, and the UTF-16 offsets that
//! the Story speaks (JavaScript's `String.prototype.slice` counts UTF-16 code units).

pub mod quotemarks;
/// Case mapping without the standard library's Unicode case tables (a size measure).
pub mod case;
mod sentences;
/// A stable sort compiled once for every caller (a size measure).
pub mod sort;
/// Word lists packed at compile time into one string and `u16` offsets (a size measure).
pub mod packed;

pub use case::{capitalise, find_lower, lower};
pub use sentences::{sentences, ABBREVIATIONS};

/// Converts byte offsets of one string into UTF-16 offsets, in any order, at bounded cost per query:
/// a checkpoint every `STEP` bytes holds the UTF-16 count so far, so a query counts at most `STEP`
/// bytes. (Rescanning from the start made the Story quadratic in a paragraph's dates and quotes.)
pub struct Utf16Map<'a> {
    text: &'a str,
    /// For checkpoint `k`: the char boundary at or before byte `k * STEP`, and the UTF-16 units before it.
    marks: Vec<(usize, usize)>,
}

const STEP: usize = 128;

impl<'a> Utf16Map<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut marks = Vec::with_capacity(text.len() / STEP + 1);
        let (mut units, mut next) = (0, 0);
        for (i, c) in text.char_indices() {
            while next < i + c.len_utf8() {
                marks.push((i, units));
                next += STEP;
            }
            units += c.len_utf16();
        }
        while next <= text.len() {
            marks.push((text.len(), units));
            next += STEP;
        }
        Utf16Map { text, marks }
    }

    /// The UTF-16 offset of byte offset `at` (clamped to the text, rounded down to a char boundary).
    pub fn at(&self, at: usize) -> usize {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let (byte, units) = self.marks[at / STEP];
        units + self.text[byte..at].chars().map(char::len_utf16).sum::<usize>()
    }
}

/// The length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Calls `f` with `word` in lower case, without allocating for ASCII words of up to 64 bytes (the
/// lexicon look-ups run once per word of every attribution window).
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    if word.len() <= buf.len() && word.is_ascii() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        // ASCII in, ASCII out: always valid UTF-8.
        f(std::str::from_utf8(b).unwrap_or(""))
    } else {
        f(&lower(word))
    }
}

/// Whether `c` can be part of a word (letters, digits, and the marks inside words in many scripts).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_without_allocation() {
        assert_eq!(with_lower("SaId", str::to_string), "said");
        assert_eq!(with_lower("Erklärte", str::to_string), "erklärte");
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
    }
}
