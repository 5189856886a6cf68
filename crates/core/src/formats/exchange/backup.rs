//! Backup and restore of everything the browser keeps, to move it to another PC or browser:
//! `entries` (every draft as a complete assessment file), `templates` (the criteria editor's
//! library) and, from version 3, `review_batch`, under a digest of the whole.
//!
//! Written in the oldest layout that holds it (version 2 byte for byte when there is no review
//! batch), because older copies read backups with `deny_unknown_fields`. The batch is the stored
//! review record as JSON, read back by its one decoder in `crate::drafts::review_record`, so a
//! batch in a backup and in storage cannot drift apart. Restoring reads each entry as an
//! imported file and each template as a template file: a bad one is reported by its path
//! (`entries[3]…`) and the rest restore; what to do with them is `crate::drafts`' business.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::canonical_json::write_canonical;
use super::digest::{Digest, DigestEntry};
use super::envelope::{Envelope, APP_VERSION};
use super::error::{ExportError, ImportError};
use super::export::seal;
use super::file_issue::check_template;
use super::file_name::assessment_file_name;
use super::import::{import_value, DigestStatus, Imported};
use super::json_input::{read_header, read_json, typed};
use crate::domain::assessment::Assessment;
use crate::domain::Template;

/// The `format` of a backup file.
pub const BACKUP_FORMAT: &str = "eightfold-backup";
/// The newest backup layout, read and written when the backup holds a review batch: version 2
/// plus `review_batch`.
pub const BACKUP_VERSION: u32 = 3;
/// The layout written when there is no review batch (drafts and templates), so older copies
/// of the app still read it. Version 1 (drafts only) is still read.
pub const BACKUP_VERSION_WITHOUT_REVIEW: u32 = 2;
/// Largest backup read (64 MiB): a few hundred drafts, each with its template.
pub const MAX_BACKUP_BYTES: usize = 64 * 1024 * 1024;

/// The backup file. Entries are raw JSON so each can fail on its own.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupFile {
    format: String,
    format_version: u32,
    app_version: String,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    created_at: DateTime<FixedOffset>,
    entries: Vec<Value>,
    /// Version 2: the template library. Absent in version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    templates: Option<Vec<Value>>,
    /// Version 3: review mode's batch, the stored record as it is. Absent before version 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    review_batch: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    digest: Option<DigestEntry>,
}

/// One stored criteria template as a backup keeps it. Field order is the canonical key
/// order of its digest: do not reorder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateEntry {
    /// The working copy the editor shows (may fail validation: it may be half-made).
    working: Template,
    /// The last published version, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    published: Option<Template>,
    /// Digest of the two above; absent while it is computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    digest: Option<DigestEntry>,
}

/// A draft to back up: its template, the assessment and, for a reviewed file, the digest of
/// the unit's original file it reviews.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupDraft {
    pub template: Template,
    pub assessment: Assessment,
    pub review_of: Option<Digest>,
}

/// A stored criteria template to back up (what `TemplateStore` keeps of it, less the save
/// bookkeeping of the browser it lives in).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupTemplate {
    pub working: Template,
    pub published: Option<Template>,
}

/// A template read back from a backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestoredTemplate {
    pub template: BackupTemplate,
    pub digest_status: DigestStatus,
}

/// What a restore found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// The backup's layout version (1, 2 or 3).
    pub format_version: u32,
    pub created_at: DateTime<FixedOffset>,
    /// The app version that wrote the backup.
    pub app_version: String,
    /// The backup as a whole; each entry also has its own status.
    pub digest_status: DigestStatus,
    /// One result per entry, in backup order; errors name `entries[i]` in their paths.
    pub entries: Vec<Result<Imported, ImportError>>,
    /// One result per template, in backup order; errors name `templates[i]`. Empty for a
    /// version-1 backup.
    pub templates: Vec<Result<RestoredTemplate, ImportError>>,
    /// Review mode's batch as the backup holds it (version 3), not read yet: it is the stored
    /// record, read by `crate::drafts::review_record::read_backup_batch`, whose errors name
    /// `review_batch…`. Covered by [`Restored::digest_status`].
    pub review_batch: Option<Value>,
}

impl Restored {
    /// The entries that restored.
    pub fn imported(&self) -> impl Iterator<Item = &Imported> {
        self.entries.iter().filter_map(|entry| entry.as_ref().ok())
    }

    /// The entries that did not, with their index.
    pub fn failures(&self) -> impl Iterator<Item = (usize, &ImportError)> {
        failures(&self.entries)
    }

    /// The templates that were read.
    pub fn restored_templates(&self) -> impl Iterator<Item = &RestoredTemplate> {
        self.templates
            .iter()
            .filter_map(|entry| entry.as_ref().ok())
    }

    /// The templates that were not, with their index.
    pub fn template_failures(&self) -> impl Iterator<Item = (usize, &ImportError)> {
        failures(&self.templates)
    }
}

fn failures<T>(results: &[Result<T, ImportError>]) -> impl Iterator<Item = (usize, &ImportError)> {
    results
        .iter()
        .enumerate()
        .filter_map(|(i, entry)| entry.as_ref().err().map(|error| (i, error)))
}

/// Writes drafts that are not reviews (no `review_of`) into one backup file (indented JSON),
/// with no templates; [`write_backup`] takes reviewed drafts and the template library too.
pub fn backup(
    drafts: &[(Template, Assessment)],
    at: DateTime<FixedOffset>,
) -> Result<Vec<u8>, ExportError> {
    let drafts: Vec<BackupDraft> = drafts
        .iter()
        .map(|(template, assessment)| BackupDraft {
            template: template.clone(),
            assessment: assessment.clone(),
            review_of: None,
        })
        .collect();
    write_backup(&drafts, &[], at)
}

/// Writes every draft and every stored template into one backup file (indented JSON, version
/// 2); [`write_backup_with_review`] takes review mode's batch too.
pub fn write_backup(
    drafts: &[BackupDraft],
    templates: &[BackupTemplate],
    at: DateTime<FixedOffset>,
) -> Result<Vec<u8>, ExportError> {
    write_backup_with_review(drafts, templates, None, at)
}

/// Writes every draft, every stored template and review mode's stored batch (the record as
/// stored, see the module docs) into one backup file (indented JSON): version 3 with a batch,
/// version 2 exactly as [`write_backup`] writes it without one.
pub fn write_backup_with_review(
    drafts: &[BackupDraft],
    templates: &[BackupTemplate],
    review_batch: Option<&Value>,
    at: DateTime<FixedOffset>,
) -> Result<Vec<u8>, ExportError> {
    let mut entries = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let envelope = Envelope::new(&draft.template, &draft.assessment, at, draft.review_of);
        let (envelope, _) = seal(envelope)?;
        entries.push(serde_json::to_value(envelope)?);
    }
    let mut template_entries = Vec::with_capacity(templates.len());
    for template in templates {
        let mut entry = TemplateEntry {
            working: template.working.clone(),
            published: template.published.clone(),
            digest: None,
        };
        entry.digest = Some(Digest::of_content(&entry)?.entry());
        template_entries.push(serde_json::to_value(entry)?);
    }
    let mut file = BackupFile {
        format: BACKUP_FORMAT.to_owned(),
        format_version: if review_batch.is_some() {
            BACKUP_VERSION
        } else {
            BACKUP_VERSION_WITHOUT_REVIEW
        },
        app_version: APP_VERSION.to_owned(),
        created_at: at,
        entries,
        templates: Some(template_entries),
        review_batch: review_batch.cloned(),
        digest: None,
    };
    file.digest = Some(backup_digest(&file)?.entry());
    Ok(serde_json::to_vec_pretty(&file)?)
}

/// Reads a backup of version 1, 2 or 3. Fails as a whole only when the backup itself is
/// unreadable.
pub fn restore(bytes: &[u8], known_templates: &[Template]) -> Result<Restored, ImportError> {
    let value = read_json(bytes, MAX_BACKUP_BYTES, BACKUP_FORMAT)?;
    let format_version = read_header(&value, BACKUP_FORMAT, BACKUP_VERSION)?;
    let mut file: BackupFile = typed(value)?;
    if format_version == 1 && file.templates.is_some() {
        return Err(ImportError::Field {
            path: "templates".to_owned(),
            detail: "a version 1 backup has no templates".to_owned(),
        });
    }
    if format_version < BACKUP_VERSION && file.review_batch.is_some() {
        return Err(ImportError::Field {
            path: "review_batch".to_owned(),
            detail: format!("a version {format_version} backup has no review batch"),
        });
    }
    let stated = file.digest.take().map(|entry| entry.value);
    let actual = backup_digest(&file).map_err(|error| ImportError::Field {
        path: "entries".to_owned(),
        detail: format!("the content could not be re-serialized: {error}"),
    })?;
    let digest_status = status(stated, actual);
    let entries = file
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            import_value(&format!("entries[{i}]"), entry, known_templates)
                .map(|mut imported| {
                    imported.file_name =
                        assessment_file_name(&imported.template, &imported.assessment);
                    imported
                })
                .map_err(|error| error.within(&format!("entries[{i}]")))
        })
        .collect();
    let templates = file
        .templates
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            read_template(entry).map_err(|error| error.within(&format!("templates[{i}]")))
        })
        .collect();
    Ok(Restored {
        format_version,
        created_at: file.created_at,
        app_version: file.app_version,
        digest_status,
        entries,
        templates,
        review_batch: file.review_batch,
    })
}

/// One template entry: typed fields, its digest, a published version that validates, and a
/// working copy under the same, non-empty id.
fn read_template(value: Value) -> Result<RestoredTemplate, ImportError> {
    let mut entry: TemplateEntry = typed(value)?;
    let stated = entry.digest.take().map(|entry| entry.value);
    let actual = Digest::of_content(&entry).map_err(|error| ImportError::Field {
        path: String::new(),
        detail: format!("the content could not be re-serialized: {error}"),
    })?;
    if entry.working.id.as_str().trim().is_empty() {
        return Err(ImportError::Field {
            path: "working.id".to_owned(),
            detail: "the template id must not be empty".to_owned(),
        });
    }
    if let Some(published) = &entry.published {
        if published.id != entry.working.id {
            return Err(ImportError::Field {
                path: "published.id".to_owned(),
                detail: format!(
                    "the published version is “{}” but the working copy is “{}”",
                    published.id, entry.working.id
                ),
            });
        }
        check_template(published, "published")?;
    }
    Ok(RestoredTemplate {
        template: BackupTemplate {
            working: entry.working,
            published: entry.published,
        },
        digest_status: status(stated, actual),
    })
}

fn status(stated: Option<Digest>, actual: Digest) -> DigestStatus {
    match stated {
        None => DigestStatus::Missing,
        Some(expected) if expected == actual => DigestStatus::Verified,
        Some(expected) => DigestStatus::ChangedAfterExport { expected, actual },
    }
}

/// Digest of the canonical text of `file` without its digest (which must be `None`).
fn backup_digest(file: &BackupFile) -> Result<Digest, serde_json::Error> {
    let value = serde_json::to_value(file)?;
    let mut canonical = Vec::new();
    write_canonical(&value, &mut canonical)?;
    Ok(Digest::of_bytes(&canonical))
}
