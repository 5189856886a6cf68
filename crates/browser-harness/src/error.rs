//! One error type for the whole harness, so a browser test can use `?` everywhere and a
//! failure reads as a sentence: what was attempted, and what the driver or the page said.
//!
//! `Debug` prints the plain message, because that is what libtest shows when a test
//! returns `Err`.

use std::fmt;
use std::time::Duration;

pub type Result<T> = std::result::Result<T, HarnessError>;

pub enum HarnessError {
    /// A W3C WebDriver command answered with an error object.
    WebDriver {
        command: String,
        error: String,
        message: String,
    },
    /// A condition did not hold within its time budget.
    Timeout {
        what: String,
        waited: Duration,
        last_seen: String,
    },
    /// Anything else: setup, I/O, a page in the wrong state.
    Other(String),
}

impl HarnessError {
    pub fn new(message: impl Into<String>) -> Self {
        HarnessError::Other(message.into())
    }

    /// The WebDriver error code (`"no such element"`, `"stale element reference"`, ...).
    pub fn webdriver_code(&self) -> Option<&str> {
        match self {
            HarnessError::WebDriver { error, .. } => Some(error),
            HarnessError::Timeout { .. } | HarnessError::Other(_) => None,
        }
    }

    /// Prefix the message with what the caller was doing.
    pub fn context(self, doing: impl fmt::Display) -> Self {
        HarnessError::Other(format!("{doing}: {self}"))
    }
}

impl fmt::Display for HarnessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HarnessError::WebDriver {
                command,
                error,
                message,
            } => write!(f, "WebDriver {command} failed: {error}: {message}"),
            HarnessError::Timeout {
                what,
                waited,
                last_seen,
            } => write!(
                f,
                "timed out after {:.1} s waiting for {what}; last seen:\n{last_seen}",
                waited.as_secs_f64()
            ),
            HarnessError::Other(message) => f.write_str(message),
        }
    }
}

impl fmt::Debug for HarnessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for HarnessError {}

impl From<std::io::Error> for HarnessError {
    fn from(e: std::io::Error) -> Self {
        HarnessError::Other(format!("I/O error: {e}"))
    }
}

impl From<ureq::Error> for HarnessError {
    fn from(e: ureq::Error) -> Self {
        HarnessError::Other(format!("HTTP error talking to the WebDriver server: {e}"))
    }
}

impl From<serde_json::Error> for HarnessError {
    fn from(e: serde_json::Error) -> Self {
        HarnessError::Other(format!("JSON error: {e}"))
    }
}

/// Shorthand for `Err(HarnessError::new(format!(...)))`.
macro_rules! fail {
    ($($arg:tt)*) => {
        return Err($crate::error::HarnessError::new(format!($($arg)*)))
    };
}
pub(crate) use fail;
