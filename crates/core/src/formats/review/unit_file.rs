//! An imported unit file as the consolidation reads it, and the digest its review names.

use super::super::exchange::{Digest, DigestStatus, Imported};
use crate::domain::consolidate::{FileCheck, UnitInput};

/// The file as input to `consolidate`.
pub fn unit_input(imported: &Imported) -> UnitInput<'_> {
    UnitInput {
        template: &imported.template,
        assessment: &imported.assessment,
        check: file_check(&imported.digest_status),
        migrated_from: imported.migrated_from,
    }
}

/// What the consolidation records of a file's digest.
pub fn file_check(status: &DigestStatus) -> FileCheck {
    match status {
        DigestStatus::Verified => FileCheck::Verified,
        DigestStatus::ChangedAfterExport { .. } => FileCheck::ChangedAfterExport,
        DigestStatus::Missing => FileCheck::NoDigest,
    }
}

/// The digest of the unit's own file, which a reviewed export keeps in `review_of`: the
/// file's `review_of` when it is itself a reviewed file, else the digest of its content.
pub fn original_digest(imported: &Imported) -> Digest {
    imported.review_of.unwrap_or(imported.digest)
}
