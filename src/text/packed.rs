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
    /// The `i`th word's bytes (none past the end).
    pub(crate) fn word(&self, i: usize) -> &'a [u8] {
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

/// The longest prefix a packed word shares with the word before it (its first byte, below 0x20).
pub(crate) const MAX_SHARED: usize = 0x1F;

/// How many leading bytes word `i` of `list` shares with word `i - 1` (as packed: at most
/// [`MAX_SHARED`]).
const fn shared(list: &[&str], i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    let (a, b) = (list[i - 1].as_bytes(), list[i].as_bytes());
    let mut n = 0;
    while n < a.len() && n < b.len() && n < MAX_SHARED && a[n] == b[n] {
        n += 1;
    }
    n
}

/// The length of `list` packed for a [`Lexicon`]: each word as the count of leading bytes it shares
/// with the word before it (one byte below 0x20) and the rest of its bytes (front coding: a sorted
/// list's shared prefixes are stored once, which gzip alone does less well, a size measure).
pub const fn lines(list: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < list.len() {
        n += 1 + list[i].len() - shared(list, i);
        i += 1;
    }
    n
}

/// The length of the words of `list` one a line, as [`Index::build`] unpacks them.
const fn plain(list: &[&str]) -> usize {
    bytes(list) + list.len()
}

/// Writes the words of `list` into `text` from `at`, front coded as [`lines`] says; returns the end.
const fn pack_lines<const BYTES: usize>(list: &[&str], text: &mut [u8; BYTES], mut at: usize) -> usize {
    let mut i = 0;
    while i < list.len() {
        let w = list[i].as_bytes();
        assert!(!w.is_empty(), "Lexicon: an empty word");
        let mut j = shared(list, i);
        text[at] = j as u8;
        at += 1;
        while j < w.len() {
            assert!(w[j] >= 0x20, "Lexicon: a control character in a word");
            text[at] = w[j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    at
}

/// The words of a packed text one a line: each word's shared prefix copied from the word before it.
pub(crate) fn unpack(src: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len() * 2);
    let (mut i, mut last) = (0, 0);
    while let Some(&shared) = src.get(i) {
        let start = out.len();
        // Only `extend_from_slice`, which the page has anyway: `Vec<u8>::push` (245 bytes of wasm
        // with its growth code) was here alone, and `extend_from_within` costs more than it saves.
        // (The shared prefix goes through a copy on the stack: `out` cannot lend it while growing.)
        let from = out.get(last..last + usize::from(shared)).unwrap_or_default();
        let mut prefix = [0u8; MAX_SHARED];
        let n = from.len().min(MAX_SHARED);
        prefix[..n].copy_from_slice(&from[..n]);
        out.extend_from_slice(&prefix[..n]);
        i += 1;
        let rest = src.get(i..).unwrap_or(&[]);
        let len = rest.iter().position(|&b| b < 0x20).unwrap_or(rest.len());
        out.extend_from_slice(&rest[..len]);
        out.extend_from_slice(b"\n");
        i += len;
        last = start;
    }
    out
}

/// FNV-1a over the bytes: cheap, and good enough for a few hundred short words.
pub(crate) fn hash(b: &[u8]) -> u32 {
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

/// A word set: the words packed at compile time into one byte string (front coded: smaller than the
/// text, and sorted lists compress well), and a hash index over them built on the first look-up. A
/// look-up hashes the word once and compares it with one or two entries, where a binary search
/// compares it with ten (the lexicons are asked about every word of every attribution window).
///
/// ```
/// use quoteline::text::packed::{lines, Lexicon};
/// const LIST: &[&str] = &["added", "said", "told"];
/// static CUES: Lexicon<{ lines(LIST) }> = Lexicon::new(LIST);
/// assert!(CUES.contains("said") && CUES.contains_lower("Said") && !CUES.contains_lower("sai"));
/// ```
pub struct Lexicon<const BYTES: usize>(Table<[u8; BYTES]>);

/// What a [`Lexicon`] or a [`Forms`] holds: the packed text last, so that a reference to a table of
/// any size coerces to one of `Table<[u8]>` (a pointer and a length: a [`LexView`] is passed in two
/// registers, where a struct of its three fields was written out at every look-up, a size measure).
pub struct Table<T: ?Sized> {
    index: crate::sync::OnceLock<Index>,
    forms: bool,
    text: T,
}

impl<const BYTES: usize> Lexicon<BYTES> {
    /// Packs `list` (at compile time when used to initialise a `static`). The words must not be
    /// empty or hold a control character (a byte below 0x20: the front coding's prefix counts).
    pub const fn new(list: &[&str]) -> Self {
        assert!(BYTES == lines(list) && plain(list) <= u16::MAX as usize, "Lexicon: wrong size parameter");
        let mut text = [0u8; BYTES];
        pack_lines(list, &mut text, 0);
        Lexicon(Table { index: crate::sync::OnceLock::new(), forms: false, text })
    }

    /// The table as a non-generic view.
    #[inline]
    pub fn view(&self) -> LexView<'_> {
        LexView(&self.0)
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

/// The length of a [`Forms`] table of `verbs` and `words`: both packed as [`lines`] says, an empty
/// word between.
pub const fn forms_len(verbs: &[&str], words: &[&str]) -> usize {
    lines(verbs) + 1 + lines(words)
}

/// `forms!(static NAME = VERBS, WORDS;)`: the [`Forms`] of the `const` lists `VERBS` and `WORDS`.
macro_rules! forms {
    ($vis:vis static $name:ident = $verbs:expr, $words:expr;) => {
        $vis static $name: $crate::text::packed::Forms<{ $crate::text::packed::forms_len($verbs, $words) }> =
            $crate::text::packed::Forms::new($verbs, $words);
    };
}
pub(crate) use forms;

/// A word set given as English verbs with the forms they take, and other words as they are: each
/// verb is stored once and its forms made on the first look-up, then hashed as a [`Lexicon`] (the
/// page carries the lemmas, about a quarter of the text of every form).
///
/// A verb entry is the lemma, then `+` when it doubles its final consonant ("admit+": admitted,
/// admitting), then `:` and the forms the set holds when not all four: `b` the lemma itself, `s`
/// the third person ("-s", "-es" after a sibilant or "o", "-ies" after a consonant and "y"), `d` the past
/// ("-ed", "-d" after "e", "-ied"), `g` the participle ("-ing", dropping a final single "e"). Irregular
/// forms are words.
///
/// ```
/// use quoteline::text::packed::{forms_len, Forms};
/// const VERBS: &[&str] = &["add", "admit+", "answer:dg", "deny", "note:sdg", "say:bsg"];
/// static CUES: Forms<{ forms_len(VERBS, &["said"]) }> = Forms::new(VERBS, &["said"]);
/// for w in ["adds", "admitted", "answering", "denies", "denied", "notes", "says", "said"] {
///     assert!(CUES.view().contains_bytes(w.as_bytes()), "{w}");
/// }
/// assert!(!CUES.view().contains_bytes(b"answer") && !CUES.view().contains_bytes(b"sayed"));
/// ```
pub struct Forms<const BYTES: usize>(Table<[u8; BYTES]>);

impl<const BYTES: usize> Forms<BYTES> {
    /// Packs `verbs` and `words` (at compile time when used to initialise a `static`).
    pub const fn new(verbs: &[&str], words: &[&str]) -> Self {
        assert!(BYTES == forms_len(verbs, words) && plain(verbs) + 1 + plain(words) <= u16::MAX as usize, "Forms: wrong size parameter");
        let mut text = [0u8; BYTES];
        // The empty word between (a zero: nothing shared, nothing more) unpacks to an empty line.
        let at = pack_lines(verbs, &mut text, 0);
        pack_lines(words, &mut text, at + 1);
        Forms(Table { index: crate::sync::OnceLock::new(), forms: true, text })
    }

    /// The set as a non-generic view (the forms are made and hashed on the first look-up).
    #[inline]
    pub fn view(&self) -> LexView<'_> {
        LexView(&self.0)
    }

    /// Every word of the set, verbs' forms first.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        let (_, words) = self.view().index();
        words.split(|&b| b == b'\n').filter(|w| !w.is_empty()).map(|w| core::str::from_utf8(w).unwrap_or(""))
    }
}

/// The words of a packed [`Forms`] table, one a line: each verb's forms, then the words as they are.
fn expand(src: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len() * 4);
    let mut verbs = true;
    for line in src.split(|&b| b == b'\n') {
        if line.is_empty() {
            verbs = false;
            continue;
        }
        // A word after the empty line is its own only form.
        let colon = line.iter().position(|&b| b == b':').filter(|_| verbs);
        let (head, forms): (&[u8], &[u8]) = match colon {
            Some(i) => (&line[..i], &line[i + 1..]),
            None => (line, if verbs { b"bsdg" } else { b"b" }),
        };
        let double = verbs && head.last() == Some(&b'+');
        let lemma = &head[..head.len() - usize::from(double)];
        for &form in forms {
            push_form(&mut out, lemma, form, double);
        }
    }
    out
}

/// Appends the form `form` (`b`, `s`, `d` or `g`, as [`Forms`] describes) of `lemma`, and a newline.
fn push_form(out: &mut Vec<u8>, lemma: &[u8], form: u8, double: bool) {
    let (last, before) = match lemma {
        [.., b, l] => (*l, *b),
        [l] => (*l, 0),
        [] => (0, 0),
    };
    let consonant_y = last == b'y' && !super::has_byte(b"aeiou", before);
    let (cut, suffix): (usize, &[u8]) = match form {
        b's' if matches!(last, b's' | b'x' | b'z' | b'o') || (last == b'h' && matches!(before, b's' | b'c')) => (0, b"es\n"),
        b's' if consonant_y => (1, b"ies\n"),
        b's' => (0, b"s\n"),
        b'd' if last == b'e' && !double => (0, b"d\n"),
        b'd' if consonant_y => (1, b"ied\n"),
        b'd' => (0, b"ed\n"),
        b'g' if last == b'e' && before != b'e' && !double => (1, b"ing\n"),
        b'g' => (0, b"ing\n"),
        _ => (0, b"\n"),
    };
    let n = lemma.len();
    // The doubled consonant, for the past and the participle.
    let twice = if double && matches!(form, b'd' | b'g') { core::slice::from_ref(&last) } else { &[] };
    out.extend_from_slice(&lemma[..n - cut]);
    out.extend_from_slice(twice);
    out.extend_from_slice(suffix);
}

/// The hash index of a [`Lexicon`] or [`Forms`].
pub struct Index {
    /// The words, one a line (a [`Forms`]' with their forms made), which the slots point into.
    text: Vec<u8>,
    /// Open addressing with linear probing: each slot is a word's (start, end) in the text, or (0, 0).
    slots: Vec<(u16, u16)>,
    /// Bit `n` set when some word has `n` bytes (63 for any longer): most words of running text
    /// are turned away by their length alone.
    lengths: u64,
}

impl Index {
    /// The hash index of the words of `text`, one a line (or of the words a [`Forms`] text makes): a
    /// load of at most three quarters keeps a probe for an absent word short.
    fn build(packed: &[u8], forms: bool) -> Index {
        let mut text = unpack(packed);
        if forms {
            text = expand(&text);
        }
        // The slots hold u16 offsets: `new` checks the unpacked text's length, not the forms a
        // `Forms` makes from it (7,956 bytes for the English cues).
        debug_assert!(text.len() <= usize::from(u16::MAX), "Index: {} bytes of words", text.len());
        let n = text.iter().filter(|&&b| b == b'\n').count();
        // A power of two long, so that a hash is placed by a mask, not a division.
        let mut slots = vec![(0u16, 0u16); (2 * n + 1).next_power_of_two()];
        let len = slots.len();
        let mut start = 0;
        let mut lengths = 0u64;
        for (end, _) in text.iter().enumerate().filter(|(_, &b)| b == b'\n') {
            lengths |= 1 << (end - start).min(63);
            let mut k = hash(&text[start..end]) as usize & (len - 1);
            while slots[k].1 != 0 {
                k = (k + 1) & (len - 1);
            }
            slots[k] = (start as u16, end as u16);
            start = end + 1;
        }
        Index { text, slots, lengths }
    }
}

/// A [`Lexicon`] or [`Forms`] of any size.
#[derive(Clone, Copy)]
pub struct LexView<'a>(&'a Table<[u8]>);

impl<'a> LexView<'a> {
    /// The index, built on first use, and the text its slots point into.
    #[inline(always)]
    fn index(&self) -> (&'a Index, &'a [u8]) {
        let t = self.0;
        let index = t.index.get_or_init(|| Index::build(&t.text, t.forms));
        (index, &index.text)
    }

    /// Whether the word whose bytes are `key` is in the set.
    pub fn contains_bytes(&self, key: &[u8]) -> bool {
        let (index, _) = self.index();
        if key.is_empty() || index.lengths & 1 << key.len().min(63) == 0 {
            return false;
        }
        self.probe(key, hash(key))
    }

    /// Whether `key`, whose [`hash`] is `h`, is in the set (the index is not empty).
    fn probe(&self, key: &[u8], h: u32) -> bool {
        let (index, text) = self.index();
        let slots = &index.slots;
        let n = slots.len();
        let mut k = h as usize & (n - 1);
        loop {
            let (s, e) = slots[k];
            if e == 0 {
                return false;
            }
            if text.get(usize::from(s)..usize::from(e)) == Some(key) {
                return true;
            }
            k = (k + 1) & (n - 1);
        }
    }

    /// Whether `word` in lower case is in the set.
    pub fn contains_lower(&self, word: &str) -> bool {
        let b = word.as_bytes();
        if b.len() <= 24 {
            // An ASCII word is lowered and hashed in one pass on the stack, and most words of
            // running text are then turned away by their length alone (no word of the set has it);
            // other words go through `with_lower`.
            let mut buf = [0u8; 24];
            let mut h = 0x811c_9dc5u32;
            let mut ascii = true;
            for (d, &c) in buf.iter_mut().zip(b) {
                ascii &= c < 0x80;
                *d = c.to_ascii_lowercase();
                h = (h ^ u32::from(*d)).wrapping_mul(0x0100_0193);
            }
            if ascii {
                // (No word of the set is empty: bit 0 is never set.)
                return self.index().0.lengths & 1 << b.len() != 0 && self.probe(&buf[..b.len()], h);
            }
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

    #[test]
    fn front_coding_unpacks_to_the_words_one_a_line() {
        const SORTED: &[&str] = &["abend", "abendbrot", "abends", "jahr", "квітень", "квітня", "über"];
        static SORTED_HASHED: Lexicon<{ lines(SORTED) }> = Lexicon::new(SORTED);
        // "abendbrot" shares 5 bytes with "abend", "abends" 5 with "abendbrot", "квітня" 9 with
        // "квітень" (bytes, not characters: "квіт" and the first byte of "н" and "е").
        assert_eq!(&SORTED_HASHED.0.text[..13], b"\x00abend\x05brot\x05s");
        assert_eq!(lines(SORTED), plain(SORTED) - 5 - 5 - 9);
        let words = String::from_utf8(unpack(&SORTED_HASHED.0.text)).unwrap();
        assert_eq!(words, SORTED.iter().map(|w| format!("{w}\n")).collect::<String>());
        assert_eq!(unpack(&HASHED.0.text), SET.iter().flat_map(|w| [w.as_bytes(), b"\n"]).flatten().copied().collect::<Vec<u8>>());
        for w in SORTED {
            assert!(SORTED_HASHED.contains(w) && SORTED_HASHED.contains_lower(&w.to_uppercase()), "{w}");
        }
        assert!(!SORTED_HASHED.contains("aben") && !SORTED_HASHED.contains("abendb") && unpack(&[]).is_empty());
        // A prefix longer than 31 bytes is stored in part.
        const LONG: &[&str] = &["abcdefghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxyz0123456789x"];
        static LONG_HASHED: Lexicon<{ lines(LONG) }> = Lexicon::new(LONG);
        assert_eq!(lines(LONG), 1 + 36 + 1 + 37 - 31);
        assert!(LONG_HASHED.contains(LONG[0]) && LONG_HASHED.contains(LONG[1]));
    }
}
