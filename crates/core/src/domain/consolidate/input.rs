//! What consolidation reads: one imported unit file as plain domain data.
//!
//! The exchange format's digest check and migration are described here by small enums of our
//! own, so the core stays free of `formats` (which depends on it, not the other way round);
//! `crate::formats::review` converts an imported file into a [`UnitInput`].

use crate::domain::{Assessment, Template};

/// Whether a file's content is what its unit exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileCheck {
    /// The digest in the file matches its content.
    Verified,
    /// Someone edited the file after it was exported (digest mismatch).
    ChangedAfterExport,
    /// The file carries no digest.
    NoDigest,
}

/// One unit file of a batch, borrowed from wherever the caller keeps it.
#[derive(Clone, Copy, Debug)]
pub struct UnitInput<'a> {
    /// The template the file carries (the one its assessment is scored with).
    pub template: &'a Template,
    pub assessment: &'a Assessment,
    pub check: FileCheck,
    /// The format version the file had when it was older than the current one.
    pub migrated_from: Option<u32>,
}
