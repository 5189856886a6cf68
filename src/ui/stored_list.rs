//! The shell of the start screen's lists of stored things (drafts, criteria templates): a
//! table with a heading row and one row per record, or a line saying there are none; and the
//! bar that offers to undo the last removal.

use leptos::prelude::*;

use super::i18n::{self, UiText};
use super::text::tr;

/// The records' table under `headings`, or `empty` while `is_empty`.
#[component]
pub fn StoredTable(
    /// The table's class, which says what it lists.
    class: &'static str,
    headings: &'static [UiText],
    empty: UiText,
    #[prop(into)] is_empty: Signal<bool>,
    /// The rows.
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <Show when=move || !is_empty.get() fallback=move || view! { <p>{tr(empty)}</p> }>
            <table class=class>
                <thead>
                    <tr>
                        {headings.iter().map(|&heading| view! { <th scope="col">{tr(heading)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </Show>
    }
}

/// "<what was removed> [Undo]", announced as a status.
pub fn undo_bar(message: String, on_undo: impl Fn() + 'static) -> impl IntoView {
    view! {
        <p class="undo-bar" role="status">
            {message}" "
            <button type="button" on:click=move |_| on_undo()>{tr(i18n::UNDO)}</button>
        </p>
    }
}
