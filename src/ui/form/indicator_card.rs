//! One indicator: what is assessed, how it is scored, the control that fits its kind,
//! "not applicable" where allowed, the evidence note and the live points.

use leptos::prelude::*;

use super::number_input::{number_input, NumberKind, Parsed};
use crate::domain::{AnswerValue, Fixed, Indicator, IndicatorId, IndicatorKind, Lang, Source};
use crate::ui::i18n::{self, fill};
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
                .map(|s| points_line(&ind.get_value(), s.points, s.max, s.status, lang))
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
                <dd>{move || max_line(&ind.get_value(), lang.get())}</dd>
                <dt>{move || i18n::SOURCE.get(lang.get())}</dt>
                <dd>{move || source_line(ind.get_value().source, lang.get())}</dd>
            </dl>
            <p class="badges">{move || badges(&ind.get_value(), lang.get())}</p>
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

fn value_control(
    state: AppState,
    indicator: &Indicator,
    anchor: String,
    is_na: Signal<bool>,
) -> AnyView {
    let id = indicator.id.clone();
    let lang = state.lang;
    match &indicator.kind {
        IndicatorKind::Scale { levels } => {
            let options = levels
                .iter()
                .map(|level| {
                    let label = level.label.clone();
                    let points = level.points;
                    (
                        AnswerValue::Level(level.id.clone()),
                        Box::new(move |lang: Lang| {
                            format!(
                                "{} ({points} {})",
                                label.get(lang),
                                i18n::POINTS_UNIT.get(lang)
                            )
                        }) as Box<dyn Fn(Lang) -> String + Send + Sync>,
                    )
                })
                .collect();
            radio_group(state, id, anchor, options, is_na)
        }
        IndicatorKind::YesNo => radio_group(
            state,
            id,
            anchor,
            vec![
                (
                    AnswerValue::YesNo(true),
                    Box::new(|l| i18n::YES.get(l).to_owned()),
                ),
                (
                    AnswerValue::YesNo(false),
                    Box::new(|l| i18n::NO.get(l).to_owned()),
                ),
            ],
            is_na,
        ),
        IndicatorKind::Veto => radio_group(
            state,
            id,
            anchor,
            vec![
                (
                    AnswerValue::Veto(false),
                    Box::new(|l| i18n::VETO_NOT_TRIGGERED.get(l).to_owned()),
                ),
                (
                    AnswerValue::Veto(true),
                    Box::new(|l| i18n::VETO_TRIGGERED.get(l).to_owned()),
                ),
            ],
            is_na,
        ),
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

fn na_checkbox(
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

fn points_line(
    indicator: &Indicator,
    points: Fixed,
    max: Fixed,
    status: crate::domain::IndicatorStatus,
    lang: Lang,
) -> String {
    use crate::domain::IndicatorStatus;
    let label = i18n::SELF_SCORE.get(lang);
    match (status, &indicator.kind) {
        (IndicatorStatus::NotApplicable, _) => {
            format!("{label}: {}", i18n::NOT_APPLICABLE.get(lang))
        }
        (IndicatorStatus::Unanswered, _) => format!("{label}: {}", i18n::UNANSWERED.get(lang)),
        (_, IndicatorKind::Veto) => format!("{label}: —"),
        (_, IndicatorKind::Bonus { .. }) => format!("{label}: +{points}"),
        _ => format!("{label}: {points} / {max}"),
    }
}

fn max_line(indicator: &Indicator, lang: Lang) -> String {
    let pts = i18n::POINTS_UNIT.get(lang);
    match &indicator.kind {
        IndicatorKind::Veto => i18n::VETO_ITEM.get(lang).to_owned(),
        IndicatorKind::Bonus { per_occurrence } => i18n::fill_each(
            i18n::BONUS_POINTS_LINE,
            lang,
            &[per_occurrence, &indicator.max_points],
        ),
        IndicatorKind::Deduction { per_occurrence } => i18n::fill_each(
            i18n::DEDUCTION_POINTS_LINE,
            lang,
            &[&indicator.max_points, per_occurrence],
        ),
        _ => format!("{} {pts}", indicator.max_points),
    }
}

fn source_line(source: Source, lang: Lang) -> String {
    match source {
        Source::Seed { paragraph } => fill(i18n::SOURCE_SEED, lang, paragraph),
        Source::CommonPractice => i18n::SOURCE_PRACTICE.get(lang).to_owned(),
    }
}

fn badges(indicator: &Indicator, lang: Lang) -> String {
    let mut badges = Vec::new();
    if indicator.must_pass.is_some() {
        badges.push(i18n::MUST_PASS_ITEM.get(lang));
    }
    match indicator.kind {
        IndicatorKind::Veto => badges.push(i18n::VETO_ITEM.get(lang)),
        IndicatorKind::Bonus { .. } => badges.push(i18n::BONUS_ITEM.get(lang)),
        IndicatorKind::Deduction { .. } => badges.push(i18n::DEDUCTION_ITEM.get(lang)),
        _ => {}
    }
    if indicator.note_required_below_full {
        badges.push(i18n::NOTE_REQUIRED.get(lang));
    }
    badges.join(" · ")
}
