//! Year-over-year change of the group's units, when the batch holds an earlier period of
//! the same unit: both totals and the difference.

use super::super::layout::{Align, Cell, Flow, Row, RowKind};
use super::labels::summary_labels;
use super::{figures_table, Sections, SummaryInput};
use crate::domain::consolidate::{period_text, Group, PeriodScore};
use crate::domain::Fixed;

const WIDTHS: [f32; 6] = [50.0, 30.0, 20.0, 30.0, 20.0, 30.0];

fn signed(change: Fixed) -> String {
    if change.is_positive() {
        format!("+{change}")
    } else {
        change.to_string()
    }
}

pub(super) fn add(
    flow: &mut Flow<'_>,
    sections: &mut Sections,
    input: &SummaryInput<'_>,
    group: &Group,
) {
    let l = summary_labels(input.lang);
    let rows: Vec<Row> = input
        .consolidation
        .changes
        .iter()
        .filter(|c| group.entry(c.to.index).is_some())
        .map(|c| {
            let period = |p: &PeriodScore| period_text(&p.period);
            let mut change = signed(c.change);
            if !c.same_template {
                change = format!("{change} ({})", l.template_changed);
            }
            Row::new(
                RowKind::Body,
                vec![
                    Cell::new(c.unit.clone()),
                    Cell::new(period(&c.from)),
                    Cell::new(c.from.total.to_string()),
                    Cell::new(period(&c.to)),
                    Cell::new(c.to.total.to_string()),
                    Cell::new(change),
                ],
            )
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    sections.title(flow, l.changes_title);
    let header = Row::new(
        RowKind::Header,
        [l.unit, l.earlier, l.total, l.later, l.total, l.change]
            .into_iter()
            .map(|t| Cell::new(t).aligned(Align::Center))
            .collect(),
    );
    figures_table(flow, &WIDTHS, header, rows);
    flow.space(5.0);
}
