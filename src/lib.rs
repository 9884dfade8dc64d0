//! # Quoteline
//!
//! Quotes (who said what) and a timeline (what happened when), extracted from a news article's own
//! text. Data flows one way: **text → [`Article`] → [`Story`] → view**.
//!
//! The core (this crate without the `web` module) is plain Rust: no wasm or DOM types, total over any
//! input, linear in the input's length. The DOM widget and JS API (`web`, wasm32 only) and the native
//! CLI (`src/bin/quoteline/`) are thin edges over it.
//!
//! ```
//! let article = quoteline::parse_article(
//!     "Mayor opens bridge\n\"We built it in a year,\" Mayor Ana Ruiz said on March 3.",
//! ).unwrap();
//! let story = quoteline::extract(&article, &quoteline::Options::default());
//! assert_eq!(story.quotes.len(), 1);
//! assert_eq!(story.speakers[0].name, "Ana Ruiz");
//! assert_eq!(story.events[0].date.value, "XXXX-03-03");
//! ```
//!
//! The `std` feature (on by default) is for native builds, the CLI and the tests; the page's wasm is
//! built without it (`#![no_std]` + `alloc`, a panic traps), which keeps std's panic machinery and
//! `core::fmt` out of it. The only `unsafe` is in `sync`, for statics of the single-threaded wasm,
//! and in `web::allocator`, the wasm pages handed to the page's allocator.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(unsafe_code)]

// `format!` and `vec!` from `alloc` where std's prelude does not provide them.
#[cfg_attr(not(feature = "std"), macro_use)]
extern crate alloc;

/// What std's prelude gives every module, for the build without std: `use crate::prelude::*;`.
mod prelude;

/// Statics with and without std: a lazily computed value, and the browser edge's state.
mod sync;

/// Without std a panic (never expected: every input is handled) traps, `RuntimeError: unreachable`
/// in JavaScript, instead of formatting a message nobody reads (no `core::fmt` in the page's wasm).
#[cfg(all(not(feature = "std"), target_arch = "wasm32"))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    core::arch::wasm32::unreachable()
}

/// The article model and its plain-text and JSON readers.
pub mod article;
/// The bundled dataset, compiled into the binary.
pub mod dataset;
/// Errors a person can act on.
pub mod error;
/// Data out and in: TimelineJS JSON (both ways) and JSON-LD `Quotation`s.
pub mod export;
/// A small JSON reader (no serde_json in the wasm build) with line/column errors.
pub mod json;
/// A small JSON writer for `Serialize` types (how the wasm build hands the Story to JS).
pub mod json_out;
/// Speaker registry: names, roles, aliases, coreference.
pub mod people;
/// Quote spans, attribution patterns, speech-verb lexicon.
pub mod quotes;
/// The output types: what the widget renders and the CLI prints.
pub mod story;
/// The Story read back from its JSON, every field checked (what the render-only page mounts).
pub mod story_json;
/// Segmentation: sentences, quote marks, words, UTF-16 offsets.
pub mod text;
/// Temporal expressions: recognition and TIMEX3 normalisation.
pub mod time;
/// Events from dated sentences, ordered, linked to quotes.
pub mod timeline;

/// The DOM widget and the JS API (wasm32 only).
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use article::{parse_article, Article, Block, BlockKind, Meta};
pub use error::{Error, ErrorCode};
pub use story::{extract, Options, Story};
pub use time::Date;
