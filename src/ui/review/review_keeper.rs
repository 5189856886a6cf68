//! Keeps review mode's batch in browser storage: restored when the app starts, written within
//! half a second of each change and at once when the page is hidden or left, so a reload or a
//! crash keeps the files, the review scores and the unexported marks.
//!
//! The storage rules (one entry, revision checks against other tabs, quarantine, quota) are
//! [`crate::drafts::ReviewStore`]; this file only connects it to the batch signal, a timer and
//! the page life cycle, and keeps what went wrong where the review screen can say it. A failed
//! save never touches the batch in memory.
//!
//! A backup takes the batch from here ([`ReviewKeeper::for_backup`]): a change still waiting
//! for its save is written first, so the backup holds what the screen shows. Restoring a
//! backup's batch ([`ReviewKeeper::restore_backup`]) goes through this tab's store too, so the
//! tab stays on the revision it wrote and goes on saving over it.

use std::cell::Cell;

use leptos::prelude::*;
use serde_json::Value;

use super::state::LoadedFile;
use crate::domain::Lang;
use crate::drafts::review_record::read_backup_batch;
use crate::drafts::review_store::BatchRestore;
use crate::drafts::{QuarantinedEntry, ReviewSaveError, ReviewStore};
use crate::formats::exchange::ImportError;
use crate::ui::i18n;
use crate::web::autosave::SaveTimer;
use crate::web::clock;
use crate::web::storage::{open_review, BrowserStore};

/// How the batch stands with storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeepStatus {
    /// Nothing stored (no batch, or nothing changed since start).
    Idle,
    /// The batch as it is now (or as it was a moment ago) is stored.
    Kept,
    /// The last save failed; the batch is still in this page.
    Failed(ReviewSaveError),
}

/// Why a backup's review batch was not restored. Nothing here changed in either case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupBatchError {
    /// The batch in the backup cannot be read; the error names the field (`review_batch…`).
    Invalid(ImportError),
    /// It was read (`files` unit files) but could not be stored.
    NotStored {
        files: usize,
        error: ReviewSaveError,
    },
}

/// The storage side of review mode (all handles, so it is `Copy`).
#[derive(Clone, Copy)]
pub struct ReviewKeeper {
    store: StoredValue<ReviewStore<BrowserStore>, LocalStorage>,
    pending: SaveTimer,
    /// A change not written yet.
    dirty: StoredValue<bool>,
    /// The next change of the batch comes from storage itself (taking another tab's batch).
    from_storage: StoredValue<bool>,
    pub status: RwSignal<KeepStatus>,
    /// The stored batch that could not be read at start-up, kept aside.
    pub unreadable: RwSignal<Option<QuarantinedEntry>>,
    /// False when the browser gives no storage and the batch lives in this page only.
    pub persistent: bool,
}

impl ReviewKeeper {
    pub fn new() -> ReviewKeeper {
        let store = open_review();
        let persistent = store.backend().is_persistent();
        ReviewKeeper {
            store: StoredValue::new_local(store),
            pending: SaveTimer::new(),
            dirty: StoredValue::new(false),
            from_storage: StoredValue::new(false),
            status: RwSignal::new(KeepStatus::Idle),
            unreadable: RwSignal::new(None),
            persistent,
        }
    }

    /// The stored batch (call before [`ReviewKeeper::install`]); an unreadable one is kept
    /// aside and shown.
    pub fn restore(&self) -> Vec<LoadedFile> {
        match self.store.try_update_value(|store| store.load()) {
            Some(Ok(load)) => {
                if !load.files.is_empty() {
                    self.status.set(KeepStatus::Kept);
                }
                self.unreadable.set(load.unreadable);
                load.files
            }
            Some(Err(error)) => {
                self.status.set(KeepStatus::Failed(error.into()));
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// Saves `files` after each change and when the page is hidden or left.
    pub fn install(self, files: RwSignal<Vec<LoadedFile>>) {
        let first = Cell::new(true);
        Effect::new(move |_| {
            // Track every change of the batch; the first run is the restored batch itself.
            files.track();
            if first.replace(false)
                || self.from_storage.try_update_value(std::mem::take) == Some(true)
            {
                return;
            }
            self.changed(files);
        });
        crate::web::lifecycle::on_page_hide(move || self.flush(files));
    }

    fn changed(self, files: RwSignal<Vec<LoadedFile>>) {
        self.dirty.set_value(true);
        self.pending.schedule(move || self.flush(files));
    }

    /// Writes the batch now if it changed since the last save.
    pub fn flush(&self, files: RwSignal<Vec<LoadedFile>>) {
        if self.dirty.get_value() {
            self.write(files, false);
        }
    }

    /// Another tab saved a batch (or a newer Eightfold did): store this page's batch anyway;
    /// theirs is overwritten only when readable by a save of the user's choice, a newer one is
    /// kept aside.
    pub fn keep_mine(&self, files: RwSignal<Vec<LoadedFile>>) {
        self.write(files, true);
    }

    /// Another tab saved a batch: show that one instead of this page's.
    pub fn load_theirs(&self, files: RwSignal<Vec<LoadedFile>>) {
        self.cancel_pending();
        match self.store.try_update_value(|store| store.load()) {
            Some(Ok(load)) => {
                self.dirty.set_value(false);
                self.from_storage.set_value(true);
                self.status.set(if load.files.is_empty() {
                    KeepStatus::Idle
                } else {
                    KeepStatus::Kept
                });
                if load.unreadable.is_some() {
                    self.unreadable.set(load.unreadable);
                }
                files.set(load.files);
            }
            Some(Err(error)) => self.status.set(KeepStatus::Failed(error.into())),
            None => {}
        }
    }

    /// The batch for a backup, as the stored record's JSON: a pending change is written first
    /// (no waiting for the save delay), then the batch is read as stored, so the backup holds
    /// exactly what a reload would bring back. When the last save failed (storage full,
    /// another tab's batch there) and this page holds files, or nothing readable is stored,
    /// this page's batch goes in instead, in the same form: a batch on screen is never left
    /// out.
    pub fn for_backup(&self, files: RwSignal<Vec<LoadedFile>>) -> Option<Value> {
        self.flush(files);
        let failed = matches!(self.status.get_untracked(), KeepStatus::Failed(_));
        let shown = files.with_untracked(|files| !files.is_empty());
        let now = clock::now();
        self.store
            .try_with_value(|store| {
                let stored = if failed && shown {
                    None
                } else {
                    store.stored_for_backup().ok().flatten()
                };
                stored
                    .or_else(|| files.with_untracked(|files| store.unstored_for_backup(files, now)))
            })
            .flatten()
    }

    /// Takes a backup's batch as this browser's when it has none: read with the stored
    /// batch's decoder, stored, and shown. A batch this page or browser already holds is kept
    /// as it is ([`BatchRestore::KeptHere`]), never overwritten or merged.
    pub fn restore_backup(
        &self,
        files: RwSignal<Vec<LoadedFile>>,
        batch: &Value,
    ) -> Result<BatchRestore, BackupBatchError> {
        let backup = read_backup_batch(batch).map_err(BackupBatchError::Invalid)?;
        // A change not stored yet (a batch just cleared, say) counts: store it first.
        self.flush(files);
        let here = files.with_untracked(Vec::len);
        if here > 0 {
            return Ok(BatchRestore::KeptHere {
                backup: backup.len(),
                here,
            });
        }
        let now = clock::now();
        let not_stored = |error| BackupBatchError::NotStored {
            files: backup.len(),
            error,
        };
        let outcome = self
            .store
            .try_update_value(|store| store.restore_from_backup(&backup, now))
            .ok_or_else(|| not_stored(ReviewSaveError::Unavailable))?
            .map_err(not_stored)?;
        if let BatchRestore::Restored(restored) = &outcome {
            if !restored.is_empty() {
                self.cancel_pending();
                self.dirty.set_value(false);
                // Already stored: showing it is not a change to save.
                self.from_storage.set_value(true);
                self.status.set(KeepStatus::Kept);
                files.set(restored.clone());
            }
        }
        Ok(outcome)
    }

    fn cancel_pending(&self) {
        self.pending.cancel();
    }

    fn write(&self, files: RwSignal<Vec<LoadedFile>>, over: bool) {
        self.cancel_pending();
        let now = clock::now();
        let result = files.with_untracked(|files| {
            self.store.try_update_value(|store| {
                if over {
                    store.save_over(files, now)
                } else {
                    store.save(files, now)
                }
            })
        });
        match result {
            Some(Ok(saved)) => {
                self.dirty.set_value(false);
                self.status.set(if saved.revision == 0 {
                    KeepStatus::Idle
                } else {
                    KeepStatus::Kept
                });
            }
            Some(Err(error)) => self.status.set(KeepStatus::Failed(error)),
            None => {}
        }
    }

    /// What to tell the user about the stored batch, if anything.
    pub fn message(&self, lang: Lang) -> Option<String> {
        if !self.persistent {
            return Some(i18n::REVIEW_STORE_UNAVAILABLE.get(lang).to_owned());
        }
        match self.status.get() {
            KeepStatus::Idle => None,
            KeepStatus::Kept => Some(i18n::REVIEW_STORE_KEPT.get(lang).to_owned()),
            KeepStatus::Failed(error) => Some(failure(&error, lang)),
        }
    }

    /// True while saves wait for the user: another tab, or a newer Eightfold, stored a batch.
    pub fn can_keep_mine(&self) -> bool {
        matches!(
            self.status.get(),
            KeepStatus::Failed(ReviewSaveError::Conflict { .. })
                | KeepStatus::Failed(ReviewSaveError::NewerVersion { .. })
        )
    }

    /// True when another tab's batch can be taken instead of this page's.
    pub fn can_load_theirs(&self) -> bool {
        matches!(
            self.status.get(),
            KeepStatus::Failed(ReviewSaveError::Conflict { .. })
        )
    }
}

/// Why review work is not kept, and the way out (an export).
fn failure(error: &ReviewSaveError, lang: Lang) -> String {
    match error {
        ReviewSaveError::Conflict { .. } => i18n::REVIEW_STORE_CONFLICT.get(lang).to_owned(),
        ReviewSaveError::NewerVersion { .. } => i18n::REVIEW_STORE_NEWER.get(lang).to_owned(),
        ReviewSaveError::Quota { .. } => i18n::REVIEW_STORE_QUOTA.get(lang).to_owned(),
        ReviewSaveError::Unavailable => i18n::REVIEW_STORE_UNAVAILABLE.get(lang).to_owned(),
        ReviewSaveError::Storage(message) => i18n::fill(i18n::REVIEW_STORE_FAILED, lang, message),
        // The one batch has no id: no save error names one.
        ReviewSaveError::NotFound { id } | ReviewSaveError::Unreadable { id, .. } => match *id {},
    }
}

impl Default for ReviewKeeper {
    fn default() -> ReviewKeeper {
        ReviewKeeper::new()
    }
}
