//! The 200 articles of `bench/node.mjs` for the native benchmarks (`bench_articles`, `bench_passes`):
//! the seed article's paragraphs and `bench/sentences.txt`, each article about as long as all of them
//! together (3.6 KB) and starting at another paragraph, under a headline of its own.

const OWN: &str = include_str!("../../bench/sentences.txt");

pub fn articles() -> Vec<String> {
    let seed = quoteline::dataset::ARTICLES[0].1;
    let paragraphs: Vec<&str> = seed.split('\n').skip(2).chain(OWN.split('\n')).filter(|l| !l.trim().is_empty()).collect();
    let one: usize = paragraphs.iter().map(|p| p.len() + 1).sum();
    (0..200)
        .map(|k| {
            let mut parts = vec![format!("Bridge repairs and peace talks: a day of news ({k})")];
            let mut len = parts[0].len();
            let mut i = k;
            while len < one {
                let p = paragraphs[i % paragraphs.len()];
                parts.push(p.to_string());
                len += p.len() + 1;
                i += 1;
            }
            parts.join("\n")
        })
        .collect()
}
