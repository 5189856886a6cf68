//! The localStorage adapter of the draft store, and the one place where browsers' storage
//! differences are handled.
//!
//! Engine behaviours handled here (each also commented where it is handled):
//! - **Safari/WebKit**: private browsing in Safari ≤ 10 gives a storage whose every `setItem`
//!   throws `QuotaExceededError`; some WebKit builds throw `SecurityError` on merely reading
//!   `window.localStorage` when storage is blocked. Availability is therefore probed by writing
//!   and removing a test key, with every call inside a `Result` (wasm-bindgen's `catch`).
//! - **Firefox**: storage disabled (`dom.storage.enabled = false`) yields `null` rather than an
//!   exception. On `file://` its origin is `"null"`, yet (measured on Firefox ESR 153) every
//!   local file's localStorage is kept under one origin (`UNIVERSAL_FILE_URI_ORIGIN` in the
//!   profile), so a moved or copied file sees the same drafts ([`detect_scope`]). Older
//!   Firefox names the quota error `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
//! - **Chromium** and **WebKit**: every `file://` page shares one localStorage, including other
//!   tools opened from disk; the draft logic only ever touches keys under `eightfold:`.
//! - **All engines**: a storage that is merely *full* must not be mistaken for an unavailable
//!   one (that would hide existing drafts), so a failed probe on a non-empty storage still
//!   counts as available.
//!
//! Raw text goes through `web_sys::Storage` directly because the draft logic needs entries
//! verbatim (to quarantine unreadable ones) and needs every failure as a value; `gloo-storage`
//! parses every value as JSON and panics when storage is missing, so it is used only for small
//! typed values ([`load_json`], [`save_json`]) once storage is known to work.

use gloo_storage::errors::StorageError;
use gloo_storage::Storage as _;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use super::listen::Listener;
use crate::drafts::keys::{is_ours, PREFIX};
use crate::drafts::kv::entry_bytes;
use crate::drafts::{
    DraftStore, KeyValueStore, MemoryStore, ReviewStore, StorageScope, StoreError, TemplateStore,
    WriterId,
};

/// Written and removed again to find out whether storage works.
const PROBE_KEY: &str = "eightfold:probe";

/// The browser's localStorage, known to accept writes (or to be full of existing data).
#[derive(Clone, Debug)]
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// The localStorage of this page, if the browser lets us use it.
    pub fn open() -> Result<LocalStore, StoreError> {
        // Firefox with storage disabled: `Ok(None)`. WebKit/Chromium with storage blocked:
        // reading the property throws `SecurityError`, which arrives here as `Err`.
        let storage = web_sys::window()
            .ok_or(StoreError::Unavailable)?
            .local_storage()
            .map_err(|_| StoreError::Unavailable)?
            .ok_or(StoreError::Unavailable)?;
        probe(&storage)?;
        Ok(LocalStore { storage })
    }
}

/// Writes and removes a test key. Safari ≤ 10 private mode throws `QuotaExceededError` on every
/// write to an empty storage; a *full* storage throws the same error but holds data, and is
/// usable for reading and for smaller writes after a discard.
fn probe(storage: &web_sys::Storage) -> Result<(), StoreError> {
    match storage.set_item(PROBE_KEY, "1") {
        Ok(()) => {
            let _ = storage.remove_item(PROBE_KEY);
            Ok(())
        }
        Err(error) if is_quota_error(&error) && storage.length().unwrap_or(0) > 0 => Ok(()),
        Err(_) => Err(StoreError::Unavailable),
    }
}

/// True for the exception every engine throws when a write does not fit:
/// `QuotaExceededError` (Chromium, WebKit, current Firefox), `NS_ERROR_DOM_QUOTA_REACHED`
/// (older Firefox), or the legacy codes 22 / 1014 when the name is missing.
fn is_quota_error(error: &JsValue) -> bool {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    let code = js_sys::Reflect::get(error, &JsValue::from_str("code"))
        .ok()
        .and_then(|code| code.as_f64());
    name == "QuotaExceededError"
        || name == "NS_ERROR_DOM_QUOTA_REACHED"
        || code == Some(22.0)
        || code == Some(1014.0)
}

/// A readable description of a thrown value.
fn describe(error: &JsValue) -> String {
    let field = |name: &str| {
        js_sys::Reflect::get(error, &JsValue::from_str(name))
            .ok()
            .and_then(|value| value.as_string())
    };
    match (field("name"), field("message")) {
        (Some(name), Some(message)) => format!("{name}: {message}"),
        (Some(text), None) | (None, Some(text)) => text,
        (None, None) => error
            .as_string()
            .unwrap_or_else(|| "unknown error".to_owned()),
    }
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage
            .get_item(key)
            .map_err(|error| StoreError::Other(describe(&error)))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(|error| {
            if is_quota_error(&error) {
                StoreError::QuotaExceeded {
                    needed: entry_bytes(key, value),
                }
            } else {
                // Safari throws `SecurityError` when storage is blocked after the page loaded.
                StoreError::Other(describe(&error))
            }
        })
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage
            .remove_item(key)
            .map_err(|error| StoreError::Other(describe(&error)))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let length = self
            .storage
            .length()
            .map_err(|error| StoreError::Other(describe(&error)))?;
        let mut keys = Vec::new();
        for index in 0..length {
            // `None` when another tab removed entries while we were counting.
            if let Some(key) = self
                .storage
                .key(index)
                .map_err(|error| StoreError::Other(describe(&error)))?
            {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// localStorage when the browser allows it, else an in-memory store for this page only.
#[derive(Clone, Debug)]
pub enum BrowserStore {
    Local(LocalStore),
    Memory(MemoryStore),
}

impl BrowserStore {
    /// Opens localStorage, falling back to memory (show [`crate::drafts::unavailable_banner`]).
    pub fn open() -> BrowserStore {
        match LocalStore::open() {
            Ok(local) => BrowserStore::Local(local),
            Err(_) => BrowserStore::Memory(MemoryStore::new()),
        }
    }

    /// False when drafts will not survive closing the page.
    pub fn is_persistent(&self) -> bool {
        matches!(self, BrowserStore::Local(_))
    }

    /// Where drafts live in this browser, for the message beside the drafts list.
    pub fn scope(&self) -> StorageScope {
        match self {
            BrowserStore::Local(_) => detect_scope(),
            BrowserStore::Memory(_) => StorageScope::MemoryOnly,
        }
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            BrowserStore::Local(store) => store.get(key),
            BrowserStore::Memory(store) => store.get(key),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local(store) => store.set(key, value),
            BrowserStore::Memory(store) => store.set(key, value),
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local(store) => store.remove(key),
            BrowserStore::Memory(store) => store.remove(key),
        }
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        match self {
            BrowserStore::Local(store) => store.keys(),
            BrowserStore::Memory(store) => store.keys(),
        }
    }
}

/// The draft store of this tab: localStorage (or memory) and a fresh writer id.
pub fn open_drafts() -> DraftStore<BrowserStore> {
    DraftStore::new(BrowserStore::open(), tab_writer_id())
}

/// The criteria-template store of this tab, over the same storage as the drafts.
pub fn open_templates() -> TemplateStore<BrowserStore> {
    TemplateStore::new(BrowserStore::open(), tab_writer_id())
}

/// Review mode's batch store of this tab, over the same storage as the drafts.
pub fn open_review() -> ReviewStore<BrowserStore> {
    ReviewStore::new(BrowserStore::open(), tab_writer_id())
}

/// A random id for this page load, e.g. `3f9a2c1d` (it only has to differ between open tabs).
pub fn tab_writer_id() -> WriterId {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    WriterId(format!("{random:08x}"))
}

/// Where localStorage keeps this page's data: one storage for all local files, or per site.
pub fn detect_scope() -> StorageScope {
    let Some(window) = web_sys::window() else {
        return StorageScope::MemoryOnly;
    };
    let text = |target: &JsValue, name: &str| {
        js_sys::Reflect::get(target, &JsValue::from_str(name))
            .ok()
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    };
    let location =
        js_sys::Reflect::get(&window, &JsValue::from_str("location")).unwrap_or(JsValue::UNDEFINED);
    if text(&location, "protocol") != "file:" {
        return StorageScope::PerSite;
    }
    // Chromium and WebKit report the origin "file://", Firefox "null"; all three share one
    // storage among all local files (Firefox ESR 153, Chromium 156 and WebKitGTK 2.50 measured
    // by tests/browser/engines.rs), so a copy of the file elsewhere sees the same drafts.
    StorageScope::SharedByLocalFiles
}

/// A change another tab made to storage (the `storage` event never fires in the tab that wrote).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageChange {
    /// The key written or removed; `None` when the whole storage was cleared.
    pub key: Option<String>,
    /// The new value; `None` when the key was removed.
    pub new_value: Option<String>,
}

/// Calls `handler` whenever another tab changes one of Eightfold's keys (or clears storage),
/// so the UI can reload the drafts list or warn that the open draft changed elsewhere.
/// `None` when there is no window; the listener is removed when the returned one is dropped.
pub fn on_storage_change(mut handler: impl FnMut(StorageChange) + 'static) -> Option<Listener> {
    let window = web_sys::window()?;
    Listener::new(&window, "storage", move |event: web_sys::Event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        let key = event.key();
        // The availability probe of another tab is not a change anyone needs to see.
        let relevant = key
            .as_deref()
            .is_none_or(|key| is_ours(key) && key != PROBE_KEY);
        if relevant {
            handler(StorageChange {
                key,
                new_value: event.new_value(),
            });
        }
    })
}

/// A small JSON value under an Eightfold key (e.g. preferences); `None` when storage is
/// unavailable, the key is missing or its value does not parse.
pub fn load_json<T: DeserializeOwned>(key: &str) -> Option<T> {
    if !key.starts_with(PREFIX) || !has_local_storage() {
        return None;
    }
    gloo_storage::LocalStorage::get(key).ok()
}

/// Stores a small JSON value under an Eightfold key.
pub fn save_json<T: Serialize>(key: &str, value: &T) -> Result<(), StoreError> {
    if !key.starts_with(PREFIX) {
        return Err(StoreError::Other(format!("{key} is not an Eightfold key")));
    }
    if !has_local_storage() {
        return Err(StoreError::Unavailable);
    }
    gloo_storage::LocalStorage::set(key, value).map_err(|error| match error {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => StoreError::QuotaExceeded {
            needed: serde_json::to_string(value).map_or(0, |json| entry_bytes(key, &json)),
        },
        other => StoreError::Other(other.to_string()),
    })
}

/// `gloo_storage::LocalStorage::raw()` panics when the page has no localStorage (blocked
/// storage in WebKit/Chromium throws, disabled storage in Firefox gives `null`): check first.
fn has_local_storage() -> bool {
    web_sys::window().is_some_and(|window| matches!(window.local_storage(), Ok(Some(_))))
}
