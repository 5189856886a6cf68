//! The data files a person saves: an assessment file (a unit's, or a reviewed one), its CSV
//! table, a backup, a template file, a form file, and a stored entry that could not be read.

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use super::{ActionError, Document, HTML_MIME, TEXT_MIME};
use crate::domain::{Assessment, Lang, Template};
use crate::formats::exchange::backup::write_backup_with_review;
use crate::formats::exchange::{
    assessment_csv, backup_file_name, csv_file_name, export_assessment, export_reviewed,
    export_template, BackupDraft, BackupTemplate, Digest, ExportedFile, CSV_MIME, JSON_MIME,
};
use crate::formats::form_file::{form_file_name, make_form_file, FormFileError};

fn json(file: ExportedFile) -> Document {
    Document::new(file.file_name, JSON_MIME, file.bytes)
}

/// A unit's assessment as its `.eightfold.json` file.
pub fn exported_file(
    template: &Template,
    assessment: &Assessment,
    now: DateTime<FixedOffset>,
) -> Result<Document, ActionError> {
    Ok(json(export_assessment(template, assessment, now)?))
}

/// A reviewed assessment as its file: it names `original`, the digest of the unit's own
/// file, in `review_of`; its name says it is the review (`…-考评.eightfold.json`).
pub fn reviewed_file(
    template: &Template,
    assessment: &Assessment,
    original: Digest,
    lang: Lang,
    now: DateTime<FixedOffset>,
) -> Result<Document, ActionError> {
    Ok(json(export_reviewed(
        template, assessment, original, now, lang,
    )?))
}

/// An assessment as a CSV table (UTF-8 with BOM, for Excel and WPS).
pub fn assessment_csv_file(template: &Template, assessment: &Assessment, lang: Lang) -> Document {
    Document::new(
        csv_file_name(template, assessment),
        CSV_MIME,
        assessment_csv(template, assessment, lang),
    )
}

/// What a backup holds: drafts, the template library and review mode's stored batch.
#[derive(Clone, Copy, Debug, Default)]
pub struct BackupContent<'a> {
    pub drafts: &'a [BackupDraft],
    pub templates: &'a [BackupTemplate],
    /// Review mode's stored record, as stored (see `formats::exchange::backup`).
    pub review_batch: Option<&'a Value>,
}

/// Everything the browser keeps, as one backup file named after `now`.
pub fn backup_file(
    content: BackupContent<'_>,
    now: DateTime<FixedOffset>,
) -> Result<Document, ActionError> {
    let bytes =
        write_backup_with_review(content.drafts, content.templates, content.review_batch, now)?;
    Ok(Document::new(backup_file_name(now), JSON_MIME, bytes))
}

/// A published criteria template as its `.eightfold-template.json` file.
pub fn template_file(
    template: &Template,
    now: DateTime<FixedOffset>,
) -> Result<Document, ActionError> {
    Ok(json(export_template(template, now)?))
}

/// The app's own page `app_html` with `template` embedded as its default: the file units
/// fill. The error is worded for the person (`FormFileError::message`).
pub fn form_file(
    app_html: &str,
    template: &Template,
    now: DateTime<FixedOffset>,
    lang: Lang,
) -> Result<Document, String> {
    let file = export_template(template, now).map_err(|e| e.message(lang))?;
    let html = make_form_file(app_html, template, &file.bytes)
        .map_err(|e: FormFileError| e.message(lang))?;
    Ok(Document::new(
        form_file_name(template),
        HTML_MIME,
        html.into_bytes(),
    ))
}

/// A stored entry that could not be read, saved as it was (`eightfold-draft-….txt`).
pub fn unreadable_entry_file(key: &str, raw: &str) -> Document {
    Document::new(
        format!("{}.txt", key.replace(':', "-")),
        TEXT_MIME,
        raw.as_bytes().to_vec(),
    )
}
