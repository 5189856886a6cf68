//! One unit file scored for the committee: self score, review score, the standing score the
//! ranking uses, and its corrective-action list.
//!
//! **The standing score** is the review score (考评分) when the file carries a review, else
//! the self score (自评分): a unit is ranked on what the committee decided, and on its own
//! figures until the committee has looked.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::corrective::{corrective_actions, CorrectiveItem};
use super::input::{FileCheck, UnitInput};
use crate::domain::{score, Completeness, Fixed, GradeId, ScoreSheet, TemplateId};

/// A template and its version: files are only ever compared within one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TemplateKey {
    pub id: TemplateId,
    pub version: u32,
}

/// The assessment period of a file: year and the free-text period ("全年", "上半年"...).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PeriodKey {
    pub year: i32,
    /// Trimmed.
    pub period: String,
}

/// A unit's scores as read from one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitResult {
    /// Position of the file in the batch given to `consolidate`.
    pub index: usize,
    /// The unit's name as written in the file.
    pub unit: String,
    /// The name with blanks trimmed and runs of blanks made one space: how units are matched
    /// across files (duplicates, year-over-year).
    pub unit_key: String,
    pub template: TemplateKey,
    pub period: PeriodKey,
    /// 填报日期.
    pub date: NaiveDate,
    /// 自评.
    pub own: ScoreSheet,
    /// 考评, when the file carries a review.
    pub review: Option<ScoreSheet>,
    pub check: FileCheck,
    pub migrated_from: Option<u32>,
    /// Indicators below the threshold in the standing score.
    pub corrective: Vec<CorrectiveItem>,
    /// When the assessment was last changed (to pick among duplicates).
    pub modified: DateTime<FixedOffset>,
}

impl UnitResult {
    /// Scores the file at `index` of the batch.
    pub fn of(index: usize, input: &UnitInput<'_>, threshold_percent: Fixed) -> UnitResult {
        let assessment = input.assessment;
        let own = score(input.template, &assessment.answers);
        let review = assessment
            .review
            .as_ref()
            .map(|review| score(input.template, &review.answers));
        let standing = review.as_ref().unwrap_or(&own);
        let corrective =
            corrective_actions(input.template, assessment, standing, threshold_percent);
        UnitResult {
            index,
            unit: assessment.unit.unit.clone(),
            unit_key: unit_key(&assessment.unit.unit),
            template: TemplateKey {
                id: assessment.template_id.clone(),
                version: assessment.template_version,
            },
            period: PeriodKey {
                year: assessment.unit.year,
                period: assessment.unit.period.trim().to_owned(),
            },
            date: assessment.unit.date,
            own,
            review,
            check: input.check,
            migrated_from: input.migrated_from,
            corrective,
            modified: assessment.modified,
        }
    }

    /// The score the ranking and the statistics use: the review's, else the unit's own.
    pub fn standing(&self) -> &ScoreSheet {
        self.review.as_ref().unwrap_or(&self.own)
    }

    pub fn is_reviewed(&self) -> bool {
        self.review.is_some()
    }

    pub fn total(&self) -> Fixed {
        self.standing().total
    }

    pub fn grade(&self) -> &GradeId {
        &self.standing().grade
    }

    /// How much of the self-assessment the unit filled in.
    pub fn completeness(&self) -> Completeness {
        self.own.completeness
    }

    /// `review total − self total`, once reviewed.
    pub fn review_difference(&self) -> Option<Fixed> {
        self.review
            .as_ref()
            .map(|review| review.total.saturating_sub(self.own.total))
    }
}

/// A unit name as matched across files: trimmed, inner blanks (full-width ones too) made one
/// ASCII space.
pub fn unit_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}
