//! The criteria templates side of the app state: the stored templates, the one open in the
//! editor, the template a form file carries, and the list new assessments choose from.
//!
//! Storage rules (revisions, quarantine, publishing, versions) are
//! [`crate::drafts::TemplateStore`]; reading and writing files is [`crate::formats`]; this
//! file connects them to signals and to the screens.

use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

use super::state::{AppState, Screen};
use crate::domain::template_edit::{blank_template, copy_of};
use crate::domain::PublishError;
use crate::domain::{builtin_templates, Template, TemplateId};
use crate::drafts::{RestoreOutcome, TemplateError, TemplateRecord, TemplateStore};
use crate::formats::exchange::{import_template_file, ImportError, ImportedTemplate};
use crate::web::clock;
use crate::web::form_file::embedded_template_text;
use crate::web::storage::{open_templates, BrowserStore};

/// The template a form file carries, as read at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Embedded {
    /// The page is the app itself, not a form file.
    None,
    Template(Box<ImportedTemplate>),
    /// The page carries a template that cannot be used, and why.
    Broken(ImportError),
}

/// Handles only, so it is `Copy` like the rest of the state.
#[derive(Clone, Copy)]
pub struct TemplateKeeper {
    store: StoredValue<TemplateStore<BrowserStore>, LocalStorage>,
    /// Every stored template, most recently saved first.
    pub records: RwSignal<Vec<TemplateRecord>>,
    /// The record open in the editor, as last saved (the base of the next save).
    pub editing: StoredValue<Option<TemplateRecord>>,
    pub embedded: StoredValue<Embedded>,
    /// The last template deleted, for an undo.
    pub discarded: RwSignal<Option<TemplateRecord>>,
    /// Lines shown at the top of the editor (what an import did), cleared on leaving it.
    pub notices: RwSignal<Vec<String>>,
}

impl TemplateKeeper {
    pub fn new() -> TemplateKeeper {
        let embedded = match embedded_template_text() {
            None => Embedded::None,
            Some(text) => match import_template_file(text.as_bytes()) {
                Ok(imported) => Embedded::Template(Box::new(imported)),
                Err(error) => Embedded::Broken(error),
            },
        };
        let keeper = TemplateKeeper {
            store: StoredValue::new_local(open_templates()),
            records: RwSignal::new(Vec::new()),
            editing: StoredValue::new(None),
            embedded: StoredValue::new(embedded),
            discarded: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
        };
        keeper.reload();
        keeper
    }

    /// Reads the stored templates again.
    pub fn reload(&self) {
        self.records.set(self.load_records());
    }

    fn load_records(&self) -> Vec<TemplateRecord> {
        self.store
            .try_update_value(|store| store.load_all().ok())
            .flatten()
            .map(|report| report.templates)
            .unwrap_or_default()
    }

    /// The templates a new assessment can use: the form file's own first, then the built-in
    /// ones, then the published versions of stored templates (each id once).
    pub fn available(&self) -> Vec<Template> {
        self.records
            .with_untracked(|records| self.available_with(records))
    }

    fn available_with(&self, records: &[TemplateRecord]) -> Vec<Template> {
        let mut all: Vec<Template> = Vec::new();
        if let Some(template) = self.embedded_template() {
            all.push(template);
        }
        let published = records.iter().filter_map(|r| r.published.clone());
        for template in builtin_templates().into_iter().chain(published) {
            if !all.iter().any(|t| t.id == template.id) {
                all.push(template);
            }
        }
        all
    }

    pub fn embedded_template(&self) -> Option<Template> {
        self.embedded.with_value(|embedded| match embedded {
            Embedded::Template(imported) => Some(imported.template.clone()),
            _ => None,
        })
    }

    /// After a change to the stored templates: the list and the choices of new assessments.
    pub fn refresh(&self, state: AppState) {
        let records = self.load_records();
        // The choices first: the views that follow `records` read them.
        state.templates.set_value(self.available_with(&records));
        self.records.set(records);
    }

    /// Starts a new blank template and opens it in the editor.
    pub fn create_blank(&self, state: AppState) -> Result<(), String> {
        let id = self.fresh_id(state)?;
        self.create(state, blank_template(id))
    }

    /// Starts a copy of `source` and opens it in the editor.
    pub fn create_copy(&self, state: AppState, source: &Template) -> Result<(), String> {
        let id = self.fresh_id(state)?;
        self.create(state, copy_of(source, id))
    }

    /// Stores `template` under a new id as an unpublished template and opens it in the editor.
    pub fn create_with_fresh_id(
        &self,
        state: AppState,
        mut template: Template,
    ) -> Result<(), String> {
        template.id = self.fresh_id(state)?;
        self.create(state, template)
    }

    /// Stores `template` as a new unpublished template and opens it in the editor.
    pub fn create(&self, state: AppState, template: Template) -> Result<(), String> {
        let lang = state.lang.get_untracked();
        let now = clock::now();
        let record = TemplateRecord::new(template, now);
        let saved = self
            .store
            .try_update_value(|store| store.save(&record, now))
            .ok_or_else(String::new)?
            .map_err(|e| e.message(lang))?;
        self.open_record(state, saved);
        Ok(())
    }

    fn fresh_id(&self, state: AppState) -> Result<TemplateId, String> {
        let now = clock::now();
        self.store
            .try_update_value(|store| store.fresh_id(now))
            .ok_or_else(String::new)?
            .map_err(|e| crate::drafts::SaveError::from(e).message(state.lang.get_untracked()))
    }

    /// Opens the stored template `id` in the editor.
    pub fn open(&self, state: AppState, id: &TemplateId) -> Result<(), String> {
        let lang = state.lang.get_untracked();
        let loaded = self
            .store
            .with_value(|store| store.load(id))
            .map_err(|e| e.message(lang))?;
        match loaded {
            Some(record) => {
                self.open_record(state, record);
                Ok(())
            }
            None => {
                self.refresh(state);
                Ok(())
            }
        }
    }

    fn open_record(&self, state: AppState, record: TemplateRecord) {
        self.editing.set_value(Some(record));
        state.go(Screen::Editor);
    }

    /// Saves the editor's working copy on top of the last saved revision.
    pub fn save_working(&self, working: &Template) -> Result<(), TemplateError> {
        let Some(mut record) = self.editing.get_value() else {
            return Ok(());
        };
        if &record.working == working {
            return Ok(());
        }
        record.working = working.clone();
        let now = clock::now();
        let saved = self
            .store
            .try_update_value(|store| store.save(&record, now));
        match saved {
            Some(Ok(saved)) => {
                self.editing.set_value(Some(saved));
                Ok(())
            }
            Some(Err(error)) => Err(error),
            None => Ok(()),
        }
    }

    /// Publishes the editor's working copy; returns the record as now stored.
    pub fn publish(&self, state: AppState) -> Result<TemplateRecord, TemplateError> {
        let Some(record) = self.editing.get_value() else {
            return Err(TemplateError::Refused(PublishError::Invalid {
                issues: Vec::new(),
            }));
        };
        let now = clock::now();
        let published = self
            .store
            .try_update_value(|store| store.publish(&record, now))
            .unwrap_or(Err(TemplateError::Refused(PublishError::Invalid {
                issues: Vec::new(),
            })))?;
        self.editing.set_value(Some(published.clone()));
        self.refresh(state);
        Ok(published)
    }

    /// Keeps a template read from a file; the message says what happened.
    pub fn adopt(
        &self,
        state: AppState,
        template: &Template,
    ) -> Result<crate::drafts::Adopted, TemplateError> {
        self.change_store(state, |store, now| store.adopt(template, now))
    }

    /// Every stored template record, read again from storage (for a backup).
    pub fn stored(&self) -> Vec<TemplateRecord> {
        self.load_records()
    }

    /// Restores a template record from a backup (see [`TemplateStore::restore_from_backup`]).
    pub fn restore_from_backup(
        &self,
        state: AppState,
        working: &Template,
        published: Option<&Template>,
    ) -> Result<RestoreOutcome, TemplateError> {
        self.change_store(state, |store, now| {
            store.restore_from_backup(working, published, now)
        })
    }

    /// Replaces the record `here` with a backup's, after the user said so.
    pub fn restore_replacing(
        &self,
        state: AppState,
        here: &TemplateRecord,
        working: &Template,
        published: Option<&Template>,
    ) -> Result<TemplateRecord, TemplateError> {
        self.change_store(state, |store, now| {
            store.restore_replacing(here, working, published, now)
        })
    }

    /// Keeps a backup's record next to a different one with its id, under a new id.
    pub fn restore_as_copy(
        &self,
        state: AppState,
        working: &Template,
        published: Option<&Template>,
    ) -> Result<TemplateRecord, TemplateError> {
        self.change_store(state, |store, now| {
            store.restore_as_copy(working, published, now)
        })
    }

    /// Runs one change on the store at the current time, then refreshes the lists.
    fn change_store<T>(
        &self,
        state: AppState,
        change: impl FnOnce(
            &mut TemplateStore<BrowserStore>,
            DateTime<FixedOffset>,
        ) -> Result<T, TemplateError>,
    ) -> Result<T, TemplateError> {
        let now = clock::now();
        let result = self
            .store
            .try_update_value(|store| change(store, now))
            .unwrap_or(Err(TemplateError::Refused(PublishError::Invalid {
                issues: Vec::new(),
            })));
        self.refresh(state);
        result
    }

    /// Deletes a stored template (drafts keep their own copy of it), with an undo.
    pub fn discard(&self, state: AppState, record: &TemplateRecord) -> Result<(), String> {
        let lang = state.lang.get_untracked();
        let id = record.working.id.clone();
        let revision = record.revision;
        let removed = self
            .store
            .try_update_value(|store| store.discard(&id, revision))
            .unwrap_or(Ok(None))
            .map_err(|e| e.message(lang));
        self.refresh(state);
        self.discarded.set(removed?);
        Ok(())
    }

    /// Puts the last deleted template back.
    pub fn undo_discard(&self, state: AppState) -> Result<(), String> {
        let Some(mut record) = self.discarded.get_untracked() else {
            return Ok(());
        };
        let lang = state.lang.get_untracked();
        // It was removed, so it is saved again as a new entry.
        record.revision = 0;
        let now = clock::now();
        let saved = self
            .store
            .try_update_value(|store| store.save(&record, now))
            .unwrap_or(Ok(record));
        self.discarded.set(None);
        self.refresh(state);
        saved.map(|_| ()).map_err(|e| e.message(lang))
    }
}

impl Default for TemplateKeeper {
    fn default() -> Self {
        TemplateKeeper::new()
    }
}
