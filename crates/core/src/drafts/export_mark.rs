//! When a draft was last exported, and whether it changed since: the drafts list marks a
//! draft "已修改，未导出" / "Changed since last export" so a unit can tell whether the file it
//! sent is its latest.
//!
//! The mark is its own entry, `eightfold:exported:<assessment id>`, beside the draft and never
//! inside it: a draft record without `review_of` stays schema 2 byte for byte for older copies
//! of the app sharing the storage, and they ignore a key they do not know. The mark holds the
//! export time and the sheet code of what was exported; "changed" means the draft's sheet code
//! now differs (a rename, which the sheet does not show, is not a change). A mark that cannot
//! be read counts as no export, and the next export writes over it.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::keys::export_key;
use super::kv::{KeyValueStore, StoreError};
use super::record::DraftRecord;
use super::store::DraftStore;
use crate::domain::{AssessmentId, Template};
use crate::formats::exchange::{sheet_code, Digest};

/// The layout of an export mark.
pub const EXPORT_MARK_SCHEMA: u32 = 1;

/// What was exported, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportMark {
    pub schema: u32,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub exported_at: DateTime<FixedOffset>,
    /// The sheet code of the exported content (`formats::exchange::sheet_code`).
    pub sheet_code: Digest,
}

/// A draft against its last export, for the drafts list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportStanding {
    pub exported_at: DateTime<FixedOffset>,
    /// The draft's content differs from what was exported.
    pub changed: bool,
}

impl<S: KeyValueStore> DraftStore<S> {
    /// Notes that the draft `record` was exported at `now` with this content.
    pub fn mark_exported(
        &mut self,
        template: &Template,
        record: &DraftRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        let Ok(code) = sheet_code(template, &record.assessment) else {
            return Ok(());
        };
        let mark = ExportMark {
            schema: EXPORT_MARK_SCHEMA,
            exported_at: now,
            sheet_code: code.digest(),
        };
        let json = serde_json::to_string(&mark).map_err(|e| StoreError::Other(e.to_string()))?;
        self.backend_mut().set(&export_key(record.id()), &json)
    }

    /// The last export of the draft `id`, if one is noted and readable.
    pub fn export_mark(&self, id: &AssessmentId) -> Option<ExportMark> {
        let raw = self.backend().get(&export_key(id)).ok()??;
        serde_json::from_str::<ExportMark>(&raw)
            .ok()
            .filter(|mark| mark.schema == EXPORT_MARK_SCHEMA)
    }

    /// `record` against its last export; `None` when it was never exported.
    pub fn export_standing(&self, record: &DraftRecord) -> Option<ExportStanding> {
        let mark = self.export_mark(record.id())?;
        let template = record.resolve_template(self.builtins())?;
        let now = sheet_code(template, &record.assessment).ok()?;
        Some(ExportStanding {
            exported_at: mark.exported_at,
            changed: now.digest() != mark.sheet_code,
        })
    }
}
