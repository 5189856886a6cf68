//! The untrusted-bytes front door shared by import and restore: size, UTF-8, JSON, header,
//! then typed fields with the path of the first bad one.
//!
//! Each step fails with its own [`ImportError`] and nothing here panics on any input:
//! serde_json caps nesting depth (128), sizes are checked before parsing, and every
//! conversion is fallible. Reading into a `serde_json::Value` first lets the caller look at
//! `format` and `format_version` before choosing the layout to read the rest with.

use serde::de::DeserializeOwned;
use serde_json::error::Category;
use serde_json::Value;

use crate::json_path::{self, Step};

use super::error::{ImportError, NotJsonKind};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Checks the size, decodes UTF-8 (a leading byte-order mark is allowed: Windows editors add
/// one) and parses JSON. An empty file, a file that is not JSON at all, one cut short and one
/// broken inside are told apart, since each calls for something else from the person.
pub(crate) fn read_json(
    bytes: &[u8],
    limit: usize,
    expected: &'static str,
) -> Result<Value, ImportError> {
    let text = json_text(bytes, limit, expected)?;
    serde_json::from_str(text).map_err(|error| {
        let content = text.trim_start();
        let kind = if !content.starts_with(['{', '[']) {
            NotJsonKind::Other
        } else if error.classify() == Category::Eof {
            NotJsonKind::Truncated
        } else {
            NotJsonKind::Damaged
        };
        ImportError::NotJson {
            line: error.line(),
            // serde_json counts the column of the end of the input as 0.
            column: error.column().max(1),
            kind,
            expected,
        }
    })
}

/// The text [`read_json`] parses: size checked, byte-order mark dropped, UTF-8 decoded (a
/// file cut inside a character is read up to it), not blank.
pub(crate) fn json_text<'b>(
    bytes: &'b [u8],
    limit: usize,
    expected: &'static str,
) -> Result<&'b str, ImportError> {
    if bytes.len() > limit {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            limit,
        });
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        // Cut short inside a character (a file cut anywhere mostly is, in Chinese text): read
        // what is there, which then ends too early, as a cut file.
        Err(error) if error.error_len().is_none() => {
            std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default()
        }
        Err(error) => {
            return Err(ImportError::NotUtf8 {
                offset: error.valid_up_to(),
                expected,
            })
        }
    };
    if text.trim_start().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(text)
}

/// Checks `format` and `format_version` and returns the version (1 ..= `supported`).
pub(crate) fn read_header(
    value: &Value,
    expected: &'static str,
    supported: u32,
) -> Result<u32, ImportError> {
    let Some(object) = value.as_object() else {
        return Err(ImportError::WrongFormat {
            found: None,
            expected,
        });
    };
    match object.get("format") {
        Some(Value::String(format)) if format == expected => {}
        Some(Value::String(other)) => {
            return Err(ImportError::WrongFormat {
                found: Some(other.clone()),
                expected,
            })
        }
        _ => {
            return Err(ImportError::WrongFormat {
                found: None,
                expected,
            })
        }
    }
    let field = |detail: String| ImportError::Field {
        path: "format_version".to_owned(),
        detail,
    };
    let version = match object.get("format_version") {
        None => return Err(field("missing field `format_version`".to_owned())),
        Some(Value::Number(number)) => number
            .as_u64()
            .ok_or_else(|| field(format!("expected a whole number above 0, found {number}")))?,
        Some(other) => {
            return Err(field(format!(
                "expected a whole number above 0, found {}",
                kind_of(other)
            )))
        }
    };
    if version == 0 {
        return Err(field("0 is not a format version".to_owned()));
    }
    match u32::try_from(version) {
        Ok(version) if version <= supported => Ok(version),
        _ => Err(ImportError::FutureVersion {
            found: version,
            supported,
        }),
    }
}

/// Deserializes `value` as `T`, naming the first bad field. Goes through the value's text
/// (see [`json_path`]): every type is then read by one deserializer, and the path of a field
/// that does not read is found in that text.
pub(crate) fn typed<T: DeserializeOwned>(value: Value) -> Result<T, ImportError> {
    json_path::from_value(&value).map_err(|failure| ImportError::Field {
        path: field_path(&failure.path),
        detail: failure.message(),
    })
}

/// `assessment.answers["3.1"].value`: struct fields and identifier-like keys after a dot,
/// other map keys quoted in brackets, sequence indices in brackets.
pub(crate) fn field_path(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Index(index) => out.push_str(&format!("[{index}]")),
            Step::Key(key) => {
                if is_identifier(key) {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                } else {
                    let quoted = serde_json::to_string(key).unwrap_or_else(|_| "\"?\"".to_owned());
                    out.push('[');
                    out.push_str(&quoted);
                    out.push(']');
                }
            }
        }
    }
    out
}

fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::exchange::ASSESSMENT_FORMAT;

    #[test]
    fn paths_quote_keys_that_are_not_identifiers() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Outer {
            answers: std::collections::BTreeMap<String, Inner>,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Inner {
            value: u32,
        }
        let value = serde_json::json!({"answers": {"3.1": {"value": "twelve"}}});
        let error = typed::<Outer>(value).unwrap_err();
        assert_eq!(error.field().as_deref(), Some("answers[\"3.1\"].value"));
    }

    #[test]
    fn header_rejects_other_formats_and_future_versions() {
        let header = |v: Value| read_header(&v, "eightfold-assessment", 2);
        assert_eq!(
            header(serde_json::json!({"format": "eightfold-assessment", "format_version": 2})),
            Ok(2)
        );
        assert!(matches!(
            header(serde_json::json!({"format": "other", "format_version": 1})),
            Err(ImportError::WrongFormat { found: Some(_), .. })
        ));
        assert!(matches!(
            header(serde_json::json!([1, 2])),
            Err(ImportError::WrongFormat { found: None, .. })
        ));
        assert_eq!(
            header(serde_json::json!({"format": "eightfold-assessment", "format_version": 7})),
            Err(ImportError::FutureVersion {
                found: 7,
                supported: 2
            })
        );
        assert!(matches!(
            header(serde_json::json!({"format": "eightfold-assessment", "format_version": -1})),
            Err(ImportError::Field { .. })
        ));
    }

    #[test]
    fn not_json_reports_line_and_column() {
        let error =
            read_json(b"{\n  \"a\": 1,\n  \"b\": @\n}", 100, ASSESSMENT_FORMAT).unwrap_err();
        assert_eq!(
            error,
            ImportError::NotJson {
                line: 3,
                column: 8,
                kind: NotJsonKind::Damaged,
                expected: ASSESSMENT_FORMAT,
            }
        );
    }

    #[test]
    fn empty_other_and_truncated_files_are_told_apart() {
        assert_eq!(
            read_json(b"", 100, ASSESSMENT_FORMAT),
            Err(ImportError::Empty)
        );
        assert_eq!(
            read_json(b"\xEF\xBB\xBF \r\n\t", 100, ASSESSMENT_FORMAT),
            Err(ImportError::Empty)
        );
        let kind = |bytes: &[u8]| match read_json(bytes, 100, ASSESSMENT_FORMAT) {
            Err(ImportError::NotJson { kind, .. }) => Some(kind),
            _ => None,
        };
        assert_eq!(kind(b"hello, this is not json"), Some(NotJsonKind::Other));
        assert_eq!(kind(b"\x00\x01"), Some(NotJsonKind::Other));
        assert_eq!(
            kind(b"{\"format\": \"eightfold-"),
            Some(NotJsonKind::Truncated)
        );
        assert_eq!(kind(b"  [1, 2"), Some(NotJsonKind::Truncated));
        let cut_in_a_character = "{\"unit\": \"县财政局\"}".as_bytes()[..12].to_vec();
        assert_eq!(kind(&cut_in_a_character), Some(NotJsonKind::Truncated));
        assert_eq!(kind(b"{\"a\": 1,}"), Some(NotJsonKind::Damaged));
    }
}
