//! Why a grade is not what the points say, and why an answer was not scored as given.
//!
//! Both are data (ids only) so a score sheet stays serialisable and language-free; `describe`
//! turns them into a sentence in either language when a view, the PDF or an export needs one.

use serde::{Deserialize, Serialize};

use super::fixed::Fixed;
use super::ids::{GradeId, IndicatorId, LevelId};
use super::template::{IndicatorKind, Template};
use super::text::Lang;

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
                match lang {
                    Lang::Zh => format!("一票否决：第 {indicator} 项被触发，等次定为{lowest}"),
                    Lang::En => {
                        format!("Veto: item {indicator} was triggered; grade set to {lowest}")
                    }
                }
            }
            GradeRule::MustPassCap { indicator, cap } => {
                let cap = template.grade_label(cap, lang);
                match lang {
                    Lang::Zh => format!("等次最高为{cap}：★ 第 {indicator} 项未达满分"),
                    Lang::En => format!("Grade capped at {cap}: ★ item {indicator} not met"),
                }
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
        let zh = lang == Lang::Zh;
        match self {
            AnswerProblem::UnknownIndicator { indicator } => {
                if zh {
                    format!("第 {indicator} 项不在本模板中，该答案未计分")
                } else {
                    format!("Item {indicator} is not in this template; its answer was not scored")
                }
            }
            AnswerProblem::KindMismatch { indicator } => {
                let expected = expected_answer(template, indicator, lang);
                if zh {
                    format!("第 {indicator} 项应填写{expected}，所填答案类型不符，按未作答处理")
                } else {
                    format!("Item {indicator} expects {expected}; the answer given does not fit and counts as unanswered")
                }
            }
            AnswerProblem::UnknownLevel { indicator, level } => {
                if zh {
                    format!("第 {indicator} 项没有“{level}”这一档次，按未作答处理")
                } else {
                    format!("Item {indicator} has no level “{level}”; counted as unanswered")
                }
            }
            AnswerProblem::NotApplicableNotAllowed { indicator } => {
                if zh {
                    format!("第 {indicator} 项不能选择“不适用”，按未作答处理")
                } else {
                    format!(
                        "Item {indicator} cannot be marked not applicable; counted as unanswered"
                    )
                }
            }
            AnswerProblem::QuantityOutOfRange { indicator, value } => {
                if zh {
                    format!("第 {indicator} 项的数值 {value} 不能为负数，按未作答处理")
                } else {
                    format!("Item {indicator}: {value} is out of range (it cannot be negative); counted as unanswered")
                }
            }
            AnswerProblem::NoteRequired { indicator } => {
                if zh {
                    format!("第 {indicator} 项未得满分，须填写说明")
                } else {
                    format!("Item {indicator} is below full marks and needs a note")
                }
            }
        }
    }
}

/// What kind of answer an indicator takes, in words.
fn expected_answer(template: &Template, indicator: &IndicatorId, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let Some((_, indicator)) = template.indicator(indicator) else {
        return if zh { "有效答案" } else { "a valid answer" }.to_owned();
    };
    match &indicator.kind {
        IndicatorKind::Scale { .. } => if zh { "评定档次" } else { "a rating level" }.to_owned(),
        IndicatorKind::YesNo => if zh {
            "“是”或“否”"
        } else {
            "yes or no"
        }
        .to_owned(),
        IndicatorKind::Quota { unit, .. } => {
            if zh {
                format!("数值（{}）", unit.get(lang))
            } else {
                format!("a number ({})", unit.get(lang))
            }
        }
        IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. } => if zh {
            "次数"
        } else {
            "a number of occurrences"
        }
        .to_owned(),
        IndicatorKind::Veto => if zh {
            "是否触发"
        } else {
            "whether it was triggered"
        }
        .to_owned(),
    }
}
