//! Native per-article throughput: the 200 articles of `bench/node.mjs` (the seed article's paragraphs
//! and `bench/sentences.txt`, each article starting at another paragraph), each read, extracted and
//! written as Story JSON, as the wasm `extract` does; for profiling the per-article path natively.
//!
//!     cargo run --release --example bench_articles [SECONDS]

use quoteline::{extract, parse_article, Date, Options};
use std::time::{Duration, Instant};

#[path = "common/articles.rs"]
mod common;

fn main() {
    let secs: f64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(2.0);
    let articles = common::articles();
    let bytes: usize = articles.iter().map(String::len).sum();
    let options = Options { published: Date::parse_iso("2026-02-06") };
    let start = Instant::now();
    let mut passes = 0;
    let mut out = 0;
    while passes == 0 || start.elapsed() < Duration::from_secs_f64(secs) {
        for text in &articles {
            let a = parse_article(text).expect("parses");
            let s = extract(&a, &options);
            out += quoteline::json_out::to_string(&s).expect("JSON").len();
        }
        passes += 1;
    }
    let per = start.elapsed().as_secs_f64() / passes as f64;
    // The three steps apart, one pass each after the timed ones.
    let t = Instant::now();
    let parsed: Vec<_> = articles.iter().map(|t| parse_article(t).expect("parses")).collect();
    let t_parse = t.elapsed();
    let t = Instant::now();
    let stories: Vec<_> = parsed.iter().map(|a| extract(a, &options)).collect();
    let t_extract = t.elapsed();
    let t = Instant::now();
    let json: usize = stories.iter().map(|s| quoteline::json_out::to_string(s).map_or(0, |j| j.len())).sum();
    let t_json = t.elapsed();
    let t = Instant::now();
    let mut esc = 0;
    for a in &parsed {
        let mut out = String::new();
        for b in &a.blocks {
            quoteline::json_out::push_str(&mut out, &b.text);
        }
        esc += out.len();
    }
    println!("  the paragraphs alone as JSON strings: {:.2} ms ({esc} bytes)", t.elapsed().as_secs_f64() * 1e3);
    if std::env::var_os("JSON_ONLY").is_some() {
        let t = Instant::now();
        let mut n = 0;
        while t.elapsed() < Duration::from_secs(3) {
            n += stories.iter().map(|s| quoteline::json_out::to_string(s).map_or(0, |j| j.len())).sum::<usize>();
        }
        println!("{n}");
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("  parse {:.2} ms, extract {:.2} ms, JSON {:.2} ms ({json} bytes)", ms(t_parse), ms(t_extract), ms(t_json));
    println!("per article (200 x {:.1} KB): {:.2} ms/pass, {:.1} MB/s ({} bytes of JSON)", bytes as f64 / 200e3, per * 1e3, bytes as f64 / per / 1e6, out / passes);
}
