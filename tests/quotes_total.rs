//! The quote engine is total (never panics, whatever the text) and linear in the input's length.
#![cfg(not(target_arch = "wasm32"))] // native core tests; the browser suite is tests/web.rs

use quoteline::{extract, parse_article, Options};
use std::time::Instant;

fn run(text: &str) -> usize {
    match parse_article(text) {
        Ok(a) => extract(&a, &Options::default()).quotes.len(),
        Err(_) => 0,
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let marks = ["\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", ",", ":", "—", "\n", " ", "said", "é", "😀", "a", "Mr.", "according to", "sagte"];
    // Every pair and triple of pieces, and a long pseudo-random mix.
    for a in marks {
        for b in marks {
            for c in marks {
                run(&format!("T\n{a}{b}{c}"));
                run(&format!("T\n{a} x {b} y {c}"));
            }
        }
    }
    let mut seed = 12345u64;
    let mut s = String::from("T\n");
    for _ in 0..20_000 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        s.push_str(marks[(seed >> 33) as usize % marks.len()]);
        if seed % 3 == 0 {
            s.push(' ');
        }
    }
    run(&s);
}

#[test]
fn random_news_like_text_does_not_panic() {
    let pieces = [
        "Ana", "Ruiz", "President", "Sen.", "Mr.", "said", "told", "calling", "according", "to", "the", "a", "he", "she",
        "He’s", "it", ",", ".", ":", ";", "—", "-", "(", ")", "\"", "“", "”", "'", "’", "‘", "«", "»", "„", "“", "\n",
        "\n\n", "who", "and", "that", "sagte", "der", "Minister", "so", "заявив", "Олег", "😀", "é", "U.S.", "J.", "''",
        "White", "House", "Monday", "reporters", "emphasized", "—", "…", "?", "!", "Hill,", "doctor,",
    ];
    let mut seed = 987654321u64;
    for round in 0..300 {
        let mut s = String::from("Headline\n");
        for _ in 0..(20 + round % 200) {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            if seed % 4 != 0 {
                s.push(' ');
            }
        }
        run(&s);
    }
}

#[test]
fn unbalanced_marks_stay_in_their_paragraph() {
    let text = "T\nShe said \"this never closes\nThen \"a b c,\" Ana Ruiz said.\nPlain text.";
    let a = parse_article(text).unwrap();
    let story = extract(&a, &Options::default());
    assert_eq!(story.quotes.len(), 1, "{:?}", story.quotes);
    assert_eq!(story.quotes[0].paragraph, 2);
}

/// 100 times more text must not take much more than 100 times longer (a quadratic engine would take
/// 10,000 times longer).
#[test]
fn time_is_linear_in_the_input() {
    let para = "\"We will rebuild the bridge by the autumn,\" Mayor Ana Ruiz said on Monday. \"It is a promise.\" \
                The council, however, called the plan \"a fantasy\" and said: \"There is no money.\"\n";
    let small: String = std::iter::once("Headline\n").chain(std::iter::repeat(para).take(20)).collect();
    let large: String = std::iter::once("Headline\n").chain(std::iter::repeat(para).take(2000)).collect();
    // One unclosed mark at the start must not make every later mark rescan the paragraph.
    let open_para = format!("Headline\n\"{}\n", "word ".repeat(50_000));
    let t = Instant::now();
    for _ in 0..5 {
        run(&small);
    }
    let small_t = t.elapsed().as_secs_f64() / 5.0;
    let t = Instant::now();
    let n = run(&large);
    let large_t = t.elapsed().as_secs_f64();
    assert!(n >= 2000 * 3, "{n}");
    assert!(large_t < small_t * 100.0 * 8.0 + 0.05, "small {small_t}s, large {large_t}s");
    let t = Instant::now();
    run(&open_para);
    assert!(t.elapsed().as_secs_f64() < 5.0);
}
