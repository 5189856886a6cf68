//! Keeping unreadable entries aside instead of losing them.
//!
//! A draft entry that cannot be read is copied, byte for byte, to
//! `eightfold:quarantine:<original key>` and only then removed from its key, so the drafts list
//! loads without it and the user can still download the text. The copy is never deleted by the
//! app; only the user, after the download was offered, can drop it. An entry written by a newer
//! Eightfold is reported the same way but left under its key, where that newer version (perhaps
//! open in another tab: Chromium shares one storage among all `file://` pages) still uses it.

use super::decode::{decode, Problem};
use super::keys::{draft_id, quarantine_key, quarantined_from, REVIEW_BATCH};
use super::kv::{KeyValueStore, StoreError};
use super::review_store::review_reason;

/// An entry that could not be loaded as a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuarantinedEntry {
    /// Where the text is stored now.
    pub key: String,
    /// The key it was found under.
    pub original_key: String,
    /// The stored text, verbatim (offer it for download).
    pub raw: String,
    pub problem: Problem,
    /// False when the text is still under its original key: either on purpose (a newer
    /// layout) or because the copy could not be written (storage full).
    pub moved: bool,
}

/// How many copies of one key may be kept aside before giving up (a safety bound only).
const MAX_COPIES: u32 = 1000;

/// Copies `raw` to a free quarantine key and then removes `key`; returns the quarantine key.
/// On any failure the original stays where it is.
pub fn move_aside<S: KeyValueStore>(
    kv: &mut S,
    key: &str,
    raw: &str,
) -> Result<String, StoreError> {
    for n in 0..MAX_COPIES {
        let target = quarantine_key(key, n);
        match kv.get(&target)? {
            // The same text was kept aside before (another tab got there first).
            Some(existing) if existing == raw => {}
            Some(_) => continue,
            None => kv.set(&target, raw)?,
        }
        // Remove the original only once the copy is known to hold the same text.
        if kv.get(&target)?.as_deref() == Some(raw) {
            kv.remove(key)?;
            return Ok(target);
        }
        return Err(StoreError::Other(format!("could not keep a copy of {key}")));
    }
    Err(StoreError::Other(format!(
        "too many kept-aside copies of {key}"
    )))
}

/// Why a text kept aside earlier cannot be loaded, worked out again from the text itself
/// (read as a review batch when it came from review mode's key, else as a draft).
pub fn reason(quarantine_key: &str, raw: &str) -> Problem {
    let original = quarantined_from(quarantine_key).unwrap_or(quarantine_key);
    if original == REVIEW_BATCH {
        return review_reason(raw);
    }
    match decode(raw) {
        Err(problem) => problem,
        Ok(decoded) => match draft_id(original) {
            Some(key_id) if &key_id != decoded.record().id() => Problem::WrongKey {
                key_id: key_id.0,
                record_id: decoded.record().id().0.clone(),
            },
            _ => Problem::KeptAside,
        },
    }
}
