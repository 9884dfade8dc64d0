//! Writes every Story the engine makes for the evaluation files and the benchmark text, one JSON line
//! each, so a speed change can be checked to leave every output byte-identical (diff two dumps).
//!
//!     cargo run --release --example bench_dump -- OUT.jsonl [FILE.jsonl | FILE.json]…
//!
//! Quote files (JSON Lines with a `text` field) give one article per line; the WikiWars file (a JSON
//! array of documents with `text` and `dct`) one per document; the benchmark text (the seed article
//! with `bench/sentences.txt`) is always included, whole and cut into many small articles.

use quoteline::{extract, parse_article, Date, Options};
use serde_json::Value;
use std::io::Write;

const OWN: &str = include_str!("../bench/sentences.txt");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out, files)) = args.split_first() else {
        eprintln!("usage: bench_dump OUT.jsonl [FILE]…");
        std::process::exit(2);
    };
    let mut texts: Vec<(String, Option<Date>)> = Vec::new();
    for path in files {
        let data = std::fs::read_to_string(path).expect("readable file");
        if path.ends_with(".jsonl") {
            for line in data.lines().filter(|l| !l.trim().is_empty()) {
                let v: Value = serde_json::from_str(line).expect("JSON line");
                texts.push((v["text"].as_str().unwrap_or("").to_string(), None));
            }
        } else {
            let v: Value = serde_json::from_str(&data).expect("JSON file");
            let docs = v.as_array().cloned().or_else(|| v["documents"].as_array().cloned()).unwrap_or_default();
            for d in docs {
                let dct = d["dct"].as_str().and_then(|s| Date::parse_iso(s.get(..10).unwrap_or(s)));
                texts.push((d["text"].as_str().unwrap_or("").to_string(), dct));
            }
        }
    }
    let seed = quoteline::dataset::ARTICLES[0].1;
    let all: Vec<&str> = seed.lines().chain(OWN.lines()).collect();
    texts.push((all.join("\n"), Date::parse_iso("2026-02-06")));
    for (k, chunk) in all.chunks(7).enumerate() {
        texts.push((chunk.join(if k % 2 == 0 { "\n" } else { "\n\n" }), None));
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(out).expect("output file"));
    for (text, published) in &texts {
        let line = match parse_article(text) {
            Ok(a) => {
                let s = extract(&a, &Options { published: *published });
                let json = quoteline::json_out::to_string(&s).expect("story as JSON");
                assert_eq!(json, serde_json::to_string(&s).unwrap(), "json_out agrees with serde_json");
                json
            }
            Err(e) => format!("error: {}", e.message),
        };
        writeln!(w, "{line}").unwrap();
    }
    eprintln!("{} stories", texts.len());
}
