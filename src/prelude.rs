//! What std's prelude gives every module, from `alloc`: `use crate::prelude::*;` keeps a module building
//! without std (the page's wasm). With std the same names are std's own (`String` is `alloc`'s either
//! way). (The `f32` methods core lacks were here until the date tagger counted quantities in halves.)

#![allow(unused_imports)]

pub use alloc::borrow::ToOwned;
pub use alloc::boxed::Box;
pub use alloc::string::{String, ToString};
pub use alloc::vec::Vec;
