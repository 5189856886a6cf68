//! Import: one or many files by picker or drag-and-drop. Each file gets a line saying what
//! happened — imported (and whether it was changed after export, or migrated from an older
//! format, and its sheet code, to match a printed sheet) or why not. A backup file restores every draft and criteria template in it
//! and review mode's batch (`backup_restore`). An import never replaces an existing draft without asking, in the page
//! (`question.rs`): replace it, save the file as a new draft, or cancel, with the dates of both.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::app::tr;
use super::backup_restore::restored_lines;
use super::i18n;
use super::question::{use_questions, Question, Questions};
use super::review::ReviewState;
use super::state::{use_state, AppState};
use crate::domain::Lang;
use crate::formats::exchange::{
    import_file, restore, sheet_code, DigestStatus, ImportError, Imported, BACKUP_FORMAT,
    MAX_BACKUP_BYTES,
};
use crate::web::files::{files_from_drop, read_files, take_picked_files, File, PickedFile};

/// Backups hold many drafts, so a picked file may be as large as a backup; an assessment file
/// is checked against its own, smaller limit by `import_file`.
const MAX_PICKED_BYTES: usize = MAX_BACKUP_BYTES;

/// One line of the import report.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportLine {
    pub file_name: String,
    pub ok: bool,
    pub text: String,
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = use_state();
    // A backup may carry review mode's batch; the file is read after this owner is gone.
    let review = use_context::<ReviewState>();
    let questions = use_questions();
    let report = RwSignal::new(Vec::<ImportLine>::new());
    let dragging = RwSignal::new(false);
    let handle = move |files: Vec<File>| {
        if files.is_empty() {
            return;
        }
        spawn_local(async move {
            let picked = read_files(files, MAX_PICKED_BYTES).await;
            let mut lines = Vec::new();
            for file in picked {
                lines.extend(import_picked(state, questions, review, file).await);
            }
            report.set(lines);
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        handle(take_picked_files(&ev));
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        handle(files_from_drop(&ev));
    };
    let lines = move || {
        report
            .get()
            .into_iter()
            .map(|line| {
                view! {
                    <li class:import-ok=line.ok class:import-failed=!line.ok>
                        <strong>{line.file_name}</strong>{move || i18n::label_separator(state.lang.get())}{line.text}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section
            class="import-panel"
            class:dragging=move || dragging.get()
            aria-labelledby="import-heading"
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <h2 id="import-heading">{tr(i18n::IMPORT)}</h2>
            <p>{tr(i18n::IMPORT_HINT)}</p>
            <label class="file-picker" for="import-files">{tr(i18n::IMPORT_FILES)}</label>
            <input id="import-files" type="file" multiple accept=".json,application/json" on:change=on_change />
            <div role="status">
                <ul class="import-report">{lines}</ul>
            </div>
        </section>
    }
}

async fn import_picked(
    state: AppState,
    questions: Questions,
    review: Option<ReviewState>,
    picked: PickedFile,
) -> Vec<ImportLine> {
    let lang = state.lang.get_untracked();
    let name = picked.name.clone();
    let fail = |text: String| {
        vec![ImportLine {
            file_name: name.clone(),
            ok: false,
            text,
        }]
    };
    let bytes = match picked.bytes {
        Ok(bytes) => bytes,
        Err(error) => return fail(error.message(lang)),
    };
    let builtins = state.templates.get_value();
    match import_file(&name, &bytes, &builtins) {
        Ok(imported) => vec![adopt(state, questions, imported, lang).await],
        Err(ImportError::WrongFormat {
            found: Some(format),
            ..
        }) if format == BACKUP_FORMAT => match restore(&bytes, &builtins) {
            Ok(restored) => restored_lines(state, questions, review, &name, restored).await,
            Err(error) => fail(error.message(lang)),
        },
        Err(error) => fail(error.message(lang)),
    }
}

/// What to do with a file whose draft is already here.
enum Meeting {
    Replace,
    SaveAsNew,
    Cancel,
}

/// Asks in the page, with the dates of both, when a draft with the file's id is here.
async fn meet_existing(
    state: AppState,
    questions: Questions,
    imported: &Imported,
    lang: Lang,
) -> Meeting {
    let Some(changed) = state.drafts.stored_modified(&imported.assessment.id) else {
        return Meeting::SaveAsNew;
    };
    let question = Question {
        text: i18n::fill(i18n::IMPORT_REPLACE, lang, &imported.assessment.unit.unit),
        details: vec![
            i18n::fill(i18n::IMPORT_DRAFT_CHANGED, lang, date_time(&changed)),
            i18n::fill(
                i18n::IMPORT_FILE_EXPORTED,
                lang,
                date_time(&imported.exported_at),
            ),
        ],
        choices: vec![i18n::REPLACE_DRAFT, i18n::SAVE_AS_NEW_DRAFT, i18n::CANCEL],
    };
    match questions.answer(question).await {
        0 => Meeting::Replace,
        1 => Meeting::SaveAsNew,
        _ => Meeting::Cancel,
    }
}

fn date_time(at: &chrono::DateTime<chrono::FixedOffset>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// Keeps an imported file (or a backup's entry) as a draft; the line says how. A draft with
/// its id already here is replaced, kept beside it or left alone, as the user chooses.
pub(super) async fn adopt(
    state: AppState,
    questions: Questions,
    imported: Imported,
    lang: Lang,
) -> ImportLine {
    let replace = match meet_existing(state, questions, &imported, lang).await {
        Meeting::Replace => true,
        Meeting::SaveAsNew => false,
        Meeting::Cancel => {
            return ImportLine {
                file_name: imported.file_name.clone(),
                ok: false,
                text: i18n::IMPORT_CANCELLED.get(lang).to_owned(),
            }
        }
    };
    let mut notes = vec![i18n::fill(
        i18n::IMPORTED_AS,
        lang,
        &imported.assessment.unit.unit,
    )];
    match imported.digest_status {
        DigestStatus::Verified => notes.push(i18n::DIGEST_OK.get(lang).to_owned()),
        DigestStatus::ChangedAfterExport { .. } => {
            notes.push(i18n::CHANGED_AFTER_EXPORT.get(lang).to_owned())
        }
        DigestStatus::Missing => notes.push(i18n::DIGEST_MISSING.get(lang).to_owned()),
    }
    if imported.score_mismatch {
        notes.push(i18n::SCORE_MISMATCH.get(lang).to_owned());
    }
    if let Some(version) = imported.migrated_from {
        notes.push(i18n::fill(i18n::MIGRATED_FROM, lang, version));
    }
    if let Ok(code) = sheet_code(&imported.template, &imported.assessment) {
        notes.push(i18n::fill(i18n::SHEET_CODE, lang, code.short()));
    }
    let file_name = imported.file_name.clone();
    match state.drafts.adopt(state, imported, replace) {
        Ok(()) => ImportLine {
            file_name,
            ok: true,
            text: notes.join(i18n::list_separator(lang)),
        },
        Err(error) => ImportLine {
            file_name,
            ok: false,
            text: error.message(lang),
        },
    }
}
