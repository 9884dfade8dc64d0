//! The widget and the JS API in a real headless Chromium (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

use quoteline::web::api::{self, mount};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn host() -> Element {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn shadow(host: &Element) -> ShadowRoot {
    host.query_selector("quoteline-root").unwrap().expect("widget root").shadow_root().expect("open shadow root")
}

fn texts(root: &ShadowRoot, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    o.into()
}

#[wasm_bindgen_test]
fn mount_renders_the_seed_quotes_and_events() {
    let host = host();
    let w = mount(host.clone().into(), options(&[("article", "zelenskyy-security-guarantees")])).unwrap();
    let root = shadow(&host);
    assert_eq!(texts(&root, ".ql-headline"), vec!["'Regardless of Russia's position': Zelenskyy names key condition for peace"]);
    let quotes = texts(&root, ".ql-quote-item blockquote");
    assert_eq!(quotes.len(), 3);
    assert!(quotes[1].starts_with("I would very much like us to first sign security guarantees"));
    assert_eq!(texts(&root, ".ql-quote-item cite"), vec!["Volodymyr Zelenskyy"; 3]);
    assert_eq!(texts(&root, ".ql-quote-item .ql-role"), vec!["President"; 3]);
    assert_eq!(texts(&root, ".ql-event-item time"), vec!["End of January", "1 February", "5 February"]);
    assert!(texts(&root, ".ql-event-item .ql-event-text")[2].starts_with("On February 5, another round of talks"));
    w.destroy();
}

#[wasm_bindgen_test]
fn published_date_puts_years_in_labels_and_datetime() {
    let host = host();
    let w = mount(host.clone().into(), options(&[("article", "zelenskyy-security-guarantees"), ("published", "2026-02-06")])).unwrap();
    let root = shadow(&host);
    assert_eq!(texts(&root, ".ql-event-item time"), vec!["End of January 2026", "1 February 2026", "5 February 2026"]);
    let t = root.query_selector(".ql-event-item time").unwrap().unwrap();
    assert_eq!(t.get_attribute("datetime").as_deref(), Some("2026-01"));
    w.destroy();
}

#[wasm_bindgen_test]
fn clicking_an_item_selects_it_and_fires_quoteline_select() {
    let host = host();
    let seen: Rc<RefCell<Vec<(String, String)>>> = Rc::default();
    let sink = seen.clone();
    let listener = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        let d = e.detail();
        let get = |k: &str| js_sys::Reflect::get(&d, &k.into()).unwrap().as_string().unwrap_or_default();
        sink.borrow_mut().push((get("kind"), get("id")));
    });
    host.add_event_listener_with_callback("quoteline:select", listener.as_ref().unchecked_ref()).unwrap();
    let w = mount(host.clone().into(), options(&[("article", "zelenskyy-security-guarantees")])).unwrap();
    let root = shadow(&host);
    let event = root.query_selector("[data-id='e2'] p").unwrap().unwrap();
    event.dyn_ref::<HtmlElement>().unwrap().click();
    assert_eq!(seen.borrow().as_slice(), &[("event".to_string(), "e2".to_string())]);
    let li = root.query_selector("[data-id='e2']").unwrap().unwrap();
    assert!(li.class_list().contains("is-selected"));
    assert_eq!(li.get_attribute("aria-current").as_deref(), Some("true"));
    // Selecting a quote moves the selection.
    assert!(w.select("q1"));
    assert!(!li.class_list().contains("is-selected"));
    assert_eq!(seen.borrow().last().unwrap(), &("quote".to_string(), "q1".to_string()));
    assert!(!w.select("q99"));
    w.destroy();
}

#[wasm_bindgen_test]
fn destroy_leaves_nothing_behind() {
    let host = host();
    let before = api::mounted_count();
    let w = mount(host.clone().into(), options(&[("article", "zelenskyy-security-guarantees")])).unwrap();
    assert_eq!(api::mounted_count(), before + 1);
    w.destroy();
    assert_eq!(host.child_element_count(), 0);
    assert_eq!(api::mounted_count(), before);
    assert!(!w.mounted());
    assert!(w.data().is_err());
    w.destroy(); // twice is fine
}

#[wasm_bindgen_test]
fn mounting_again_replaces_the_widget() {
    let host = host();
    let a = mount(host.clone().into(), options(&[("article", "zelenskyy-security-guarantees")])).unwrap();
    let b = mount(host.clone().into(), options(&[("article", "zelenskyy-security-guarantees"), ("view", "quotes")])).unwrap();
    assert_eq!(host.child_element_count(), 1);
    assert!(!a.mounted());
    b.destroy();
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_with_a_code() {
    let host = host();
    for (opts, code) in [
        (options(&[("article", "no-such-article")]), "not-found"),
        (options(&[("article", "zelenskyy-security-guarantees"), ("published", "06/02/2026")]), "bad-input"),
        (options(&[("article", "zelenskyy-security-guarantees"), ("view", "sideways")]), "bad-input"),
        (JsValue::UNDEFINED, "bad-input"),
    ] {
        let err = mount(host.clone().into(), opts).err().expect("an error");
        let got = js_sys::Reflect::get(&err, &"code".into()).unwrap().as_string();
        assert_eq!(got.as_deref(), Some(code));
        assert!(err.is_instance_of::<js_sys::Error>());
        // The target shows the message too (one error display, replaced by the next attempt).
        let message = js_sys::Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap();
        assert_eq!(host.child_element_count(), 1);
        let shown = host.first_element_child().unwrap().shadow_root().unwrap().text_content().unwrap();
        assert!(shown.contains(&message), "{shown}");
    }
}

#[wasm_bindgen_test]
fn extract_returns_the_story_as_plain_data() {
    let story = api::extract("Dam opens\n\"It holds,\" engineer Ines Vale said on May 2.".into(), JsValue::UNDEFINED).unwrap();
    let quotes = js_sys::Reflect::get(&story, &"quotes".into()).unwrap();
    assert_eq!(js_sys::Array::from(&quotes).length(), 1);
    let article = js_sys::Reflect::get(&story, &"article".into()).unwrap();
    assert!(js_sys::Reflect::get(&article, &"published".into()).unwrap().is_null());
    let err = api::extract("{\"title\": ".into(), JsValue::UNDEFINED).unwrap_err();
    let msg = js_sys::Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap();
    assert!(msg.contains("line 1"), "{msg}");
}

#[wasm_bindgen_test]
fn article_text_is_rendered_as_text_never_markup() {
    let host = host();
    let body = "<img src=x onerror=\"window.__pwned=1\">\n\"<script>window.__pwned=2</script> is what they typed,\" reporter Mia Stone said.";
    let article = js_sys::Object::new();
    js_sys::Reflect::set(&article, &"body".into(), &body.into()).unwrap();
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"article".into(), &article).unwrap();
    let w = mount(host.clone().into(), o.into()).unwrap();
    let root = shadow(&host);
    assert!(root.query_selector("img, script").unwrap().is_none());
    assert!(texts(&root, ".ql-headline")[0].starts_with("<img src=x"));
    assert!(js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap().is_undefined());
    w.destroy();
}

#[wasm_bindgen_test]
fn auto_mount_mounts_marked_elements_once() {
    let host = host();
    host.set_attribute("data-quoteline", "").unwrap();
    host.set_attribute("data-article", "zelenskyy-security-guarantees").unwrap();
    let bad = self::host();
    bad.set_attribute("data-quoteline", "").unwrap();
    bad.set_attribute("data-article", "missing-story").unwrap();
    let first = api::auto_mount(JsValue::UNDEFINED).unwrap();
    assert!(first >= 1);
    assert_eq!(api::auto_mount(JsValue::UNDEFINED).unwrap(), 0);
    assert_eq!(host.child_element_count(), 1);
    let err = texts(&shadow(&bad), ".ql-error");
    assert!(err[0].contains("missing-story"), "{err:?}");
    assert!(api::unmount(&host));
    assert!(api::unmount(&bad));
    assert_eq!(host.child_element_count(), 0);
}
