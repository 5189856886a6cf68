//! Reading older layouts of the assessment file and migrating them to the current one.
//!
//! **Version 1** (the pilot layout) differs from version 2 in four ways:
//! - the assessment's fields (`id`, `template_id`, `template_version`, `unit`, `answers`,
//!   `created`, `modified`) sit at the top level instead of under `assessment`;
//! - the unit's name is `unit.name` (version 2: `assessment.unit.unit`);
//! - the template is optional: a file may carry only `template_id` and `template_version`,
//!   and is then scored with the app's own copy of that template version;
//! - there is no review, no `scores` and no `review_of`, and `digest` is a bare hex string
//!   (SHA-256 implied) over the version 1 canonical content: the compact serialization of
//!   [`EnvelopeV1`] without `digest`, keys in struct order.
//!
//! Answer values, notes and templates are encoded the same in both versions. A version 1 file
//! is verified against its own digest first, then migrated; the imported result says it was.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::digest::Digest;
use super::envelope::{Envelope, Scores, ASSESSMENT_FORMAT, FORMAT_VERSION};
use super::error::ImportError;
use super::json_input::typed;
use crate::domain::assessment::{Assessment, AssessmentId, UnitInfo};
use crate::domain::{Answers, Template, TemplateId};

/// An assessment file, version 1. Field order is its canonical key order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeV1 {
    pub format: String,
    pub format_version: u32,
    pub app_version: String,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub exported_at: DateTime<FixedOffset>,
    pub id: AssessmentId,
    pub template_id: TemplateId,
    pub template_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<Template>,
    pub unit: UnitV1,
    #[serde(default)]
    pub answers: Answers,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub created: DateTime<FixedOffset>,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub modified: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<Digest>,
}

/// Version 1's unit block: the name was `name`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitV1 {
    pub name: String,
    pub year: i32,
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub assessor: String,
    #[serde(with = "crate::domain::date_text::serde_date")]
    pub date: NaiveDate,
}

/// A file read and brought to the current layout, before the checks every version shares.
pub(crate) struct Opened {
    /// Current layout, `digest` removed.
    pub envelope: Envelope,
    /// The digest the file states.
    pub stated: Option<Digest>,
    /// The digest of its content, recomputed.
    pub actual: Digest,
    pub migrated_from: Option<u32>,
    /// False for layouts without scores.
    pub has_scores: bool,
}

/// Reads a version 1 file and migrates it.
pub(crate) fn open_v1(value: Value, known_templates: &[Template]) -> Result<Opened, ImportError> {
    let mut v1: EnvelopeV1 = typed(value)?;
    let stated = v1.digest.take();
    let actual = Digest::of_content(&v1).map_err(internal)?;
    let template = match v1.template.take() {
        Some(template) => {
            if template.id != v1.template_id || template.version != v1.template_version {
                return Err(ImportError::TemplateMismatch {
                    path: "template_version".to_owned(),
                    named: (v1.template_id.clone(), v1.template_version),
                    carried: (template.id.clone(), template.version),
                });
            }
            template
        }
        None => known_templates
            .iter()
            .find(|t| t.id == v1.template_id && t.version == v1.template_version)
            .cloned()
            .ok_or_else(|| ImportError::UnknownTemplate {
                id: v1.template_id.clone(),
                version: v1.template_version,
            })?,
    };
    let assessment = Assessment {
        id: v1.id,
        template_id: v1.template_id,
        template_version: v1.template_version,
        unit: UnitInfo {
            unit: v1.unit.name,
            year: v1.unit.year,
            period: v1.unit.period,
            assessor: v1.unit.assessor,
            date: v1.unit.date,
        },
        answers: v1.answers,
        review: None,
        created: v1.created,
        modified: v1.modified,
    };
    let envelope = Envelope {
        format: ASSESSMENT_FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        app_version: v1.app_version,
        exported_at: v1.exported_at,
        scores: Scores::of(&template, &assessment),
        template,
        assessment,
        review_of: None,
        digest: None,
    };
    Ok(Opened {
        envelope,
        stated,
        actual,
        migrated_from: Some(1),
        has_scores: false,
    })
}

/// Reads a file in the current layout.
pub(crate) fn open_current(value: Value) -> Result<Opened, ImportError> {
    let mut envelope: Envelope = typed(value)?;
    let stated = envelope.digest.take().map(|entry| entry.value);
    let actual = envelope.content_digest().map_err(internal)?;
    Ok(Opened {
        envelope,
        stated,
        actual,
        migrated_from: None,
        has_scores: true,
    })
}

/// Re-serializing parsed plain data does not fail; should it ever, say so rather than panic.
fn internal(error: serde_json::Error) -> ImportError {
    ImportError::Field {
        path: String::new(),
        detail: format!("the content could not be re-serialized: {error}"),
    }
}
