//! A radar chart (SVG) of the score rate of each dimension.

use leptos::prelude::*;

use crate::domain::Fixed;
use crate::ui::i18n;
use crate::ui::state::use_state;
use crate::ui::text::tr;

const SIZE: f64 = 240.0;
const CENTER: f64 = SIZE / 2.0;
const RADIUS: f64 = 80.0;

/// The point of axis `index` of `count` at `fraction` of the radius (drawing only).
fn point(index: usize, count: usize, fraction: f64) -> (f64, f64) {
    let angle =
        std::f64::consts::TAU * index as f64 / count.max(1) as f64 - std::f64::consts::FRAC_PI_2;
    (
        CENTER + RADIUS * fraction * angle.cos(),
        CENTER + RADIUS * fraction * angle.sin(),
    )
}

fn polygon(fractions: &[f64]) -> String {
    fractions
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (x, y) = point(i, fractions.len(), *f);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn fraction(percent: Fixed) -> f64 {
    (percent.to_f64_lossy() / 100.0).clamp(0.0, 1.0)
}

#[component]
pub fn RadarChart() -> impl IntoView {
    let state = use_state();
    let chart = move || {
        let lang = state.lang.get();
        state.with_scored(|session, sheet| {
                let count = sheet.dimensions.len();
                let fractions: Vec<f64> = sheet.dimensions.iter().map(|d| fraction(d.percent)).collect();
                let grid = [0.25, 0.5, 0.75, 1.0]
                    .iter()
                    .map(|level| view! { <polygon class="radar-grid" points=polygon(&vec![*level; count]) /> })
                    .collect_view();
                let axes = sheet
                    .dimensions
                    .iter()
                    .enumerate()
                    .map(|(i, d)| {
                        let (x, y) = point(i, count, 1.0);
                        let (lx, ly) = point(i, count, 1.28);
                        let name = session
                            .template
                            .dimension(&d.id)
                            .map(|dim| dim.name.get(lang).to_owned())
                            .unwrap_or_default();
                        view! {
                            <line class="radar-axis" x1=CENTER y1=CENTER x2=x y2=y />
                            <text class="radar-label" x=lx y=ly text-anchor="middle" dominant-baseline="middle">{name}</text>
                        }
                    })
                    .collect_view();
                let summary = sheet
                    .dimensions
                    .iter()
                    .filter_map(|d| {
                        let name = session.template.dimension(&d.id)?.name.get(lang).to_owned();
                        Some(format!("{name} {}%", d.percent))
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                Some(view! {
                    <svg class="radar-chart" viewBox=format!("-70 -10 {} {}", SIZE + 140.0, SIZE + 20.0) role="img" aria-label=summary>
                        {grid}
                        {axes}
                        <polygon class="radar-value" points=polygon(&fractions) />
                    </svg>
                })
        })
    };
    view! {
        <figure class="radar">
            <figcaption>{tr(i18n::RADAR)}</figcaption>
            {chart}
        </figure>
    }
}
