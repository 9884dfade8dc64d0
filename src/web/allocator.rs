//! The page's allocator: [talc](https://crates.io/crates/talc) (binned free lists: allocation and
//! free take bounded time, however many blocks are free) over wasm memory that [`Pages`] grows.
//!
//! It replaced lol_alloc's free list, whose allocation and free walk every free block: one paragraph
//! of n quotes by n speakers was quadratic in the page's wasm. Measured against it and dlmalloc:
//! BENCHMARKS.md, "Size", "The allocator: talc instead of lol_alloc".

use core::alloc::Layout;
use core::ptr::NonNull;
use talc::base::{binning::Binning, Talc};
use talc::cell::TalcSyncCell;
use talc::wasm::WasmBinning;

/// The global allocator's type (`TalcSyncCell` is talc's single-threaded cell, which it builds only
/// for wasm without `atomics`; `sync.rs` refuses a build with `atomics`).
pub type PageAllocator = TalcSyncCell<Pages, WasmBinning>;

/// The global allocator's value.
pub const fn page_allocator() -> PageAllocator {
    TalcSyncCell::new_wasm(Pages { end: None })
}

const PAGE: usize = 64 * 1024;

/// The heap grows by at least this many pages at a time. With one (talc's own `WasmGrowAndExtend`)
/// the wasm memory grew by a page during the first 1,000 mount/destroy cycles, when about a thousand
/// destroyed widgets' handles wait for the garbage collector and talc's 16-byte granules no longer
/// fit the seed article's peak in the first page; starting with two, it stays flat from the first
/// mount through 10,000 cycles (BENCHMARKS.md, "4. Memory").
const MIN_PAGES: usize = 2;

/// Talc's memory source: pages from `memory.grow`, each grown run added to the heap's end when it
/// follows it (it always does: nothing else in the page's wasm grows the memory), else claimed as a
/// heap of its own.
#[derive(Debug)]
pub struct Pages {
    /// The end of the heap talc manages, once it has one.
    end: Option<NonNull<u8>>,
}

// SAFETY: `acquire` never calls the global allocator (talc is mid-call); it hands talc only pages
// that `memory.grow` has just added, which nothing else in the program can have a pointer into, so
// talc owns them exclusively for the rest of the program (the memory never shrinks).
#[allow(unsafe_code)]
unsafe impl talc::source::Source for Pages {
    fn acquire<B: Binning>(talc: &mut Talc<Self, B>, layout: Layout) -> Result<(), ()> {
        // The block, room to align it, and talc's bookkeeping (its bin table in the first heap, chunk
        // tails): 512 B is more than either needs. Too few pages would only bring talc back here for
        // more, and the next run extends this one.
        let need = layout.size().saturating_add(layout.align()).saturating_add(512);
        let pages = (need / PAGE + 1).max(MIN_PAGES);
        let prev = core::arch::wasm32::memory_grow(0, pages);
        if prev == usize::MAX {
            return Err(());
        }
        // `memory_grow` succeeded, so both are at most 4 GiB; only the end of a full 4 GiB memory
        // overflows, and then talc takes all but the last bytes.
        let base = prev.wrapping_mul(PAGE) as *mut u8;
        let size = pages.wrapping_mul(PAGE);
        let new_end = (base as usize).saturating_add(size) as *mut u8;
        if let Some(end) = talc.source.end.take() {
            if end.as_ptr() == base {
                // SAFETY: `end` is the end of the heap talc manages; `base..base + size` is new memory
                // (above).
                talc.source.end = Some(unsafe { talc.extend(end, new_end) });
                return Ok(());
            }
        }
        // SAFETY: `base..base + size` is new memory (above).
        talc.source.end = unsafe { talc.claim(base, size) };
        Ok(())
    }
}
