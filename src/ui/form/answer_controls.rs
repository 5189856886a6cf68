//! The control that fits each kind of indicator: a list of choices for a scale, yes/no and a
//! veto (words from `i18n::choices`, as review mode lists them), a number field for a quota's
//! achieved quantity and for occurrences, and the "not applicable" box where allowed.

use leptos::prelude::*;

use super::number_input::{number_input, NumberKind, Parsed};
use crate::domain::{AnswerValue, Indicator, IndicatorId, IndicatorKind, Lang};
use crate::ui::i18n::{self, fill};
use crate::ui::state::AppState;

pub(super) fn value_control(
    state: AppState,
    indicator: &Indicator,
    anchor: String,
    is_na: Signal<bool>,
) -> AnyView {
    let id = indicator.id.clone();
    let lang = state.lang;
    match &indicator.kind {
        IndicatorKind::Scale { .. } | IndicatorKind::YesNo | IndicatorKind::Veto => {
            // The options in the language of the moment: listed again when it changes.
            let kind = indicator.clone();
            let options = i18n::choices(indicator, Lang::Zh)
                .into_iter()
                .enumerate()
                .map(|(index, (value, _))| {
                    let kind = kind.clone();
                    let label: OptionLabel = Box::new(move |lang: Lang| {
                        i18n::choices(&kind, lang)
                            .into_iter()
                            .nth(index)
                            .map(|(_, words)| words)
                            .unwrap_or_default()
                    });
                    (value, label)
                })
                .collect();
            radio_group(state, id, anchor, options, is_na)
        }
        IndicatorKind::Quota { unit, target, .. } => {
            let unit = unit.clone();
            let target = *target;
            let initial = match state.answer(&id).map(|a| a.value) {
                Some(AnswerValue::Quantity(q)) => q.to_string(),
                _ => String::new(),
            };
            let label_unit = unit.clone();
            let label = move || {
                let lang = lang.get();
                let goal = format!("{target} {}", label_unit.get(lang));
                fill(i18n::ACHIEVED_AGAINST_TARGET, lang, goal)
            };
            number_input(
                format!("{anchor}-value"),
                label,
                move || unit.get(lang.get()).to_owned(),
                NumberKind::Quantity,
                initial,
                move || is_na.get(),
                move |parsed| set_parsed(state, &id, parsed),
            )
            .into_any()
        }
        IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. } => {
            let initial = match state.answer(&id).map(|a| a.value) {
                Some(AnswerValue::Count(n)) => n.to_string(),
                _ => String::new(),
            };
            number_input(
                format!("{anchor}-value"),
                move || i18n::OCCURRENCES.get(lang.get()).to_owned(),
                String::new,
                NumberKind::Count,
                initial,
                move || is_na.get(),
                move |parsed| set_parsed(state, &id, parsed),
            )
            .into_any()
        }
    }
}

type OptionLabel = Box<dyn Fn(Lang) -> String + Send + Sync>;

fn radio_group(
    state: AppState,
    id: IndicatorId,
    anchor: String,
    options: Vec<(AnswerValue, OptionLabel)>,
    is_na: Signal<bool>,
) -> AnyView {
    let lang = state.lang;
    let name = format!("{anchor}-value");
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, label))| {
            let input_id = format!("{anchor}-option-{index}");
            let label_for = input_id.clone();
            let checked_value = value.clone();
            let checked_id = id.clone();
            let set_id = id.clone();
            view! {
                <label class="choice" for=label_for>
                    <input
                        type="radio"
                        id=input_id
                        name=name.clone()
                        prop:checked=move || {
                            state.answer(&checked_id).is_some_and(|a| a.value == checked_value)
                        }
                        prop:disabled=move || is_na.get()
                        on:change=move |_| state.set_value(&set_id, value.clone())
                    />
                    <span>{move || label(lang.get())}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="choices">{radios}</div> }.into_any()
}

fn set_parsed(state: AppState, id: &IndicatorId, parsed: Parsed) {
    let value = match parsed {
        Parsed::Empty => AnswerValue::Unanswered,
        Parsed::Quantity(q) => AnswerValue::Quantity(q),
        Parsed::Count(n) => AnswerValue::Count(n),
    };
    state.set_value(id, value);
}

pub(super) fn na_checkbox(
    state: AppState,
    id: IndicatorId,
    anchor: String,
    is_na: Signal<bool>,
) -> impl IntoView {
    let input_id = format!("{anchor}-na");
    let label_for = input_id.clone();
    view! {
        <label class="choice not-applicable" for=label_for>
            <input
                type="checkbox"
                id=input_id
                prop:checked=move || is_na.get()
                on:change=move |ev| {
                    let value = if event_target_checked(&ev) {
                        AnswerValue::NotApplicable
                    } else {
                        AnswerValue::Unanswered
                    };
                    state.set_value(&id, value);
                }
            />
            <span>{move || i18n::NOT_APPLICABLE.get(state.lang.get())}</span>
        </label>
    }
}
