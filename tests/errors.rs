//! Must-not-panic and bounded-cost regression tests: fuzzer-found inputs and pathological inputs.
//!
//! Every test here only asserts that the core finishes with a sensible result. Cargo has no test
//! timeouts, so the inputs are sized to keep this suite fast in a debug build; the timing figures
//! (optimised `stress` profile, full sizes) live in BENCHMARKS.md ("Reliability"), not in assertions. Each test prints
//! its own time: `cargo test --profile stress --test errors -- --nocapture --test-threads=1`.
#![cfg(not(target_arch = "wasm32"))]

use quoteline::article::{Article, Block, BlockKind, MAX_ARTICLE_BYTES};
use quoteline::time::{tag, TagOptions};
use quoteline::{extract, parse_article, Date, ErrorCode, Options, Story};
use std::time::Instant;

/// Debug builds are many times slower: `cargo test` runs these at a tenth of the size, and
/// scripts/test.sh runs them again at full size with `cargo test --profile stress --test errors`.
const SCALE: usize = if cfg!(debug_assertions) { 10 } else { 1 };

/// `n` scaled down in debug builds.
fn n(full: usize) -> usize {
    full / SCALE
}

/// Parses and extracts `text`, printing how long it took.
fn run(label: &str, text: &str) -> Story {
    let t = Instant::now();
    let article = parse_article(text).unwrap_or_else(|e| panic!("{label}: {}", e.message));
    let story = extract(&article, &Options { published: Date::parse_iso("2026-02-06") });
    eprintln!("{label}: {} bytes in {:?}", text.len(), t.elapsed());
    story
}

/// Extracts an article built directly (bypassing the reader's size limit), timed.
fn run_blocks(label: &str, blocks: Vec<Block>) -> Story {
    let bytes: usize = blocks.iter().map(|b| b.text.len()).sum();
    let article = Article { blocks, ..Article::default() };
    let t = Instant::now();
    let story = extract(&article, &Options::default());
    eprintln!("{label}: {bytes} bytes in {:?}", t.elapsed());
    story
}

fn para(text: String) -> Block {
    Block { kind: BlockKind::Paragraph, text }
}

// ---- the documented size limit -------------------------------------------------------------------

#[test]
fn input_over_the_limit_is_bad_input_not_work() {
    let big = "a".repeat(MAX_ARTICLE_BYTES + 1);
    let t = Instant::now();
    let e = parse_article(&big).unwrap_err();
    assert_eq!(e.code, ErrorCode::BadInput);
    assert!(e.message.contains("limit"), "{}", e.message);
    // Ten megabytes as one paragraph, in both text forms.
    let ten = "The river rose. ".repeat(10 * 1024 * 1024 / 16);
    assert_eq!(parse_article(&ten).unwrap_err().code, ErrorCode::BadInput);
    let json = format!("{{\"title\":\"Flood\",\"body\":\"{ten}\"}}");
    assert_eq!(parse_article(&json).unwrap_err().code, ErrorCode::BadInput);
    eprintln!("over-limit refusals: {:?}", t.elapsed());
}

#[test]
fn input_at_the_limit_is_read() {
    let mut text = "Limit\n".to_string();
    let sentence = "Nothing happened on March 3. ";
    while text.len() + sentence.len() <= MAX_ARTICLE_BYTES {
        text.push_str(sentence);
    }
    assert!(text.len() <= MAX_ARTICLE_BYTES);
    // Stop well short of 100k dates here: the many-dates test below covers that count.
    let text = &text[..text.len().min(600_000)];
    let story = run("at-limit prefix", text);
    assert!(!story.events.is_empty());
}

#[test]
fn json_body_over_the_limit_inside_a_small_document_is_refused() {
    // Escapes make the document small per byte of body only by a little, but the body limit still holds.
    let body = "\\u0041".repeat(MAX_ARTICLE_BYTES / 6 + 1);
    let json = format!("{{\"body\":\"{body}\"}}");
    assert!(parse_article(&json).is_err());
}

// ---- pathological shapes --------------------------------------------------------------------------

#[test]
fn a_million_quote_marks() {
    for mark in ["\"", "“", "”", "'", "‘", "«", "„"] {
        let text = format!("Marks\n{}", mark.repeat(n(1_000_000)).chars().take(n(1_000_000)).collect::<String>());
        let story = run(&format!("1M {mark}"), &text);
        assert!(story.paragraphs.len() <= 2);
    }
    // Marks between words: every pair is a candidate quote.
    let text = format!("Marks\n{}", "\"a b\" said Ruiz ".repeat(n(60_000)));
    let story = run("60k quoted pairs with cues", &text);
    assert_eq!(story.quotes.len(), n(60_000));
}

#[test]
fn a_ten_megabyte_paragraph() {
    // Past the reader's limit, so built directly: the extractors themselves must stay linear.
    let s = "Mayor Ana Ruiz said the river rose on March 3 and \"we will rebuild it\", she said. ";
    let text = s.repeat(n(10 * 1024 * 1024) / s.len());
    let story = run_blocks("10 MB paragraph", vec![Block { kind: BlockKind::Heading, text: "Flood".into() }, para(text)]);
    assert!(!story.quotes.is_empty());
    // One long run without spaces, full stops or marks.
    run_blocks("10 MB word", vec![para("x".repeat(n(10 * 1024 * 1024)))]);
}

#[test]
fn a_hundred_thousand_dates() {
    // In one paragraph, in separate sentences …
    let text = format!("Dates\n{}", "It rained on March 3. ".repeat(n(100_000)));
    let story = run("100k dates, one paragraph", &text);
    assert!(!story.events.is_empty());
    // … in one sentence, all different …
    let mut list = String::from("Dates\nThe court sat on ");
    for i in 0..n(100_000) {
        list.push_str(&format!("{} {}, ", ["January", "March", "June", "October"][i % 4], 1 + i % 28));
    }
    list.push_str("and then stopped.");
    let story = run("100k dates, one sentence", &list);
    // Each of its events (28 month-day pairs and a few more: 30 here, 32 at full size) shows the words
    // around its date, not the whole sentence (32 copies of 1 MB before the cut: a Story quadratic in
    // the sentence).
    let shown: usize = story.events.iter().map(|e| e.text.len()).sum();
    assert!((28..40).contains(&story.events.len()), "{} events", story.events.len());
    assert!(shown <= story.events.len() * 2_100, "{shown} bytes of event text for {} bytes of input", list.len());
    // … and raw, through the tagger.
    let raw = "March 3, 2026; ".repeat(n(100_000));
    let t = Instant::now();
    let found = tag(&raw, &TagOptions::default());
    eprintln!("100k dates tagged raw: {:?}", t.elapsed());
    assert_eq!(found.len(), n(100_000));
}

#[test]
fn quotes_and_dates_in_one_long_paragraph_link_in_bounded_space() {
    // Each dated sentence without a quote used to link every quote of its paragraph: 25,000 of each
    // made 625 million links and ran out of memory.
    let mut text = String::from("Mixed\n");
    for i in 0..n(25_000) {
        text.push_str("\"A point was made here,\" Ruiz said. ");
        text.push_str(&format!("It rained on March {}. ", 1 + i % 28));
    }
    let story = run("25k quotes and 25k dates in one paragraph", &text);
    let links: usize = story.events.iter().map(|e| e.quote_ids.len()).sum();
    assert!(links <= story.events.len() * 8, "{links} links for {} events", story.events.len());
}

#[test]
fn a_hundred_thousand_dated_paragraphs() {
    let text = format!("Dates\n{}", "The council met on 5 February 2026.\n".repeat(n(100_000)));
    let story = run("100k dated paragraphs", &text);
    assert!(!story.events.is_empty());
}

#[test]
fn deeply_nested_quotes() {
    let depth = n(100_000);
    let mut nested = String::from("Nesting\n");
    for i in 0..depth {
        nested.push_str(if i % 2 == 0 { "“word " } else { "‘word " });
    }
    for i in (0..depth).rev() {
        nested.push_str(if i % 2 == 0 { "” " } else { "’ " });
    }
    nested.push_str("she said.");
    run("100k nested curly quotes", &nested);
    let straight = format!("Nesting\n{}{}", "\"a 'b ".repeat(depth), "c' d\" ".repeat(depth));
    run("100k nested straight quotes", &straight);
}

#[test]
fn many_speakers_and_lines() {
    let mut text = String::from("People\n");
    // The speaker registry is searched per mention, so keep the count of distinct people modest here;
    // BENCHMARKS.md ("Reliability") has the figures for more.
    for i in 0..2_000u32 {
        text.push_str(&format!("\"We are ready for this,\" said Mayor Ana{} Ruiz{}.\n", i, i));
    }
    let story = run("2k quotes by 2k speakers", &text);
    assert!(story.quotes.len() >= 1_000, "{}", story.quotes.len());
    // Short lines become subheadings; a hundred thousand of them.
    run("100k subheading lines", &format!("Lines\n{}", "A short line\n".repeat(n(100_000))));
    // Front matter that never closes, and fences everywhere.
    run("100k fences", &format!("---\n{}", "---\nid: x\n".repeat(n(100_000))));
    run("1M blank lines", &"\n".repeat(n(1_000_000)));
    run("1M CRs", &"\r".repeat(n(1_000_000)));
}

/// A name of letters only for `i` ("Ana" + base-26 letters), so that every speaker is distinct.
fn letters(mut i: usize) -> String {
    let mut s = String::new();
    loop {
        s.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            break;
        }
    }
    s
}

#[test]
fn twenty_thousand_distinct_speakers() {
    // Numbering the speakers in order of their first quote searched a list per quote: 20,000
    // speakers took 4.8 s (quadratic); now one slot per registered speaker (linear). Built directly:
    // 20,000 short lines would also be read as subheadings.
    let count = n(20_000);
    let mut blocks = vec![Block { kind: BlockKind::Heading, text: "People".into() }];
    for i in 0..count {
        let who = letters(i);
        blocks.push(para(format!("\"We are ready for this,\" said Mayor Ana{who} Ruiz{who} on Monday.")));
    }
    let story = run_blocks("20k quotes by 20k distinct speakers", blocks);
    assert_eq!(story.quotes.len(), count);
    assert_eq!(story.speakers.len(), count);
    for (i, q) in story.quotes.iter().enumerate().step_by(997) {
        let id = format!("s{}", i + 1);
        assert_eq!(q.speaker_id.as_deref(), Some(id.as_str()));
        let sp = story.speakers.iter().find(|s| s.id == id).expect("the quote's speaker is listed");
        assert_eq!(sp.name, format!("Ana{0} Ruiz{0}", letters(i)));
        assert_eq!(sp.role.as_deref(), Some("Mayor"));
    }
}

#[test]
fn odd_characters_everywhere() {
    for (label, piece) in [
        ("NULs", "\0"),
        ("BOMs", "\u{FEFF}"),
        ("combining marks", "e\u{301}\u{302}\u{303}"),
        ("astral", "𝔘😀"),
        ("RTL marks", "\u{202E}שלום\u{202C}"),
        ("zero-width", "\u{200B}\u{200D}"),
        ("replacement", "\u{FFFD}"),
    ] {
        let text = format!("Odd\n\"{}\" said {} on {} March 3.", piece.repeat(50_000), piece.repeat(10), piece);
        run(label, &text);
    }
}

#[test]
fn json_pathologies_are_errors_or_articles() {
    for (label, text) in [
        ("deep arrays", "[".repeat(1_000_000)),
        ("deep objects", "{\"a\":".repeat(200_000)),
        ("escapes", format!("{{\"body\":\"{}\"}}", "\\n\\\"\\u00e9\\ud83d\\ude00".repeat(50_000))),
        ("lone surrogates", format!("{{\"body\":\"{}\"}}", "\\udc00\\ud800".repeat(50_000))),
        ("many keys", format!("{{{}\"body\":\"x\"}}", "\"k\":1,".repeat(200_000))),
        ("long number", format!("{{\"body\":\"x\",\"n\":{}}}", "9".repeat(1_000_000))),
        ("truncated", "{\"body\": \"abc".to_string()),
        ("body not a string", "{\"body\": [1, 2]}".to_string()),
        ("bad date", "{\"body\": \"x\", \"published\": \"2026-02-30\"}".to_string()),
    ] {
        let t = Instant::now();
        match parse_article(&text) {
            Ok(a) => {
                let _ = extract(&a, &Options::default());
            }
            Err(e) => {
                assert_eq!(e.code, ErrorCode::BadInput, "{label}");
                assert!(!e.message.contains('\n'), "{label}: one-line message: {}", e.message);
            }
        }
        eprintln!("JSON {label}: {} bytes in {:?}", text.len(), t.elapsed());
    }
}

#[test]
fn malformed_json_says_line_and_column() {
    let e = parse_article("{\n  \"title\": \"Flood\",\n  \"body\": \"x\"\n  \"published\": \"2026-02-06\"\n}").unwrap_err();
    assert_eq!(e.code, ErrorCode::BadInput);
    assert!(e.message.contains("line 4, column 3"), "{}", e.message);
    let e = parse_article("{\"body\": \"é😀\", }").unwrap_err();
    assert!(e.message.contains("line 1, column 16"), "{}", e.message); // columns count characters
}

// ---- inputs found by the fuzzers (fuzz/): each once crashed or hung a target --------------------

/// Fuzzer-found inputs. Each must parse and extract without a panic.
const FOUND: &[&str] = &[
    // fuzz `article`: a clause ending in a curly close mark before `X said: "…"` sliced inside '”'
    // (src/quotes/mod.rs, attribute_before).
    "last week, on Monday 2 Feb 2026 at 9:30 a.m., three years a-\0llllllllllllllll-s,llllllllllllllllllllllllllllllllllllllll0\n---\neryy  added.wqo Tse storandt said\u{201d} shelllllllllllllllllllllllllllllllllll \"We expect the last repairs in spring 2026 or early Qe storandt said: \"We expect the last reepairs in supring 2026",
    // The same, minimised by hand.
    "Title\nA\u{201d} b said: \"x y\"",
];

#[test]
fn fuzzer_found_overlaps_are_gone() {
    // fuzz `timex`: "January 5" and "5 Feb 2026" shared the day (src/time/recognise.rs).
    for text in ["It rained on 12 January 5 Feb 2026 at noon.", "Between January 5 March 2026 and then."] {
        let found = tag(text, &TagOptions::default());
        assert!(found.windows(2).all(|w| w[0].end <= w[1].start), "{text}: {found:?}");
        assert!(!found.is_empty());
    }
    // fuzz `quotes`: a headline's single-quoted span overlapped a double-quoted one (src/quotes/mod.rs).
    for text in ["'We \"will go' now\" says mayor\nBody.", "''id\":\"x\",\"title\":\"Dam \\\"opens\\\"\" '' ok"] {
        let article = parse_article(text).unwrap();
        let (_, quotes) = quoteline::quotes::extract(&article);
        let mut spans: Vec<_> = quotes.iter().map(|q| (q.paragraph, q.start, q.end)).collect();
        spans.sort();
        assert!(spans.windows(2).all(|w| w[0].0 != w[1].0 || w[0].2 <= w[1].1), "{text}: {spans:?}");
    }
}

#[test]
fn fuzzer_found_inputs_do_not_panic() {
    for text in FOUND {
        if let Ok(a) = parse_article(text) {
            let _ = extract(&a, &Options::default());
        }
        let _ = quoteline::json::parse(text);
        let _ = tag(text, &TagOptions { dct: Date::parse_iso("2026-02-06"), language: None, ..TagOptions::default() });
    }
}

// ---- the CLI edge --------------------------------------------------------------------------------

#[test]
fn cli_refuses_oversized_and_malformed_input_with_one_line_and_status_2() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let run = |input: &[u8]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_quoteline"))
            .args(["extract", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The CLI may stop reading once it knows the answer: a broken pipe here is fine.
        let _ = child.stdin.take().unwrap().write_all(input);
        child.wait_with_output().unwrap()
    };
    for (input, expect) in [
        ("a".repeat(MAX_ARTICLE_BYTES + 1).into_bytes(), "limit"),
        (b"{\n  \"body\": \"x\",\n  \"title\" \"y\"\n}".to_vec(), "line 3, column 11"),
        (vec![0xff, 0xfe, b'x'], ""),
    ] {
        let out = run(&input);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "stderr: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(err.contains(expect), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(out.stdout.is_empty());
    }
}
