//! A unit's corrective-action list (整改清单) as a table: each indicator under the threshold
//! with its points, the reason and the reviewer's comment, and empty measure, deadline and
//! owner cells for the unit to fill in on paper. Shown on the review page and printed; the
//! columns' print widths (`style/print.css`, by `col` class) leave room to write by hand, and
//! a unit with nothing to correct gets one line, not a page of its own.

use leptos::prelude::*;

use crate::domain::consolidate::UnitResult;
use crate::domain::{Fixed, Lang, Template};
use crate::formats::review::words::reason;
use crate::ui::i18n;

/// The list of `unit` (scored on `template`), with a heading naming it.
pub fn corrective_list(
    template: &Template,
    unit: &UnitResult,
    threshold: Fixed,
    lang: Lang,
) -> impl IntoView {
    let t = |text: i18n::UiText| text.get(lang);
    let rows = unit
        .corrective
        .iter()
        .map(|item| {
            let content = template
                .indicator(&item.indicator)
                .map(|(_, i)| i.content.get(lang).to_owned())
                .unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{format!("{} {content}", item.indicator)}</th>
                    <td class="num">{format!("{}/{}", item.points, item.max)}</td>
                    <td>{reason(item.reason, lang)}</td>
                    <td>{item.reviewer_comment.clone()}</td>
                    <td class="fill-in"></td>
                    <td class="fill-in"></td>
                    <td class="fill-in"></td>
                </tr>
            }
        })
        .collect_view();
    let empty = unit.corrective.is_empty();
    view! {
        <section class="corrective-list" class:corrective-empty=empty>
            <h3>{format!("{} · {}", t(i18n::CORRECTIVE), unit.unit)}</h3>
            <p class="hint">{i18n::fill(i18n::CORRECTIVE_RULE, lang, threshold)}</p>
            {if empty {
                view! { <p>{t(i18n::CORRECTIVE_NONE)}</p> }.into_any()
            } else {
                view! {
                    <table class="corrective-table">
                        <colgroup>
                            <col class="col-indicator" />
                            <col class="col-points" />
                            <col class="col-reason" />
                            <col class="col-comment" />
                            <col class="col-measure" />
                            <col class="col-deadline" />
                            <col class="col-owner" />
                        </colgroup>
                        <thead>
                            <tr>
                                <th scope="col">{t(i18n::CORRECTIVE_INDICATOR)}</th>
                                <th scope="col">{t(i18n::CORRECTIVE_POINTS)}</th>
                                <th scope="col">{t(i18n::CORRECTIVE_REASON)}</th>
                                <th scope="col">{t(i18n::REVIEW_COMMENT)}</th>
                                <th scope="col">{t(i18n::CORRECTIVE_MEASURE)}</th>
                                <th scope="col">{t(i18n::CORRECTIVE_DEADLINE)}</th>
                                <th scope="col">{t(i18n::CORRECTIVE_OWNER)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
    }
}
