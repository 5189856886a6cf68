//! The edits the fuzz targets make to a valid file before reading it: JSON-level ones aimed
//! at a JSON pointer (replace, remove, rename a value), and byte-level ones aimed at an
//! [`Index`] into the written bytes (flip, truncate, insert). Each target keeps its own mix
//! of edits and its own strategies; only what an edit does lives here, so both damage a
//! file the same way.
//!
//! Used by `exchange_fuzz` and `templates_fuzz`.

use proptest::sample::Index;
use serde_json::Value;

/// Every JSON pointer in `value`, the root excluded, parents before their children.
pub fn pointers(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    collect_pointers(value, String::new(), &mut out);
    out
}

fn collect_pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let pointer = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                out.push(pointer.clone());
                collect_pointers(item, pointer, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let pointer = format!("{at}/{i}");
                out.push(pointer.clone());
                collect_pointers(item, pointer, out);
            }
        }
        _ => {}
    }
}

/// Puts `with` in place of the value at `pointer`, if there is one.
pub fn replace(value: &mut Value, pointer: &str, with: &Value) {
    if let Some(slot) = value.pointer_mut(pointer) {
        *slot = with.clone();
    }
}

/// Takes the value at `pointer` out of its object or array.
pub fn remove(value: &mut Value, pointer: &str) -> Option<Value> {
    let (parent, last) = pointer.rsplit_once('/')?;
    match value.pointer_mut(parent)? {
        Value::Object(map) => map.remove(&last.replace("~1", "/").replace("~0", "~")),
        Value::Array(items) => {
            let index: usize = last.parse().ok()?;
            (index < items.len()).then(|| items.remove(index))
        }
        _ => None,
    }
}

/// Moves the value at `pointer` to the field `key` of the same object; an array's item is
/// only removed.
pub fn rename(value: &mut Value, pointer: &str, key: &str) {
    if let Some(item) = remove(value, pointer) {
        let parent = pointer.rsplit_once('/').map_or("", |(parent, _)| parent);
        if let Some(Value::Object(map)) = value.pointer_mut(parent) {
            map.insert(key.to_owned(), item);
        }
    }
}

/// `value` written as JSON, pretty or compact.
pub fn write(value: &Value, pretty: bool) -> Vec<u8> {
    let written = if pretty {
        serde_json::to_vec_pretty(value)
    } else {
        serde_json::to_vec(value)
    };
    written.expect("a JSON value serializes")
}

/// XORs one byte with `xor` (nothing to flip in no bytes).
pub fn flip(bytes: &mut [u8], at: Index, xor: u8) {
    if !bytes.is_empty() {
        bytes[at.index(bytes.len())] ^= xor;
    }
}

/// Cuts the bytes short, anywhere from nothing left to all kept.
pub fn truncate(bytes: &mut Vec<u8>, at: Index) {
    bytes.truncate(at.index(bytes.len() + 1));
}

/// Inserts `extra` anywhere, the start and the end included.
pub fn insert(bytes: &mut Vec<u8>, at: Index, extra: &[u8]) {
    let at = at.index(bytes.len() + 1);
    bytes.splice(at..at, extra.iter().copied());
}
