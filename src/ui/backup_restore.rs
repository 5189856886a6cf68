//! Restoring a backup from the import panel: every draft (as an import does), every criteria
//! template and review mode's batch, then one summary line naming what was restored, skipped
//! and refused.
//!
//! The rules live elsewhere: reading and checking the backup in
//! [`crate::formats::exchange::restore`], what a template already here means in
//! [`crate::drafts::TemplateStore::restore_from_backup`], the review batch in
//! [`crate::drafts::ReviewStore::restore_from_backup`]. A different template under the same
//! id is never overwritten silently: as for a draft, the user is asked — replace it, or keep
//! both (the backup's under a new id). A review batch is restored only into a browser without
//! one: a batch already here is kept, and the report says how to restore the backup's instead
//! (clear review mode's batch, then restore the backup again). A batch that cannot be read is
//! reported by its path while the drafts and templates restore.

use leptos::prelude::GetUntracked;

use serde_json::Value;

use super::i18n::{self, fill, list_separator};
use super::import_panel::{adopt, ImportLine};
use super::question::{Question, Questions};
use super::review::state::BackupBatchError;
use super::review::ReviewState;
use super::state::AppState;
use super::template_files::template_name;
use crate::domain::{Lang, Template};
use crate::drafts::review_record::read_backup_batch;
use crate::drafts::review_store::BatchRestore;
use crate::drafts::{RestoreOutcome, ReviewSaveError, TemplateError};
use crate::formats::exchange::{DigestStatus, Restored, RestoredTemplate};

/// What became of one item of the backup.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Restored,
    Skipped,
    Refused,
}

/// The report lines of a backup named `name`: the summary first, then one per item. Its
/// review batch goes to `review` (the app's review mode).
pub async fn restored_lines(
    state: AppState,
    questions: Questions,
    review: Option<ReviewState>,
    name: &str,
    restored: Restored,
) -> Vec<ImportLine> {
    let lang = state.lang.get_untracked();
    let mut lines = Vec::new();
    let mut drafts = 0_usize;
    let mut templates = 0_usize;
    let mut skipped = 0_usize;
    let mut refused = 0_usize;
    for (i, entry) in restored.entries.into_iter().enumerate() {
        let line = match entry {
            Ok(imported) => adopt(state, questions, imported, lang).await,
            Err(error) => ImportLine {
                file_name: format!("{name} #{}", i + 1),
                ok: false,
                text: error.message(lang),
            },
        };
        if line.ok {
            drafts += 1;
        } else {
            refused += 1;
        }
        lines.push(line);
    }
    for (i, entry) in restored.templates.into_iter().enumerate() {
        let (line, fate) = match entry {
            Ok(template) => restore_template(state, questions, template, lang).await,
            Err(error) => (
                ImportLine {
                    file_name: format!("{name} · {}", fill(i18n::BACKUP_TEMPLATE_N, lang, i + 1)),
                    ok: false,
                    text: error.message(lang),
                },
                Fate::Refused,
            ),
        };
        match fate {
            Fate::Restored => templates += 1,
            Fate::Skipped => skipped += 1,
            Fate::Refused => refused += 1,
        }
        lines.push(line);
    }
    let mut unit_files = None;
    if let Some(batch) = &restored.review_batch {
        let (line, restored_files) = restore_review_batch(review, batch, name, lang);
        match restored_files {
            Some(count) => unit_files = Some(count),
            None => refused += 1,
        }
        lines.push(line);
    }
    let mut parts = vec![
        fill(i18n::BACKUP_DRAFTS_RESTORED, lang, drafts),
        fill(i18n::BACKUP_TEMPLATES_RESTORED, lang, templates),
    ];
    if let Some(count) = unit_files {
        parts.push(fill(i18n::BACKUP_REVIEW_RESTORED, lang, count));
    }
    if skipped > 0 {
        parts.push(fill(i18n::BACKUP_TEMPLATES_SKIPPED, lang, skipped));
    }
    if refused > 0 {
        parts.push(fill(i18n::BACKUP_NOT_RESTORED, lang, refused));
    }
    if let DigestStatus::ChangedAfterExport { .. } = restored.digest_status {
        parts.push(i18n::CHANGED_AFTER_EXPORT.get(lang).to_owned());
    }
    let summary = ImportLine {
        file_name: name.to_owned(),
        ok: refused == 0,
        text: format!(
            "{}{}{}",
            i18n::BACKUP_RESTORED.get(lang),
            i18n::label_separator(lang),
            parts.join(list_separator(lang))
        ),
    };
    lines.insert(0, summary);
    lines
}

/// Puts one template back; asks before replacing a different one with its id.
async fn restore_template(
    state: AppState,
    questions: Questions,
    restored: RestoredTemplate,
    lang: Lang,
) -> (ImportLine, Fate) {
    let working = &restored.template.working;
    let published = restored.template.published.as_ref();
    let shown: &Template = published.unwrap_or(working);
    let name = template_name(shown, lang);
    let keeper = state.criteria;
    let done = |result: Result<String, TemplateError>, fate: Fate| match result {
        Ok(text) => (
            ImportLine {
                file_name: name.clone(),
                ok: true,
                text: format!("{text} · {}", digest_note(&restored.digest_status, lang)),
            },
            fate,
        ),
        Err(error) => (
            ImportLine {
                file_name: name.clone(),
                ok: false,
                text: error.message(lang),
            },
            Fate::Refused,
        ),
    };
    match keeper.restore_from_backup(state, working, published) {
        Ok(RestoreOutcome::New(_)) => done(
            Ok(fill(i18n::TEMPLATE_RESTORED, lang, &name)),
            Fate::Restored,
        ),
        Ok(RestoreOutcome::AlreadyHere) => done(
            Ok(fill(i18n::TEMPLATE_RESTORE_SKIPPED, lang, &name)),
            Fate::Skipped,
        ),
        Ok(RestoreOutcome::Differs { here }) => {
            let question = Question {
                text: fill(i18n::TEMPLATE_RESTORE_CONFIRM, lang, &name),
                details: Vec::new(),
                choices: vec![i18n::REPLACE_TEMPLATE, i18n::KEEP_BOTH_TEMPLATES],
            };
            let result = if questions.answer(question).await == 0 {
                keeper
                    .restore_replacing(state, &here, working, published)
                    .map(|_| fill(i18n::TEMPLATE_RESTORE_REPLACED, lang, &name))
            } else {
                keeper
                    .restore_as_copy(state, working, published)
                    .map(|_| fill(i18n::TEMPLATE_RESTORE_COPY, lang, &name))
            };
            done(result, Fate::Restored)
        }
        Err(error) => done(Err(error), Fate::Refused),
    }
}

/// Puts the backup's review batch into review mode when this browser has none. The line says
/// what happened; the count is that of the unit files restored, `None` when none were.
fn restore_review_batch(
    review: Option<ReviewState>,
    batch: &Value,
    name: &str,
    lang: Lang,
) -> (ImportLine, Option<usize>) {
    let line = |ok: bool, text: String| ImportLine {
        file_name: format!("{name} · {}", i18n::BACKUP_REVIEW_BATCH.get(lang)),
        ok,
        text,
    };
    let not_stored = |files: usize, reason: String| {
        format!(
            "{}{reason}",
            fill(i18n::BACKUP_REVIEW_NOT_STORED, lang, files)
        )
    };
    let Some(review) = review else {
        let files = read_backup_batch(batch).map_or(0, |files| files.len());
        let reason = i18n::BACKUP_REVIEW_NO_STORAGE.get(lang).to_owned();
        return (line(false, not_stored(files, reason)), None);
    };
    match review.restore_backup(batch) {
        Ok(BatchRestore::Restored(files)) => (
            line(true, fill(i18n::BACKUP_REVIEW_SHOWN, lang, files.len())),
            Some(files.len()),
        ),
        Ok(BatchRestore::KeptHere { backup, .. }) => (
            line(false, fill(i18n::BACKUP_REVIEW_KEPT_HERE, lang, backup)),
            None,
        ),
        Err(BackupBatchError::Invalid(error)) => (line(false, error.message(lang)), None),
        Err(BackupBatchError::NotStored {
            files,
            error: ReviewSaveError::Conflict { .. },
        }) => (
            line(false, fill(i18n::BACKUP_REVIEW_KEPT_HERE, lang, files)),
            None,
        ),
        Err(BackupBatchError::NotStored { files, error }) => {
            let reason = match error {
                ReviewSaveError::NewerVersion { .. } => {
                    i18n::BACKUP_REVIEW_NEWER_HERE.get(lang).to_owned()
                }
                ReviewSaveError::Quota { .. } => i18n::BACKUP_REVIEW_QUOTA.get(lang).to_owned(),
                ReviewSaveError::Unavailable => i18n::BACKUP_REVIEW_NO_STORAGE.get(lang).to_owned(),
                ReviewSaveError::Storage(message) => message,
                ReviewSaveError::Conflict { .. } => String::new(),
            };
            (line(false, not_stored(files, reason)), None)
        }
    }
}

fn digest_note(status: &DigestStatus, lang: Lang) -> &'static str {
    match status {
        DigestStatus::Verified => i18n::DIGEST_OK.get(lang),
        DigestStatus::ChangedAfterExport { .. } => i18n::CHANGED_AFTER_EXPORT.get(lang),
        DigestStatus::Missing => i18n::DIGEST_MISSING.get(lang),
    }
}
