//! What printing shows in review mode: the corrective-action lists (整改清单) — of the unit
//! whose review page is open, else of every ranked unit of the shown group. Hidden on screen;
//! `style/print.css` shows only this while the review screen is up.

use leptos::prelude::*;

use super::corrective_list::corrective_list;
use super::state::use_review;
use crate::ui::state::use_state;

#[component]
pub fn ReviewPrint() -> impl IntoView {
    let review = use_review();
    let lang = use_state().lang;
    let lists = move || {
        let lang = lang.get();
        let threshold = review.options().threshold_percent;
        // One unit open: score it alone, so editing it does not consolidate the whole batch.
        if let Some(index) = review.open.get() {
            let template = review.template(index)?;
            let unit = review.unit_result(index)?;
            return Some(corrective_list(&template, &unit, threshold, lang).into_any());
        }
        let units: Vec<_> = review.consolidation.with(|c| {
            c.groups
                .get(review.group.get())
                .map(|g| g.ranking.iter().map(|r| r.unit.clone()).collect())
                .unwrap_or_default()
        });
        Some(
            units
                .iter()
                .filter_map(|unit| {
                    let template = review.template(unit.index)?;
                    Some(corrective_list(&template, unit, threshold, lang))
                })
                .collect_view()
                .into_any(),
        )
    };
    view! { <section class="review-print" aria-hidden="true">{lists}</section> }
}
