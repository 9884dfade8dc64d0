//! The timeline: events from dated sentences, in interval order, linked to quotes; the seed's three
//! events with and without a publication date.
#![cfg(not(target_arch = "wasm32"))] // native core tests; the browser suite is tests/web.rs

use quoteline::{extract, parse_article, Date, Options};

fn events(text: &str, published: Option<&str>) -> Vec<(String, String, Option<&'static str>, String)> {
    let article = parse_article(text).unwrap();
    let story = extract(&article, &Options { published: published.and_then(Date::parse_iso) });
    story.events.into_iter().map(|e| (e.date.text, e.date.value, e.date.modifier, e.text)).collect()
}

#[test]
fn the_seed_gives_its_three_events() {
    let seed = include_str!("../dataset/zelenskyy-security-guarantees.txt");
    let got: Vec<(String, String, Option<&str>)> = events(seed, None).into_iter().map(|(t, v, m, _)| (t, v, m)).collect();
    assert_eq!(
        got,
        vec![
            ("At the end of January".into(), "XXXX-01".into(), Some("END")),
            ("February 1".into(), "XXXX-02-01".into(), None),
            ("On February 5".into(), "XXXX-02-05".into(), None),
        ]
    );
    let dated: Vec<String> = events(seed, Some("2026-02-06")).into_iter().map(|(_, v, _, _)| v).collect();
    assert_eq!(dated, ["2026-01", "2026-02-01", "2026-02-05"]);
}

#[test]
fn the_seed_event_label_is_a_slice_of_the_event_text() {
    let seed = include_str!("../dataset/zelenskyy-security-guarantees.txt");
    let story = extract(&parse_article(seed).unwrap(), &Options::default());
    let e = &story.events[0];
    assert_eq!((e.date.start, e.date.end), (0, 21));
    let units: Vec<u16> = e.text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&units[e.date.start..e.date.end]).unwrap(), e.date.text);
}

#[test]
fn events_follow_interval_order_then_text_order() {
    let text = "Harbour report\nThe crane failed at the end of May. Repairs began on June 2. Inspectors came in early May.\nA second crane failed on June 2 as well.";
    let got: Vec<(String, Option<&str>)> = events(text, Some("2025-07-01")).into_iter().map(|(_, v, m, _)| (v, m)).collect();
    assert_eq!(
        got,
        vec![("2025-05".into(), Some("START")), ("2025-05".into(), Some("END")), ("2025-06-02".into(), None), ("2025-06-02".into(), None)]
    );
}

#[test]
fn one_event_per_distinct_date_in_a_sentence_and_undated_sentences_are_not_events() {
    let text = "Flood log\nThe river rose on 3 April 2024 and again on 3 April 2024, then on 9 April 2024. Nobody knows why.\nDuration words are not events: the cleanup took three weeks.";
    let got: Vec<String> = events(text, None).into_iter().map(|(_, v, _, _)| v).collect();
    assert_eq!(got, ["2024-04-03", "2024-04-09"]);
}

#[test]
fn quotes_link_to_the_event_of_their_sentence() {
    let text = "Mayor speaks\n\"We will rebuild,\" Mayor Ana Ruiz said on 4 March 2025.\nThe council met on 6 March 2025.";
    let article = parse_article(text).unwrap();
    let story = extract(&article, &Options::default());
    assert_eq!(story.events.len(), 2);
    assert_eq!(story.events[0].quote_ids, ["q1"]);
    assert!(story.events[1].quote_ids.is_empty());
}
