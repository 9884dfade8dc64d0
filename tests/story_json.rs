//! The Story JSON reader (src/story_json.rs): every Story this crate writes reads back the same, and
//! malformed Stories are rejected with a message that names the field.
#![cfg(not(target_arch = "wasm32"))]

use quoteline::story_json::read;
use quoteline::{dataset, extract, json_out, parse_article, Date, ErrorCode, Options, Story};
use std::path::PathBuf;

fn round_trip(story: &Story) {
    let json = json_out::to_string(story).unwrap();
    let back = read(&json).unwrap_or_else(|e| panic!("{}: {json}", e.message));
    assert_eq!(&back, story);
    assert_eq!(json_out::to_string(&back).unwrap(), json);
}

#[test]
fn golden_stories_read_back_the_same() {
    for name in ["zelenskyy-security-guarantees", "zelenskyy-security-guarantees.published-2026-02-06"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.json"));
        let text = std::fs::read_to_string(path).unwrap();
        let story = read(&text).unwrap();
        // The golden file is serde_json's pretty print of the Story: the same again from what was read.
        assert_eq!(serde_json::to_string_pretty(&story).unwrap() + "\n", text);
        round_trip(&story);
    }
}

#[test]
fn extracted_stories_read_back_the_same() {
    let texts = [
        "Dam opens\n\"We built it in a year,\" Mayor Ana Ruiz said on March 3. \"It holds,\" she added, \"and it will.\"\nOn March 5 the \"first\" cars crossed.",
        "Brücke\n„Wir haben sie gebaut“ – das sagte die Bürgermeisterin 😀 Anna Weber am Montag. Über die Brücke fuhren ☕ am 5. März die ersten Autos.",
        "---\nid: x\nsource: A \"B\"\nurl: https://example.com/a\npublished: 2026-02-06\n---\nTitle\nPhoto: Someone\n\"Hello,\" he said on Monday.",
        "Harbour reopens\n\"The pier is safe,\" the engineer said.\n\"It was a long winter.\n\"We are glad it is over,\" said Ola Berg, who runs the café, at the end of January.",
        "",
    ];
    for t in texts {
        round_trip(&extract(&parse_article(t).unwrap(), &Options::default()));
    }
    for (id, _) in dataset::ARTICLES {
        let a = dataset::get(id).unwrap();
        round_trip(&extract(&a, &Options::default()));
        round_trip(&extract(&a, &Options { published: Date::parse_iso("2026-02-06") }));
    }
    let tl = r#"{"title":{"text":{"headline":"T"}},"events":[{"start_date":{"year":2020,"month":3},"text":{"headline":"A","text":"B é"},"media":{"url":"<blockquote>Yes</blockquote>","credit":"Ana"}}]}"#;
    round_trip(&quoteline::export::story_from_timelinejs(&quoteline::json::parse(tl).unwrap()).unwrap());
}

/// A Story written by hand, small enough to break one field at a time.
const SMALL: &str = r#"{
  "article": { "id": "a", "title": "Dam", "published": "2026-03-04", "source": null, "url": null, "language": "en" },
  "paragraphs": [ { "kind": "heading", "text": "Dam" }, { "kind": "paragraph", "text": "\"It holds,\" Ana Ruiz said on March 3." } ],
  "speakers": [ { "id": "s1", "name": "Ana Ruiz", "role": null, "aliases": [] } ],
  "quotes": [ { "id": "q1", "text": "It holds,", "kind": "direct", "speakerId": "s1",
                "mention": { "text": "Ana Ruiz", "paragraph": 1, "start": 12, "end": 20 },
                "cue": null, "paragraph": 1, "start": 1, "end": 10 } ],
  "events": [ { "id": "e1", "text": "\"It holds,\" Ana Ruiz said on March 3.",
                "date": { "text": "March 3", "value": "2026-03-03", "mod": null, "type": "DATE", "start": 29, "end": 36 },
                "paragraph": 1, "start": 0, "end": 37, "quoteIds": ["q1"] } ]
}"#;

#[test]
fn a_contract_story_without_the_extra_fields_reads() {
    let s = read(SMALL).unwrap();
    assert_eq!(s.quotes[0].end_paragraph, 1);
    assert_eq!(s.quotes[0].end_offset, 10);
    assert_eq!(s.events[0].date.modifier, None);
    assert_eq!(s.speakers[0].name, "Ana Ruiz");
    // Fields the contract does not name are ignored; a missing `language` is English.
    let more = SMALL.replacen("\"language\": \"en\"", "\"extra\": [1, {}]", 1);
    assert_eq!(read(&more).unwrap().article.language, "en");
}

fn rejects(from: &str, to: &str, says: &str) {
    let bad = SMALL.replacen(from, to, 1);
    assert_ne!(bad, SMALL, "{from} is in SMALL");
    match read(&bad) {
        Ok(_) => panic!("accepted {to:?}"),
        Err(e) => {
            assert_eq!(e.code, ErrorCode::BadInput);
            assert!(e.message.contains(says), "{:?} does not say {says:?}", e.message);
        }
    }
}

#[test]
fn malformed_stories_are_rejected_with_the_field_named() {
    rejects("\"published\": \"2026-03-04\"", "\"published\": \"March 4\"", "article.published must be a date");
    rejects("\"title\": \"Dam\"", "\"title\": 7", "article.title must be a string or null, not a number");
    rejects("{ \"kind\": \"heading\"", "{ \"kind\": \"title\"", "paragraphs[0].kind must be one of heading paragraph caption, not \"title\"");
    rejects("\"text\": \"Dam\" }", "\"words\": \"Dam\" }", "paragraphs[0].text is missing");
    rejects("\"speakers\": [", "\"speakers\": \"none\", \"x\": [", "story.speakers must be an array, not a string");
    rejects("\"speakerId\": \"s1\"", "\"speakerId\": \"s9\"", "quotes[0].speakerId names no speaker");
    rejects("\"kind\": \"direct\"", "\"kind\": \"indirect\"", "quotes[0].kind must be");
    rejects("\"start\": 1, \"end\": 10", "\"start\": 1, \"end\": 99", "quotes[0].end is past the end");
    rejects("\"start\": 1, \"end\": 10", "\"start\": 11, \"end\": 10", "quotes[0].start is after its end");
    rejects("\"start\": 1, \"end\": 10", "\"start\": -1, \"end\": 10", "quotes[0].start must be a whole number");
    rejects("\"start\": 1, \"end\": 10", "\"start\": 1.5, \"end\": 10", "quotes[0].start must be a whole number");
    rejects("\"start\": 1, \"end\": 10", "\"start\": \"1\", \"end\": 10", "quotes[0].start must be a number, not a string");
    rejects("\"cue\": null, \"paragraph\": 1", "\"cue\": null, \"paragraph\": 2", "quotes[0].paragraph points past the last paragraph");
    rejects("\"paragraph\": 1, \"start\": 12, \"end\": 20", "\"paragraph\": 1, \"start\": 12, \"end\": 2000", "quotes[0].mention.end is past the end");
    rejects("\"paragraph\": 1, \"start\": 12", "\"paragraph\": 9, \"start\": 12", "quotes[0].mention.paragraph points past");
    rejects("\"mention\": {", "\"mention\": [], \"x\": {", "quotes[0].mention must be an object, not an array");
    rejects("\"start\": 29, \"end\": 36", "\"start\": 29, \"end\": 38", "events[0].date.end is past the end of its text");
    rejects("\"mod\": null", "\"mod\": \"SOONISH\"", "events[0].date.mod must be one of START MID END");
    rejects("\"type\": \"DATE\"", "\"type\": \"date\"", "events[0].date.type must be");
    rejects("\"quoteIds\": [\"q1\"]", "\"quoteIds\": [\"q2\"]", "events[0].quoteIds names a quote");
    rejects("\"start\": 0, \"end\": 37", "\"start\": 0, \"end\": 38", "events[0].end is past the end");
    rejects("\"id\": \"e1\"", "\"id\": 1", "events[0].id must be a string");
    rejects("\"events\": [", "\"events\": null, \"x\": [", "story.events must be an array, not null");
    rejects("\"article\":", "\"artikel\":", "story.article is missing");
    for bad in ["", "[]", "null", "{", "{\"paragraphs\": []}", "\"story\""] {
        let e = read(bad).unwrap_err();
        assert_eq!(e.code, ErrorCode::BadInput, "{bad:?}");
    }
}

#[test]
fn repeated_ids_are_rejected_and_many_items_read_in_linear_time() {
    let twice = SMALL.replacen("\"speakers\": [ {", "\"speakers\": [ { \"id\": \"s1\", \"name\": \"B\" }, {", 1);
    assert!(read(&twice).unwrap_err().message.contains("speakers holds the id \"s1\" twice"));
    // 10,000 and 40,000 quotes and speakers, each quote naming a speaker: four times the items take
    // about four times as long (a scan of the speakers per quote would make it sixteen).
    let story = |n: usize| {
        let speakers: Vec<String> = (0..n).map(|i| format!(r#"{{"id":"s{i}","name":"N","role":null,"aliases":[]}}"#)).collect();
        let quotes: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"id":"q{i}","text":"a","kind":"direct","speakerId":"s{}","mention":null,"cue":null,"paragraph":0,"start":0,"end":1}}"#, n - 1 - i))
            .collect();
        format!(
            r#"{{"article":{{"language":"en"}},"paragraphs":[{{"kind":"paragraph","text":"a"}}],"speakers":[{}],"quotes":[{}],"events":[]}}"#,
            speakers.join(","),
            quotes.join(",")
        )
    };
    let (small, large) = (story(10_000), story(40_000));
    let best = |s: &str| {
        (0..3)
            .map(|_| {
                let t = std::time::Instant::now();
                assert!(read(s).is_ok());
                t.elapsed().as_secs_f64()
            })
            .fold(f64::MAX, f64::min)
    };
    let (a, b) = (best(&small), best(&large));
    assert!(b < 8.0 * a, "10,000: {:.1} ms; 40,000: {:.1} ms", a * 1e3, b * 1e3);
}

#[test]
fn offsets_count_utf16_units() {
    // "😀" is two UTF-16 units: a quote of the whole paragraph ends at 4, not 3 (chars) or 6 (bytes).
    let s = SMALL
        .replacen("\"text\": \"\\\"It holds,\\\" Ana Ruiz said on March 3.\" }", "\"text\": \"a😀b\" }", 1)
        .replacen("\"mention\": {", "\"mention\": null, \"x\": {", 1)
        .replacen("\"events\": [ {", "\"events\": [], \"x\": [ {", 1);
    let ok = s.replacen("\"start\": 1, \"end\": 10", "\"start\": 0, \"end\": 4", 1);
    assert!(read(&ok).is_ok(), "{:?}", read(&ok).err());
    let past = s.replacen("\"start\": 1, \"end\": 10", "\"start\": 0, \"end\": 5", 1);
    assert!(read(&past).is_err());
}

#[test]
fn truncated_and_altered_stories_are_errors_never_panics() {
    let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/data/zelenskyy-security-guarantees.story.json")).unwrap();
    let whole = seed.trim_end();
    for (i, _) in whole.char_indices() {
        assert!(read(&whole[..i]).is_err());
    }
    // Every number replaced in turn by a larger one, a negative one, a string and null: read or
    // rejected, and what is read has its offsets inside its paragraphs.
    let digits: Vec<usize> = seed.char_indices().filter(|(i, c)| c.is_ascii_digit() && !seed[..*i].ends_with(|p: char| p.is_ascii_digit())).map(|(i, _)| i).collect();
    for &at in &digits {
        let end = at + seed[at..].find(|c: char| !c.is_ascii_digit()).unwrap();
        for with in ["999", "-1", "\"3\"", "null", "4294967296"] {
            let altered = format!("{}{with}{}", &seed[..at], &seed[end..]);
            if let Ok(s) = read(&altered) {
                let len = |p: usize| s.paragraphs[p].text.encode_utf16().count();
                for q in &s.quotes {
                    assert!(q.start <= q.end && q.end <= len(q.paragraph));
                }
                for e in &s.events {
                    assert!(e.start <= e.end && e.end <= len(e.paragraph));
                    assert!(e.date.end <= e.text.encode_utf16().count());
                }
            }
        }
    }
}

/// With every field of an item wrong, the message names the first in reading order; with that one
/// put right, the next; and so on through the article, a paragraph, a speaker, a quote (with its
/// mention) and an event (with its date). The first error is the one to fix, so the order is part
/// of what a reader sees.
#[test]
fn the_first_wrong_field_in_reading_order_is_named() {
    let good: serde_json::Value = serde_json::from_str(SMALL).unwrap();
    let order: &[(&str, &str)] = &[
        ("/article/id", "article.id "),
        ("/article/title", "article.title "),
        ("/article/published", "article.published "),
        ("/article/source", "article.source "),
        ("/article/url", "article.url "),
        ("/article/language", "article.language "),
        ("/paragraphs/1/kind", "paragraphs[1].kind "),
        ("/paragraphs/1/text", "paragraphs[1].text "),
        ("/speakers/0/id", "speakers[0].id "),
        ("/speakers/0/aliases", "speakers[0].aliases "),
        ("/speakers/0/name", "speakers[0].name "),
        ("/speakers/0/role", "speakers[0].role "),
        ("/quotes/0/id", "quotes[0].id "),
        ("/quotes/0/kind", "quotes[0].kind "),
        ("/quotes/0/speakerId", "quotes[0].speakerId "),
        ("/quotes/0/mention/paragraph", "quotes[0].mention.paragraph "),
        ("/quotes/0/mention/start", "quotes[0].mention.start "),
        ("/quotes/0/mention/end", "quotes[0].mention.end "),
        ("/quotes/0/mention/text", "quotes[0].mention.text "),
        ("/quotes/0/paragraph", "quotes[0].paragraph "),
        ("/quotes/0/start", "quotes[0].start "),
        ("/quotes/0/end", "quotes[0].end "),
        ("/quotes/0/text", "quotes[0].text "),
        ("/quotes/0/cue", "quotes[0].cue "),
        ("/events/0/id", "events[0].id "),
        ("/events/0/text", "events[0].text "),
        ("/events/0/paragraph", "events[0].paragraph "),
        ("/events/0/start", "events[0].start "),
        ("/events/0/end", "events[0].end "),
        ("/events/0/date/start", "events[0].date.start "),
        ("/events/0/date/end", "events[0].date.end "),
        ("/events/0/date/mod", "events[0].date.mod "),
        ("/events/0/date/type", "events[0].date.type "),
        ("/events/0/quoteIds", "events[0].quoteIds "),
        ("/events/0/date/text", "events[0].date.text "),
        ("/events/0/date/value", "events[0].date.value "),
    ];
    let mut bad = good.clone();
    for (ptr, _) in order {
        *bad.pointer_mut(ptr).unwrap_or_else(|| panic!("{ptr} is in SMALL")) = serde_json::Value::Bool(true);
    }
    for (ptr, names) in order {
        let e = read(&bad.to_string()).unwrap_err();
        assert!(e.message.starts_with(&format!("Story JSON: {names}")), "{ptr}: {:?}", e.message);
        *bad.pointer_mut(ptr).unwrap() = good.pointer(ptr).unwrap().clone();
    }
    assert_eq!(read(&bad.to_string()).unwrap(), read(SMALL).unwrap());
}

/// An id that repeats is named once its list is read, before anything of a later list.
#[test]
fn a_repeated_id_is_named_before_later_lists() {
    let mut v: serde_json::Value = serde_json::from_str(SMALL).unwrap();
    let q = v["quotes"][0].clone();
    v["quotes"].as_array_mut().unwrap().push(q);
    v["events"][0]["quoteIds"] = serde_json::json!(["q9"]);
    let e = read(&v.to_string()).unwrap_err();
    assert_eq!(e.message, "Story JSON: quotes holds the id \"q1\" twice");
    let s = v["speakers"][0].clone();
    v["speakers"].as_array_mut().unwrap().push(s);
    let e = read(&v.to_string()).unwrap_err();
    assert_eq!(e.message, "Story JSON: speakers holds the id \"s1\" twice");
}
