//! A fixed amount of work for instruction counts: the 200 articles of `bench/node.mjs` (as
//! `bench_articles` builds them) read, extracted and written to the tape PASSES times, as the wasm
//! `extract` does (`extract_owned`, then `Story::tape`; no clock, no JSON). Counted natively at the page's opt-level "z" (the `wasm`
//! profile, with line tables), one pass's instructions are the difference of a 3-pass and a 1-pass run
//! halved (BENCHMARKS.md, "2. wasm in Node", Round 6):
//!
//!     CARGO_PROFILE_WASM_DEBUG=line-tables-only CARGO_PROFILE_WASM_STRIP=none \
//!       cargo build --profile wasm --example bench_passes
//!     valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.1 target/wasm/examples/bench_passes 1
//!     valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.3 target/wasm/examples/bench_passes 3

use quoteline::{parse_article, Date, Options};

#[path = "common/articles.rs"]
mod common;

fn main() {
    let passes: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let articles = common::articles();
    let options = Options { published: Date::parse_iso("2026-02-06") };
    let mut n = 0;
    for _ in 0..passes {
        for text in &articles {
            let a = parse_article(text).expect("parses");
            let s = quoteline::story::extract_owned(a, &options);
            n += s.tape().nums.len();
        }
    }
    println!("{n}");
}
