//! How much of the browser's storage Eightfold's entries take, so the drafts list can show it
//! and nudge the user to export old drafts before the quota is reached.
//!
//! Browsers do not report localStorage use, so it is counted the way they charge it: two bytes
//! per UTF-16 unit of each key and value. The quota is nominal (about 5 MB in Chromium, Firefox
//! and Safari, per origin); only our own keys are counted, though in Chromium other `file://`
//! tools share the same quota.

use super::keys::is_ours;
use super::kv::{entry_bytes, KeyValueStore, StoreError};

/// The quota assumed for localStorage: 5 MiB.
pub const NOMINAL_QUOTA_BYTES: u64 = 5 * 1024 * 1024;
/// From this share of the quota on, the list suggests exporting old drafts.
pub const HIGH_USE_PERCENT: u64 = 80;

/// Bytes used by Eightfold against the nominal quota.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    pub used_bytes: u64,
    pub quota_bytes: u64,
}

impl Usage {
    /// Sums every entry under our prefix in `kv`.
    pub fn of<S: KeyValueStore + ?Sized>(kv: &S) -> Result<Usage, StoreError> {
        let mut used_bytes: u64 = 0;
        for key in kv.keys()?.into_iter().filter(|key| is_ours(key)) {
            if let Some(value) = kv.get(&key)? {
                used_bytes = used_bytes.saturating_add(entry_bytes(&key, &value));
            }
        }
        Ok(Usage {
            used_bytes,
            quota_bytes: NOMINAL_QUOTA_BYTES,
        })
    }

    /// Whole percent of the quota used (may exceed 100 where a browser allows more).
    pub fn percent(&self) -> u64 {
        if self.quota_bytes == 0 {
            return 100;
        }
        self.used_bytes.saturating_mul(100) / self.quota_bytes
    }

    /// True when it is time to suggest exporting and discarding old drafts.
    pub fn is_high(&self) -> bool {
        self.percent() >= HIGH_USE_PERCENT
    }
}
