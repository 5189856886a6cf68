//! Loading every draft at start-up (and when another tab changed storage), so that one bad
//! entry never costs the others.
//!
//! Each entry is read on its own: readable ones load, older layouts are migrated and written
//! back in the current layout, unreadable ones are moved to quarantine with their text intact,
//! and entries of a newer layout are reported and left alone. Keys without our prefix (other
//! tools sharing Chromium's `file://` storage) are never touched.

use super::decode::{decode, Decoded, Problem};
use super::keys::{draft_id, is_ours, quarantined_from, DRAFT_PREFIX};
use super::kv::{KeyValueStore, StoreError};
use super::quarantine::{reason, QuarantinedEntry};
use super::record::DraftRecord;
use super::store::DraftStore;
use super::summary::DraftSummary;
use crate::domain::AssessmentId;

/// A draft as loaded, with its drafts-list line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedDraft {
    pub record: DraftRecord,
    pub summary: DraftSummary,
}

/// A draft that was stored in an older layout and converted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MigratedEntry {
    pub key: String,
    pub id: AssessmentId,
    pub from: u32,
    pub to: u32,
    /// False when the converted record could not be written back (storage full): it is loaded
    /// anyway and will be written by its next save.
    pub written_back: bool,
}

/// What [`DraftStore::load_all`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// The loadable drafts, most recently changed first.
    pub drafts: Vec<LoadedDraft>,
    /// Entries that could not be loaded, kept aside now or earlier.
    pub quarantined: Vec<QuarantinedEntry>,
    /// Drafts converted from an older layout during this load.
    pub migrated: Vec<MigratedEntry>,
}

impl<S: KeyValueStore> DraftStore<S> {
    /// Loads every draft. Fails only when the store cannot even list its keys.
    pub fn load_all(&mut self) -> Result<LoadReport, StoreError> {
        let mut keys = self.backend().keys()?;
        keys.sort();
        let mut report = LoadReport::default();
        for key in keys.into_iter().filter(|key| is_ours(key)) {
            // A key that vanished or cannot be read right now is skipped, not fatal: another
            // tab may have discarded it in between, and the next load sees the truth.
            let Ok(Some(raw)) = self.backend().get(&key) else {
                continue;
            };
            if let Some(id) = draft_id(&key) {
                self.load_draft(key, &id, raw, &mut report);
            } else if key.starts_with(DRAFT_PREFIX) {
                self.keep_aside(key, raw, Problem::NoSchema, &mut report);
            } else if let Some(original) = quarantined_from(&key) {
                report.quarantined.push(QuarantinedEntry {
                    original_key: original.to_owned(),
                    problem: reason(&key, &raw),
                    key,
                    raw,
                    moved: true,
                });
            }
        }
        // A copy kept aside just now may also have been listed under its quarantine key.
        let mut seen = std::collections::BTreeSet::new();
        report
            .quarantined
            .retain(|entry| seen.insert(entry.key.clone()));
        report.drafts.sort_by(|a, b| {
            b.record
                .assessment
                .modified
                .cmp(&a.record.assessment.modified)
        });
        Ok(report)
    }

    fn load_draft(&mut self, key: String, id: &AssessmentId, raw: String, report: &mut LoadReport) {
        let decoded = match decode(&raw) {
            Ok(decoded) if decoded.record().id() != id => {
                let problem = Problem::WrongKey {
                    key_id: id.0.clone(),
                    record_id: decoded.record().id().0.clone(),
                };
                return self.keep_aside(key, raw, problem, report);
            }
            Ok(decoded) => decoded,
            Err(problem) => return self.keep_aside(key, raw, problem, report),
        };
        let record = match decoded {
            Decoded::Current(record) => {
                self.records.know(&key, &raw, record.revision);
                record
            }
            Decoded::Migrated { record, from } => {
                let written_back = record
                    .to_json()
                    .ok()
                    .is_some_and(|json| self.records.write(&key, &json, record.revision).is_ok());
                report.migrated.push(MigratedEntry {
                    key,
                    id: id.clone(),
                    from,
                    to: record.layout(),
                    written_back,
                });
                record
            }
        };
        report.drafts.push(LoadedDraft {
            summary: self.summarize(&record),
            record,
        });
    }

    fn keep_aside(&mut self, key: String, raw: String, problem: Problem, report: &mut LoadReport) {
        let entry = self.records.keep_aside(&key, raw, problem);
        report.quarantined.push(entry);
    }
}
