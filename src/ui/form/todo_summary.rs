//! What is left: notes the template requires but that are still blank, unanswered items and
//! items below full marks, each a link to its card. A group shows only when it lists something.
//!
//! Which note is due is the scoring core's `note_missing` (the same pass lists it among the
//! sheet's problems, which the PDF prints under 填报提示); nothing here re-applies the rule.

use leptos::prelude::*;

use super::indicator_card::indicator_anchor;
use crate::domain::{IndicatorScore, IndicatorStatus, Lang};
use crate::ui::i18n::{self, UiText};
use crate::ui::state::{use_state, AppState};
use crate::ui::text::tr;

/// One group of the list: its heading, its list's class, and which items it lists.
struct Group {
    heading: UiText,
    class: &'static str,
    wanted: fn(&IndicatorScore) -> bool,
}

/// The groups, in the order shown: a due note first, as its list is short and each entry
/// is something the template requires.
const GROUPS: [Group; 3] = [
    Group {
        heading: i18n::NOTES_DUE_ITEMS,
        class: "todo-notes-due",
        wanted: |s| s.note_missing,
    },
    Group {
        heading: i18n::UNANSWERED_ITEMS,
        class: "todo-unanswered",
        wanted: |s| s.status == IndicatorStatus::Unanswered,
    },
    Group {
        heading: i18n::BELOW_FULL_ITEMS,
        class: "todo-below-full",
        wanted: |s| s.status == IndicatorStatus::Scored && s.below_full,
    },
];

#[component]
pub fn TodoSummary() -> impl IntoView {
    let state = use_state();
    let groups = GROUPS
        .into_iter()
        .map(
            |Group {
                 heading,
                 class,
                 wanted,
             }| {
                let items = Memo::new(move |_| links(state, wanted));
                view! {
                    <Show when=move || items.with(|items| !items.is_empty())>
                        <h4>{tr(heading)}</h4>
                        <ul class=class>
                            {move || {
                                items
                                    .get()
                                    .into_iter()
                                    .map(|(href, label)| {
                                        let title = label.clone();
                                        view! { <li><a href=href title=title>{label}</a></li> }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </Show>
                }
            },
        )
        .collect_view();
    let nothing_left = move || {
        state
            .with_scored(|_, sheet| {
                !sheet
                    .indicators()
                    .any(|s| GROUPS.iter().any(|group| (group.wanted)(s)))
            })
            .unwrap_or(false)
    };
    view! {
        <section class="todo-summary">
            <h3>{tr(i18n::SUMMARY)}</h3>
            {groups}
            <Show when=nothing_left>
                <p class="todo-none">{tr(i18n::NOTHING_TO_DO)}</p>
            </Show>
        </section>
    }
}

/// The (link, text) of every indicator `wanted` picks, in template order.
fn links(state: AppState, wanted: fn(&IndicatorScore) -> bool) -> Vec<(String, String)> {
    let lang: Lang = state.lang.get();
    state
        .with_scored(|session, sheet| {
            sheet
                .indicators()
                .filter(|s| wanted(s))
                .filter_map(|s| {
                    let (_, indicator) = session.template.indicator(&s.id)?;
                    let href = format!("#{}", indicator_anchor(&s.id));
                    Some((href, format!("{} {}", s.id, indicator.content.get(lang))))
                })
                .collect()
        })
        .unwrap_or_default()
}
