//! The few words the committee's CSV and PDF share (and the review screen): a file's status,
//! the basis of its standing score, and why an indicator is on the corrective-action list.
//! The words themselves are in [`crate::i18n`].

use crate::domain::consolidate::{CorrectiveReason, FileCheck, UnitResult};
use crate::domain::Lang;
use crate::i18n;

/// "校验一致" / "digest OK", plus the older format it was converted from, if any.
pub fn file_status(check: FileCheck, migrated_from: Option<u32>, lang: Lang) -> String {
    let mut text = match check {
        FileCheck::Verified => i18n::DIGEST_OK,
        FileCheck::ChangedAfterExport => i18n::REVIEW_CHANGED,
        FileCheck::NoDigest => i18n::REVIEW_NO_DIGEST,
    }
    .get(lang)
    .to_owned();
    if let Some(version) = migrated_from {
        text.push_str(i18n::list_separator(lang));
        text.push_str(&i18n::fill(i18n::REVIEW_OLDER_FORMAT, lang, version));
    }
    text
}

/// The status of a unit's file.
pub fn unit_file_status(unit: &UnitResult, lang: Lang) -> String {
    file_status(unit.check, unit.migrated_from, lang)
}

/// Which score the ranking uses: "考评" when reviewed, else "自评".
pub fn basis(unit: &UnitResult, lang: Lang) -> &'static str {
    if unit.is_reviewed() {
        i18n::RANKING_BASIS_REVIEW.get(lang)
    } else {
        i18n::RANKING_BASIS_SELF.get(lang)
    }
}

/// Why an indicator is on the corrective-action list.
pub fn reason(reason: CorrectiveReason, lang: Lang) -> &'static str {
    match reason {
        CorrectiveReason::BelowThreshold => i18n::REASON_BELOW,
        CorrectiveReason::Unanswered => i18n::REASON_UNANSWERED,
        CorrectiveReason::VetoTriggered => i18n::REASON_VETO,
    }
    .get(lang)
}

/// The rank cell of a duplicate that was set aside.
pub fn set_aside(lang: Lang) -> &'static str {
    i18n::REVIEW_DUPLICATE.get(lang)
}
