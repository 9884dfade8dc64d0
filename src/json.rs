//! A small, total JSON reader. The wasm build must not carry serde_json (about 27 KB gzipped), and an
//! article in JSON form needs only objects of strings; errors say where (line and column) so a desk
//! can fix its file. Nesting is bounded so that hostile input cannot exhaust the stack.

use crate::error::Error;
use crate::prelude::*;

/// A parsed JSON value. Numbers are kept as their source text: the article form has no numbers to
/// compute with, and keeping the text loses nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (the last one when a key repeats, as JavaScript does).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A short name of the value's type, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

/// How deep arrays and objects may nest before the reader gives up with an error.
pub const MAX_DEPTH: usize = 128;

/// Parses one JSON value that must fill the whole input (white space around it is allowed).
pub fn parse(input: &str) -> Result<Value, Error> {
    let mut p = Parser { s: input.as_bytes(), src: input, i: 0 };
    p.ws();
    let v = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.err("unexpected text after the JSON value"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, what: &str) -> Error {
        let (line, col) = line_col(self.src, self.i);
        // Written into one string (no `String` per number).
        let mut m = crate::error::id("malformed JSON at line ", line);
        m.push_str(", column ");
        crate::json_out::push_u64(&mut m, col as u64);
        m.push_str(": ");
        m.push_str(what);
        Error::bad_input(m)
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        match self.s.get(self.i) {
            None => Err(self.err("the input ends where a value should be")),
            Some(b'{') => self.container(depth, true),
            Some(b'[') => self.container(depth, false),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err("expected a value")),
        }
    }

    fn word(&mut self, w: &str, v: Value) -> Result<Value, Error> {
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.err("expected a value"))
        }
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.i;
        if self.s.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        let digits = |p: &mut Self| {
            let s = p.i;
            while let Some(b'0'..=b'9') = p.s.get(p.i) {
                p.i += 1;
            }
            p.i > s
        };
        if !digits(self) {
            return Err(self.err("expected digits"));
        }
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            if !digits(self) {
                return Err(self.err("expected digits after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.i) {
            self.i += 1;
            if let Some(b'+' | b'-') = self.s.get(self.i) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(self.err("expected digits in the exponent"));
            }
        }
        Ok(Value::Number(self.src[start..self.i].to_string()))
    }

    fn string(&mut self) -> Result<String, Error> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(&b) = self.s.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // `start..i` holds no quote, backslash or control byte, so it ends on a char boundary.
            out.push_str(&self.src[start..self.i]);
            match self.s.get(self.i) {
                None => return Err(self.err("the input ends inside a string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.s.get(self.i) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.i += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi)
                                && self.s.get(self.i) == Some(&b'\\')
                                && self.s.get(self.i + 1) == Some(&b'u')
                            {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    self.i = save;
                                    0xFFFD
                                }
                            } else {
                                hi
                            };
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                            continue;
                        }
                        _ => return Err(self.err("unknown escape in a string")),
                    };
                    out.push(c);
                    self.i += 1;
                }
                Some(_) => return Err(self.err("a control character inside a string must be escaped")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.s.get(self.i) {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.err("expected four hex digits after \\u")),
            };
            v = v * 16 + d as u32;
            self.i += 1;
        }
        Ok(v)
    }

    /// An array (`obj` false) or an object: one loop for both, the object's key read before each value.
    fn container(&mut self, depth: usize, obj: bool) -> Result<Value, Error> {
        self.i += 1;
        let (close, ends, expected) = if obj {
            (b'}', "the input ends inside an object", "expected ',' or '}'")
        } else {
            (b']', "the input ends inside an array", "expected ',' or ']'")
        };
        let (mut items, mut members) = (Vec::new(), Vec::new());
        self.ws();
        if self.s.get(self.i) == Some(&close) {
            self.i += 1;
        } else {
            loop {
                self.ws();
                let key = if obj {
                    match self.s.get(self.i) {
                        Some(b'"') => {}
                        None => return Err(self.err(ends)),
                        _ => return Err(self.err("expected a key in double quotes")),
                    }
                    let key = self.string()?;
                    self.ws();
                    if self.s.get(self.i) != Some(&b':') {
                        return Err(self.err("expected ':' after the key"));
                    }
                    self.i += 1;
                    self.ws();
                    Some(key)
                } else {
                    None
                };
                let v = self.value(depth + 1)?;
                match key {
                    Some(k) => members.push((k, v)),
                    None => items.push(v),
                }
                self.ws();
                match self.s.get(self.i) {
                    Some(b',') => self.i += 1,
                    Some(&c) if c == close => {
                        self.i += 1;
                        break;
                    }
                    None => return Err(self.err(ends)),
                    _ => return Err(self.err(expected)),
                }
            }
        }
        Ok(if obj { Value::Object(members) } else { Value::Array(items) })
    }
}

/// 1-based line and column (in characters) of byte offset `at` in `src`.
pub fn line_col(src: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    let before = &src[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.bytes().rposition(|b| b == b'\n').map_or(0, |i| i + 1);
    (line, crate::text::char_count(&before[line_start..]) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_article_object() {
        let v = parse(r#" { "title": "Dam opens", "body": "Line one\nLine \"two\" \u00e9\ud83d\ude00", "n": -1.5e3, "ok": [true, null] } "#).unwrap();
        assert_eq!(v.get("title").and_then(Value::as_str), Some("Dam opens"));
        assert_eq!(v.get("body").and_then(Value::as_str), Some("Line one\nLine \"two\" é😀"));
        assert_eq!(v.get("n"), Some(&Value::Number("-1.5e3".into())));
        assert_eq!(v.get("ok"), Some(&Value::Array(vec![Value::Bool(true), Value::Null])));
    }

    #[test]
    fn errors_say_line_and_column() {
        let e = parse("{\n  \"title\": \"x\",\n  \"body\": ").unwrap_err();
        assert_eq!(e.message, "malformed JSON at line 3, column 11: the input ends where a value should be");
        let e = parse("{\"a\": tru}").unwrap_err();
        assert!(e.message.contains("line 1, column 7"), "{}", e.message);
    }

    /// Arrays and objects are read by one loop: each keeps its own closing mark and messages, at
    /// the byte where the input goes wrong, however deep the container sits.
    #[test]
    fn arrays_and_objects_keep_their_own_messages() {
        let msg = |s: &str| parse(s).unwrap_err().message;
        assert_eq!(msg("[1, 2"), "malformed JSON at line 1, column 6: the input ends inside an array");
        assert_eq!(msg("{\"a\": 1"), "malformed JSON at line 1, column 8: the input ends inside an object");
        assert_eq!(msg("{\"a\": [1"), "malformed JSON at line 1, column 9: the input ends inside an array");
        assert_eq!(msg("[{\"a\": 1"), "malformed JSON at line 1, column 9: the input ends inside an object");
        assert_eq!(msg("{"), "malformed JSON at line 1, column 2: the input ends inside an object");
        assert_eq!(msg("{\"a\": 1,"), "malformed JSON at line 1, column 9: the input ends inside an object");
        assert_eq!(msg("[1,"), "malformed JSON at line 1, column 4: the input ends where a value should be");
        assert_eq!(msg("[1 2]"), "malformed JSON at line 1, column 4: expected ',' or ']'");
        assert_eq!(msg("[1}"), "malformed JSON at line 1, column 3: expected ',' or ']'");
        assert_eq!(msg("{\"a\": 1]"), "malformed JSON at line 1, column 8: expected ',' or '}'");
        assert_eq!(msg("{\"a\": [1]\n \"b\": 2}"), "malformed JSON at line 2, column 2: expected ',' or '}'");
        assert_eq!(msg("{1: 2}"), "malformed JSON at line 1, column 2: expected a key in double quotes");
        assert_eq!(msg("{\"a\": 1,}"), "malformed JSON at line 1, column 9: expected a key in double quotes");
        assert_eq!(msg("[{\"a\" 1}]"), "malformed JSON at line 1, column 7: expected ':' after the key");
        assert_eq!(msg("[1,]"), "malformed JSON at line 1, column 4: expected a value");
        // Empty and nested containers read back as they were written.
        let v = parse(r#"[ {}, [], {"k": [ {} ]} ]"#).unwrap();
        let empty_obj = Value::Object(Vec::new());
        let inner = Value::Object(vec![("k".into(), Value::Array(vec![empty_obj.clone()]))]);
        assert_eq!(v, Value::Array(vec![empty_obj, Value::Array(Vec::new()), inner]));
        // A repeated key is kept twice, in order; `get` reads the last, as JavaScript does.
        let v = parse(r#"{"a": 1, "a": 2}"#).unwrap();
        assert_eq!(v, Value::Object(vec![("a".into(), Value::Number("1".into())), ("a".into(), Value::Number("2".into()))]));
        assert_eq!(v.get("a"), Some(&Value::Number("2".into())));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).unwrap_err().message.contains("nested too deeply"));
    }

    #[test]
    fn lone_surrogate_becomes_replacement_character() {
        let v = parse(r#""\ud800x""#).unwrap();
        assert_eq!(v.as_str(), Some("\u{FFFD}x"));
    }
}
