//! The radar chart of the dimensions' score rates, self and (dashed) review.

use crate::domain::ScoreSheet;

use super::super::labels::labels;
use super::super::layout::{Block, Flow, Gray, Item, MM_PER_PT};
use super::super::radar::{radar, Series};
use super::SheetInput;

const TITLE_PT: f32 = 9.5;

/// Percent per dimension in template order; a dimension that does not apply counts as 0.
fn rates(input: &SheetInput<'_>, sheet: &ScoreSheet) -> Vec<f32> {
    input
        .template
        .dimensions
        .iter()
        .map(|d| {
            sheet
                .dimension(&d.id)
                .filter(|s| s.applicable)
                .map(|s| s.percent.to_f64_lossy() as f32)
                .unwrap_or(0.0)
        })
        .collect()
}

pub(super) fn add(flow: &mut Flow<'_>, input: &SheetInput<'_>) {
    let l = labels(input.lang);
    let names: Vec<String> = input
        .template
        .dimensions
        .iter()
        .map(|d| d.name.get(input.lang).to_owned())
        .collect();
    let mut series = vec![Series {
        name: l.self_column.to_owned(),
        values: rates(input, input.sheet),
        dashed: false,
        fill: Some(Gray::SHADE),
    }];
    if let Some(review) = input.review {
        series.push(Series {
            name: l.review_column.to_owned(),
            values: rates(input, review.sheet),
            dashed: true,
            fill: None,
        });
    }
    let chart = radar(&names, &series, flow.frame().width, flow.measure());
    if chart.items.is_empty() {
        return;
    }
    // Title and chart travel together.
    let title_h = TITLE_PT * MM_PER_PT * 1.6;
    let mut items = vec![Item::Text {
        x: 0.0,
        baseline: TITLE_PT * MM_PER_PT * 1.15,
        size_pt: TITLE_PT,
        bold: true,
        text: l.radar_title.to_owned(),
    }];
    items.extend(chart.items.into_iter().map(|i| i.shifted(0.0, title_h)));
    flow.block(Block {
        height: title_h + chart.height,
        items,
    });
}
