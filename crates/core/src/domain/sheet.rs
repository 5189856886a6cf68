//! The result of scoring: a score sheet with every number the form, the PDF and the exports show.
//!
//! Plain data, computed only by [`crate::domain::score::score`]; views read it and never redo
//! the arithmetic. It is serde so an export can carry the scores next to the answers.

use serde::{Deserialize, Serialize};

use super::fixed::Fixed;
use super::ids::{DimensionId, GradeId, IndicatorId};
use super::rules::{AnswerProblem, GradeRule};

/// Scores of one set of answers against one template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreSheet {
    /// In template order, including dimensions that dropped out (`applicable == false`).
    pub dimensions: Vec<DimensionScore>,
    /// Weighted total on 100 before bonuses (rescaled when whole dimensions are not applicable).
    pub base_total: Fixed,
    /// Sum of bonus points (each bonus item already capped).
    pub bonus: Fixed,
    /// `min(100, base_total + bonus)`.
    pub total: Fixed,
    /// The grade band the total falls in.
    pub points_grade: GradeId,
    /// The grade after veto and ★ rules.
    pub grade: GradeId,
    /// Every veto and ★ rule in force, in template order, whether or not it lowered the grade
    /// (a ★ cap at 合格 on a total that is already 合格 still shows).
    pub grade_rules: Vec<GradeRule>,
    pub completeness: Completeness,
    /// Answers that could not be scored as given, and missing required notes.
    pub problems: Vec<AnswerProblem>,
}

/// Scores of one dimension.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionScore {
    pub id: DimensionId,
    pub weight: Fixed,
    /// Points earned, bonuses excluded.
    pub points: Fixed,
    /// Maximum of the applicable items, bonuses and vetoes excluded; unanswered items count.
    pub max: Fixed,
    /// `points / max` on 0–100.
    pub percent: Fixed,
    /// `weight × points / max`, rounded once.
    pub weighted: Fixed,
    /// False when nothing in it applies (`max` is 0); it then drops out of the total.
    pub applicable: bool,
    pub completeness: Completeness,
    pub indicators: Vec<IndicatorScore>,
}

/// Score of one indicator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorScore {
    pub id: IndicatorId,
    pub status: IndicatorStatus,
    /// Points earned (for a bonus: bonus points).
    pub points: Fixed,
    /// Full marks (for a bonus: its cap; for a veto or a not-applicable item: 0).
    pub max: Fixed,
    /// Answered and below full marks (never for bonus or veto items).
    pub below_full: bool,
    /// Below full marks where the template requires a note, and the note is blank.
    pub note_missing: bool,
}

/// Where an indicator stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorStatus {
    /// No usable answer yet: 0 points, full weight in the maximum.
    Unanswered,
    /// Marked not applicable: out of the maximum.
    NotApplicable,
    Scored,
}

/// How many applicable items have an answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completeness {
    pub answered: usize,
    /// Items not marked not applicable.
    pub applicable: usize,
}

impl Completeness {
    pub fn is_complete(&self) -> bool {
        self.answered >= self.applicable
    }

    pub fn remaining(&self) -> usize {
        self.applicable.saturating_sub(self.answered)
    }

    /// Sum of two counts.
    pub fn plus(self, other: Completeness) -> Completeness {
        Completeness {
            answered: self.answered.saturating_add(other.answered),
            applicable: self.applicable.saturating_add(other.applicable),
        }
    }
}

/// Whether the sheet's grade is a verdict yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GradeStanding<'a> {
    /// Every applicable item is answered: the grade stands.
    Final(&'a GradeId),
    /// Items are still unanswered: no grade is given, only how far the form is.
    Pending(Completeness),
}

impl ScoreSheet {
    /// The grade only once every applicable item is answered: a form not yet filled gets no
    /// verdict (the panel, the print sheet and the PDF all ask this, and nothing else).
    pub fn grade_standing(&self) -> GradeStanding<'_> {
        if self.completeness.is_complete() {
            GradeStanding::Final(&self.grade)
        } else {
            GradeStanding::Pending(self.completeness)
        }
    }

    pub fn dimension(&self, id: &DimensionId) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|dimension| &dimension.id == id)
    }

    pub fn indicator(&self, id: &IndicatorId) -> Option<&IndicatorScore> {
        self.indicators().find(|indicator| &indicator.id == id)
    }

    /// Every indicator score, in template order.
    pub fn indicators(&self) -> impl Iterator<Item = &IndicatorScore> {
        self.dimensions
            .iter()
            .flat_map(|dimension| dimension.indicators.iter())
    }

    /// True when a veto or ★ rule made the grade worse than the points alone.
    pub fn grade_lowered(&self) -> bool {
        self.grade != self.points_grade
    }
}
