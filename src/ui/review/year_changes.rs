//! Year-over-year change of the shown group's units, when the batch holds an earlier period
//! of the same unit; hidden otherwise.

use leptos::prelude::*;

use super::state::use_review;
use crate::domain::consolidate::period_text;
use crate::ui::i18n;
use crate::ui::state::use_state;
use crate::ui::text::tr;

#[component]
pub fn YearChanges() -> impl IntoView {
    let review = use_review();
    let lang = use_state().lang;
    let rows = move || {
        let lang = lang.get();
        review.consolidation.with(|c| {
            let group = c.groups.get(review.group.get())?;
            let rows: Vec<_> = c
                .changes
                .iter()
                .filter(|change| group.entry(change.to.index).is_some())
                .map(|change| {
                    let mut text = if change.change.is_positive() {
                        format!("+{}", change.change)
                    } else {
                        change.change.to_string()
                    };
                    if !change.same_template {
                        text = format!("{text} ({})", i18n::REVIEW_TEMPLATE_CHANGED.get(lang));
                    }
                    view! {
                        <tr>
                            <th scope="row">{change.unit.clone()}</th>
                            <td>{period_text(&change.from.period)}</td>
                            <td class="num">{change.from.total.to_string()}</td>
                            <td>{period_text(&change.to.period)}</td>
                            <td class="num">{change.to.total.to_string()}</td>
                            <td class="num">{text}</td>
                        </tr>
                    }
                })
                .collect();
            (!rows.is_empty()).then_some(rows)
        })
    };
    move || {
        rows().map(|rows| {
            view! {
                <section class="review-changes" aria-labelledby="review-changes-heading">
                    <h2 id="review-changes-heading">{tr(i18n::REVIEW_CHANGES)}</h2>
                    <table class="review-changes-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(i18n::REVIEW_UNIT)}</th>
                                <th scope="col">{tr(i18n::REVIEW_EARLIER)}</th>
                                <th scope="col">{tr(i18n::TOTAL)}</th>
                                <th scope="col">{tr(i18n::REVIEW_LATER)}</th>
                                <th scope="col">{tr(i18n::TOTAL)}</th>
                                <th scope="col">{tr(i18n::REVIEW_CHANGE)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </section>
            }
        })
    }
}
