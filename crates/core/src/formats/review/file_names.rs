//! Names of the committee's downloads: `<template>-<year>-<period>-summary.csv` and `.pdf`,
//! and `…-corrective.csv`,
//! made safe for every file system by the exchange format's sanitiser.

use super::super::exchange::sanitize_file_name_part;
use crate::domain::consolidate::Group;

fn stem(group: &Group) -> String {
    let mut stem = format!(
        "{}-{}",
        sanitize_file_name_part(group.template.id.as_str(), "template"),
        group.period.year
    );
    if !group.period.period.is_empty() {
        stem.push('-');
        stem.push_str(&sanitize_file_name_part(&group.period.period, "period"));
    }
    stem
}

/// `eight-types-2026-全年-summary.csv`.
pub fn consolidated_csv_name(group: &Group) -> String {
    format!("{}-summary.csv", stem(group))
}

/// `eight-types-2026-全年-summary.pdf`.
pub fn summary_pdf_name(group: &Group) -> String {
    format!("{}-summary.pdf", stem(group))
}

/// `eight-types-2026-全年-corrective.csv`: the group's corrective-action lists.
pub fn corrective_csv_name(group: &Group) -> String {
    format!("{}-corrective.csv", stem(group))
}
