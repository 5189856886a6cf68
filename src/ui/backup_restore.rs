//! Restoring a backup from the import panel: every draft (as an import does) and every
//! criteria template, then one summary line naming what was restored, skipped and refused.
//!
//! The rules live elsewhere: reading and checking the backup in
//! [`crate::formats::exchange::restore`], what a template already here means in
//! [`crate::drafts::TemplateStore::restore_from_backup`]. A different template under the same
//! id is never overwritten silently: as for a draft, the user is asked — replace it, or keep
//! both (the backup's under a new id).

use leptos::prelude::GetUntracked;

use super::i18n::{self, fill, list_separator};
use super::import_panel::{adopt, ImportLine};
use super::state::AppState;
use super::template_files::template_name;
use crate::domain::{Lang, Template};
use crate::drafts::{RestoreOutcome, TemplateError};
use crate::formats::exchange::{DigestStatus, Restored, RestoredTemplate};
use crate::web::lifecycle::confirm;

/// What became of one item of the backup.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Restored,
    Skipped,
    Refused,
}

/// The report lines of a backup named `name`: the summary first, then one per item.
pub fn restored_lines(state: AppState, name: &str, restored: Restored) -> Vec<ImportLine> {
    let lang = state.lang.get_untracked();
    let mut lines = Vec::new();
    let mut drafts = 0_usize;
    let mut templates = 0_usize;
    let mut skipped = 0_usize;
    let mut refused = 0_usize;
    for (i, entry) in restored.entries.into_iter().enumerate() {
        let line = match entry {
            Ok(imported) => adopt(state, imported, lang),
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
            Ok(template) => restore_template(state, template, lang),
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
    let mut parts = vec![
        fill(i18n::BACKUP_DRAFTS_RESTORED, lang, drafts),
        fill(i18n::BACKUP_TEMPLATES_RESTORED, lang, templates),
    ];
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
fn restore_template(state: AppState, restored: RestoredTemplate, lang: Lang) -> (ImportLine, Fate) {
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
            let result = if confirm(&fill(i18n::TEMPLATE_RESTORE_CONFIRM, lang, &name)) {
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

fn digest_note(status: &DigestStatus, lang: Lang) -> &'static str {
    match status {
        DigestStatus::Verified => i18n::DIGEST_OK.get(lang),
        DigestStatus::ChangedAfterExport { .. } => i18n::CHANGED_AFTER_EXPORT.get(lang),
        DigestStatus::Missing => i18n::DIGEST_MISSING.get(lang),
    }
}
