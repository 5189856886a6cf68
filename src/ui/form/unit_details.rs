//! The unit details on the form screen: the start form's fields (unit name, year, period,
//! assessor, date), still editable while filling, in a block that opens on demand.
//!
//! Each field is read by [`crate::domain::unit_info`], as the start form reads it. A refused
//! entry keeps its text in the field with the message next to it, and the assessment keeps the
//! last valid value; a valid one goes into the assessment, so the draft, the exported files,
//! print and the PDF carry it.

use leptos::prelude::*;

use crate::domain::{UnitField, UnitInfoProblem};
use crate::ui::i18n::{self, UiText};
use crate::ui::state::use_state;
use crate::ui::text::tr;

#[component]
pub fn UnitDetails() -> impl IntoView {
    let state = use_state();
    let fields = UnitField::ALL
        .into_iter()
        .map(|field| {
            let initial = state.session.with_untracked(|open| {
                open.as_ref()
                    .map(|s| s.assessment.unit.field_text(field))
                    .unwrap_or_default()
            });
            let text = RwSignal::new(initial);
            let problem = RwSignal::new(None::<UnitInfoProblem>);
            let on_input = move |typed: String| {
                let held = state
                    .session
                    .with_untracked(|open| open.as_ref().map(|s| s.assessment.unit.clone()));
                let Some(held) = held else {
                    return;
                };
                let mut changed = held.clone();
                match changed.set_field(field, &typed) {
                    Err(refused) => problem.set(Some(refused)),
                    Ok(()) => {
                        problem.set(None);
                        if changed != held {
                            state.edit(|assessment| assessment.unit = changed);
                        }
                    }
                }
            };
            unit_text_field("unit-details", field, text, problem.into(), true, on_input)
        })
        .collect_view();
    view! {
        <details class="unit-details">
            <summary>{tr(i18n::UNIT_DETAILS)}</summary>
            <p class="hint">{tr(i18n::UNIT_DETAILS_HINT)}</p>
            <div class="unit-details-fields">{fields}</div>
        </details>
    }
}

/// The label of a unit detail's field.
pub fn field_label(field: UnitField) -> UiText {
    match field {
        UnitField::Unit => i18n::UNIT_NAME,
        UnitField::Year => i18n::YEAR,
        UnitField::Period => i18n::PERIOD,
        UnitField::Assessor => i18n::ASSESSOR,
        UnitField::Date => i18n::DATE,
    }
}

/// What the page says of a refused entry.
pub fn problem_text(problem: UnitInfoProblem) -> UiText {
    match problem {
        UnitInfoProblem::UnitRequired => i18n::UNIT_REQUIRED,
        UnitInfoProblem::YearInvalid => i18n::YEAR_INVALID,
        UnitInfoProblem::DateInvalid => i18n::DATE_INVALID,
    }
}

/// A labelled field for one unit detail with its message below it, tied to the field by
/// `aria-describedby`. Its text is `text`; `on_input` gets each entry as typed. With `kept`,
/// the message adds that the last valid value is kept.
pub fn unit_text_field(
    prefix: &'static str,
    field: UnitField,
    text: RwSignal<String>,
    problem: Signal<Option<UnitInfoProblem>>,
    kept: bool,
    on_input: impl Fn(String) + 'static,
) -> impl IntoView {
    let lang = use_state().lang;
    let name = match field {
        UnitField::Unit => "unit",
        UnitField::Year => "year",
        UnitField::Period => "period",
        UnitField::Assessor => "assessor",
        UnitField::Date => "date",
    };
    let input_id = format!("{prefix}-{name}");
    let error_id = format!("{input_id}-error");
    let message = move || {
        problem.get().map(|p| {
            let lang = lang.get();
            let said = problem_text(p).get(lang);
            if kept {
                i18n::sentences(lang, &[said, i18n::UNIT_INPUT_KEPT.get(lang)])
            } else {
                said.to_owned()
            }
        })
    };
    view! {
        <div class=format!("field unit-field unit-field-{name}")>
            <label for=input_id.clone()>{tr(field_label(field))}</label>
            <input
                id=input_id
                type=if field == UnitField::Date { "date" } else { "text" }
                inputmode=(field == UnitField::Year).then_some("numeric")
                autocomplete="off"
                prop:value=move || text.get()
                aria-invalid=move || problem.get().is_some().to_string()
                aria-describedby=error_id.clone()
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    text.set(typed.clone());
                    on_input(typed);
                }
            />
            <p class="field-error" id=error_id role="alert">{message}</p>
        </div>
    }
}
