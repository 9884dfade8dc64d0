//! A small JSON writer for anything `serde::Serialize`: how the wasm build hands a Story to
//! JavaScript (one string, then `JSON.parse`), instead of serde-wasm-bindgen building the object one
//! `Reflect.set` at a time. It is smaller (BENCHMARKS.md, "Size": about 5 KB gzipped less) and faster
//! (one crossing of the wasm boundary instead of one per value), and it writes exactly what
//! `serde_json::to_string` writes for the Story's types (a native test holds it to that).
//!
//! Supported: booleans, integers, strings and chars, options, unit variants, sequences, tuples,
//! structs and maps with string keys. Floats and byte strings are refused (the contract has none), so
//! no float printing is linked. Integers are written without `core::fmt`.

use crate::prelude::*;
use serde::ser::{self, Impossible, Serialize};

/// `value` as compact JSON.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    // A Story's JSON is a little more than its article's text (the paragraphs, quotes and event
    // sentences): starting at 16 KB saves the first four doublings of the buffer for a news article.
    let mut w = Writer { out: String::with_capacity(16 * 1024) };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// A value the writer does not support (a float, bytes, a map with non-string keys).
#[derive(Debug)]
pub struct Error(pub &'static str);

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.0)
    }
}

impl core::error::Error for Error {}

impl ser::Error for Error {
    fn custom<M: core::fmt::Display>(_msg: M) -> Self {
        Error("a value could not be written as JSON")
    }
}

/// Appends the decimal digits of `n` to `out` (no `core::fmt`).
pub fn push_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &buf[i..] {
        out.push(char::from(d));
    }
}

/// Whether a byte of `x` needs escaping in a JSON string (a control character, `"` or `\\`), by the
/// bit tricks for "some byte is zero" and "some byte is below n" (exact for "some byte").
#[inline]
fn needs_escape(x: u64) -> bool {
    use crate::text::swar::{eq, HIGH, ONES};
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    (below_space | eq(x, b'"') | eq(x, b'\\')) != 0
}

/// Appends `s` as a JSON string literal, escaping as serde_json does. Runs of plain characters are
/// copied as slices, not one character at a time.
pub fn push_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(s.len() + 2);
    out.push_str("\"");
    let bytes = s.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight plain bytes at a time (most of a Story is running text); the test below finds the
        // byte to escape in a word that holds one.
        if let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
            if !needs_escape(u64::from_le_bytes(word)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.push_str(&s[from..i - 1]);
        from = i;
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(b >> 4) as usize]));
                out.push(char::from(HEX[(b & 15) as usize]));
            }
        }
    }
    out.push_str(&s[from..]);
    out.push_str("\"");
}

struct Writer {
    out: String,
}

/// A sequence, map or struct being written: whether a comma is due before the next member.
pub struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
    close: char,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.out.push_str(",");
        }
        self.first = false;
    }
}

type R = Result<(), Error>;

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> R {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> R {
        if v < 0 {
            self.out.push('-');
        }
        push_u64(&mut self.out, v.unsigned_abs());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> R {
        push_u64(&mut self.out, v);
        Ok(())
    }
    fn serialize_f32(self, _v: f32) -> R {
        Err(Error("floats are not written"))
    }
    fn serialize_f64(self, _v: f64) -> R {
        Err(Error("floats are not written"))
    }
    fn serialize_char(self, v: char) -> R {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> R {
        push_str(&mut self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> R {
        Err(Error("bytes are not written"))
    }
    fn serialize_none(self) -> R {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> R {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> R {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> R {
        self.out.push('{');
        push_str(&mut self.out, variant);
        self.out.push(':');
        value.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.out.push('[');
        Ok(Compound { w: self, first: true, close: ']' })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error("tuple variants are not written"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.out.push('{');
        Ok(Compound { w: self, first: true, close: '}' })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error("struct variants are not written"))
    }
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        self.comma();
        value.serialize(&mut *self.w)
    }
    fn finish(self) -> R {
        self.w.out.push(self.close);
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        self.element(value)
    }
    fn end(self) -> R {
        self.finish()
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        self.element(value)
    }
    fn end(self) -> R {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        self.element(value)
    }
    fn end(self) -> R {
        self.finish()
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> R {
        self.comma();
        let at = self.w.out.len();
        key.serialize(&mut *self.w)?;
        if !self.w.out[at..].starts_with('"') {
            return Err(Error("map keys must be strings"));
        }
        self.w.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> R {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> R {
        self.comma();
        push_str(&mut self.w.out, key);
        self.w.out.push(':');
        value.serialize(&mut *self.w)
    }
    fn end(self) -> R {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(target_arch = "wasm32"))] // serde_json is a native-only dependency
    fn writes_what_serde_json_writes_for_the_story() {
        let inputs = [
            "Dam opens\n\"We built it in a year,\" Mayor Ana Ruiz said on March 3.\nOn March 5 the \"first\" cars crossed.",
            "Заголовок\n\u{1}\t\"Tabs\\ and \u{7f} 😀 controls\", she said.",
        ];
        for text in inputs {
            let a = crate::parse_article(text).unwrap();
            let s = crate::extract(&a, &crate::Options::default());
            assert_eq!(to_string(&s).unwrap(), serde_json::to_string(&s).unwrap());
        }
        for (id, _) in crate::dataset::ARTICLES {
            let a = crate::dataset::get(id).unwrap();
            let s = crate::extract(&a, &crate::Options { published: crate::Date::parse_iso("2026-02-06") });
            assert_eq!(to_string(&s).unwrap(), serde_json::to_string(&s).unwrap());
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn escapes_at_every_offset_as_serde_json_writes_them() {
        for special in ["\"", "\\", "\n", "\u{0}", "\u{1f}", "\u{7f}", "é", "😀", " ", "!", "#", "[", "]"] {
            for at in 0..20 {
                for len in [at + 1, at + 3, 17, 24] {
                    let mut t: String = "abcdefghijklmnopqrstuvwxyz".chars().cycle().take(len.max(at)).collect();
                    t.insert_str(at, special);
                    let mut out = String::new();
                    push_str(&mut out, &t);
                    assert_eq!(out, serde_json::to_string(&t).unwrap(), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn integers_strings_and_refusals() {
        let mut s = String::new();
        for n in [0u64, 7, 10, 1234567890, u64::MAX] {
            s.clear();
            push_u64(&mut s, n);
            assert_eq!(s, n.to_string());
        }
        assert_eq!(to_string(&(-5i32, 'x', "a\u{0}b\u{8}\u{c}")).unwrap(), r#"[-5,"x","a\u0000b\b\f"]"#);
        assert_eq!(to_string(&Some(1.5f64)).unwrap_err().0, "floats are not written");
        let mut m = alloc::collections::BTreeMap::new();
        m.insert(1, 2);
        assert!(to_string(&m).is_err());
    }
}
