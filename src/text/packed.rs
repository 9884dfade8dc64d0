//! Word lists packed at compile time into one byte string (a size measure).
//!
//! A `&[&str]` table costs 8 bytes of pointer and length per entry on top of its text (and the
//! pointers compress poorly): the quote and name lexicons are ~2,000 words, 16 KB of pointers. Written
//! as a `const` list and packed in const evaluation, only the text (and for
//! [`Words`](crate::text::packed::Words) a `u16` per word) reaches the binary; the list in the source
//! stays as readable as before:
//!
//! ```
//! use quoteline::text::packed::{bytes, Words};
//! const LIST: &[&str] = &["added", "said", "told"];
//! static CUES: Words<{ bytes(LIST) }, { LIST.len() }> = Words::new(LIST);
//! assert_eq!(CUES.binary_search("said"), Ok(1));
//! assert_eq!(CUES.get(2), "told");
//! assert_eq!(CUES.find_lower("SAID"), Some(1));
//! ```
//!
//! [`Lexicon`](crate::text::packed::Lexicon) is the set for hot look-ups: the words as lines of
//! one string, and a hash index built at run time on first use (so the binary carries no index).
//! Every method works on a non-generic view ([`View`](crate::text::packed::View),
//! [`LexView`](crate::text::packed::LexView)), so the code is compiled once however many tables
//! there are.

use core::cmp::Ordering;
use crate::prelude::*;

/// The total length in bytes of the words of `list` (the first parameter of [`Words`]).
pub const fn bytes(list: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < list.len() {
        n += list[i].len();
        i += 1;
    }
    n
}

/// `N` words, `BYTES` bytes of text in all.
pub struct Words<const BYTES: usize, const N: usize> {
    text: [u8; BYTES],
    ends: [u16; N],
}

impl<const BYTES: usize, const N: usize> Words<BYTES, N> {
    /// Packs `list` (evaluated at compile time when used to initialise a `static` or `const`).
    pub const fn new(list: &[&str]) -> Self {
        assert!(list.len() == N && BYTES <= u16::MAX as usize, "Words: wrong length parameters");
        let mut text = [0u8; BYTES];
        let mut ends = [0u16; N];
        let mut at = 0;
        let mut i = 0;
        while i < N {
            let w = list[i].as_bytes();
            let mut j = 0;
            while j < w.len() {
                text[at] = w[j];
                at += 1;
                j += 1;
            }
            ends[i] = at as u16;
            i += 1;
        }
        assert!(at == BYTES, "Words: wrong byte count");
        Words { text, ends }
    }

    /// The table as a non-generic view.
    #[inline]
    pub fn view(&self) -> View<'_> {
        View { text: &self.text, ends: &self.ends }
    }

    #[inline]
    pub fn len(&self) -> usize {
        N
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        N == 0
    }

    /// The `i`th word ("" past the end).
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        self.view().get(i)
    }

    /// Like `<[&str]>::binary_search` on a sorted list.
    #[inline]
    pub fn binary_search(&self, key: &str) -> Result<usize, usize> {
        self.view().binary_search(key)
    }

    /// Like [`crate::text::find_lower`]: the index of `word` in any case, in a lower-case sorted list.
    #[inline]
    pub fn find_lower(&self, word: &str) -> Option<usize> {
        self.view().find_lower(word)
    }

    /// The words in order.
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let v = self.view();
        (0..N).map(move |i| v.get(i))
    }
}

/// A packed word list of any size.
#[derive(Clone, Copy)]
pub struct View<'a> {
    text: &'a [u8],
    ends: &'a [u16],
}

impl<'a> View<'a> {
    fn word(&self, i: usize) -> &'a [u8] {
        let start = if i == 0 { 0 } else { self.ends.get(i - 1).map_or(0, |&e| usize::from(e)) };
        let end = self.ends.get(i).map_or(start, |&e| usize::from(e));
        self.text.get(start..end).unwrap_or(&[])
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The `i`th word ("" past the end; the text was whole `str`s, so it is always UTF-8).
    pub fn get(&self, i: usize) -> &'a str {
        core::str::from_utf8(self.word(i)).unwrap_or("")
    }

    fn search(&self, cmp: &dyn Fn(usize) -> Ordering) -> Result<usize, usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match cmp(mid) {
                Ordering::Less => lo = mid + 1,
                Ordering::Greater => hi = mid,
                Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    /// Like `<[&str]>::binary_search` on a sorted list (byte order is `str` order).
    pub fn binary_search(&self, key: &str) -> Result<usize, usize> {
        self.search(&|i| self.word(i).cmp(key.as_bytes()))
    }

    /// The index of `word` in any case, in a lower-case list sorted by `str` order; no allocation.
    pub fn find_lower(&self, word: &str) -> Option<usize> {
        self.search(&|i| super::case::cmp_lower(word, self.get(i)).reverse()).ok()
    }
}

/// The length of `list` packed for a [`Lexicon`]: its words, each followed by a newline.
pub const fn lines(list: &[&str]) -> usize {
    bytes(list) + list.len()
}

/// FNV-1a over the bytes: cheap, and good enough for a few hundred short words.
fn hash(b: &[u8]) -> u32 {
    b.iter().fold(0x811c_9dc5u32, |h, &x| (h ^ u32::from(x)).wrapping_mul(0x0100_0193))
}

/// `lexicon!(static NAME = LIST;)`: a [`Lexicon`] of the `const` list `LIST`, sized by it.
macro_rules! lexicon {
    ($vis:vis static $name:ident = $list:expr;) => {
        $vis static $name: $crate::text::packed::Lexicon<{ $crate::text::packed::lines($list) }> =
            $crate::text::packed::Lexicon::new($list);
    };
}
pub(crate) use lexicon;

/// A word set: the words packed at compile time as lines of one byte string (as small as the text,
/// and sorted lists compress well), and a hash index over them built on the first look-up. A
/// look-up hashes the word once and compares it with one or two entries, where a binary search
/// compares it with ten (the lexicons are asked about every word of every attribution window).
///
/// ```
/// use quoteline::text::packed::{lines, Lexicon};
/// const LIST: &[&str] = &["added", "said", "told"];
/// static CUES: Lexicon<{ lines(LIST) }> = Lexicon::new(LIST);
/// assert!(CUES.contains("said") && CUES.contains_lower("Said") && !CUES.contains_lower("sai"));
/// ```
pub struct Lexicon<const BYTES: usize> {
    text: [u8; BYTES],
    index: crate::sync::OnceLock<Index>,
}

impl<const BYTES: usize> Lexicon<BYTES> {
    /// Packs `list` (at compile time when used to initialise a `static`). The words must not be
    /// empty or hold a newline.
    pub const fn new(list: &[&str]) -> Self {
        assert!(BYTES == lines(list) && BYTES <= u16::MAX as usize, "Lexicon: wrong size parameter");
        let mut text = [0u8; BYTES];
        let mut at = 0;
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            assert!(!w.is_empty(), "Lexicon: an empty word");
            let mut j = 0;
            while j < w.len() {
                assert!(w[j] != b'\n', "Lexicon: a newline in a word");
                text[at] = w[j];
                at += 1;
                j += 1;
            }
            text[at] = b'\n';
            at += 1;
            i += 1;
        }
        Lexicon { text, index: crate::sync::OnceLock::new() }
    }

    /// The table as a non-generic view.
    #[inline]
    pub fn view(&self) -> LexView<'_> {
        LexView { text: &self.text, index: &self.index }
    }

    /// Whether `word` is in the set exactly as given.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.view().contains_bytes(word.as_bytes())
    }

    /// Whether `word` in lower case ([`crate::text::lower`]) is in the set; no allocation for words
    /// of up to 64 bytes.
    #[inline]
    pub fn contains_lower(&self, word: &str) -> bool {
        self.view().contains_lower(word)
    }
}

/// The hash index of a [`Lexicon`].
pub struct Index {
    /// Open addressing with linear probing: each slot is a word's (start, end) in the text, or (0, 0).
    slots: Vec<(u16, u16)>,
    /// Bit `n` set when some word has `n` bytes (63 for any longer): most words of running text
    /// are turned away by their length alone.
    lengths: u64,
}

/// A [`Lexicon`] of any size.
#[derive(Clone, Copy)]
pub struct LexView<'a> {
    text: &'a [u8],
    index: &'a crate::sync::OnceLock<Index>,
}

impl<'a> LexView<'a> {
    /// The hash index: a load of at most three quarters keeps a probe for an absent word short.
    fn build(text: &[u8]) -> Index {
        let n = text.iter().filter(|&&b| b == b'\n').count();
        let mut slots = vec![(0u16, 0u16); n + n / 3 + 1];
        let len = slots.len();
        let mut start = 0;
        let mut lengths = 0u64;
        for (end, _) in text.iter().enumerate().filter(|(_, &b)| b == b'\n') {
            lengths |= 1 << (end - start).min(63);
            let mut k = hash(&text[start..end]) as usize % len;
            while slots[k].1 != 0 {
                k = if k + 1 == len { 0 } else { k + 1 };
            }
            slots[k] = (start as u16, end as u16);
            start = end + 1;
        }
        Index { slots, lengths }
    }

    /// Whether the word whose bytes are `key` is in the set.
    pub fn contains_bytes(&self, key: &[u8]) -> bool {
        let index = self.index.get_or_init(|| Self::build(self.text));
        let slots = &index.slots;
        let n = slots.len();
        if key.is_empty() || n == 0 || index.lengths & 1 << key.len().min(63) == 0 {
            return false;
        }
        let mut k = hash(key) as usize % n;
        loop {
            let (s, e) = slots[k];
            if e == 0 {
                return false;
            }
            if self.text.get(usize::from(s)..usize::from(e)) == Some(key) {
                return true;
            }
            k = if k + 1 == n { 0 } else { k + 1 };
        }
    }

    /// Whether `word` in lower case is in the set.
    pub fn contains_lower(&self, word: &str) -> bool {
        // ASCII lowered byte by byte on the stack; other words through `with_lower`.
        let b = word.as_bytes();
        if b.len() <= 24 && word.is_ascii() {
            let mut buf = [0u8; 24];
            for (d, s) in buf.iter_mut().zip(b) {
                *d = s.to_ascii_lowercase();
            }
            return self.contains_bytes(&buf[..b.len()]);
        }
        super::with_lower(word, |l| self.contains_bytes(l.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &[&str] = &["", "abend", "jahr", "über", "квітня"];
    static PACKED: Words<{ bytes(LIST) }, { LIST.len() }> = Words::new(LIST);
    static EMPTY: Words<0, 0> = Words::new(&[]);
    const SET: &[&str] = &["abend", "jahr", "über", "квітня", "zz", "a"];
    static HASHED: Lexicon<{ lines(SET) }> = Lexicon::new(SET);
    static EMPTY_HASHED: Lexicon<0> = Lexicon::new(&[]);

    #[test]
    fn agrees_with_the_slice_it_packs() {
        assert_eq!(PACKED.len(), LIST.len());
        assert_eq!(PACKED.iter().collect::<Vec<_>>(), LIST);
        for probe in ["", "a", "abend", "abends", "jahr", "jahre", "квітня", "квіт", "über", "zz", "ü"] {
            assert_eq!(PACKED.binary_search(probe), LIST.binary_search(&probe), "{probe}");
            assert_eq!(PACKED.find_lower(probe), super::super::find_lower(LIST, probe), "{probe}");
        }
        assert_eq!(PACKED.find_lower("JAHR"), Some(2));
        assert_eq!(PACKED.find_lower("Квітня"), Some(4));
        assert_eq!(PACKED.find_lower("ÜBER"), Some(3));
        assert_eq!(PACKED.get(9), "");
        assert_eq!(EMPTY.binary_search("x"), Err(0));
        for w in SET {
            assert!(HASHED.contains(w), "{w}");
        }
        for probe in ["", "b", "abends", "jahre", "квіт", "z", "ü", "Jahr"] {
            assert!(!HASHED.contains(probe), "{probe}");
        }
        assert!(HASHED.contains_lower("JAHR") && HASHED.contains_lower("Квітня") && HASHED.contains_lower("ÜBER"));
        assert!(!HASHED.contains_lower("JAHRE") && !EMPTY_HASHED.contains_lower("x"));
        assert!(EMPTY.is_empty() && EMPTY.iter().next().is_none());
    }
}
