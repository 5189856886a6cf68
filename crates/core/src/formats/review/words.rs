//! The few words the committee's CSV and PDF share: a file's status, the basis of its
//! standing score, and why an indicator is on the corrective-action list.

use crate::domain::consolidate::{CorrectiveReason, FileCheck, UnitResult};
use crate::domain::Lang;

/// "校验一致" / "digest OK", plus the older format it was converted from, if any.
pub fn file_status(check: FileCheck, migrated_from: Option<u32>, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut text = match (check, zh) {
        (FileCheck::Verified, true) => "校验一致",
        (FileCheck::Verified, false) => "digest OK",
        (FileCheck::ChangedAfterExport, true) => "导出后被修改",
        (FileCheck::ChangedAfterExport, false) => "changed after export",
        (FileCheck::NoDigest, true) => "无校验值",
        (FileCheck::NoDigest, false) => "no digest",
    }
    .to_owned();
    if let Some(version) = migrated_from {
        if zh {
            text.push_str(&format!("；旧版格式（第 {version} 版）"));
        } else {
            text.push_str(&format!("; older format (version {version})"));
        }
    }
    text
}

/// The status of a unit's file.
pub fn unit_file_status(unit: &UnitResult, lang: Lang) -> String {
    file_status(unit.check, unit.migrated_from, lang)
}

/// Which score the ranking uses: "考评" when reviewed, else "自评".
pub fn basis(unit: &UnitResult, lang: Lang) -> &'static str {
    match (unit.is_reviewed(), lang) {
        (true, Lang::Zh) => "考评",
        (true, Lang::En) => "review",
        (false, Lang::Zh) => "自评",
        (false, Lang::En) => "self",
    }
}

/// Why an indicator is on the corrective-action list.
pub fn reason(reason: CorrectiveReason, lang: Lang) -> &'static str {
    match (reason, lang) {
        (CorrectiveReason::BelowThreshold, Lang::Zh) => "得分偏低",
        (CorrectiveReason::BelowThreshold, Lang::En) => "low score",
        (CorrectiveReason::Unanswered, Lang::Zh) => "未填报",
        (CorrectiveReason::Unanswered, Lang::En) => "not answered",
        (CorrectiveReason::VetoTriggered, Lang::Zh) => "触发一票否决",
        (CorrectiveReason::VetoTriggered, Lang::En) => "veto triggered",
    }
}

/// The rank cell of a duplicate that was set aside.
pub fn set_aside(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "重复，未计入",
        Lang::En => "duplicate, not ranked",
    }
}
