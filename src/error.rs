use std::fmt;

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

impl std::error::Error for Error {}
