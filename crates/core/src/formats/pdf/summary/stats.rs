//! Per-type statistics: for each dimension its weight, how many units it applies to, and the
//! mean, minimum, maximum and spread of their score rates; then the same for the totals.

use super::super::layout::{Align, Cell, Flow, Row, RowKind};
use super::labels::summary_labels;
use super::{figures_table, Sections, SummaryInput};
use crate::domain::consolidate::{Group, Stats};

const WIDTHS: [f32; 7] = [48.0, 18.0, 18.0, 24.0, 24.0, 24.0, 24.0];

fn row(kind: RowKind, name: String, weight: String, stats: Option<&Stats>) -> Row {
    let mut cells = vec![Cell::new(name), Cell::new(weight)];
    cells.extend(Stats::figures(stats).into_iter().map(Cell::new));
    Row::new(kind, cells)
}

pub(super) fn add(
    flow: &mut Flow<'_>,
    sections: &mut Sections,
    input: &SummaryInput<'_>,
    group: &Group,
) {
    let l = summary_labels(input.lang);
    sections.title(flow, l.averages_title);
    let header = Row::new(
        RowKind::Header,
        [
            l.dimension,
            l.weight,
            l.count,
            l.mean,
            l.min,
            l.max,
            l.spread,
        ]
        .into_iter()
        .map(|t| Cell::new(t).aligned(Align::Center))
        .collect(),
    );
    let mut rows: Vec<Row> = input
        .template
        .dimensions
        .iter()
        .map(|dimension| {
            row(
                RowKind::Body,
                dimension.name.get(input.lang).to_owned(),
                dimension.weight.to_string(),
                group
                    .dimension_stats(&dimension.id)
                    .and_then(|d| d.percent.as_ref()),
            )
        })
        .collect();
    rows.push(row(
        RowKind::Total,
        l.total_row.to_owned(),
        "100".to_owned(),
        group.stats.total.as_ref(),
    ));
    figures_table(flow, &WIDTHS, header, rows);
}
