//! Reads back every Story of a `bench_dump` file with the Story JSON reader (src/story_json.rs) and
//! checks that writing it again gives the same line, byte for byte:
//!
//!     cargo run --release --example bench_dump -- /tmp/dump ../shared/eval/quotes/*.jsonl ../shared/eval/time/wikiwars.json
//!     cargo run --release --example story_roundtrip -- /tmp/dump
use std::io::BufRead;

fn main() {
    let path = std::env::args().nth(1).expect("usage: story_roundtrip DUMP.jsonl");
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("dump file"));
    let mut n = 0;
    for (i, line) in file.lines().enumerate() {
        let line = line.expect("a line");
        let story = quoteline::story_json::read(&line).unwrap_or_else(|e| panic!("line {}: {}", i + 1, e.message));
        let again = quoteline::json_out::to_string(&story).expect("story as JSON");
        assert!(again == line, "line {} differs after a round trip", i + 1);
        n += 1;
    }
    println!("{n} stories read back byte-identical");
}
