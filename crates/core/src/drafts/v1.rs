//! Schema 1, the first draft layout, kept only to read it: `{ "version": 1, "assessment": …,
//! "updated": … }`.
//!
//! Schema 1 had no revision (so no protection against a stale tab), no writer, no label and no
//! room for a template of its own: only built-in templates existed then. Migration keeps every
//! field it had and starts the revision count at 1, which is also the revision a not yet
//! migrated schema-1 entry counts as when a save checks for conflicts.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::record::{DraftRecord, WriterId, SCHEMA};
use crate::domain::Assessment;

/// The revision a schema-1 record counts as, before and right after migration.
pub const MIGRATED_REVISION: u64 = 1;
/// The writer named in a migrated record: no tab wrote it in the current layout.
pub const MIGRATED_WRITER: &str = "migrated-from-schema-1";

/// A draft as schema 1 stored it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordV1 {
    /// Always 1.
    pub version: u32,
    pub assessment: Assessment,
    /// When the draft was last written.
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub updated: DateTime<FixedOffset>,
}

impl RecordV1 {
    /// The same draft in the current layout.
    pub fn migrate(self) -> DraftRecord {
        DraftRecord {
            schema: SCHEMA,
            revision: MIGRATED_REVISION,
            saved_at: self.updated,
            writer: WriterId::new(MIGRATED_WRITER),
            label: String::new(),
            copied_from: None,
            assessment: self.assessment,
            template: None,
            review_of: None,
        }
    }
}
