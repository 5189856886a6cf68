//! Navigation by dimension (the eight types), each with its live score and completeness.

use leptos::prelude::*;

use crate::domain::{DimensionId, Template};
use crate::ui::app::tr;
use crate::ui::i18n;
use crate::ui::state::use_state;

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
                state.score.with(|sheet| {
                    sheet
                        .as_ref()
                        .and_then(|sheet| sheet.dimension(&id))
                        .map(|d| {
                            format!(
                                "{} / {} · {}/{}",
                                d.weighted, d.weight, d.completeness.answered, d.completeness.applicable
                            )
                        })
                        .unwrap_or_default()
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
