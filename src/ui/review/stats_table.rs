//! Per-type statistics of the shown group: for each dimension its weight, the number of
//! units it applies to, and the mean, minimum, maximum and spread of their score rates; then
//! the same for the totals. Every figure comes from the consolidation.

use leptos::prelude::*;

use super::state::use_review;
use crate::domain::consolidate::Stats;
use crate::ui::i18n;
use crate::ui::state::use_state;
use crate::ui::text::tr;

fn cells(stats: Option<Stats>) -> impl IntoView {
    let [count, mean, min, max, spread] = Stats::figures(stats.as_ref());
    view! {
        <td class="num">{count}</td>
        <td class="num">{mean}</td>
        <td class="num">{min}</td>
        <td class="num">{max}</td>
        <td class="num">{spread}</td>
    }
}

#[component]
pub fn StatsTable() -> impl IntoView {
    let review = use_review();
    let lang = use_state().lang;
    let rows = move || {
        let lang = lang.get();
        let template = review.group_template()?;
        review.consolidation.with(|c| {
            let group = c.groups.get(review.group.get())?;
            let mut rows: Vec<AnyView> = template
                .dimensions
                .iter()
                .map(|d| {
                    let stats = group.dimension_stats(&d.id).and_then(|s| s.percent);
                    view! {
                        <tr>
                            <th scope="row">{d.name.get(lang).to_owned()}</th>
                            <td class="num">{d.weight.to_string()}</td>
                            {cells(stats)}
                        </tr>
                    }
                    .into_any()
                })
                .collect();
            rows.push(
                view! {
                    <tr class="total-row">
                        <th scope="row">{i18n::TOTAL.get(lang)}</th>
                        <td class="num">"100"</td>
                        {cells(group.stats.total)}
                    </tr>
                }
                .into_any(),
            );
            Some(rows)
        })
    };
    view! {
        <section class="review-stats" aria-labelledby="review-stats-heading">
            <h2 id="review-stats-heading">{tr(i18n::REVIEW_STATS)}</h2>
            <div class="table-scroll">
                <table class="review-stats-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(i18n::REVIEW_TYPE)}</th>
                            <th scope="col">{tr(i18n::REVIEW_WEIGHT)}</th>
                            <th scope="col">{tr(i18n::REVIEW_COUNT)}</th>
                            <th scope="col">{tr(i18n::REVIEW_MEAN)}</th>
                            <th scope="col">{tr(i18n::REVIEW_MIN)}</th>
                            <th scope="col">{tr(i18n::REVIEW_MAX)}</th>
                            <th scope="col">{tr(i18n::REVIEW_SPREAD)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
