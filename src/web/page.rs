//! Reading an article from the host page: the text of the headings and paragraphs of one element, in
//! document order. Only text is read (never markup); scripts, styles, templates and hidden elements are
//! skipped, so what the widget shows is what a reader of the page can read.

use crate::article::{Article, Block, BlockKind, Meta};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Elements whose text becomes a block.
const BLOCKS: &str = "h1, h2, h3, h4, h5, h6, p, blockquote, figcaption";
/// Elements whose content is never article text.
const SKIP: &str = "script, style, template, noscript, [hidden], [aria-hidden='true'], nav, aside, button";

/// The article written in `root`.
pub fn read_article(root: &Element) -> Article {
    let mut blocks = Vec::new();
    // When the whole source is hidden (a site may keep the text only for the widget), hiding says nothing.
    let check_hidden = !is_hidden(root);
    let Ok(nodes) = root.query_selector_all(BLOCKS) else {
        return Article::default();
    };
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if el.closest(SKIP).ok().flatten().is_some() || check_hidden && is_hidden(&el) {
            continue;
        }
        // A paragraph inside a blockquote is read once, as itself.
        let tag = el.tag_name().to_ascii_lowercase();
        if tag == "blockquote" && el.query_selector("p").ok().flatten().is_some() {
            continue;
        }
        let text = collapse_white_space(&el.text_content().unwrap_or_default());
        if text.is_empty() {
            continue;
        }
        let kind = match tag.as_str() {
            "figcaption" => BlockKind::Caption,
            t if t.len() == 2 && t.starts_with('h') => BlockKind::Heading,
            _ => BlockKind::Paragraph,
        };
        blocks.push(Block { kind, text });
    }
    // The headline is the first heading when it comes first; a page without one has no headline.
    let title = blocks.first().filter(|b| b.kind == BlockKind::Heading).map(|b| b.text.clone());
    let language = root
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .filter(|l| !l.is_empty());
    Article { meta: Meta { title, language, ..Meta::default() }, blocks }
}

/// Hidden by the page's own styling (`display: none`).
fn is_hidden(el: &Element) -> bool {
    match el.dyn_ref::<web_sys::HtmlElement>() {
        // `offsetParent` is null for `display: none` (and for fixed elements, which are rare in text).
        Some(h) => h.offset_parent().is_none(),
        None => false,
    }
}

fn collapse_white_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
