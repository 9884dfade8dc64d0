//! The browser edge: the JS API (`api`), the widget that renders a Story in a Shadow DOM (`widget`),
//! its UI strings and date labels (`i18n`), and reading an article from the page (`page`). Thin layers:
//! every decision about text lives in the core.

/// `mount`, `extract`, `articles`, `autoMount`: the module's exported functions.
pub mod api;
/// The widget's stylesheet, minified at compile time.
pub mod css;
/// The DOM and `Intl` calls the edge makes, bound once (fewer imports and less glue).
pub mod dom;
/// UI strings per locale and date labels through `Intl`.
pub mod i18n;
/// Reading an article from an element of the host page.
pub mod page;
/// The widget: DOM built through web-sys, events, selection, teardown.
pub mod widget;

use crate::error::Error;
use wasm_bindgen::JsValue;

/// The wasm build's allocator: lol_alloc's free list (sorted, coalescing; a few hundred bytes of code)
/// instead of the default dlmalloc (~7.5 KB raw, ~3 KB gzipped). Allocation is O(free-list length):
/// per-article speed is unchanged and a 4 MB article extracts about 10 % slower (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

/// What the JS edge returns: errors become `Error` objects with a `code`.
pub type JsResult<T> = Result<T, JsValue>;

/// Converts a core error into a JavaScript `Error` with a `code` property.
pub fn js_error(e: Error) -> JsValue {
    let err = js_sys::Error::new(&e.message);
    let _ = js_sys::Reflect::set(&err, &"code".into(), &e.code.as_str().into());
    err.into()
}

/// A JS `Error` from a DOM failure (rare: the host page removed something mid-call, or the browser
/// lacks an API).
pub fn dom_error(what: &str, cause: JsValue) -> JsValue {
    let detail = cause.as_string().or_else(|| {
        js_sys::Reflect::get(&cause, &"message".into()).ok().and_then(|m| m.as_string())
    });
    let msg = match detail {
        Some(d) => dom::cat(&[what, ": ", &d]),
        None => what.into(),
    };
    let err = js_sys::Error::new(&msg);
    let _ = js_sys::Reflect::set(&err, &"code".into(), &"dom".into());
    err.into()
}
