//! What review mode tells the user about the batch kept in browser storage: that it is kept,
//! or why it is not (storage full or missing, another tab's batch, a newer version's) with the
//! way out, and a stored batch that could not be read, offered for download.

use leptos::prelude::*;

use super::review_keeper::KeepStatus;
use super::state::use_review;
use crate::actions::unreadable_entry_file;
use crate::ui::i18n;
use crate::ui::question::use_questions;
use crate::ui::state::use_state;
use crate::ui::text::tr;
use crate::web::files::download;

#[component]
pub fn StorageNotice() -> impl IntoView {
    let lang = use_state().lang;
    let review = use_review();
    let questions = use_questions();
    let keeper = review.keeper;
    let has_files = move || review.files.with(|files| !files.is_empty());
    let message = move || {
        let message = keeper.message(lang.get())?;
        (has_files() || keeper.can_keep_mine()).then_some(message)
    };
    let unreadable = move || {
        keeper.unreadable.get().map(|entry| {
            view! {
                <p class="review-unreadable">
                    {tr(i18n::REVIEW_STORE_UNREADABLE)}" "
                    <button type="button" on:click=move |_| {
                        let document = unreadable_entry_file(&entry.key, &entry.raw);
                        let _ = download(&document.file_name, document.media_type, &document.bytes);
                    }>{tr(i18n::DOWNLOAD_UNREADABLE)}</button>
                </p>
            }
        })
    };
    let choices = move || {
        keeper.can_keep_mine().then(|| {
            view! {
                <span class="review-storage-choices">
                    <button type="button" on:click=move |_| keeper.keep_mine(review.files)>
                        {tr(i18n::REVIEW_KEEP_MINE)}
                    </button>
                    <Show when=move || keeper.can_load_theirs()>
                        <button type="button" on:click=move |_| {
                            let load_theirs = move || {
                                review.open.set(None);
                                review.chart_unit.set(None);
                                review.group.set(0);
                                keeper.load_theirs(review.files);
                            };
                            if review.has_unsaved() {
                                let ask = i18n::REVIEW_DISCARD_CONFIRM.get(lang.get_untracked());
                                questions.ask_before(ask.to_owned(), i18n::REVIEW_DISCARD_WORK, load_theirs);
                            } else {
                                load_theirs();
                            }
                        }>
                            {tr(i18n::REVIEW_LOAD_THEIRS)}
                        </button>
                    </Show>
                </span>
            }
        })
    };
    let failed = move || matches!(keeper.status.get(), KeepStatus::Failed(_)) || !keeper.persistent;
    let state = move || {
        message().map(|message| {
            view! {
                <p class="review-storage-state" class:review-storage-failed=failed>
                    {message}" "{choices}
                </p>
            }
        })
    };
    view! {
        <div class="review-storage" role="status">
            {state}
            {unreadable}
        </div>
    }
}
