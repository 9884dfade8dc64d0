//! The `quoteline` command line, run as a process (CONTRACT.md).
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/dataset/zelenskyy-security-guarantees.txt");

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quoteline"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(s) = stdin {
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn stderr_line(out: &Output) -> String {
    let e = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "stderr: {e}");
    assert_eq!(e.trim_end().lines().count(), 1, "one line on stderr: {e}");
    assert!(!e.contains("panicked"));
    e
}

#[test]
fn extract_bundled_article_and_file_give_the_same_story_but_the_id() {
    let a = json(&run(&["extract", "--article", "zelenskyy-security-guarantees"], None));
    let mut b = json(&run(&["extract", SEED], None));
    assert_eq!(a["article"]["id"], "zelenskyy-security-guarantees");
    assert_eq!(b["article"]["id"], serde_json::Value::Null);
    b["article"]["id"] = a["article"]["id"].clone();
    assert_eq!(a, b);
    assert_eq!(a["quotes"].as_array().unwrap().len(), 3);
}

#[test]
fn extract_with_published_anchors_the_years() {
    let s = json(&run(&["extract", "--published", "2026-02-06", SEED], None));
    let values: Vec<&str> = s["events"].as_array().unwrap().iter().map(|e| e["date"]["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["2026-01", "2026-02-01", "2026-02-05"]);
    assert_eq!(s["article"]["published"], "2026-02-06");
}

#[test]
fn extract_reads_json_from_stdin() {
    let s = json(&run(&["extract", "-"], Some(r#"{"title":"Pier closes","body":"\"We had no choice,\" harbour master Ines Vale said on June 4.","published":"2025-06-05"}"#)));
    assert_eq!(s["article"]["title"], "Pier closes");
    assert!(s["quotes"][0]["text"].as_str().unwrap().starts_with("We had no choice"));
    assert_eq!(s["events"][0]["date"]["value"], "2025-06-04");
}

#[test]
fn dataset_lists_the_bundled_articles() {
    let d = json(&run(&["dataset"], None));
    let first = &d.as_array().unwrap()[0];
    assert_eq!(first["id"], "zelenskyy-security-guarantees");
    assert_eq!(first["published"], serde_json::Value::Null);
    assert!(first["title"].as_str().unwrap().starts_with("'Regardless of Russia's position'"));
}

#[test]
fn timex_prints_utf16_offsets_over_the_whole_input() {
    let text = "Préface 😀: the vote on March 3 passed.";
    let t = json(&run(&["timex", "--dct", "2026-02-06", "-"], Some(text)));
    let item = &t.as_array().unwrap()[0];
    let units: Vec<u16> = text.encode_utf16().collect();
    let (s, e) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
    assert_eq!(String::from_utf16(&units[s..e]).unwrap(), item["text"].as_str().unwrap());
    assert_eq!(item["value"], "2026-03-03".replace("2026", "2025"));
    assert_eq!(item["type"], "DATE");
}

#[test]
fn timex_on_the_seed_gives_the_three_dates() {
    let t = json(&run(&["timex", "--dct", "2026-02-06", SEED], None));
    let values: Vec<&str> = t.as_array().unwrap().iter().map(|x| x["value"].as_str().unwrap()).collect();
    for v in ["2026-01", "2026-02-01", "2026-02-05"] {
        assert!(values.contains(&v), "{values:?}");
    }
}

#[test]
fn bad_input_exits_2_with_one_line() {
    let e = stderr_line(&run(&["extract", "/nonexistent/story.txt"], None));
    assert!(e.contains("/nonexistent/story.txt"));
    let e = stderr_line(&run(&["extract", "-"], Some("{\"title\": \"x\", \"body\": ")));
    assert!(e.contains("line 1, column 24"), "{e}");
    stderr_line(&run(&["extract", "--published", "yesterday", SEED], None));
    stderr_line(&run(&["extract", "--article", "nope"], None));
    stderr_line(&run(&["frobnicate"], None));
    let e = stderr_line(&run(&["extract", "-"], Some("{\"body\": [1]}")));
    assert!(e.contains("\"body\" must be a string"), "{e}");
}

/// The seed's Story JSON that the render-only page fetches (www/data/, README "Embed it") is what
/// `quoteline extract` writes for the seed today: regenerate it with
/// `cargo run --release --bin quoteline -- extract --article zelenskyy-security-guarantees > www/data/zelenskyy-security-guarantees.story.json`.
#[test]
fn the_render_only_pages_seed_story_is_what_the_cli_writes() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/data/zelenskyy-security-guarantees.story.json");
    let committed = std::fs::read_to_string(path).unwrap();
    let out = run(&["extract", "--article", "zelenskyy-security-guarantees"], None);
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap() == committed, "{path} drifted from `quoteline extract`: regenerate it (command above)");
    // And the reader takes it back unchanged.
    let story = quoteline::story_json::read(&committed).unwrap();
    assert_eq!(serde_json::to_string_pretty(&story).unwrap() + "\n", committed);
}
