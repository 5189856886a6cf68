//! One indicator on a unit's review page: the unit's answer, note and points next to the
//! reviewer's control, points and comment, the row marked when the two scores differ.
//!
//! Choices (levels, yes/no, veto) are a list; a number field is labelled by what it takes, as
//! the fill screen labels it — a quota's achieved quantity with its unit and target, a
//! deduction's or bonus's number of occurrences — never "score", since the points follow from
//! it (they show in the next column). Numbers are read by the form's parser
//! (`ui::form::number_input`), which never changes what was typed. The reviewer's answers are
//! plain `Answers`, scored by the same `domain::score` as the unit's.

use leptos::prelude::*;

use super::state::ReviewState;
use crate::domain::{AnswerValue, Fixed, Indicator, IndicatorKind, Lang, ScoreSheet};
use crate::ui::form::number_input::{number_input, NumberKind, Parsed};
use crate::ui::i18n::{self, answer_text, points_text};

/// The values a choice list offers, with their labels: "not answered", the kind's choices
/// (as the form words them), "not applicable" where allowed.
fn choices(indicator: &Indicator, lang: Lang) -> Vec<(AnswerValue, String)> {
    let mut list = vec![(
        AnswerValue::Unanswered,
        i18n::UNANSWERED.get(lang).to_owned(),
    )];
    list.extend(i18n::choices(indicator, lang));
    if indicator.na_allowed {
        list.push((
            AnswerValue::NotApplicable,
            i18n::NOT_APPLICABLE.get(lang).to_owned(),
        ));
    }
    list
}

/// What a number field takes, as its label says it, and the unit shown after the box.
struct NumberField {
    kind: NumberKind,
    label: String,
    unit: String,
}

/// The number field of `indicator`: a quota takes the achieved quantity against its target
/// (not points), a deduction or bonus the number of occurrences. `None` for the kinds chosen
/// from a list.
fn number_field(indicator: &Indicator, lang: Lang) -> Option<NumberField> {
    let id = &indicator.id;
    let times = || i18n::REVIEW_TIMES.get(lang).to_owned();
    match &indicator.kind {
        IndicatorKind::Quota { target, unit, .. } => Some(NumberField {
            kind: NumberKind::Quantity,
            label: i18n::fill_each(
                i18n::REVIEW_ACHIEVED_OF,
                lang,
                &[id, &unit.get(lang), target],
            ),
            unit: unit.get(lang).to_owned(),
        }),
        IndicatorKind::Deduction { per_occurrence } => Some(NumberField {
            kind: NumberKind::Count,
            label: i18n::fill_each(
                i18n::REVIEW_OCCURRENCES_OF,
                lang,
                &[id, &format!("−{per_occurrence}")],
            ),
            unit: times(),
        }),
        IndicatorKind::Bonus { per_occurrence } => Some(NumberField {
            kind: NumberKind::Count,
            label: i18n::fill_each(
                i18n::REVIEW_OCCURRENCES_OF,
                lang,
                &[id, &format!("+{per_occurrence}")],
            ),
            unit: times(),
        }),
        _ => None,
    }
}

/// The reviewer's control for `indicator` of file `index`.
fn control(review: ReviewState, index: usize, indicator: &Indicator, lang: Lang) -> AnyView {
    let id = indicator.id.clone();
    let current = {
        let id = id.clone();
        move || {
            review.files.with(|files| {
                files
                    .get(index)
                    .and_then(|f| f.imported.assessment.review.as_ref())
                    .and_then(|r| r.answers.get(&id))
                    .map(|a| a.value.clone())
                    .unwrap_or_default()
            })
        }
    };
    let dom_id = format!("review-{index}-{}", indicator.id);
    if let Some(field) = number_field(indicator, lang) {
        let initial = match current() {
            AnswerValue::Quantity(q) => q.to_string(),
            AnswerValue::Count(n) => n.to_string(),
            _ => String::new(),
        };
        let na_current = current.clone();
        let is_na = move || na_current() == AnswerValue::NotApplicable;
        let set_id = id.clone();
        let NumberField { kind, label, unit } = field;
        let field = number_input(
            format!("{dom_id}-value"),
            move || label.clone(),
            move || unit.clone(),
            kind,
            initial,
            is_na,
            move |parsed| {
                let value = match parsed {
                    Parsed::Empty => AnswerValue::Unanswered,
                    Parsed::Quantity(q) => AnswerValue::Quantity(q),
                    Parsed::Count(n) => AnswerValue::Count(n),
                };
                review.set_review_value(index, &set_id, value);
            },
        );
        let na = indicator.na_allowed.then(|| {
            let checked = current.clone();
            let na_id = format!("{dom_id}-na");
            let label_for = na_id.clone();
            view! {
                <label class="choice" for=label_for>
                    <input type="checkbox" id=na_id
                        prop:checked=move || checked() == AnswerValue::NotApplicable
                        on:change=move |ev| {
                            let value = if event_target_checked(&ev) {
                                AnswerValue::NotApplicable
                            } else {
                                AnswerValue::Unanswered
                            };
                            review.set_review_value(index, &id, value);
                        }
                    />
                    <span>{i18n::NOT_APPLICABLE.get(lang)}</span>
                </label>
            }
        });
        return view! { <div>{field}{na}</div> }.into_any();
    }
    let label = i18n::fill(i18n::REVIEW_VALUE_OF, lang, &indicator.id);
    let list = choices(indicator, lang);
    let values = StoredValue::new(list.iter().map(|(v, _)| v.clone()).collect::<Vec<_>>());
    let options = list
        .into_iter()
        .enumerate()
        .map(|(k, (value, text))| {
            let current = current.clone();
            view! {
                <option value=k.to_string() selected=move || current() == value>{text}</option>
            }
        })
        .collect_view();
    view! {
        <select id=format!("{dom_id}-value") aria-label=label on:change=move |ev| {
            let chosen = event_target_value(&ev)
                .parse::<usize>()
                .ok()
                .and_then(|k| values.with_value(|v| v.get(k).cloned()));
            if let Some(value) = chosen {
                review.set_review_value(index, &id, value);
            }
        }>
            {options}
        </select>
    }
    .into_any()
}

/// One row of the review table.
pub fn review_row(
    review: ReviewState,
    index: usize,
    indicator: &Indicator,
    own: &ScoreSheet,
    review_sheet: Memo<Option<ScoreSheet>>,
    lang: Lang,
) -> impl IntoView {
    let id = indicator.id.clone();
    let (self_value, self_note) = review.files.with_untracked(|files| {
        files
            .get(index)
            .and_then(|f| f.imported.assessment.answers.get(&id))
            .map(|a| (a.value.clone(), a.note.clone()))
            .unwrap_or_default()
    });
    let own_score = own.indicator(&id).cloned();
    let own_points = own_score.as_ref().map(|s| s.points);
    let self_text = {
        let answer = answer_text(indicator, &self_value, lang);
        let points = points_text(indicator, own_score.as_ref(), lang);
        if answer.is_empty() {
            points
        } else {
            format!("{answer} · {points}")
        }
    };
    let max = match indicator.kind {
        IndicatorKind::Veto => i18n::VETO_ITEM.get(lang).to_owned(),
        IndicatorKind::Bonus { .. } => format!("+{}", indicator.max_points),
        _ => indicator.max_points.to_string(),
    };
    let stored = StoredValue::new(indicator.clone());
    let score_id = id.clone();
    let review_score = move || {
        review_sheet.with(|sheet| sheet.as_ref().and_then(|s| s.indicator(&score_id)).cloned())
    };
    let differs = {
        let review_score = review_score.clone();
        move || {
            review_score().is_some_and(|r| {
                Some(r.points) != own_points
                    || r.status != own_score.as_ref().map_or(r.status, |s| s.status)
            })
        }
    };
    let review_points = {
        let review_score = review_score.clone();
        move || {
            review_sheet
                .with(|sheet| sheet.is_some())
                .then(|| stored.with_value(|i| points_text(i, review_score().as_ref(), lang)))
        }
    };
    // Changes once (when the review starts), so the controls are built once, not per edit.
    let started = Memo::new(move |_| review_sheet.with(Option::is_some));
    let comment_label = i18n::fill(i18n::REVIEW_COMMENT_OF, lang, &indicator.id);
    let comment_id = id.clone();
    let comment_initial = review.files.with_untracked(|files| {
        files
            .get(index)
            .and_then(|f| f.imported.assessment.review.as_ref())
            .and_then(|r| r.answers.get(&id))
            .map(|a| a.note.clone())
            .unwrap_or_default()
    });
    let differs_class = differs.clone();
    let differs_title = move || differs().then(|| i18n::REVIEW_DIFFERS.get(lang));
    view! {
        <tr class="review-row" class:review-differs=differs_class title=differs_title>
            <th scope="row">
                <span class="indicator-id">{indicator.id.to_string()}</span>" "
                {indicator.content.get(lang).to_owned()}
            </th>
            <td class="num">{max}</td>
            <td class="self-side">
                <span class="self-answer">{self_text}</span>
                {(!self_note.trim().is_empty()).then(|| view! { <span class="self-note">{self_note}</span> })}
            </td>
            <td class="review-side">
                {move || started.get().then(|| stored.with_value(|i| control(review, index, i, lang)))}
            </td>
            <td class="num review-points">{review_points}</td>
            <td class="review-side">
                {move || started.get().then(|| {
                    let id = comment_id.clone();
                    view! {
                        <textarea rows="2" aria-label=comment_label.clone() on:input=move |ev| {
                            review.set_review_note(index, &id, event_target_value(&ev));
                        }>
                            {comment_initial.clone()}
                        </textarea>
                    }
                })}
            </td>
        </tr>
    }
}

/// `review − self` of a total, signed ("+2.5", "-3", "0").
pub fn signed(value: Fixed) -> String {
    if value.is_positive() {
        format!("+{value}")
    } else {
        value.to_string()
    }
}
