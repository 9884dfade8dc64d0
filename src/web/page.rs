//! Reading an article from the host page: the text of the headings and paragraphs of one element, in
//! document order. Only text nodes are read (never markup); scripts, styles, templates, navigation,
//! buttons and hidden elements (the `hidden` attribute, `aria-hidden="true"`, `display: none`) are
//! skipped, so what the widget shows is what a reader of the page can read.
//!
//! The walk over the page's DOM is a few lines of JS (`pageText` in `dom.rs`): in Rust it took eight
//! DOM bindings and a call across per node. It hands back tagged strings; the article is made here.

use super::dom::{num, page_text, text, AsDom};
use crate::article::{Article, Block, BlockKind, Meta};
use crate::prelude::*;
use crate::time::Date;
use web_sys::Element;

/// The article written in `root`.
pub fn read_article(root: &Element) -> Article {
    let parts = page_text(root.d());
    let mut meta = Meta::default();
    let mut blocks = Vec::new();
    let mut i = 0;
    while let Some(part) = text(&parts, &num(i, 0)) {
        i += 1;
        let rest = part.get(1..).unwrap_or_default();
        let kind = match part.as_bytes().first() {
            Some(b'l') => {
                meta.language = Some(rest.to_string());
                continue;
            }
            // The first date the page states that reads as one.
            Some(b'd') => {
                if meta.published.is_none() {
                    meta.published = rest.get(..10).and_then(Date::parse_iso);
                }
                continue;
            }
            Some(b'h') => BlockKind::Heading,
            Some(b'c') => BlockKind::Caption,
            _ => BlockKind::Paragraph,
        };
        let text = crate::text::collapse_white_space(rest);
        if !text.is_empty() {
            blocks.push(Block { kind, text });
        }
    }
    // The headline is the first heading when it comes first; a page without one has no headline.
    meta.title = blocks.first().filter(|b| b.kind == BlockKind::Heading).map(|b| b.text.clone());
    Article { meta, blocks }
}
