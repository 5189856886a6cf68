//! The A4 score sheet that browser printing (Ctrl+P) produces: hidden on screen, the only
//! thing shown in print. Answers appear as values, not as clipped form controls.

use leptos::prelude::*;

use crate::domain::{Answers, IndicatorKind, IndicatorStatus, Lang, ScoreSheet, Template};
use crate::ui::i18n;
use crate::ui::state::{use_state, Session};

#[component]
pub fn PrintSheet() -> impl IntoView {
    let state = use_state();
    let sheet = move || {
        let lang = state.lang.get();
        state.with_scored(|session, score| sheet_view(session, score, lang))
    };
    view! { <section class="print-sheet" aria-hidden="true">{sheet}</section> }
}

fn sheet_view(session: &Session, score: &ScoreSheet, lang: Lang) -> impl IntoView {
    let t = |text: i18n::UiText| text.get(lang);
    let colon = i18n::label_separator(lang);
    let gap = i18n::field_gap(lang);
    let template = &session.template;
    let unit = &session.assessment.unit;
    let header = format!(
        "{}{colon}{}{gap}{}{colon}{} {}{gap}{}{colon}{}{gap}{}{colon}{}",
        t(i18n::UNIT_NAME),
        unit.unit,
        t(i18n::YEAR),
        unit.year,
        unit.period,
        t(i18n::ASSESSOR),
        unit.assessor,
        t(i18n::DATE),
        unit.date
    );
    let tables = template
        .dimensions
        .iter()
        .map(|dimension| {
            let subtotal = score
                .dimension(&dimension.id)
                .map(|d| format!("{} {} / {}", t(i18n::SUBTOTAL), d.points, d.max))
                .unwrap_or_default();
            let rows = dimension
                .indicators
                .iter()
                .map(|indicator| {
                    let self_cell = self_cell(template, &session.assessment.answers, score, indicator, lang);
                    let note = session
                        .assessment
                        .answers
                        .get(&indicator.id)
                        .map(|a| a.note.clone())
                        .unwrap_or_default();
                    let max = i18n::max_text(indicator, lang);
                    view! {
                        <tr>
                            <td class="col-content">{format!("{} {}", indicator.id, indicator.content.get(lang))}</td>
                            <td class="col-standard">{indicator.standard.get(lang).to_owned()}</td>
                            <td class="col-max">{max}</td>
                            <td class="col-self">{self_cell}</td>
                            <td class="col-notes">{note}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="sheet-table">
                    <caption>{format!("{}{gap}{}", dimension.name.get(lang), subtotal)}</caption>
                    <thead>
                        <tr>
                            <th class="col-content">{t(i18n::CONTENT)}</th>
                            <th class="col-standard">{t(i18n::STANDARD)}</th>
                            <th class="col-max">{t(i18n::MAX_POINTS)}</th>
                            <th class="col-self">{t(i18n::SELF_SCORE)}</th>
                            <th class="col-notes">{t(i18n::NOTES)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view();
    let rules = score
        .grade_rules
        .iter()
        .map(|rule| view! { <li>{rule.describe(template, lang)}</li> })
        .collect_view();
    view! {
        <h1 class="sheet-title">{format!("{} — {}", template.title.get(lang), t(i18n::SHEET_TITLE))}</h1>
        <p class="sheet-header">{header}</p>
        {tables}
        <div class="sheet-result">
            <p>
                {format!(
                    "{}{colon}{} / 100{gap}{}{colon}{}{gap}{}{colon}+{}",
                    t(i18n::TOTAL),
                    score.total,
                    t(i18n::GRADE),
                    i18n::grade_text(template, score, lang),
                    t(i18n::BONUS),
                    score.bonus
                )}
            </p>
            <ul class="sheet-rules">{rules}</ul>
        </div>
        <div class="sheet-signatures">
            <p>{t(i18n::SIGN_LEADER)}{colon}<span class="sign-line"></span></p>
            <p>{t(i18n::SIGN_SEAL)}{colon}<span class="sign-line"></span></p>
            <p>{t(i18n::SIGN_DATE)}{colon}<span class="sign-line"></span></p>
        </div>
    }
}

/// "8（较好）" / "8 (Good)", "不适用", "" — the self score with the answer in words.
fn self_cell(
    _template: &Template,
    answers: &Answers,
    score: &ScoreSheet,
    indicator: &crate::domain::Indicator,
    lang: Lang,
) -> String {
    let Some(item) = score.indicator(&indicator.id) else {
        return String::new();
    };
    let value = answers
        .get(&indicator.id)
        .map(|a| i18n::answer_text(indicator, &a.value, lang))
        .unwrap_or_default();
    let points = i18n::points_text(indicator, Some(item), lang);
    match item.status {
        IndicatorStatus::Unanswered | IndicatorStatus::NotApplicable => points,
        IndicatorStatus::Scored if matches!(indicator.kind, IndicatorKind::Veto) => value,
        IndicatorStatus::Scored => format!("{points}{}", i18n::in_brackets(lang, value)),
    }
}
