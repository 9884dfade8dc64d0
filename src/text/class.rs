//! Letter, case and number classes for the scripts the engines read, without core's Unicode tables.
//!
//! `char::is_alphabetic`, `is_numeric`, `is_uppercase` and `is_lowercase` link core's property tables
//! (≈ 1.4 KB gzipped of nearly incompressible data and their search code) into the page's wasm for a
//! handful of calls in the engines. These functions give the same answers as those four wherever the
//! engines have text to read:
//!
//! - **exactly** over U+0000–U+06FF (Latin, Latin-1, Latin Extended-A and -B, IPA, Greek, Cyrillic and
//!   its supplement, Armenian, Hebrew, Arabic) and U+1E00–U+1FFF (Latin Extended Additional, the
//!   Vietnamese letters; Greek Extended), from a table of two bits a character built at compile time;
//! - **beyond those**, every character is a letter without case (CJK, Devanagari, Thai, Georgian…)
//!   unless it stands in one of the blocks of punctuation, symbols, spaces, digits and emoji listed in
//!   [`NOT_LETTERS`]. What differs from core there: letters of other cased scripts (Armenian is
//!   covered; Georgian Mtavruli, Cherokee, Glagolitic, Coptic, Deseret, fullwidth Latin, Latin
//!   Extended-C/D/E) have no case, so they never start a capitalised name; letters inside the listed
//!   blocks (`ℕ`, `Ω` U+2126, `ⁿ`, Roman numerals, circled letters, `々`, `〇`) are not letters; digits
//!   of scripts other than Arabic, Devanagari and the fullwidth forms are letters, not numbers (they
//!   still make words); and number signs in the symbol blocks (`⁴`, `①`, `½` is covered) are not numbers.
//!   Marks of other scripts (Devanagari's vowel signs and virama) are letters here, so a word or a name
//!   is not cut at them; Georgian Mkhedruli, lower case in core, has no case here, so a quote in it is
//!   not taken for a lower-case fragment. Punctuation, quote marks, spaces and emoji stay outside words
//!   as in core, so quotes in these scripts are found as before (tests in `quotes/tests.rs`).

/// A character's class in the table: not a letter, a letter without case, upper case, lower case.
const NONE: u8 = 0;
const A: u8 = 1;
const U: u8 = 2;
const L: u8 = 3;
/// Runs of case pairs: upper case at the even code point and lower case at the odd (`P`), or the
/// other way round (`Q`).
const P: u8 = 4;
const Q: u8 = 5;

/// The letters of the covered ranges above ASCII, as runs (first, last, class); every code point not
/// in a run is not a letter. Checked against core's tables by the tests below.
#[rustfmt::skip]
const RUNS: [(u16, u16, u8); 194] = [
    (0xAA, 0xAA, L), (0xB5, 0xB5, L), (0xBA, 0xBA, L), (0xC0, 0xD6, U), (0xD8, 0xDE, U), (0xDF, 0xF6, L),
    (0xF8, 0xFF, L), (0x100, 0x137, P), (0x138, 0x138, L), (0x139, 0x148, Q), (0x149, 0x149, L),
    (0x14A, 0x177, P), (0x178, 0x179, U), (0x17A, 0x17A, L), (0x17B, 0x17E, Q), (0x17F, 0x180, L),
    (0x181, 0x182, U), (0x183, 0x183, L), (0x184, 0x184, U), (0x185, 0x185, L), (0x186, 0x187, U),
    (0x188, 0x188, L), (0x189, 0x18B, U), (0x18C, 0x18D, L), (0x18E, 0x191, U), (0x192, 0x192, L),
    (0x193, 0x194, U), (0x195, 0x195, L), (0x196, 0x198, U), (0x199, 0x19B, L), (0x19C, 0x19D, U),
    (0x19E, 0x19E, L), (0x19F, 0x1A0, U), (0x1A1, 0x1A1, L), (0x1A2, 0x1A5, P), (0x1A6, 0x1A7, U),
    (0x1A8, 0x1A8, L), (0x1A9, 0x1A9, U), (0x1AA, 0x1AB, L), (0x1AC, 0x1AC, U), (0x1AD, 0x1AD, L),
    (0x1AE, 0x1AF, U), (0x1B0, 0x1B0, L), (0x1B1, 0x1B3, U), (0x1B4, 0x1B4, L), (0x1B5, 0x1B5, U),
    (0x1B6, 0x1B6, L), (0x1B7, 0x1B8, U), (0x1B9, 0x1BA, L), (0x1BB, 0x1BB, A), (0x1BC, 0x1BC, U),
    (0x1BD, 0x1BF, L), (0x1C0, 0x1C3, A), (0x1C4, 0x1C4, U), (0x1C5, 0x1C5, A), (0x1C6, 0x1C6, L),
    (0x1C7, 0x1C7, U), (0x1C8, 0x1C8, A), (0x1C9, 0x1C9, L), (0x1CA, 0x1CA, U), (0x1CB, 0x1CB, A),
    (0x1CC, 0x1CC, L), (0x1CD, 0x1DC, Q), (0x1DD, 0x1DD, L), (0x1DE, 0x1EF, P), (0x1F0, 0x1F0, L),
    (0x1F1, 0x1F1, U), (0x1F2, 0x1F2, A), (0x1F3, 0x1F3, L), (0x1F4, 0x1F4, U), (0x1F5, 0x1F5, L),
    (0x1F6, 0x1F8, U), (0x1F9, 0x1F9, L), (0x1FA, 0x233, P), (0x234, 0x239, L), (0x23A, 0x23B, U),
    (0x23C, 0x23C, L), (0x23D, 0x23E, U), (0x23F, 0x240, L), (0x241, 0x241, U), (0x242, 0x242, L),
    (0x243, 0x246, U), (0x247, 0x247, L), (0x248, 0x24F, P), (0x250, 0x293, L), (0x294, 0x295, A),
    (0x296, 0x2B8, L), (0x2B9, 0x2BF, A), (0x2C0, 0x2C1, L), (0x2C6, 0x2D1, A), (0x2E0, 0x2E4, L),
    (0x2EC, 0x2EC, A), (0x2EE, 0x2EE, A), (0x345, 0x345, L), (0x363, 0x36F, A), (0x370, 0x373, P),
    (0x374, 0x374, A), (0x376, 0x376, U), (0x377, 0x377, L), (0x37A, 0x37D, L), (0x37F, 0x37F, U),
    (0x386, 0x386, U), (0x388, 0x38A, U), (0x38C, 0x38C, U), (0x38E, 0x38F, U), (0x390, 0x390, L),
    (0x391, 0x3A1, U), (0x3A3, 0x3AB, U), (0x3AC, 0x3CE, L), (0x3CF, 0x3CF, U), (0x3D0, 0x3D1, L),
    (0x3D2, 0x3D4, U), (0x3D5, 0x3D7, L), (0x3D8, 0x3EF, P), (0x3F0, 0x3F3, L), (0x3F4, 0x3F4, U),
    (0x3F5, 0x3F5, L), (0x3F7, 0x3F7, U), (0x3F8, 0x3F8, L), (0x3F9, 0x3FA, U), (0x3FB, 0x3FC, L),
    (0x3FD, 0x42F, U), (0x430, 0x45F, L), (0x460, 0x481, P), (0x48A, 0x4BF, P), (0x4C0, 0x4C1, U),
    (0x4C2, 0x4C2, L), (0x4C3, 0x4CE, Q), (0x4CF, 0x4CF, L), (0x4D0, 0x52F, P), (0x531, 0x556, U),
    (0x559, 0x559, A), (0x560, 0x588, L), (0x5B0, 0x5BD, A), (0x5BF, 0x5BF, A), (0x5C1, 0x5C2, A),
    (0x5C4, 0x5C5, A), (0x5C7, 0x5C7, A), (0x5D0, 0x5EA, A), (0x5EF, 0x5F2, A), (0x610, 0x61A, A),
    (0x620, 0x657, A), (0x659, 0x65F, A), (0x66E, 0x6D3, A), (0x6D5, 0x6DC, A), (0x6E1, 0x6E8, A),
    (0x6ED, 0x6EF, A), (0x6FA, 0x6FC, A), (0x6FF, 0x6FF, A), (0x1E00, 0x1E95, P), (0x1E96, 0x1E9D, L),
    (0x1E9E, 0x1EFF, P), (0x1F00, 0x1F07, L), (0x1F08, 0x1F0F, U), (0x1F10, 0x1F15, L), (0x1F18, 0x1F1D, U),
    (0x1F20, 0x1F27, L), (0x1F28, 0x1F2F, U), (0x1F30, 0x1F37, L), (0x1F38, 0x1F3F, U), (0x1F40, 0x1F45, L),
    (0x1F48, 0x1F4D, U), (0x1F50, 0x1F57, L), (0x1F59, 0x1F59, U), (0x1F5B, 0x1F5B, U), (0x1F5D, 0x1F5D, U),
    (0x1F5F, 0x1F5F, U), (0x1F60, 0x1F67, L), (0x1F68, 0x1F6F, U), (0x1F70, 0x1F7D, L), (0x1F80, 0x1F87, L),
    (0x1F88, 0x1F8F, A), (0x1F90, 0x1F97, L), (0x1F98, 0x1F9F, A), (0x1FA0, 0x1FA7, L), (0x1FA8, 0x1FAF, A),
    (0x1FB0, 0x1FB4, L), (0x1FB6, 0x1FB7, L), (0x1FB8, 0x1FBB, U), (0x1FBC, 0x1FBC, A), (0x1FBE, 0x1FBE, L),
    (0x1FC2, 0x1FC4, L), (0x1FC6, 0x1FC7, L), (0x1FC8, 0x1FCB, U), (0x1FCC, 0x1FCC, A), (0x1FD0, 0x1FD3, L),
    (0x1FD6, 0x1FD7, L), (0x1FD8, 0x1FDB, U), (0x1FE0, 0x1FE7, L), (0x1FE8, 0x1FEC, U), (0x1FF2, 0x1FF4, L),
    (0x1FF6, 0x1FF7, L), (0x1FF8, 0x1FFB, U), (0x1FFC, 0x1FFC, A),
];

/// Where a code point sits in [`TABLE`]: U+0080–U+06FF, then U+1E00–U+1FFF.
const fn slot(u: u32) -> Option<usize> {
    match u {
        0x80..=0x6FF => Some((u - 0x80) as usize),
        0x1E00..=0x1FFF => Some((u - 0x1E00) as usize + 0x680),
        _ => None,
    }
}

const SLOTS: usize = 0x680 + 0x200;

/// Two bits a code point of the covered ranges: its class (`NONE`, `A`, `U`, `L`).
static TABLE: [u8; SLOTS / 4] = build();

const fn build() -> [u8; SLOTS / 4] {
    let mut t = [0u8; SLOTS / 4];
    let mut r = 0;
    while r < RUNS.len() {
        let (first, last, class) = RUNS[r];
        let mut u = first as u32;
        while u <= last as u32 {
            let v = match class {
                P => if u % 2 == 0 { U } else { L },
                Q => if u % 2 == 1 { U } else { L },
                c => c,
            };
            if let Some(i) = slot(u) {
                t[i / 4] |= v << (i % 4 * 2);
            }
            u += 1;
        }
        r += 1;
    }
    t
}

/// Blocks outside the table whose characters are not letters (first, last), sorted; the Devanagari
/// and fullwidth digits among them are numbers ([`is_number`]).
#[rustfmt::skip]
pub const NOT_LETTERS: [(u32, u32); 17] = [
    (0x964, 0x965),   // Devanagari danda
    (0x966, 0x96F),    // Devanagari digits
    (0x1680, 0x1680), // Ogham space mark
    (0x2000, 0x2BFF), // general punctuation, super- and subscripts, currency, letterlike,
                             // number forms, arrows, mathematical, technical, box, shapes, dingbats
    (0x2E00, 0x2E7F), // supplemental punctuation
    (0x3000, 0x303F), // CJK symbols and punctuation: 、 。 「 」 『 』 〈 〉
    (0xE000, 0xF8FF), // private use
    (0xFE00, 0xFE6F), // variation selectors, vertical, CJK compatibility and small forms
    (0xFEFF, 0xFEFF), // byte order mark
    (0xFF00, 0xFF0F), // fullwidth ！ ＂ … ／
    (0xFF10, 0xFF19),  // fullwidth digits
    (0xFF1A, 0xFF20), // fullwidth ： ； … ＠
    (0xFF3B, 0xFF40), // fullwidth ［ ＼ ］ ＾ ＿ ｀
    (0xFF5B, 0xFF65), // fullwidth ｛ … ･ and the halfwidth CJK marks
    (0xFFF0, 0xFFFF), // specials
    (0x1F000, 0x1FBFF), // tiles, cards, enclosed forms, emoji, pictographs, symbols
    (0xE0000, 0x10FFFF), // tags, variation selectors, private use planes
];

/// The class of a character above ASCII.
fn class(c: char) -> u8 {
    let u = c as u32;
    if let Some(i) = slot(u) {
        return TABLE[i / 4] >> (i % 4 * 2) & 3;
    }
    for &(first, last) in &NOT_LETTERS {
        if u < first {
            break;
        }
        if u <= last {
            return NONE;
        }
    }
    A
}

/// Whether `c` is a letter (core's `char::is_alphabetic` in the covered ranges).
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        class(c) != NONE
    }
}

/// Whether `c` is an upper-case letter (core's `char::is_uppercase` in the covered ranges).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        class(c) == U
    }
}

/// Whether `c` is a lower-case letter (core's `char::is_lowercase` in the covered ranges).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        class(c) == L
    }
}

/// Whether `c` is a number (core's `char::is_numeric` in the covered ranges: digits, `²`, `½`, the
/// Arabic-Indic digits; beyond them, the Devanagari and fullwidth digits of [`NOT_LETTERS`]).
pub fn is_number(c: char) -> bool {
    matches!(c as u32, 0x30..=0x39 | 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE | 0x660..=0x669 | 0x6F0..=0x6F9 | 0x966..=0x96F | 0xFF10..=0xFF19)
}

/// Whether `c` is a letter or a number (core's `char::is_alphanumeric` in the covered ranges).
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        class(c) != NONE || is_number(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn covered(u: u32) -> bool {
        u < 0x700 || (0x1E00..0x2000).contains(&u)
    }

    #[test]
    fn agrees_with_core_over_the_covered_ranges() {
        for c in (0..0x2000u32).filter(|&u| covered(u)).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "letter {c:?} {:X}", c as u32);
            assert_eq!(is_upper(c), c.is_uppercase(), "upper {c:?} {:X}", c as u32);
            assert_eq!(is_lower(c), c.is_lowercase(), "lower {c:?} {:X}", c as u32);
            assert_eq!(is_number(c), c.is_numeric(), "number {c:?} {:X}", c as u32);
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "alnum {c:?} {:X}", c as u32);
        }
    }

    #[test]
    fn the_blocks_beyond_are_sorted_and_disjoint() {
        for w in NOT_LETTERS.windows(2) {
            assert!(w[0].0 <= w[0].1 && w[0].1 < w[1].0, "{w:X?}");
        }
        assert!(NOT_LETTERS[0].0 >= 0x700);
    }

    #[test]
    fn beyond_the_table_letters_have_no_case_and_punctuation_is_not_a_letter() {
        // Letters of scripts the engines have no lexicon for: letters, like core says, without case.
        for c in "中国說话ひらがなカタカナ한국어देवनागरीไทยქართული".chars() {
            assert!(is_letter(c) && is_alnum(c) && !is_upper(c) && !is_lower(c), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
        // Punctuation, quote marks, spaces and symbols: not letters, as core says.
        for c in "、。「」『』《》〈〉！？，：；（）“”„‘’‹›«»—–…•€™\u{2009}\u{200B}\u{3000}\u{FEFF}😀🇺".chars() {
            assert!(!is_letter(c) && !is_alnum(c) && !is_number(c), "{c:?}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
        // Digits of the covered and listed scripts are numbers.
        for c in "0٣۴५９".chars() {
            assert!(is_number(c) && is_alnum(c) && !is_letter(c), "{c:?}");
        }
        // The documented differences from core: other cased scripts without case, letters in
        // symbol blocks, digits of other scripts as letters.
        assert!(is_letter('Ⴀ') && !is_upper('Ⴀ') && 'Ⴀ'.is_uppercase());
        assert!(is_letter('Ａ') && !is_upper('Ａ') && 'Ａ'.is_uppercase());
        assert!(!is_letter('\u{2126}') && '\u{2126}'.is_alphabetic()); // OHM SIGN
        assert!(is_letter('๓') && !is_number('๓') && '๓'.is_numeric());
    }

    #[test]
    fn tables_cover_the_letters_of_the_eval_texts() {
        // Letters met in the evaluation files outside ASCII (German, Vietnamese, Greek, Romanian).
        for (c, upper) in [('Ü', true), ('ß', false), ('ư', false), ('ș', false), ('ệ', false), ('Ἕ', true), ('ἱ', false), ('Đ', true)] {
            assert!(is_letter(c), "{c:?}");
            assert_eq!(is_upper(c), upper, "{c:?}");
            assert_eq!(is_lower(c), !upper, "{c:?}");
        }
        assert!(is_letter('ʿ') && !is_upper('ʿ') && !is_lower('ʿ'));
        assert!(is_letter('ئ') && !is_letter('،') && !is_letter('؛'));
    }
}
