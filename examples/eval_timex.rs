//! Scores the temporal tagger against a TimeML-style gold file (the JSON shape of
//! `../shared/eval/time/wikiwars.json`: `[{doc, dct, text, timexes: [{start, end, text, value, mod}]}]`,
//! offsets in code points).
//!
//! ```text
//! cargo run --release --example eval_timex -- /work/shared/eval/time/wikiwars.json [--news] [--errors]
//! ```
//!
//! Prints strict extent P/R/F1 (same start and end), relaxed extent P/R/F1 (any overlap) and value F1
//! as TempEval-3 scores it: the accuracy of values over relaxed matches times relaxed F1.
//!
//! Anchoring: narrative (relative expressions anchor to the previous date in the text) unless `--news`
//! (anchor to the document's `dct`). Values are compared after light normalisation, because the gold
//! may be TIMEX2: upper case; trailing unknown parts dropped (`1943-07-XX` = `1943-07`,
//! `XXXX-XX-XX` = `XXXX`); decades and centuries as periods in years (`P1DE` = `P10Y`,
//! `P2CE` = `P200Y`).

use quoteline::time::{tag, Anchoring, Date, TagOptions};
use std::process::ExitCode;

fn norm(v: &str) -> String {
    let mut v = v.trim().to_ascii_uppercase();
    while v.ends_with("-XX") || v.ends_with("TXX") {
        v.truncate(v.len() - 3);
    }
    if let Some(rest) = v.strip_prefix('P') {
        for (code, factor) in [("DE", 10u32), ("CE", 100)] {
            if let Some(n) = rest.strip_suffix(code) {
                return match n.parse::<u32>() {
                    Ok(n) => format!("P{}Y", n * factor),
                    Err(_) => format!("P{n}{code}"),
                };
            }
        }
    }
    v
}

struct Span {
    start: usize,
    end: usize,
    value: String,
    text: String,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let news = args.iter().any(|a| a == "--news");
    let show = args.iter().any(|a| a == "--errors");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: eval_timex GOLD.json [--news] [--errors]   (e.g. /work/shared/eval/time/wikiwars.json)");
        return ExitCode::from(2);
    };
    let raw = match std::fs::read_to_string(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("eval_timex: cannot read {path}: {e} (the gold file is not in the repository; pass its path)");
            return ExitCode::from(2);
        }
    };
    let docs: serde_json::Value = match serde_json::from_str(&raw) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("eval_timex: {path} is not JSON: {e}");
            return ExitCode::from(2);
        }
    };
    let Some(docs) = docs.as_array() else {
        eprintln!("eval_timex: {path}: expected a JSON list of documents");
        return ExitCode::from(2);
    };
    let (mut n_sys, mut n_gold) = (0usize, 0usize);
    let (mut strict_sys, mut strict_gold, mut rel_sys, mut rel_gold) = (0usize, 0usize, 0usize, 0usize);
    let (mut pairs, mut right) = (0usize, 0usize);
    let mut chars = 0usize;
    let started = std::time::Instant::now();
    for d in docs {
        let text = d["text"].as_str().unwrap_or("");
        chars += text.len();
        let dct = d["dct"].as_str().and_then(Date::parse_iso);
        let opts = TagOptions { dct, anchor: if news { Anchoring::News } else { Anchoring::Narrative }, ..TagOptions::default() };
        // Byte offsets → code points.
        let mut cp = vec![0usize; text.len() + 1];
        let mut n = 0;
        for (b, c) in text.char_indices() {
            for k in 0..c.len_utf8() {
                cp[b + k] = n;
            }
            n += 1;
        }
        cp[text.len()] = n;
        let sys: Vec<Span> = tag(text, &opts)
            .into_iter()
            .map(|t| Span { start: cp[t.start], end: cp[t.end], value: t.value, text: text[t.start..t.end].to_string() })
            .collect();
        let gold: Vec<Span> = d["timexes"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|g| Span {
                        start: g["start"].as_u64().unwrap_or(0) as usize,
                        end: g["end"].as_u64().unwrap_or(0) as usize,
                        value: g["value"].as_str().unwrap_or("").to_string(),
                        text: g["text"].as_str().unwrap_or("").to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        n_sys += sys.len();
        n_gold += gold.len();
        let overlaps = |a: &Span, b: &Span| a.start < b.end && b.start < a.end;
        for s in &sys {
            if gold.iter().any(|g| g.start == s.start && g.end == s.end) {
                strict_sys += 1;
            }
            let best = gold.iter().filter(|g| overlaps(s, g)).max_by_key(|g| (g.start == s.start && g.end == s.end, s.end.min(g.end) - s.start.max(g.start)));
            match best {
                Some(g) => {
                    if show && !(g.start == s.start && g.end == s.end) {
                        println!("EXTENT {}: {:?} (gold {:?})", d["doc"].as_str().unwrap_or("?"), s.text, g.text);
                    }
                    rel_sys += 1;
                    pairs += 1;
                    if norm(&s.value) == norm(&g.value) {
                        right += 1;
                    } else if show {
                        println!("VALUE {}: {:?} → {} (gold {})", d["doc"].as_str().unwrap_or("?"), s.text, s.value, g.value);
                    }
                }
                None if show => println!("FP    {}: {:?} → {}", d["doc"].as_str().unwrap_or("?"), s.text, s.value),
                None => {}
            }
        }
        for g in &gold {
            if sys.iter().any(|s| g.start == s.start && g.end == s.end) {
                strict_gold += 1;
            }
            if sys.iter().any(|s| overlaps(s, g)) {
                rel_gold += 1;
            } else if show {
                println!("FN    {}: {:?} ({})", d["doc"].as_str().unwrap_or("?"), g.text, g.value);
            }
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (sp, sr) = (ratio(strict_sys, n_sys), ratio(strict_gold, n_gold));
    let (rp, rr) = (ratio(rel_sys, n_sys), ratio(rel_gold, n_gold));
    let acc = ratio(right, pairs);
    println!("documents {}  gold timexes {}  system timexes {}  ({} anchoring)", docs.len(), n_gold, n_sys, if news { "news" } else { "narrative" });
    println!("strict  extent  P {:.3}  R {:.3}  F1 {:.3}", sp, sr, f1(sp, sr));
    println!("relaxed extent  P {:.3}  R {:.3}  F1 {:.3}", rp, rr, f1(rp, rr));
    println!("value   accuracy {:.3} on {} relaxed matches  value F1 {:.3}", acc, pairs, acc * f1(rp, rr));
    println!("tagging {:.1} MB in {:.3} s", chars as f64 / 1e6, elapsed);
    ExitCode::SUCCESS
}
