//! Scores the quote engine on a JSON Lines file in the format of the shared evaluation data
//! (PolNeAR or German WikiNews, detected per line), as the evaluation README's section "How the
//! project's quote figures are scored" defines:
//!
//! - gold: PolNeAR — every double-quoted span within one line that lies inside some attribution's
//!   content span (±3 characters); German WikiNews — every `type: "Direct"` quote;
//! - match: lower-cased word multisets overlap by at least half of the longer one, one-to-one;
//! - speaker: same pronoun, or the predicted mention or speaker name shares a content word with the
//!   gold source.
//!
//! ```text
//! cargo run --release --example eval_quotes -- /work/shared/eval/quotes/polnear_dev.jsonl
//! cargo run --release --example eval_quotes -- /work/shared/eval/quotes/de_wikinews_dev.jsonl
//! ```
//! `--errors` also prints every missed, spurious and mis-attributed quote (for development).

use quoteline::{parse_article, Date, Options, Story};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::process::ExitCode;

struct Gold {
    text: String,
    source: String,
}

struct Case {
    id: String,
    text: String,
    language: &'static str,
    published: Option<Date>,
    gold: Vec<Gold>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if files.is_empty() {
        eprintln!("usage: eval_quotes [--errors] FILE.jsonl… (e.g. /work/shared/eval/quotes/polnear_dev.jsonl)");
        return ExitCode::from(2);
    }
    for path in files {
        let data = match std::fs::read_to_string(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("eval_quotes: cannot read {path}: {e} (the evaluation data lives in /work/shared/eval/quotes/)");
                return ExitCode::from(2);
            }
        };
        let mut cases = Vec::new();
        let mut seen = HashSet::new();
        for (n, line) in data.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("eval_quotes: {path}:{}: not JSON: {e}", n + 1);
                    return ExitCode::from(2);
                }
            };
            let case = if v.get("attributions").is_some() { polnear_case(&v) } else { wikinews_case(&v) };
            // One annotator's line per article: the first.
            if seen.insert(case.id.clone()) {
                cases.push(case);
            }
        }
        score(path, &cases, show_errors);
    }
    ExitCode::SUCCESS
}

fn polnear_case(v: &Value) -> Case {
    let id = v["article"].as_str().unwrap_or("").to_string();
    let text = v["text"].as_str().unwrap_or("").to_string();
    let chars: Vec<char> = text.chars().collect();
    // Contents: (start, end, source) in code points; the extent of all pieces.
    let mut contents = Vec::new();
    for a in v["attributions"].as_array().into_iter().flatten() {
        let spans = a["content"]["spans"].as_array();
        let Some(spans) = spans else { continue };
        let pieces: Vec<(usize, usize)> = spans
            .iter()
            .filter_map(|s| Some((s[0].as_u64()? as usize, s[1].as_u64()? as usize)))
            .collect();
        let (Some(s), Some(e)) = (pieces.iter().map(|p| p.0).min(), pieces.iter().map(|p| p.1).max()) else { continue };
        let source = a["source"]["text"].as_str().unwrap_or("").to_string();
        contents.push((s, e, source));
    }
    let mut gold = Vec::new();
    for (s, e) in double_quoted_spans(&chars) {
        // s..e is inside the marks; the marks are at s-1 and e.
        let best = contents
            .iter()
            .filter(|(cs, ce, _)| *cs <= s.saturating_sub(1) + 3 && e < ce + 3)
            .min_by_key(|(cs, ce, _)| ce - cs);
        if let Some((_, _, source)) = best {
            gold.push(Gold { text: chars[s..e].iter().collect(), source: source.clone() });
        }
    }
    let published = id.split('_').nth(1).and_then(Date::parse_iso);
    Case { id, text, language: "en", published, gold }
}

/// Spans between a pair of double quotation marks (`"…"` or `“…”`) within one line, inside the marks.
fn double_quoted_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\n' => open = None,
            '“' => open = Some(i + 1),
            '”' => {
                if let Some(s) = open.take() {
                    out.push((s, i));
                }
            }
            '"' => match open.take() {
                Some(s) => out.push((s, i)),
                None => open = Some(i + 1),
            },
            _ => {}
        }
    }
    out
}

fn wikinews_case(v: &Value) -> Case {
    let title = v["title"].as_str().unwrap_or("").to_string();
    let text = v["text"].as_str().unwrap_or("").to_string();
    let chars: Vec<char> = text.chars().collect();
    let piece = |spans: &Value| -> String {
        let mut parts = Vec::new();
        for s in spans.as_array().into_iter().flatten() {
            let (Some(a), Some(b)) = (s[0].as_u64(), s[1].as_u64()) else { continue };
            let (a, b) = (a as usize, (b as usize).min(chars.len()));
            if a < b {
                parts.push(chars[a..b].iter().collect::<String>());
            }
        }
        parts.join(" ")
    };
    let mut gold = Vec::new();
    for a in v["annotations"].as_array().into_iter().flatten() {
        if a["type"].as_str() != Some("Direct") {
            continue;
        }
        gold.push(Gold { text: piece(&a["quote"]), source: piece(&a["speaker"]) });
    }
    let published = title
        .rfind('(')
        .and_then(|i| title.get(i + 1..i + 11))
        .and_then(Date::parse_iso);
    // The headline is not in the text: the title, without its id and date, comes first.
    let headline = title.split_once(" - ").map_or(title.as_str(), |(_, t)| t);
    let headline = headline.rfind(" (").map_or(headline, |i| &headline[..i]);
    let text = format!("{headline}\n\n{text}");
    Case { id: title.clone(), text, language: "de", published, gold }
}

/// Lower-cased words (letters and digits).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn overlap(a: &[String], b: &[String]) -> usize {
    let mut counts: HashMap<&str, isize> = HashMap::new();
    for w in a {
        *counts.entry(w).or_default() += 1;
    }
    let mut n = 0;
    for w in b {
        if let Some(c) = counts.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                n += 1;
            }
        }
    }
    n
}

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "his", "its", "their", "us", "me", "er", "sie",
    "es", "ich", "wir", "ihr", "man",
];
/// Words that are not content words: articles, prepositions, title abbreviations, pronouns (English
/// and German).
const STOP: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "and", "or",
    "mr", "mrs", "ms", "dr", "sen", "gov", "rep", "gen", "lt", "col", "sgt", "rev", "prof", "jr", "sr", "st", "der",
    "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "von", "vom", "zu", "zum",
    "zur", "im", "in", "am", "an", "auf", "aus", "bei", "mit", "nach", "für", "über", "und", "oder", "s",
];

fn content_words(s: &str) -> HashSet<String> {
    words(s).into_iter().filter(|w| !STOP.contains(&w.as_str()) && !PRONOUNS.contains(&w.as_str())).collect()
}

fn speaker_right(gold_source: &str, mention: Option<&str>, name: Option<&str>) -> bool {
    let g = gold_source.trim().to_lowercase();
    if PRONOUNS.contains(&g.as_str()) && mention.is_some_and(|m| m.trim().to_lowercase() == g) {
        return true;
    }
    let gw = content_words(gold_source);
    [mention, name].into_iter().flatten().any(|t| content_words(t).iter().any(|w| gw.contains(w)))
}

fn score(path: &str, cases: &[Case], show_errors: bool) {
    let (mut n_gold, mut n_pred, mut n_match, mut n_scored, mut n_right) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut n_exact = 0usize;
    let mut failed = 0usize;
    for case in cases {
        let story = match parse_article(&case.text) {
            Ok(mut article) => {
                article.meta.language = Some(case.language.to_string());
                quoteline::extract(&article, &Options { published: case.published })
            }
            Err(e) => {
                failed += 1;
                eprintln!("eval_quotes: {}: {e}", case.id);
                continue;
            }
        };
        let gold_words: Vec<Vec<String>> = case.gold.iter().map(|g| words(&g.text)).collect();
        let pred_words: Vec<Vec<String>> = story.quotes.iter().map(|q| words(&q.text)).collect();
        let mut gold_taken = vec![false; case.gold.len()];
        let mut pred_taken = vec![false; story.quotes.len()];
        n_gold += case.gold.len();
        n_pred += story.quotes.len();
        for (pi, pw) in pred_words.iter().enumerate() {
            let best = gold_words
                .iter()
                .enumerate()
                .filter(|(gi, gw)| !gold_taken[*gi] && 2 * overlap(gw, pw) >= gw.len().max(pw.len()) && !pw.is_empty())
                .max_by_key(|(_, gw)| overlap(gw, pw));
            let Some((gi, gw)) = best else { continue };
            gold_taken[gi] = true;
            pred_taken[pi] = true;
            n_match += 1;
            if *gw == *pw {
                n_exact += 1;
            }
            let g = &case.gold[gi];
            if g.source.trim().is_empty() {
                continue;
            }
            n_scored += 1;
            let q = &story.quotes[pi];
            let mention = q.mention.as_ref().map(|m| m.text.as_str());
            let name = speaker_name(&story, q.speaker_id.as_deref());
            if speaker_right(&g.source, mention, name) {
                n_right += 1;
            } else if show_errors {
                println!("SPEAKER {} | gold {:?} | mention {:?} name {:?} | {}", case.id, g.source, mention, name, clip(&q.text));
            }
        }
        if show_errors {
            for (gi, g) in case.gold.iter().enumerate().filter(|(i, _)| !gold_taken[*i]) {
                let _ = gi;
                println!("MISSED  {} | {:?} | {}", case.id, g.source, clip(&g.text));
            }
            for (pi, q) in story.quotes.iter().enumerate().filter(|(i, _)| !pred_taken[*i]) {
                let _ = pi;
                println!("SPURIOUS {} | {:?} | {}", case.id, q.kind, clip(&q.text));
            }
        }
    }
    let p = ratio(n_match, n_pred);
    let r = ratio(n_match, n_gold);
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    println!("{path}");
    println!("  articles {}  (unreadable {failed})", cases.len());
    println!("  quotes   gold {n_gold}  predicted {n_pred}  matched {n_match}  (exact words {n_exact})");
    println!("  quote    precision {p:.3}  recall {r:.3}  F1 {f:.3}");
    println!("  speaker  accuracy {:.3}  ({n_right} of {n_scored} matched quotes with a gold source)", ratio(n_right, n_scored));
}

fn speaker_name<'a>(story: &'a Story, id: Option<&str>) -> Option<&'a str> {
    let id = id?;
    story.speakers.iter().find(|s| s.id == id).map(|s| s.name.as_str())
}

fn clip(s: &str) -> String {
    let c: String = s.chars().take(110).collect();
    c.replace('\n', " ")
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}
