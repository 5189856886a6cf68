//! Backup and restore of every draft at once, for moving to another PC or browser.
//!
//! A backup (`format: "eightfold-backup"`, version 1) is a list of complete assessment files
//! (current envelope, each with its own digest) plus a digest of the whole backup. Restoring
//! reads each entry exactly like an imported file, so an entry is validated, migrated and
//! verified the same way; one bad entry is reported with its index (`entries[3]…`) and the
//! others still restore. Entries are kept as raw JSON until then, which is why the backup's
//! own digest is over canonical JSON text (sorted keys) rather than a typed struct:
//! the canonical content is the backup object without `digest`, keys sorted, compact.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::canonical_json::write_canonical;
use super::digest::{Digest, DigestEntry};
use super::envelope::{Envelope, APP_VERSION};
use super::error::{ExportError, ImportError};
use super::export::seal;
use super::file_name::assessment_file_name;
use super::import::{import_value, DigestStatus, Imported};
use super::json_input::{read_header, read_json, typed};
use crate::domain::assessment::Assessment;
use crate::domain::Template;

/// The `format` of a backup file.
pub const BACKUP_FORMAT: &str = "eightfold-backup";
/// The backup layout this app writes and reads.
pub const BACKUP_VERSION: u32 = 1;
/// Largest backup read (64 MiB): a few hundred drafts, each with its template.
pub const MAX_BACKUP_BYTES: usize = 64 * 1024 * 1024;

/// The backup file. Entries are raw JSON so each can fail on its own.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupFile {
    format: String,
    format_version: u32,
    app_version: String,
    created_at: DateTime<FixedOffset>,
    entries: Vec<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    digest: Option<DigestEntry>,
}

/// What a restore found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    pub created_at: DateTime<FixedOffset>,
    /// The app version that wrote the backup.
    pub app_version: String,
    /// The backup as a whole; each entry also has its own status.
    pub digest_status: DigestStatus,
    /// One result per entry, in backup order; errors name `entries[i]` in their paths.
    pub entries: Vec<Result<Imported, ImportError>>,
}

impl Restored {
    /// The entries that restored.
    pub fn imported(&self) -> impl Iterator<Item = &Imported> {
        self.entries.iter().filter_map(|entry| entry.as_ref().ok())
    }

    /// The entries that did not, with their index.
    pub fn failures(&self) -> impl Iterator<Item = (usize, &ImportError)> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(i, entry)| entry.as_ref().err().map(|error| (i, error)))
    }
}

/// Writes every draft into one backup file (indented JSON).
pub fn backup(
    drafts: &[(Template, Assessment)],
    at: DateTime<FixedOffset>,
) -> Result<Vec<u8>, ExportError> {
    let mut entries = Vec::with_capacity(drafts.len());
    for (template, assessment) in drafts {
        let (envelope, _) = seal(Envelope::new(template, assessment, at, None))?;
        entries.push(serde_json::to_value(envelope)?);
    }
    let mut file = BackupFile {
        format: BACKUP_FORMAT.to_owned(),
        format_version: BACKUP_VERSION,
        app_version: APP_VERSION.to_owned(),
        created_at: at,
        entries,
        digest: None,
    };
    file.digest = Some(backup_digest(&file)?.entry());
    Ok(serde_json::to_vec_pretty(&file)?)
}

/// Reads a backup. Fails as a whole only when the backup itself is unreadable.
pub fn restore(bytes: &[u8], known_templates: &[Template]) -> Result<Restored, ImportError> {
    let value = read_json(bytes, MAX_BACKUP_BYTES)?;
    read_header(&value, BACKUP_FORMAT, BACKUP_VERSION)?;
    let mut file: BackupFile = typed(value)?;
    let stated = file.digest.take().map(|entry| entry.value);
    let actual = backup_digest(&file).map_err(|error| ImportError::Field {
        path: "entries".to_owned(),
        detail: format!("the content could not be re-serialized: {error}"),
    })?;
    let digest_status = match stated {
        None => DigestStatus::Missing,
        Some(expected) if expected == actual => DigestStatus::Verified,
        Some(expected) => DigestStatus::ChangedAfterExport { expected, actual },
    };
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
    Ok(Restored {
        created_at: file.created_at,
        app_version: file.app_version,
        digest_status,
        entries,
    })
}

/// Digest of the canonical text of `file` without its digest (which must be `None`).
fn backup_digest(file: &BackupFile) -> Result<Digest, serde_json::Error> {
    let value = serde_json::to_value(file)?;
    let mut canonical = Vec::new();
    write_canonical(&value, &mut canonical)?;
    Ok(Digest::of_bytes(&canonical))
}
