//! The bundled seed article keeps exactly its three quotes, all by Volodymyr Zelenskyy, President.
#![cfg(not(target_arch = "wasm32"))] // native core tests; the browser suite is tests/web.rs

use quoteline::{dataset, extract, Options};

#[test]
fn seed_gives_its_three_quotes() {
    let article = dataset::get("zelenskyy-security-guarantees").expect("the seed is bundled");
    let story = extract(&article, &Options::default());
    assert_eq!(story.quotes.len(), 3, "{:#?}", story.quotes);
    assert_eq!(story.speakers.len(), 1);
    let s = &story.speakers[0];
    assert_eq!(s.name, "Volodymyr Zelenskyy");
    assert_eq!(s.role.as_deref(), Some("President"));
    let q = &story.quotes;
    assert_eq!(q[0].text, "Regardless of Russia's position");
    assert_eq!(serde_json::to_value(q[0].kind).unwrap(), "headline");
    assert!(q[1].text.starts_with("I would very much like us to first sign security guarantees"));
    assert!(q[1].text.ends_with("but also of trust"), "a trailing comma is dropped: {}", q[1].text);
    assert_eq!(q[1].cue.as_deref(), Some("emphasized"));
    assert!(q[2].text.contains("the 'russkiye' really want"), "the nested quote stays inside");
    for quote in q {
        assert_eq!(quote.speaker_id.as_deref(), Some("s1"));
        assert_eq!(quote.mention.as_ref().map(|m| m.text.as_str()), Some("Zelenskyy"));
    }
}
