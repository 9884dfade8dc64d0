//! The temporal tagger on any text, with and without a document date: never a panic; expressions are
//! in order, on char boundaries, and do not overlap.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quoteline::time::{tag, TagOptions};

fuzz_target!(|text: &str| {
    for dct in [None, quoteline::Date::parse_iso("2026-02-06")] {
        let opts = TagOptions { dct, language: None, ..TagOptions::default() };
        let mut prev_end = 0;
        for t in tag(text, &opts) {
            assert!(t.start <= t.end && t.end <= text.len());
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            assert!(t.start >= prev_end, "expressions overlap");
            prev_end = t.end;
        }
    }
});
