//! Native extraction throughput on 1 KB, 100 KB and 10 MB of news text (BENCHMARKS.md, benchmark 1).
//!
//!     cargo run --release --example bench_extract
//!
//! The text is the bundled seed article's paragraphs interleaved with the sentences in
//! `bench/sentences.txt` (written for this benchmark), repeated to the size wanted, as one article.
//! Each size is run until at least 1 s has passed; the figure is input bytes per second of
//! `extract` on the parsed article (and of `parse_article` + `extract` where the 5 MiB input limit
//! allows). Linear cost shows as the same MB/s at every size.

use quoteline::article::{Block, BlockKind};
use quoteline::{extract, parse_article, Article, Options};
use std::time::{Duration, Instant};

const OWN: &str = include_str!("../bench/sentences.txt");

/// Plain-text article of at least `size` bytes: a headline, then paragraphs.
fn news_text(size: usize) -> String {
    let seed = quoteline::dataset::ARTICLES[0].1;
    let paragraphs: Vec<&str> = seed.lines().skip(2).chain(OWN.lines()).filter(|l| !l.trim().is_empty()).collect();
    let mut out = String::with_capacity(size + 512);
    out.push_str("Bridge repairs and peace talks: a day of news\n");
    let mut i = 0;
    while out.len() < size {
        out.push_str(paragraphs[i % paragraphs.len()]);
        out.push('\n');
        i += 1;
    }
    out
}

fn blocks_of(text: &str) -> Article {
    let mut lines = text.lines();
    let mut blocks = vec![Block { kind: BlockKind::Heading, text: lines.next().unwrap_or("").to_string() }];
    blocks.extend(lines.map(|l| Block { kind: BlockKind::Paragraph, text: l.to_string() }));
    Article { blocks, ..Article::default() }
}

fn run(label: &str, bytes: usize, mut f: impl FnMut() -> usize) {
    let start = Instant::now();
    let mut n = 0u32;
    let mut items = 0;
    while n == 0 || start.elapsed() < Duration::from_secs(1) {
        items = f();
        n += 1;
    }
    let per = start.elapsed().as_secs_f64() / n as f64;
    println!(
        "{label:<28} {:>10} bytes  {:>6} runs  {:>10.3} ms/run  {:>7.1} MB/s  ({items} quotes+events)",
        bytes,
        n,
        per * 1e3,
        bytes as f64 / per / 1e6
    );
}

fn main() {
    let options = Options { published: quoteline::Date::parse_iso("2026-02-06") };
    println!("quoteline {} native extraction, {}", env!("CARGO_PKG_VERSION"), std::env::consts::ARCH);
    for (label, size) in [("1 KB", 1_000), ("100 KB", 100_000), ("10 MB", 10_000_000)] {
        let text = news_text(size);
        let article = blocks_of(&text);
        run(&format!("extract {label}"), text.len(), || {
            let s = extract(&article, &options);
            s.quotes.len() + s.events.len()
        });
        if text.len() <= quoteline::article::MAX_ARTICLE_BYTES {
            run(&format!("parse+extract {label}"), text.len(), || {
                let a = parse_article(&text).expect("the bench text parses");
                let s = extract(&a, &options);
                s.quotes.len() + s.events.len()
            });
        }
    }
}
