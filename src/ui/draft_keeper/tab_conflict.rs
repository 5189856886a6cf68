//! Another tab saved the open draft: the save status turns to a conflict (at the next save, or
//! at once through the `storage` event), and the user takes theirs or keeps this tab's work as
//! a copy; nothing is overwritten silently.

use leptos::prelude::*;

use super::{DraftKeeper, SaveStatus};
use crate::domain::AssessmentId;
use crate::ui::state::Screen;
use crate::web::clock;

impl DraftKeeper {
    /// Conflict: replace what is on screen with the other tab's newer version.
    pub fn take_theirs(&self) {
        if let SaveStatus::Conflict { theirs } = self.status.get_untracked() {
            let template = self
                .session
                .with_untracked(|s| s.as_ref().map(|s| s.template.clone()));
            let resolved = self
                .store
                .with_value(|store| theirs.resolve_template(store.builtins()).cloned())
                .or(template);
            if let Some(template) = resolved {
                self.show(*theirs, template);
            }
        }
    }

    /// Conflict: keep what is on screen as a new draft; the other tab's version stays as is.
    pub fn keep_mine_as_copy(&self) {
        let Some(mine) = self.record_to_save() else {
            return;
        };
        let now = clock::now();
        let result = self
            .store
            .try_update_value(|store| store.save_as_copy(&mine, now));
        match result {
            Some(Ok(outcome)) => {
                let template = self
                    .session
                    .with_untracked(|s| s.as_ref().map(|s| s.template.clone()));
                if let Some(template) = template {
                    self.show(outcome.record, template);
                }
            }
            Some(Err(error)) => self.status.set(SaveStatus::Failed(error)),
            None => {}
        }
    }

    /// Another tab wrote one of our keys.
    pub(super) fn storage_changed(&self, key: Option<String>) {
        let open_id = self
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
        if self.screen.get_untracked() == Screen::Start {
            self.reload_list();
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
}
