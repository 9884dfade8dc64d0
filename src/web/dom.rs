//! The few JavaScript calls the browser edge makes, bound once for every kind of object.
//!
//! Each distinct binding costs a function in the JS glue and an import (and its shims) in the wasm, so
//! the edge calls DOM methods structurally through one type, `Dom`: `querySelector` is one import
//! whether it runs on the document, an element or a shadow root. Calls that cannot throw on the values
//! we give them (our own tag names, fresh nodes, constant selectors) skip wasm-bindgen's error
//! plumbing. The widget's DOM (`render`, `part`), the DOM side of its events (`handle`), the page-DOM
//! reader (`pageText`), locale work (`Intl`, date labels), `fetch`, events, errors and the matching of
//! attribute values and key names happen in JS (`dom.js` beside this file, minified by
//! `scripts/trim-glue.mjs`), which is smaller than
//! driving those APIs value by value from Rust: strings are native there, while every string a call
//! from Rust names is a pointer and a length in the wasm (BENCHMARKS.md, "Size"). Article text is
//! never read as markup by any of them.

use crate::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/web/dom.js")]
extern "C" {
    /// The Story object from its tape (`api::to_js`).
    #[wasm_bindgen(js_name = story)]
    pub fn story_js(s: &str, n: &[u32]) -> JsValue;
    /// `fetch(url)` → the response text; rejects with an `Error` whose `code` is `'fetch'`.
    #[wasm_bindgen(js_name = fetchText)]
    pub fn fetch_text(url: &str) -> Dom;
    /// An article value as text: a string as it is, an object as its JSON; `None` for anything else
    /// (an array too), `Err` for an object JSON cannot write (a cycle). One call instead of reading
    /// the value's kind through several bindings, and a string crosses once, untouched.
    #[wasm_bindgen(js_name = articleText, catch)]
    pub fn article_text(v: &JsValue) -> Result<Option<String>, JsValue>;
    /// `[{ id, title, published }]` from lines `=value` or `-` (null), three an article.
    #[wasm_bindgen(js_name = articleList)]
    pub fn article_list(lines: &str) -> JsValue;
    /// The article written in page element `root` as tagged strings (`h`, `p`, `c` and a block's
    /// text, `l` and the language, `d` and a stated publication date, best first): `page::read_article`.
    #[wasm_bindgen(js_name = pageText)]
    pub fn page_text(root: &Dom) -> JsValue;
    /// A random `u32` (`crypto.getRandomValues`, else `Math.random`): the name indexes' seed.
    pub fn seed() -> u32;
    /// `Reflect.get(o, key)`, undefined where that throws (`o` not an object, a getter that throws).
    pub fn field(o: &JsValue, key: &str) -> JsValue;
    /// `field(o, key)` when it is a string.
    pub fn text(o: &JsValue, key: &str) -> Option<String>;
    /// An object of the options named in `keys` (space-separated) that the attributes of `e` give.
    #[wasm_bindgen(js_name = attributeOptions)]
    pub fn attribute_options(e: &Dom, keys: &str) -> JsValue;
    /// Whether attribute `name` of `e` is `value` (one call, no string back).
    #[wasm_bindgen(js_name = is)]
    fn attr_is(e: &Dom, name: &str, value: &str) -> bool;
    /// `new Error(message)` with `code`; `: ` and the message of `cause` (a string, or an object's
    /// `message` string) follow `message` when there is one.
    pub fn error(message: &str, code: &str, cause: &JsValue) -> JsValue;
    /// The label of a date value in the widget's `locale` (`i18n::date_label`).
    /// `Intl.DateTimeFormat` of a date (2000 stands for a missing year: a leap year, so "29 February"
    /// formats; month and day 0 for missing ones); with `strip_day`, formatted
    /// with the 1st and the day then removed with the literal beside it, which gives the month in the
    /// form that follows a noun in Ukrainian ("січня") without a table of month names. (Bound for
    /// `tests/web.rs`; the renderer calls it in JS.)
    #[wasm_bindgen(js_name = formatDate)]
    pub fn format_date(locale: &str, y: Option<i32>, m: u8, d: u8, strip_day: bool) -> String;
    #[wasm_bindgen(js_name = dateLabel)]
    pub fn date_label(locale: &str, value: &str, modifier: &str, words: &str, year_unknown: &str) -> String;
    /// Marks item `now` selected (none when `None`) and the items in `linked` (space-separated ids)
    /// linked, in the widget of shadow root `shadow`.
    pub fn mark(shadow: &Dom, now: Option<&str>, linked: &str);
    /// Shows section `tab` in the narrow (tabbed) layout.
    #[wasm_bindgen(js_name = showTab)]
    pub fn show_tab(shadow: &Dom, tab: &str);
    /// Shows only the quotes of `speaker` (`*` all, `-` the unattributed; `name` the speaker's) and
    /// announces how many show, in `locale` with its strings `ui`.
    #[wasm_bindgen(js_name = filterQuotes)]
    pub fn filter_quotes(shadow: &Dom, speaker: &str, name: &str, ui: &str, locale: &str);
    /// What event `ev` on the widget of shadow root `shadow` does: its DOM side done, the rest as a
    /// code, a flag and an id (`widget::listen`).
    pub fn handle(shadow: &Dom, ev: &JsValue, ui: &str) -> String;
    /// One element from a spec (`render`'s) with the arguments `a`, `b`, `c` (each `%` the next),
    /// added to `root` in a fragment; the element.
    pub fn part(root: &Dom, spec: &str, a: &str, b: &str, c: &str) -> Dom;
    /// Builds the widget for `story` (the object of `story_js`) in `shadow`: `ui` is the locale's
    /// `i18n::Strings::ui`, `dir` the locale's direction.
    pub fn render(shadow: &Dom, story: &JsValue, ui: &str, locale: &str, dir: &str, view: &str, theme: &str);
    /// Fires a bubbling, composed `CustomEvent` of type `kind` on `target`, with the detail
    /// `{ key0: a, key1: b }` for the one or two names in `keys` (space-separated).
    pub fn fire(target: &Dom, kind: &str, keys: &str, a: &JsValue, b: &JsValue);
    /// Adds (`on`) or removes the widget's listener `f`: click, keydown and focusin on the shadow root
    /// `shadow`, hashchange and beforeprint on the window.
    pub fn listen(shadow: &Dom, f: &JsValue, on: bool);
    /// `attachShadow({ mode: 'open' })`.
    #[wasm_bindgen(js_name = attachOpen, catch)]
    pub fn attach_open(host: &Dom) -> Result<Dom, JsValue>;
    /// Gives `root` the widget's stylesheet: one constructed sheet shared by every widget on the page
    /// (made from `css` the first time). Throws where constructable stylesheets are missing.
    #[wasm_bindgen(js_name = adoptStyles, catch)]
    pub fn adopt_styles(root: &Dom, css: &str) -> Result<(), JsValue>;
    /// `Intl.getCanonicalLocales(tag)[0]` of `tag` with `_` read as `-`, or None when the tag is
    /// malformed.
    #[wasm_bindgen(js_name = canonicalLocale)]
    pub fn canonical_locale(tag: &str) -> Option<String>;
}

#[wasm_bindgen]
extern "C" {

    /// The page's document.
    #[wasm_bindgen(thread_local_v2, js_name = document)]
    static DOCUMENT: Dom;
    /// The page's global object (`window`).
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL: Dom;

    /// Any DOM object (or promise), seen through the calls below.
    #[derive(Clone, PartialEq)]
    pub type Dom;

    #[wasm_bindgen(method, structural, js_name = getElementById)]
    pub fn by_id(this: &Dom, id: &str) -> Option<Dom>;
    #[wasm_bindgen(method, structural, js_name = scrollIntoView)]
    pub fn scroll_into_view(this: &Dom);
    #[wasm_bindgen(method, structural, getter, js_name = isConnected)]
    pub fn is_connected(this: &Dom) -> bool;

    #[wasm_bindgen(method, structural, js_name = createElement)]
    pub fn create(this: &Dom, tag: &str) -> Dom;
    #[wasm_bindgen(method, structural, js_name = appendChild)]
    pub fn add(this: &Dom, child: &Dom);
    #[wasm_bindgen(method, structural)]
    pub fn remove(this: &Dom);
    #[wasm_bindgen(method, structural, js_name = setAttribute)]
    pub fn set(this: &Dom, name: &str, value: &str);
    #[wasm_bindgen(method, structural, js_name = getAttribute)]
    pub fn get(this: &Dom, name: &str) -> Option<String>;
    /// `querySelector`; throws (`Err`) only for a malformed selector.
    #[wasm_bindgen(method, structural, catch, js_name = querySelector)]
    pub fn find(this: &Dom, selector: &str) -> Result<Option<Dom>, JsValue>;
    /// `querySelector` with one of our own (valid) selectors: it cannot throw.
    #[wasm_bindgen(method, structural, js_name = querySelector)]
    pub fn query(this: &Dom, selector: &str) -> Option<Dom>;
    /// `querySelectorAll` with one of our own (valid) selectors.
    #[wasm_bindgen(method, structural, js_name = querySelectorAll)]
    pub fn find_all(this: &Dom, selector: &str) -> Dom;
    #[wasm_bindgen(method, structural)]
    pub fn matches(this: &Dom, selector: &str) -> bool;
    /// `length` of a NodeList, DOMRectList, …
    #[wasm_bindgen(method, structural, getter)]
    pub fn length(this: &Dom) -> u32;
    #[wasm_bindgen(method, structural)]
    pub fn item(this: &Dom, i: u32) -> Option<Dom>;
    #[wasm_bindgen(method, structural)]
    pub fn focus(this: &Dom);
    #[wasm_bindgen(method, structural, getter, js_name = nodeType)]
    pub fn node_type(this: &Dom) -> JsValue;
    #[wasm_bindgen(method, structural, js_name = preventDefault)]
    pub fn prevent_default(this: &Dom);
    /// `promise.then(ok, failed)`; `Err` when `this` is not a promise after all.
    #[wasm_bindgen(method, structural, catch, js_name = then)]
    pub fn then(this: &Dom, ok: &JsValue, failed: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// A JS function that calls `f` once (a promise's callback), then frees `f` (the small closure around
/// it goes when JS collects the function). Every one-shot callback of the edge (a fetch or clipboard
/// promise settling) goes through this one closure type, and it is an `Fn` like the event listener's:
/// the glue carries no `FnMut` closure maker.
pub fn once(f: Box<dyn FnOnce(JsValue) -> Result<JsValue, JsValue>>) -> JsValue {
    let f = core::cell::Cell::new(Some(f));
    wasm_bindgen::closure::Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(move |v| match f.take() {
        Some(f) => f(v),
        None => Ok(JsValue::UNDEFINED),
    })
    .into_js_value()
}

impl Dom {
    /// Whether attribute `name` is `value`.
    pub fn is(&self, name: &str, value: &str) -> bool {
        attr_is(self, name, value)
    }
}

/// Any JS value seen as `Dom` (no check: for values whose kind we know).
pub trait AsDom {
    fn d(&self) -> &Dom;
}

impl<T: AsRef<JsValue>> AsDom for T {
    fn d(&self) -> &Dom {
        self.as_ref().unchecked_ref()
    }
}

/// The page's window (`globalThis`).
pub fn window() -> Dom {
    GLOBAL.with(Dom::clone)
}

/// The page's document.
pub fn document() -> Dom {
    DOCUMENT.with(Dom::clone)
}

/// `globalThis.a.b…` (undefined where a step is missing): the few globals read once in a while, through
/// `field` rather than a binding each.
fn global(path: &[&str]) -> JsValue {
    let mut v: JsValue = window().into();
    for key in path {
        v = field(&v, key);
    }
    v
}

/// The page's `location.hash`.
pub fn location_hash() -> String {
    global(&["location", "hash"]).as_string().unwrap_or_default()
}

/// The elements matching one of our selectors under `root`.
pub fn all(root: &impl AsDom, selector: &str) -> Vec<Dom> {
    let list = root.d().find_all(selector);
    let mut out = Vec::new();
    for i in 0..list.length() {
        if let Some(e) = list.item(i) {
            out.push(e);
        }
    }
    out
}

/// `s` followed by each of `parts`, in one allocation (no `format!`).
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

/// `n` in decimal, zero-padded to `width` digits (no `core::fmt`).
pub fn num(n: usize, width: usize) -> String {
    let mut out = String::new();
    crate::time::push_num(&mut out, n as i64, width);
    out
}
