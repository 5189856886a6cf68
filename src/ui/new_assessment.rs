//! The "new assessment" form: template, unit, year, period, assessor, date.

use chrono::Datelike;
use leptos::prelude::*;

use super::app::tr;
use super::i18n::{self, UiText};
use super::state::{use_state, Session};
use crate::domain::{date_text, Assessment, TemplateId, UnitInfo};
use crate::web::clock;

#[component]
pub fn NewAssessment() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let first_template = state
        .templates
        .with_value(|t| t.first().map(|t| t.id.clone()));
    let template = RwSignal::new(first_template);
    let unit = RwSignal::new(String::new());
    let today = clock::today();
    let year = RwSignal::new(today.year().to_string());
    let period = RwSignal::new(i18n::PERIOD_DEFAULT.get(lang.get_untracked()).to_owned());
    let assessor = RwSignal::new(String::new());
    let date = RwSignal::new(today.format("%Y-%m-%d").to_string());
    let error = RwSignal::new(None::<UiText>);

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(template_id) = template.get_untracked() else {
            return;
        };
        let unit_name = unit.get_untracked().trim().to_owned();
        if unit_name.is_empty() {
            error.set(Some(i18n::UNIT_REQUIRED));
            return;
        }
        let Some(year) = parse_year(&year.get_untracked()) else {
            error.set(Some(i18n::YEAR_INVALID));
            return;
        };
        let Ok(date) = date_text::date_ymd(date.get_untracked().trim()) else {
            error.set(Some(i18n::DATE_INVALID));
            return;
        };
        let Some(template) = find_template(&state.templates, &template_id) else {
            return;
        };
        error.set(None);
        let info = UnitInfo {
            unit: unit_name,
            year,
            period: period.get_untracked().trim().to_owned(),
            assessor: assessor.get_untracked().trim().to_owned(),
            date,
        };
        let id = state.drafts.fresh_id();
        let assessment = Assessment::new(id, &template, info, clock::now());
        state.drafts.begin(
            state,
            Session {
                template,
                assessment,
            },
        );
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

    view! {
        <form class="new-assessment" on:submit=start novalidate>
            <h2>{tr(i18n::START_NEW)}</h2>
            <fieldset class="template-chooser">
                <legend>{tr(i18n::TEMPLATE)}</legend>
                {templates}
            </fieldset>
            {text_field("unit", i18n::UNIT_NAME, unit, "text")}
            {text_field("year", i18n::YEAR, year, "text")}
            {text_field("period", i18n::PERIOD, period, "text")}
            {text_field("assessor", i18n::ASSESSOR, assessor, "text")}
            {text_field("date", i18n::DATE, date, "date")}
            <p class="field-error" role="alert">
                {move || error.get().map(|e| e.get(lang.get()))}
            </p>
            <button type="submit" class="primary">{tr(i18n::START)}</button>
        </form>
    }
}

fn text_field(
    id: &'static str,
    label: UiText,
    value: RwSignal<String>,
    input_type: &'static str,
) -> impl IntoView {
    let input_id = format!("new-{id}");
    view! {
        <div class="field">
            <label for=input_id.clone()>{tr(label)}</label>
            <input
                id=input_id
                type=input_type
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}

fn parse_year(text: &str) -> Option<i32> {
    let year: i32 = text.trim().parse().ok()?;
    (1949..=2200).contains(&year).then_some(year)
}

fn find_template(
    templates: &StoredValue<Vec<crate::domain::Template>>,
    id: &TemplateId,
) -> Option<crate::domain::Template> {
    templates.with_value(|all| all.iter().find(|t| &t.id == id).cloned())
}
