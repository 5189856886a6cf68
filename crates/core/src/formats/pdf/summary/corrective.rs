//! The corrective-action list (整改清单) of every ranked unit: a group row per unit, then one
//! row per indicator below the threshold with the reviewer's comment, and empty measure,
//! deadline and owner cells to fill in by hand. A group of more than [`FULL_LIST_UNITS`]
//! units (a city's or a province's batch) gets one line per unit instead — how many
//! indicators, and which — and the PDF says the full list is in the corrective-action CSV:
//! thousands of units' tables would be thousands of pages no one prints.

use super::super::layout::{Align, Cell, Flow, Row, RowKind, Table, TableStyle};
use super::labels::summary_labels;
use super::{column, Sections, SummaryInput};
use crate::domain::consolidate::Group;
use crate::formats::review::words::reason;

const WIDTHS: [f32; 7] = [50.0, 16.0, 17.0, 37.0, 26.0, 17.0, 17.0];

/// Groups of more units than this list each unit on one line (see the module docs).
pub const FULL_LIST_UNITS: usize = 200;

/// Column widths of the one-line-per-unit list: unit, number of indicators, indicators.
const BRIEF_WIDTHS: [f32; 3] = [64.0, 26.0, 90.0];

pub(super) fn add(
    flow: &mut Flow<'_>,
    sections: &mut Sections,
    input: &SummaryInput<'_>,
    group: &Group,
) {
    let l = summary_labels(input.lang);
    let lang = input.lang;
    sections.title(flow, l.corrective_title);
    if group.ranking.len() > FULL_LIST_UNITS {
        brief(flow, input, group);
        return;
    }
    let threshold = input.consolidation.options.threshold_percent.to_string();
    flow.paragraph(&l.corrective_rule.replacen("{}", &threshold, 1), 8.5, false);
    flow.space(1.5);
    let mut rows = Vec::new();
    for ranked in &group.ranking {
        let unit = &ranked.unit;
        if unit.corrective.is_empty() {
            continue;
        }
        rows.push(Row::new(
            RowKind::Group,
            vec![Cell::spanning(
                format!("{} {}", ranked.rank, unit.unit),
                WIDTHS.len(),
            )],
        ));
        for item in &unit.corrective {
            let content = input
                .template
                .indicator(&item.indicator)
                .map(|(_, i)| i.content.get(lang).to_owned())
                .unwrap_or_default();
            rows.push(Row::new(
                RowKind::Body,
                vec![
                    Cell::new(format!("{} {content}", item.indicator)),
                    Cell::new(format!("{}/{}", item.points, item.max)),
                    Cell::new(reason(item.reason, lang)),
                    Cell::new(item.reviewer_comment.clone()),
                    Cell::new(""),
                    Cell::new(""),
                    Cell::new(""),
                ],
            ));
        }
    }
    if rows.is_empty() {
        flow.paragraph(l.nothing_below, 8.5, false);
        return;
    }
    let header = Row::new(
        RowKind::Header,
        l.corrective_headings()
            .into_iter()
            .map(|t| Cell::new(t).aligned(Align::Center))
            .collect(),
    );
    let mut columns = vec![column(WIDTHS[0], Align::Left)];
    columns.extend([
        column(WIDTHS[1], Align::Center),
        column(WIDTHS[2], Align::Center),
        column(WIDTHS[3], Align::Left),
        column(WIDTHS[4], Align::Left),
        column(WIDTHS[5], Align::Left),
        column(WIDTHS[6], Align::Left),
    ]);
    flow.table(&Table {
        columns,
        header,
        rows,
        style: TableStyle::default(),
    });
}

/// One line per unit that has something to correct: rank and unit, how many indicators,
/// and their numbers.
fn brief(flow: &mut Flow<'_>, input: &SummaryInput<'_>, group: &Group) {
    let l = summary_labels(input.lang);
    let threshold = input.consolidation.options.threshold_percent.to_string();
    let units = group.ranking.len().to_string();
    let limit = FULL_LIST_UNITS.to_string();
    let note = [threshold, units, limit]
        .iter()
        .fold(l.corrective_brief.to_owned(), |text, value| {
            text.replacen("{}", value, 1)
        });
    flow.paragraph(&note, 8.5, false);
    flow.space(1.5);
    let rows: Vec<Row> = group
        .ranking
        .iter()
        .filter(|ranked| !ranked.unit.corrective.is_empty())
        .map(|ranked| {
            let unit = &ranked.unit;
            let indicators: Vec<&str> = unit
                .corrective
                .iter()
                .map(|item| item.indicator.as_str())
                .collect();
            Row::new(
                RowKind::Body,
                vec![
                    Cell::new(format!("{} {}", ranked.rank, unit.unit)),
                    Cell::new(unit.corrective.len().to_string()),
                    Cell::new(indicators.join(l.id_separator)),
                ],
            )
        })
        .collect();
    if rows.is_empty() {
        flow.paragraph(l.nothing_below, 8.5, false);
        return;
    }
    let header = Row::new(
        RowKind::Header,
        [l.unit, l.corrective_count, l.indicator]
            .into_iter()
            .map(|t| Cell::new(t).aligned(Align::Center))
            .collect(),
    );
    flow.table(&Table {
        columns: vec![
            column(BRIEF_WIDTHS[0], Align::Left),
            column(BRIEF_WIDTHS[1], Align::Center),
            column(BRIEF_WIDTHS[2], Align::Left),
        ],
        header,
        rows,
        style: TableStyle::default(),
    });
}
