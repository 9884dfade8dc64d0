//! The module's JS API (CONTRACT.md): `mount`, `extract`, `articles`, `autoMount`, and the `Widget`
//! handle. `init` is wasm-pack's default export. Options are read with `Reflect`, so any object (or
//! none) is accepted; a wrong value is an `Error` with `code: 'bad-input'`, never a panic.

use super::widget::{self, Theme, View, WidgetOptions};
use super::{dom_error, js_error, page, JsResult};
use crate::article::{article_from_json, parse_article, Article};
use crate::error::Error;
use crate::json::Value;
use crate::story::{self, Options, Story};
use crate::time::Date;
use crate::dataset;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

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
    pub fn data(&self) -> JsResult<JsValue> {
        let w = widget::get(self.id).ok_or_else(|| js_error(Error::not_found("this widget has been destroyed")))?;
        to_js(&w.story)
    }

    /// Shows `'both'`, `'quotes'` or `'timeline'`.
    #[wasm_bindgen(js_name = setView)]
    pub fn set_view(&self, view: &str) -> JsResult<()> {
        widget::set_view(self.id, parse_view(view)?);
        Ok(())
    }

    /// Switches to `'light'`, `'dark'` or `'auto'`.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&self, theme: &str) -> JsResult<()> {
        widget::set_theme(self.id, parse_theme(theme)?);
        Ok(())
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
}

/// Renders the quotes and timeline of an article into `target` (an element or a CSS selector). When
/// the options are wrong it throws, and also shows the message inside `target` and fires
/// `quoteline:error` there, so a reader sees why and a page can react.
#[wasm_bindgen]
pub fn mount(target: JsValue, options: JsValue) -> JsResult<Widget> {
    let host = resolve_target(&target)?;
    let result = story_for(&options).and_then(|story| {
        let wopts = widget_options(&options)?;
        widget::mount(&host, story, wopts)
    });
    match result {
        Ok(id) => Ok(Widget { id }),
        Err(e) => {
            show_error(&host, &e);
            Err(e)
        }
    }
}

/// Shows a thrown error inside `host` and fires `quoteline:error` on it.
fn show_error(host: &Element, e: &JsValue) {
    let code = js_sys::Reflect::get(e, &"code".into()).ok().and_then(|c| c.as_string()).unwrap_or_else(|| "bad-input".into());
    let message = js_sys::Reflect::get(e, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_else(|| "Quoteline could not show this article.".into());
    let _ = widget::mount_error(host, &code, &format!("Quoteline: {message}"));
}

/// The Story of an article given as text (plain or JSON form) or as an object `{ title, body, … }`.
#[wasm_bindgen]
pub fn extract(input: JsValue, options: JsValue) -> JsResult<JsValue> {
    let article = article_from_js(&input).map_err(js_error)?;
    let published = published_option(&options)?;
    to_js(&story::extract(&article, &Options { published }))
}

/// The bundled dataset: `[{ id, title, published }]`.
#[wasm_bindgen]
pub fn articles() -> JsResult<JsValue> {
    let list = js_sys::Array::new();
    for a in dataset::all() {
        let o = js_sys::Object::new();
        set(&o, "id", &a.meta.id.as_deref().map_or(JsValue::NULL, JsValue::from));
        set(&o, "title", &a.headline().map_or(JsValue::NULL, JsValue::from));
        set(&o, "published", &a.meta.published.map_or(JsValue::NULL, |d| JsValue::from(d.to_string())));
        list.push(&o);
    }
    Ok(list.into())
}

/// Mounts every `[data-quoteline]` element under `root` (default: the document) that is not mounted
/// yet, with options from its `data-*` attributes. An element whose options are wrong shows the error
/// inside itself and fires `quoteline:error`. Returns how many widgets it mounted.
#[wasm_bindgen(js_name = autoMount)]
pub fn auto_mount(root: JsValue) -> JsResult<u32> {
    let nodes = if root.is_undefined() || root.is_null() {
        document()?.query_selector_all("[data-quoteline]")
    } else if let Some(el) = root.dyn_ref::<Element>() {
        el.query_selector_all("[data-quoteline]")
    } else if let Some(doc) = root.dyn_ref::<web_sys::Document>() {
        doc.query_selector_all("[data-quoteline]")
    } else {
        return Err(js_error(Error::bad_input("autoMount(root) takes an element or a document")));
    }
    .map_err(|e| dom_error("could not search the page", e))?;
    let mut count = 0;
    for i in 0..nodes.length() {
        let Some(host) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if widget::mounted_on(&host).is_some() {
            continue;
        }
        let options = options_from_data(&host);
        let result = story_for(&options).and_then(|story| {
            let w = widget_options(&options)?;
            widget::mount(&host, story, w)
        });
        match result {
            Ok(_) => count += 1,
            Err(e) => show_error(&host, &e),
        }
    }
    Ok(count)
}

/// Destroys the widget mounted on `element`, if any (what the script-tag loader calls when a page
/// removes an element). Returns whether there was one.
#[wasm_bindgen(js_name = unmount)]
pub fn unmount(element: &Element) -> bool {
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

fn document() -> JsResult<web_sys::Document> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| dom_error("no document", JsValue::NULL))
}

fn set(o: &js_sys::Object, k: &str, v: &JsValue) {
    let _ = js_sys::Reflect::set(o, &k.into(), v);
}

fn to_js(story: &Story) -> JsResult<JsValue> {
    use serde::Serialize;
    story
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error(Error::bad_input(format!("could not convert the Story: {e}"))))
}

fn resolve_target(target: &JsValue) -> JsResult<Element> {
    if let Some(sel) = target.as_string() {
        return document()?
            .query_selector(&sel)
            .map_err(|_| js_error(Error::bad_input(format!("{sel:?} is not a valid CSS selector"))))?
            .ok_or_else(|| js_error(Error::not_found(format!("no element matches {sel:?}"))));
    }
    target
        .dyn_ref::<Element>()
        .cloned()
        .ok_or_else(|| js_error(Error::bad_input("mount(target, options): target must be an element or a CSS selector")))
}

/// `options[key]` as a string, when it is one.
fn opt_string(options: &JsValue, key: &str) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    js_sys::Reflect::get(options, &key.into()).ok().and_then(|v| v.as_string())
}

fn opt(options: &JsValue, key: &str) -> JsValue {
    if !options.is_object() {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(options, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn published_option(options: &JsValue) -> JsResult<Option<Date>> {
    let v = opt(options, "published");
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    let s = v.as_string().unwrap_or_default();
    if s.is_empty() {
        return Ok(None);
    }
    Date::parse_iso(&s)
        .map(Some)
        .ok_or_else(|| js_error(Error::bad_input(format!("published must be a date written YYYY-MM-DD, not {s:?}"))))
}

fn parse_view(v: &str) -> JsResult<View> {
    View::parse(v).ok_or_else(|| js_error(Error::bad_input(format!("view must be 'both', 'quotes' or 'timeline', not {v:?}"))))
}

fn parse_theme(v: &str) -> JsResult<Theme> {
    Theme::parse(v).ok_or_else(|| js_error(Error::bad_input(format!("theme must be 'light', 'dark' or 'auto', not {v:?}"))))
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
            return Err(js_error(Error::bad_input(format!("locale must be a language tag such as 'en' or 'uk', not {l:?}"))));
        }
        w.locale = l;
    }
    Ok(w)
}

/// The Story for `mount` options: from `article` (a bundled id, article text, or an object) or from
/// `source` (an element of the page, or its selector).
fn story_for(options: &JsValue) -> JsResult<Story> {
    let published = published_option(options)?;
    let article_opt = opt(options, "article");
    let source_opt = opt(options, "source");
    let article = if !article_opt.is_undefined() && !article_opt.is_null() {
        match article_opt.as_string() {
            Some(s) if !s.contains('\n') && s.len() < 200 => dataset::get(s.trim()).map_err(js_error)?,
            Some(_) | None => article_from_js(&article_opt).map_err(js_error)?,
        }
    } else if !source_opt.is_undefined() && !source_opt.is_null() {
        let el = resolve_target(&source_opt)?;
        page::read_article(&el)
    } else {
        return Err(js_error(Error::bad_input(
            "give options.article (a bundled article id, article text, or { title, body }) or options.source (an element or selector)",
        )));
    };
    Ok(story::extract(&article, &Options { published }))
}

/// An article from a string (plain text or JSON form) or an object `{ title, body, published, … }`.
pub fn article_from_js(input: &JsValue) -> Result<Article, Error> {
    if let Some(s) = input.as_string() {
        return parse_article(&s);
    }
    if !input.is_object() {
        return Err(Error::bad_input("an article is text or an object { title, body, published }"));
    }
    let mut members = Vec::new();
    for entry in js_sys::Object::entries(input.unchecked_ref()).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let Some(key) = pair.get(0).as_string() else { continue };
        let v = pair.get(1);
        let value = if let Some(s) = v.as_string() {
            Value::String(s)
        } else if let Some(n) = v.as_f64() {
            Value::Number(n.to_string())
        } else if let Some(b) = v.as_bool() {
            Value::Bool(b)
        } else if v.is_null() || v.is_undefined() {
            Value::Null
        } else {
            Value::Object(Vec::new())
        };
        members.push((key, value));
    }
    article_from_json(&Value::Object(members))
}

/// `mount` options from an element's `data-*` attributes.
fn options_from_data(host: &Element) -> JsValue {
    let o = js_sys::Object::new();
    for (attr, key) in [
        ("data-article", "article"),
        ("data-source", "source"),
        ("data-view", "view"),
        ("data-theme", "theme"),
        ("data-locale", "locale"),
        ("data-published", "published"),
    ] {
        if let Some(v) = host.get_attribute(attr) {
            set(&o, key, &JsValue::from(v));
        }
    }
    o.into()
}
