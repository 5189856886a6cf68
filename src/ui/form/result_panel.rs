//! The live result: total, grade, the rules that changed the grade, per-dimension scores,
//! the radar chart and what is left to do. Every number comes from the score memo.

use leptos::prelude::*;

use super::radar_chart::RadarChart;
use super::todo_summary::TodoSummary;
use crate::ui::i18n;
use crate::ui::state::use_state;
use crate::ui::text::tr;

#[component]
pub fn ResultPanel() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let with_sheet =
        move |f: &dyn Fn(&crate::ui::state::Session, &crate::domain::ScoreSheet) -> String| {
            state
                .with_scored(|session, sheet| f(session, sheet))
                .unwrap_or_default()
        };
    let total = move || with_sheet(&|_, sheet| sheet.total.to_string());
    let grade = move || {
        let lang = lang.get();
        with_sheet(&|s, sheet| i18n::grade_text(&s.template, sheet, lang))
    };
    // No verdict while items are unanswered: the grade reads "pending", not in the alarm colour.
    let pending = move || {
        state
            .with_scored(|_, sheet| {
                matches!(
                    sheet.grade_standing(),
                    crate::domain::GradeStanding::Pending(_)
                )
            })
            .unwrap_or(false)
    };
    let completeness = move || {
        with_sheet(&|_, sheet| {
            format!(
                "{}/{}",
                sheet.completeness.answered, sheet.completeness.applicable
            )
        })
    };
    let bonus = move || with_sheet(&|_, sheet| sheet.bonus.to_string());
    let rules = move || {
        let lang = lang.get();
        state
            .with_scored(|session, sheet| {
                sheet
                    .grade_rules
                    .iter()
                    .map(|rule| view! { <li>{rule.describe(&session.template, lang)}</li> })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let has_rules = move || {
        state
            .with_scored(|_, sheet| !sheet.grade_rules.is_empty())
            .unwrap_or(false)
    };
    let dimension_rows = move || {
        let lang = lang.get();
        state
            .with_scored(|session, sheet| {
                sheet
                    .dimensions
                    .iter()
                    .filter_map(|d| {
                        let name = session.template.dimension(&d.id)?.name.get(lang).to_owned();
                        Some(view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{format!("{} / {}", d.points, d.max)}</td>
                                <td>{format!("{}%", d.percent)}</td>
                                <td>{format!("{} / {}", d.weighted, d.weight)}</td>
                            </tr>
                        })
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };

    view! {
        <aside class="result-panel" aria-labelledby="result-heading">
            <h2 id="result-heading">{tr(i18n::RESULT)}</h2>
            <dl class="result-summary">
                <div class="result-total">
                    <dt>{tr(i18n::TOTAL)}</dt>
                    <dd><output aria-live="polite" data-testid="total">{total}</output>" / 100"</dd>
                </div>
                <div class="result-grade">
                    <dt>{tr(i18n::GRADE)}</dt>
                    <dd><output aria-live="polite" data-testid="grade" class:grade-pending=pending>{grade}</output></dd>
                </div>
                <div>
                    <dt>{tr(i18n::BONUS)}</dt>
                    <dd>{bonus}</dd>
                </div>
                <div>
                    <dt>{tr(i18n::COMPLETENESS)}</dt>
                    <dd>{completeness}</dd>
                </div>
            </dl>
            // The live region stays in the page so a rule that appears is announced; its
            // heading shows only over a rule.
            <section class="grade-rules" aria-live="polite">
                <Show when=has_rules>
                    <h3>{tr(i18n::RULES_APPLIED)}</h3>
                    <ul>{rules}</ul>
                </Show>
            </section>
            <table class="dimension-scores">
                <caption>{tr(i18n::DIMENSIONS)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(i18n::DIMENSION_COLUMN)}</th>
                        <th scope="col">{tr(i18n::DIMENSION_POINTS_COLUMN)}</th>
                        <th scope="col">{tr(i18n::DIMENSION_RATE_COLUMN)}</th>
                        <th scope="col">{tr(i18n::DIMENSION_WEIGHTED_COLUMN)}</th>
                    </tr>
                </thead>
                <tbody>{dimension_rows}</tbody>
            </table>
            <RadarChart />
            <TodoSummary />
        </aside>
    }
}
