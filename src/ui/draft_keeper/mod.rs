//! Keeps the open assessment saved: autosave within half a second of a change, a flush when
//! the page is hidden or left, the save status, the drafts list, and the faults — another tab's
//! newer save, a full or missing storage — each surfaced to the user, never swallowed.
//!
//! The storage logic itself (revisions, quarantine, migration) is [`crate::drafts`]; this file
//! only connects it to signals and timers.

use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

use super::state::{AppState, Screen, Session};
use crate::domain::AssessmentId;
use crate::drafts::{
    DraftRecord, DraftStore, DraftSummary, QuarantinedEntry, SaveError, StorageScope,
};
use crate::formats::exchange::{BackupDraft, Digest, Imported};
use crate::i18n::Message;
use crate::web::autosave::SaveTimer;
use crate::web::clock;
use crate::web::storage::{on_storage_change, open_drafts, BrowserStore};

/// How the open draft stands with storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Nothing opened or changed yet.
    Idle,
    /// Changes not yet written.
    Unsaved,
    Saved {
        at: DateTime<FixedOffset>,
    },
    /// Another tab saved this draft since we last did: the user chooses what to keep.
    Conflict {
        theirs: Box<DraftRecord>,
    },
    /// The save failed (storage full, unavailable...): the draft is still in memory.
    Failed(SaveError),
}

/// The drafts side of the app state (all handles, so it is `Copy`).
#[derive(Clone, Copy)]
pub struct DraftKeeper {
    store: StoredValue<DraftStore<BrowserStore>, LocalStorage>,
    /// The record last written for the open draft: the base revision of the next save.
    base: StoredValue<Option<DraftRecord>>,
    pending: SaveTimer,
    pub status: RwSignal<SaveStatus>,
    pub summaries: RwSignal<Vec<DraftSummary>>,
    pub quarantined: RwSignal<Vec<QuarantinedEntry>>,
    /// Messages about drafts converted from an older layout during the last load.
    pub notices: RwSignal<Vec<Message>>,
    /// The last discarded draft, for a short undo.
    pub discarded: RwSignal<Option<DraftRecord>>,
    pub persistent: bool,
    pub scope: StorageScope,
    /// Bumped when the open draft is replaced under the form, so the form re-mounts.
    pub epoch: RwSignal<u32>,
}

impl DraftKeeper {
    pub fn new() -> DraftKeeper {
        let store = open_drafts();
        let persistent = store.backend().is_persistent();
        let scope = store.backend().scope();
        DraftKeeper {
            store: StoredValue::new_local(store),
            base: StoredValue::new(None),
            pending: SaveTimer::new(),
            status: RwSignal::new(SaveStatus::Idle),
            summaries: RwSignal::new(Vec::new()),
            quarantined: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            discarded: RwSignal::new(None),
            persistent,
            scope,
            epoch: RwSignal::new(0),
        }
    }

    /// Wires autosave, the page-hide flush, the close warning and the cross-tab watch.
    pub fn install(self, state: AppState) {
        self.reload_list(state);
        let first = std::cell::Cell::new(true);
        Effect::new(move |_| {
            // Track every change to the open assessment; the first run is the initial value.
            state.session.track();
            if first.replace(false) {
                return;
            }
            self.changed(state);
        });
        crate::web::lifecycle::on_page_hide(move || self.flush(state));
        crate::web::lifecycle::warn_before_unload(move || self.has_unsaved());
        let subscription = on_storage_change(move |change| self.storage_changed(state, change.key));
        // The listener lives as long as the page.
        std::mem::forget(subscription);
    }

    pub fn has_unsaved(&self) -> bool {
        matches!(
            self.status.get_untracked(),
            SaveStatus::Unsaved | SaveStatus::Failed(_) | SaveStatus::Conflict { .. }
        )
    }

    /// Loads the drafts list and the quarantined entries.
    pub fn reload_list(&self, _state: AppState) {
        let report = self.store.try_update_value(|store| store.load_all());
        match report {
            Some(Ok(report)) => {
                self.notices
                    .set(report.migrated.into_iter().map(Message::from).collect());
                self.summaries
                    .set(report.drafts.into_iter().map(|d| d.summary).collect());
                self.quarantined.set(report.quarantined);
            }
            Some(Err(error)) => self.status.set(SaveStatus::Failed(error.into())),
            None => {}
        }
    }

    /// Starts editing a new assessment (saved at its first change).
    pub fn begin(&self, state: AppState, session: Session) {
        self.cancel_pending();
        self.base.set_value(None);
        self.status.set(SaveStatus::Idle);
        state.session.set(Some(session));
        self.flush_now(state);
        state.go(Screen::Form);
    }

    /// A fresh assessment id that no stored draft uses.
    pub fn fresh_id(&self) -> AssessmentId {
        let now = clock::now();
        self.store
            .try_update_value(|store| store.fresh_id(now).ok())
            .flatten()
            .unwrap_or_else(|| AssessmentId(format!("a-{:x}", now.timestamp_millis())))
    }

    /// Opens a stored draft in the form.
    pub fn open(&self, state: AppState, id: &AssessmentId) -> Result<(), String> {
        let lang = state.lang.get_untracked();
        let loaded =
            self.store
                .with_value(|store| store.load(id))
                .map_err(|error| match error {
                    crate::drafts::LoadError::Store(e) => SaveError::from(e).message(lang),
                    crate::drafts::LoadError::Unreadable(problem) => problem.message(lang),
                })?;
        let Some(decoded) = loaded else {
            return Err(SaveError::NotFound { id: id.clone() }.message(lang));
        };
        let record = decoded.into_record();
        let template = self
            .store
            .with_value(|store| record.resolve_template(store.builtins()).cloned())
            .ok_or_else(|| super::i18n::TEMPLATE_MISSING.get(lang).to_owned())?;
        self.show(state, record, template);
        state.go(Screen::Form);
        Ok(())
    }

    fn show(&self, state: AppState, record: DraftRecord, template: crate::domain::Template) {
        self.cancel_pending();
        state.session.set(Some(Session {
            template,
            assessment: record.assessment.clone(),
        }));
        self.status.set(SaveStatus::Saved {
            at: record.saved_at,
        });
        self.base.set_value(Some(record));
        self.epoch.update(|e| *e += 1);
    }

    fn changed(self, state: AppState) {
        if matches!(self.status.get_untracked(), SaveStatus::Conflict { .. }) {
            return;
        }
        // Opening a draft sets the session too; saving it unchanged would make another tab
        // that has the same draft open see a newer revision and stop saving.
        if self.unchanged_since_save(state) {
            return;
        }
        self.status.set(SaveStatus::Unsaved);
        self.pending.schedule(move || self.flush(state));
    }

    /// True when the open assessment is exactly the one last saved.
    fn unchanged_since_save(&self, state: AppState) -> bool {
        self.base.with_value(|base| {
            state.session.with_untracked(|open| match (base, open) {
                (Some(base), Some(open)) => base.assessment == open.assessment,
                _ => false,
            })
        })
    }

    fn cancel_pending(&self) {
        self.pending.cancel();
    }

    /// Writes the open draft now if it has unsaved changes.
    pub fn flush(&self, state: AppState) {
        if self.status.get_untracked() == SaveStatus::Unsaved {
            self.flush_now(state);
        }
    }

    fn flush_now(&self, state: AppState) {
        self.cancel_pending();
        let Some(record) = self.record_to_save(state) else {
            return;
        };
        let now = clock::now();
        let result = self
            .store
            .try_update_value(|store| store.save(&record, now));
        match result {
            Some(Ok(outcome)) => {
                self.status.set(SaveStatus::Saved {
                    at: outcome.record.saved_at,
                });
                self.base.set_value(Some(outcome.record));
            }
            Some(Err(SaveError::Conflict { theirs })) => {
                self.status.set(SaveStatus::Conflict { theirs })
            }
            Some(Err(error)) => self.status.set(SaveStatus::Failed(error)),
            None => {}
        }
    }

    /// The open assessment as a record on top of the last saved revision.
    pub fn record_to_save(&self, state: AppState) -> Option<DraftRecord> {
        let session = state.session.get_untracked()?;
        let base = self.base.get_value();
        Some(match base {
            Some(base) if base.id() == &session.assessment.id => {
                // The answers were moved to another template version: keep that template.
                let moved = !base.assessment.uses(&session.template);
                let mut record = DraftRecord {
                    assessment: session.assessment,
                    ..base
                };
                if moved {
                    record.keep_template(&session.template);
                }
                record
            }
            _ => DraftRecord::new(session.assessment, &session.template),
        })
    }

    /// Saves what is open as a separate draft named `label` and keeps editing the original
    /// (before a change the drafts list cannot undo, such as moving to a new template version).
    pub fn save_copy_aside(&self, state: AppState, label: &str) -> Result<(), SaveError> {
        let Some(mut copy) = self.record_to_save(state) else {
            return Ok(());
        };
        copy.label = label.to_owned();
        let now = clock::now();
        match self
            .store
            .try_update_value(|store| store.save_as_copy(&copy, now))
        {
            Some(Err(error)) => Err(error),
            _ => Ok(()),
        }
    }

    /// Conflict: replace what is on screen with the other tab's newer version.
    pub fn take_theirs(&self, state: AppState) {
        if let SaveStatus::Conflict { theirs } = self.status.get_untracked() {
            let template = state
                .session
                .with_untracked(|s| s.as_ref().map(|s| s.template.clone()));
            let resolved = self
                .store
                .with_value(|store| theirs.resolve_template(store.builtins()).cloned())
                .or(template);
            if let Some(template) = resolved {
                self.show(state, *theirs, template);
            }
        }
    }

    /// Conflict: keep what is on screen as a new draft; the other tab's version stays as is.
    pub fn keep_mine_as_copy(&self, state: AppState) {
        let Some(mine) = self.record_to_save(state) else {
            return;
        };
        let now = clock::now();
        let result = self
            .store
            .try_update_value(|store| store.save_as_copy(&mine, now));
        match result {
            Some(Ok(outcome)) => {
                let template = state
                    .session
                    .with_untracked(|s| s.as_ref().map(|s| s.template.clone()));
                if let Some(template) = template {
                    self.show(state, outcome.record, template);
                }
            }
            Some(Err(error)) => self.status.set(SaveStatus::Failed(error)),
            None => {}
        }
    }

    /// Another tab wrote one of our keys.
    fn storage_changed(&self, state: AppState, key: Option<String>) {
        let open_id = state
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.assessment.id.clone()));
        if let Some(id) = open_id {
            let ours = key
                .as_deref()
                .is_none_or(|key| key == crate::drafts::keys::draft_key(&id));
            if ours {
                self.check_newer(&id);
            }
        }
        if state.screen.get_untracked() == Screen::Start {
            self.reload_list(state);
        }
    }

    /// Marks a conflict when the stored draft is no longer the revision we saved.
    fn check_newer(&self, id: &AssessmentId) {
        let base_revision = self.base.with_value(|b| b.as_ref().map(|b| b.revision));
        let stored = self.store.with_value(|store| store.load(id));
        if let Ok(Some(decoded)) = stored {
            let theirs = decoded.into_record();
            if Some(theirs.revision) != base_revision {
                self.status.set(SaveStatus::Conflict {
                    theirs: Box::new(theirs),
                });
            }
        }
    }

    pub fn discard(&self, state: AppState, summary: &DraftSummary) {
        let result = self
            .store
            .try_update_value(|store| store.discard(&summary.id, summary.revision));
        match result {
            Some(Ok(record)) => self.discarded.set(record),
            Some(Err(error)) => self.status.set(SaveStatus::Failed(error)),
            None => {}
        }
        self.reload_list(state);
    }

    pub fn undo_discard(&self, state: AppState) {
        if let Some(record) = self.discarded.get_untracked() {
            if let Some(Err(error)) = self.store.try_update_value(|store| store.restore(&record)) {
                self.status.set(SaveStatus::Failed(error));
            }
            self.discarded.set(None);
            self.reload_list(state);
        }
    }

    pub fn duplicate(&self, state: AppState, id: &AssessmentId) {
        let now = clock::now();
        if let Some(Err(error)) = self
            .store
            .try_update_value(|store| store.duplicate(id, now))
        {
            self.status.set(SaveStatus::Failed(error));
        }
        self.reload_list(state);
    }

    pub fn rename(&self, state: AppState, id: &AssessmentId, label: &str) {
        let now = clock::now();
        let result = self.store.try_update_value(|store| {
            let record = store.load(id).ok().flatten()?.into_record();
            Some(store.rename(&record, label, now))
        });
        if let Some(Some(Err(error))) = result {
            self.status.set(SaveStatus::Failed(error));
        }
        self.reload_list(state);
    }

    /// Every stored draft as a backup entry: its template, assessment and `review_of` (drafts
    /// whose template is unknown are skipped).
    pub fn backup_drafts(&self) -> Vec<BackupDraft> {
        self.store
            .try_update_value(|store| {
                let report = store.load_all().ok()?;
                Some(
                    report
                        .drafts
                        .into_iter()
                        .filter_map(|d| {
                            let template = d.record.resolve_template(store.builtins())?.clone();
                            Some(d.record.to_backup(template))
                        })
                        .collect(),
                )
            })
            .flatten()
            .unwrap_or_default()
    }

    /// Keeps an imported file (or a backup's entry) as a draft, with its `review_of`. When a
    /// draft with its id exists, `replace` decides: overwrite it (the user chose to) or keep
    /// both (the import gets a new id).
    pub fn adopt(
        &self,
        state: AppState,
        imported: Imported,
        replace: bool,
    ) -> Result<(), SaveError> {
        let now = clock::now();
        let mut record = DraftRecord::imported(imported);
        let result = self
            .store
            .try_update_value(|store| match store.load(record.id()) {
                Ok(Some(existing)) if replace => {
                    record.revision = existing.record().revision;
                    store.save(&record, now)
                }
                Ok(Some(_)) => store.save_as_copy(&record, now),
                _ => store.save(&record, now),
            });
        self.reload_list(state);
        match result {
            Some(Err(error)) => Err(error),
            _ => Ok(()),
        }
    }

    /// For the open draft kept from a reviewed file: the digest of the unit's file it
    /// reviews, which its export names again. `None` for any other assessment.
    pub fn review_of(&self, state: AppState) -> Option<Digest> {
        let open = state
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.assessment.id.clone()))?;
        self.base.with_value(|base| {
            base.as_ref()
                .filter(|base| base.id() == &open)
                .and_then(|base| base.review_of)
        })
    }

    /// Notes that the open draft was just exported as a file, for the drafts list's
    /// "changed since last export" mark (`drafts::export_mark`).
    pub fn mark_exported(&self, state: AppState) {
        let Some(record) = self.record_to_save(state) else {
            return;
        };
        let template = state
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.template.clone()));
        if let Some(template) = template {
            let now = clock::now();
            // The export itself succeeded; a mark that cannot be written only leaves the list
            // without the date.
            let _ = self
                .store
                .try_update_value(|store| store.mark_exported(&template, &record, now));
        }
    }

    /// When the stored draft with this id was last changed; `None` when there is none.
    pub fn stored_modified(&self, id: &AssessmentId) -> Option<DateTime<FixedOffset>> {
        match self.store.with_value(|store| store.load(id)) {
            Ok(Some(stored)) => Some(stored.record().assessment.modified),
            _ => None,
        }
    }

    /// "Drafts use 12 KB of about 5 MB", with a nudge when it gets high.
    pub fn usage_message(&self, state: AppState) -> Option<String> {
        let lang = state.lang.get();
        self.summaries.track();
        self.store
            .with_value(|store| store.usage().ok())
            .map(|usage| usage.message(lang))
    }
}

impl Default for DraftKeeper {
    fn default() -> Self {
        DraftKeeper::new()
    }
}
