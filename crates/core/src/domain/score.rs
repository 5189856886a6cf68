//! The scoring engine: template + answers → score sheet. The one place every rule lives.
//!
//! `score` is a pure, deterministic function of plain data. It never panics, whatever the
//! answers (wrong kinds, unknown levels, huge counts) or the template (zero weights, empty
//! dimensions, bands with gaps): bad answers count as unanswered and are reported in
//! `problems`; impossible template values are clamped. All arithmetic is in [`Fixed`]
//! hundredths with `i128` intermediates, and every ratio is rounded half up once by
//! [`Fixed::mul_div`]. The rules:
//!
//! - an unanswered item scores 0 but keeps its full marks in the maximum, so the live score of
//!   a half-filled form is honest; a not-applicable item leaves the maximum;
//! - dimension `weighted = weight × points / max`; a dimension whose maximum is 0 drops out and
//!   the others are rescaled: `base_total = Σ weighted × 100 / Σ weights of applicable`;
//! - bonuses are outside every maximum: `total = min(100, base_total + bonus)`;
//! - the grade is the band of the total, capped by each ★ item answered below full marks, and
//!   the lowest band when a veto is triggered; unanswered veto and ★ items trigger nothing.

use super::answer::{Answer, AnswerValue, Answers};
use super::fixed::Fixed;
use super::ids::GradeId;
use super::template::{Dimension, Indicator, IndicatorKind, QuotaMode, Template};

pub use super::rules::{AnswerProblem, GradeRule};
pub use super::sheet::{Completeness, DimensionScore, IndicatorScore, IndicatorStatus, ScoreSheet};

/// Scores `answers` against `template`.
pub fn score(template: &Template, answers: &Answers) -> ScoreSheet {
    let mut problems = Vec::new();
    let mut grade_rules = Vec::new();
    let mut bonus: i128 = 0;
    let mut matched = 0_usize;

    let mut dimensions = Vec::with_capacity(template.dimensions.len());
    for dimension in &template.dimensions {
        let mut scored = DimensionTally::default();
        for indicator in &dimension.indicators {
            let answer = answers.get(&indicator.id);
            matched += usize::from(answer.is_some());
            let outcome = score_indicator(indicator, answer, &mut problems);
            if outcome.veto_triggered {
                grade_rules.push(GradeRule::Veto {
                    indicator: indicator.id.clone(),
                });
            }
            if let (Some(must_pass), true) = (&indicator.must_pass, outcome.score.below_full) {
                grade_rules.push(GradeRule::MustPassCap {
                    indicator: indicator.id.clone(),
                    cap: must_pass.cap.clone(),
                });
            }
            if matches!(indicator.kind, IndicatorKind::Bonus { .. }) {
                bonus += i128::from(outcome.score.points.hundredths());
            }
            scored.add(indicator, outcome.score);
        }
        dimensions.push(scored.finish(dimension));
    }
    if matched < answers.len() {
        report_unknown_answers(template, answers, &mut problems);
    }

    let (weighted_sum, weight_sum) = dimensions
        .iter()
        .filter(|d| d.applicable && d.weight.is_positive())
        .fold((0_i128, 0_i128), |(sum, weights), d| {
            (
                sum + i128::from(d.weighted.hundredths()),
                weights + i128::from(d.weight.hundredths()),
            )
        });
    let base_total = Fixed::from_hundredths_saturating(weighted_sum)
        .mul_div(
            Fixed::HUNDRED,
            Fixed::from_hundredths_saturating(weight_sum),
        )
        .unwrap_or(Fixed::ZERO)
        .clamp_to(Fixed::ZERO, Fixed::HUNDRED);
    let bonus = Fixed::from_hundredths_saturating(bonus).clamp_to(Fixed::ZERO, Fixed::MAX);
    let total = base_total
        .saturating_add(bonus)
        .clamp_to(Fixed::ZERO, Fixed::HUNDRED);

    let points_grade = template
        .band_for(total)
        .map(|band| band.id.clone())
        .unwrap_or_default();
    let grade = apply_grade_rules(template, &points_grade, &grade_rules);
    let completeness = dimensions
        .iter()
        .fold(Completeness::default(), |sum, d| sum.plus(d.completeness));

    ScoreSheet {
        dimensions,
        base_total,
        bonus,
        total,
        points_grade,
        grade,
        grade_rules,
        completeness,
        problems,
    }
}

/// ★ caps take the worse of the current grade and the cap; a veto takes the lowest band.
fn apply_grade_rules(template: &Template, points_grade: &GradeId, rules: &[GradeRule]) -> GradeId {
    let mut grade = points_grade.clone();
    for rule in rules {
        match rule {
            GradeRule::Veto { .. } => {
                if let Some(lowest) = template.lowest_band() {
                    grade = lowest.id.clone();
                }
            }
            GradeRule::MustPassCap { cap, .. } => {
                if let (Some(current), Some(cap_band)) = (template.band(&grade), template.band(cap))
                {
                    if cap_band.from < current.from {
                        grade = cap_band.id.clone();
                    }
                }
            }
        }
    }
    grade
}

fn report_unknown_answers(
    template: &Template,
    answers: &Answers,
    problems: &mut Vec<AnswerProblem>,
) {
    for (id, _) in answers.iter() {
        if template.indicator(id).is_none() {
            problems.push(AnswerProblem::UnknownIndicator {
                indicator: id.clone(),
            });
        }
    }
}

/// One indicator's score, and whether it triggered a veto.
struct Outcome {
    score: IndicatorScore,
    veto_triggered: bool,
}

/// What an answer earns before the below-full and note checks.
enum Earned {
    Unanswered,
    NotApplicable,
    Points(Fixed),
    Veto(bool),
}

fn score_indicator(
    indicator: &Indicator,
    answer: Option<&Answer>,
    problems: &mut Vec<AnswerProblem>,
) -> Outcome {
    let max = match indicator.kind {
        IndicatorKind::Veto => Fixed::ZERO,
        _ => indicator.max_points.clamp_to(Fixed::ZERO, Fixed::MAX),
    };
    let value = answer.map_or(&AnswerValue::Unanswered, |answer| &answer.value);
    let earned = earn(indicator, max, value).unwrap_or_else(|problem| {
        problems.push(problem);
        Earned::Unanswered
    });

    let (status, points, shown_max, veto_triggered) = match earned {
        Earned::Unanswered => (IndicatorStatus::Unanswered, Fixed::ZERO, max, false),
        Earned::NotApplicable => (
            IndicatorStatus::NotApplicable,
            Fixed::ZERO,
            Fixed::ZERO,
            false,
        ),
        Earned::Points(points) => (IndicatorStatus::Scored, points, max, false),
        Earned::Veto(triggered) => (IndicatorStatus::Scored, Fixed::ZERO, max, triggered),
    };
    let below_full =
        status == IndicatorStatus::Scored && indicator.kind.counts_in_max() && points < max;
    let note_blank = answer.is_none_or(|answer| answer.note.trim().is_empty());
    let note_missing = below_full && indicator.note_required_below_full && note_blank;
    if note_missing {
        problems.push(AnswerProblem::NoteRequired {
            indicator: indicator.id.clone(),
        });
    }
    Outcome {
        score: IndicatorScore {
            id: indicator.id.clone(),
            status,
            points,
            max: shown_max,
            below_full,
            note_missing,
        },
        veto_triggered,
    }
}

/// Applies the indicator's kind to the value. `max` is already clamped to be non-negative.
fn earn(indicator: &Indicator, max: Fixed, value: &AnswerValue) -> Result<Earned, AnswerProblem> {
    let id = || indicator.id.clone();
    let points = match (&indicator.kind, value) {
        (_, AnswerValue::Unanswered) => return Ok(Earned::Unanswered),
        (_, AnswerValue::NotApplicable) if indicator.na_allowed => {
            return Ok(Earned::NotApplicable)
        }
        (_, AnswerValue::NotApplicable) => {
            return Err(AnswerProblem::NotApplicableNotAllowed { indicator: id() })
        }
        (IndicatorKind::Scale { levels }, AnswerValue::Level(level)) => levels
            .iter()
            .find(|candidate| &candidate.id == level)
            .map(|found| found.points)
            .ok_or_else(|| AnswerProblem::UnknownLevel {
                indicator: id(),
                level: level.clone(),
            })?,
        (IndicatorKind::YesNo, AnswerValue::YesNo(met)) => {
            if *met {
                max
            } else {
                Fixed::ZERO
            }
        }
        (IndicatorKind::Quota { target, mode, .. }, AnswerValue::Quantity(quantity)) => {
            if quantity.is_negative() {
                return Err(AnswerProblem::QuantityOutOfRange {
                    indicator: id(),
                    value: *quantity,
                });
            }
            quota_points(max, *target, *mode, *quantity)
        }
        (IndicatorKind::Deduction { per_occurrence }, AnswerValue::Count(n)) => {
            let per = per_occurrence.clamp_to(Fixed::ZERO, Fixed::MAX);
            max.saturating_sub(per.saturating_mul_int(i64::from(*n)))
        }
        (IndicatorKind::Bonus { per_occurrence }, AnswerValue::Count(n)) => per_occurrence
            .clamp_to(Fixed::ZERO, Fixed::MAX)
            .saturating_mul_int(i64::from(*n)),
        (IndicatorKind::Veto, AnswerValue::Veto(triggered)) => return Ok(Earned::Veto(*triggered)),
        _ => return Err(AnswerProblem::KindMismatch { indicator: id() }),
    };
    Ok(Earned::Points(points.clamp_to(Fixed::ZERO, max)))
}

/// Points for a non-negative quantity. A target of 0 or less is met by any quantity.
fn quota_points(max: Fixed, target: Fixed, mode: QuotaMode, quantity: Fixed) -> Fixed {
    if !target.is_positive() || quantity >= target {
        return max;
    }
    match mode {
        QuotaMode::AllOrNothing => Fixed::ZERO,
        QuotaMode::Proportional => max.mul_div(quantity, target).unwrap_or(Fixed::ZERO),
    }
}

/// Running sums of one dimension.
#[derive(Default)]
struct DimensionTally {
    points: i128,
    max: i128,
    completeness: Completeness,
    indicators: Vec<IndicatorScore>,
}

impl DimensionTally {
    fn add(&mut self, indicator: &Indicator, score: IndicatorScore) {
        if score.status != IndicatorStatus::NotApplicable {
            self.completeness.applicable += 1;
            if indicator.kind.counts_in_max() {
                self.max += i128::from(score.max.hundredths());
            }
        }
        if score.status == IndicatorStatus::Scored {
            self.completeness.answered += 1;
            if indicator.kind.counts_in_max() {
                self.points += i128::from(score.points.hundredths());
            }
        }
        self.indicators.push(score);
    }

    fn finish(self, dimension: &Dimension) -> DimensionScore {
        let points = Fixed::from_hundredths_saturating(self.points);
        let max = Fixed::from_hundredths_saturating(self.max);
        let weight = dimension.weight.clamp_to(Fixed::ZERO, Fixed::MAX);
        let applicable = max.is_positive();
        let ratio = |scale: Fixed| {
            if applicable {
                scale.mul_div(points, max).unwrap_or(Fixed::ZERO)
            } else {
                Fixed::ZERO
            }
        };
        DimensionScore {
            id: dimension.id.clone(),
            weight,
            points,
            max,
            percent: ratio(Fixed::HUNDRED),
            weighted: ratio(weight),
            applicable,
            completeness: self.completeness,
            indicators: self.indicators,
        }
    }
}
