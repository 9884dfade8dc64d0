//! What std's prelude gives every module, from `alloc`, and the `f32` methods the time tagger uses
//! that `core` lacks: `use crate::prelude::*;` keeps a module building without std (the page's wasm).
//! With std the same names are std's own (`String` is `alloc`'s either way) and `F32Ext` is left out,
//! so std's float methods are the ones called.

#![allow(unused_imports)]

pub use alloc::borrow::ToOwned;
pub use alloc::boxed::Box;
pub use alloc::string::{String, ToString};
pub use alloc::vec::Vec;

#[cfg(not(feature = "std"))]
pub use self::float::F32Ext;

#[cfg(any(not(feature = "std"), test))]
mod float {
    /// std's `f32::fract` and `f32::round`, which call into libm, for `core` (where they are not
    /// stable). Same results as std's for every `f32` but the sign of a zero result (`round(-0.3)`,
    /// `fract(-0.0)`), which the tagger never sees: it casts `round` to an integer and compares
    /// `fract` with zero, on quantities that are small whole numbers and halves.
    pub trait F32Ext {
        /// The fractional part, `self - self.trunc()` (NaN for NaN and the infinities).
        fn fract(self) -> f32;
        /// The nearest whole number, halves away from zero.
        fn round(self) -> f32;
    }

    /// Towards zero. From 2^23 on every `f32` is whole (as are the infinities); NaN stays NaN.
    fn trunc(v: f32) -> f32 {
        if v > -8_388_608.0 && v < 8_388_608.0 {
            v as i32 as f32
        } else {
            v
        }
    }

    impl F32Ext for f32 {
        fn fract(self) -> f32 {
            self - trunc(self)
        }

        fn round(self) -> f32 {
            let t = trunc(self);
            // Exact: `self` and `t` are within 1 of each other, below 2^23.
            let d = self - t;
            if d >= 0.5 {
                t + 1.0
            } else if d <= -0.5 {
                t - 1.0
            } else {
                t
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::float::F32Ext;

    /// The same results as std's methods (a zero's sign aside) over halves, quarters, odd values and
    /// the edges of `f32`.
    #[test]
    fn fract_and_round_match_std() {
        let mut values = vec![
            0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 0.49999997, -0.49999997, 8_388_607.5, -8_388_607.5,
            8_388_608.0, 16_777_217.0, 1e30, -1e30, f32::MAX, f32::MIN, f32::MIN_POSITIVE, 1e-40,
            f32::INFINITY, f32::NEG_INFINITY, f32::NAN,
        ];
        values.extend((-4000..4000).map(|k| k as f32 / 4.0));
        values.extend((0..200).map(|k| 1.37f32.powi(k) * if k % 2 == 0 { 1.0 } else { -1.0 }));
        for v in values {
            let (ours, std) = (F32Ext::fract(v), f32::fract(v));
            assert!(ours == std || (ours.is_nan() && std.is_nan()), "fract({v}): {ours} vs {std}");
            let (ours, std) = (F32Ext::round(v), f32::round(v));
            assert!(ours == std || (ours.is_nan() && std.is_nan()), "round({v}): {ours} vs {std}");
        }
    }
}
