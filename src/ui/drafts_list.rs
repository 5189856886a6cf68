//! The drafts list: every draft kept in this browser with its name (its label, else unit and
//! period), template, period, last change, completeness and score; open, rename (the draft's
//! name in the list, not the unit, typed in the row), duplicate, discard (asked in the page,
//! with undo). Also where the drafts live
//! in this browser, how much storage they use, a backup button, and entries that
//! could not be read, offered for download.

use leptos::prelude::*;

use super::file_actions::backup_all;
use super::i18n;
use super::question::use_questions;
use super::state::{use_state, AppState, Screen};
use super::stored_list::{undo_bar, StoredTable};
use super::text::tr;
use crate::actions::unreadable_entry_file;
use crate::domain::date_layout;
use crate::drafts::{not_a_backup, DraftSummary, ExportStanding};
use crate::web::files::download;
use crate::web::view_place::focus_when_drawn;

/// The first column is the draft's name: its label once renamed, else unit, year and period.
const HEADINGS: [i18n::UiText; 7] = [
    i18n::DRAFT_NAME,
    i18n::TEMPLATE,
    i18n::PERIOD,
    i18n::LAST_CHANGE,
    i18n::COMPLETENESS,
    i18n::TOTAL,
    i18n::ACTIONS,
];

#[component]
pub fn DraftsList() -> impl IntoView {
    let state = use_state();
    let keeper = state.drafts;
    let lang = state.lang;
    let error = RwSignal::new(None::<String>);
    let rows = move || {
        keeper
            .summaries
            .get()
            .into_iter()
            .map(|summary| draft_row(state, summary, error))
            .collect_view()
    };
    let undo = move || {
        keeper.discarded.get().map(|record| {
            let message = i18n::fill(i18n::DISCARDED, lang.get(), &record.assessment.unit.unit);
            undo_bar(message, move || keeper.undo_discard())
        })
    };
    let quarantined = move || {
        keeper
            .quarantined
            .get()
            .into_iter()
            .map(|entry| {
                let message = entry.message(lang.get());
                let key = entry.key.clone();
                let raw = entry.raw.clone();
                view! {
                    <li>
                        {message}" "
                        <button type="button" on:click=move |_| {
                            let document = unreadable_entry_file(&key, &raw);
                            let _ = download(&document.file_name, document.media_type, &document.bytes);
                        }>{tr(i18n::DOWNLOAD_UNREADABLE)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let has_quarantined = move || !keeper.quarantined.with(Vec::is_empty);
    let on_backup = move |_| error.set(backup_all(state).err());
    view! {
        <section class="drafts" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{tr(i18n::DRAFTS)}</h2>
            <p class="storage-scope">{move || keeper.scope.message(lang.get())}</p>
            <div role="status">
                <ul class="draft-notices">
                    {move || keeper.notices.get().into_iter().map(|n| view! { <li>{move || n.render(lang.get())}</li> }).collect_view()}
                </ul>
            </div>
            {undo}
            <StoredTable class="drafts-table" headings=&HEADINGS empty=i18n::NO_DRAFTS is_empty=Signal::derive(move || keeper.summaries.with(Vec::is_empty))>
                {rows}
            </StoredTable>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <p class="storage-usage">{move || keeper.usage_message()}</p>
            <p class="backup-nudge">
                {move || not_a_backup(lang.get())}" "
                <button type="button" on:click=on_backup>{tr(i18n::BACKUP_ALL)}</button>
            </p>
            <Show when=has_quarantined>
                <section class="quarantine" role="alert">
                    <h3>{tr(i18n::UNREADABLE_ENTRIES)}</h3>
                    <ul>{quarantined}</ul>
                </section>
            </Show>
        </section>
    }
}

fn draft_row(
    state: AppState,
    summary: DraftSummary,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = state.lang;
    let keeper = state.drafts;
    let title = summary.title();
    let template = summary.template_title.clone();
    let period = format!("{} {}", summary.year, summary.period);
    let modified = date_layout::ymd_hm(&summary.modified);
    let export = summary.export;
    let (completeness, total) = match &summary.scores {
        Some(s) => (
            format!("{}/{}", s.completeness.answered, s.completeness.applicable),
            summary
                .scores
                .as_ref()
                .map(|s| (s.total, s.grade_label.clone())),
        ),
        None => (String::from("—"), None),
    };
    let open_id = summary.id.clone();
    let rename_id = summary.id.clone();
    let copy_id = summary.id.clone();
    let label = summary.label.clone();
    let rename_title = title.clone();
    let discard_summary = summary.clone();
    let unit = summary.unit.clone();
    let open_label = format!("{} {}", i18n::OPEN.get(lang.get_untracked()), title);
    let questions = use_questions();
    let renaming = RwSignal::new(false);
    let name_cell = move || {
        if renaming.get() {
            rename_field(state, &rename_id, &label, &rename_title, renaming).into_any()
        } else {
            view! { {title.clone()} }.into_any()
        }
    };
    view! {
        <tr>
            <th scope="row">{name_cell}</th>
            <td>{move || template.as_ref().map(|t| t.get(lang.get()).to_owned()).unwrap_or_default()}</td>
            <td>{period}</td>
            <td>{modified}{move || export_note(export, lang.get())}</td>
            <td>{completeness}</td>
            <td>{move || total.as_ref().map(|(t, g)| format!("{t} {}", g.get(lang.get()))).unwrap_or_default()}</td>
            <td class="draft-actions">
                <button type="button" aria-label=open_label on:click=move |_| error.set(keeper.open(&open_id).map(|()| state.go(Screen::Form)).err())>
                    {tr(i18n::OPEN)}
                </button>
                <button type="button" prop:disabled=move || renaming.get() on:click=move |_| renaming.set(true)>
                    {tr(i18n::RENAME)}
                </button>
                <button type="button" on:click=move |_| keeper.duplicate(&copy_id)>
                    {tr(i18n::DUPLICATE)}
                </button>
                <button type="button" on:click=move |_| {
                    let question = i18n::fill(i18n::DISCARD_CONFIRM, lang.get_untracked(), &unit);
                    let summary = discard_summary.clone();
                    questions.ask_before(question, i18n::DISCARD, move || keeper.discard(&summary));
                }>{tr(i18n::DISCARD)}</button>
            </td>
        </tr>
    }
}

/// The draft's name as a field in its row: saved on Enter or "Save name", left as it was on
/// Escape or "Cancel".
fn rename_field(
    state: AppState,
    id: &crate::domain::AssessmentId,
    label: &str,
    title: &str,
    renaming: RwSignal<bool>,
) -> impl IntoView {
    let keeper = state.drafts;
    // The field shows the name as listed; keeping an unrenamed draft's default name as it is
    // leaves it a default, so it follows the unit details.
    let shown = if label.is_empty() { title } else { label }.to_owned();
    let typed = RwSignal::new(shown.clone());
    let field = NodeRef::<leptos::html::Input>::new();
    focus_when_drawn(field);
    let save = {
        let id = id.clone();
        move || {
            let new_label = typed.get_untracked();
            if new_label.trim() != shown.trim() {
                keeper.rename(&id, new_label.trim());
            }
            renaming.set(false);
        }
    };
    let save_on_enter = save.clone();
    view! {
        <span class="draft-rename">
            <input
                node_ref=field
                type="text"
                aria-label=move || i18n::DRAFT_RENAME_PROMPT.get(state.lang.get())
                title=move || i18n::DRAFT_RENAME_PROMPT.get(state.lang.get())
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                    "Enter" => save_on_enter(),
                    "Escape" => renaming.set(false),
                    _ => {}
                }
            />
            <button type="button" on:click=move |_| save()>{tr(i18n::SAVE_NAME)}</button>
            <button type="button" on:click=move |_| renaming.set(false)>{tr(i18n::CANCEL)}</button>
        </span>
    }
}

/// Under the last change: "已修改，未导出" when the draft changed since its last export, and
/// the date of that export; nothing for a draft never exported.
fn export_note(export: Option<ExportStanding>, lang: crate::domain::Lang) -> Option<impl IntoView> {
    let export = export?;
    let date = date_layout::ymd_hm(&export.exported_at);
    Some(view! {
        {export.changed.then(|| view! { <span class="changed-since-export">{i18n::CHANGED_SINCE_EXPORT.get(lang)}</span> })}
        <span class="last-exported">{i18n::fill(i18n::LAST_EXPORTED, lang, date)}</span>
    })
}
