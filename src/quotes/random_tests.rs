//! Randomized agreement checks: the byte-level tokenizer, trims, words and counts against std or a
//! character-level reference, on random strings of multibyte characters, tabs, NBSP, U+2028, CRLF and
//! empty input.
use super::*;

const PIECES: &[&str] = &[
    "", "a", "Z", "q", "1", "9", " ", "  ", "\t", "\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\u{85}",
    "\u{a0}", "\u{2028}", "\u{2029}", "\u{2003}", "\u{3000}", "\u{200b}", "\u{feff}", "é", "É", "ß", "Київ", "Ї",
    "😀", "𝒜", "'", "’", ".", "-", "‐", "—", "–", ",", ")", "(", "\"", "“", "”", "„", "«", "»", "‹", "›", "「", "」",
    "『", "』", "Sen", "Dr", "U.S", "J", "said", "Mayor", "@", "[", "`", "{", "_", "~", "\u{7f}", "ǅ", "ﬁ", "٣",
];

fn rng(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn random(seed: &mut u64) -> String {
    let n = (rng(seed) % 40) as usize;
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(PIECES[(rng(seed) % PIECES.len() as u64) as usize]);
    }
    s
}

fn alnum_ref(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { crate::text::class::is_alnum(c) }
}

/// The tokenizer's rules read on characters (`str::chars`, `char::is_whitespace`), no byte tricks.
fn tokens_ref(text: &str, from: usize, to: usize) -> Vec<(usize, usize, bool)> {
    let from = floor(text, from);
    let to = floor(text, to).max(from);
    let s = &text[..to];
    let mut out = Vec::new();
    let mut p = from;
    while let Some(c) = s[p..].chars().next() {
        let l = c.len_utf8();
        if c.is_whitespace() {
            p += l;
            continue;
        }
        if !alnum_ref(c) {
            out.push((p, p + l, false));
            p += l;
            continue;
        }
        let (start, mut end) = (p, p + l);
        while let Some(d) = s[end..].chars().next() {
            let dl = d.len_utf8();
            if alnum_ref(d) || is_inner(d) && s[end + dl..].chars().next().is_some_and(alnum_ref) {
                end += dl;
            } else {
                break;
            }
        }
        if s[end..].starts_with('.') {
            let w = &text[start..end];
            let single_cap = end - start == l && crate::text::class::is_upper(c);
            let before_comma = s[end + 1..].starts_with([',', ')']);
            if single_cap || before_comma || w.contains('.') || is_abbreviation(w) {
                end += 1;
            }
        }
        out.push((start, end, true));
        p = end;
    }
    out
}

fn collapse_old(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A few thousand strings in every test run.
#[test]
fn random_strings_agree_with_std_and_the_character_reference() {
    agree(3_000, 0x9E37_79B9_7F4A_7C15);
}

/// 100,000 strings (about half a second in release): `cargo test --release --lib random_tests -- --ignored`.
#[test]
#[ignore = "100k random strings: run with --ignored"]
fn many_random_strings_agree() {
    agree(100_000, 0x2545_F491_4F6C_DD1D);
}

fn agree(rounds: usize, mut seed: u64) {
    for round in 0..rounds {
        let s = random(&mut seed);
        let s = s.as_str();
        assert_eq!(crate::text::trim(s), s.trim(), "trim {s:?}");
        assert_eq!(crate::text::words(s).collect::<Vec<_>>(), s.split_whitespace().collect::<Vec<_>>(), "words {s:?}");
        assert_eq!(crate::text::collapse_white_space(s), collapse_old(s), "collapse {s:?}");
        assert_eq!(crate::text::word_count(s), s.split_whitespace().count(), "word_count {s:?}");
        let mut cs = s.chars();
        assert_eq!(single(s), cs.next().filter(|_| cs.next().is_none()), "single {s:?}");
        // Whole text, and a random window (ends anywhere, boundaries or not, and past the end).
        let len = s.len();
        let (a, b) = ((rng(&mut seed) % (len as u64 + 3)) as usize, (rng(&mut seed) % (len as u64 + 3)) as usize);
        for (from, to) in [(0, len), (a.min(b), a.max(b)), (b, a)] {
            let got: Vec<_> = tokenize(s, from, to).iter().map(|t| (t.start, t.end, t.word)).collect();
            assert_eq!(got, tokens_ref(s, from, to), "tokenize {s:?} {from}..{to}");
            for t in tokenize(s, from, to) {
                assert_eq!(t.s, &s[t.start..t.end]);
            }
        }
        let w: Vec<_> = tokens_ref(s, 0, len).into_iter().filter(|t| t.2).map(|t| (t.0 as u32, t.1 as u32)).collect();
        assert_eq!(words(s), w, "words {s:?}");
        if round % 10 == 0 {
            for open in 0..=len + 1 {
                let _ = clause_start(s, open);
            }
        }
    }
}
