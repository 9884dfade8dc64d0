//! The engine keeps its working lists (tokens around a quote, a quote's pieces, a paragraph's dates
//! and sentences) from one quote and paragraph to the next: nothing of one quote, paragraph or
//! article may show in the next. The articles are written for these tests.
#![cfg(not(target_arch = "wasm32"))] // native core tests; the browser suite is tests/web.rs

use quoteline::{extract, parse_article, Date, Options, Story};

fn story(text: &str, published: Option<&str>) -> Story {
    let article = parse_article(text).expect("an article");
    extract(&article, &Options { published: published.and_then(Date::parse_iso) })
}

fn json(text: &str, published: Option<&str>) -> String {
    serde_json::to_string(&story(text, published)).unwrap()
}

const A: &str = "Harbour bridge to reopen in May\n\n\
\"We will rebuild the bridge by spring,\" the mayor, Ana Ruiz, told reporters on March 3, 2025. \
Engineers began work on March 10.\n\n\
Ruiz said: \"Nobody will pay a toll.\" The council voted on April 2.\n\n\
\"It is late,\" said Tom Baker, a ferry captain. \"But it is welcome.\"";

const B: &str = "Stadtrat beschließt Haushalt\n\n\
Die Bürgermeisterin Eva Roth sagte am 5. Februar 2026: \"Wir sparen nicht an Schulen.\" \
Der Rat stimmte im März zu.\n\n\
\"Das war knapp\", sagte Jonas Weber.";

#[test]
fn an_article_reads_the_same_after_another() {
    for published in [None, Some("2026-02-06")] {
        let fresh = json(A, published);
        let _ = json(B, published);
        assert_eq!(json(A, published), fresh, "A after B");
        let fresh_b = json(B, published);
        let _ = json(A, published);
        assert_eq!(json(B, published), fresh_b, "B after A");
    }
}

#[test]
fn each_quote_keeps_its_own_cue_and_text() {
    let s = story(A, None);
    let got: Vec<(&str, Option<&str>)> = s.quotes.iter().map(|q| (q.text.as_str(), q.cue.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("We will rebuild the bridge by spring", Some("told")),
            ("Nobody will pay a toll.", Some("said")),
            ("It is late", Some("said")),
            ("But it is welcome.", Some("said")),
        ]
    );
}

/// The cue of a quote introduced by the paragraph before ("…, said on Monday:") is a word of that
/// paragraph, and a quote standing alone after it carries the same cue.
#[test]
fn a_cue_from_the_paragraph_before() {
    let s = story("The minister, Ana Ruiz, wrote on Monday:\n\n\"The bridge opens in May.\"\n\n\"Tolls end with it.\"", None);
    let got: Vec<(usize, &str, Option<&str>)> = s.quotes.iter().map(|q| (q.paragraph, q.text.as_str(), q.cue.as_deref())).collect();
    assert_eq!(got, [(1, "The bridge opens in May.", Some("wrote")), (2, "Tolls end with it.", Some("wrote"))]);
}

/// A paragraph's sentences are its own: an event's sentence in a short paragraph after a long one is
/// found in that paragraph, not among the long one's sentences.
#[test]
fn each_paragraph_reads_its_own_sentences() {
    let text = "One. Two. Three. Four. Five. It rained on March 3, 2025. Six. Seven. Eight.\n\nThe vote is on May 5, 2025. Then it ends.";
    let s = story(text, None);
    let got: Vec<(usize, &str, &str)> = s.events.iter().map(|e| (e.paragraph, e.text.as_str(), e.date.value.as_str())).collect();
    assert_eq!(got, [(0, "It rained on March 3, 2025.", "2025-03-03"), (1, "The vote is on May 5, 2025.", "2025-05-05")]);
}

/// Quotes at the very start and end of paragraphs and of the article, an unclosed mark at the end,
/// and marks with nothing in them: read, never a panic.
#[test]
fn quotes_at_the_edges() {
    for text in ["\"", "\"\"", "\"\"\n\n\"\"", "\"Start,\" she said", "He said \"end\"", "He said: \"never closed", "\"a\"\"b\"", " \" \" ", "“Curly,” said Ana Ruiz."] {
        let first = json(text, None);
        assert_eq!(json(text, None), first, "{text:?}");
    }
    let s = story("\"Start here,\" said Ana Ruiz.\n\nLater Ruiz said \"ends here\"", None);
    let got: Vec<(usize, &str)> = s.quotes.iter().map(|q| (q.paragraph, q.text.as_str())).collect();
    assert_eq!(got, [(0, "Start here"), (1, "ends here")]);
}
