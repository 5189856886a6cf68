//! Reading a stored draft entry of any layout: a current one (schema 2, or 3 for a draft that
//! keeps `review_of`), an older one (schema 1, migrated), one from a newer Eightfold, or
//! something unreadable.
//!
//! Decoding never panics and never guesses: it first reads only the layout marker (`schema`,
//! or `version` for schema 1), then parses the whole record for that layout, so every outcome
//! is one of "loaded", "migrated" or a [`Problem`] that says exactly what is wrong and where.
//! Schemas 2 and 3 share [`DraftRecord`]; a schema-2 record with a `review_of` is refused as an
//! older Eightfold refuses it (an unknown field), so what is read as schema 2 is exactly what
//! every copy of the app can read.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use crate::json_path::{self, ReadError};

use super::record::{DraftRecord, REVIEWED_SCHEMA, SCHEMA};
use super::v1::RecordV1;

/// A stored entry that was read successfully.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Stored in the current layout.
    Current(DraftRecord),
    /// Stored in the older layout `from` and converted in memory.
    Migrated { record: DraftRecord, from: u32 },
}

impl Decoded {
    pub fn record(&self) -> &DraftRecord {
        match self {
            Decoded::Current(record) | Decoded::Migrated { record, .. } => record,
        }
    }

    pub fn into_record(self) -> DraftRecord {
        match self {
            Decoded::Current(record) | Decoded::Migrated { record, .. } => record,
        }
    }
}

/// Why a stored entry cannot be loaded as a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON at all (cut off, overwritten, binary).
    NotJson { message: String },
    /// JSON, but not an object with a layout marker (`schema`, or `version` for schema 1).
    NoSchema,
    /// A layout marker that no Eightfold ever wrote (0, or a non-number).
    UnknownSchema { schema: String },
    /// Written by a newer Eightfold in a layout this one does not know; left where it is.
    FutureSchema { schema: u64 },
    /// The right layout marker, but a field is missing or wrong.
    Invalid {
        schema: u32,
        path: String,
        message: String,
    },
    /// The record's assessment id differs from the id in its key.
    WrongKey { key_id: String, record_id: String },
    /// Kept aside earlier; the text reads correctly now (it can be downloaded and imported).
    KeptAside,
}

impl Problem {
    /// True when a newer Eightfold may still use the entry, so it must stay under its key.
    pub fn leave_in_place(&self) -> bool {
        matches!(self, Problem::FutureSchema { .. })
    }
}

/// Only the layout marker; every other field is skipped unparsed.
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    schema: Option<Value>,
    #[serde(default)]
    version: Option<Value>,
}

enum Layout {
    /// Schema 2 or 3, read as [`DraftRecord`].
    Current(u32),
    V1,
}

fn layout(raw: &str) -> Result<Layout, Problem> {
    // serde also reads a struct from a JSON array (`[2, 1, 5]`); a record is always an object.
    if !raw.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(raw) {
            Ok(_) => Problem::NoSchema,
            Err(error) => Problem::NotJson {
                message: error.to_string(),
            },
        });
    }
    let head: Head = serde_json::from_str(raw).map_err(|error| {
        if error.is_data() {
            Problem::NoSchema
        } else {
            Problem::NotJson {
                message: error.to_string(),
            }
        }
    })?;
    match (head.schema, head.version) {
        (Some(schema), _) => match schema.as_u64() {
            Some(n) if n == u64::from(SCHEMA) => Ok(Layout::Current(SCHEMA)),
            Some(n) if n == u64::from(REVIEWED_SCHEMA) => Ok(Layout::Current(REVIEWED_SCHEMA)),
            Some(n) if n > u64::from(REVIEWED_SCHEMA) => Err(Problem::FutureSchema { schema: n }),
            _ => Err(Problem::UnknownSchema {
                schema: schema.to_string(),
            }),
        },
        (None, Some(version)) => match version.as_u64() {
            Some(1) => Ok(Layout::V1),
            _ => Err(Problem::UnknownSchema {
                schema: version.to_string(),
            }),
        },
        (None, None) => Err(Problem::NoSchema),
    }
}

/// Reads a stored draft entry of any known layout.
pub fn decode(raw: &str) -> Result<Decoded, Problem> {
    match layout(raw)? {
        Layout::Current(schema) => {
            let record = parse::<DraftRecord>(raw, schema)?;
            if schema == SCHEMA && record.review_of.is_some() {
                return Err(Problem::Invalid {
                    schema,
                    path: "review_of".to_owned(),
                    message: format!(
                        "unknown field `review_of`: schema {SCHEMA} has none, \
                         schema {REVIEWED_SCHEMA} keeps it"
                    ),
                });
            }
            Ok(Decoded::Current(record))
        }
        Layout::V1 => parse::<RecordV1>(raw, 1).map(|old| Decoded::Migrated {
            record: old.migrate(),
            from: 1,
        }),
    }
}

/// Reads the record as [`json_path::read`] does: as if through a `serde_json::Value` (a key
/// repeated counts once, its last time), with the path of a field that does not read (`.` for
/// the record itself).
pub(super) fn parse<T: DeserializeOwned>(raw: &str, schema: u32) -> Result<T, Problem> {
    json_path::read(raw).map_err(|error| match error {
        ReadError::NotJson(error) => Problem::Invalid {
            schema,
            path: String::new(),
            message: error.to_string(),
        },
        ReadError::Field(failure) => Problem::Invalid {
            schema,
            path: failure.dotted(),
            message: failure.message(),
        },
    })
}
