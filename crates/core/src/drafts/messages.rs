//! Every message the draft storage can show, worded from the text table
//! ([`crate::i18n::storage`](crate::i18n)).
//!
//! Each fault says what happened, that nothing was lost (or what to do so nothing is), and the
//! way out, usually an export. Times are shown as the writer's local clock time.

use super::decode::Problem;
use super::keys::REVIEW_BATCH;
use super::load::MigratedEntry;
use super::quarantine::QuarantinedEntry;
use super::scope::StorageScope;
use super::store::SaveError;
use super::usage::Usage;
use crate::domain::Lang;
use crate::i18n::{self, fill, fill_each, sentences};

/// One decimal place of megabytes (1 MB = 1,048,576 bytes, as the quota is counted).
fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10).saturating_add(524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A stored size as people read it: "12 KB" below 0.1 MB (where "0.0 MB" would suggest nothing
/// is stored), else "1.2 MB".
fn stored_size(bytes: u64) -> String {
    if bytes < 104_858 {
        format!("{} KB", bytes.saturating_add(1023) / 1024)
    } else {
        format!("{} MB", megabytes(bytes))
    }
}

impl Problem {
    /// Why the entry could not be loaded.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::NotJson { message } => fill(i18n::DRAFT_DAMAGED, lang, message),
            Problem::NoSchema => i18n::DRAFT_NOT_A_RECORD.get(lang).to_owned(),
            Problem::UnknownSchema { schema } => fill(i18n::DRAFT_UNKNOWN_SCHEMA, lang, schema),
            Problem::FutureSchema { schema } => fill(i18n::DRAFT_FUTURE_SCHEMA, lang, schema),
            Problem::Invalid {
                schema,
                path,
                message,
            } => {
                let at = if path.is_empty() || path == "." {
                    String::new()
                } else {
                    format!(" @ {path}")
                };
                fill_each(i18n::DRAFT_INVALID, lang, &[schema, &at, message])
            }
            Problem::WrongKey { key_id, record_id } => {
                fill_each(i18n::DRAFT_WRONG_KEY, lang, &[key_id, record_id])
            }
            Problem::KeptAside => i18n::DRAFT_READS_NOW.get(lang).to_owned(),
        }
    }
}

impl QuarantinedEntry {
    /// The notice for the drafts list, with the way out (download).
    pub fn message(&self, lang: Lang) -> String {
        if matches!(self.problem, Problem::FutureSchema { .. }) {
            return self.problem.message(lang);
        }
        let kept = if self.moved {
            i18n::ENTRY_KEPT_ASIDE
        } else {
            i18n::ENTRY_LEFT_IN_PLACE
        };
        // Review mode's batch is kept aside the same way and listed with the drafts.
        let what = if self.original_key == REVIEW_BATCH {
            i18n::BATCH_UNREADABLE_ENTRY
        } else {
            i18n::DRAFT_UNREADABLE_ENTRY
        };
        let unreadable = fill(what, lang, self.problem.message(lang));
        sentences(lang, &[&unreadable, kept.get(lang)])
    }
}

impl MigratedEntry {
    /// Says that an older draft was converted.
    pub fn message(&self, lang: Lang) -> String {
        let migrated = fill_each(
            i18n::DRAFT_MIGRATED,
            lang,
            &[&self.id, &self.from, &self.to],
        );
        if self.written_back {
            migrated
        } else {
            sentences(lang, &[&migrated, i18n::MIGRATION_PENDING.get(lang)])
        }
    }
}

impl SaveError {
    /// What happened to the save, and what the user can do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::Conflict { theirs } => {
                let at = crate::domain::date_layout::hms(&theirs.saved_at);
                fill_each(i18n::SAVE_CONFLICT, lang, &[&at, &theirs.revision])
            }
            SaveError::NewerVersion { schema } => {
                Problem::FutureSchema { schema: *schema }.message(lang)
            }
            SaveError::Quota { needed } => fill(i18n::SAVE_QUOTA, lang, megabytes(*needed)),
            SaveError::Unavailable => unavailable_banner(lang),
            SaveError::NotFound { id } => fill(i18n::SAVE_NOT_FOUND, lang, id),
            SaveError::Unreadable { id, problem } => {
                fill_each(i18n::SAVE_UNREADABLE, lang, &[id, &problem.message(lang)])
            }
            SaveError::Storage(message) => fill(i18n::SAVE_FAILED, lang, message),
        }
    }
}

/// The banner shown while there is no usable storage.
pub fn unavailable_banner(lang: Lang) -> String {
    i18n::STORAGE_UNAVAILABLE.get(lang).to_owned()
}

/// The standing reminder beside the drafts list and its backup button. Where the drafts live
/// is said just above it ([`StorageScope::message`]); this says only what that means.
pub fn not_a_backup(lang: Lang) -> String {
    i18n::NOT_A_BACKUP.get(lang).to_owned()
}

impl Usage {
    /// "1.2 MB of about 5 MB used", plus a nudge to export when use is high.
    pub fn message(&self, lang: Lang) -> String {
        let used = stored_size(self.used_bytes);
        let quota = megabytes(self.quota_bytes);
        let text = fill_each(i18n::STORAGE_USED, lang, &[&used, &quota]);
        if self.is_high() {
            sentences(lang, &[&text, i18n::STORAGE_NEARLY_FULL.get(lang)])
        } else {
            text
        }
    }
}

impl StorageScope {
    /// Where the drafts live and what moving the file or clearing the browser does to them.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            StorageScope::SharedByLocalFiles => i18n::SCOPE_SHARED_BY_FILES.get(lang).to_owned(),
            StorageScope::PerFilePath => i18n::SCOPE_PER_FILE_PATH.get(lang).to_owned(),
            StorageScope::PerSite => i18n::SCOPE_PER_SITE.get(lang).to_owned(),
            StorageScope::MemoryOnly => unavailable_banner(lang),
        }
    }
}
