//! File names for exports: `<unit>-<year>-<template>.eightfold.json` and friends.
//!
//! A unit name is free text typed by a person and the file lands on Windows, macOS and Linux,
//! so characters no file system accepts (`/ \ : * ? " < > |` and control characters) become
//! `_`, leading and trailing dots and blanks are dropped, and very long names are cut at a
//! character boundary. Chinese and every other letter are kept as they are.

use chrono::{DateTime, FixedOffset};

use crate::domain::assessment::Assessment;
use crate::domain::{Lang, Template};
use crate::i18n;

/// Extension of an assessment file.
pub const ASSESSMENT_EXTENSION: &str = ".eightfold.json";
/// Extension of a backup file.
pub const BACKUP_EXTENSION: &str = ".eightfold-backup.json";

/// Characters kept of one part of a name (a unit name can be a sentence).
const PART_CHARS: usize = 60;

/// Makes `part` safe inside a file name; an empty result becomes `fallback`.
pub fn sanitize_file_name_part(part: &str, fallback: &str) -> String {
    let replaced: String = part
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .take(PART_CHARS)
        .collect();
    let trimmed = replaced.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if trimmed.is_empty() {
        fallback.to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// `<unit>-<year>-<template id>` without an extension.
pub fn assessment_file_stem(template: &Template, assessment: &Assessment) -> String {
    format!(
        "{}-{}-{}",
        sanitize_file_name_part(&assessment.unit.unit, "unit"),
        assessment.unit.year,
        sanitize_file_name_part(template.id.as_str(), "template"),
    )
}

/// `<unit>-<year>-<template>.eightfold.json`.
pub fn assessment_file_name(template: &Template, assessment: &Assessment) -> String {
    format!(
        "{}{ASSESSMENT_EXTENSION}",
        assessment_file_stem(template, assessment)
    )
}

/// `<unit>-<year>-<template>-考评.eightfold.json` (`-reviewed` in English): a reviewed file,
/// named apart from the unit's own so both can sit in one folder.
pub fn reviewed_file_name(template: &Template, assessment: &Assessment, lang: Lang) -> String {
    format!(
        "{}-{}{ASSESSMENT_EXTENSION}",
        assessment_file_stem(template, assessment),
        i18n::REVIEW_FILE_SUFFIX.get(lang)
    )
}

/// `<unit>-<year>-<template>.csv`.
pub fn csv_file_name(template: &Template, assessment: &Assessment) -> String {
    format!("{}.csv", assessment_file_stem(template, assessment))
}

/// `eightfold-backup-2026-11-25-1430.eightfold-backup.json`.
pub fn backup_file_name(at: DateTime<FixedOffset>) -> String {
    format!(
        "eightfold-backup-{}{BACKUP_EXTENSION}",
        crate::domain::date_layout::ymd_hm_for_file(&at)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_become_underscores_and_chinese_stays() {
        assert_eq!(
            sanitize_file_name_part("财政局/办公室:*?\"<>|\u{7}", "x"),
            "财政局_办公室________"
        );
        assert_eq!(sanitize_file_name_part("  ..隐藏.. ", "x"), "隐藏");
        assert_eq!(sanitize_file_name_part(" . ", "unit"), "unit");
        assert_eq!(
            sanitize_file_name_part(&"长".repeat(100), "x")
                .chars()
                .count(),
            60
        );
    }
}
