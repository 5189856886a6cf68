//! A radar chart (SVG) of one unit's score rate per type against the group's average, with
//! a list to choose the unit. Geometry only: the rates come from the consolidation.

use leptos::prelude::*;

use super::state::use_review;
use crate::domain::Fixed;
use crate::ui::i18n;
use crate::ui::state::use_state;
use crate::ui::text::tr;

const SIZE: f64 = 300.0;
const CENTER: f64 = SIZE / 2.0;
const RADIUS: f64 = 100.0;

/// The point of axis `k` of `n` at `percent` of the radius (drawing only).
fn point(k: usize, n: usize, percent: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * k as f64 / n.max(1) as f64 - std::f64::consts::FRAC_PI_2;
    let r = RADIUS * percent.clamp(0.0, 100.0) / 100.0;
    (CENTER + r * angle.cos(), CENTER + r * angle.sin())
}

fn points(values: &[f64]) -> String {
    values
        .iter()
        .enumerate()
        .map(|(k, v)| {
            let (x, y) = point(k, values.len(), *v);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn rate(value: Option<Fixed>) -> f64 {
    value.map_or(0.0, Fixed::to_f64_lossy)
}

#[component]
pub fn CompareRadar() -> impl IntoView {
    let review = use_review();
    let lang = use_state().lang;
    // (batch index, unit name) of the group's ranked units, for the chooser.
    let choices = move || {
        review.consolidation.with(|c| {
            c.groups
                .get(review.group.get())
                .map(|g| {
                    g.ranking
                        .iter()
                        .map(|r| (r.unit.index, r.unit.unit.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let chosen = move || {
        let list = choices();
        review
            .chart_unit
            .get()
            .filter(|i| list.iter().any(|(j, _)| j == i))
            .or_else(|| list.first().map(|(i, _)| *i))
    };
    let chart = move || {
        let lang = lang.get();
        let index = chosen()?;
        let template = review.group_template()?;
        review.consolidation.with(|c| {
            let group = c.groups.get(review.group.get())?;
            let unit = group.entry(index)?;
            let n = template.dimensions.len();
            if n < 3 {
                return None;
            }
            let unit_rates: Vec<f64> = template
                .dimensions
                .iter()
                .map(|d| {
                    rate(
                        unit.unit
                            .standing()
                            .dimension(&d.id)
                            .filter(|s| s.applicable)
                            .map(|s| s.percent),
                    )
                })
                .collect();
            let average: Vec<f64> = template
                .dimensions
                .iter()
                .map(|d| {
                    rate(
                        group
                            .dimension_stats(&d.id)
                            .and_then(|s| s.percent)
                            .map(|s| s.mean),
                    )
                })
                .collect();
            let summary = template
                .dimensions
                .iter()
                .zip(unit_rates.iter().zip(&average))
                .map(|(d, (u, a))| format!("{} {u}% / {a}%", d.name.get(lang)))
                .collect::<Vec<_>>()
                .join(", ");
            let grid = [25.0, 50.0, 75.0, 100.0]
                .into_iter()
                .map(|level| view! { <polygon class="radar-grid" points=points(&vec![level; n]) /> })
                .collect_view();
            let axes = template
                .dimensions
                .iter()
                .enumerate()
                .map(|(k, d)| {
                    let (x, y) = point(k, n, 100.0);
                    let (lx, ly) = point(k, n, 122.0);
                    view! {
                        <line class="radar-axis" x1=CENTER y1=CENTER x2=x y2=y />
                        <text class="radar-label" x=lx y=ly text-anchor="middle" dominant-baseline="middle">
                            {d.name.get(lang).to_owned()}
                        </text>
                    }
                })
                .collect_view();
            let label = format!("{}: {summary}", unit.unit.unit);
            Some(view! {
                <svg class="radar-chart compare-radar" viewBox=format!("0 0 {SIZE} {SIZE}") role="img" aria-label=label>
                    {grid}
                    {axes}
                    <polygon class="radar-average" points=points(&average) />
                    <polygon class="radar-value" points=points(&unit_rates) />
                </svg>
                <p class="radar-legend">
                    <span class="legend-unit">{unit.unit.unit.clone()}</span>
                    <span class="legend-average">{i18n::REVIEW_AVERAGE.get(lang)}</span>
                </p>
            })
        })
    };
    let options = move || {
        let current = chosen();
        choices()
            .into_iter()
            .map(|(index, name)| {
                view! { <option value=index.to_string() selected=current == Some(index)>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <section class="review-radar" aria-labelledby="review-radar-heading">
            <h2 id="review-radar-heading">{tr(i18n::REVIEW_RADAR)}</h2>
            <div class="field">
                <label for="review-radar-unit">{tr(i18n::REVIEW_RADAR_UNIT)}</label>
                <select id="review-radar-unit" on:change=move |ev| {
                    review.chart_unit.set(event_target_value(&ev).parse().ok());
                }>
                    {options}
                </select>
            </div>
            {chart}
        </section>
    }
}
