//! The working committee's documents for one group of a consolidation: the consolidated CSV,
//! the summary PDF and the corrective-action lists (整改清单) as a table.

use chrono::{DateTime, FixedOffset};

use super::{printed_time, ActionError, Document};
use crate::domain::consolidate::{Consolidation, Group};
use crate::domain::{Assessment, Fixed, Lang, Template};
use crate::formats::exchange::csv_cell::{csv_bytes, Cell};
use crate::formats::exchange::CSV_MIME;
use crate::formats::pdf::summary::labels::summary_labels;
use crate::formats::pdf::summary::{summary_pdf as layout_and_render, SummaryInput};
use crate::formats::review::words::reason;
use crate::formats::review::{
    consolidated_csv, consolidated_csv_name, corrective_csv_name, summary_pdf_name,
};
use crate::i18n;

/// Which group's summary, and how it is drawn.
#[derive(Clone, Copy, Debug)]
pub struct SummaryRequest<'a> {
    /// The template of the group (the one its files carry).
    pub template: &'a Template,
    pub consolidation: &'a Consolidation,
    /// Position of the group in `consolidation.groups`.
    pub group: usize,
    /// Batch index of the unit the radar chart compares with the average (the top-ranked
    /// unit when `None`).
    pub chart_unit: Option<usize>,
    /// File names by batch index, for the notices about duplicates.
    pub file_names: &'a [String],
    /// Who reviewed the batch ([`reviewer_names`]), the document's author.
    pub reviewers: &'a [String],
}

/// The distinct reviewers' names of a batch, in batch order (a file without a review, or
/// with no name, adds none).
pub fn reviewer_names<'a>(assessments: impl IntoIterator<Item = &'a Assessment>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for review in assessments.into_iter().filter_map(|a| a.review.as_ref()) {
        if !review.reviewer.is_empty() && !names.contains(&review.reviewer) {
            names.push(review.reviewer.clone());
        }
    }
    names
}

fn group(consolidation: &Consolidation, index: usize) -> Result<&Group, ActionError> {
    consolidation
        .groups
        .get(index)
        .ok_or(ActionError::NoSuchGroup(index))
}

/// Group `group` as the consolidated CSV (one row per unit, ranking order, duplicates last).
pub fn consolidated_csv_file(
    consolidation: &Consolidation,
    group_index: usize,
    template: &Template,
    lang: Lang,
) -> Result<Document, ActionError> {
    let name = consolidated_csv_name(group(consolidation, group_index)?);
    let bytes = consolidated_csv(consolidation, group_index, template, lang);
    Ok(Document::new(name, CSV_MIME, bytes))
}

/// The committee's summary PDF of one group, laid out once; `font` is the CJK font's bytes.
pub fn summary_pdf(
    request: SummaryRequest<'_>,
    lang: Lang,
    now: DateTime<FixedOffset>,
    font: &[u8],
) -> Result<Document, ActionError> {
    let name = summary_pdf_name(group(request.consolidation, request.group)?);
    let generated_at = printed_time(now);
    let input = SummaryInput {
        template: request.template,
        consolidation: request.consolidation,
        group: request.group,
        lang,
        chart_unit: request.chart_unit,
        file_names: request.file_names,
        generated_at: &generated_at,
        created: now,
        reviewer: &request.reviewers.join(i18n::list_separator(lang)),
    };
    let made = layout_and_render(&input, font)?;
    Ok(Document::pdf(name, made))
}

/// Every ranked unit's corrective-action list of one group as a CSV table, in ranking order:
/// rank, unit, indicator, points, reason, the reviewer's comment, and empty measure, deadline
/// and owner columns to fill in — the summary PDF's table, for a spreadsheet.
pub fn corrective_actions_csv(
    consolidation: &Consolidation,
    group_index: usize,
    template: &Template,
    lang: Lang,
) -> Result<Document, ActionError> {
    let group = group(consolidation, group_index)?;
    let l = summary_labels(lang);
    let mut rows = vec![[l.rank, l.unit]
        .into_iter()
        .chain(l.corrective_headings())
        .map(Cell::text)
        .collect::<Vec<_>>()];
    for ranked in &group.ranking {
        for item in &ranked.unit.corrective {
            let content = template
                .indicator(&item.indicator)
                .map(|(_, i)| i.content.get(lang).to_owned())
                .unwrap_or_default();
            rows.push(vec![
                Cell::Number(Fixed::from_int(
                    i64::try_from(ranked.rank).unwrap_or(i64::MAX),
                )),
                Cell::text(&ranked.unit.unit),
                Cell::text(format!("{} {content}", item.indicator)),
                Cell::text(format!("{}/{}", item.points, item.max)),
                Cell::text(reason(item.reason, lang)),
                Cell::text(&item.reviewer_comment),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
            ]);
        }
    }
    let bytes = csv_bytes(&rows).unwrap_or_default();
    Ok(Document::new(corrective_csv_name(group), CSV_MIME, bytes))
}
