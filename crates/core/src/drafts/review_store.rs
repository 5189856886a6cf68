//! `ReviewStore`: review mode's batch kept in browser storage, so a reload, a tab crash or a
//! power cut does not cost the review scores a committee member typed.
//!
//! The whole batch is one entry ([`REVIEW_BATCH`]) written in one `set`, so what is stored is
//! always a batch as it was at some save, never half of one. Like drafts, every save is
//! checked against the revision this tab last loaded or saved ([`RecordStore`], as drafts and
//! templates are): when another tab saved a batch in between, the save is refused with
//! [`ReviewSaveError::Conflict`] and the caller chooses (keep this tab's batch with
//! [`ReviewStore::save_over`], or load the other one). An unreadable entry is moved to
//! quarantine before anything is written over it, an entry of a newer layout is left alone,
//! and a failed write changes nothing: the batch the caller holds is never touched by the
//! store. No clock: times come from the caller.
//!
//! A backup takes the batch as stored ([`ReviewStore::stored_for_backup`]), and restoring a
//! backup ([`ReviewStore::restore_from_backup`]) stores its batch only where this browser has
//! none (or an empty one): a batch already here is never overwritten or merged, and the
//! caller says how to make room for the backup's.

use std::convert::Infallible;

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use super::decode::Problem;
use super::keys::REVIEW_BATCH;
use super::kv::{KeyValueStore, StoreError};
use super::quarantine::QuarantinedEntry;
use super::record::WriterId;
use super::record_store::{Base, Codec, Entry, RecordStore, SaveError};
use super::review_record::{decode_review, BatchFile, ReviewRecord};

/// A stored batch as read: the record and its files, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredBatch {
    pub record: ReviewRecord,
    pub files: Vec<BatchFile>,
}

/// How review mode's batch is read from its stored text ([`decode_review`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewCodec;

impl Codec for ReviewCodec {
    type Record = StoredBatch;
    /// There is one batch: no save error names a batch by id.
    type Id = Infallible;

    fn decode(_key: &str, raw: &str) -> Result<StoredBatch, Problem> {
        decode_review(raw).map(|(record, files)| StoredBatch { record, files })
    }

    fn revision(batch: &StoredBatch) -> u64 {
        batch.record.revision
    }
}

/// Why the batch was not written. In every case the caller's batch is untouched and nothing
/// stored was lost.
pub type ReviewSaveError = SaveError<ReviewCodec>;

/// The review batch of one tab, over a key-value backend shared with other tabs.
#[derive(Debug)]
pub struct ReviewStore<S: KeyValueStore> {
    records: RecordStore<S, ReviewCodec>,
    /// The stored revision this tab last loaded or wrote; `None` when it has seen no batch.
    base: Option<u64>,
}

/// What [`ReviewStore::load`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewLoad {
    /// The stored batch, in order; empty when none is stored or it could not be read.
    pub files: Vec<BatchFile>,
    /// The stored text that could not be read: kept aside now (or left in place when a newer
    /// Eightfold wrote it). Tell the user and offer it for download.
    pub unreadable: Option<QuarantinedEntry>,
}

/// A save that went through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewSaved {
    /// The stored revision now (0 when the batch was empty and nothing is stored).
    pub revision: u64,
    /// The size of the stored entry, as the browser counts it.
    pub bytes: u64,
}

/// What became of the review batch of a backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BatchRestore {
    /// Stored as this browser's batch, which had none: these files, in order, to show.
    Restored(Vec<BatchFile>),
    /// This browser already has a batch of `here` files, left as it is; the backup's batch of
    /// `backup` files was not stored.
    KeptHere { backup: usize, here: usize },
}

impl<S: KeyValueStore> ReviewStore<S> {
    /// The review store of the tab `writer` (a random id per page load) over `kv`.
    pub fn new(kv: S, writer: WriterId) -> ReviewStore<S> {
        ReviewStore {
            records: RecordStore::new(kv, writer),
            base: None,
        }
    }

    pub fn backend(&self) -> &S {
        self.records.kv()
    }

    /// The stored revision this tab is based on.
    pub fn base_revision(&self) -> Option<u64> {
        self.base
    }

    /// Reads the stored batch (at start-up, or to take another tab's batch). An unreadable
    /// entry is moved to quarantine, one of a newer layout reported and left in place; both
    /// come back in [`ReviewLoad::unreadable`]. Fails only when storage cannot be read.
    pub fn load(&mut self) -> Result<ReviewLoad, StoreError> {
        Ok(match self.records.load(REVIEW_BATCH)? {
            Entry::Missing => {
                self.base = None;
                ReviewLoad::default()
            }
            Entry::Found(batch) => {
                self.base = Some(batch.record.revision);
                ReviewLoad {
                    files: batch.files,
                    unreadable: None,
                }
            }
            Entry::Unreadable(entry) => {
                self.base = None;
                ReviewLoad {
                    files: Vec::new(),
                    unreadable: Some(entry),
                }
            }
        })
    }

    /// Stores `files` over the revision this tab last saw. An empty batch clears the stored
    /// copy ([`ReviewStore::clear`]).
    pub fn save(
        &mut self,
        files: &[BatchFile],
        now: DateTime<FixedOffset>,
    ) -> Result<ReviewSaved, ReviewSaveError> {
        self.write(files, now, false)
    }

    /// Stores `files` even though another tab saved a batch since (the user chose to keep
    /// this tab's). A batch of a newer layout is first moved to quarantine, not overwritten.
    pub fn save_over(
        &mut self,
        files: &[BatchFile],
        now: DateTime<FixedOffset>,
    ) -> Result<ReviewSaved, ReviewSaveError> {
        self.write(files, now, true)
    }

    /// Removes the stored batch (the user cleared it). Another tab's newer batch is left
    /// alone ([`ReviewSaveError::Conflict`]); unreadable text is moved aside, never deleted.
    pub fn clear(&mut self) -> Result<(), ReviewSaveError> {
        // Whether a batch was removed or unreadable text moved aside, the key is free now.
        self.records.remove(REVIEW_BATCH, self.base)?;
        self.base = None;
        Ok(())
    }

    /// The stored batch for a backup: the record's JSON exactly as stored, when it holds files
    /// and reads (or is of a newer layout, which a newer Eightfold restores). Text this code
    /// cannot read is left out: the review screen keeps it aside and offers it for download.
    pub fn stored_for_backup(&self) -> Result<Option<Value>, StoreError> {
        let Some(raw) = self.backend().get(REVIEW_BATCH)? else {
            return Ok(None);
        };
        let keep = match decode_review(&raw) {
            Ok((_, files)) => !files.is_empty(),
            Err(problem) => problem.leave_in_place(),
        };
        Ok(if keep {
            serde_json::from_str(&raw).ok()
        } else {
            None
        })
    }

    /// A batch this tab holds but could not store (storage full, another tab's batch there),
    /// in the stored form, for a backup; `None` for an empty batch.
    pub fn unstored_for_backup(
        &self,
        files: &[BatchFile],
        now: DateTime<FixedOffset>,
    ) -> Option<Value> {
        if files.is_empty() {
            return None;
        }
        let record = ReviewRecord::of(
            files,
            self.base.unwrap_or(0),
            now,
            self.records.writer().clone(),
        );
        serde_json::to_value(record).ok()
    }

    /// Stores the batch `files` read from a backup when this browser has no batch, or an empty
    /// one. A batch already stored is kept as it is ([`BatchRestore::KeptHere`]), one of a
    /// newer layout too ([`ReviewSaveError::NewerVersion`]); unreadable text under the key is
    /// moved aside first, as for any save.
    pub fn restore_from_backup(
        &mut self,
        files: &[BatchFile],
        now: DateTime<FixedOffset>,
    ) -> Result<BatchRestore, ReviewSaveError> {
        if let Some(raw) = self.backend().get(REVIEW_BATCH)? {
            match decode_review(&raw) {
                Ok((_, here)) if !here.is_empty() => {
                    return Ok(BatchRestore::KeptHere {
                        backup: files.len(),
                        here: here.len(),
                    })
                }
                Err(Problem::FutureSchema { schema }) => {
                    return Err(ReviewSaveError::NewerVersion { schema })
                }
                // Empty, or unreadable: `write` moves unreadable text aside before writing.
                _ => {}
            }
        }
        if files.is_empty() {
            return Ok(BatchRestore::Restored(Vec::new()));
        }
        self.write(files, now, true)?;
        Ok(BatchRestore::Restored(files.to_vec()))
    }

    fn write(
        &mut self,
        files: &[BatchFile],
        now: DateTime<FixedOffset>,
        over: bool,
    ) -> Result<ReviewSaved, ReviewSaveError> {
        let base = if over {
            Base::Anything
        } else {
            Base::Seen(self.base)
        };
        let stored = self.records.check(REVIEW_BATCH, base)?;
        if files.is_empty() {
            self.records.kv_mut().remove(REVIEW_BATCH)?;
            self.base = None;
            return Ok(ReviewSaved {
                revision: 0,
                bytes: 0,
            });
        }
        let revision = self
            .base
            .unwrap_or(0)
            .max(stored.unwrap_or(0))
            .saturating_add(1);
        let record = ReviewRecord::of(files, revision, now, self.records.writer().clone());
        let json = record
            .to_json()
            .map_err(|error| ReviewSaveError::Storage(error.to_string()))?;
        let bytes = self.records.write(REVIEW_BATCH, &json, revision)?;
        self.base = Some(revision);
        Ok(ReviewSaved { revision, bytes })
    }
}

/// Why text kept aside from the review batch cannot be read, worked out from the text itself.
pub fn review_reason(raw: &str) -> Problem {
    match decode_review(raw) {
        Err(problem) => problem,
        Ok(_) => Problem::KeptAside,
    }
}
