//! The way into review mode from the start screen, with the size of the batch already loaded.

use leptos::prelude::*;

use super::state::use_review;
use crate::ui::i18n;
use crate::ui::state::{use_state, Screen};
use crate::ui::text::tr;

#[component]
pub fn ReviewEntry() -> impl IntoView {
    let state = use_state();
    let review = use_review();
    let loaded = move || {
        let count = review.files.with(Vec::len);
        (count > 0).then(|| i18n::fill(i18n::REVIEW_LOADED, state.lang.get(), count))
    };
    view! {
        <section class="review-entry" aria-labelledby="review-entry-heading">
            <h2 id="review-entry-heading">{tr(i18n::REVIEW_MODE)}</h2>
            <p>{tr(i18n::REVIEW_INTRO)}</p>
            <p class="hint">{loaded}</p>
            <button type="button" on:click=move |_| state.go(Screen::Review)>
                {tr(i18n::REVIEW_ENTER)}
            </button>
        </section>
    }
}
