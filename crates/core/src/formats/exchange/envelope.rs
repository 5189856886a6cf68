//! The current (version 2) layout of an assessment file, `<unit>-<year>-<template>.eightfold.json`.
//!
//! The envelope says what the file is (`format`, `format_version`, `app_version`), carries the
//! whole template so any copy of the app can score it, the assessment itself (unit, self
//! answers with notes, the reviewer's answers), the scores at export time, and a digest of the
//! canonical content (see [`super::digest`]). The scores are informational only: an import
//! recomputes them with [`crate::domain::score()`] and reports a mismatch, it never trusts them.
//! Their shape ([`ScoreSummary`]) belongs to this format, not to the domain's `ScoreSheet`, so a
//! change in the scoring code's data never makes an old file unreadable.
//! Older layouts and how they are migrated live in [`super::migrate`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::digest::{Digest, DigestEntry};
use crate::domain::assessment::Assessment;
use crate::domain::{DimensionId, Fixed, GradeId, ScoreSheet, Template};

/// The `format` of an assessment file.
pub const ASSESSMENT_FORMAT: &str = "eightfold-assessment";

/// The layout this app writes. Version 1 is still read (and migrated).
pub const FORMAT_VERSION: u32 = 2;

/// The app that wrote a file, for support questions.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// An assessment file, version 2, with its template read as a [`Template`].
pub type Envelope = EnvelopeOf<Template>;

/// An assessment file, version 2, with its template as `T`: a [`Template`], or (for
/// [`super::batch`], which reads each distinct template of a batch once) the template's JSON
/// text as a `serde_json::value::RawValue`, which serializes to the same bytes when it holds
/// the template's compact form. Field order is the canonical key order: do not reorder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeOf<T> {
    /// Always [`ASSESSMENT_FORMAT`].
    pub format: String,
    /// Always [`FORMAT_VERSION`] when written by this app.
    pub format_version: u32,
    pub app_version: String,
    /// RFC 3339 with the exporter's UTC offset.
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub exported_at: DateTime<FixedOffset>,
    /// The template the assessment is scored with, in full.
    pub template: T,
    pub assessment: Assessment,
    /// Informational; recomputed on import.
    pub scores: Scores,
    /// For a reviewed file: the digest of the unit's original file it reviews.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_of: Option<DigestEntry>,
    /// Digest of everything above; absent while the digest itself is computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<DigestEntry>,
}

/// Self and review scores as exported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    /// 自评.
    #[serde(rename = "self")]
    pub own: ScoreSummary,
    /// 考评, once a reviewer has started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ScoreSummary>,
}

/// A total, its grade and the per-dimension points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreSummary {
    pub total: Fixed,
    pub base_total: Fixed,
    pub bonus: Fixed,
    /// After veto and ★ rules.
    pub grade: GradeId,
    pub dimensions: Vec<DimensionSummary>,
}

/// One dimension's points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionSummary {
    pub id: DimensionId,
    pub points: Fixed,
    pub max: Fixed,
    /// On the dimension's weight.
    pub weighted: Fixed,
}

impl ScoreSummary {
    pub fn of(sheet: &ScoreSheet) -> ScoreSummary {
        ScoreSummary {
            total: sheet.total,
            base_total: sheet.base_total,
            bonus: sheet.bonus,
            grade: sheet.grade.clone(),
            dimensions: sheet
                .dimensions
                .iter()
                .map(|dimension| DimensionSummary {
                    id: dimension.id.clone(),
                    points: dimension.points,
                    max: dimension.max,
                    weighted: dimension.weighted,
                })
                .collect(),
        }
    }
}

impl Scores {
    /// Scores `assessment` with `template`, as an export records them.
    pub fn of(template: &Template, assessment: &Assessment) -> Scores {
        Scores {
            own: ScoreSummary::of(&assessment.self_score(template)),
            review: assessment
                .review_score(template)
                .map(|sheet| ScoreSummary::of(&sheet)),
        }
    }
}

impl Envelope {
    /// A fresh envelope of the current version, without its digest yet.
    pub fn new(
        template: &Template,
        assessment: &Assessment,
        exported_at: DateTime<FixedOffset>,
        review_of: Option<Digest>,
    ) -> Envelope {
        Envelope {
            format: ASSESSMENT_FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            app_version: APP_VERSION.to_owned(),
            exported_at,
            template: template.clone(),
            assessment: assessment.clone(),
            scores: Scores::of(template, assessment),
            review_of: review_of.map(Digest::entry),
            digest: None,
        }
    }
}

impl<T: Serialize + Clone> EnvelopeOf<T> {
    /// The digest of the canonical content: this envelope without its `digest` field.
    pub fn content_digest(&self) -> Result<Digest, serde_json::Error> {
        if self.digest.is_none() {
            return Digest::of_content(self);
        }
        let mut content = self.clone();
        content.digest = None;
        Digest::of_content(&content)
    }
}
