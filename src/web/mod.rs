//! The browser edge: the JS API (`api`), the widget that renders a Story in a Shadow DOM (`widget`),
//! its UI strings and date labels (`i18n`), and reading an article from the page (`page`). Thin layers:
//! every decision about text lives in the core.

/// The page's allocator: talc over wasm memory grown two pages at a time.
pub mod allocator;
/// `mount`, `extract`, `articles`, `autoMount`: the module's exported functions.
pub mod api;
/// The widget's stylesheet, minified at compile time.
pub mod css;
/// The DOM and `Intl` calls the edge makes, bound once (fewer imports and less glue), and the JS that
/// builds the widget's DOM and does the DOM side of its events.
pub mod dom;
/// UI strings per locale and date labels through `Intl`.
pub mod i18n;
/// Reading an article from an element of the host page.
pub mod page;
/// The widget: its state (Story, selection, options), events, deep links, copy, teardown; its DOM is
/// built by `dom::render`.
pub mod widget;

use crate::error::Error;
use wasm_bindgen::JsValue;

/// The wasm build's allocator: talc (`allocator`), bounded-time allocation and free, +0.4 KB gzipped
/// over lol_alloc's free list, which walked every free block on each call (quadratic on one paragraph
/// of many quotes by many speakers; 4 MB strings at half the per-byte rate of 1 MB). dlmalloc, also
/// linear, is 2.4 KB gzipped more (BENCHMARKS.md, "Size", "The allocator: talc instead of lol_alloc").
#[cfg(not(feature = "bench"))]
#[global_allocator]
static ALLOCATOR: allocator::PageAllocator = allocator::page_allocator();

/// `--features bench` only (never in the page build): the same allocator, counting the bytes and blocks
/// that are live, for `heapStats()`, which `bench/browser.mjs` reads across mount/destroy cycles to tell
/// a leak (live bytes that climb) from fragmentation (flat live bytes, more pages).
#[cfg(feature = "bench")]
#[global_allocator]
static ALLOCATOR: heap::Counting = heap::Counting(
    allocator::page_allocator(),
    core::sync::atomic::AtomicUsize::new(0),
    core::sync::atomic::AtomicUsize::new(0),
);

#[cfg(feature = "bench")]
mod heap {
    use core::alloc::{GlobalAlloc, Layout};
    use core::sync::atomic::{AtomicUsize, Ordering::Relaxed};

    /// The page's allocator with two counters: live bytes (as requested) and live blocks.
    pub struct Counting(
        pub super::allocator::PageAllocator,
        pub AtomicUsize,
        pub AtomicUsize,
    );

    // SAFETY: every call is passed on unchanged to the inner allocator; the counters only observe.
    #[allow(unsafe_code)]
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let p = self.0.alloc(layout);
            if !p.is_null() {
                self.1.fetch_add(layout.size(), Relaxed);
                self.2.fetch_add(1, Relaxed);
            }
            p
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            self.1.fetch_sub(layout.size(), Relaxed);
            self.2.fetch_sub(1, Relaxed);
            self.0.dealloc(ptr, layout)
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let p = self.0.realloc(ptr, layout, new_size);
            if !p.is_null() {
                self.1.fetch_sub(layout.size(), Relaxed);
                self.1.fetch_add(new_size, Relaxed);
            }
            p
        }
    }

    /// `"bytes blocks"`: what the wasm heap holds live right now.
    #[wasm_bindgen::prelude::wasm_bindgen(js_name = heapStats)]
    pub fn heap_stats() -> alloc::string::String {
        let (b, n) = (super::ALLOCATOR.1.load(Relaxed), super::ALLOCATOR.2.load(Relaxed));
        let mut s = alloc::string::String::new();
        crate::json_out::push_u64(&mut s, b as u64);
        s.push(' ');
        crate::json_out::push_u64(&mut s, n as u64);
        s
    }
}

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
