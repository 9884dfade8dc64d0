//! The quote extractor on any article text:
//! never a panic; spans are on char boundaries, inside their block, and never overlap.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(article) = quoteline::parse_article(text) else { return };
    let (speakers, quotes) = quoteline::quotes::extract(&article);
    let mut spans = Vec::new();
    for q in &quotes {
        let block = &article.blocks[q.paragraph].text;
        assert!(q.start <= q.end && q.end <= block.len());
        assert!(block.is_char_boundary(q.start) && block.is_char_boundary(q.end));
        if let Some(s) = q.speaker {
            assert!(s < speakers.len());
        }
        if let Some(m) = q.mention {
            let mb = &article.blocks[m.paragraph].text;
            assert!(m.start <= m.end && m.end <= mb.len());
            assert!(mb.is_char_boundary(m.start) && mb.is_char_boundary(m.end));
        }
        spans.push((q.paragraph, q.start, q.end));
    }
    spans.sort_unstable();
    for w in spans.windows(2) {
        assert!(w[0].0 != w[1].0 || w[0].2 <= w[1].1, "quotes overlap: {w:?}");
    }
});
