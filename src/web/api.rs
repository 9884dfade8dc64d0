//! The module's JS API (CONTRACT.md): `mount`, `mountUrl`, `mountElement`, `extract`, `articles`,
//! `autoMount`, `unmount`, the TimelineJS / JSON-LD exports, and the `Widget` handle. `init` is
//! wasm-pack's default export. Options are read with `Reflect`, so any object (or none) is accepted; a
//! wrong value is an `Error` with `code: 'bad-input'`, never a panic. The TypeScript surface is written
//! by hand below (`TYPES`) and tied to the functions with `unchecked_*_type`.

use super::dom::{self, cat, fetch_text, AsDom, Dom};
use super::widget::{self, Look, Theme, View, WidgetOptions};
#[cfg(feature = "engines")]
use super::page;
use super::{js_error, JsResult};
#[cfg(feature = "engines")]
use crate::article::{article_from_json, parse_article, Article, MAX_ARTICLE_BYTES};
use crate::error::{quoted, Error};
use crate::prelude::*;
#[cfg(feature = "engines")]
use crate::story::{self, Options};
use crate::story::Story;
use crate::sync::Local;
use crate::time::Date;
#[cfg(feature = "engines")]
use crate::dataset;
#[cfg(feature = "engines")]
use crate::export;
use crate::{json, story_json};
use core::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A bundled article id, article text (plain or JSON form), an article object, or a TimelineJS file. */
export type ArticleInput = string | ArticleObject | TimelineJSFile;

/** The JSON form of an article (CONTRACT.md). `body` is plain text: headline line, then paragraphs. */
export interface ArticleObject {
  id?: string; title?: string; body: string; published?: string; source?: string; url?: string; language?: string;
}

/** A TimelineJS file (https://timeline.knightlab.com/docs/json-format.html), as `toTimelineJS` writes it. */
export interface TimelineJSFile {
  title?: { text?: { headline?: string; text?: string } };
  events: Array<{
    start_date: { year: string | number; month?: string | number; day?: string | number; hour?: string | number; minute?: string | number };
    display_date?: string; unique_id?: string;
    text?: { headline?: string; text?: string };
    media?: { url?: string; credit?: string | null };
  }>;
}

export type View = 'both' | 'quotes' | 'timeline';
export type Theme = 'light' | 'dark' | 'auto';

export interface MountOptions {
  /** A Story to show as it is (what `quoteline extract` writes, or `widget.data()` gives): the object
   *  or its JSON text. Comes before `article`; the only input of the render-only build besides a
   *  TimelineJS file. */
  story?: Story | string;
  /** A bundled article id, article text, an article object, or a TimelineJS file (or a Story). */
  article?: ArticleInput;
  /** Read the article from the page instead: an element or a CSS selector (`'#story'`). */
  source?: string | Element;
  /** Default `'both'`. */
  view?: View;
  /** Default `'auto'` (follows `prefers-color-scheme`). */
  theme?: Theme;
  /** UI strings and date formatting: `'en'`, `'uk'`, … Default `'en'`. */
  locale?: string;
  /** `YYYY-MM-DD`: anchors dates without a year. Overrides the article's own date. */
  published?: string;
}

export interface ExtractOptions { published?: string; }

export interface ArticleInfo {
  id: string | null; title: string | null; published: string | null; source: string | null; url: string | null; language: string;
}
export interface Paragraph { kind: 'heading' | 'paragraph' | 'caption'; text: string; }
export interface Speaker { id: string; name: string; role: string | null; aliases: string[]; }
export interface Mention { text: string; paragraph: number; start: number; end: number; }
export interface Quote {
  id: string; text: string; kind: 'direct' | 'partial' | 'headline'; speakerId: string | null;
  mention: Mention | null; cue: string | null; paragraph: number; start: number; end: number;
}
export interface DateInfo {
  text: string; value: string; mod: string | null; type: 'DATE' | 'TIME' | 'DURATION' | 'SET'; start: number; end: number;
}
export interface Event { id: string; text: string; date: DateInfo; paragraph: number; start: number; end: number; quoteIds: string[]; }
/** What extraction gives (CONTRACT.md). Offsets are UTF-16 code units. */
export interface Story { article: ArticleInfo; paragraphs: Paragraph[]; speakers: Speaker[]; quotes: Quote[]; events: Event[]; }

export interface BundledArticle { id: string; title: string | null; published: string | null; }

/** The `code` of every `Error` Quoteline throws or reports. */
export type ErrorCode = 'bad-input' | 'not-found' | 'fetch' | 'dom';
export interface QuotelineError extends Error { code: ErrorCode; }

/** Events fired on the host element (bubbling, composed). */
export interface QuotelineEventMap {
  'quoteline:ready': CustomEvent<{ id: number }>;
  'quoteline:select': CustomEvent<{ kind: 'quote' | 'event'; id: string | null }>;
  'quoteline:error': CustomEvent<{ code: ErrorCode; message: string }>;
}
declare global {
  interface HTMLElementEventMap extends QuotelineEventMap {}
}
"#;

/// A mounted widget. `destroy()` removes everything it added.
#[wasm_bindgen]
pub struct Widget {
    id: u32,
}

#[wasm_bindgen]
impl Widget {
    /// Selects a quote (`'q1'`) or event (`'e2'`); selecting it again clears the selection. Returns
    /// whether the item exists (and the widget is still mounted).
    pub fn select(&self, id: &str) -> bool {
        widget::select(self.id, id)
    }

    /// The Story the widget shows.
    #[wasm_bindgen(unchecked_return_type = "Story")]
    pub fn data(&self) -> JsResult<JsValue> {
        self.with_story(to_js)?
    }

    /// Shows `'both'`, `'quotes'` or `'timeline'`.
    #[wasm_bindgen(js_name = setView)]
    pub fn set_view(
        &self,
        #[wasm_bindgen(unchecked_param_type = "View")] view: &str,
    ) -> JsResult<()> {
        self.set_look(false, view)
    }

    /// Switches to `'light'`, `'dark'` or `'auto'`.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Theme")] theme: &str,
    ) -> JsResult<()> {
        self.set_look(true, theme)
    }

    /// The timeline as TimelineJS JSON text (events with a known year). Not in the render-only build.
    #[cfg(feature = "engines")]
    #[wasm_bindgen(js_name = toTimelineJS, unchecked_return_type = "string")]
    pub fn to_timelinejs(&self) -> JsResult<JsValue> {
        self.with_story(|s| export::timelinejs(s).into())
    }

    /// The quotes as JSON-LD text (`schema.org` `Quotation`s), safe inside `<script type="application/ld+json">`.
    /// Not in the render-only build.
    #[cfg(feature = "engines")]
    #[wasm_bindgen(js_name = toJsonLd, unchecked_return_type = "string")]
    pub fn to_json_ld(&self) -> JsResult<JsValue> {
        self.with_story(|s| export::json_ld(s).into())
    }

    /// Whether the widget is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        widget::get(self.id).is_some()
    }

    /// Removes the widget's DOM, listeners and data. Safe to call twice.
    pub fn destroy(&self) {
        widget::destroy(self.id);
    }

    /// `setView` and `setTheme` in one function (one body in the wasm, not one per export).
    #[inline(never)]
    fn set_look(&self, theme: bool, value: &str) -> JsResult<()> {
        let look = if theme { Look::Theme(parse_theme(value)?) } else { Look::View(parse_view(value)?) };
        widget::set_look(self.id, look);
        Ok(())
    }

    /// `f` of the Story the widget shows (borrowed: no copy of the Story).
    fn with_story<T>(&self, f: impl FnOnce(&Story) -> T) -> JsResult<T> {
        widget::get(self.id)
            .map(|w| f(&w.story))
            .ok_or_else(|| js_error(Error::not_found("this widget has been destroyed")))
    }
}

/// Renders the quotes and timeline of an article into `target` (an element or a CSS selector). When
/// the options are wrong it throws, and (unless a widget is already showing there, which stays) also
/// shows the message inside `target` and fires `quoteline:error` there, so a reader sees why and a page
/// can react.
#[wasm_bindgen]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "Element | string")] target: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
) -> JsResult<Widget> {
    let host = resolve_target(&target)?;
    let result = story_for(&options).and_then(|story| {
        let wopts = widget_options(&options)?;
        widget::mount(&host, story, wopts)
    });
    match result {
        Ok(id) => Ok(Widget { id }),
        Err(e) => {
            // A widget already showing in the target stays: a failed re-mount must not blank it.
            let showing = widget::mounted_on(&host).and_then(widget::get).is_some_and(|w| !w.story.paragraphs.is_empty());
            if !showing {
                report(&host, &e);
            }
            Err(e)
        }
    }
}

/// Fetches an article (plain text, JSON form, or a TimelineJS file) from `url` (relative to the page)
/// and mounts it like `mount`. Resolves to the Widget; rejects with `code: 'fetch'` when the URL cannot
/// be loaded, or as `mount` would.
#[wasm_bindgen(js_name = mountUrl, unchecked_return_type = "Promise<Widget>")]
pub fn mount_url(
    #[wasm_bindgen(unchecked_param_type = "Element | string")] target: JsValue,
    url: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Omit<MountOptions, 'article' | 'source'>")]
    options: JsValue,
) -> js_sys::Promise {
    let host = match resolve_target(&target) {
        Ok(h) => h,
        Err(e) => return js_sys::Promise::reject(&e),
    };
    let then = dom::once(Box::new(move |text: JsValue| -> JsResult<JsValue> {
        Ok(Widget { id: mount_fetched(&host, &text, &options, false)? }.into())
    }));
    fetch_text(url).then(&then, &JsValue::UNDEFINED).unwrap_or_else(|e| js_sys::Promise::reject(&e))
}

/// Mounts the article `text` a fetch gave (plain text, JSON form or TimelineJS) in `host` with `options`
/// (for `mountUrl` and a `data-article` URL).
/// With `is_story` (a `story` URL) the text must be a Story's JSON.
fn mount_fetched(host: &Element, text: &JsValue, options: &JsValue, is_story: bool) -> JsResult<u32> {
    let story = if is_story { story_of(text)? } else { story_from(input_from_js(text, false).map_err(js_error)?, options)? };
    widget::mount(host, story, widget_options(options)?)
}

/// The Story of an article given as text (plain or JSON form), an object `{ title, body, … }`, or a
/// TimelineJS file.
#[wasm_bindgen(unchecked_return_type = "Story")]
pub fn extract(
    #[wasm_bindgen(unchecked_param_type = "string | ArticleObject | TimelineJSFile")]
    input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ExtractOptions")] options: JsValue,
) -> JsResult<JsValue> {
    to_js(&story_from(
        input_from_js(&input, false).map_err(js_error)?,
        &options,
    )?)
}

/// The timeline of an article (as `extract` takes it) as TimelineJS JSON text. Not in the render-only
/// build (a pipeline writes it at publish time: `quoteline/node`'s `toTimelineJS` takes a Story too).
#[cfg(feature = "engines")]
#[wasm_bindgen(js_name = toTimelineJS, unchecked_return_type = "string")]
pub fn to_timelinejs(
    #[wasm_bindgen(unchecked_param_type = "string | ArticleObject")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ExtractOptions")] options: JsValue,
) -> JsResult<JsValue> {
    Ok(export::timelinejs(&story_from(input_from_js(&input, false).map_err(js_error)?, &options)?).into())
}

/// The quotes of an article (as `extract` takes it) as JSON-LD text: `schema.org` `Quotation`s with
/// `spokenByCharacter`, safe inside `<script type="application/ld+json">`. Not in the render-only build.
#[cfg(feature = "engines")]
#[wasm_bindgen(js_name = toJsonLd, unchecked_return_type = "string")]
pub fn to_json_ld(
    #[wasm_bindgen(unchecked_param_type = "string | ArticleObject")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ExtractOptions")] options: JsValue,
) -> JsResult<JsValue> {
    Ok(export::json_ld(&story_from(input_from_js(&input, false).map_err(js_error)?, &options)?).into())
}

/// The bundled dataset: `[{ id, title, published }]`.
#[wasm_bindgen(unchecked_return_type = "BundledArticle[]")]
pub fn articles() -> JsResult<JsValue> {
    // Three lines an article, one a field, each `=value` or `-` for null (ids, headlines and dates
    // are one line each); `articleList` in dom.rs makes the objects.
    #[cfg_attr(not(feature = "engines"), allow(unused_mut))]
    let mut lines = String::new();
    // The render-only build (no `engines` feature) bundles no articles: the list is empty.
    #[cfg(feature = "engines")]
    for (id, _) in dataset::ARTICLES {
        let Ok(a) = dataset::get(id) else { continue };
        let published = a.meta.published.map(|d| d.iso());
        for field in [a.meta.id.as_deref(), a.headline(), published.as_deref()] {
            match field {
                Some(v) => {
                    lines.push('=');
                    lines.push_str(v);
                }
                None => lines.push('-'),
            }
            lines.push('\n');
        }
    }
    Ok(dom::article_list(&lines))
}

/// Mounts every `[data-quoteline]` element under `root` (default: the document; `root` itself counts
/// when it is one) that is not mounted yet, as `mountElement` does. Returns how many it mounted or
/// started loading.
#[wasm_bindgen(js_name = autoMount)]
pub fn auto_mount(
    #[wasm_bindgen(unchecked_optional_param_type = "Document | Element")] root: JsValue,
) -> JsResult<u32> {
    const SEL: &str = "[data-quoteline]";
    let root: Dom = if root.is_null_or_undefined() { page_document()? } else { root.unchecked_into() };
    // An element (1) or a document (9); checked here, so the calls below cannot fail.
    let mut hosts = Vec::new();
    match root.node_type().as_f64() {
        Some(n) if n == 1.0 => {
            if root.matches(SEL) {
                hosts.push(root.clone());
            }
        }
        Some(n) if n == 9.0 => {}
        _ => return Err(js_error(Error::bad_input("autoMount(root) takes an element or a document"))),
    }
    hosts.extend(dom::all(&root, SEL));
    let mut count = 0;
    for host in hosts {
        let host: Element = host.unchecked_into();
        if widget::mounted_on(&host).is_none() && !is_pending(&host) && start(&host) {
            count += 1;
        }
    }
    Ok(count)
}

/// Mounts a widget on `element` with options from its attributes: `data-story`, `data-article`, `data-source`,
/// `data-view`, `data-theme`, `data-locale`, `data-published` on a `[data-quoteline]` element, the
/// same names without `data-` on any other (the `<quote-line>` custom element). An article that is a
/// URL (`https://…`, `/…`, `./…`) is fetched first. When the options are wrong, or the fetch fails, the
/// element shows the reason and fires `quoteline:error`. Returns the Widget, or undefined when it
/// failed or is still loading.
#[wasm_bindgen(js_name = mountElement)]
pub fn mount_element(element: &Element) -> Option<Widget> {
    start(element);
    widget::mounted_on(element).map(|id| Widget { id })
}

/// Destroys the widget mounted on `element`, if any (what the script-tag loader calls when a page
/// removes an element), and forgets a load in progress for it. Returns whether there was one.
#[wasm_bindgen(js_name = unmount)]
pub fn unmount(element: &Element) -> bool {
    forget_pending(element);
    match widget::mounted_on(element) {
        Some(id) => {
            widget::destroy(id);
            true
        }
        None => false,
    }
}

/// How many widgets are mounted on the page.
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> u32 {
    widget::count() as u32
}

/// Elements whose article URL is being fetched, with the URL.
static PENDING: Local<RefCell<Vec<(Element, String)>>> = Local::new(RefCell::new(Vec::new()));

/// Ends the load of `url` for `host`: true when it is still the latest load for a host still on the
/// page (attributes can change, and elements leave, while a fetch runs).
fn take_pending(host: &Element, url: &str) -> bool {
    let taken = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let pos = p.iter().position(|(el, u)| el.d() == host.d() && u == url);
        pos.map(|i| p.remove(i)).is_some()
    });
    // Asked after the borrow ends: a page can make any getter throw, and a JS exception unwinds through
    // the wasm without releasing a borrow.
    taken && host.d().is_connected()
}

/// Where the load for `host` is in `PENDING` (there is at most one: `start` forgets the old one first).
fn pending_at(host: &Element) -> Option<usize> {
    PENDING.with(|p| p.borrow().iter().position(|(el, _)| el.d() == host.d()))
}

fn is_pending(host: &Element) -> bool {
    pending_at(host).is_some()
}

/// Forgets the load in progress for `host`, if any.
fn forget_pending(host: &Element) {
    if let Some(i) = pending_at(host) {
        PENDING.with(|p| p.borrow_mut().remove(i));
    }
}

/// Whether an `article` value is a URL to fetch rather than a bundled id or article text: one word
/// with a `/` in it (`https://…`, `/…`, `data/story.txt`) or a `.txt` / `.json` file name. Bundled ids
/// have neither.
fn is_url(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && !s.chars().any(char::is_whitespace)
        && (crate::text::has_byte(s.as_bytes(), b'/') || s.ends_with(".txt") || s.ends_with(".json"))
}

/// Mounts (or starts loading) the widget of `host` from its attributes; shows errors inside it.
/// Returns whether it mounted or started loading.
fn start(host: &Element) -> bool {
    let options = options_from_attributes(host);
    // A Story to show (`data-story`) comes before an article to extract.
    let story_url = opt_string(&options, "story").filter(|a| is_url(a));
    let is_story = story_url.is_some();
    if let Some(url) = story_url.or_else(|| opt_string(&options, "article").filter(|a| is_url(a))) {
        let url: String = url.trim().into();
        forget_pending(host);
        PENDING.with(|p| p.borrow_mut().push((host.clone(), url.clone())));
        let (h, u) = (host.clone(), url.clone());
        // One callback for both outcomes (one closure less in the wasm): fetchText resolves with the
        // text and rejects with an Error.
        let settle = dom::once(Box::new(move |v: JsValue| {
            if take_pending(&h, &u) {
                let r = match v.as_string() {
                    Some(_) => mount_fetched(&h, &v, &options, is_story),
                    None => Err(v),
                };
                if let Err(e) = r {
                    report(&h, &e);
                }
            }
            Ok(JsValue::UNDEFINED)
        }));
        let _ = fetch_text(&url).then(&settle, &settle);
        return true;
    }
    let result =
        story_for(&options).and_then(|story| widget::mount(host, story, widget_options(&options)?));
    match result {
        Ok(_) => true,
        Err(e) => {
            report(host, &e);
            false
        }
    }
}

/// Shows `error` inside `host` and fires `quoteline:error`.
fn report(host: &Element, error: &JsValue) {
    let (code, message) = (dom::text(error, "code"), dom::text(error, "message"));
    let message = message.as_deref().unwrap_or("Quoteline could not show this article.");
    let _ = widget::mount_error(host, code.as_deref().unwrap_or("bad-input"), &cat(&["Quoteline: ", message]));
}

/// The Story as a JS object, built by `story` below from the Story's [`Tape`](crate::story::Tape):
/// one UTF-8 decode of its texts and one view of its numbers, no JSON written or parsed (BENCHMARKS.md,
/// section 2). The object is what `JSON.parse` of the Story's JSON gives, keys in the same order.
fn to_js(story: &Story) -> JsResult<JsValue> {
    let tape = story.tape();
    Ok(dom::story_js(&tape.text, &tape.nums))
}

/// The page's document, or a `dom` error where there is none (Node, a worker). Checked through
/// `globalThis` before the `document` binding is read: a failed first read would throw out of the
/// binding's lazy static and leave it poisoned, so the next call would trap.
fn page_document() -> JsResult<Dom> {
    if dom::field(&dom::window().into(), "document").is_null_or_undefined() {
        return Err(super::dom_error("there is no document here (Node, a worker): the widget needs a page", JsValue::UNDEFINED));
    }
    Ok(dom::document())
}

/// Seeds the page's name indexes with a random number from JS (`people::seed_name_index`) before the
/// first one is made: called where inputs are read and Stories made. (A `#[wasm_bindgen(start)]`
/// function would do it at start-up, but wasm-bindgen also exports it to the page's API.)
#[cfg(not(feature = "std"))]
fn seed_once() {
    static SEEDED: Local<core::cell::Cell<bool>> = Local::new(core::cell::Cell::new(false));
    SEEDED.with(|s| {
        if !s.replace(true) {
            crate::people::seed_name_index(dom::seed());
        }
    });
}

#[cfg(feature = "std")]
fn seed_once() {}

fn resolve_target(target: &JsValue) -> JsResult<Element> {
    if let Some(sel) = target.as_string() {
        return page_document()?
            .find(&sel)
            .map_err(|_| js_error(Error::bad_input(cat(&[&quoted(&sel), " is not a valid CSS selector"]))))?
            .map(JsCast::unchecked_into)
            .ok_or_else(|| js_error(Error::not_found(cat(&["no element matches ", &quoted(&sel)]))));
    }
    target.dyn_ref::<Element>().cloned().ok_or_else(|| {
        js_error(Error::bad_input(
            "mount(target, options): target must be an element or a CSS selector",
        ))
    })
}

/// A `bad-input` error: `what`, then the value as given (quoted, cut at 80 characters). One body for
/// every option error.
#[inline(never)]
fn bad_value(what: &str, value: &str) -> JsValue {
    js_error(Error::bad_input(cat(&[what, &quoted(value)])))
}

/// `options[key]` as a string, when it is one.
fn opt_string(options: &JsValue, key: &str) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    dom::text(options, key)
}

fn opt(options: &JsValue, key: &str) -> JsValue {
    if !options.is_object() {
        return JsValue::UNDEFINED;
    }
    dom::field(options, key)
}

fn published_option(options: &JsValue) -> JsResult<Option<Date>> {
    let v = opt(options, "published");
    if v.is_null_or_undefined() {
        return Ok(None);
    }
    let s = v.as_string().unwrap_or_default();
    if s.is_empty() {
        return Ok(None);
    }
    Date::parse_iso(&s)
        .map(Some)
        .ok_or_else(|| bad_value("published must be a date written YYYY-MM-DD, not ", &s))
}

fn parse_view(v: &str) -> JsResult<View> {
    View::parse(v).ok_or_else(|| bad_value("view must be 'both', 'quotes' or 'timeline', not ", v))
}

fn parse_theme(v: &str) -> JsResult<Theme> {
    Theme::parse(v).ok_or_else(|| bad_value("theme must be 'light', 'dark' or 'auto', not ", v))
}

fn widget_options(options: &JsValue) -> JsResult<WidgetOptions> {
    let mut w = WidgetOptions::default();
    if let Some(v) = opt_string(options, "view").filter(|s| !s.is_empty()) {
        w.view = parse_view(&v)?;
    }
    if let Some(t) = opt_string(options, "theme").filter(|s| !s.is_empty()) {
        w.theme = parse_theme(&t)?;
    }
    if let Some(l) = opt_string(options, "locale").filter(|s| !s.is_empty()) {
        if l.len() > 35 || !l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            return Err(bad_value("locale must be a language tag such as 'en' or 'uk', not ", &l));
        }
        w.locale = l;
    }
    Ok(w)
}

/// What an `article` value holds: an article to extract from, or a ready Story (its JSON, or a TimelineJS
/// file).
enum Input {
    #[cfg(feature = "engines")]
    Article(Article),
    /// A Story as extracted (its JSON), or a TimelineJS file read as one.
    Timeline(Story),
}

/// Why the render-only build (no `engines` feature) cannot take article text, an article object, a
/// bundled id, a page element or a TimelineJS file.
#[cfg(not(feature = "engines"))]
const RENDER_ONLY: &str = "this is Quoteline's render-only build: it shows a Story (the JSON `quoteline extract` writes); for article text, a bundled article, a page element or a TimelineJS file, load the full build";

/// Reads an `article` value: a bundled id (when `allow_id`), article text (plain or JSON form), an
/// article object, or a TimelineJS file (text or object).
fn input_from_js(v: &JsValue, allow_id: bool) -> Result<Input, Error> {
    seed_once();
    let text = match dom::article_text(v) {
        Ok(Some(text)) => text,
        Err(_) => {
            return Err(Error::bad_input(
                "the article object cannot be read as JSON (does it refer to itself?)",
            ))
        }
        // An array is an object to JavaScript, but never an article.
        Ok(None) => return Err(Error::bad_input(
            "an article is text, an object { title, body, published }, or a TimelineJS file",
        )),
    };
    input_from_text(text.as_str(), allow_id)
}

/// The render-only build's inputs: a Story's JSON or a TimelineJS file.
#[cfg(not(feature = "engines"))]
fn input_from_text(text: &str, _allow_id: bool) -> Result<Input, Error> {
    if !text.trim_start().starts_with('{') || text.len() > story_json::MAX_STORY_BYTES {
        return Err(Error::bad_input(RENDER_ONLY));
    }
    ready_story(&json::parse(text)?).unwrap_or_else(|| Err(Error::bad_input(RENDER_ONLY))).map(Input::Timeline)
}

/// A JSON value that needs no extraction: a Story (as `quoteline extract` writes it), shown as it is,
/// or (in the full build) a TimelineJS file, read as one. `None` for anything else.
fn ready_story(value: &json::Value) -> Option<Result<Story, Error>> {
    if story_json::is_story(value) {
        return Some(story_json::from_value(value));
    }
    #[cfg(feature = "engines")]
    if value.get("events").is_some() && value.get("body").is_none() {
        return Some(export::story_from_timelinejs(value));
    }
    None
}

#[cfg(feature = "engines")]
fn input_from_text(text: &str, allow_id: bool) -> Result<Input, Error> {
    let t = text.trim();
    if allow_id
        && !t.is_empty()
        && t.len() < 200
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return dataset::get(t).map(Input::Article);
    }
    if !t.starts_with('{') {
        return parse_article(text).map(Input::Article);
    }
    if text.len() > MAX_ARTICLE_BYTES {
        return parse_article(text).map(Input::Article); // the size error
    }
    let value = json::parse(text)?;
    match ready_story(&value) {
        Some(story) => story.map(Input::Timeline),
        None => article_from_json(&value).map(Input::Article),
    }
}

fn story_from(input: Input, options: &JsValue) -> JsResult<Story> {
    seed_once();
    let published = published_option(options)?;
    Ok(match input {
        #[cfg(feature = "engines")]
        Input::Article(a) => story::extract_owned(a, &Options { published }),
        Input::Timeline(s) => {
            let _ = published;
            s
        }
    })
}

/// The Story for `mount` options: from `article` or from `source` (an element of the page, or its
/// selector).
fn story_for(options: &JsValue) -> JsResult<Story> {
    let given = opt(options, "story");
    if !given.is_null_or_undefined() {
        if given.as_string().is_some_and(|s| is_url(&s)) {
            return Err(js_error(Error::bad_input(
                "options.story is a URL: load it with `await mountUrl(target, url, options)`",
            )));
        }
        return story_of(&given);
    }
    let article = opt(options, "article");
    let source = opt(options, "source");
    let input = if !article.is_null_or_undefined() {
        if article.as_string().is_some_and(|s| is_url(&s)) {
            return Err(js_error(Error::bad_input(
                "options.article is a URL: load it with `await mountUrl(target, url, options)`",
            )));
        }
        input_from_js(&article, true).map_err(js_error)?
    } else if !source.is_null_or_undefined() {
        page_input(&source)?
    } else {
        return Err(js_error(Error::bad_input(
            "give options.article (a bundled article id, article text, or { title, body }) or options.source (an element or selector)",
        )));
    };
    story_from(input, options)
}

/// A Story given as an object or its JSON text (`options.story`, a `data-story` URL's text).
fn story_of(v: &JsValue) -> JsResult<Story> {
    let text = match dom::article_text(v) {
        Ok(Some(text)) => text,
        _ => return Err(js_error(Error::bad_input("a story is a Story object or its JSON text (what `quoteline extract` writes)"))),
    };
    story_json::read(&text).map_err(js_error)
}

/// The article of a page element (`options.source`).
#[cfg(feature = "engines")]
fn page_input(source: &JsValue) -> JsResult<Input> {
    Ok(Input::Article(page::read_article(&resolve_target(source)?)))
}

#[cfg(not(feature = "engines"))]
fn page_input(_: &JsValue) -> JsResult<Input> {
    Err(js_error(Error::bad_input(RENDER_ONLY)))
}

/// `mount` options from an element's attributes: `data-article`, … on a `[data-quoteline]` element,
/// `article`, … on any other.
fn options_from_attributes(host: &Element) -> JsValue {
    dom::attribute_options(host.d(), "story article source view theme locale published")
}

/// Date tagging alone, for the benchmark against chrono-node (`--features bench`; not in the page
/// build): the temporal expressions of `text` as a JSON array of `{start, end, value}` (UTF-8 offsets),
/// anchored to `published` (ISO date) when given, so the work includes writing the results out.
#[cfg(feature = "bench")]
#[wasm_bindgen(js_name = benchTimex)]
pub fn bench_timex(text: &str, published: Option<String>) -> String {
    let opts = crate::time::TagOptions { dct: published.as_deref().and_then(Date::parse_iso), ..Default::default() };
    let found = crate::time::tag(text, &opts);
    // Room for every object up front (a value is rarely over 24 bytes): one allocation, no regrowth.
    let mut out = String::with_capacity(2 + found.len() * (36 + 2 * 10 + 24));
    out.push('[');
    for (k, t) in found.iter().enumerate() {
        // Each object is gathered in a stack buffer and appended at once: in the size-optimised
        // build every `push_str` of a short piece is a `memory.copy`, which V8 runs as a call.
        let mut buf = [0u8; 96];
        let mut n = 0;
        let mut put = |s: &[u8]| {
            for &c in s {
                if let Some(d) = buf.get_mut(n) {
                    *d = c;
                    n += 1;
                }
            }
        };
        let digits = |v: usize| {
            let mut d = [0u8; 20];
            let mut i = d.len();
            let mut v = v;
            loop {
                i -= 1;
                d[i] = b'0' + (v % 10) as u8;
                v /= 10;
                if v == 0 || i == 0 {
                    break (d, i);
                }
            }
        };
        if k > 0 {
            put(b",");
        }
        put(b"{\"start\":");
        let (d, i) = digits(t.start);
        put(&d[i..]);
        put(b",\"end\":");
        let (d, i) = digits(t.end);
        put(&d[i..]);
        put(b",\"value\":");
        // TIMEX3 values are plain ASCII; anything else goes through the JSON string writer.
        let plain = t.value.len() <= 40 && t.value.bytes().all(|c| (0x20..0x7f).contains(&c) && c != b'"' && c != b'\\');
        if plain {
            put(b"\"");
            put(t.value.as_bytes());
            put(b"\"}");
        }
        out.push_str(core::str::from_utf8(buf.get(..n).unwrap_or(&[])).unwrap_or(""));
        if !plain {
            crate::json_out::push_str(&mut out, &t.value);
            out.push('}');
        }
    }
    out.push(']');
    out
}
