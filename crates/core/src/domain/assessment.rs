//! An assessment: one unit's answers to one template for one period, plus the reviewer's.
//!
//! This is the record every adapter shares — the form edits it, storage keeps it as a draft,
//! exchange files carry it, the PDF prints it. It holds no clock: times are passed in by the
//! caller, so the core stays deterministic and testable.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::answer::Answers;
use super::ids::TemplateId;
use super::sheet::ScoreSheet;
use super::template::Template;

/// A stable identifier of one assessment (a draft keeps it across renames and exports).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AssessmentId(pub String);

impl AssessmentId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for AssessmentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who is assessed, for which period, by whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitInfo {
    /// 单位名称.
    pub unit: String,
    /// 考核年度.
    pub year: i32,
    /// 考核期, e.g. "全年" / "annual" or "上半年"; free text.
    #[serde(default)]
    pub period: String,
    /// 填报人.
    #[serde(default)]
    pub assessor: String,
    /// 填报日期 (the unit's local date).
    #[serde(with = "crate::domain::date_text::serde_date")]
    pub date: NaiveDate,
}

/// The reviewing committee's side of an assessment (考评).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[serde(default)]
    pub reviewer: String,
    /// Review scores and the reviewer's comments, scored by the same function as the self scores.
    #[serde(default)]
    pub answers: Answers,
}

/// One unit's assessment against one template version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: AssessmentId,
    pub template_id: TemplateId,
    /// The template version the assessment was started on; it keeps it.
    pub template_version: u32,
    pub unit: UnitInfo,
    /// 自评: the unit's own answers.
    #[serde(default)]
    pub answers: Answers,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub created: DateTime<FixedOffset>,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub modified: DateTime<FixedOffset>,
}

impl Assessment {
    /// A fresh, empty assessment of `template` for `unit`, created at `now`.
    pub fn new(
        id: AssessmentId,
        template: &Template,
        unit: UnitInfo,
        now: DateTime<FixedOffset>,
    ) -> Assessment {
        Assessment {
            id,
            template_id: template.id.clone(),
            template_version: template.version,
            unit,
            answers: Answers::default(),
            review: None,
            created: now,
            modified: now,
        }
    }

    /// True when `template` is the one (id and version) this assessment was started on.
    pub fn uses(&self, template: &Template) -> bool {
        self.template_id == template.id && self.template_version == template.version
    }

    /// The self-assessment score (自评分).
    pub fn self_score(&self, template: &Template) -> ScoreSheet {
        super::score::score(template, &self.answers)
    }

    /// The review score (考评分), once a reviewer has started.
    pub fn review_score(&self, template: &Template) -> Option<ScoreSheet> {
        self.review
            .as_ref()
            .map(|review| super::score::score(template, &review.answers))
    }
}
