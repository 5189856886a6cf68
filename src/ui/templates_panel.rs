//! The criteria templates on the start screen: start one (blank, from a copy, from a template
//! file, from a spreadsheet table), and for each stored one edit, export, make a form file or
//! delete it (with an undo).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::i18n::{self, fill, Message};
use super::question::use_questions;
use super::state::{use_state, AppState};
use super::stored_list::{undo_bar, StoredTable};
use super::template_files::{
    download_form_file, export_template_file, import_criteria_bytes, import_template_bytes,
};
use super::text::tr;
use crate::domain::{Lang, TemplateId};
use crate::drafts::{PublishState, TemplateRecord};
use crate::formats::criteria_csv::MAX_CSV_BYTES;
use crate::formats::exchange::template_file::MAX_TEMPLATE_BYTES;
use crate::web::files::{read_file, take_picked_files};

/// One line of the panel's report: whether it is good news, and the text, worded when shown.
type Line = (bool, Message);

const HEADINGS: [i18n::UiText; 3] = [i18n::TEMPLATE, i18n::TEMPLATE_STATE, i18n::ACTIONS];

#[component]
pub fn TemplatesPanel() -> impl IntoView {
    let state = use_state();
    let keeper = state.criteria;
    let lang = state.lang;
    let report = RwSignal::new(Vec::<Line>::new());
    let first_source = state
        .templates
        .with_value(|all| all.first().map(|t| t.id.to_string()))
        .unwrap_or_default();
    let source = RwSignal::new(first_source);

    let on_template_file = move |ev: leptos::ev::Event| {
        let picked = take_picked_files(&ev);
        spawn_local(async move {
            let mut lines = Vec::new();
            for file in picked {
                let file = read_file(file, MAX_TEMPLATE_BYTES).await;
                let line = match file.bytes {
                    Ok(bytes) => import_template_bytes(state, &bytes),
                    Err(error) => Err(error.into()),
                };
                lines.push(named(&file.name, line));
            }
            report.set(lines);
        });
    };
    let on_csv = move |ev: leptos::ev::Event| {
        let picked = take_picked_files(&ev);
        spawn_local(async move {
            let Some(file) = picked.into_iter().next() else {
                return;
            };
            let file = read_file(file, MAX_CSV_BYTES).await;
            let result = match file.bytes {
                Ok(bytes) => import_criteria_bytes(state, &file.name, &bytes),
                Err(error) => Err(error.message(lang.get_untracked())),
            };
            if let Err(error) = result {
                report.set(vec![named(&file.name, Err(error.into()))]);
            }
        });
    };
    let copy = move |_| {
        let id = TemplateId::new(source.get_untracked());
        let template = state
            .templates
            .with_value(|all| all.iter().find(|t| t.id == id).cloned());
        if let Some(template) = template {
            if let Err(error) = keeper.create_copy(state, &template) {
                report.set(vec![(false, error.into())]);
            }
        }
    };
    let sources = move || {
        keeper.records.track();
        let lang = lang.get();
        state.templates.with_value(|all| {
            all.iter()
                .map(|t| {
                    let id = t.id.to_string();
                    let selected = id == source.get_untracked();
                    view! { <option value=id selected=selected>{t.title.get(lang).to_owned()}</option> }
                })
                .collect_view()
        })
    };
    let rows = move || {
        keeper
            .records
            .get()
            .into_iter()
            .map(|record| template_row(state, record, report))
            .collect_view()
    };
    let undo = move || {
        keeper.discarded.get().map(|record| {
            let lang = lang.get();
            let message = fill(
                i18n::TEMPLATE_DISCARDED,
                lang,
                record.working.title.get(lang),
            );
            undo_bar(message, move || {
                if let Err(error) = keeper.undo_discard(state) {
                    report.set(vec![(false, error.into())]);
                }
            })
        })
    };
    let lines = move || {
        report
            .get()
            .into_iter()
            .map(|(ok, text)| {
                view! {
                    <li class:import-ok=ok class:import-failed=!ok>
                        {move || text.render(lang.get())}
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="templates-panel" aria-labelledby="templates-heading">
            <h2 id="templates-heading">{tr(i18n::TEMPLATES_HEADING)}</h2>
            <p>{tr(i18n::TEMPLATES_HINT)}</p>
            <div class="template-start">
                <button type="button" on:click=move |_| {
                    if let Err(error) = keeper.create_blank(state) {
                        report.set(vec![(false, error.into())]);
                    }
                }>{tr(i18n::NEW_BLANK_TEMPLATE)}</button>
                <span class="template-copy">
                    <label for="template-copy-source">{tr(i18n::COPY_SOURCE)}</label>
                    <select id="template-copy-source" on:change=move |ev| source.set(event_target_value(&ev))>
                        {sources}
                    </select>
                    <button type="button" on:click=copy>{tr(i18n::COPY_TEMPLATE)}</button>
                </span>
            </div>
            <div class="template-files">
                <div>
                    <label class="file-picker" for="template-file">{tr(i18n::IMPORT_TEMPLATE_FILE)}</label>
                    <input id="template-file" type="file" multiple accept=".json,application/json" on:change=on_template_file />
                </div>
                <div>
                    <label class="file-picker" for="criteria-csv">{tr(i18n::IMPORT_CRITERIA_CSV)}</label>
                    <input id="criteria-csv" type="file" accept=".csv,.txt,text/csv" on:change=on_csv />
                    <p class="hint">{tr(i18n::CSV_COLUMNS_HINT)}</p>
                </div>
            </div>
            <div role="status">
                <ul class="import-report template-report">{lines}</ul>
            </div>
            {undo}
            <StoredTable class="templates-table" headings=&HEADINGS empty=i18n::NO_TEMPLATES is_empty=Signal::derive(move || keeper.records.with(Vec::is_empty))>
                {rows}
            </StoredTable>
        </section>
    }
}

fn named(file_name: &str, line: Result<Message, Message>) -> Line {
    let ok = line.is_ok();
    let text = line.unwrap_or_else(|text| text);
    (ok, Message::labelled(Message::plain(file_name), text))
}

/// What the status column says about a template.
fn state_text(record: &TemplateRecord, lang: Lang) -> String {
    match record.state() {
        PublishState::Unpublished => i18n::UNPUBLISHED.get(lang).to_owned(),
        PublishState::Published { version } => fill(i18n::PUBLISHED_VERSION, lang, version),
        PublishState::Edited { version } => fill(i18n::EDITED_SINCE, lang, version),
    }
}

fn template_row(
    state: AppState,
    record: TemplateRecord,
    report: RwSignal<Vec<Line>>,
) -> impl IntoView {
    let lang = state.lang;
    let keeper = state.criteria;
    let questions = use_questions();
    let title = record.working.title.clone();
    let id = record.working.id.clone();
    let fallback = id.to_string();
    let status = {
        let record = record.clone();
        move || state_text(&record, lang.get())
    };
    let published = record.published.clone();
    let export_template = published.clone();
    let form_template = published.clone();
    let edit_id = id.clone();
    let discard_record = record.clone();
    let report_err = move |result: Result<(), String>| {
        if let Err(error) = result {
            report.set(vec![(false, error.into())]);
        }
    };
    view! {
        <tr>
            <th scope="row">
                {move || {
                    let shown = title.get(lang.get());
                    if shown.trim().is_empty() { fallback.clone() } else { shown.to_owned() }
                }}
            </th>
            <td>{status}</td>
            <td class="draft-actions">
                <button type="button" on:click=move |_| report_err(keeper.open(state, &edit_id))>
                    {tr(i18n::EDIT)}
                </button>
                <button type="button" prop:disabled=published.is_none() on:click=move |_| {
                    if let Some(template) = &export_template {
                        report_err(export_template_file(template, lang.get_untracked()));
                    }
                }>{tr(i18n::EXPORT_TEMPLATE)}</button>
                <button type="button" prop:disabled=published.is_none() on:click=move |_| {
                    if let Some(template) = &form_template {
                        report_err(download_form_file(template, lang.get_untracked()));
                    }
                }>{tr(i18n::MAKE_FORM_FILE)}</button>
                <button type="button" on:click=move |_| {
                    let lang = lang.get_untracked();
                    let name = discard_record.working.title.get(lang).to_owned();
                    let discard_record = discard_record.clone();
                    questions.ask_before(fill(i18n::DISCARD_TEMPLATE_CONFIRM, lang, name), i18n::REMOVE, move || {
                        report_err(keeper.discard(state, &discard_record));
                    });
                }>{tr(i18n::REMOVE)}</button>
            </td>
        </tr>
    }
}
