//! Times the quote engine (`quotes::extract`) on 1 KB, 100 KB and 10 MB of news-like text, to show
//! that it is linear in the input. The article is built directly (the reader caps input at 5 MiB).
//!
//! ```text
//! cargo run --release --example bench_quotes
//! ```

use quoteline::{quotes, Article, Block, BlockKind};
use std::time::Instant;

const PARAGRAPHS: &[&str] = &[
    "\"We will rebuild the bridge by the autumn,\" Mayor Ana Ruiz said on Monday, \"and the ferry will run until then.\"",
    "The council, however, called the plan \"a fantasy\" and its chair, Omar Haddad, told reporters that \"there is no money.\"",
    "She added: \"It is a promise.\" Critics of the so-called \"green corridor\" were not convinced.",
    "„Wir bauen die Brücke im Herbst“, sagte die Bürgermeisterin. «Ми відбудуємо міст», — заявив Олег Коваль.",
    "It's the Joneses' view that Russia's position won't change; 'nothing will,' one neighbour said.",
];

fn article(bytes: usize) -> Article {
    let mut blocks = vec![Block { kind: BlockKind::Heading, text: "'No more delays': Mayor Ruiz sets a date".into() }];
    let mut n = 0;
    let mut i = 0;
    while n < bytes {
        let p = PARAGRAPHS[i % PARAGRAPHS.len()];
        n += p.len() + 1;
        blocks.push(Block { kind: BlockKind::Paragraph, text: p.to_string() });
        i += 1;
    }
    Article { blocks, ..Default::default() }
}

fn main() {
    println!("{:>10} {:>10} {:>12} {:>14}", "size", "quotes", "time", "per MB");
    for bytes in [1_000usize, 100_000, 10_000_000] {
        let a = article(bytes);
        let runs = if bytes < 1_000_000 { 200 } else { 3 };
        let t = Instant::now();
        let mut q = 0;
        for _ in 0..runs {
            q = quotes::extract(&a).1.len();
        }
        let secs = t.elapsed().as_secs_f64() / runs as f64;
        println!("{:>10} {:>10} {:>10.3}ms {:>12.1}ms", bytes, q, secs * 1e3, secs * 1e3 * 1e6 / bytes as f64);
    }
}
