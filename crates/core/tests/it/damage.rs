//! The edits the fuzz targets make to a valid file before reading it ([`Mutation`]):
//! JSON-level ones aimed at a JSON pointer (replace, remove, duplicate, copy over, swap,
//! rename a value), and byte-level ones aimed at an [`Index`] into the written bytes (flip,
//! truncate, insert, delete). Each target keeps its own mix of edits and its own values;
//! what an edit does lives here, so both damage a file the same way.
//!
//! Used by `exchange_fuzz` and `templates_fuzz`.

use proptest::sample::Index;
use serde_json::Value;

/// A valid file to damage: its bytes, its JSON, and the pointer of every value in it.
pub struct Original {
    pub bytes: Vec<u8>,
    pub value: Value,
    pub pointers: Vec<String>,
}

impl Original {
    pub fn new(bytes: Vec<u8>) -> Self {
        let value: Value = serde_json::from_slice(&bytes).expect("an original file is JSON");
        let pointers = pointers(&value);
        Self {
            bytes,
            value,
            pointers,
        }
    }
}

/// One edit; the pointers are picked among the original's.
#[derive(Clone, Debug)]
pub enum Mutation {
    Replace {
        pointer: Index,
        with: Value,
    },
    Remove {
        pointer: Index,
    },
    /// Append a copy of an array's item to that array: duplicate ids, levels and bands.
    Duplicate {
        pointer: Index,
    },
    /// Copy one value over another: an id onto another id, a kind onto another kind.
    CopyOver {
        from: Index,
        to: Index,
    },
    Swap {
        a: Index,
        b: Index,
    },
    Rename {
        pointer: Index,
        key: String,
    },
    Flip {
        at: Index,
        xor: u8,
    },
    Truncate {
        at: Index,
    },
    Insert {
        at: Index,
        bytes: Vec<u8>,
    },
    Delete {
        at: Index,
        len: usize,
    },
}

impl Mutation {
    fn is_json_level(&self) -> bool {
        matches!(
            self,
            Mutation::Replace { .. }
                | Mutation::Remove { .. }
                | Mutation::Duplicate { .. }
                | Mutation::CopyOver { .. }
                | Mutation::Swap { .. }
                | Mutation::Rename { .. }
        )
    }
}

/// `original` after `mutations`: JSON-level ones on its value (then written, pretty or
/// compact), byte-level ones on those bytes (the original's own when no edit is JSON-level).
pub fn mutate(original: &Original, mutations: &[Mutation], pretty: bool) -> Vec<u8> {
    let mut bytes = if mutations.iter().any(Mutation::is_json_level) {
        let mut value = original.value.clone();
        for mutation in mutations {
            apply_json(&mut value, &original.pointers, mutation);
        }
        write(&value, pretty)
    } else {
        original.bytes.clone()
    };
    for mutation in mutations {
        apply_bytes(&mut bytes, mutation);
    }
    bytes
}

fn apply_json(value: &mut Value, pointers: &[String], mutation: &Mutation) {
    if pointers.is_empty() {
        return;
    }
    let at = |index: &Index| index.get::<String>(pointers).as_str();
    match mutation {
        Mutation::Replace { pointer, with } => replace(value, at(pointer), with),
        Mutation::Remove { pointer } => {
            remove(value, at(pointer));
        }
        Mutation::Duplicate { pointer } => {
            let pointer = at(pointer);
            let parent = pointer.rsplit_once('/').map_or("", |(parent, _)| parent);
            let item = value.pointer(pointer).cloned();
            if let (Some(item), Some(Value::Array(items))) = (item, value.pointer_mut(parent)) {
                items.push(item);
            }
        }
        Mutation::CopyOver { from, to } => {
            if let Some(copied) = value.pointer(at(from)).cloned() {
                replace(value, at(to), &copied);
            }
        }
        Mutation::Swap { a, b } => {
            let (a, b) = (at(a), at(b));
            if let (Some(first), Some(second)) =
                (value.pointer(a).cloned(), value.pointer(b).cloned())
            {
                replace(value, a, &second);
                replace(value, b, &first);
            }
        }
        Mutation::Rename { pointer, key } => rename(value, at(pointer), key),
        _ => {}
    }
}

fn apply_bytes(bytes: &mut Vec<u8>, mutation: &Mutation) {
    match mutation {
        Mutation::Flip { at, xor } => flip(bytes, *at, *xor),
        Mutation::Truncate { at } => truncate(bytes, *at),
        Mutation::Insert { at, bytes: extra } => insert(bytes, *at, extra),
        Mutation::Delete { at, len } => delete(bytes, *at, *len),
        _ => {}
    }
}

/// Every JSON pointer in `value`, the root excluded, parents before their children.
fn pointers(value: &Value) -> Vec<String> {
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
fn replace(value: &mut Value, pointer: &str, with: &Value) {
    if let Some(slot) = value.pointer_mut(pointer) {
        *slot = with.clone();
    }
}

/// Takes the value at `pointer` out of its object or array.
fn remove(value: &mut Value, pointer: &str) -> Option<Value> {
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
fn rename(value: &mut Value, pointer: &str, key: &str) {
    if let Some(item) = remove(value, pointer) {
        let parent = pointer.rsplit_once('/').map_or("", |(parent, _)| parent);
        if let Some(Value::Object(map)) = value.pointer_mut(parent) {
            map.insert(key.to_owned(), item);
        }
    }
}

/// `value` written as JSON, pretty or compact.
fn write(value: &Value, pretty: bool) -> Vec<u8> {
    let written = if pretty {
        serde_json::to_vec_pretty(value)
    } else {
        serde_json::to_vec(value)
    };
    written.expect("a JSON value serializes")
}

/// XORs one byte with `xor` (nothing to flip in no bytes).
fn flip(bytes: &mut [u8], at: Index, xor: u8) {
    if !bytes.is_empty() {
        bytes[at.index(bytes.len())] ^= xor;
    }
}

/// Cuts the bytes short, anywhere from nothing left to all kept.
fn truncate(bytes: &mut Vec<u8>, at: Index) {
    bytes.truncate(at.index(bytes.len() + 1));
}

/// Inserts `extra` anywhere, the start and the end included.
fn insert(bytes: &mut Vec<u8>, at: Index, extra: &[u8]) {
    let at = at.index(bytes.len() + 1);
    bytes.splice(at..at, extra.iter().copied());
}

/// Removes up to `len` bytes from anywhere.
fn delete(bytes: &mut Vec<u8>, at: Index, len: usize) {
    if !bytes.is_empty() {
        let start = at.index(bytes.len());
        let end = start.saturating_add(len).min(bytes.len());
        bytes.drain(start..end);
    }
}
