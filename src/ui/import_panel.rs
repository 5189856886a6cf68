//! Import: one or many files by picker or drag-and-drop. Each file gets a line saying what
//! happened — imported (and whether it was changed after export, or migrated from an older
//! format, and its sheet code, to match a printed sheet) or why not. A backup file restores every draft and criteria template in it
//! and review mode's batch (`backup_restore`). An import never replaces an existing draft without asking, in the page
//! (`question.rs`): replace it, save the file as a new draft, or cancel, with the dates of both.
//! The report is kept as data ([`Message`]) and worded in the language shown, so a language
//! switch re-words it; a long import runs in slices and shows how far it is.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::backup_restore::restored_lines;
use super::i18n;
use super::import_progress::ImportProgress;
use super::question::{use_questions, Question, Questions};
use super::review::ReviewState;
use super::state::{use_state, AppState};
use super::text::tr;
use crate::domain::Lang;
use crate::formats::exchange::{
    import_file, restore, sheet_code, DigestStatus, ImportError, Imported, BACKUP_FORMAT,
    MAX_BACKUP_BYTES,
};
use crate::i18n::Message;
use crate::web::files::{files_from_drop, read_file, take_picked_files, File, PickedFile};
use crate::web::slices::Slices;

/// Backups hold many drafts, so a picked file may be as large as a backup; an assessment file
/// is checked against its own, smaller limit by `import_file`.
const MAX_PICKED_BYTES: usize = MAX_BACKUP_BYTES;

/// One line of the import report, kept as data and worded in the language shown.
#[derive(Clone, Debug)]
pub struct ImportLine {
    pub file_name: Message,
    pub ok: bool,
    pub text: Message,
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = use_state();
    // A backup may carry review mode's batch; the file is read after this owner is gone.
    let review = use_context::<ReviewState>();
    let questions = use_questions();
    let report = RwSignal::new(Vec::<ImportLine>::new());
    let progress = RwSignal::new(None::<(usize, usize)>);
    let dragging = RwSignal::new(false);
    let handle = move |files: Vec<File>| {
        if files.is_empty() {
            return;
        }
        spawn_local(async move {
            // In slices, so a large import leaves the page responsive and shows how far it is.
            let total = files.len();
            let mut slices = Slices::new();
            let mut lines = Vec::new();
            for (done, file) in files.into_iter().enumerate() {
                if slices.pause().await && slices.long() {
                    progress.set(Some((done, total)));
                }
                let picked = read_file(file, MAX_PICKED_BYTES).await;
                lines.extend(import_picked(state, questions, review, picked).await);
            }
            progress.set(None);
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
                let lang = state.lang;
                let file_name = line.file_name;
                let text = line.text;
                view! {
                    <li class:import-ok=line.ok class:import-failed=!line.ok>
                        <strong>{move || file_name.render(lang.get())}</strong>
                        {move || i18n::label_separator(lang.get())}
                        {move || text.render(lang.get())}
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
                <ImportProgress progress=progress />
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
    let name = picked.name.clone();
    let fail = |text: Message| {
        vec![ImportLine {
            file_name: Message::plain(&name),
            ok: false,
            text,
        }]
    };
    let bytes = match picked.bytes {
        Ok(bytes) => bytes,
        Err(error) => return fail(error.into()),
    };
    let builtins = state.templates.get_value();
    match import_file(&name, &bytes, &builtins) {
        Ok(imported) => vec![adopt(state, questions, imported).await],
        Err(ImportError::WrongFormat {
            found: Some(format),
            ..
        }) if format == BACKUP_FORMAT => match restore(&bytes, &builtins) {
            Ok(restored) => restored_lines(state, questions, review, &name, restored).await,
            Err(error) => fail(error.into()),
        },
        Err(error) => fail(error.into()),
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
    crate::domain::date_layout::ymd_hm(at)
}

/// Keeps an imported file (or a backup's entry) as a draft; the line says how. A draft with
/// its id already here is replaced, kept beside it or left alone, as the user chooses.
pub(super) async fn adopt(state: AppState, questions: Questions, imported: Imported) -> ImportLine {
    let lang = state.lang.get_untracked();
    let replace = match meet_existing(state, questions, &imported, lang).await {
        Meeting::Replace => true,
        Meeting::SaveAsNew => false,
        Meeting::Cancel => {
            return ImportLine {
                file_name: Message::plain(&imported.file_name),
                ok: false,
                text: Message::Text(i18n::IMPORT_CANCELLED),
            }
        }
    };
    let mut notes = vec![Message::fill(
        i18n::IMPORTED_AS,
        Message::plain(&imported.assessment.unit.unit),
    )];
    notes.push(Message::Text(match imported.digest_status {
        DigestStatus::Verified => i18n::DIGEST_OK,
        DigestStatus::ChangedAfterExport { .. } => i18n::CHANGED_AFTER_EXPORT,
        DigestStatus::Missing => i18n::DIGEST_MISSING,
    }));
    if imported.score_mismatch {
        notes.push(Message::Text(i18n::SCORE_MISMATCH));
    }
    if let Some(version) = imported.migrated_from {
        notes.push(Message::fill(i18n::MIGRATED_FROM, Message::plain(version)));
    }
    if let Ok(code) = sheet_code(&imported.template, &imported.assessment) {
        notes.push(Message::fill(
            i18n::SHEET_CODE,
            Message::plain(code.short()),
        ));
    }
    let file_name = Message::plain(&imported.file_name);
    match state.drafts.adopt(imported, replace) {
        Ok(()) => ImportLine {
            file_name,
            ok: true,
            text: Message::List(notes),
        },
        Err(error) => ImportLine {
            file_name,
            ok: false,
            text: error.into(),
        },
    }
}
