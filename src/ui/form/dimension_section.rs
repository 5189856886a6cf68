//! One dimension of the form: its heading, live subtotal, and its indicators.

use leptos::prelude::*;

use super::dimension_nav::{dimension_anchor, dimension_score_text};
use super::indicator_card::IndicatorCard;
use crate::domain::Dimension;
use crate::ui::i18n;
use crate::ui::state::use_state;

#[component]
pub fn DimensionSection(index: usize, dimension: Dimension) -> impl IntoView {
    let state = use_state();
    let id = dimension.id.clone();
    let name = dimension.name.clone();
    let heading_id = format!("{}-heading", dimension_anchor(&id));
    let subtotal = move || {
        let lang = state.lang.get();
        dimension_score_text(state.score, &id, |d| {
            format!(
                "{} {} / {} {}",
                i18n::SUBTOTAL.get(lang),
                d.points,
                d.max,
                i18n::POINTS_UNIT.get(lang)
            )
        })
    };
    let cards = dimension
        .indicators
        .iter()
        .map(|indicator| view! { <IndicatorCard indicator=indicator.clone() /> })
        .collect_view();
    let heading_ref = heading_id.clone();
    view! {
        <section class="dimension-section" id=dimension_anchor(&dimension.id) aria-labelledby=heading_ref>
            // The form opens on its first dimension (`web::view_place`).
            <h3 id=heading_id data-landing=(index == 0).then_some("")>
                <span class="dimension-number">{index + 1}". "</span>
                {move || name.get(state.lang.get()).to_owned()}
                <span class="dimension-subtotal">{subtotal}</span>
            </h3>
            {cards}
        </section>
    }
}
