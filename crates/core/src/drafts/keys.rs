//! The names of Eightfold's entries in browser storage.
//!
//! Everything lives under one prefix because Chromium gives every `file://` page one shared
//! localStorage: other single-file tools opened from disk write to the same place, and we must
//! neither read nor count nor clear their keys. Each kind of entry has its own sub-prefix so a
//! listing can tell drafts, quarantined text and preferences apart without parsing them.

use crate::domain::{AssessmentId, TemplateId};

/// The prefix of every key Eightfold writes.
pub const PREFIX: &str = "eightfold:";
/// The prefix of draft records: `eightfold:draft:<assessment id>`.
pub const DRAFT_PREFIX: &str = "eightfold:draft:";
/// The prefix of quarantined entries: `eightfold:quarantine:<original key>`.
pub const QUARANTINE_PREFIX: &str = "eightfold:quarantine:";
/// The prefix of criteria templates being edited or published: `eightfold:template:<id>`.
pub const TEMPLATE_PREFIX: &str = "eightfold:template:";
/// The prefix of export marks: `eightfold:exported:<assessment id>` (see `export_mark`).
pub const EXPORT_PREFIX: &str = "eightfold:exported:";
/// The key of the preferences record.
pub const PREFS: &str = "eightfold:prefs";
/// The key of review mode's batch (one entry: see `crate::drafts::review_store`).
pub const REVIEW_BATCH: &str = "eightfold:review:batch";

/// The key of the draft of assessment `id`.
pub fn draft_key(id: &AssessmentId) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// The key of the export mark of the draft of assessment `id`.
pub fn export_key(id: &AssessmentId) -> String {
    format!("{EXPORT_PREFIX}{id}")
}

/// The assessment id a draft key names, if it is a draft key.
pub fn draft_id(key: &str) -> Option<AssessmentId> {
    key.strip_prefix(DRAFT_PREFIX)
        .filter(|id| !id.is_empty())
        .map(|id| AssessmentId(id.to_owned()))
}

/// The key of the criteria template `id`.
pub fn template_key(id: &TemplateId) -> String {
    format!("{TEMPLATE_PREFIX}{id}")
}

/// The template id a template key names, if it is one.
pub fn template_id(key: &str) -> Option<TemplateId> {
    key.strip_prefix(TEMPLATE_PREFIX)
        .filter(|id| !id.is_empty())
        .map(TemplateId::new)
}

/// Where the `n`th quarantined copy of `original` goes (`n` = 0 for the first, then `#2`, `#3`...
/// so a second corruption of the same key never overwrites the first one kept aside).
pub fn quarantine_key(original: &str, n: u32) -> String {
    if n == 0 {
        format!("{QUARANTINE_PREFIX}{original}")
    } else {
        format!("{QUARANTINE_PREFIX}{original}#{}", u64::from(n) + 1)
    }
}

/// The key a quarantined entry came from (without any `#n` suffix).
pub fn quarantined_from(key: &str) -> Option<&str> {
    let rest = key.strip_prefix(QUARANTINE_PREFIX)?;
    let original = match rest.rsplit_once('#') {
        Some((head, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => rest,
    };
    Some(original)
}

/// True for keys Eightfold owns.
pub fn is_ours(key: &str) -> bool {
    key.starts_with(PREFIX)
}
