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
            .unwrap_or_else(|| id.to_string()),
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
