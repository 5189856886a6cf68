//! Reading an assessment file from untrusted bytes: checked, migrated, verified, rescored.
//!
//! The steps, each failing with its own [`ImportError`]: size (before anything else), UTF-8,
//! JSON, `format`, `format_version` (older versions are migrated, newer ones refused), the
//! fields of that layout (naming the first bad one), the template inside (domain validation),
//! and the assessment's consistency with it. A digest that does not match is *not* an error:
//! the file is imported and marked [`DigestStatus::ChangedAfterExport`]. Scores in the file are
//! never used; they are recomputed and a difference is reported. Never panics on any bytes.

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use super::digest::Digest;
use super::envelope::{Scores, ASSESSMENT_FORMAT, FORMAT_VERSION};
use super::error::ImportError;
use super::file_issue::check_template;
use super::json_input::{read_header, read_json};
use super::migrate::{open_current, open_v1, Opened};
use crate::domain::assessment::Assessment;
use crate::domain::Template;

/// Largest assessment file read (5 MiB); a real one is tens of kilobytes.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// A file that was read successfully. `T` is its template: the [`Template`] itself, or (from
/// [`super::batch`]) its position in the batch's list of templates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported<T = Template> {
    /// The name it was imported under.
    pub file_name: String,
    /// The template carried by the file (or, for an old file without one, the app's copy).
    pub template: T,
    pub assessment: Assessment,
    /// The digest of the content as read; pass it to `export_reviewed` as the original.
    pub digest: Digest,
    pub digest_status: DigestStatus,
    /// The format version the file had, when it was older than the current one.
    pub migrated_from: Option<u32>,
    /// The scores written in the file differ from the recomputed ones.
    pub score_mismatch: bool,
    /// For a reviewed file: the digest of the unit's original file.
    pub review_of: Option<Digest>,
    pub exported_at: DateTime<FixedOffset>,
    /// The app version that wrote the file.
    pub app_version: String,
}

impl<T> Imported<T> {
    /// The same file with `f(template)` as its template.
    pub fn map_template<U>(self, f: impl FnOnce(T) -> U) -> Imported<U> {
        Imported {
            file_name: self.file_name,
            template: f(self.template),
            assessment: self.assessment,
            digest: self.digest,
            digest_status: self.digest_status,
            migrated_from: self.migrated_from,
            score_mismatch: self.score_mismatch,
            review_of: self.review_of,
            exported_at: self.exported_at,
            app_version: self.app_version,
        }
    }
}

/// Whether the content is what was exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DigestStatus {
    /// The digest matches the content.
    Verified,
    /// Someone edited the file after it was exported.
    ChangedAfterExport { expected: Digest, actual: Digest },
    /// The file has no digest.
    Missing,
}

/// Reads an assessment file. `known_templates` are used only for old files without one.
pub fn import_file(
    name: &str,
    bytes: &[u8],
    known_templates: &[Template],
) -> Result<Imported, ImportError> {
    let value = read_json(bytes, MAX_FILE_BYTES, ASSESSMENT_FORMAT)?;
    import_value(name, value, known_templates)
}

/// Reads an assessment already parsed as JSON (an entry of a backup).
pub(crate) fn import_value(
    name: &str,
    value: Value,
    known_templates: &[Template],
) -> Result<Imported, ImportError> {
    let opened = match read_header(&value, ASSESSMENT_FORMAT, FORMAT_VERSION)? {
        1 => open_v1(value, known_templates)?,
        _ => open_current(value)?,
    };
    finish(name, opened)
}

fn finish(name: &str, opened: Opened) -> Result<Imported, ImportError> {
    let Opened {
        envelope,
        stated,
        actual,
        migrated_from,
        has_scores,
    } = opened;
    check_template(&envelope.template, "template")?;
    check_consistency(&envelope.template, &envelope.assessment)?;
    let score_mismatch =
        has_scores && Scores::of(&envelope.template, &envelope.assessment) != envelope.scores;
    Ok(Imported {
        file_name: name.to_owned(),
        template: envelope.template,
        assessment: envelope.assessment,
        digest: actual,
        digest_status: digest_status(stated, actual),
        migrated_from,
        score_mismatch,
        review_of: envelope.review_of.map(|entry| entry.value),
        exported_at: envelope.exported_at,
        app_version: envelope.app_version,
    })
}

/// What the digest a file states (if any) says of the digest of its content.
pub(super) fn digest_status(stated: Option<Digest>, actual: Digest) -> DigestStatus {
    match stated {
        None => DigestStatus::Missing,
        Some(expected) if expected == actual => DigestStatus::Verified,
        Some(expected) => DigestStatus::ChangedAfterExport { expected, actual },
    }
}

/// The assessment must be for the template the file carries.
pub(super) fn check_consistency(
    template: &Template,
    assessment: &Assessment,
) -> Result<(), ImportError> {
    if assessment.uses(template) {
        return Ok(());
    }
    let path = if assessment.template_id == template.id {
        "assessment.template_version"
    } else {
        "assessment.template_id"
    };
    Err(ImportError::TemplateMismatch {
        path: path.to_owned(),
        named: (assessment.template_id.clone(), assessment.template_version),
        carried: (template.id.clone(), template.version),
    })
}
