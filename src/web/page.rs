//! Reading an article from the host page: the text of the headings and paragraphs of one element, in
//! document order. Only text nodes are read (never markup); scripts, styles, templates, navigation,
//! buttons and hidden elements (the `hidden` attribute, `aria-hidden="true"`, `display: none`) are
//! skipped, so what the widget shows is what a reader of the page can read.

use super::dom::{all, AsDom, Dom};
use crate::article::{Article, Block, BlockKind, Meta};
use crate::prelude::*;
use crate::time::Date;
use web_sys::Element;

const ELEMENT_NODE: f64 = 1.0;
const TEXT_NODE: f64 = 3.0;
const CDATA_SECTION_NODE: f64 = 4.0;

/// Elements whose content is never article text.
const SKIP_TAGS: &[&str] = &[
    "button", "canvas", "iframe", "input", "nav", "aside", "noscript", "object", "script",
    "select", "style", "svg", "template", "textarea", "video", "audio",
];

/// Deeper nesting than this is not read (no real article nests so deep; the bound keeps the walk's
/// recursion small on hostile pages).
const MAX_DEPTH: usize = 200;

/// What kind of block an element starts, if any.
fn block_kind(tag: &str) -> Option<BlockKind> {
    match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockKind::Heading),
        "p" | "blockquote" | "li" | "dd" | "pre" => Some(BlockKind::Paragraph),
        "figcaption" => Some(BlockKind::Caption),
        _ => None,
    }
}

struct Reader {
    blocks: Vec<Block>,
    text: String,
    kind: Option<BlockKind>,
    check_hidden: bool,
}

impl Reader {
    fn flush(&mut self) {
        if let Some(kind) = self.kind {
            let text = collapse_white_space(&self.text);
            if !text.is_empty() {
                self.blocks.push(Block { kind, text });
            }
        }
        self.text.clear();
    }

    fn skipped(&self, el: &Dom) -> bool {
        SKIP_TAGS.contains(&el.local_name().as_str())
            || el.has("hidden")
            || el.is("aria-hidden", "true")
            || self.check_hidden && is_hidden(el)
    }

    /// Reads the children of `node`; a block element inside a block ends the outer one's text (a
    /// paragraph inside a blockquote is read as itself).
    fn walk(&mut self, node: &Dom, depth: usize) {
        let mut child = node.first_child();
        while let Some(c) = child {
            match c.node_type().as_f64().unwrap_or(0.0) {
                TEXT_NODE | CDATA_SECTION_NODE if self.kind.is_some() => {
                    self.text.push_str(&c.node_value().unwrap_or_default());
                }
                ELEMENT_NODE if depth < MAX_DEPTH => {
                    let el = &c;
                    if !self.skipped(el) {
                        let tag = el.local_name();
                        if let Some(kind) = block_kind(&tag) {
                            self.flush();
                            let outer = self.kind.replace(kind);
                            self.walk(&c, depth + 1);
                            self.flush();
                            self.kind = outer;
                        } else {
                            if tag == "br" {
                                self.text.push(' ');
                            }
                            self.walk(&c, depth + 1);
                        }
                    }
                }
                _ => {}
            }
            child = c.next_sibling();
        }
    }
}

/// The article written in `root`.
pub fn read_article(root: &Element) -> Article {
    let root = root.d();
    // When the whole source is hidden (a site may keep the text only for the widget), style says
    // nothing about what readers see; the `hidden` attributes inside it still count.
    let mut r = Reader {
        blocks: Vec::new(),
        text: String::new(),
        kind: None,
        check_hidden: !is_hidden(root),
    };
    if let Some(kind) = block_kind(&root.local_name()) {
        r.kind = Some(kind);
    }
    r.walk(root, 0);
    r.flush();
    let blocks = r.blocks;
    // The headline is the first heading when it comes first; a page without one has no headline.
    let title = blocks
        .first()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.clone());
    let language = root.up("[lang]").and_then(|e| e.get("lang")).filter(|l| !l.is_empty());
    Article {
        meta: Meta {
            title,
            language,
            published: published(root),
            ..Meta::default()
        },
        blocks,
    }
}

/// The publication date the page states: a `<time datetime>` marked as the publication date or in a
/// byline, else one outside the running text, else the document's `article:published_time` meta tag.
fn published(root: &Dom) -> Option<Date> {
    let date = |s: Option<String>| s.and_then(|s| s.get(..10).and_then(Date::parse_iso));
    const MARKED: &str = "time[itemprop='datePublished'], time[pubdate], [class*='byline'] time, [class*='dateline'] time";
    if let Some(d) = root.query(MARKED).and_then(|t| date(t.get("datetime"))) {
        return Some(d);
    }
    for t in all(root, "time[datetime]") {
        if t.up("p, li, blockquote, dd").is_none() {
            if let Some(d) = date(t.get("datetime")) {
                return Some(d);
            }
        }
    }
    let doc = root.owner_document()?;
    let meta = doc.query("meta[property='article:published_time']")?;
    date(meta.get("content"))
}

/// Hidden by the page's own styling (`display: none` on it or an ancestor). `offsetParent` is null
/// for `display: none` (and for fixed elements and `body`, which are visible: check those by their
/// rendered boxes); it is undefined on elements that are not HTML (SVG), which count as shown.
fn is_hidden(el: &Dom) -> bool {
    el.offset_parent().is_null() && el.client_rects().length() == 0 && el.local_name() != "body"
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
