//! An in-memory [`KeyValueStore`]: the app's fallback when the browser gives no storage, and
//! the backend of the native tests.
//!
//! Clones share one map, so two [`crate::drafts::DraftStore`]s over clones of one `MemoryStore`
//! behave like two browser tabs over one localStorage. An optional byte limit, counted the way
//! browsers count (UTF-16, keys and values), lets tests hit "quota exceeded" deterministically.
//! Nothing here survives the page: that is the point of the unavailable-storage banner.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

use super::kv::{entry_bytes, KeyValueStore, StoreError};

/// A shared in-memory map with an optional size limit.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    inner: Arc<Mutex<Inner>>,
}

#[derive(Debug, Default)]
struct Inner {
    entries: BTreeMap<String, String>,
    limit_bytes: Option<u64>,
}

impl MemoryStore {
    /// An empty store without a size limit.
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// An empty store that refuses writes taking it past `limit_bytes` in total.
    pub fn with_limit(limit_bytes: u64) -> MemoryStore {
        let store = MemoryStore::default();
        store.lock().limit_bytes = Some(limit_bytes);
        store
    }

    /// Bytes held in total, every key counted.
    pub fn total_bytes(&self) -> u64 {
        total(&self.lock().entries)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while the lock was held cannot leave the map half-written (every mutation is a
        // single insert or remove), so a poisoned lock is still safe to use.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn total(entries: &BTreeMap<String, String>) -> u64 {
    entries
        .iter()
        .map(|(key, value)| entry_bytes(key, value))
        .fold(0, u64::saturating_add)
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.lock().entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut inner = self.lock();
        if let Some(limit) = inner.limit_bytes {
            let replaced = inner
                .entries
                .get(key)
                .map_or(0, |old| entry_bytes(key, old));
            let needed = entry_bytes(key, value);
            let after = total(&inner.entries)
                .saturating_sub(replaced)
                .saturating_add(needed);
            if after > limit {
                return Err(StoreError::QuotaExceeded { needed });
            }
        }
        inner.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.lock().entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.lock().entries.keys().cloned().collect())
    }
}
