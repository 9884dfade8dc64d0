//! Statics that work with and without std: the crate's only `unsafe`.
//!
//! - [`OnceLock`], a value computed on first use (the lexicon indexes): std's `OnceLock` in std
//!   builds (native code may run on many threads), a single-threaded one in the page's `no_std`
//!   build.
//! - [`Local`] (wasm32 only), mutable state of the browser edge (the mounted widgets): what
//!   `thread_local!` gave, which `core` lacks.
//!
//! Both single-threaded types rest on one fact: wasm32 without the `atomics` target feature has
//! exactly one thread, so a value in a `static` can never be reached from two threads at once. A
//! build with `atomics` (shared memory, web workers) is refused below rather than left unsound.

#[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
compile_error!("Quoteline's wasm build assumes one thread: build without the `atomics` target feature");

#[cfg(all(not(feature = "std"), not(target_arch = "wasm32")))]
compile_error!("without the `std` feature Quoteline builds for wasm32 only (the page's wasm)");

#[cfg(feature = "std")]
pub use std::sync::OnceLock;

/// A value of a single-threaded program kept in a `static`; [`Local::with`] lends it, as
/// `thread_local!`'s `LocalKey::with` does (use a `Cell` or `RefCell` inside to change it).
#[cfg(target_arch = "wasm32")]
pub struct Local<T>(T);

// SAFETY: `Sync` lets a `static` hold `T` (an `Rc`, a `RefCell`, a JS handle) that must never be
// shared between threads. wasm32 without `atomics` has one thread (the `compile_error!` above refuses
// the other case), so every access comes from the thread that created the value, which is what
// `thread_local!` guarantees elsewhere.
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
unsafe impl<T> Sync for Local<T> {}

#[cfg(target_arch = "wasm32")]
impl<T> Local<T> {
    /// Wraps `value` (in a `static` initialiser).
    pub const fn new(value: T) -> Self {
        Local(value)
    }

    /// Calls `f` with the value.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0)
    }
}

/// A value computed on first use: std's `OnceLock` with only `new` and `get_or_init`, for the
/// single-threaded `no_std` build.
#[cfg(not(feature = "std"))]
pub struct OnceLock<T>(Local<core::cell::OnceCell<T>>);

#[cfg(not(feature = "std"))]
impl<T> OnceLock<T> {
    /// An empty cell (in a `static` initialiser).
    pub const fn new() -> Self {
        OnceLock(Local::new(core::cell::OnceCell::new()))
    }

    /// The value, computed by `f` on the first call.
    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        // Not `OnceCell::get_or_init`: its reentrancy check drops a `Result` of the value in two
        // places (an initialiser here never calls back: a size measure).
        let cell = &self.0 .0;
        if let Some(v) = cell.get() {
            return v;
        }
        let _ = cell.set(f());
        cell.get().unwrap_or_else(|| unreachable!())
    }
}

#[cfg(not(feature = "std"))]
impl<T> Default for OnceLock<T> {
    fn default() -> Self {
        Self::new()
    }
}
