//! The widget: renders a Story into a Shadow DOM of its own, handles selection, and tears everything
//! down on `destroy`. Article text reaches the DOM only as text nodes; styles live in one adopted
//! stylesheet shared by every widget on the page.

use super::i18n::{self, date_label, datetime_attr, strings};
use super::{dom_error, JsResult};
use crate::story::Story;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, Event, EventTarget, KeyboardEvent, ShadowRoot};

/// The widget's stylesheet (adopted into each shadow root; never inline styles, so a strict CSP works).
const CSS: &str = include_str!("style.css");

/// The custom element that hosts the shadow root inside the target. A child of our own (rather than the
/// target itself) so that `destroy` can remove every node it added: a shadow root cannot be detached.
pub const ROOT_TAG: &str = "quoteline-root";

/// Which sections the widget shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Both,
    Quotes,
    Timeline,
}

impl View {
    pub fn parse(s: &str) -> Option<View> {
        match s {
            "both" => Some(View::Both),
            "quotes" => Some(View::Quotes),
            "timeline" => Some(View::Timeline),
            _ => None,
        }
    }
    fn as_str(self) -> &'static str {
        match self {
            View::Both => "both",
            View::Quotes => "quotes",
            View::Timeline => "timeline",
        }
    }
}

/// Colour scheme; `Auto` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    Auto,
}

impl Theme {
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }
    fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// How a widget looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WidgetOptions {
    pub view: View,
    pub theme: Theme,
    pub locale: String,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        WidgetOptions { view: View::Both, theme: Theme::Auto, locale: "en".to_string() }
    }
}

/// An event listener that removes itself when dropped.
struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Listener {
    fn new(target: &EventTarget, kind: &'static str, f: impl FnMut(Event) + 'static) -> JsResult<Listener> {
        let closure = Closure::<dyn FnMut(Event)>::new(f);
        target
            .add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())
            .map_err(|e| dom_error("could not listen for events", e))?;
        Ok(Listener { target: target.clone(), kind, closure })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}

/// A mounted widget.
pub struct Mounted {
    pub id: u32,
    /// The page's element the widget was mounted on; events are dispatched on it.
    pub host: Element,
    /// Our child of `host` that carries the shadow root.
    root: Element,
    shadow: ShadowRoot,
    pub story: Story,
    options: RefCell<WidgetOptions>,
    selected: RefCell<Option<String>>,
    listeners: RefCell<Vec<Listener>>,
}

thread_local! {
    static WIDGETS: RefCell<Vec<Rc<Mounted>>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// The widget with this id, if it is still mounted.
pub fn get(id: u32) -> Option<Rc<Mounted>> {
    WIDGETS.with(|w| w.borrow().iter().find(|m| m.id == id).cloned())
}

/// The id of the widget mounted on `host`, if any.
pub fn mounted_on(host: &Element) -> Option<u32> {
    WIDGETS.with(|w| w.borrow().iter().find(|m| &m.host == host).map(|m| m.id))
}

/// How many widgets are mounted (for tests and leak checks).
pub fn count() -> usize {
    WIDGETS.with(|w| w.borrow().len())
}

fn document() -> JsResult<Document> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| dom_error("no document", JsValue::NULL))
}

fn stylesheet() -> JsResult<CssStyleSheet> {
    SHEET.with(|s| {
        if let Some(sheet) = s.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new().map_err(|e| dom_error("this browser has no constructable stylesheets", e))?;
        sheet.replace_sync(CSS).map_err(|e| dom_error("could not load the widget's styles", e))?;
        *s.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

/// Creates our root element in `host` with an open shadow root carrying the stylesheet.
fn attach(host: &Element) -> JsResult<(Element, ShadowRoot)> {
    let doc = document()?;
    let root = doc.create_element(ROOT_TAG).map_err(|e| dom_error("could not create the widget", e))?;
    let shadow = root
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .map_err(|e| dom_error("could not attach a shadow root", e))?;
    let sheets = js_sys::Array::of1(&stylesheet()?.into());
    js_sys::Reflect::set(&shadow, &"adoptedStyleSheets".into(), &sheets).map_err(|e| dom_error("could not adopt the stylesheet", e))?;
    host.append_child(&root).map_err(|e| dom_error("could not insert the widget", e))?;
    Ok((root, shadow))
}

/// Renders `story` in `host` (replacing a widget already there) and returns the new widget's id.
pub fn mount(host: &Element, story: Story, options: WidgetOptions) -> JsResult<u32> {
    if let Some(old) = mounted_on(host) {
        destroy(old);
    }
    let (root, shadow) = attach(host)?;
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    let widget = Rc::new(Mounted {
        id,
        host: host.clone(),
        root,
        shadow,
        story,
        options: RefCell::new(options),
        selected: RefCell::new(None),
        listeners: RefCell::new(Vec::new()),
    });
    if let Err(e) = render(&widget) {
        let _ = widget.root.remove();
        return Err(e);
    }
    let target: &EventTarget = widget.shadow.as_ref();
    let click = Listener::new(target, "click", move |ev: Event| {
        if let Some(item) = item_of(&ev) {
            select(id, &item);
        }
    })?;
    let keys = Listener::new(target, "keydown", move |ev: Event| {
        let Some(k) = ev.dyn_ref::<KeyboardEvent>() else { return };
        if matches!(k.key().as_str(), "Enter" | " ") {
            if let Some(item) = item_of(&ev) {
                ev.prevent_default();
                select(id, &item);
            }
        }
    })?;
    widget.listeners.borrow_mut().extend([click, keys]);
    WIDGETS.with(|w| w.borrow_mut().push(widget.clone()));
    dispatch(&widget.host, "quoteline:ready", &detail(&[("id", JsValue::from(id))]));
    Ok(id)
}

/// Shows an error inside `host` (the widget area says what went wrong) and fires `quoteline:error`.
pub fn mount_error(host: &Element, code: &str, message: &str) -> JsResult<()> {
    if let Some(old) = mounted_on(host) {
        destroy(old);
    }
    let (root, shadow) = attach(host)?;
    let doc = document()?;
    let p = el(&doc, "p", "ql-error")?;
    p.set_attribute("role", "alert").ok();
    p.set_text_content(Some(message));
    shadow.append_child(&p).map_err(|e| dom_error("could not render", e))?;
    // Kept in the registry so that `destroy` and a later mount clean it up like any widget.
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    let story = Story {
        article: crate::story::ArticleInfo { id: None, title: None, published: None, source: None, url: None, language: "en".into() },
        paragraphs: vec![],
        speakers: vec![],
        quotes: vec![],
        events: vec![],
    };
    WIDGETS.with(|w| {
        w.borrow_mut().push(Rc::new(Mounted {
            id,
            host: host.clone(),
            root,
            shadow,
            story,
            options: RefCell::new(WidgetOptions::default()),
            selected: RefCell::new(None),
            listeners: RefCell::new(Vec::new()),
        }))
    });
    dispatch(host, "quoteline:error", &detail(&[("code", code.into()), ("message", message.into())]));
    Ok(())
}

/// Removes the widget: its DOM, its listeners, and its data. Unknown ids are ignored.
pub fn destroy(id: u32) {
    let removed = WIDGETS.with(|w| {
        let mut w = w.borrow_mut();
        w.iter().position(|m| m.id == id).map(|i| w.remove(i))
    });
    if let Some(m) = removed {
        m.listeners.borrow_mut().clear();
        m.root.remove();
    }
}

/// The id (`q1`, `e2`) of the item an event happened in.
fn item_of(ev: &Event) -> Option<String> {
    let target = ev.target()?.dyn_into::<Element>().ok()?;
    target.closest("[data-id]").ok().flatten()?.get_attribute("data-id")
}

/// Selects the quote or event `item` (selecting it again clears the selection). Returns whether the
/// item exists.
pub fn select(id: u32, item: &str) -> bool {
    let Some(w) = get(id) else { return false };
    let kind = if w.story.quotes.iter().any(|q| q.id == item) {
        "quote"
    } else if w.story.events.iter().any(|e| e.id == item) {
        "event"
    } else {
        return false;
    };
    let now = if w.selected.borrow().as_deref() == Some(item) { None } else { Some(item.to_string()) };
    *w.selected.borrow_mut() = now.clone();
    if let Ok(items) = w.shadow.query_selector_all("[data-id]") {
        for i in 0..items.length() {
            let Some(el) = items.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            let on = el.get_attribute("data-id").as_deref() == now.as_deref();
            let _ = el.class_list().toggle_with_force("is-selected", on);
            if on {
                let _ = el.set_attribute("aria-current", "true");
            } else {
                let _ = el.remove_attribute("aria-current");
            }
        }
    }
    let selected_id = now.map_or(JsValue::NULL, |s| JsValue::from(s.as_str()));
    dispatch(&w.host, "quoteline:select", &detail(&[("kind", kind.into()), ("id", selected_id)]));
    true
}

/// Changes which sections show.
pub fn set_view(id: u32, view: View) {
    if let Some(w) = get(id) {
        w.options.borrow_mut().view = view;
        if let Ok(Some(top)) = w.shadow.query_selector(".ql") {
            let _ = top.set_attribute("data-view", view.as_str());
        }
    }
}

/// Changes the colour scheme.
pub fn set_theme(id: u32, theme: Theme) {
    if let Some(w) = get(id) {
        w.options.borrow_mut().theme = theme;
        if let Ok(Some(top)) = w.shadow.query_selector(".ql") {
            let _ = top.set_attribute("data-theme", theme.as_str());
        }
    }
}

fn detail(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// Fires a bubbling, composed CustomEvent on `target`.
fn dispatch(target: &Element, kind: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(kind, &init) {
        let _ = target.dispatch_event(&ev);
    }
}

fn el(doc: &Document, tag: &str, class: &str) -> JsResult<Element> {
    let e = doc.create_element(tag).map_err(|e| dom_error("could not render", e))?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

/// An element holding `text` as a text node.
fn text_el(doc: &Document, tag: &str, class: &str, text: &str) -> JsResult<Element> {
    let e = el(doc, tag, class)?;
    e.set_text_content(Some(text));
    Ok(e)
}

fn append(parent: &Element, child: &Element) -> JsResult<()> {
    parent.append_child(child).map(|_| ()).map_err(|e| dom_error("could not render", e))
}

/// Builds the whole widget once, off-document, then inserts it in one step.
fn render(w: &Mounted) -> JsResult<()> {
    let doc = document()?;
    let opts = w.options.borrow();
    let s = strings(&opts.locale);
    let story = &w.story;

    let top = el(&doc, "div", "ql")?;
    top.set_attribute("role", "region").ok();
    top.set_attribute("aria-label", story.article.title.as_deref().unwrap_or(s.label)).ok();
    top.set_attribute("lang", &opts.locale).ok();
    top.set_attribute("dir", i18n::direction(&opts.locale)).ok();
    top.set_attribute("data-view", opts.view.as_str()).ok();
    top.set_attribute("data-theme", opts.theme.as_str()).ok();

    if let Some(title) = &story.article.title {
        let header = el(&doc, "header", "ql-header")?;
        append(&header, &text_el(&doc, "h2", "ql-headline", title)?)?;
        append(&top, &header)?;
    }
    let panels = el(&doc, "div", "ql-panels")?;

    // Quotes
    let quotes = section(&doc, "ql-quotes", "ql-quotes-title", s.quotes, story.quotes.len())?;
    if story.quotes.is_empty() {
        append(&quotes, &text_el(&doc, "p", "ql-empty", s.no_quotes)?)?;
    } else {
        let list = el(&doc, "ol", "ql-list")?;
        for q in &story.quotes {
            let li = item(&doc, &q.id, "quote")?;
            let fig = el(&doc, "figure", "ql-quote")?;
            let bq = el(&doc, "blockquote", "ql-quote-text")?;
            append(&bq, &text_el(&doc, "p", "", &q.text)?)?;
            append(&fig, &bq)?;
            let speaker = q.speaker_id.as_ref().and_then(|sid| story.speakers.iter().find(|sp| &sp.id == sid));
            if let Some(sp) = speaker {
                let cap = el(&doc, "figcaption", "ql-speaker")?;
                append(&cap, &text_el(&doc, "cite", "ql-name", &sp.name)?)?;
                if let Some(role) = &sp.role {
                    append(&cap, &text_el(&doc, "span", "ql-role", role)?)?;
                }
                append(&fig, &cap)?;
            }
            append(&li, &fig)?;
            append(&list, &li)?;
        }
        append(&quotes, &list)?;
    }
    append(&panels, &quotes)?;

    // Timeline
    let timeline = section(&doc, "ql-timeline", "ql-timeline-title", s.timeline, story.events.len())?;
    if story.events.is_empty() {
        append(&timeline, &text_el(&doc, "p", "ql-empty", s.no_events)?)?;
    } else {
        let list = el(&doc, "ol", "ql-list ql-events")?;
        for e in &story.events {
            let li = item(&doc, &e.id, "event")?;
            let label = date_label(&e.date.value, e.date.modifier, &opts.locale);
            let time = text_el(&doc, "time", "ql-date", &label)?;
            if let Some(dt) = datetime_attr(&e.date.value) {
                time.set_attribute("datetime", &dt).ok();
            }
            append(&li, &time)?;
            if e.date.value.starts_with("XXXX") {
                append(&li, &text_el(&doc, "span", "ql-note", s.year_unknown)?)?;
            }
            append(&li, &text_el(&doc, "p", "ql-event-text", &e.text)?)?;
            append(&list, &li)?;
        }
        append(&timeline, &list)?;
    }
    append(&panels, &timeline)?;
    append(&top, &panels)?;
    w.shadow.append_child(&top).map_err(|e| dom_error("could not render", e))?;
    Ok(())
}

fn section(doc: &Document, class: &str, title_id: &str, title: &str, count: usize) -> JsResult<Element> {
    let sec = el(doc, "section", &format!("ql-panel {class}"))?;
    sec.set_attribute("aria-labelledby", title_id).ok();
    let h = text_el(doc, "h3", "ql-panel-title", title)?;
    h.set_attribute("id", title_id).ok();
    append(&h, &text_el(doc, "span", "ql-count", &count.to_string())?)?;
    append(&sec, &h)?;
    Ok(sec)
}

fn item(doc: &Document, id: &str, kind: &str) -> JsResult<Element> {
    let li = el(doc, "li", &format!("ql-item ql-{kind}-item"))?;
    li.set_attribute("data-id", id).ok();
    li.set_attribute("data-kind", kind).ok();
    li.set_attribute("tabindex", "0").ok();
    li.set_attribute("id", &format!("quoteline-{id}")).ok();
    Ok(li)
}
