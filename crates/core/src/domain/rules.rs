//! Why a grade is not what the points say, and why an answer was not scored as given.
//!
//! Both are data (ids only) so a score sheet stays serialisable and language-free; `describe`
//! turns them into a sentence in either language when a view, the PDF or an export needs one.

use serde::{Deserialize, Serialize};

use super::fixed::Fixed;
use super::ids::{GradeId, IndicatorId, LevelId};
use super::template::{IndicatorKind, Template};
use super::text::Lang;
use crate::i18n;

/// A rule that overrides the grade of the points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum GradeRule {
    /// 一票否决: the veto item was triggered; the grade is the lowest band.
    Veto { indicator: IndicatorId },
    /// ★ item answered below full marks; the grade is at most `cap`.
    MustPassCap {
        indicator: IndicatorId,
        cap: GradeId,
    },
}

/// An answer that could not be scored as given (it then counts as unanswered), or a missing
/// required note (the points still count).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum AnswerProblem {
    /// An answer to an id the template does not have (e.g. from another template version).
    UnknownIndicator { indicator: IndicatorId },
    /// The value's kind does not fit the indicator (a count for a yes/no item...).
    KindMismatch { indicator: IndicatorId },
    /// A rating-scale level the indicator does not have.
    UnknownLevel {
        indicator: IndicatorId,
        level: LevelId,
    },
    /// "Not applicable" on an item that does not allow it.
    NotApplicableNotAllowed { indicator: IndicatorId },
    /// A quota quantity below zero.
    QuantityOutOfRange {
        indicator: IndicatorId,
        value: Fixed,
    },
    /// Below full marks without the note the template requires.
    NoteRequired { indicator: IndicatorId },
}

impl GradeRule {
    pub fn indicator(&self) -> &IndicatorId {
        match self {
            GradeRule::Veto { indicator } | GradeRule::MustPassCap { indicator, .. } => indicator,
        }
    }

    /// E.g. "一票否决：第 8.1 项被触发，等次定为不合格" / "Grade capped at Pass: ★ item 3.2 not met".
    pub fn describe(&self, template: &Template, lang: Lang) -> String {
        match self {
            GradeRule::Veto { indicator } => {
                let lowest = template
                    .lowest_band()
                    .map(|band| band.label.get(lang).to_owned())
                    .unwrap_or_default();
                i18n::fill_each(i18n::RULE_VETO, lang, &[indicator, &lowest])
            }
            GradeRule::MustPassCap { indicator, cap } => {
                let cap = template.grade_label(cap, lang);
                i18n::fill_each(i18n::RULE_MUST_PASS_CAP, lang, &[&cap, indicator])
            }
        }
    }
}

impl AnswerProblem {
    pub fn indicator(&self) -> &IndicatorId {
        match self {
            AnswerProblem::UnknownIndicator { indicator }
            | AnswerProblem::KindMismatch { indicator }
            | AnswerProblem::UnknownLevel { indicator, .. }
            | AnswerProblem::NotApplicableNotAllowed { indicator }
            | AnswerProblem::QuantityOutOfRange { indicator, .. }
            | AnswerProblem::NoteRequired { indicator } => indicator,
        }
    }

    /// A sentence for the assessor, naming the item and what happens to the answer.
    pub fn describe(&self, template: &Template, lang: Lang) -> String {
        let fill = |text, values: &[&dyn std::fmt::Display]| i18n::fill_each(text, lang, values);
        match self {
            AnswerProblem::UnknownIndicator { indicator } => {
                fill(i18n::PROBLEM_UNKNOWN_INDICATOR, &[indicator])
            }
            AnswerProblem::KindMismatch { indicator } => {
                let expected = expected_answer(template, indicator, lang);
                fill(i18n::PROBLEM_KIND_MISMATCH, &[indicator, &expected])
            }
            AnswerProblem::UnknownLevel { indicator, level } => {
                fill(i18n::PROBLEM_UNKNOWN_LEVEL, &[indicator, level])
            }
            AnswerProblem::NotApplicableNotAllowed { indicator } => {
                fill(i18n::PROBLEM_NOT_APPLICABLE_NOT_ALLOWED, &[indicator])
            }
            AnswerProblem::QuantityOutOfRange { indicator, value } => {
                fill(i18n::PROBLEM_NEGATIVE_QUANTITY, &[indicator, value])
            }
            AnswerProblem::NoteRequired { indicator } => {
                fill(i18n::PROBLEM_NOTE_REQUIRED, &[indicator])
            }
        }
    }
}

/// What kind of answer an indicator takes, in words.
fn expected_answer(template: &Template, indicator: &IndicatorId, lang: Lang) -> String {
    let Some((_, indicator)) = template.indicator(indicator) else {
        return i18n::EXPECTS_AN_ANSWER.get(lang).to_owned();
    };
    match &indicator.kind {
        IndicatorKind::Scale { .. } => i18n::EXPECTS_A_LEVEL.get(lang).to_owned(),
        IndicatorKind::YesNo => i18n::EXPECTS_YES_OR_NO.get(lang).to_owned(),
        IndicatorKind::Quota { unit, .. } => {
            i18n::fill(i18n::EXPECTS_A_QUANTITY, lang, unit.get(lang))
        }
        IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. } => {
            i18n::EXPECTS_OCCURRENCES.get(lang).to_owned()
        }
        IndicatorKind::Veto => i18n::EXPECTS_VETO_STATE.get(lang).to_owned(),
    }
}
