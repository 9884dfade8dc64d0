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

#[wasm_bindgen(inline_js = "export function oddValues() { return [{ toJSON() { return undefined; } }, [1, 2], 42, null, true, () => 1, Symbol('x')]; }")]
extern "C" {
    #[wasm_bindgen(js_name = oddValues)]
    fn odd_values() -> js_sys::Array;
}

#[wasm_bindgen_test]
fn article_values_of_every_kind_are_read_or_refused_with_bad_input() {
    let message = |input: JsValue| {
        let err = api::extract(input, JsValue::UNDEFINED).expect_err("an error");
        assert_eq!(js_sys::Reflect::get(&err, &"code".into()).unwrap().as_string().as_deref(), Some("bad-input"));
        js_sys::Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap()
    };
    // An object that refers to itself, and one whose toJSON gives nothing: JSON cannot write them.
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    assert!(message(cyclic.into()).contains("refer to itself"));
    let odd = odd_values();
    assert!(message(odd.get(0)).contains("cannot be read as JSON"));
    // Not text and not an article object.
    for v in odd.iter().skip(1) {
        assert!(message(v).starts_with("an article is text"));
    }
    // An object, and the same article as JSON text, give the same Story.
    let body = "Bridge reopens\n\"We are proud of the crews,\" mayor Lena Ortiz said on 3 March 2025.";
    let object = js_sys::Object::new();
    js_sys::Reflect::set(&object, &"body".into(), &body.into()).unwrap();
    let text = js_sys::JSON::stringify(&object).unwrap();
    let a = js_sys::JSON::stringify(&api::extract(object.into(), JsValue::UNDEFINED).unwrap()).unwrap();
    let b = js_sys::JSON::stringify(&api::extract(text.into(), JsValue::UNDEFINED).unwrap()).unwrap();
    assert_eq!(a, b);
    assert!(a.as_string().unwrap().contains("Lena Ortiz"));
}

#[wasm_bindgen_test]
fn articles_lists_the_bundled_dataset() {
    let list = js_sys::JSON::stringify(&api::articles().unwrap()).unwrap().as_string().unwrap();
    assert!(list.starts_with("[{\"id\":\"zelenskyy-security-guarantees\",\"title\":\"'Regardless of Russia's position'"), "{list}");
    assert!(list.ends_with(",\"published\":null}]"), "{list}");
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

// ---- interaction (issue 5) ------------------------------------------------------------------

/// Two speakers; the first quote shares its sentence with a date (so the event links to it); the last
/// event's sentence has em dashes before its date, so UTF-8 and UTF-16 offsets differ.
const FERRY: &str = "---\npublished: 2026-03-10\nsource: Harbour Gazette\n---\nFerry service resumes after the storm\n\"The boats will sail again on March 12,\" harbour master Lena Brandt said.\n\"We are relieved, and so are our customers,\" shop owner Tomás Ruiz said.\n\"Repairs took longer than planned,\" Brandt added.\nThe storm — the worst in years — hit the coast on March 3.";

fn mount_ferry(host: &Element) -> api::Widget {
    mount(host.clone().into(), options(&[("article", FERRY)])).unwrap()
}

fn find(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
}

/// Dispatches a keydown on `target` as a browser would; returns whether the widget handled it.
fn key(target: &Element, key: &str) -> bool {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
    ev.default_prevented()
}

fn classes(root: &ShadowRoot, class: &str) -> Vec<String> {
    let list = root.query_selector_all(&format!(".{class}")).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap().get_attribute("data-id").unwrap()).collect()
}

/// Records the `detail.id` of every `quoteline:select` on `host` ("" for a cleared selection).
type Seen = Rc<RefCell<Vec<String>>>;

fn record_selects(host: &Element) -> (Seen, Closure<dyn FnMut(web_sys::CustomEvent)>) {
    let seen: Seen = Rc::default();
    let sink = seen.clone();
    let listener = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        let id = js_sys::Reflect::get(&e.detail(), &"id".into()).unwrap().as_string().unwrap_or_default();
        sink.borrow_mut().push(id);
    });
    host.add_event_listener_with_callback("quoteline:select", listener.as_ref().unchecked_ref()).unwrap();
    (seen, listener)
}

fn story_field(w: &api::Widget, path: &[&str]) -> JsValue {
    let mut v = w.data().unwrap();
    for p in path {
        v = match p.parse::<u32>() {
            Ok(i) => js_sys::Array::from(&v).get(i),
            Err(_) => js_sys::Reflect::get(&v, &(*p).into()).unwrap(),
        };
    }
    v
}

#[wasm_bindgen_test]
fn header_shows_source_and_publication_date() {
    let host = host();
    let w = mount_ferry(&host);
    let root = shadow(&host);
    assert_eq!(texts(&root, ".ql-source"), vec!["Harbour Gazette"]);
    let published = find(&root, ".ql-published");
    assert_eq!(published.text_content().unwrap(), "10 March 2026");
    assert_eq!(published.get_attribute("datetime").as_deref(), Some("2026-03-10"));
    w.destroy();
}

#[wasm_bindgen_test]
fn selecting_highlights_the_linked_items_in_the_other_section() {
    let host = host();
    let w = mount_ferry(&host);
    let root = shadow(&host);
    let linked_event = story_field(&w, &["events", "1", "id"]).as_string().unwrap();
    assert_eq!(story_field(&w, &["events", "1", "quoteIds", "0"]).as_string().as_deref(), Some("q1"));
    assert!(w.select("q1"));
    assert_eq!(classes(&root, "is-selected"), vec!["q1"]);
    assert_eq!(classes(&root, "is-linked"), vec![linked_event.clone()]);
    assert!(w.select(&linked_event));
    assert_eq!(classes(&root, "is-selected"), vec![linked_event.clone()]);
    assert_eq!(classes(&root, "is-linked"), vec!["q1"]);
    // The event lists its quote; following that link selects the quote.
    click(&find(&root, &format!("#quoteline-{linked_event} [data-goto='q1']")));
    assert_eq!(classes(&root, "is-selected"), vec!["q1"]);
    assert!(w.select("q1")); // again: cleared
    assert!(classes(&root, "is-selected").is_empty() && classes(&root, "is-linked").is_empty());
    w.destroy();
}

#[wasm_bindgen_test]
fn speaker_filter_shows_one_speakers_quotes_and_announces_it() {
    let host = host();
    let w = mount_ferry(&host);
    let root = shadow(&host);
    let chips = texts(&root, ".ql-chip");
    assert_eq!(chips.len(), 3, "{chips:?}");
    assert_eq!(chips[0], "All3");
    assert!(chips[1].ends_with('2') && chips[2].ends_with('1'), "{chips:?}");
    let first_speaker = story_field(&w, &["speakers", "0", "name"]).as_string().unwrap();
    click(&find(&root, ".ql-chip[data-speaker='s1']"));
    assert_eq!(find(&root, ".ql-chip[data-speaker='s1']").get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(find(&root, ".ql-chip[data-speaker='*']").get_attribute("aria-pressed").as_deref(), Some("false"));
    let shown: Vec<String> = texts(&root, ".ql-quote-item:not([hidden]) blockquote");
    assert_eq!(shown.len(), 2);
    assert!(find(&root, "[data-id='q2']").has_attribute("hidden"));
    assert_eq!(texts(&root, ".ql-live"), vec![format!("Showing 2 quotes by {first_speaker}")]);
    click(&find(&root, ".ql-chip[data-speaker='s2']"));
    assert_eq!(texts(&root, ".ql-quote-item:not([hidden]) blockquote").len(), 1);
    assert!(texts(&root, ".ql-live")[0].starts_with("Showing 1 quote by "));
    // The visible item is the list's tab stop.
    assert_eq!(find(&root, "[data-id='q2']").get_attribute("tabindex").as_deref(), Some("0"));
    click(&find(&root, ".ql-chip[data-speaker='*']"));
    assert_eq!(texts(&root, ".ql-quote-item:not([hidden])").len(), 3);
    assert_eq!(texts(&root, ".ql-live"), vec!["Showing all 3 quotes"]);
    w.destroy();
}

#[wasm_bindgen_test]
fn no_filter_when_every_quote_has_the_same_speaker() {
    let host = host();
    let w = mount(host.clone().into(), options(&[("article", "zelenskyy-security-guarantees")])).unwrap();
    assert!(shadow(&host).query_selector(".ql-chip").unwrap().is_none());
    w.destroy();
}

#[wasm_bindgen_test]
fn keyboard_moves_within_a_list_toggles_details_and_escape_clears() {
    let host = host();
    let (seen, _listener) = record_selects(&host);
    let w = mount_ferry(&host);
    let root = shadow(&host);
    let q1 = find(&root, "[data-id='q1']");
    // Roving tabindex: one tab stop per list.
    assert_eq!(q1.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(find(&root, "[data-id='q2']").get_attribute("tabindex").as_deref(), Some("-1"));
    q1.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    let active = || root.active_element().and_then(|e| e.get_attribute("data-id")).unwrap_or_default();
    assert!(key(&q1, "ArrowDown"));
    assert_eq!(active(), "q2");
    assert_eq!(find(&root, "[data-id='q2']").get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(q1.get_attribute("tabindex").as_deref(), Some("-1"));
    assert!(key(&find(&root, "[data-id='q2']"), "End"));
    assert_eq!(active(), "q3");
    assert!(key(&find(&root, "[data-id='q3']"), "ArrowDown"));
    assert_eq!(active(), "q3", "stays on the last item");
    assert!(key(&find(&root, "[data-id='q3']"), "Home"));
    assert_eq!(active(), "q1");
    // Enter opens the details (the paragraph, quote marked) and selects the item.
    assert!(key(&q1, "Enter"));
    let ctx = find(&root, "[data-id='q1'] .ql-context");
    assert!(!ctx.has_attribute("hidden"));
    assert_eq!(find(&root, "[data-id='q1'] [data-action='context']").get_attribute("aria-expanded").as_deref(), Some("true"));
    let quote_text = story_field(&w, &["quotes", "0", "text"]).as_string().unwrap();
    assert_eq!(texts(&root, "[data-id='q1'] .ql-context mark"), vec![quote_text]);
    assert_eq!(seen.borrow().as_slice(), &["q1".to_string()]);
    assert!(key(&q1, " "));
    assert!(ctx.has_attribute("hidden"), "Space toggles the details closed");
    assert!(key(&q1, "Enter"));
    // Escape closes the details and clears the selection.
    assert!(key(&q1, "Escape"));
    assert!(ctx.has_attribute("hidden"));
    assert!(classes(&root, "is-selected").is_empty());
    assert_eq!(seen.borrow().last().map(String::as_str), Some(""));
    // Arrow keys in the timeline stay in the timeline.
    let e1 = find(&root, ".ql-event-item");
    e1.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    assert!(key(&e1, "ArrowDown"));
    assert_eq!(root.active_element().unwrap().get_attribute("data-kind").as_deref(), Some("event"));
    // Keys outside the widget are the page's.
    let body = document().body().unwrap();
    assert!(!key(&body, "ArrowDown") && !key(&body, "Escape") && !key(&body, "End"));
    w.destroy();
}

#[wasm_bindgen_test]
fn tabs_switch_sections_with_click_and_arrow_keys() {
    let host = host();
    let w = mount_ferry(&host);
    let root = shadow(&host);
    let top = find(&root, ".ql");
    assert_eq!(texts(&root, "[role=tab]"), vec!["Quotes3", "Timeline2"]);
    let quotes_tab = find(&root, "#ql-tab-quotes");
    assert_eq!(quotes_tab.get_attribute("aria-selected").as_deref(), Some("true"));
    assert!(key(&quotes_tab, "ArrowRight"));
    assert_eq!(top.get_attribute("data-tab").as_deref(), Some("timeline"));
    assert_eq!(find(&root, "#ql-tab-timeline").get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(find(&root, "#ql-tab-timeline").get_attribute("tabindex").as_deref(), Some("0"));
    click(&quotes_tab);
    assert_eq!(top.get_attribute("data-tab").as_deref(), Some("quotes"));
    w.destroy();
}

#[wasm_bindgen_test]
fn copy_puts_the_citation_on_the_clipboard() {
    let copied: Rc<RefCell<Vec<String>>> = Rc::default();
    let sink = copied.clone();
    let write = Closure::<dyn FnMut(String) -> js_sys::Promise>::new(move |t: String| {
        sink.borrow_mut().push(t);
        js_sys::Promise::resolve(&JsValue::UNDEFINED)
    });
    let clipboard = js_sys::Object::new();
    js_sys::Reflect::set(&clipboard, &"writeText".into(), write.as_ref()).unwrap();
    let navigator: js_sys::Object = web_sys::window().unwrap().navigator().unchecked_into();
    let desc = js_sys::Object::new();
    js_sys::Reflect::set(&desc, &"value".into(), &clipboard).unwrap();
    js_sys::Reflect::set(&desc, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &desc);

    let host = host();
    let w = mount_ferry(&host);
    let root = shadow(&host);
    click(&find(&root, "[data-id='q2'] [data-action='copy']"));
    let name = story_field(&w, &["speakers", "1", "name"]).as_string().unwrap();
    // `“quote” — Name, Role`: the role is the one the article gives before the name ("shop owner").
    assert_eq!(copied.borrow().as_slice(), &[format!("\u{201C}We are relieved, and so are our customers\u{201D} \u{2014} {name}, shop owner")]);
    js_sys::Reflect::delete_property(&navigator, &"clipboard".into()).unwrap();
    w.destroy();
}

#[wasm_bindgen_test]
fn show_in_context_marks_the_words_by_utf16_offsets() {
    let host = host();
    let w = mount_ferry(&host);
    let root = shadow(&host);
    // The storm sentence: em dashes before the date make byte and UTF-16 offsets differ.
    let e1 = find(&root, "[data-id='e1']");
    assert_eq!(texts(&root, "[data-id='e1'] .ql-event-text mark"), vec!["March 3"]);
    let button = find(&root, "[data-id='e1'] [data-action='context']");
    assert_eq!(button.text_content().unwrap(), "Show in context");
    click(&button);
    assert_eq!(button.text_content().unwrap(), "Hide context");
    assert!(e1.class_list().contains("is-open"));
    assert_eq!(texts(&root, "[data-id='e1'] .ql-context mark"), vec!["The storm — the worst in years — hit the coast on March 3."]);
    assert_eq!(classes(&root, "is-selected"), vec!["e1"]);
    w.destroy();
}

fn set_url_hash(hash: &str) {
    let window = web_sys::window().unwrap();
    let history = js_sys::Reflect::get(&window, &"history".into()).unwrap();
    let replace: js_sys::Function = js_sys::Reflect::get(&history, &"replaceState".into()).unwrap().unchecked_into();
    let path = window.location().pathname().unwrap() + &window.location().search().unwrap();
    replace.call3(&history, &JsValue::NULL, &"".into(), &format!("{path}{hash}").into()).unwrap();
}

fn hashchange() {
    let window = web_sys::window().unwrap();
    window.dispatch_event(&web_sys::Event::new("hashchange").unwrap()).unwrap();
}

#[wasm_bindgen_test]
fn deep_link_selects_on_load_and_on_hashchange_until_destroyed() {
    let host = host();
    let (seen, _listener) = record_selects(&host);
    set_url_hash("#quoteline-q2");
    let w = mount_ferry(&host);
    let root = shadow(&host);
    assert_eq!(classes(&root, "is-selected"), vec!["q2"]);
    assert_eq!(texts(&root, "[data-id='q2'] a.ql-link"), vec!["Link"]);
    assert_eq!(find(&root, "[data-id='q2'] a.ql-link").get_attribute("href").as_deref(), Some("#quoteline-q2"));
    // A timeline link switches the narrow layout to the timeline tab.
    set_url_hash("#quoteline-e1");
    hashchange();
    assert_eq!(classes(&root, "is-selected"), vec!["e1"]);
    assert_eq!(find(&root, ".ql").get_attribute("data-tab").as_deref(), Some("timeline"));
    // Unknown items are ignored.
    set_url_hash("#quoteline-q99");
    hashchange();
    assert_eq!(classes(&root, "is-selected"), vec!["e1"]);
    assert_eq!(seen.borrow().as_slice(), &["q2".to_string(), "e1".to_string()]);
    w.destroy();
    // After destroy the window listener is gone: no more events.
    set_url_hash("#quoteline-q1");
    hashchange();
    assert_eq!(seen.borrow().len(), 2);
    set_url_hash("");
}

#[wasm_bindgen_test]
fn destroy_removes_listeners_and_state_even_mid_interaction() {
    let host = host();
    let before = api::mounted_count();
    let w = mount_ferry(&host);
    let root = shadow(&host);
    let q1 = find(&root, "[data-id='q1']");
    click(&find(&root, ".ql-chip[data-speaker='s2']"));
    assert!(key(&q1, "Enter"));
    w.destroy();
    assert_eq!(host.child_element_count(), 0);
    assert_eq!(api::mounted_count(), before);
    // The detached nodes no longer react.
    assert!(!key(&q1, "ArrowDown"));
    assert!(!w.select("q1"));
}

#[wasm_bindgen_test]
fn ukrainian_labels_come_from_intl_with_the_genitive_month() {
    let host = host();
    let w = mount(host.clone().into(), options(&[("article", "zelenskyy-security-guarantees"), ("published", "2026-02-06"), ("locale", "uk")])).unwrap();
    let root = shadow(&host);
    let labels = texts(&root, ".ql-event-item time");
    assert!(labels[0].starts_with("Кінець січня 2026"), "{labels:?}");
    assert!(labels[1].starts_with("1 лютого 2026"), "{labels:?}");
    assert_eq!(texts(&root, "[role=tab]")[0], "Цитати3");
    assert_eq!(find(&root, ".ql").get_attribute("lang").as_deref(), Some("uk"));
    w.destroy();
}

#[wasm_bindgen_test]
fn british_english_dates_without_intl_match_intl() {
    use quoteline::web::dom::format_date;
    // "en-GB" takes the table path; the same locale with a Unicode extension goes through Intl.
    for (y, m, d) in [(Some(2026), 2, 5), (Some(2026), 11, 0), (None, 1, 31), (None, 12, 0), (Some(1914), 0, 0), (Some(33), 7, 4), (Some(9999), 12, 31)] {
        for strip in [false, true] {
            let fast = format_date("en-GB", y, m, d, strip);
            assert_eq!(fast, format_date("en-GB-u-nu-latn", y, m, d, strip), "{y:?}-{m}-{d} strip {strip}");
            assert!(!fast.is_empty());
        }
    }
    assert_eq!(format_date("en-GB", Some(2026), 2, 5, false), "5 February 2026");
    assert_eq!(format_date("en-GB", Some(-43), 3, 15, false), format_date("en-GB-u-nu-latn", Some(-43), 3, 15, false));
}

#[wasm_bindgen_test]
fn date_labels_for_every_precision() {
    use quoteline::web::i18n::date_label;
    assert_eq!(date_label("2026-02-05", None, "en"), "5 February 2026");
    assert_eq!(date_label("2026-01", Some("END"), "en"), "End of January 2026");
    assert_eq!(date_label("XXXX-01", Some("END"), "en"), "End of January");
    assert_eq!(date_label("XXXX-01", Some("END"), "uk"), "Кінець січня");
    assert_eq!(date_label("XXXX-01", Some("START"), "en-US"), "Start of January");
    assert_eq!(date_label("2025-SP", None, "en"), "Spring 2025");
    assert_eq!(date_label("2025-SP", None, "uk"), "Весна 2025");
    assert_eq!(date_label("XXXX-SU", None, "en"), "Summer (year not given)");
    assert_eq!(date_label("199", None, "en"), "the 1990s");
    assert_eq!(date_label("2026-Q1", None, "en"), "Q1 2026");
    assert_eq!(date_label("2026-W06", None, "en"), "Week 6, 2026");
    assert_eq!(date_label("2026", Some("APPROX"), "en"), "About 2026");
    assert_eq!(date_label("PRESENT_REF", None, "uk"), "Зараз");
    assert_eq!(date_label("nonsense", None, "en"), "nonsense");
    // Halves, weeks and quarters read their number as `str::parse` would; anything else is shown as is.
    assert_eq!(date_label("2026-H2", None, "en"), "Second half of 2026");
    assert_eq!(date_label("2026-H01", None, "en"), "First half of 2026");
    assert_eq!(date_label("2026-W+5", None, "en"), "Week 5, 2026");
    assert_eq!(date_label("XXXX-Q2", None, "en"), "Q2 (year not given)");
    for odd in ["2026-H3", "2026-H", "2026-W54", "2026-W0", "2026-Q01", "2026-Q5", "2026-W99999999999999999999999", "2026-Wé", "2026-éx", "-", ""] {
        assert_eq!(date_label(odd, None, "en"), odd);
    }
    assert_eq!(date_label("2026", Some("ON_OR_AFTER"), "en"), "After 2026");
    assert_eq!(date_label("2026", Some("LESS_THAN"), "en"), "2026");
    assert_eq!(date_label("FUTURE_REF", None, "en"), "Later");
}

#[wasm_bindgen_test]
fn unknown_year_is_said_not_invented() {
    let host = host();
    let w = mount(host.clone().into(), options(&[("article", "Storm\nThe storm hit the coast on March 3.")])).unwrap();
    let root = shadow(&host);
    assert_eq!(texts(&root, ".ql-event-item time"), vec!["3 March"]);
    assert_eq!(texts(&root, ".ql-note"), vec!["year not given"]);
    assert!(find(&root, ".ql-event-item time").get_attribute("datetime").is_none());
    assert_eq!(texts(&root, ".ql-quotes .ql-empty"), vec!["No quotes found in this article."]);
    w.destroy();
}

#[wasm_bindgen_test]
fn right_to_left_locales_are_mirrored_and_bad_locales_fall_back() {
    let host = host();
    let w = mount(host.clone().into(), options(&[("article", FERRY), ("locale", "ar")])).unwrap();
    assert_eq!(find(&shadow(&host), ".ql").get_attribute("dir").as_deref(), Some("rtl"));
    // In a right-to-left layout, the left arrow moves to the next tab.
    let tab = find(&shadow(&host), "#ql-tab-quotes");
    assert!(key(&tab, "ArrowLeft"));
    assert_eq!(find(&shadow(&host), ".ql").get_attribute("data-tab").as_deref(), Some("timeline"));
    // Article text keeps its own language and direction inside the mirrored widget.
    let quote = find(&shadow(&host), ".ql-quote-text p");
    assert_eq!((quote.get_attribute("dir").as_deref(), quote.get_attribute("lang").as_deref()), (Some("auto"), Some("en")));
    assert_eq!(texts(&shadow(&host), "[role=tab]")[0], "الاقتباسات3");
    // A language without a string table gets the English widget throughout, not a mix.
    let w3 = mount(host.clone().into(), options(&[("article", FERRY), ("locale", "fr")])).unwrap();
    let top = find(&shadow(&host), ".ql");
    assert_eq!((top.get_attribute("lang").as_deref(), top.get_attribute("dir").as_deref()), (Some("en"), Some("ltr")));
    assert_eq!(texts(&shadow(&host), ".ql-published"), vec!["10 March 2026"]);
    w3.destroy();
    // A tag Intl rejects must not break rendering.
    let w2 = mount(host.clone().into(), options(&[("article", FERRY), ("locale", "x_1")])).unwrap();
    assert!(!w.mounted());
    assert_eq!(find(&shadow(&host), ".ql").get_attribute("lang").as_deref(), Some("en"));
    w2.destroy();
}

#[wasm_bindgen_test]
fn loading_state_reserves_room_until_the_widget_replaces_it() {
    let host = host();
    quoteline::web::widget::mount_loading(&host, "en").unwrap();
    let loading = find(&shadow(&host), ".ql-loading");
    assert_eq!(loading.get_attribute("aria-busy").as_deref(), Some("true"));
    assert!(loading.dyn_ref::<HtmlElement>().unwrap().offset_height() >= 150);
    let w = mount_ferry(&host);
    assert_eq!(host.child_element_count(), 1);
    assert!(shadow(&host).query_selector(".ql-loading").unwrap().is_none());
    w.destroy();
}

#[wasm_bindgen_test]
fn set_view_and_set_theme_change_the_widget_in_place() {
    let host = host();
    let w = mount_ferry(&host);
    let top = find(&shadow(&host), ".ql");
    assert_eq!(top.get_attribute("data-theme").as_deref(), Some("auto"));
    w.set_theme("dark").unwrap();
    w.set_view("timeline").unwrap();
    assert_eq!(top.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(top.get_attribute("data-view").as_deref(), Some("timeline"));
    assert!(w.set_theme("sepia").is_err());
    w.destroy();
}

#[wasm_bindgen_test]
fn a_page_may_destroy_the_widget_from_its_select_listener() {
    let host = host();
    let target = host.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        api::unmount(&target);
    });
    host.add_event_listener_with_callback("quoteline:select", listener.as_ref().unchecked_ref()).unwrap();
    let w = mount_ferry(&host);
    let root = shadow(&host);
    let q1 = find(&root, "[data-id='q1']");
    click(&q1);
    assert!(!w.mounted());
    assert_eq!(host.child_element_count(), 0);
    // Further input on the detached nodes is ignored, and a new widget mounts cleanly.
    assert!(!key(&q1, "Enter"));
    let again = mount_ferry(&host);
    assert!(again.mounted());
    host.remove_event_listener_with_callback("quoteline:select", listener.as_ref().unchecked_ref()).unwrap();
    again.destroy();
}

/// The stylesheet is minified at compile time; the browser must read the same rules from both texts.
#[wasm_bindgen_test]
fn the_minified_stylesheet_parses_to_the_same_rules() {
    use quoteline::web::css::{CSS, SOURCE};
    assert!(!CSS.contains("/*") && !CSS.contains('\n'));
    assert!(CSS.len() * 10 < SOURCE.len() * 9, "minified {} of {} bytes", CSS.len(), SOURCE.len());
    let rules = |css: &str| -> Vec<String> {
        let sheet = web_sys::CssStyleSheet::new().unwrap();
        sheet.replace_sync(css).unwrap();
        let list = js_sys::Reflect::get(&sheet, &"cssRules".into()).unwrap();
        let n = js_sys::Reflect::get(&list, &"length".into()).unwrap().as_f64().unwrap() as u32;
        (0..n)
            .map(|i| {
                let rule = js_sys::Reflect::get_u32(&list, i).unwrap();
                // Custom property values keep their white space as written (`var(--a, #fff)`).
                js_sys::Reflect::get(&rule, &"cssText".into()).unwrap().as_string().unwrap().replace(", ", ",")
            })
            .collect()
    };
    let (min, src) = (rules(CSS), rules(SOURCE));
    assert!(src.len() > 20);
    assert_eq!(min, src);
}
