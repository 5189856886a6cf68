//! The stored form of review mode's batch (review schema 1): every imported unit file with the
//! reviewer's work in it, in batch order, and each distinct criteria template once.
//!
//! A committee imports up to a few hundred unit files that nearly all carry the same template
//! (≈ 87 KB of JSON each), and localStorage holds about 5 MB shared with the drafts, so the
//! templates sit in one table and each file names its entry by position. Everything
//! [`Imported`] holds is kept — name, assessment with its review, digest and its status, the
//! digest a reviewed file was made from — plus the `unsaved` mark, so the batch comes back
//! exactly. `revision` and `writer` let a tab notice that another tab saved a batch since.
//! Reading never panics: the layout marker first, then the whole record, then every template
//! reference, each failure a [`Problem`] naming the field.
//!
//! A backup carries this record as it is stored (`crate::formats::exchange::backup` says
//! why); [`read_backup_batch`] reads it there with the same decoder, its errors naming
//! `review_batch…` like the rest of a backup's.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::decode::{parse, Problem};
use super::record::WriterId;
use crate::domain::{Assessment, Template};
use crate::formats::exchange::{Digest, DigestStatus, ImportError, Imported};

/// The review batch layout this code writes.
pub const REVIEW_SCHEMA: u32 = 1;

/// One file of the batch as review mode holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchFile {
    /// As imported; the reviewer's edits go into `imported.assessment.review`.
    pub imported: Imported,
    /// Review work changed since the file was imported or last exported.
    pub unsaved: bool,
}

/// The batch as stored under [`super::keys::REVIEW_BATCH`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRecord {
    /// Layout version, [`REVIEW_SCHEMA`] when written by this code.
    pub schema: u32,
    /// The number of saves of this batch so far; a tab saves only over the revision it saw.
    pub revision: u64,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub saved_at: DateTime<FixedOffset>,
    /// The tab that made the last save.
    pub writer: WriterId,
    /// Each distinct template of the batch, once.
    pub templates: Vec<Template>,
    /// The files, in batch order.
    pub files: Vec<StoredFile>,
}

/// One file of the stored batch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredFile {
    pub file_name: String,
    /// Position of the file's template in [`ReviewRecord::templates`].
    pub template: usize,
    pub assessment: Assessment,
    pub digest: Digest,
    pub digest_status: StoredDigestStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migrated_from: Option<u32>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub score_mismatch: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_of: Option<Digest>,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub exported_at: DateTime<FixedOffset>,
    pub app_version: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub unsaved: bool,
}

fn is_false(flag: &bool) -> bool {
    !flag
}

/// [`DigestStatus`] as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case", deny_unknown_fields)]
pub enum StoredDigestStatus {
    Verified,
    ChangedAfterExport { expected: Digest, actual: Digest },
    Missing,
}

impl From<&DigestStatus> for StoredDigestStatus {
    fn from(status: &DigestStatus) -> StoredDigestStatus {
        match status {
            DigestStatus::Verified => StoredDigestStatus::Verified,
            DigestStatus::ChangedAfterExport { expected, actual } => {
                StoredDigestStatus::ChangedAfterExport {
                    expected: *expected,
                    actual: *actual,
                }
            }
            DigestStatus::Missing => StoredDigestStatus::Missing,
        }
    }
}

impl From<StoredDigestStatus> for DigestStatus {
    fn from(status: StoredDigestStatus) -> DigestStatus {
        match status {
            StoredDigestStatus::Verified => DigestStatus::Verified,
            StoredDigestStatus::ChangedAfterExport { expected, actual } => {
                DigestStatus::ChangedAfterExport { expected, actual }
            }
            StoredDigestStatus::Missing => DigestStatus::Missing,
        }
    }
}

impl ReviewRecord {
    /// The record of `files` (revision, time and writer filled in by the caller).
    pub fn of(
        files: &[BatchFile],
        revision: u64,
        saved_at: DateTime<FixedOffset>,
        writer: WriterId,
    ) -> ReviewRecord {
        let mut templates: Vec<Template> = Vec::new();
        let files = files
            .iter()
            .map(|file| {
                let imported = &file.imported;
                let template = match templates.iter().position(|t| *t == imported.template) {
                    Some(position) => position,
                    None => {
                        templates.push(imported.template.clone());
                        templates.len() - 1
                    }
                };
                StoredFile {
                    file_name: imported.file_name.clone(),
                    template,
                    assessment: imported.assessment.clone(),
                    digest: imported.digest,
                    digest_status: (&imported.digest_status).into(),
                    migrated_from: imported.migrated_from,
                    score_mismatch: imported.score_mismatch,
                    review_of: imported.review_of,
                    exported_at: imported.exported_at,
                    app_version: imported.app_version.clone(),
                    unsaved: file.unsaved,
                }
            })
            .collect();
        ReviewRecord {
            schema: REVIEW_SCHEMA,
            revision,
            saved_at,
            writer,
            templates,
            files,
        }
    }

    /// The batch again, in its order. A file whose template reference is out of range is an
    /// error naming that file, never a file silently left out.
    pub fn files(&self) -> Result<Vec<BatchFile>, Problem> {
        self.files
            .iter()
            .enumerate()
            .map(|(index, file)| {
                let template = self
                    .templates
                    .get(file.template)
                    .ok_or_else(|| bad_reference(self.schema, index, file.template))?;
                Ok(BatchFile {
                    imported: Imported {
                        file_name: file.file_name.clone(),
                        template: template.clone(),
                        assessment: file.assessment.clone(),
                        digest: file.digest,
                        digest_status: file.digest_status.clone().into(),
                        migrated_from: file.migrated_from,
                        score_mismatch: file.score_mismatch,
                        review_of: file.review_of,
                        exported_at: file.exported_at,
                        app_version: file.app_version.clone(),
                    },
                    unsaved: file.unsaved,
                })
            })
            .collect()
    }

    /// The JSON text stored for this record (compact: it may hold hundreds of files).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}

fn bad_reference(schema: u32, index: usize, template: usize) -> Problem {
    Problem::Invalid {
        schema,
        path: format!("files[{index}].template"),
        message: format!("there is no template number {template}"),
    }
}

#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    schema: Option<Value>,
}

fn head(raw: &str) -> Result<Head, Problem> {
    // serde also reads a struct from a JSON array; a record is always an object.
    let object = raw.trim_start().starts_with('{');
    let head = match serde_json::from_str::<Head>(raw) {
        Ok(head) if object => head,
        Err(error) if object && error.is_data() => return Err(Problem::NoSchema),
        Err(error) if object => {
            return Err(Problem::NotJson {
                message: error.to_string(),
            })
        }
        // Not an object: JSON of another shape, or not JSON at all.
        _ => {
            return Err(match serde_json::from_str::<serde::de::IgnoredAny>(raw) {
                Ok(_) => Problem::NoSchema,
                Err(error) => Problem::NotJson {
                    message: error.to_string(),
                },
            })
        }
    };
    match &head.schema {
        None => Err(Problem::NoSchema),
        Some(schema) => match schema.as_u64() {
            Some(n) if n == u64::from(REVIEW_SCHEMA) => Ok(head),
            Some(n) if n > u64::from(REVIEW_SCHEMA) => Err(Problem::FutureSchema { schema: n }),
            _ => Err(Problem::UnknownSchema {
                schema: schema.to_string(),
            }),
        },
    }
}

/// Reads a stored batch: the record and its files, or what is wrong with it.
pub fn decode_review(raw: &str) -> Result<(ReviewRecord, Vec<BatchFile>), Problem> {
    head(raw)?;
    let record: ReviewRecord = parse(raw, REVIEW_SCHEMA)?;
    let files = record.files()?;
    Ok((record, files))
}

/// The path of review mode's batch inside a backup.
pub const BACKUP_FIELD: &str = "review_batch";

/// Reads the review batch a backup carries (the stored record, as JSON) with the decoder of
/// the stored batch, so it comes back exactly as it was kept. Every failure names its field
/// inside the backup (`review_batch.files[2].assessment…`).
pub fn read_backup_batch(batch: &Value) -> Result<Vec<BatchFile>, ImportError> {
    let raw = serde_json::to_string(batch).map_err(|error| ImportError::Field {
        path: BACKUP_FIELD.to_owned(),
        detail: error.to_string(),
    })?;
    decode_review(&raw)
        .map(|(_, files)| files)
        .map_err(|problem| in_backup(problem).within(BACKUP_FIELD))
}

/// A [`Problem`] of the stored layout as an import error, with the field it names.
fn in_backup(problem: Problem) -> ImportError {
    let (path, detail) = match problem {
        Problem::NotJson { message } => (String::new(), message),
        Problem::NoSchema => (
            String::new(),
            "not a review batch: an object with a `schema` is expected".to_owned(),
        ),
        Problem::UnknownSchema { schema } => (
            "schema".to_owned(),
            format!("review batch layout {schema} is not known"),
        ),
        Problem::FutureSchema { schema } => (
            "schema".to_owned(),
            format!(
                "the review batch was saved by a newer Eightfold (layout {schema}; this one \
                 reads layout {REVIEW_SCHEMA}): update Eightfold to restore it"
            ),
        ),
        Problem::Invalid { path, message, .. } => (path, message),
        Problem::WrongKey { record_id, .. } => (String::new(), record_id),
        Problem::KeptAside => (String::new(), "kept aside".to_owned()),
    };
    ImportError::Field { path, detail }
}
