//! The drafts list: loading it with the entries kept aside, and the operations of its rows —
//! discard with an undo, duplicate, rename — each refused rather than overwrite another tab's
//! save; plus what the list shows about storage.

use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

use super::{DraftKeeper, SaveStatus};
use crate::domain::AssessmentId;
use crate::drafts::DraftSummary;
use crate::i18n::Message;
use crate::web::clock;

impl DraftKeeper {
    /// Loads the drafts list and the quarantined entries.
    pub fn reload_list(&self) {
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

    pub fn discard(&self, summary: &DraftSummary) {
        let result = self
            .store
            .try_update_value(|store| store.discard(&summary.id, summary.revision));
        match result {
            Some(Ok(record)) => self.discarded.set(record),
            Some(Err(error)) => self.status.set(SaveStatus::Failed(error)),
            None => {}
        }
        self.reload_list();
    }

    pub fn undo_discard(&self) {
        if let Some(record) = self.discarded.get_untracked() {
            if let Some(Err(error)) = self.store.try_update_value(|store| store.restore(&record)) {
                self.status.set(SaveStatus::Failed(error));
            }
            self.discarded.set(None);
            self.reload_list();
        }
    }

    pub fn duplicate(&self, id: &AssessmentId) {
        let now = clock::now();
        if let Some(Err(error)) = self
            .store
            .try_update_value(|store| store.duplicate(id, now))
        {
            self.status.set(SaveStatus::Failed(error));
        }
        self.reload_list();
    }

    pub fn rename(&self, id: &AssessmentId, label: &str) {
        let now = clock::now();
        let result = self.store.try_update_value(|store| {
            let record = store.load(id).ok().flatten()?.into_record();
            Some(store.rename(&record, label, now))
        });
        if let Some(Some(Err(error))) = result {
            self.status.set(SaveStatus::Failed(error));
        }
        self.reload_list();
    }

    /// When the stored draft with this id was last changed; `None` when there is none.
    pub fn stored_modified(&self, id: &AssessmentId) -> Option<DateTime<FixedOffset>> {
        match self.store.with_value(|store| store.load(id)) {
            Ok(Some(stored)) => Some(stored.record().assessment.modified),
            _ => None,
        }
    }

    /// "Drafts use 12 KB of about 5 MB", with a nudge when it gets high.
    pub fn usage_message(&self) -> Option<String> {
        let lang = self.lang.get();
        self.summaries.track();
        self.store
            .with_value(|store| store.usage().ok())
            .map(|usage| usage.message(lang))
    }
}
