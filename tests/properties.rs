//! Properties that hold for every input, checked on generated articles (proptest).
//!
//! Only the public API is used (`parse_article`, `extract`, `quotes::extract`, `time::tag`,
//! `json::parse`), so these hold for any engine behind it:
//! - nothing panics, on arbitrary strings and arbitrary JSON;
//! - every Story offset is a UTF-16 offset on a character boundary inside its paragraph, and the
//!   texts the Story repeats are exactly the slices its offsets name;
//! - quotes do not overlap; every id a Story refers to exists;
//! - events are in timeline order;
//! - extraction is deterministic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use quoteline::time::{tag, TagOptions};
use quoteline::{extract, parse_article, Date, Options, Story};

/// Pieces of news text that exercise the extractors: quote marks of many languages, speech verbs,
/// names and titles, dates of every shape, line structure, and characters outside the BMP.
const PIECES: &[&str] = &[
    "\"", "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」",
    "We will rebuild the bridge", "it is not over", "Nobody told us", " ", " ", " ", ", ", ". ", "? ", "! ", ": ",
    "said", " said ", "says", "told reporters", "added", "asked", "according to", "warned",
    "Mayor Ana Ruiz", "Ruiz", "she", "he", "they", "Dr. Tomás Okafor", "President", "the ministry",
    "Olena Kovalenko", "O.", "Mr.", "U.S.", "St. Paul",
    "on March 3", "March 3, 2025", "3 March", "2026-02-05", "in 2024", "last week", "yesterday", "on Monday",
    "two days later", "at the end of January", "early February", "in the 1990s", "summer 2025", "Q1 2026",
    "at 9:30 a.m.", "next year", "every Tuesday", "for three years", "mid-April", "31 February", "0",
    "\n", "\n\n", "\r\n", "---\n", "published: 2026-02-06\n", "Photo: Someone/Agency\n", "Subheading\n",
    "😀", "é", "e\u{301}", "𝔘", "\u{200B}", "\u{FEFF}", "\t", "—", "…", "Україна", "мер Олена", "٣", "שלום",
];

fn newsy_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat()),
        1 => any::<String>(),
        1 => prop::collection::vec(
            prop_oneof![prop::sample::select(PIECES).prop_map(str::to_string), any::<String>()],
            0..20
        )
        .prop_map(|v| v.concat()),
    ]
}

fn utf16(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// `at` is a valid UTF-16 offset of `units` that does not split a surrogate pair.
fn on_boundary(units: &[u16], at: usize) -> bool {
    at <= units.len() && (at == 0 || at == units.len() || !(0xDC00..0xE000).contains(&units[at]))
}

fn check_range(units: &[u16], start: usize, end: usize, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(start <= end, "{what}: start {start} > end {end}");
    prop_assert!(end <= units.len(), "{what}: end {end} beyond the text ({} units)", units.len());
    prop_assert!(on_boundary(units, start) && on_boundary(units, end), "{what}: {start}..{end} splits a character");
    Ok(())
}

/// Parses TIMEX3 calendar values (`2026`, `2026-02`, `2026-02-05`) to the first day of their interval.
fn interval_start(value: &str) -> Option<(u32, u32, u32)> {
    let parts: Vec<&str> = value.split('-').collect();
    let num = |s: &str, n: usize| (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().unwrap());
    match parts.as_slice() {
        [y] => Some((num(y, 4)?, 1, 1)),
        [y, m] => Some((num(y, 4)?, num(m, 2)?, 1)),
        [y, m, d] => Some((num(y, 4)?, num(m, 2)?, num(d, 2)?)),
        _ => None,
    }
}

fn check_story(story: &Story) -> Result<(), TestCaseError> {
    let paras: Vec<Vec<u16>> = story.paragraphs.iter().map(|p| utf16(&p.text)).collect();
    let para = |p: usize| -> Result<&Vec<u16>, TestCaseError> {
        paras.get(p).ok_or_else(|| TestCaseError::fail(format!("paragraph index {p} out of range")))
    };
    let speaker_ids: Vec<&str> = story.speakers.iter().map(|s| s.id.as_str()).collect();
    let quote_ids: Vec<&str> = story.quotes.iter().map(|q| q.id.as_str()).collect();

    let mut spans = Vec::new();
    for q in &story.quotes {
        let units = para(q.paragraph)?;
        check_range(units, q.start, q.end, &format!("quote {}", q.id))?;
        spans.push((q.paragraph, q.start, q.end));
        if let Some(s) = &q.speaker_id {
            prop_assert!(speaker_ids.contains(&s.as_str()), "quote {} names unknown speaker {s}", q.id);
        }
        if let Some(m) = &q.mention {
            let units = para(m.paragraph)?;
            check_range(units, m.start, m.end, &format!("mention of {}", q.id))?;
            prop_assert_eq!(&String::from_utf16_lossy(&units[m.start..m.end]), &m.text);
        }
    }
    spans.sort();
    for w in spans.windows(2) {
        let ((p1, _, e1), (p2, s2, _)) = (w[0], w[1]);
        prop_assert!(p1 != p2 || e1 <= s2, "quotes overlap: {:?} and {:?}", w[0], w[1]);
    }

    let mut ids = quote_ids.clone();
    ids.sort();
    ids.dedup();
    prop_assert_eq!(ids.len(), quote_ids.len(), "quote ids are not unique");

    for e in &story.events {
        let units = para(e.paragraph)?;
        check_range(units, e.start, e.end, &format!("event {}", e.id))?;
        prop_assert_eq!(&String::from_utf16_lossy(&units[e.start..e.end]), &e.text, "event text is not its slice");
        let ev = utf16(&e.text);
        check_range(&ev, e.date.start, e.date.end, &format!("date of {}", e.id))?;
        prop_assert_eq!(&String::from_utf16_lossy(&ev[e.date.start..e.date.end]), &e.date.text);
        for q in &e.quote_ids {
            prop_assert!(quote_ids.contains(&q.as_str()), "event {} links unknown quote {q}", e.id);
        }
        let kind = serde_json::to_value(e.date.kind).unwrap();
        prop_assert!(kind == "DATE" || kind == "TIME", "event {} has a {kind} date", e.id);
    }

    // Timeline order: among events with a calendar date and no mod, interval starts never decrease,
    // and events with the same value keep text order.
    let dated: Vec<_> = story
        .events
        .iter()
        .filter(|e| e.date.modifier.is_none())
        .filter_map(|e| interval_start(&e.date.value).map(|k| (k, e)))
        .collect();
    for w in dated.windows(2) {
        let ((k1, e1), (k2, e2)) = (&w[0], &w[1]);
        prop_assert!(k1 <= k2, "events out of order: {} ({}) before {} ({})", e1.id, e1.date.value, e2.id, e2.date.value);
        if e1.date.value == e2.date.value {
            prop_assert!((e1.paragraph, e1.start) <= (e2.paragraph, e2.start), "equal dates out of text order: {} {}", e1.id, e2.id);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn story_offsets_ids_and_order_hold(text in newsy_text(), published in prop::option::of(0u32..3)) {
        let Ok(article) = parse_article(&text) else { return Ok(()) };
        let published = published.and_then(|d| Date::parse_iso(["2026-02-06", "1999-12-31", "2024-02-29"][d as usize]));
        let story = extract(&article, &Options { published });
        check_story(&story)?;
    }

    #[test]
    fn extraction_is_deterministic(text in newsy_text()) {
        let Ok(a1) = parse_article(&text) else { return Ok(()) };
        let a2 = parse_article(&text).unwrap();
        prop_assert_eq!(&a1, &a2);
        let s1 = serde_json::to_string(&extract(&a1, &Options::default())).unwrap();
        let s2 = serde_json::to_string(&extract(&a2, &Options::default())).unwrap();
        prop_assert_eq!(s1, s2);
    }

    #[test]
    fn raw_quote_spans_are_char_aligned_ordered_and_disjoint(text in newsy_text()) {
        let Ok(article) = parse_article(&text) else { return Ok(()) };
        let (speakers, quotes) = quoteline::quotes::extract(&article);
        let mut spans = Vec::new();
        for q in &quotes {
            let block = &article.blocks[q.paragraph].text;
            prop_assert!(q.start <= q.end && q.end <= block.len());
            prop_assert!(block.is_char_boundary(q.start) && block.is_char_boundary(q.end));
            prop_assert!(q.speaker.map_or(true, |s| s < speakers.len()));
            spans.push((q.paragraph, q.start, q.end));
        }
        spans.sort();
        for w in spans.windows(2) {
            prop_assert!(w[0].0 != w[1].0 || w[0].2 <= w[1].1, "quotes overlap: {:?}", w);
        }
    }

    #[test]
    fn timex_spans_are_char_aligned_and_disjoint(text in newsy_text(), dct in any::<bool>()) {
        let opts = TagOptions { dct: if dct { Date::parse_iso("2026-02-06") } else { None }, language: None, ..TagOptions::default() };
        let mut prev = 0;
        for t in tag(&text, &opts) {
            prop_assert!(t.start <= t.end && t.end <= text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            prop_assert!(t.start >= prev, "expressions overlap or are out of order");
            prop_assert!(!t.value.is_empty());
            prev = t.end;
        }
    }

    #[test]
    fn json_reader_never_panics_and_errors_say_where(text in prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(&["{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "d83d", "dc00",
            "true", "fals", "null", "-", "0", "1e9", ".5", "\"body\"", "\"title\"", " ", "\n", "é", "😀"][..]), 0..60)
            .prop_map(|v| v.concat()),
    ]) {
        match quoteline::json::parse(&text) {
            Ok(v) => {
                // An object is an article candidate: reading it may fail, but never panics.
                if let Ok(a) = quoteline::article::article_from_json(&v) {
                    let _ = extract(&a, &Options::default());
                }
            }
            Err(e) => {
                prop_assert_eq!(e.code.as_str(), "bad-input");
                prop_assert!(e.message.contains("line ") && e.message.contains("column "), "{}", e.message);
            }
        }
    }

    #[test]
    fn json_reader_reads_what_serde_json_writes(v in json_value()) {
        let text = serde_json::to_string_pretty(&v).unwrap();
        let read = quoteline::json::parse(&text).map_err(|e| TestCaseError::fail(e.message))?;
        prop_assert!(same_json(&read, &v), "{text}");
    }

    #[test]
    fn json_article_body_matches_plain_text(body in newsy_text(), title in "[A-Za-z ]{1,30}") {
        // The JSON form with a title is the plain form with that title as its first line.
        let json = serde_json::json!({ "title": title, "body": body }).to_string();
        let Ok(from_json) = parse_article(&json) else { return Ok(()) };
        let story = extract(&from_json, &Options::default());
        check_story(&story)?;
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<i64>().prop_map(|n| J::from(n)),
        any::<String>().prop_map(J::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(J::Array),
            prop::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|kv| J::Object(kv.into_iter().collect())),
        ]
    })
}

fn same_json(ours: &quoteline::json::Value, theirs: &serde_json::Value) -> bool {
    use quoteline::json::Value as Q;
    use serde_json::Value as J;
    match (ours, theirs) {
        (Q::Null, J::Null) => true,
        (Q::Bool(a), J::Bool(b)) => a == b,
        (Q::Number(a), J::Number(b)) => a == &b.to_string(),
        (Q::String(a), J::String(b)) => a == b,
        (Q::Array(a), J::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_json(x, y)),
        (Q::Object(a), J::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, x)| b.get(k).is_some_and(|y| same_json(x, y)))
        }
        _ => false,
    }
}
