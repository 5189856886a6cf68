//! The corrective-action list (整改清单) of one unit: every indicator that scored below a
//! threshold share of its points, with the reviewer's comment next to it.
//!
//! The list is drawn from the *standing* answers — the reviewer's when there is a review, else
//! the unit's own — because that is the score the committee signs off. The rule, exactly:
//! an indicator whose points count in its dimension (not a bonus, not a veto), with full marks
//! above 0 and not marked not applicable, is listed when `points × 100 < threshold × max`
//! (integer arithmetic in hundredths, no rounding); an unanswered one scores 0 and is listed
//! as unanswered; a triggered veto item is always listed. The measure, deadline and person
//! responsible are left for the unit to fill in on paper.

use crate::domain::{
    Answers, Assessment, DimensionId, Fixed, GradeRule, IndicatorId, IndicatorKind,
    IndicatorStatus, ScoreSheet, Template,
};

/// The default threshold: under 60 % of an indicator's points.
pub const DEFAULT_THRESHOLD: Fixed = Fixed::from_int(60);

/// Why an indicator is on the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorrectiveReason {
    /// Answered, and below the threshold share of its points.
    BelowThreshold,
    /// Not answered: it scores 0.
    Unanswered,
    /// A veto item (一票否决) was triggered.
    VetoTriggered,
}

/// One line of the corrective-action list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectiveItem {
    pub dimension: DimensionId,
    pub indicator: IndicatorId,
    pub reason: CorrectiveReason,
    pub points: Fixed,
    pub max: Fixed,
    /// The unit's own note on the indicator.
    pub unit_note: String,
    /// The reviewer's comment (empty without a review).
    pub reviewer_comment: String,
}

/// The list for `assessment`, scored as `standing` (its review sheet when reviewed, else its
/// self sheet), in template order.
pub fn corrective_actions(
    template: &Template,
    assessment: &Assessment,
    standing: &ScoreSheet,
    threshold_percent: Fixed,
) -> Vec<CorrectiveItem> {
    let empty = Answers::default();
    let review = assessment.review.as_ref().map_or(&empty, |r| &r.answers);
    let note = |answers: &Answers, id: &IndicatorId| {
        answers
            .get(id)
            .map(|a| a.note.trim().to_owned())
            .unwrap_or_default()
    };
    let vetoed = |id: &IndicatorId| {
        standing
            .grade_rules
            .iter()
            .any(|rule| matches!(rule, GradeRule::Veto { indicator } if indicator == id))
    };
    let threshold = i128::from(threshold_percent.hundredths());
    let mut items = Vec::new();
    for (dimension, indicator) in template.indicators() {
        let Some(scored) = standing.indicator(&indicator.id) else {
            continue;
        };
        let reason = if matches!(indicator.kind, IndicatorKind::Veto) {
            vetoed(&indicator.id).then_some(CorrectiveReason::VetoTriggered)
        } else if !indicator.kind.counts_in_max() || !scored.max.is_positive() {
            None
        } else {
            match scored.status {
                IndicatorStatus::NotApplicable => None,
                IndicatorStatus::Unanswered => Some(CorrectiveReason::Unanswered),
                IndicatorStatus::Scored => {
                    // points / max < threshold / 100, all in hundredths:
                    // points_h × 100 × 100 < threshold_h × max_h.
                    let points = i128::from(scored.points.hundredths()) * 10_000;
                    let bar = threshold * i128::from(scored.max.hundredths());
                    (points < bar).then_some(CorrectiveReason::BelowThreshold)
                }
            }
        };
        if let Some(reason) = reason {
            items.push(CorrectiveItem {
                dimension: dimension.id.clone(),
                indicator: indicator.id.clone(),
                reason,
                points: scored.points,
                max: scored.max,
                unit_note: note(&assessment.answers, &indicator.id),
                reviewer_comment: note(review, &indicator.id),
            });
        }
    }
    items
}
