//! Drafts in and out of files: every stored draft as a backup entry, and an imported file or a
//! backup's entry kept as a draft (replacing the one with its id only when the user chose to).

use leptos::prelude::*;

use super::DraftKeeper;
use crate::drafts::{DraftRecord, SaveError};
use crate::formats::exchange::{BackupDraft, Imported};
use crate::web::clock;

impl DraftKeeper {
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
    pub fn adopt(&self, imported: Imported, replace: bool) -> Result<(), SaveError> {
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
        self.reload_list();
        match result {
            Some(Err(error)) => Err(error),
            _ => Ok(()),
        }
    }
}
