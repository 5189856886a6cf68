//! The stored form of a draft (schema 2): the assessment, its template when that is not a
//! built-in, and the bookkeeping that makes saves safe across tabs.
//!
//! `revision` grows by one on every save and is how a tab notices that another tab saved since
//! it last looked; `writer` names the tab that wrote it and `saved_at` when. Older layouts are
//! read by [`crate::drafts::decode`], never by this type. `deny_unknown_fields` is deliberate: a
//! record with fields we do not know was written by a newer layout, and a newer layout must
//! bump [`SCHEMA`] rather than be half-read.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::domain::{builtin_templates, Assessment, AssessmentId, Template};

/// The draft record layout this code writes.
pub const SCHEMA: u32 = 2;

/// Identifies one tab (one page load) that writes drafts; random per tab.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WriterId(pub String);

impl WriterId {
    pub fn new(id: impl Into<String>) -> WriterId {
        WriterId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WriterId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One draft as stored under `eightfold:draft:<id>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftRecord {
    /// Layout version, [`SCHEMA`] when written by this code.
    pub schema: u32,
    /// The number of saves so far; 0 for a draft never saved. A save is accepted only when the
    /// stored revision still equals this one (nobody saved in between).
    pub revision: u64,
    /// When the last save happened (RFC 3339 with the writer's offset).
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub saved_at: DateTime<FixedOffset>,
    /// The tab that made the last save.
    pub writer: WriterId,
    /// The name the user gave the draft in the drafts list; empty means "unit and period".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The draft this one was copied from (duplicate, or "keep mine as a copy").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copied_from: Option<AssessmentId>,
    pub assessment: Assessment,
    /// The template the assessment uses, when it is not one of the built-ins (edited or
    /// imported templates), so the draft can always be scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<Template>,
}

impl DraftRecord {
    /// A draft of `assessment` on `template`, never saved yet (revision 0). The template is
    /// kept in the record unless it is exactly a built-in one.
    pub fn new(assessment: Assessment, template: &Template) -> DraftRecord {
        let builtin = builtin_templates().iter().any(|known| known == template);
        DraftRecord {
            schema: SCHEMA,
            revision: 0,
            saved_at: assessment.modified,
            writer: WriterId::default(),
            label: String::new(),
            copied_from: None,
            assessment,
            template: (!builtin).then(|| template.clone()),
        }
    }

    /// Makes `template` the one kept with the record (after the draft's answers were moved to
    /// another template version): a copy unless it is exactly a built-in one.
    pub fn keep_template(&mut self, template: &Template) {
        let builtin = builtin_templates().iter().any(|known| known == template);
        self.template = (!builtin).then(|| template.clone());
    }

    pub fn id(&self) -> &AssessmentId {
        &self.assessment.id
    }

    /// The template to score this draft with: the one of `builtins` with the same id and
    /// version, else the one stored in the record; `None` when neither exists (a built-in was
    /// replaced by a newer version and the record did not keep its own copy).
    pub fn resolve_template<'a>(&'a self, builtins: &'a [Template]) -> Option<&'a Template> {
        builtins
            .iter()
            .find(|template| self.assessment.uses(template))
            .or(self.template.as_ref())
    }

    /// The JSON text stored for this record.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}
