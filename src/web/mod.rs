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
/// instead of dlmalloc (~2 KB gzipped more). Allocation is O(free-list length): per-article speed is the
/// same, but one 4 MB string extracts at about half the per-byte rate of a 1 MB one, and an allocation
/// pattern that leaves a hole per paragraph goes quadratic (`tests/e2e/scaling.test.mjs` guards the one
/// found). dlmalloc, measured: linear, but +2 KB and a wasm memory that creeps up one 64 KiB page per
/// few thousand mount/destroy cycles (BENCHMARKS.md, "Decisions measured and rejected").
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

/// What the JS edge returns: errors become `Error` objects with a `code`.
pub type JsResult<T> = Result<T, JsValue>;

/// Converts a core error into a JavaScript `Error` with a `code` property.
pub fn js_error(e: Error) -> JsValue {
    dom::error(&e.message, e.code.as_str(), &JsValue::UNDEFINED)
}

/// A JS `Error` from a DOM failure (rare: the host page removed something mid-call, or the browser
/// lacks an API): `what` and the cause's message, with `code: 'dom'`.
pub fn dom_error(what: &str, cause: JsValue) -> JsValue {
    dom::error(what, "dom", &cause)
}
