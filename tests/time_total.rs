//! The tagger is total, deterministic and linear: no panic on any input, offsets on char boundaries,
//! in order and not overlapping, the same output twice, and no quadratic case on one huge paragraph.
#![cfg(not(target_arch = "wasm32"))] // native core tests; the browser suite is tests/web.rs

use quoteline::time::{tag, Anchoring, Date, TagOptions, Tagger};

/// A deterministic stream of awkward text: date fragments, digits, punctuation, multi-byte letters.
fn noise(seed: u64, pieces: usize) -> String {
    const PARTS: &[&str] = &[
        "May", " ", "5", ".", "-", "/", ":", ",", "2026", "1990s", "'", "’", "the", "end", "of", "March", "a.m.", "p.", "m",
        "Q3", "Monday", "night", "mid", "—", "é", "😀", "лютого", "року", "Ä", "\n", "ago", "two", "years", "later", "every",
        "12:30", "BC", "B.C", "$", "%", "3-2", "the past", "first", "half", "quarter", "century", "19th", "\u{0301}", "Feb",
        "Sept", "at", "10", "pm", "noon", "fiscal", "that", "same", "day", "since", "than", "more", "about", "and", "or",
    ];
    let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut s = String::new();
    for _ in 0..pieces {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        s.push_str(PARTS[(x >> 33) as usize % PARTS.len()]);
        if (x >> 20) % 3 == 0 {
            s.push(' ');
        }
    }
    s
}

fn assert_well_formed(text: &str, opts: &TagOptions) {
    let found = tag(text, opts);
    let mut last = 0;
    for t in &found {
        assert!(t.start < t.end && t.end <= text.len(), "bad range {t:?}");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "not on a char boundary: {t:?}");
        assert!(t.start >= last, "overlap or disorder at {t:?}");
        last = t.end;
        assert!(!t.value.is_empty());
    }
    assert_eq!(found, tag(text, opts), "not deterministic");
}

#[test]
fn never_panics_on_noise() {
    let dct = TagOptions { dct: Date::parse_iso("2026-02-06"), ..TagOptions::default() };
    let narrative = TagOptions { anchor: Anchoring::Narrative, ..TagOptions::default() };
    let de = TagOptions { language: Some("de".into()), ..TagOptions::default() };
    let uk = TagOptions { language: Some("uk".into()), dct: Date::parse_iso("0001-01-01"), ..TagOptions::default() };
    // QL_FUZZ=N runs more seeds.
    for seed in 0..std::env::var("QL_FUZZ").ok().and_then(|v| v.parse().ok()).unwrap_or(300u64) {
        let text = noise(seed, 200);
        for opts in [&TagOptions::default(), &dct, &narrative, &de, &uk] {
            assert_well_formed(&text, opts);
        }
    }
}

#[test]
fn edge_inputs() {
    let extreme = TagOptions { dct: Date::new(9999, 12, 31), ..TagOptions::default() };
    for text in [
        "", " ", "\n\n", "9", "99999999999999999999 years ago", "May", "the", "the end of", "'", "5.", "05.02.",
        "0000-00-00", "2026-02-30", "31 February", "February 30", "99:99 am", "13 p.m.", "0 BC", "10000 days later",
        "4294967295 years later", "every", "mid-", "Q9", "the 0th century", "the 99th century",
    ] {
        assert_well_formed(text, &TagOptions::default());
        assert_well_formed(text, &extreme);
    }
    // An invalid calendar date is not a date.
    assert!(tag("Filed 2026-02-30 late.", &TagOptions::default()).is_empty());
}

#[test]
fn the_reference_time_carries_across_paragraphs() {
    let mut t = Tagger::new(TagOptions::default());
    let a = t.tag("The treaty was signed on 1 August 1914.");
    assert_eq!(a[0].value, "1914-08-01");
    let b = t.tag("Three days later, the army moved.");
    assert_eq!(b[0].value, "1914-08-04");
}

#[test]
fn one_huge_paragraph_is_linear() {
    let unit = "On 5 February 2026, the talks resumed two days later; shares fell 3% and 2000 workers left at 10 a.m. ";
    let small: String = unit.repeat(5_000);
    let big: String = unit.repeat(40_000); // 8x, about 4 MB, no line break
    let opts = TagOptions { dct: Date::parse_iso("2026-02-06"), ..TagOptions::default() };
    let t0 = std::time::Instant::now();
    let n_small = tag(&small, &opts).len();
    let t_small = t0.elapsed();
    let t1 = std::time::Instant::now();
    let n_big = tag(&big, &opts).len();
    let t_big = t1.elapsed();
    assert_eq!(n_big, n_small * 8);
    // Linear would be 8x; allow noise from a shared machine, but not quadratic (64x).
    assert!(t_big < t_small * 30 + std::time::Duration::from_millis(200), "small {t_small:?}, big {t_big:?}");
}
