//! The radar chart: one unit's score rate per type (solid, shaded) against the group's
//! average (dashed).

use super::super::layout::{Block, Flow, Gray};
use super::super::radar::{radar, Series};
use super::labels::summary_labels;
use super::{Sections, SummaryInput};
use crate::domain::consolidate::Group;

pub(super) fn add(
    flow: &mut Flow<'_>,
    sections: &mut Sections,
    input: &SummaryInput<'_>,
    group: &Group,
) {
    let l = summary_labels(input.lang);
    let chosen = input
        .chart_unit
        .and_then(|index| group.entry(index))
        .or_else(|| group.ranking.first());
    let Some(chosen) = chosen else {
        return;
    };
    let dimensions = &input.template.dimensions;
    let names: Vec<String> = dimensions
        .iter()
        .map(|d| d.name.get(input.lang).to_owned())
        .collect();
    let unit_rates: Vec<f32> = dimensions
        .iter()
        .map(|d| {
            chosen
                .unit
                .standing()
                .dimension(&d.id)
                .filter(|s| s.applicable)
                .map_or(0.0, |s| s.percent.to_f64_lossy() as f32)
        })
        .collect();
    let average_rates: Vec<f32> = dimensions
        .iter()
        .map(|d| {
            group
                .dimension_stats(&d.id)
                .and_then(|s| s.percent.as_ref())
                .map_or(0.0, |s| s.mean.to_f64_lossy() as f32)
        })
        .collect();
    let series = vec![
        Series {
            name: chosen.unit.unit.clone(),
            values: unit_rates,
            dashed: false,
            fill: Some(Gray::SHADE),
        },
        Series {
            name: l.average.to_owned(),
            values: average_rates,
            dashed: true,
            fill: None,
        },
    ];
    let chart = radar(&names, &series, flow.frame().width, flow.measure());
    if chart.items.is_empty() {
        return;
    }
    sections.title(flow, l.chart_title);
    flow.block(Block {
        height: chart.height,
        items: chart.items,
    });
}
