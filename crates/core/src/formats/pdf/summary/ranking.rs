//! The ranking table: rank, unit, self and review totals, the standing total and grade,
//! completeness and the file's status.

use super::super::layout::{Align, Cell, Flow, Row, RowKind, Table, TableStyle};
use super::labels::summary_labels;
use super::{column, Sections, SummaryInput};
use crate::domain::consolidate::Group;
use crate::formats::review::words::unit_file_status;

/// Column widths in millimetres; they add up to the 180 mm frame.
const WIDTHS: [f32; 8] = [12.0, 52.0, 17.0, 17.0, 17.0, 19.0, 17.0, 29.0];

pub(super) fn add(
    flow: &mut Flow<'_>,
    sections: &mut Sections,
    input: &SummaryInput<'_>,
    group: &Group,
) {
    sections.title(flow, summary_labels(input.lang).ranking_title);
    flow.table(&table(input, group));
}

fn table(input: &SummaryInput<'_>, group: &Group) -> Table {
    let l = summary_labels(input.lang);
    let header = Row::new(
        RowKind::Header,
        [
            l.rank,
            l.unit,
            l.self_score,
            l.review_score,
            l.total,
            l.grade,
            l.answered,
            l.file_status,
        ]
        .into_iter()
        .map(|t| Cell::new(t).aligned(Align::Center))
        .collect(),
    );
    let rows: Vec<Row> = group
        .ranking
        .iter()
        .map(|ranked| {
            let unit = &ranked.unit;
            let completeness = unit.completeness();
            Row::new(
                RowKind::Body,
                vec![
                    Cell::new(ranked.rank.to_string()),
                    Cell::new(unit.unit.clone()),
                    Cell::new(unit.own.total.to_string()),
                    Cell::new(
                        unit.review
                            .as_ref()
                            .map(|r| r.total.to_string())
                            .unwrap_or_else(|| "—".to_owned()),
                    ),
                    Cell::new(unit.total().to_string()),
                    Cell::new(crate::i18n::grade_text(
                        input.template,
                        unit.standing(),
                        input.lang,
                    )),
                    Cell::new(format!(
                        "{}/{}",
                        completeness.answered, completeness.applicable
                    )),
                    Cell::new(unit_file_status(unit, input.lang)),
                ],
            )
        })
        .collect();
    Table {
        columns: vec![
            column(WIDTHS[0], Align::Center),
            column(WIDTHS[1], Align::Left),
            column(WIDTHS[2], Align::Center),
            column(WIDTHS[3], Align::Center),
            column(WIDTHS[4], Align::Center),
            column(WIDTHS[5], Align::Center),
            column(WIDTHS[6], Align::Center),
            column(WIDTHS[7], Align::Left),
        ],
        header,
        rows,
        style: TableStyle::default(),
    }
}
