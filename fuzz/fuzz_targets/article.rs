//! The article parser and the whole extraction on any text: never a panic, and every offset of the
//! Story lands on a UTF-16 boundary inside its paragraph.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(article) = quoteline::parse_article(text) else { return };
    let story = quoteline::extract(&article, &quoteline::Options::default());
    let len16 = |p: usize| story.paragraphs[p].text.encode_utf16().count();
    for q in &story.quotes {
        assert!(q.start <= q.end && q.end <= len16(q.paragraph), "quote offsets out of range");
        if let Some(m) = &q.mention {
            assert!(m.start <= m.end && m.end <= len16(m.paragraph), "mention offsets out of range");
        }
    }
    for e in &story.events {
        assert!(e.start <= e.end && e.end <= len16(e.paragraph), "event offsets out of range");
        assert!(e.date.start <= e.date.end && e.date.end <= e.text.encode_utf16().count(), "date offsets out of range");
    }
});
