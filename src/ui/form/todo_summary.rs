//! What is left: unanswered items and items below full marks, each a link to its field.

use leptos::prelude::*;

use super::indicator_card::indicator_anchor;
use crate::domain::{IndicatorStatus, Lang};
use crate::ui::app::tr;
use crate::ui::i18n;
use crate::ui::state::use_state;

#[component]
pub fn TodoSummary() -> impl IntoView {
    let state = use_state();
    let list = move |below_full: bool| {
        let lang: Lang = state.lang.get();
        state
            .with_scored(|session, sheet| {
                sheet
                    .indicators()
                    .filter(|s| {
                        if below_full {
                            s.status == IndicatorStatus::Scored && s.below_full
                        } else {
                            s.status == IndicatorStatus::Unanswered
                        }
                    })
                    .filter_map(|s| {
                        let (_, indicator) = session.template.indicator(&s.id)?;
                        let href = format!("#{}", indicator_anchor(&s.id));
                        let label = format!("{} {}", s.id, indicator.content.get(lang));
                        Some(view! { <li><a href=href>{label}</a></li> })
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let unanswered = move || list(false);
    let below = move || list(true);
    view! {
        <section class="todo-summary">
            <h3>{tr(i18n::SUMMARY)}</h3>
            <h4>{tr(i18n::UNANSWERED_ITEMS)}</h4>
            <ul class="todo-unanswered">{unanswered}</ul>
            <h4>{tr(i18n::BELOW_FULL_ITEMS)}</h4>
            <ul class="todo-below-full">{below}</ul>
        </section>
    }
}
