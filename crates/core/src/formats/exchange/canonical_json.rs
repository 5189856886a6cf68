//! Canonical text of an untyped JSON value: compact, object keys sorted by their UTF-8 bytes.
//!
//! A backup holds its entries as raw JSON values (so one bad entry cannot stop the others
//! from being read), and its digest must not depend on whether `serde_json` was built to keep
//! key order or to sort keys. Sorting here makes the form independent of that build choice.
//! Strings and numbers are written by `serde_json` itself, so a value parsed from this text
//! writes back to the same text.

use serde_json::Value;

/// Appends the canonical text of `value` to `out`.
pub(crate) fn write_canonical(value: &Value, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
    match value {
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical(item, out)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push(b'{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, key)?;
                out.push(b':');
                write_canonical(item, out)?;
            }
            out.push(b'}');
        }
        scalar => serde_json::to_writer(&mut *out, scalar)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_sorted_and_text_is_compact() {
        let value: Value =
            serde_json::from_str(r#"{ "b": [1, 2.5, "七"], "a": {"z": null, "y": true} }"#)
                .unwrap();
        let mut out = Vec::new();
        write_canonical(&value, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"{"a":{"y":true,"z":null},"b":[1,2.5,"七"]}"#
        );
    }
}
