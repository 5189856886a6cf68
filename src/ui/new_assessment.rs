//! The "new assessment" form: template, unit, year, period, assessor, date.

use chrono::Datelike;
use leptos::prelude::*;

use super::form::unit_details::unit_text_field;
use super::i18n;
use super::state::{use_state, Screen, Session};
use super::text::tr;
use crate::domain::date_layout;
use crate::domain::unit_info::read_unit_info;
use crate::domain::{Assessment, TemplateId, UnitField, UnitInfoProblem};
use crate::web::clock;

#[component]
pub fn NewAssessment() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let first_template = state
        .templates
        .with_value(|t| t.first().map(|t| t.id.clone()));
    let template = RwSignal::new(first_template);
    let today = clock::today();
    let texts = UnitField::ALL.map(|field| {
        RwSignal::new(match field {
            UnitField::Year => today.year().to_string(),
            UnitField::Period => i18n::PERIOD_DEFAULT.get(lang.get_untracked()).to_owned(),
            UnitField::Date => date_layout::ymd(&today),
            UnitField::Unit | UnitField::Assessor => String::new(),
        })
    });
    // UnitField::ALL is in declaration order, so a field's discriminant is its place there.
    let text_of = move |field: UnitField| texts[field as usize];
    // The first refused field, shown next to it until that field is typed in again.
    let refused = RwSignal::new(None::<(UnitField, UnitInfoProblem)>);
    // The default period is worded in the language shown until the user types a period.
    let period_typed = RwSignal::new(false);
    Effect::new(move |_| {
        let default = i18n::PERIOD_DEFAULT.get(lang.get()).to_owned();
        if !period_typed.get_untracked() {
            text_of(UnitField::Period).set(default);
        }
    });

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(template_id) = template.get_untracked() else {
            return;
        };
        let info = match read_unit_info(|field| text_of(field).get_untracked()) {
            Ok(info) => info,
            Err(problem) => {
                refused.set(Some(problem));
                return;
            }
        };
        let Some(template) = find_template(&state.templates, &template_id) else {
            return;
        };
        refused.set(None);
        let id = state.drafts.fresh_id();
        let assessment = Assessment::new(id, &template, info, clock::now());
        state.drafts.begin(Session {
            template,
            assessment,
        });
        state.go(Screen::Form);
    };

    let templates = move || {
        // Published or imported criteria templates join the list.
        state.criteria.records.track();
        let lang = lang.get();
        state.templates.with_value(|templates| {
            templates
                .iter()
                .map(|t| {
                    let id = t.id.clone();
                    let value = id.to_string();
                    let checked_id = id.clone();
                    view! {
                        <label class="template-choice">
                            <input
                                type="radio"
                                name="template"
                                value=value
                                prop:checked=move || template.get().as_ref() == Some(&checked_id)
                                on:change=move |_| template.set(Some(id.clone()))
                            />
                            <span>{t.title.get(lang).to_owned()}</span>
                        </label>
                    }
                })
                .collect_view()
        })
    };

    let fields = UnitField::ALL
        .into_iter()
        .map(|field| {
            let problem = Signal::derive(move || {
                refused
                    .get()
                    .and_then(|(at, problem)| (at == field).then_some(problem))
            });
            let on_input = move |_: String| {
                if field == UnitField::Period {
                    period_typed.set(true);
                }
                if refused.get_untracked().is_some_and(|(at, _)| at == field) {
                    refused.set(None);
                }
            };
            unit_text_field("new", field, text_of(field), problem, false, on_input)
        })
        .collect_view();

    view! {
        <form class="new-assessment" on:submit=start novalidate>
            <h2>{tr(i18n::START_NEW)}</h2>
            <fieldset class="template-chooser">
                <legend>{tr(i18n::TEMPLATE)}</legend>
                {templates}
            </fieldset>
            {fields}
            <button type="submit" class="primary">{tr(i18n::START)}</button>
        </form>
    }
}

fn find_template(
    templates: &StoredValue<Vec<crate::domain::Template>>,
    id: &TemplateId,
) -> Option<crate::domain::Template> {
    templates.with_value(|all| all.iter().find(|t| &t.id == id).cloned())
}
