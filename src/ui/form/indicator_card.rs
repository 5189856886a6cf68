//! One indicator: what is assessed, how it is scored, the control that fits its kind
//! ([`super::answer_controls`]), the evidence note and the live points. Every text about the
//! item (full marks, source, badges, points) is worded by `i18n`'s presentation.

use leptos::prelude::*;

use super::answer_controls::{na_checkbox, value_control};
use crate::domain::{AnswerValue, Indicator, IndicatorId, IndicatorKind};
use crate::ui::i18n;
use crate::ui::state::{use_state, AppState};

/// The element id of an indicator's card, the target of links from the summary.
pub fn indicator_anchor(id: &IndicatorId) -> String {
    format!("ind-{id}")
}

#[component]
pub fn IndicatorCard(indicator: Indicator) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let id = indicator.id.clone();
    let anchor = indicator_anchor(&id);
    let legend_id = format!("{anchor}-legend");
    let ind = StoredValue::new(indicator.clone());
    let text = move |f: fn(&Indicator) -> &crate::domain::Text| {
        move || ind.with_value(|i| f(i).get(lang.get()).to_owned())
    };

    let value_id = id.clone();
    let is_na = Signal::derive(move || {
        state
            .answer(&value_id)
            .is_some_and(|a| a.value == AnswerValue::NotApplicable)
    });
    let score_id = id.clone();
    let points = move || {
        let lang = lang.get();
        state.score.with(|sheet| {
            sheet
                .as_ref()
                .and_then(|s| s.indicator(&score_id))
                .map(|s| i18n::points_line(&ind.get_value(), s, lang))
                .unwrap_or_default()
        })
    };
    let missing_id = id.clone();
    let note_missing = move || {
        state.score.with(|sheet| {
            sheet
                .as_ref()
                .and_then(|s| s.indicator(&missing_id))
                .is_some_and(|s| s.note_missing)
        })
    };

    let legend_ref = legend_id.clone();
    view! {
        <fieldset class="indicator-card" id=anchor.clone() aria-labelledby=legend_ref
            class:must-pass=indicator.must_pass.is_some()
            class:veto=matches!(indicator.kind, IndicatorKind::Veto)>
            <legend id=legend_id>
                <span class="indicator-id">{indicator.id.to_string()}</span>" "
                <span class="indicator-content">{text(|i| &i.content)}</span>
            </legend>
            <dl class="indicator-meta">
                <dt>{move || i18n::STANDARD.get(lang.get())}</dt>
                <dd>{text(|i| &i.standard)}</dd>
                <dt>{move || i18n::MAX_POINTS.get(lang.get())}</dt>
                <dd>{move || i18n::full_marks_line(&ind.get_value(), lang.get())}</dd>
                <dt>{move || i18n::SOURCE.get(lang.get())}</dt>
                <dd>{move || i18n::source_text(ind.get_value().source, lang.get())}</dd>
            </dl>
            <p class="badges">{move || i18n::badges_text(&ind.get_value(), lang.get())}</p>
            {value_control(state, &indicator, anchor.clone(), is_na)}
            {indicator.na_allowed.then(|| na_checkbox(state, id.clone(), anchor.clone(), is_na))}
            {note_field(state, id.clone(), anchor.clone())}
            <p class="field-error" role="alert">
                {move || note_missing().then(|| i18n::NOTE_MISSING.get(lang.get()))}
            </p>
            <p class="indicator-points" aria-live="polite">{points}</p>
        </fieldset>
    }
}

fn note_field(state: AppState, id: IndicatorId, anchor: String) -> impl IntoView {
    let input_id = format!("{anchor}-note");
    let initial = state.answer(&id).map(|a| a.note).unwrap_or_default();
    view! {
        <div class="field note-field">
            <label for=input_id.clone()>{move || i18n::EVIDENCE.get(state.lang.get())}</label>
            <textarea
                id=input_id
                rows="2"
                on:input=move |ev| state.set_note(&id, event_target_value(&ev))
            >
                {initial}
            </textarea>
        </div>
    }
}
