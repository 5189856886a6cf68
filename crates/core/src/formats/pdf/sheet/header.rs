//! The top of page one: title, template name and who/when (unit, year, period, assessor,
//! date, reviewer).

use super::super::labels::labels;
use super::super::layout::{Align, Block, Cell, Column, Flow, Row, RowKind, Table, TableStyle};
use super::SheetInput;

const TITLE_PT: f32 = 18.0;
const SUBTITLE_PT: f32 = 11.0;

pub(super) fn add(flow: &mut Flow<'_>, input: &SheetInput<'_>) {
    let l = labels(input.lang);
    let width = flow.frame().width;
    let measure = flow.measure();
    let title = input.template.title.get(input.lang);
    flow.block(Block::centred_line(
        l.sheet_title,
        TITLE_PT,
        true,
        width,
        measure,
    ));
    flow.block(Block::centred_line(
        title,
        SUBTITLE_PT,
        false,
        width,
        measure,
    ));
    flow.space(3.0);

    let u = input.unit;
    let reviewer = input.review.map(|r| r.reviewer).unwrap_or_default();
    let pair = |a: &str, b: &str, c: &str, d: &str| {
        Row::new(
            RowKind::Body,
            vec![
                Cell::new(a).aligned(Align::Center),
                Cell::new(b),
                Cell::new(c).aligned(Align::Center),
                Cell::new(d),
            ],
        )
    };
    let table = Table {
        columns: [24.0, 66.0, 24.0, 66.0]
            .map(|width| Column {
                width,
                align: Align::Left,
            })
            .to_vec(),
        header: pair(l.unit, &u.unit_name, l.year, &u.year),
        rows: vec![
            pair(l.period, &u.period, l.assessor, &u.assessor),
            pair(l.date, &u.date, l.reviewer, reviewer),
        ],
        style: TableStyle {
            size_pt: 9.5,
            ..TableStyle::default()
        },
    };
    flow.table(&table);
}
