//! Keeps the open assessment saved: autosave within half a second of a change, a flush when
//! the page is hidden or left, and the save status, each fault — a full or missing storage —
//! surfaced to the user, never swallowed. Another tab's newer save is `tab_conflict`, the
//! drafts list `list`, drafts in and out of files `backup`.
//!
//! The keeper holds the signals it works on (the open session, the language, the screen), so
//! no method takes the `AppState` it lives in. The storage logic itself (revisions,
//! quarantine, migration) is [`crate::drafts`]; this module only connects it to signals and
//! timers.

mod backup;
mod list;
mod tab_conflict;

use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

use super::state::{Screen, Session};
use crate::domain::{AssessmentId, Lang};
use crate::drafts::{
    DraftRecord, DraftStore, DraftSummary, QuarantinedEntry, SaveError, StorageScope,
};
use crate::formats::exchange::Digest;
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
    /// The open assessment (the app state's).
    session: RwSignal<Option<Session>>,
    lang: RwSignal<Lang>,
    screen: RwSignal<Screen>,
}

impl DraftKeeper {
    pub fn new(
        session: RwSignal<Option<Session>>,
        lang: RwSignal<Lang>,
        screen: RwSignal<Screen>,
    ) -> DraftKeeper {
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
            session,
            lang,
            screen,
        }
    }

    /// Wires autosave, the page-hide flush, the close warning and the cross-tab watch.
    pub fn install(self) {
        self.reload_list();
        let first = std::cell::Cell::new(true);
        Effect::new(move |_| {
            // Track every change to the open assessment; the first run is the initial value.
            self.session.track();
            if first.replace(false) {
                return;
            }
            self.changed();
        });
        crate::web::lifecycle::on_page_hide(move || self.flush());
        crate::web::lifecycle::warn_before_unload(move || self.has_unsaved());
        if let Some(listener) = on_storage_change(move |change| self.storage_changed(change.key)) {
            listener.while_owner_lives();
        }
    }

    pub fn has_unsaved(&self) -> bool {
        matches!(
            self.status.get_untracked(),
            SaveStatus::Unsaved | SaveStatus::Failed(_) | SaveStatus::Conflict { .. }
        )
    }

    /// Starts editing a new assessment (saved at its first change); the caller shows the form.
    pub fn begin(&self, session: Session) {
        self.cancel_pending();
        self.base.set_value(None);
        self.status.set(SaveStatus::Idle);
        self.session.set(Some(session));
        self.flush_now();
    }

    /// A fresh assessment id that no stored draft uses.
    pub fn fresh_id(&self) -> AssessmentId {
        let now = clock::now();
        self.store
            .try_update_value(|store| store.fresh_id(now).ok())
            .flatten()
            .unwrap_or_else(|| AssessmentId(format!("a-{:x}", now.timestamp_millis())))
    }

    /// Opens a stored draft as the session; the caller shows the form.
    pub fn open(&self, id: &AssessmentId) -> Result<(), String> {
        let lang = self.lang.get_untracked();
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
        self.show(record, template);
        Ok(())
    }

    fn show(&self, record: DraftRecord, template: crate::domain::Template) {
        self.cancel_pending();
        self.session.set(Some(Session {
            template,
            assessment: record.assessment.clone(),
        }));
        self.status.set(SaveStatus::Saved {
            at: record.saved_at,
        });
        self.base.set_value(Some(record));
        self.epoch.update(|e| *e += 1);
    }

    fn changed(self) {
        if matches!(self.status.get_untracked(), SaveStatus::Conflict { .. }) {
            return;
        }
        // Opening a draft sets the session too; saving it unchanged would make another tab
        // that has the same draft open see a newer revision and stop saving.
        if self.unchanged_since_save() {
            return;
        }
        self.status.set(SaveStatus::Unsaved);
        self.pending.schedule(move || self.flush());
    }

    /// True when the open assessment is exactly the one last saved.
    fn unchanged_since_save(&self) -> bool {
        self.base.with_value(|base| {
            self.session.with_untracked(|open| match (base, open) {
                (Some(base), Some(open)) => base.assessment == open.assessment,
                _ => false,
            })
        })
    }

    fn cancel_pending(&self) {
        self.pending.cancel();
    }

    /// Writes the open draft now if it has unsaved changes.
    pub fn flush(&self) {
        if self.status.get_untracked() == SaveStatus::Unsaved {
            self.flush_now();
        }
    }

    fn flush_now(&self) {
        self.cancel_pending();
        let Some(record) = self.record_to_save() else {
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
    pub fn record_to_save(&self) -> Option<DraftRecord> {
        let session = self.session.get_untracked()?;
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
    pub fn save_copy_aside(&self, label: &str) -> Result<(), SaveError> {
        let Some(mut copy) = self.record_to_save() else {
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

    /// For the open draft kept from a reviewed file: the digest of the unit's file it
    /// reviews, which its export names again. `None` for any other assessment.
    pub fn review_of(&self) -> Option<Digest> {
        let open = self
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
    pub fn mark_exported(&self) {
        let Some(record) = self.record_to_save() else {
            return;
        };
        let template = self
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
}
