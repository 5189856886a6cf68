//! The stored form of a draft (schemas 2 and 3): the assessment, its template when that is not
//! a built-in, for a reviewed file the digest of the unit's file it reviews, and the
//! bookkeeping that makes saves safe across tabs.
//!
//! `revision` grows by one on every save and is how a tab notices that another tab saved since
//! it last looked; `writer` names the tab that wrote it and `saved_at` when. Schema 1 is read by
//! [`fn@crate::drafts::decode`], never by this type. `deny_unknown_fields` is deliberate: a record
//! with fields we do not know was written by a newer layout, and a newer layout must bump the
//! schema rather than be half-read.
//!
//! **Two layouts are written, the oldest that can hold the record.** Schema 3 is schema 2 plus
//! one field, `review_of`. Every `file://` page shares one localStorage, so an older Eightfold
//! may read the same entries: it leaves a schema it does not know in place ("from a newer
//! Eightfold") and refuses a schema-2 record with a field it does not know. So a draft without
//! `review_of` — nearly all of them — is written as schema 2, byte for byte what older copies
//! write and read, and only a draft that keeps a reviewed file's `review_of` is written as
//! schema 3 (which an older copy then leaves alone rather than dropping the link).
//! [`DraftRecord::layout`] decides; [`DraftRecord::to_json`] always writes that layout.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::domain::{builtin_templates, Assessment, AssessmentId, Template};
use crate::formats::exchange::{BackupDraft, Digest, Imported};

/// The layout written for a draft without `review_of`: the oldest this code writes, the same
/// as every Eightfold since drafts had revisions.
pub const SCHEMA: u32 = 2;

/// The layout written only for a draft that keeps `review_of`: [`SCHEMA`] plus that field. It
/// is also the newest layout this code reads; a higher one is from a newer Eightfold.
pub const REVIEWED_SCHEMA: u32 = 3;

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
    /// Layout version: [`DraftRecord::layout`] when written by this code.
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
    /// For a draft kept from a reviewed file: the digest of the unit's original file it
    /// reviews, so an export of the draft or a backup names it again. Schema 3 only.
    ///
    /// It goes with every copy of the draft, "duplicate" included: a copy carries the same
    /// unit, answers and reviewer's scores, so it is still a review of that unit's file, and a
    /// copy that dropped the link would export a review the committee cannot match to the
    /// unit's file. A new assessment (not a copy) never has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_of: Option<Digest>,
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
            review_of: None,
        }
    }

    /// A draft of an imported file (or of a backup's entry), never saved yet: its assessment,
    /// its template unless a built-in, and its `review_of` when it is a reviewed file.
    pub fn imported(imported: Imported) -> DraftRecord {
        DraftRecord {
            review_of: imported.review_of,
            ..DraftRecord::new(imported.assessment, &imported.template)
        }
    }

    /// The oldest layout that holds this record: [`SCHEMA`], or [`REVIEWED_SCHEMA`] when it
    /// keeps a `review_of` (see the module docs for why).
    pub fn layout(&self) -> u32 {
        if self.review_of.is_some() {
            REVIEWED_SCHEMA
        } else {
            SCHEMA
        }
    }

    /// This draft as a backup entry, scored with `template` (its resolved template).
    pub fn to_backup(&self, template: Template) -> BackupDraft {
        BackupDraft {
            template,
            assessment: self.assessment.clone(),
            review_of: self.review_of,
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

    /// The JSON text stored for this record, in its [`DraftRecord::layout`] whatever its
    /// `schema` field says.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        if self.schema == self.layout() {
            return serde_json::to_string(self);
        }
        serde_json::to_string(&DraftRecord {
            schema: self.layout(),
            ..self.clone()
        })
    }
}
