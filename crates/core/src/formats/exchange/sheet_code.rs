//! The sheet code: a fingerprint of what an evaluation sheet shows, printed in the PDF's footer
//! and shown next to an imported file, so a printed, stamped sheet can be matched to its file.
//!
//! Why not the file's digest ([`super::digest`]): that one covers the whole envelope,
//! `exported_at` included, so each export of the same assessment has a different digest, and a
//! PDF made at another moment than the export could never print the digest of the file sent.
//! The sheet code depends only on content: a draft, every export of it (whenever made, however
//! often), and the file imported again (version 2, or version 1 after migration) share it.
//!
//! **What is covered** is what the sheet shows: the template's id and version, the unit info
//! (unit, year, period, assessor, date), the unit's answers (values and notes) and the review
//! (reviewer and answers), if any. **Not covered:** `exported_at`, `created`/`modified`, the
//! app version, the computed scores (they follow from template and answers), `review_of`, and
//! the assessment id: the id is not printed, so a copy with the same content prints the same
//! sheet and gets the same code — the code says "this paper shows this content", not "this
//! paper came from this draft". An answer entry with no value and no note prints as
//! unanswered, as an absent entry does, so it is left out of the content too.
//!
//! **The canonical content** is the compact `serde_json` serialization of `SheetContent`:
//! keys in struct declaration order, no whitespace, non-ASCII text as raw UTF-8, numbers in
//! serde_json's shortest form (a `Fixed` as its exchange-file number), answers in sorted
//! indicator-id order; its first field names the form (`eightfold-sheet-code`, version 1), so
//! a later change of what is covered gives other codes, never silently colliding ones. The
//! code is the SHA-256 of those bytes; `tests/sheet_code.rs` pins one value.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use super::digest::Digest;
use super::error::ExportError;
use crate::domain::assessment::{Assessment, UnitInfo};
use crate::domain::{Answer, AnswerValue, Answers, IndicatorId, Template, TemplateId};

/// Names the canonical form inside the hashed bytes.
const SHEET_CODE_FORM: &str = "eightfold-sheet-code";
const SHEET_CODE_VERSION: u32 = 1;

/// The fingerprint of a sheet's content; its short form is what paper and screen show.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct SheetCode(Digest);

impl SheetCode {
    pub fn digest(&self) -> Digest {
        self.0
    }

    /// The first 12 hex digits, as printed in the footer.
    pub fn short(&self) -> String {
        self.0.short()
    }
}

impl fmt::Display for SheetCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.short())
    }
}

/// What is hashed. Field order is the canonical key order: do not reorder.
#[derive(Serialize)]
struct SheetContent<'a> {
    form: &'static str,
    version: u32,
    template_id: &'a TemplateId,
    template_version: u32,
    unit: &'a UnitInfo,
    answers: BTreeMap<&'a IndicatorId, &'a Answer>,
    review: Option<ReviewContent<'a>>,
}

#[derive(Serialize)]
struct ReviewContent<'a> {
    reviewer: &'a str,
    answers: BTreeMap<&'a IndicatorId, &'a Answer>,
}

/// Entries that print as something: a value, or a note.
fn shown(answers: &Answers) -> BTreeMap<&IndicatorId, &Answer> {
    answers
        .0
        .iter()
        .filter(|(_, a)| a.value != AnswerValue::Unanswered || !a.note.is_empty())
        .collect()
}

/// The sheet code of `assessment` as scored with `template` (see the module docs).
pub fn sheet_code(template: &Template, assessment: &Assessment) -> Result<SheetCode, ExportError> {
    let content = SheetContent {
        form: SHEET_CODE_FORM,
        version: SHEET_CODE_VERSION,
        template_id: &template.id,
        template_version: template.version,
        unit: &assessment.unit,
        answers: shown(&assessment.answers),
        review: assessment.review.as_ref().map(|r| ReviewContent {
            reviewer: &r.reviewer,
            answers: shown(&r.answers),
        }),
    };
    Ok(SheetCode(Digest::of_content(&content)?))
}

/// The code of the unit's own sheet: `assessment` without its review, as the unit's PDF
/// printed it before any reviewer touched the file. Equal to [`sheet_code`] for a file that
/// holds no review; for a reviewed file it is the code of the unit's file it came from (a
/// review never changes the unit's answers).
pub fn unit_sheet_code(
    template: &Template,
    assessment: &Assessment,
) -> Result<SheetCode, ExportError> {
    if assessment.review.is_none() {
        return sheet_code(template, assessment);
    }
    let unit_only = Assessment {
        review: None,
        ..assessment.clone()
    };
    sheet_code(template, &unit_only)
}
