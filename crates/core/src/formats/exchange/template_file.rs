//! Criteria template files, `<title>-v<version>.eightfold-template.json`: how a working
//! committee sends its own criteria to other committees and to units.
//!
//! The layout mirrors the assessment file ([`super::envelope`]): it says what it is
//! (`format` = `eightfold-template`, `format_version`, `app_version`), carries the template in
//! full and a SHA-256 digest of its canonical content (the compact serialization of
//! [`TemplateEnvelope`] without `digest`; a template holds no maps, so field order is the only
//! order). Reading goes through the same untrusted-bytes front door as assessment files (size,
//! UTF-8, JSON, header, typed fields naming the first bad one) and then validates the template:
//! a file whose template would score wrongly is refused with every issue listed. A digest that
//! does not match is not an error; the template is read and marked as changed after export.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::digest::{Digest, DigestEntry};
use super::envelope::APP_VERSION;
use super::error::{ExportError, ImportError};
use super::export::ExportedFile;
use super::file_issue::check_template;
use super::file_name::sanitize_file_name_part;
use super::import::DigestStatus;
use super::json_input::{read_header, read_json, typed};
use crate::domain::{validate, Lang, Template};

/// The `format` of a template file.
pub const TEMPLATE_FORMAT: &str = "eightfold-template";
/// The layout this app writes and reads.
pub const TEMPLATE_FORMAT_VERSION: u32 = 1;
/// Extension of a template file.
pub const TEMPLATE_EXTENSION: &str = ".eightfold-template.json";
/// Largest template file read (1 MiB); the built-in eight types template is about 60 KB.
pub const MAX_TEMPLATE_BYTES: usize = 1024 * 1024;

/// A template file, version 1. Field order is the canonical key order: do not reorder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateEnvelope {
    /// Always [`TEMPLATE_FORMAT`].
    pub format: String,
    /// Always [`TEMPLATE_FORMAT_VERSION`] when written by this app.
    pub format_version: u32,
    pub app_version: String,
    /// RFC 3339 with the exporter's UTC offset.
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub exported_at: DateTime<FixedOffset>,
    pub template: Template,
    /// Digest of everything above; absent while the digest itself is computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<DigestEntry>,
}

/// A template file that was read successfully.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedTemplate {
    pub template: Template,
    /// The digest of the content as read.
    pub digest: Digest,
    pub digest_status: DigestStatus,
    pub exported_at: DateTime<FixedOffset>,
    pub app_version: String,
}

/// Writes `template` as a template file. Refuses a template that fails validation (the
/// editor does not publish those, and a file must not spread them).
pub fn export_template(
    template: &Template,
    exported_at: DateTime<FixedOffset>,
) -> Result<ExportedFile, ExportError> {
    let issues = validate(template);
    if let Some(first) = issues.first() {
        return Err(ExportError {
            detail: format!(
                "the template has {} problem(s), first {}: {}",
                issues.len(),
                first.path(),
                first.message.get(Lang::En)
            ),
        });
    }
    let mut envelope = TemplateEnvelope {
        format: TEMPLATE_FORMAT.to_owned(),
        format_version: TEMPLATE_FORMAT_VERSION,
        app_version: APP_VERSION.to_owned(),
        exported_at,
        template: template.clone(),
        digest: None,
    };
    let digest = Digest::of_content(&envelope)?;
    envelope.digest = Some(digest.entry());
    Ok(ExportedFile {
        file_name: template_file_name(template),
        bytes: serde_json::to_vec_pretty(&envelope)?,
        digest,
    })
}

/// Reads a template file from untrusted bytes. Never panics.
pub fn import_template_file(bytes: &[u8]) -> Result<ImportedTemplate, ImportError> {
    let value = read_json(bytes, MAX_TEMPLATE_BYTES, TEMPLATE_FORMAT)?;
    read_header(&value, TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION)?;
    let mut envelope: TemplateEnvelope = typed(value)?;
    let stated = envelope.digest.take().map(|entry| entry.value);
    let actual = Digest::of_content(&envelope).map_err(|error| ImportError::Field {
        path: String::new(),
        detail: error.to_string(),
    })?;
    check_template(&envelope.template, "template")?;
    let digest_status = match stated {
        None => DigestStatus::Missing,
        Some(expected) if expected == actual => DigestStatus::Verified,
        Some(expected) => DigestStatus::ChangedAfterExport { expected, actual },
    };
    Ok(ImportedTemplate {
        template: envelope.template,
        digest: actual,
        digest_status,
        exported_at: envelope.exported_at,
        app_version: envelope.app_version,
    })
}

/// `<title>-v<version>.eightfold-template.json` (the Chinese title; the id if it has none).
pub fn template_file_name(template: &Template) -> String {
    format!("{}{TEMPLATE_EXTENSION}", template_file_stem(template))
}

/// `<title>-v<version>`, safe on every file system.
pub fn template_file_stem(template: &Template) -> String {
    let fallback = sanitize_file_name_part(template.id.as_str(), "template");
    format!(
        "{}-v{}",
        sanitize_file_name_part(&template.title.zh, &fallback),
        template.version
    )
}
