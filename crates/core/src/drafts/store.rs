//! `DraftStore`: saving, copying, discarding and restoring drafts without ever overwriting
//! work the caller has not seen.
//!
//! Every write is checked against the stored revision ([`RecordStore`], shared with templates
//! and review mode's batch): a save names the revision it was based on (`record.revision`), and
//! when the stored one differs another tab saved in between, so the save is refused with
//! [`SaveError::Conflict`] carrying their version. The caller then reloads
//! theirs or keeps its own with [`DraftStore::save_as_copy`]; nothing is overwritten silently.
//! Saves are synchronous and cost one read and one write of the entry, so they can run on every
//! debounced change and in `pagehide`. Times come from the caller; the store holds no clock.
//!
//! localStorage has no transactions: two tabs saving within the same instant can still race
//! between the read and the write. The `storage` event (see `crate::web::storage`) lets the
//! other tab notice at once, and its next save then hits the revision check.

use chrono::{DateTime, FixedOffset};

use super::decode::{decode, Decoded, Problem};
use super::keys::{draft_id, draft_key, quarantined_from};
use super::kv::{KeyValueStore, StoreError};
use super::record::{DraftRecord, WriterId};
use super::record_store::{Base, Codec, RecordStore, Removed};
pub use super::record_store::{LoadError, SaveError};
use super::summary::DraftSummary;
use super::usage::Usage;
use crate::domain::{builtin_templates, AssessmentId, Template};

/// How a draft is read from its stored text: any layout [`decode`] reads, under the key of its
/// own assessment id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DraftCodec;

impl Codec for DraftCodec {
    type Record = DraftRecord;
    type Id = AssessmentId;

    fn decode(key: &str, raw: &str) -> Result<DraftRecord, Problem> {
        let record = decode(raw)?.into_record();
        match draft_id(key) {
            Some(key_id) if &key_id != record.id() => Err(Problem::WrongKey {
                key_id: key_id.0,
                record_id: record.id().0.clone(),
            }),
            _ => Ok(record),
        }
    }

    fn revision(record: &DraftRecord) -> u64 {
        record.revision
    }
}

/// The drafts of one tab, over a key-value backend shared with other tabs.
#[derive(Debug)]
pub struct DraftStore<S: KeyValueStore> {
    pub(super) records: RecordStore<S, DraftCodec>,
    builtins: Vec<Template>,
}

/// A save that went through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveOutcome {
    /// The record as now stored (new revision, `saved_at`, writer): keep it as the base of the
    /// next save.
    pub record: DraftRecord,
    /// The size of the stored entry.
    pub bytes: u64,
}

impl<S: KeyValueStore> DraftStore<S> {
    /// The store of the tab `writer` (a random id per page load) over `kv`.
    pub fn new(kv: S, writer: WriterId) -> DraftStore<S> {
        DraftStore {
            records: RecordStore::new(kv, writer),
            builtins: builtin_templates(),
        }
    }

    pub fn writer(&self) -> &WriterId {
        self.records.writer()
    }

    pub fn backend(&self) -> &S {
        self.records.kv()
    }

    pub(super) fn backend_mut(&mut self) -> &mut S {
        self.records.kv_mut()
    }

    /// The built-in templates drafts are scored with when they do not carry their own.
    pub fn builtins(&self) -> &[Template] {
        &self.builtins
    }

    /// The drafts-list line of `record`, with its last export.
    pub fn summarize(&self, record: &DraftRecord) -> DraftSummary {
        DraftSummary {
            export: self.export_standing(record),
            ..DraftSummary::of(record, &self.builtins)
        }
    }

    /// The draft stored for `id` now (to "reload theirs", or to open a draft), migrated in
    /// memory if it is in an older layout.
    pub fn load(&self, id: &AssessmentId) -> Result<Option<Decoded>, LoadError> {
        let raw = self
            .backend()
            .get(&draft_key(id))
            .map_err(LoadError::Store)?;
        raw.map(|raw| decode(&raw).map_err(LoadError::Unreadable))
            .transpose()
    }

    /// Saves `record` on top of revision `record.revision` (0 for a draft never saved).
    ///
    /// Refused with [`SaveError::Conflict`] when the stored revision is another one. An
    /// unreadable entry under the same key is first moved to quarantine, never overwritten
    /// (see [`RecordStore::check`]).
    pub fn save(
        &mut self,
        record: &DraftRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<SaveOutcome, SaveError> {
        let key = draft_key(record.id());
        self.records
            .check(&key, Base::Seen(Some(record.revision)))?;
        let next = DraftRecord {
            schema: record.layout(),
            revision: record.revision.saturating_add(1),
            saved_at: now,
            writer: self.writer().clone(),
            ..record.clone()
        };
        self.write(&key, next)
    }

    /// Saves `mine` under a new id, as a copy (after a conflict: "keep mine as a copy"). The
    /// copy keeps everything else, its `review_of` included (see [`DraftRecord::review_of`]).
    pub fn save_as_copy(
        &mut self,
        mine: &DraftRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<SaveOutcome, SaveError> {
        let mut copy = mine.clone();
        copy.assessment.id = self.fresh_id(now)?;
        copy.assessment.created = now;
        copy.assessment.modified = now;
        copy.copied_from = Some(mine.id().clone());
        copy.revision = 0;
        self.save(&copy, now)
    }

    /// Copies the stored draft `id` to a new draft, `review_of` included: a duplicate of a
    /// reviewed file's draft is still a review of the same unit file.
    pub fn duplicate(
        &mut self,
        id: &AssessmentId,
        now: DateTime<FixedOffset>,
    ) -> Result<SaveOutcome, SaveError> {
        let original = self.stored(id)?;
        self.save_as_copy(&original, now)
    }

    /// Gives the draft a name in the drafts list; a save like any other (revision-checked
    /// against `record.revision`).
    pub fn rename(
        &mut self,
        record: &DraftRecord,
        label: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<SaveOutcome, SaveError> {
        let renamed = DraftRecord {
            label: label.trim().to_owned(),
            ..record.clone()
        };
        self.save(&renamed, now)
    }

    /// Removes the draft `id` if it is still at `seen_revision`, and returns it so the caller
    /// can offer an undo ([`DraftStore::restore`]). `Ok(None)` when nothing was stored.
    pub fn discard(
        &mut self,
        id: &AssessmentId,
        seen_revision: u64,
    ) -> Result<Option<DraftRecord>, SaveError> {
        match self.records.remove(&draft_key(id), Some(seen_revision))? {
            Removed::Nothing => Ok(None),
            Removed::Record(record) => Ok(Some(record)),
            Removed::KeptAside(problem) => Err(SaveError::Unreadable {
                id: id.clone(),
                problem,
            }),
        }
    }

    /// Puts a discarded draft back exactly as it was (the undo of [`DraftStore::discard`]).
    /// Refused with a conflict if the id was saved again meanwhile; unreadable text under its
    /// key is moved to quarantine first.
    pub fn restore(&mut self, record: &DraftRecord) -> Result<SaveOutcome, SaveError> {
        let key = draft_key(record.id());
        self.records.check(&key, Base::Seen(None))?;
        self.write(&key, record.clone())
    }

    /// Deletes an entry kept aside in quarantine; only at the user's explicit request, after
    /// its download was offered. Returns false (and deletes nothing) for any other key.
    pub fn delete_quarantined(&mut self, key: &str) -> Result<bool, StoreError> {
        if quarantined_from(key).is_none() {
            return Ok(false);
        }
        let existed = self.backend().get(key)?.is_some();
        self.backend_mut().remove(key)?;
        Ok(existed)
    }

    /// The storage taken by Eightfold's entries, against the nominal quota.
    pub fn usage(&self) -> Result<Usage, StoreError> {
        Usage::of(self.backend())
    }

    /// An assessment id no stored draft uses, e.g. `a-18c0f3a2b10-3f9a2c1d-1`: the time, this
    /// tab's writer id and a counter, so two tabs never pick the same one.
    pub fn fresh_id(&mut self, now: DateTime<FixedOffset>) -> Result<AssessmentId, StoreError> {
        self.records
            .fresh_name(
                "a",
                now,
                |name| draft_key(&AssessmentId(name.to_owned())),
                |_| false,
            )
            .map(AssessmentId)
    }

    fn stored(&self, id: &AssessmentId) -> Result<DraftRecord, SaveError> {
        match self.load(id) {
            Ok(Some(decoded)) => Ok(decoded.into_record()),
            Ok(None) => Err(SaveError::NotFound { id: id.clone() }),
            Err(LoadError::Store(error)) => Err(error.into()),
            Err(LoadError::Unreadable(problem)) => Err(SaveError::Unreadable {
                id: id.clone(),
                problem,
            }),
        }
    }

    fn write(&mut self, key: &str, mut record: DraftRecord) -> Result<SaveOutcome, SaveError> {
        record.schema = record.layout();
        let json = record
            .to_json()
            .map_err(|error| SaveError::Storage(error.to_string()))?;
        let bytes = self.records.write(key, &json, record.revision)?;
        Ok(SaveOutcome { bytes, record })
    }
}
