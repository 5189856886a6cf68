//! The save status of the open draft ("已保存 14:03:12"), and what to do when saving failed:
//! another tab's newer version (reload it or keep mine as a copy), storage full or missing
//! (export at once). The draft always stays in memory.

use leptos::prelude::*;

use super::draft_keeper::SaveStatus;
use super::file_actions::export_open;
use super::i18n;
use super::state::use_state;
use super::text::tr;
use crate::domain::date_layout;

#[component]
pub fn SaveStatusBar() -> impl IntoView {
    let state = use_state();
    let keeper = state.drafts;
    let lang = state.lang;
    let export_error = RwSignal::new(None::<String>);
    let export = move |_| export_error.set(export_open(state, false).err());
    let body = move || {
        let lang = lang.get();
        match keeper.status.get() {
            SaveStatus::Idle => view! { <span></span> }.into_any(),
            SaveStatus::Unsaved => view! { <span class="save-pending">{i18n::UNSAVED.get(lang)}</span> }.into_any(),
            SaveStatus::Saved { at } => view! {
                <span class="save-ok">{i18n::fill(i18n::SAVED_AT, lang, date_layout::hms(&at))}</span>
            }
            .into_any(),
            SaveStatus::Conflict { theirs } => view! {
                <div class="save-problem" role="alert">
                    <p>{i18n::fill(i18n::CONFLICT, lang, date_layout::hms(&theirs.saved_at))}</p>
                    <button type="button" on:click=move |_| keeper.take_theirs()>{i18n::TAKE_THEIRS.get(lang)}</button>
                    <button type="button" on:click=move |_| keeper.keep_mine_as_copy()>{i18n::KEEP_MINE.get(lang)}</button>
                </div>
            }
            .into_any(),
            SaveStatus::Failed(error) => view! {
                <div class="save-problem" role="alert">
                    <p>{error.message(lang)}</p>
                    <button type="button" on:click=export>{i18n::EXPORT_NOW.get(lang)}</button>
                </div>
            }
            .into_any(),
        }
    };
    view! {
        <div class="save-status" aria-live="polite">
            {body}
            <p class="field-error" role="alert">{move || export_error.get()}</p>
        </div>
    }
}

/// A banner when this browser cannot keep drafts at all.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    (!state.drafts.persistent).then(|| {
        view! {
            <div class="storage-banner" role="alert">
                {move || crate::drafts::unavailable_banner(lang.get())}" "
                <span>{tr(i18n::EXPORT_HINT)}</span>
            </div>
        }
    })
}
