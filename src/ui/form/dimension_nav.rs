//! Navigation by dimension (the eight types), each with its live score and completeness; and
//! what a dimension's link and section share: its anchor, and reading its live score.

use leptos::prelude::*;

use crate::domain::{DimensionId, DimensionScore, ScoreSheet, Template};
use crate::ui::i18n;
use crate::ui::state::use_state;
use crate::ui::text::tr;

#[component]
pub fn DimensionNav(template: Template) -> impl IntoView {
    let state = use_state();
    let items = template
        .dimensions
        .iter()
        .map(|dimension| {
            let id = dimension.id.clone();
            let name = dimension.name.clone();
            let href = format!("#{}", dimension_anchor(&id));
            let status = move || {
                dimension_score_text(state.score, &id, |d| {
                    format!(
                        "{} / {} · {}/{}",
                        d.weighted, d.weight, d.completeness.answered, d.completeness.applicable
                    )
                })
            };
            view! {
                <li>
                    <a href=href>
                        <span class="nav-name">{move || name.get(state.lang.get()).to_owned()}</span>
                        <span class="nav-status">{status}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="dimension-nav" aria-label=tr(i18n::DIMENSIONS)>
            <ol>{items}</ol>
        </nav>
    }
}

/// The element id of a dimension's section, the target of its navigation link.
pub fn dimension_anchor(id: &DimensionId) -> String {
    format!("dim-{id}")
}

/// What `show` says of dimension `id`'s live score; empty while the form has no score sheet
/// or the sheet has no such dimension.
pub fn dimension_score_text(
    score: Memo<Option<ScoreSheet>>,
    id: &DimensionId,
    show: impl FnOnce(&DimensionScore) -> String,
) -> String {
    score.with(|sheet| {
        sheet
            .as_ref()
            .and_then(|sheet| sheet.dimension(id))
            .map(show)
            .unwrap_or_default()
    })
}
