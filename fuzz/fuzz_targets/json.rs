//! The JSON reader on any text: never a panic; an error names a line and column; whatever parses as an
//! object can be read as an article (or is refused with an error) without a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match quoteline::json::parse(text) {
        Ok(value) => {
            if let Ok(article) = quoteline::article::article_from_json(&value) {
                let _ = quoteline::extract(&article, &quoteline::Options::default());
            }
        }
        Err(e) => assert!(e.message.contains("line ") && e.message.contains("column "), "{}", e.message),
    }
});
