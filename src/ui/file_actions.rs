//! Exports started from the UI: the open assessment as JSON or CSV, and a backup of every
//! draft, criteria template and review mode's batch. Each document is made by
//! [`crate::actions`]; the download is [`crate::web::files`], whose errors are worded here, so
//! that `web` stays free of UI text.

use leptos::prelude::{use_context, GetUntracked, WithUntracked};

use crate::actions::{
    assessment_csv_file, backup_file, exported_file, reviewed_file, BackupContent, Document,
};
use crate::domain::{Assessment, Lang, Template};
use crate::formats::exchange::{BackupTemplate, Digest, ImportError};
use crate::web::files::FileError;
use crate::web::{clock, files};

use super::i18n::{self, fill};
use super::review::ReviewState;
use super::state::AppState;

impl FileError {
    /// What went wrong with a file, for the person who picked or saved it.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FileError::NoBrowser => i18n::FILE_NO_BROWSER.get(lang).to_owned(),
            // The same words as a file the import refuses for its size.
            FileError::TooLarge { size, limit } => ImportError::TooLarge {
                size: usize::try_from(*size).unwrap_or(usize::MAX),
                limit: *limit,
            }
            .message(lang),
            FileError::Browser { detail } => fill(i18n::FILE_BROWSER_REFUSED, lang, detail),
        }
    }
}

/// Hands `document` to the browser's download; the error worded for the person.
pub fn download_document(document: &Document, lang: Lang) -> Result<(), String> {
    files::download(&document.file_name, document.media_type, &document.bytes)
        .map_err(|e| e.message(lang))
}

impl i18n::Wording for FileError {
    fn wording(&self, lang: Lang) -> String {
        self.message(lang)
    }
}

/// Downloads `assessment` as an `.eightfold.json` exchange file; a reviewed one (with
/// `review_of`, the digest of the unit's file it reviews) names that file again.
pub fn export_json(
    template: &Template,
    assessment: &Assessment,
    review_of: Option<Digest>,
    lang: Lang,
) -> Result<(), String> {
    let now = clock::now();
    let document = match review_of {
        Some(original) => reviewed_file(template, assessment, original, lang, now),
        None => exported_file(template, assessment, now),
    }
    .map_err(|e| e.message(lang))?;
    download_document(&document, lang)
}

/// Downloads `assessment` as a CSV table (UTF-8 with BOM, for Excel and WPS).
pub fn export_csv(template: &Template, assessment: &Assessment, lang: Lang) -> Result<(), String> {
    download_document(&assessment_csv_file(template, assessment, lang), lang)
}

/// Exports the open assessment (from memory: works even when storage failed). A draft kept
/// from a reviewed file exports as a reviewed file again, naming the same unit file.
pub fn export_open(state: AppState, as_csv: bool) -> Result<(), String> {
    let lang = state.lang.get_untracked();
    let review_of = state.drafts.review_of();
    let exported = state.session.with_untracked(|session| match session {
        Some(s) if as_csv => export_csv(&s.template, &s.assessment, lang),
        Some(s) => export_json(&s.template, &s.assessment, review_of, lang),
        None => Ok(()),
    });
    if exported.is_ok() && !as_csv {
        state.drafts.mark_exported();
    }
    exported
}

/// Downloads every stored draft (and the open one, if unsaved), every stored criteria
/// template and review mode's batch (any change waiting for its save written first) as one
/// backup file. Call it from an event handler of the app, where the review state is in
/// context.
pub fn backup_all(state: AppState) -> Result<(), String> {
    let lang = state.lang.get_untracked();
    let mut drafts = state.drafts.backup_drafts();
    if let Some(record) = state.drafts.record_to_save() {
        let template = state
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.template.clone()));
        if let Some(template) = template {
            drafts.retain(|draft| draft.assessment.id != record.assessment.id);
            drafts.push(record.to_backup(template));
        }
    }
    let templates: Vec<BackupTemplate> = state
        .criteria
        .stored()
        .into_iter()
        .map(|record| BackupTemplate {
            working: record.working,
            published: record.published,
        })
        .collect();
    let review_batch = use_context::<ReviewState>().and_then(|review| review.for_backup());
    let content = BackupContent {
        drafts: &drafts,
        templates: &templates,
        review_batch: review_batch.as_ref(),
    };
    let document = backup_file(content, clock::now()).map_err(|e| e.message(lang))?;
    download_document(&document, lang)
}
