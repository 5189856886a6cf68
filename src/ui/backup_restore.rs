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

use super::i18n::{self, fill, Message};
use super::import_panel::{adopt, ImportLine};
use super::question::{Question, Questions};
use super::review::state::BackupBatchError;
use super::review::ReviewState;
use super::state::AppState;
use super::template_files::{template_name, template_name_message};
use crate::domain::Template;
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
    let mut lines = Vec::new();
    let mut drafts = 0_usize;
    let mut templates = 0_usize;
    let mut skipped = 0_usize;
    let mut refused = 0_usize;
    for (i, entry) in restored.entries.into_iter().enumerate() {
        let line = match entry {
            Ok(imported) => adopt(state, questions, imported).await,
            Err(error) => ImportLine {
                file_name: Message::plain(format!("{name} #{}", i + 1)),
                ok: false,
                text: error.into(),
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
            Ok(template) => restore_template(state, questions, template).await,
            Err(error) => (
                ImportLine {
                    file_name: Message::Joined(vec![
                        Message::plain(format!("{name} · ")),
                        Message::fill(i18n::BACKUP_TEMPLATE_N, Message::plain(i + 1)),
                    ]),
                    ok: false,
                    text: error.into(),
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
        let (line, restored_files) = restore_review_batch(review, batch, name);
        match restored_files {
            Some(count) => unit_files = Some(count),
            None => refused += 1,
        }
        lines.push(line);
    }
    let count = |text, n: usize| Message::fill(text, Message::plain(n));
    let mut parts = vec![
        count(i18n::BACKUP_DRAFTS_RESTORED, drafts),
        count(i18n::BACKUP_TEMPLATES_RESTORED, templates),
    ];
    if let Some(files) = unit_files {
        parts.push(count(i18n::BACKUP_REVIEW_RESTORED, files));
    }
    if skipped > 0 {
        parts.push(count(i18n::BACKUP_TEMPLATES_SKIPPED, skipped));
    }
    if refused > 0 {
        parts.push(count(i18n::BACKUP_NOT_RESTORED, refused));
    }
    if let DigestStatus::ChangedAfterExport { .. } = restored.digest_status {
        parts.push(Message::Text(i18n::CHANGED_AFTER_EXPORT));
    }
    let summary = ImportLine {
        file_name: Message::plain(name),
        ok: refused == 0,
        text: Message::labelled(i18n::BACKUP_RESTORED, Message::List(parts)),
    };
    lines.insert(0, summary);
    lines
}

/// Puts one template back; asks before replacing a different one with its id.
async fn restore_template(
    state: AppState,
    questions: Questions,
    restored: RestoredTemplate,
) -> (ImportLine, Fate) {
    let lang = state.lang.get_untracked();
    let working = &restored.template.working;
    let published = restored.template.published.as_ref();
    let shown: &Template = published.unwrap_or(working);
    let name = template_name_message(shown);
    let keeper = state.criteria;
    let done = |result: Result<Message, TemplateError>, fate: Fate| match result {
        Ok(text) => (
            ImportLine {
                file_name: name.clone(),
                ok: true,
                text: Message::Joined(vec![
                    text,
                    Message::plain(" · "),
                    Message::Text(digest_note(&restored.digest_status)),
                ]),
            },
            fate,
        ),
        Err(error) => (
            ImportLine {
                file_name: name.clone(),
                ok: false,
                text: error.into(),
            },
            Fate::Refused,
        ),
    };
    let with_name = |text| Message::fill(text, name.clone());
    match keeper.restore_from_backup(state, working, published) {
        Ok(RestoreOutcome::New(_)) => done(Ok(with_name(i18n::TEMPLATE_RESTORED)), Fate::Restored),
        Ok(RestoreOutcome::AlreadyHere) => {
            done(Ok(with_name(i18n::TEMPLATE_RESTORE_SKIPPED)), Fate::Skipped)
        }
        Ok(RestoreOutcome::Differs { here }) => {
            let question = Question {
                text: fill(
                    i18n::TEMPLATE_RESTORE_CONFIRM,
                    lang,
                    template_name(shown, lang),
                ),
                details: Vec::new(),
                choices: vec![i18n::REPLACE_TEMPLATE, i18n::KEEP_BOTH_TEMPLATES],
            };
            let result = if questions.answer(question).await == 0 {
                keeper
                    .restore_replacing(state, &here, working, published)
                    .map(|_| with_name(i18n::TEMPLATE_RESTORE_REPLACED))
            } else {
                keeper
                    .restore_as_copy(state, working, published)
                    .map(|_| with_name(i18n::TEMPLATE_RESTORE_COPY))
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
) -> (ImportLine, Option<usize>) {
    let line = |ok: bool, text: Message| ImportLine {
        file_name: Message::Joined(vec![
            Message::plain(format!("{name} · ")),
            Message::Text(i18n::BACKUP_REVIEW_BATCH),
        ]),
        ok,
        text,
    };
    let count = |text, n: usize| Message::fill(text, Message::plain(n));
    let not_stored = |files: usize, reason: Message| {
        Message::Joined(vec![count(i18n::BACKUP_REVIEW_NOT_STORED, files), reason])
    };
    let Some(review) = review else {
        let files = read_backup_batch(batch).map_or(0, |files| files.len());
        let reason = Message::Text(i18n::BACKUP_REVIEW_NO_STORAGE);
        return (line(false, not_stored(files, reason)), None);
    };
    match review.restore_backup(batch) {
        Ok(BatchRestore::Restored(files)) => (
            line(true, count(i18n::BACKUP_REVIEW_SHOWN, files.len())),
            Some(files.len()),
        ),
        Ok(BatchRestore::KeptHere { backup, .. }) => (
            line(false, count(i18n::BACKUP_REVIEW_KEPT_HERE, backup)),
            None,
        ),
        Err(BackupBatchError::Invalid(error)) => (line(false, error.into()), None),
        Err(BackupBatchError::NotStored {
            files,
            error: ReviewSaveError::Conflict { .. },
        }) => (
            line(false, count(i18n::BACKUP_REVIEW_KEPT_HERE, files)),
            None,
        ),
        Err(BackupBatchError::NotStored { files, error }) => {
            let reason = match error {
                ReviewSaveError::NewerVersion { .. } => {
                    Message::Text(i18n::BACKUP_REVIEW_NEWER_HERE)
                }
                ReviewSaveError::Quota { .. } => Message::Text(i18n::BACKUP_REVIEW_QUOTA),
                ReviewSaveError::Unavailable => Message::Text(i18n::BACKUP_REVIEW_NO_STORAGE),
                ReviewSaveError::Storage(message) => Message::Plain(message),
                ReviewSaveError::Conflict { .. } => Message::Plain(String::new()),
            };
            (line(false, not_stored(files, reason)), None)
        }
    }
}

fn digest_note(status: &DigestStatus) -> i18n::UiText {
    match status {
        DigestStatus::Verified => i18n::DIGEST_OK,
        DigestStatus::ChangedAfterExport { .. } => i18n::CHANGED_AFTER_EXPORT,
        DigestStatus::Missing => i18n::DIGEST_MISSING,
    }
}
