//! How an answer, a score, a choice and a grade read: the one presentation the form, review
//! mode's table, the print sheet, the PDF and the CSV export all take their words from, so
//! "未填", "+3" and "较好 (8 分)" are written once.

use super::{fill_each, UiText, GRADE_PENDING};
use crate::domain::{
    AnswerValue, Fixed, GradeStanding, Indicator, IndicatorKind, IndicatorScore, IndicatorStatus,
    Lang, ScaleLevel, ScoreSheet, Source, Template,
};

ui_strings! {
    PRESENTATION_TEXTS;
    ANSWER_YES => "是", "Yes";
    ANSWER_NO => "否", "No";
    QUANTITY_WITH_UNIT => "{}{}", "{} {}";
    ONE_OCCURRENCE => "{} 次", "{} occurrence";
    OCCURRENCES_N => "{} 次", "{} occurrences";
    LEVEL_CHOICE => "{} ({} 分)", "{} ({} pts)";
    // a level answer the item does not offer (a file made for another version of the criteria)
    ANSWER_UNKNOWN_LEVEL => "“{}”（无此档次）", "“{}” (no such level)";
    // a rule that overrides the grade of the points, and an answer not scored as given
    // (domain/rules.rs)
    RULE_VETO => "一票否决：第 {} 项被触发，等次定为{}", "Veto: item {} was triggered; grade set to {}";
    RULE_MUST_PASS_CAP => "等次最高为{}：★ 第 {} 项未达满分", "Grade capped at {}: ★ item {} not met";
    PROBLEM_UNKNOWN_INDICATOR => "第 {} 项不在本模板中，该答案未计分", "Item {} is not in this template; its answer was not scored";
    PROBLEM_KIND_MISMATCH => "第 {} 项应填写{}，所填答案类型不符，按未作答处理", "Item {} expects {}; the answer given does not fit and counts as unanswered";
    PROBLEM_UNKNOWN_LEVEL => "第 {} 项没有“{}”这一档次，按未作答处理", "Item {} has no level “{}”; counted as unanswered";
    PROBLEM_NOT_APPLICABLE_NOT_ALLOWED => "第 {} 项不能选择“不适用”，按未作答处理", "Item {} cannot be marked not applicable; counted as unanswered";
    PROBLEM_NEGATIVE_QUANTITY => "第 {} 项的数值 {} 不能为负数，按未作答处理", "Item {}: {} is out of range (it cannot be negative); counted as unanswered";
    PROBLEM_NOTE_REQUIRED => "第 {} 项未得满分，须填写说明", "Item {} is below full marks and needs a note";
    // what an item expects, in PROBLEM_KIND_MISMATCH
    EXPECTS_AN_ANSWER => "有效答案", "a valid answer";
    EXPECTS_A_LEVEL => "评定档次", "a rating level";
    EXPECTS_YES_OR_NO => "“是”或“否”", "yes or no";
    EXPECTS_A_QUANTITY => "数值（{}）", "a number ({})";
    EXPECTS_OCCURRENCES => "次数", "a number of occurrences";
    EXPECTS_VETO_STATE => "是否触发", "whether it was triggered";
}

/// The value of an answer as a person would write it on the paper sheet ("较好", "12 天",
/// "2 次", "不适用"); empty when unanswered.
pub fn answer_text(indicator: &Indicator, value: &AnswerValue, lang: Lang) -> String {
    let word = |text: UiText| text.get(lang).to_owned();
    match value {
        AnswerValue::Unanswered => String::new(),
        AnswerValue::NotApplicable => word(super::NOT_APPLICABLE),
        AnswerValue::Level(id) => indicator
            .level(id)
            .map(|level| level.label.get(lang).to_owned())
            .unwrap_or_else(|| super::fill(ANSWER_UNKNOWN_LEVEL, lang, id)),
        AnswerValue::YesNo(true) => word(super::ANSWER_YES),
        AnswerValue::YesNo(false) => word(super::ANSWER_NO),
        AnswerValue::Quantity(quantity) => match &indicator.kind {
            IndicatorKind::Quota { unit, .. } => super::fill_each(
                super::QUANTITY_WITH_UNIT,
                lang,
                &[quantity, &unit.get(lang)],
            ),
            _ => quantity.to_string(),
        },
        AnswerValue::Count(1) => super::fill(super::ONE_OCCURRENCE, lang, 1),
        AnswerValue::Count(count) => super::fill(super::OCCURRENCES_N, lang, count),
        AnswerValue::Veto(true) => word(super::VETO_TRIGGERED),
        AnswerValue::Veto(false) => word(super::VETO_NOT_TRIGGERED),
    }
}

/// Points as an item of `indicator`'s kind shows them: a bonus with its sign ("+3").
pub fn signed(indicator: &Indicator, points: Fixed) -> String {
    match indicator.kind {
        IndicatorKind::Bonus { .. } => format!("+{points}"),
        _ => points.to_string(),
    }
}

/// An item's full marks in a table cell: "10", "+5" for a bonus, "一票否决项" for a veto.
pub fn max_text(indicator: &Indicator, lang: Lang) -> String {
    match indicator.kind {
        IndicatorKind::Veto => super::VETO_ITEM.get(lang).to_owned(),
        _ => signed(indicator, indicator.max_points),
    }
}

/// The points of a score as a cell shows them: "8", "+3", "—" for a veto (it has no points,
/// only a grade effect), "未填", "不适用".
pub fn points_text(indicator: &Indicator, score: Option<&IndicatorScore>, lang: Lang) -> String {
    match score.map(|s| (s.status, s.points)) {
        Some((IndicatorStatus::NotApplicable, _)) => super::NOT_APPLICABLE.get(lang).to_owned(),
        Some((IndicatorStatus::Unanswered, _)) | None => super::UNANSWERED.get(lang).to_owned(),
        Some((IndicatorStatus::Scored, points)) => match indicator.kind {
            IndicatorKind::Veto => "—".to_owned(),
            _ => signed(indicator, points),
        },
    }
}

/// The points out of the full marks, as the form's points line shows them: "8 / 10", or
/// [`points_text`] where there is no "out of" (a bonus, a veto, no answer).
pub fn points_of_max(indicator: &Indicator, score: &IndicatorScore, lang: Lang) -> String {
    let out_of = score.status == IndicatorStatus::Scored
        && !matches!(
            indicator.kind,
            IndicatorKind::Veto | IndicatorKind::Bonus { .. }
        );
    if out_of {
        format!("{} / {}", score.points, score.max)
    } else {
        points_text(indicator, Some(score), lang)
    }
}

/// A level of a scale as a choice reads: "较好 (8 分)" / "Good (8 pts)".
pub fn level_choice(level: &ScaleLevel, lang: Lang) -> String {
    fill_each(
        super::LEVEL_CHOICE,
        lang,
        &[&level.label.get(lang), &level.points],
    )
}

/// The answers `indicator`'s kind offers as a list, with their words: a scale's levels,
/// yes/no, a veto's two states; empty for the kinds typed as a number. "Not applicable" and
/// "not answered" are the caller's to add, as each control shows them differently.
pub fn choices(indicator: &Indicator, lang: Lang) -> Vec<(AnswerValue, String)> {
    let word = |text: UiText| text.get(lang).to_owned();
    match &indicator.kind {
        IndicatorKind::Scale { levels } => levels
            .iter()
            .map(|level| {
                (
                    AnswerValue::Level(level.id.clone()),
                    level_choice(level, lang),
                )
            })
            .collect(),
        IndicatorKind::YesNo => vec![
            (AnswerValue::YesNo(true), word(super::YES)),
            (AnswerValue::YesNo(false), word(super::NO)),
        ],
        IndicatorKind::Veto => vec![
            (AnswerValue::Veto(false), word(super::VETO_NOT_TRIGGERED)),
            (AnswerValue::Veto(true), word(super::VETO_TRIGGERED)),
        ],
        _ => Vec::new(),
    }
}

/// The grade as a sheet shows it: the band's label once every item is answered, else
/// "待定（已填 k/46）" / "pending (k of 46 answered)".
pub fn grade_text(template: &Template, sheet: &ScoreSheet, lang: Lang) -> String {
    match sheet.grade_standing() {
        GradeStanding::Final(grade) => template.grade_label(grade, lang),
        GradeStanding::Pending(done) => {
            fill_each(GRADE_PENDING, lang, &[&done.answered, &done.applicable])
        }
    }
}

/// An item's full marks as the form's card states them: "10 分", "每次加 1 分，最多加 5 分",
/// "扣分：10 分，每次扣 2 分", "一票否决项".
pub fn full_marks_line(indicator: &Indicator, lang: Lang) -> String {
    match &indicator.kind {
        IndicatorKind::Veto => super::VETO_ITEM.get(lang).to_owned(),
        IndicatorKind::Bonus { per_occurrence } => fill_each(
            super::BONUS_POINTS_LINE,
            lang,
            &[per_occurrence, &indicator.max_points],
        ),
        IndicatorKind::Deduction { per_occurrence } => fill_each(
            super::DEDUCTION_POINTS_LINE,
            lang,
            &[&indicator.max_points, per_occurrence],
        ),
        _ => format!("{} {}", indicator.max_points, super::POINTS_UNIT.get(lang)),
    }
}

/// Where an item comes from: "文件第 3 条" / "通行做法".
pub fn source_text(source: Source, lang: Lang) -> String {
    match source {
        Source::Seed { paragraph } => super::fill(super::SOURCE_SEED, lang, paragraph),
        Source::CommonPractice => super::SOURCE_PRACTICE.get(lang).to_owned(),
    }
}

/// What sets an item apart, run into one line: "★ 必达项 · 未得满分时须填写说明".
pub fn badges_text(indicator: &Indicator, lang: Lang) -> String {
    let mut badges = Vec::new();
    if indicator.must_pass.is_some() {
        badges.push(super::MUST_PASS_ITEM.get(lang));
    }
    match indicator.kind {
        IndicatorKind::Veto => badges.push(super::VETO_ITEM.get(lang)),
        IndicatorKind::Bonus { .. } => badges.push(super::BONUS_ITEM.get(lang)),
        IndicatorKind::Deduction { .. } => badges.push(super::DEDUCTION_ITEM.get(lang)),
        _ => {}
    }
    if indicator.note_required_below_full {
        badges.push(super::NOTE_REQUIRED.get(lang));
    }
    badges.join(" · ")
}

/// The form's points line under an item: "自评分：8 / 10", "自评分：未填".
pub fn points_line(indicator: &Indicator, score: &IndicatorScore, lang: Lang) -> String {
    format!(
        "{}{}{}",
        super::SELF_SCORE.get(lang),
        super::label_separator(lang),
        points_of_max(indicator, score, lang)
    )
}
