//! The stored form of a criteria template the committee edits: the working copy, the last
//! published version, and the same save bookkeeping as a draft.
//!
//! Kept under `eightfold:template:<template id>` (see [`super::keys`]) with the guarantees of
//! drafts: `revision` grows by one per save and a save on a stale revision is refused, and an
//! entry that cannot be read is moved to quarantine, never deleted. `working` is what the
//! editor shows; `published` is what new assessments, exports and form files use, so an
//! author can keep editing without units seeing half-made criteria.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::decode::{parse, Problem};
use super::record::WriterId;
use crate::domain::publishing::{self, PublishState};
use crate::domain::Template;

/// The template record layout this code writes.
pub const TEMPLATE_SCHEMA: u32 = 1;

/// One criteria template as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateRecord {
    /// Layout version, [`TEMPLATE_SCHEMA`] when written by this code.
    pub schema: u32,
    /// The number of saves so far; 0 for a record never saved.
    pub revision: u64,
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub saved_at: DateTime<FixedOffset>,
    pub writer: WriterId,
    /// The template as being edited (may fail validation).
    pub working: Template,
    /// The last published version: valid, and what units fill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Template>,
}

impl TemplateRecord {
    /// A record of `working` never saved and never published.
    pub fn new(working: Template, now: DateTime<FixedOffset>) -> TemplateRecord {
        TemplateRecord {
            schema: TEMPLATE_SCHEMA,
            revision: 0,
            saved_at: now,
            writer: WriterId::default(),
            working,
            published: None,
        }
    }

    pub fn state(&self) -> PublishState {
        PublishState::of(&self.working, self.published.as_ref())
    }

    /// The version number the working copy gets when published now.
    pub fn next_version(&self) -> u32 {
        publishing::next_version(&self.working, self.published.as_ref())
    }

    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}

/// Reads a stored template record, naming what is wrong when it cannot.
pub fn decode_template(raw: &str) -> Result<TemplateRecord, Problem> {
    let value: Value = serde_json::from_str(raw).map_err(|error| Problem::NotJson {
        message: error.to_string(),
    })?;
    let Some(schema) = value.as_object().and_then(|o| o.get("schema")) else {
        return Err(Problem::NoSchema);
    };
    match schema.as_u64() {
        Some(n) if n == u64::from(TEMPLATE_SCHEMA) => parse(raw, TEMPLATE_SCHEMA),
        Some(n) if n > u64::from(TEMPLATE_SCHEMA) => Err(Problem::FutureSchema { schema: n }),
        _ => Err(Problem::UnknownSchema {
            schema: schema.to_string(),
        }),
    }
}
