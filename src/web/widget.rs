//! The widget: renders a Story into a Shadow DOM of its own (built once, off-document, in a fragment, by
//! `dom::render` in JS), handles selection, the speaker filter, the keyboard and deep links (the DOM
//! side of an event in JS, `dom::handle`, which also copies a quote's citation; the state here), and
//! tears everything down on `destroy`. Article text reaches the DOM only as text nodes and attribute
//! values; styles live in one adopted stylesheet shared by every widget on the page.

use super::dom::{self, cat, AsDom, Dom};
use super::i18n::{self, strings};
use super::{dom_error, JsResult};
use crate::prelude::*;
use crate::story::Story;
use crate::sync::Local;
use core::cell::{Cell, RefCell};
use alloc::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// The widget's stylesheet (adopted into each shadow root; never inline styles, so a strict CSP works),
/// minified at compile time.
use super::css::CSS;

/// The custom element that hosts the shadow root inside the target. A child of our own (rather than the
/// target itself) so that `destroy` can remove every node it added: a shadow root cannot be detached.
pub const ROOT_TAG: &str = "quoteline-root";

/// Deep links look like `#quoteline-q2`; items carry the same id inside the shadow root.
const LINK_PREFIX: &str = "quoteline-";

/// Which sections the widget shows.
#[derive(Clone, Copy, PartialEq, Eq)]
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
#[derive(Clone, Copy, PartialEq, Eq)]
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
#[derive(Clone, PartialEq, Eq)]
pub struct WidgetOptions {
    pub view: View,
    pub theme: Theme,
    pub locale: String,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        WidgetOptions { view: View::Both, theme: Theme::Auto, locale: "en".into() }
    }
}

/// The widget's event listeners: one closure, registered for several events on the shadow root and the
/// window (`dom::listen`); dropping it removes them.
struct Listener {
    shadow: Dom,
    closure: Closure<dyn Fn(JsValue) -> JsResult<JsValue>>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        dom::listen(&self.shadow, self.closure.as_ref(), false);
    }
}

/// A mounted widget.
pub struct Mounted {
    pub id: u32,
    /// The page's element the widget was mounted on; events are dispatched on it.
    pub host: Element,
    /// Our child of `host` that carries the shadow root.
    root: Dom,
    shadow: Dom,
    pub story: Story,
    options: RefCell<WidgetOptions>,
    selected: RefCell<Option<String>>,
    listeners: RefCell<Option<Listener>>,
}

static WIDGETS: Local<RefCell<Vec<Rc<Mounted>>>> = Local::new(RefCell::new(Vec::new()));
static NEXT_ID: Local<Cell<u32>> = Local::new(Cell::new(1));

/// The widget with this id, if it is still mounted.
pub fn get(id: u32) -> Option<Rc<Mounted>> {
    WIDGETS.with(|w| w.borrow().iter().find(|m| m.id == id).cloned())
}

/// The id of the widget mounted on `host`, if any.
pub fn mounted_on(host: &Element) -> Option<u32> {
    WIDGETS.with(|w| w.borrow().iter().find(|m| m.host.d() == host.d()).map(|m| m.id))
}

/// How many widgets are mounted (for tests and leak checks).
pub fn count() -> usize {
    WIDGETS.with(|w| w.borrow().len())
}

/// Creates our root element in `host` with an open shadow root carrying the stylesheet.
fn attach(host: &Element) -> JsResult<(Dom, Dom)> {
    let root = dom::document().create(ROOT_TAG);
    let shadow = dom::attach_open(&root)
        .map_err(|e| dom_error("could not attach a shadow root", e))?;
    dom::adopt_styles(&shadow, CSS).map_err(|e| dom_error("this browser has no constructable stylesheets", e))?;
    host.d().add(&root);
    Ok((root, shadow))
}

fn next_id() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    })
}

fn empty_story() -> Story {
    Story {
        article: crate::story::ArticleInfo { id: None, title: None, published: None, source: None, url: None, language: "en".into() },
        paragraphs: vec![],
        speakers: vec![],
        quotes: vec![],
        events: vec![],
    }
}

/// Attaches a shadow root to `host` (replacing any widget there) and registers it, so that `destroy`
/// and a later mount clean it up whatever state it shows.
fn register(host: &Element, story: Story, options: WidgetOptions) -> JsResult<Rc<Mounted>> {
    if let Some(old) = mounted_on(host) {
        destroy(old);
    }
    let (root, shadow) = attach(host)?;
    let w = Rc::new(Mounted {
        id: next_id(),
        host: host.clone(),
        root,
        shadow,
        story,
        options: RefCell::new(options),
        selected: RefCell::new(None),
        listeners: RefCell::new(None),
    });
    WIDGETS.with(|list| list.borrow_mut().push(w.clone()));
    Ok(w)
}

/// Renders `story` in `host` (replacing a widget already there) and returns the new widget's id.
pub fn mount(host: &Element, story: Story, mut options: WidgetOptions) -> JsResult<u32> {
    options.locale = i18n::resolve_locale(&options.locale);
    let w = register(host, story, options)?;
    let id = w.id;
    render(&w);
    listen(&w);
    dom::fire(w.host.d(), "quoteline:ready", "id", &JsValue::from(id), &JsValue::UNDEFINED);
    follow_link(&w);
    Ok(id)
}

/// Shows the loading state in `host` (reserving room, so the page does not jump when the widget comes)
/// until `mount` or `mount_error` replaces it.
pub fn mount_loading(host: &Element, locale: &str) -> JsResult<u32> {
    let locale = i18n::resolve_locale(locale);
    let w = register(host, empty_story(), WidgetOptions { locale: locale.clone(), ..WidgetOptions::default() })?;
    // Built in a fragment: the live region is whole when it enters the page.
    dom::part(&w.shadow, "div|class=ql ql-loading|=%|role=status|aria-busy=true|lang=%|dir=%", i18n::part(strings(&locale), 17), &locale, i18n::direction(&locale));
    Ok(w.id)
}

/// Shows an error inside `host` (the widget area says what went wrong) and fires `quoteline:error`.
pub fn mount_error(host: &Element, code: &str, message: &str) -> JsResult<()> {
    let w = register(host, empty_story(), WidgetOptions::default())?;
    dom::part(&w.shadow, "p|class=ql-error|=%|role=alert", message, "", "");
    dom::fire(host.d(), "quoteline:error", "code message", &code.into(), &message.into());
    Ok(())
}

/// Removes the widget: its DOM, its listeners, and its data. Unknown ids are ignored.
pub fn destroy(id: u32) {
    let removed = WIDGETS.with(|w| {
        let mut w = w.borrow_mut();
        w.iter().position(|m| m.id == id).map(|i| w.remove(i))
    });
    if let Some(m) = removed {
        m.listeners.borrow_mut().take();
        m.root.remove();
    }
}

/// The item a `#quoteline-…` fragment of the page's URL names.
fn linked_item() -> Option<String> {
    let hash = dom::location_hash();
    hash.strip_prefix('#')?.strip_prefix(LINK_PREFIX).filter(|s| !s.is_empty()).map(String::from)
}

/// A deep link (`#quoteline-q2`) selects its item and brings it into view.
fn follow_link(w: &Mounted) {
    if let Some(item) = linked_item() {
        if kind_of(&w.story, &item).is_some() {
            if let Some(el) = go_to(w, item) {
                el.scroll_into_view();
            }
        }
    }
}

/// Selects `item` and shows its tab; returns its element (a link followed, a linked quote's button).
fn go_to(w: &Mounted, item: String) -> Option<Dom> {
    set_selected(w, Some(item.clone()));
    let el = find_item(w, &item)?;
    show_tab_of(w, &el);
    Some(el)
}

fn kind_of(story: &Story, item: &str) -> Option<&'static str> {
    if story.quotes.iter().any(|q| q.id == item) {
        Some("quote")
    } else if story.events.iter().any(|e| e.id == item) {
        Some("event")
    } else {
        None
    }
}

fn find_item(w: &Mounted, item: &str) -> Option<Dom> {
    w.shadow.by_id(&cat(&[LINK_PREFIX, item]))
}

/// Selects the quote or event `item` (selecting it again clears the selection). Returns whether the
/// item exists.
pub fn select(id: u32, item: &str) -> bool {
    let Some(w) = get(id) else { return false };
    if kind_of(&w.story, item).is_none() {
        return false;
    }
    let again = w.selected.borrow().as_deref() == Some(item);
    set_selected(&w, if again { None } else { Some(item.into()) });
    true
}

/// Sets the selection, marks the selected item and the items linked to it, and fires
/// `quoteline:select` (`id` null when cleared).
fn set_selected(w: &Mounted, now: Option<String>) {
    let before = w.selected.replace(now.clone());
    if before == now {
        return;
    }
    // An event links to its quotes; a quote to the events that name it (ids, space-separated).
    let mut linked = String::new();
    if let Some(id) = now.as_deref() {
        for e in &w.story.events {
            if e.id == id {
                for q in &e.quote_ids {
                    linked.push_str(q);
                    linked.push(' ');
                }
            } else if e.quote_ids.iter().any(|q| q == id) {
                linked.push_str(&e.id);
                linked.push(' ');
            }
        }
    }
    dom::mark(&w.shadow, now.as_deref(), linked.trim_end());
    let which = now.as_deref().or(before.as_deref()).unwrap_or_default();
    let kind = kind_of(&w.story, which).unwrap_or("quote");
    let selected_id = now.map_or(JsValue::NULL, |s| JsValue::from(s.as_str()));
    dom::fire(w.host.d(), "quoteline:select", "kind id", &kind.into(), &selected_id);
}

/// A change of how a widget looks: which sections show, or the colour scheme.
pub enum Look {
    View(View),
    Theme(Theme),
}

/// Changes which sections show or the colour scheme (one body for `setView` and `setTheme`).
pub fn set_look(id: u32, look: Look) {
    if let Some(w) = get(id) {
        let (attr, value) = {
            let mut o = w.options.borrow_mut();
            match look {
                Look::View(v) => {
                    o.view = v;
                    ("data-view", v.as_str())
                }
                Look::Theme(t) => {
                    o.theme = t;
                    ("data-theme", t.as_str())
                }
            }
        };
        if let Some(top) = top(&w) {
            top.set(attr, value);
        }
    }
}

fn top(w: &Mounted) -> Option<Dom> {
    w.shadow.query(".ql")
}


// ---- interaction ------------------------------------------------------------------------------

fn listen(w: &Rc<Mounted>) {
    let id = w.id;
    // One closure for every event (one closure type in the wasm, not four); `Fn`, not `FnMut`, since it
    // runs re-entrantly: a key that moves focus fires focusin inside the keydown.
    // Its type is also that of `dom::once`'s callbacks (a value in, a result out): one closure type
    // in the wasm and the glue.
    // What the event does to the DOM happens in JS (`dom::handle`); what needs the widget's state comes
    // back as a code, a flag (`p`: prevent the key's default after) and an item id.
    let closure = Closure::<dyn Fn(JsValue) -> JsResult<JsValue>>::new(move |ev: JsValue| {
        let Some(w) = get(id) else { return Ok(JsValue::UNDEFINED) };
        // No borrow of the widget's state is held across a call into JS: a JS exception unwinds
        // through the wasm without dropping it, and the next `borrow_mut` would trap.
        let ui = strings(&w.options.borrow().locale);
        let act = dom::handle(&w.shadow, &ev, ui);
        let (code, flag, item) = match act.as_bytes() {
            [c, f, ..] => (*c, *f, &act[2..]),
            _ => return Ok(JsValue::UNDEFINED),
        };
        let mut prevent = flag == b'p';
        match code {
            b'f' => filter(&w, item),
            b'g' => {
                if let Some(el) = go_to(&w, item.into()) {
                    el.focus();
                }
            }
            b's' => set_selected(&w, Some(item.into())),
            b'x' => set_selected(&w, None),
            b't' => {
                select(w.id, item);
            }
            b'e' => {
                prevent = w.selected.borrow().is_some() || flag == b'o';
                set_selected(&w, None);
            }
            b'h' => follow_link(&w),
            _ => {}
        }
        if prevent {
            ev.unchecked_ref::<Dom>().prevent_default();
        }
        Ok(JsValue::UNDEFINED)
    });
    dom::listen(&w.shadow, closure.as_ref(), true);
    *w.listeners.borrow_mut() = Some(Listener { shadow: w.shadow.clone(), closure });
}

/// In the narrow (tabbed) layout, shows the section `tab` ("quotes" or "timeline").
fn show_tab(w: &Mounted, tab: &str) {
    dom::show_tab(&w.shadow, tab);
}

fn show_tab_of(w: &Mounted, item: &Dom) {
    show_tab(w, if item.is("data-kind", "event") { "timeline" } else { "quotes" });
}

/// Shows only the quotes of one speaker (`*` all, `-` the unattributed) and announces the change.
fn filter(w: &Mounted, speaker: &str) {
    let name = w.story.speakers.iter().find(|sp| sp.id == speaker).map_or("", |sp| sp.name.as_str());
    let locale = w.options.borrow().locale.clone(); // no borrow held across JS (`listen`)
    dom::filter_quotes(&w.shadow, speaker, name, strings(&locale), &locale);
}

// ---- rendering ------------------------------------------------------------------------------
//
// The widget's DOM is built in JS (`dom::render`, and `dom::part` for the loading state, an error and
// the copy fallback's textarea): every element from a spec, its tag then `|`-separated `key=value`
// attributes, each `%` in a value the next argument. Specs are text that compresses well, and the
// strings they name are native in JS, where in the wasm each was a pointer and a length.

/// Builds the whole widget once, in a fragment, then inserts it in one step: `dom::render`, over the
/// Story object that `data()` gives, with the locale's strings.
fn render(w: &Mounted) {
    let opts = w.options.borrow().clone(); // no borrow held across JS (`listen`)
    let locale = opts.locale.as_str();
    let tape = w.story.tape();
    dom::render(
        &w.shadow,
        &dom::story_js(&tape.text, &tape.nums),
        strings(locale),
        locale,
        i18n::direction(locale),
        opts.view.as_str(),
        opts.theme.as_str(),
    );
}
