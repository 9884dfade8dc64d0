use core::fmt;
use crate::prelude::*;

/// What kind of error: the JS API exposes it as the `code` property of the thrown `Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorCode {
    /// The input cannot be read as an article (malformed JSON, a bad date, too large).
    BadInput,
    /// A bundled article, a page element or a file that does not exist.
    NotFound,
}

impl ErrorCode {
    /// The code as the JS API and the CLI spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadInput => "bad-input",
            ErrorCode::NotFound => "not-found",
        }
    }
}

/// An error with a message a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
}

impl Error {
    pub fn bad_input(message: impl Into<String>) -> Self {
        Error { code: ErrorCode::BadInput, message: message.into() }
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Error { code: ErrorCode::NotFound, message: message.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl core::error::Error for Error {}

/// `n` in decimal, for messages (no `core::fmt`).
pub fn decimal(n: usize) -> String {
    let mut s = String::new();
    crate::json_out::push_u64(&mut s, n as u64);
    s
}

/// `prefix` then `n` in decimal: the Story's ids ("q1", "s2"), without `core::fmt`.
pub fn id(prefix: &str, n: usize) -> String {
    let mut s = String::with_capacity(prefix.len() + 4);
    s.push_str(prefix);
    crate::json_out::push_u64(&mut s, n as u64);
    s
}

/// `s` in double quotes with `"`, `\` and control characters escaped: what `{s:?}` prints for the
/// text of an error message, without linking `Debug`'s Unicode printability tables into the wasm
/// build (BENCHMARKS.md, "Size"). Long values are cut at 80 characters.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(84) + 2);
    out.push('"');
    for (n, c) in s.chars().enumerate() {
        if n == 80 {
            out.push('…');
            break;
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::{id, quoted};

    #[test]
    fn ids_are_the_prefix_and_the_number() {
        for n in [0, 1, 9, 10, 12, 1000, usize::MAX] {
            assert_eq!(id("q", n), format!("q{n}"));
        }
    }

    #[test]
    fn quotes_like_debug_for_plain_text_and_stays_short() {
        assert_eq!(quoted("2026-13-45"), format!("{:?}", "2026-13-45"));
        assert_eq!(quoted("a \"b\" \\ é\n"), format!("{:?}", "a \"b\" \\ é\n"));
        assert_eq!(quoted(&"x".repeat(500)).chars().count(), 83);
    }
}
