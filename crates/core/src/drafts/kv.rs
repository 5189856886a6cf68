//! The one interface the draft logic needs from a storage backend: a string key-value store.
//!
//! localStorage, an in-memory map and a test double with a byte limit all fit behind it, so the
//! draft rules (revisions, quarantine, migration) are written and tested once, natively. The
//! trait deals in raw text on purpose: an entry that does not parse must still be readable
//! verbatim so it can be quarantined instead of lost.

use std::fmt;

/// Why a storage operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// There is no usable storage (blocked, private mode, or the browser threw on access).
    Unavailable,
    /// The write did not fit; `needed` is the size of what was being written, in bytes as
    /// browsers count them (UTF-16, key and value).
    QuotaExceeded { needed: u64 },
    /// Anything else the backend reported.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => f.write_str("storage is unavailable"),
            StoreError::QuotaExceeded { needed } => {
                write!(f, "storage quota exceeded ({needed} bytes needed)")
            }
            StoreError::Other(message) => write!(f, "storage error: {message}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A string key-value store shaped like the Web Storage API.
///
/// Implementations must never panic; every failure is a [`StoreError`].
pub trait KeyValueStore {
    /// The value under `key`, or `None` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`, replacing any previous value.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`; removing a missing key is not an error.
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store (including other applications' keys), in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// The bytes a browser charges for `text`: two per UTF-16 code unit.
pub fn utf16_bytes(text: &str) -> u64 {
    let units = text.encode_utf16().count();
    u64::try_from(units).unwrap_or(u64::MAX).saturating_mul(2)
}

/// The bytes one entry takes: key and value, both counted as UTF-16.
pub fn entry_bytes(key: &str, value: &str) -> u64 {
    utf16_bytes(key).saturating_add(utf16_bytes(value))
}
