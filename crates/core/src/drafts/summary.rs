//! The line a draft gets in the drafts list: who, what, when, how far along, and the score now.
//!
//! Computed from the record with [`fn@crate::domain::score`], never stored, so the list always
//! agrees with the form. A draft whose template cannot be found still gets a line (without
//! scores) so it can be opened, exported or discarded.

use chrono::{DateTime, FixedOffset};

use super::export_mark::ExportStanding;
use super::record::DraftRecord;
use crate::domain::{score, AssessmentId, Completeness, Fixed, GradeId, Lang, Template, Text};

/// One line of the drafts list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftSummary {
    pub id: AssessmentId,
    /// The user's name for the draft; empty when none was given (see [`DraftSummary::title`]).
    pub label: String,
    /// 单位名称.
    pub unit: String,
    pub year: i32,
    pub period: String,
    /// The template's title, when the template is known.
    pub template_title: Option<Text>,
    /// The last change to the answers or unit details.
    pub modified: DateTime<FixedOffset>,
    /// The last save, and the revision it made.
    pub saved_at: DateTime<FixedOffset>,
    pub revision: u64,
    /// Present when the template is known.
    pub scores: Option<SummaryScores>,
    /// The last export and whether the draft changed since; `None` when never exported.
    pub export: Option<ExportStanding>,
    /// Whether a reviewer has started (考评).
    pub reviewed: bool,
    pub copied_from: Option<AssessmentId>,
}

/// The self-assessment score of a draft, as it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryScores {
    pub completeness: Completeness,
    pub total: Fixed,
    pub grade: GradeId,
    /// The grade's label (the id itself if the template lacks the band), or "pending" with
    /// the count while items are unanswered (`i18n::grade_text`).
    pub grade_label: Text,
}

impl DraftSummary {
    /// The summary of `record`, scored with its template found among `builtins` or in the
    /// record itself.
    pub fn of(record: &DraftRecord, builtins: &[Template]) -> DraftSummary {
        let assessment = &record.assessment;
        let template = record.resolve_template(builtins);
        DraftSummary {
            id: assessment.id.clone(),
            label: record.label.clone(),
            unit: assessment.unit.unit.clone(),
            year: assessment.unit.year,
            period: assessment.unit.period.clone(),
            template_title: template.map(|template| template.title.clone()),
            modified: assessment.modified,
            saved_at: record.saved_at,
            revision: record.revision,
            scores: template.map(|template| {
                let sheet = score(template, &assessment.answers);
                SummaryScores {
                    completeness: sheet.completeness,
                    total: sheet.total,
                    grade_label: Text::new(
                        crate::i18n::grade_text(template, &sheet, Lang::Zh),
                        crate::i18n::grade_text(template, &sheet, Lang::En),
                    ),
                    grade: sheet.grade,
                }
            }),
            export: None,
            reviewed: assessment.review.is_some(),
            copied_from: record.copied_from.clone(),
        }
    }

    /// What the list shows as the draft's name: the label, else "unit · year period".
    pub fn title(&self) -> String {
        if !self.label.is_empty() {
            return self.label.clone();
        }
        let unit = self.unit.trim();
        let period = self.period.trim();
        match (unit.is_empty(), period.is_empty()) {
            (true, _) => format!("{} {}", self.year, period).trim_end().to_owned(),
            (false, true) => format!("{unit} · {}", self.year),
            (false, false) => format!("{unit} · {} {period}", self.year),
        }
    }
}
