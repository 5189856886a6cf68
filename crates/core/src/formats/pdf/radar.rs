//! A radar (spider) chart drawn as vector paths: one axis per dimension, 0–100 %.
//!
//! Pure geometry into a layout [`Block`], so the evaluation sheet and the summary PDF share
//! it and tests can check where each vertex lands. Needs at least three axes to be a shape.

use std::f32::consts::PI;

use super::layout::{Block, Gray, Item, Measure, Pt2};

/// One polygon on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    /// One value per axis, in percent (clamped to 0–100).
    pub values: Vec<f32>,
    pub dashed: bool,
    pub fill: Option<Gray>,
}

const LABEL_PT: f32 = 7.5;
const LEGEND_PT: f32 = 7.5;

/// The vertex of `value` percent on axis `k` of `n`, axis 0 pointing up, clockwise.
pub fn vertex(center: Pt2, radius: f32, k: usize, n: usize, value: f32) -> Pt2 {
    let angle = -PI / 2.0 + 2.0 * PI * k as f32 / n.max(1) as f32;
    let r = radius * value.clamp(0.0, 100.0) / 100.0;
    Pt2 {
        x: center.x + r * angle.cos(),
        y: center.y + r * angle.sin(),
    }
}

/// A chart `width` wide with axis `labels`, rings at every 20 % and a legend below.
/// Returns an empty block for fewer than three axes.
pub fn radar(labels: &[String], series: &[Series], width: f32, measure: &dyn Measure) -> Block {
    let n = labels.len();
    if n < 3 {
        return Block::default();
    }
    let radius = 30.0;
    let label_room = 8.0;
    let center = Pt2 {
        x: width / 2.0,
        y: radius + label_room,
    };
    let mut items = Vec::new();
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        items.push(Item::Polygon {
            points: (0..n).map(|k| vertex(center, radius, k, n, ring)).collect(),
            fill: None,
            stroke: Some(if ring == 100.0 {
                Gray::RULE
            } else {
                Gray(0.75)
            }),
            width_pt: 0.4,
            dashed: ring != 100.0,
        });
    }
    for k in 0..n {
        items.push(Item::Line {
            from: center,
            to: vertex(center, radius, k, n, 100.0),
            width_pt: 0.4,
            gray: Gray(0.6),
            dashed: false,
        });
    }
    for s in series {
        let points: Vec<Pt2> = (0..n)
            .map(|k| {
                vertex(
                    center,
                    radius,
                    k,
                    n,
                    s.values.get(k).copied().unwrap_or(0.0),
                )
            })
            .collect();
        items.push(Item::Polygon {
            points,
            fill: s.fill,
            stroke: Some(Gray::BLACK),
            width_pt: 1.1,
            dashed: s.dashed,
        });
    }
    let size_mm = LABEL_PT * super::layout::MM_PER_PT;
    for (k, label) in labels.iter().enumerate() {
        let tip = vertex(center, radius + 2.5, k, n, 100.0);
        let w = measure.width_mm(label, LABEL_PT);
        let x = if (tip.x - center.x).abs() < 1.0 {
            tip.x - w / 2.0
        } else if tip.x > center.x {
            tip.x
        } else {
            tip.x - w
        };
        let baseline = if tip.y < center.y - radius * 0.9 {
            tip.y
        } else if tip.y > center.y + radius * 0.9 {
            tip.y + size_mm
        } else {
            tip.y + size_mm / 2.0
        };
        items.push(Item::Text {
            x: x.clamp(0.0, (width - w).max(0.0)),
            baseline,
            size_pt: LABEL_PT,
            bold: false,
            text: label.clone(),
        });
    }
    // Legend: a short sample line per series, then its name.
    let legend_y = center.y + radius + label_room + 2.0;
    let mut x = width / 2.0 - 30.0;
    for s in series {
        items.push(Item::Line {
            from: Pt2 { x, y: legend_y },
            to: Pt2 {
                x: x + 8.0,
                y: legend_y,
            },
            width_pt: 1.1,
            gray: Gray::BLACK,
            dashed: s.dashed,
        });
        items.push(Item::Text {
            x: x + 10.0,
            baseline: legend_y + 1.0,
            size_pt: LEGEND_PT,
            bold: false,
            text: s.name.clone(),
        });
        x += 12.0 + measure.width_mm(&s.name, LEGEND_PT) + 8.0;
    }
    Block {
        height: legend_y + 4.0,
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::super::layout::FixedPitch;
    use super::*;

    fn labels(n: usize) -> Vec<String> {
        (0..n).map(|k| format!("维度{k}")).collect()
    }

    #[test]
    fn full_marks_reach_the_outer_ring_and_zero_the_centre() {
        let c = Pt2 { x: 50.0, y: 50.0 };
        let top = vertex(c, 30.0, 0, 8, 100.0);
        assert!((top.x - 50.0).abs() < 1e-4 && (top.y - 20.0).abs() < 1e-4);
        let right = vertex(c, 30.0, 2, 8, 50.0);
        assert!((right.x - 65.0).abs() < 1e-4 && (right.y - 50.0).abs() < 1e-4);
        assert_eq!(vertex(c, 30.0, 5, 8, 0.0), c);
        assert_eq!(vertex(c, 30.0, 1, 8, 250.0), vertex(c, 30.0, 1, 8, 100.0));
    }

    #[test]
    fn one_polygon_per_series_and_a_label_per_axis() {
        let series = vec![
            Series {
                name: "自评".into(),
                values: vec![100.0; 8],
                dashed: false,
                fill: None,
            },
            Series {
                name: "考评".into(),
                values: vec![50.0; 8],
                dashed: true,
                fill: None,
            },
        ];
        let block = radar(&labels(8), &series, 180.0, &FixedPitch);
        let thick = block
            .items
            .iter()
            .filter(|i| matches!(i, Item::Polygon { width_pt, .. } if *width_pt > 1.0))
            .count();
        assert_eq!(thick, 2);
        let texts: Vec<&str> = block.items.iter().filter_map(Item::text).collect();
        for k in 0..8 {
            assert!(texts.contains(&format!("维度{k}").as_str()));
        }
        assert!(texts.contains(&"自评") && texts.contains(&"考评"));
        for item in &block.items {
            if let Item::Text { x, baseline, .. } = item {
                assert!(*x >= 0.0 && *baseline <= block.height);
            }
        }
    }

    #[test]
    fn fewer_than_three_axes_draw_nothing() {
        assert_eq!(radar(&labels(2), &[], 180.0, &FixedPitch), Block::default());
    }
}
