//! Case mapping for the scripts the lexicons are written in (Latin, Greek, Cyrillic), without the
//! standard library's full Unicode case tables.
//!
//! `str::to_lowercase` and `char::to_uppercase` link about 24 KB of tables (9 KB gzipped) into the
//! wasm build: a fifth of the page's size budget (BENCHMARKS.md, "Size"). The lexicons (speech verbs,
//! titles, abbreviations, month names) only need the letters of the languages they cover, so these
//! functions map ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic by arithmetic and leave every
//! other character as it is. Each mapping keeps the UTF-8 length of the character, so byte offsets
//! found in the lowered text are offsets in the original too: `lower(s).len() == s.len()`.

use core::cmp::Ordering;
use crate::prelude::*;

/// The lower-case form of `c` (itself when it has none in the covered scripts).
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF
            if u % 2 == 0 =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x400..=0x40F => u + 0x50,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// The upper-case form of `c` (itself when it has none in the covered scripts).
pub fn upper_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => u - 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF
            if u % 2 == 1 =>
        {
            u - 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if u % 2 == 0 => u - 1,
        0xFF => 0x178,
        0x3AC => 0x386,
        0x3AD..=0x3AF => u - 37,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => u - 63,
        0x3C2 => 0x3A3, // final sigma
        0x450..=0x45F => u - 0x50,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `s` in lower case (one allocation; ASCII-only text is copied byte for byte).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // `lower_char` keeps UTF-8 lengths: one allocation of the right size, characters pushed in a loop
    // (`collect` compiles its own growth code).
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(lower_char(c));
    }
    out
}

/// `s` with its first character in upper case.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            let mut out = String::with_capacity(s.len());
            out.push(upper_char(f));
            out.push_str(c.as_str());
            out
        }
        None => String::new(),
    }
}

/// Compares `word` lowered with `key` (already lower case) without allocating: binary search a
/// sorted lower-case table with `table.binary_search_by(|k| cmp_lower(k, word).reverse())`… or simply
/// use [`find_lower`].
pub fn cmp_lower(word: &str, key: &str) -> Ordering {
    word.chars().map(lower_char).cmp(key.chars())
}

/// The index of `word` (any case) in `table`, a lower-case table sorted by `str` order; no allocation.
pub fn find_lower(table: &[&str], word: &str) -> Option<usize> {
    table.binary_search_by(|k| cmp_lower(word, k).reverse()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_on_the_covered_scripts() {
        let ranges = [0x20..0x250u32, 0x370..0x400, 0x400..0x530];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let (l, u) = (lower_char(c), upper_char(c));
            let std_l: Vec<char> = c.to_lowercase().collect();
            let std_u: Vec<char> = c.to_uppercase().collect();
            assert!(l == c || std_l == [l], "lower {c:?} {:x}: {l:?} vs {std_l:?}", c as u32);
            assert!(u == c || std_u == [u], "upper {c:?} {:x}: {u:?} vs {std_u:?}", c as u32);
            assert_eq!(l.len_utf8(), c.len_utf8());
            assert_eq!(u.len_utf8(), c.len_utf8());
        }
    }

    #[test]
    fn covers_the_letters_the_lexicons_use() {
        assert_eq!(lower("SAID President Zelenskyy"), "said president zelenskyy");
        assert_eq!(lower("ЗАЯВИВ Президент Ґрунт Їжак Єва"), "заявив президент ґрунт їжак єва");
        assert_eq!(lower("ÉTÉ Ærø ΑΘΉΝΑ Ŵales"), "été ærø αθήνα ŵales");
        assert_eq!(capitalise("кінець січня"), "Кінець січня");
        assert_eq!(capitalise("énd"), "Énd");
        assert_eq!(capitalise(""), "");
        let s = "İstanbul ΣΟΦΊΑ ǅ 😀 Ǆ";
        assert_eq!(lower(s).len(), s.len());
    }

    #[test]
    fn looks_up_sorted_tables_in_any_case() {
        let table = ["added", "said", "told", "заявив"];
        assert_eq!(find_lower(&table, "Said"), Some(1));
        assert_eq!(find_lower(&table, "TOLD"), Some(2));
        assert_eq!(find_lower(&table, "Заявив"), Some(3));
        assert_eq!(find_lower(&table, "sai"), None);
        assert_eq!(find_lower(&table, "saidx"), None);
        assert_eq!(find_lower(&table, ""), None);
    }
}
