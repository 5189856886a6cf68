//! The top of page one: title, template and period, number of units, notices.

use super::super::layout::{Block, Flow, Item, Measure, MM_PER_PT};
use super::labels::summary_labels;
use super::SummaryInput;
use crate::domain::consolidate::{period_text, Group};
use crate::domain::Lang;

const TITLE_PT: f32 = 18.0;
const SUBTITLE_PT: f32 = 11.0;
const NOTE_PT: f32 = 8.5;

fn centred(text: &str, size_pt: f32, width: f32, measure: &dyn Measure) -> Block {
    let size_mm = size_pt * MM_PER_PT;
    let w = measure.width_mm(text, size_pt);
    Block {
        height: size_mm * 1.6,
        items: vec![Item::Text {
            x: ((width - w) / 2.0).max(0.0),
            baseline: size_mm * 1.15,
            size_pt,
            bold: size_pt >= TITLE_PT,
            text: text.to_owned(),
        }],
    }
}

pub(super) fn add(flow: &mut Flow<'_>, input: &SummaryInput<'_>, group: &Group) {
    let l = summary_labels(input.lang);
    let width = flow.frame().width;
    let measure = flow.measure();
    flow.block(centred(l.title, TITLE_PT, width, measure));
    let subtitle = format!(
        "{} · {}",
        input.template.title.get(input.lang),
        period_text(&group.period)
    );
    flow.block(centred(&subtitle, SUBTITLE_PT, width, measure));
    flow.space(2.0);
    let colon = if input.lang == Lang::Zh { "：" } else { ": " };
    let line = format!(
        "{}{colon}{} · {}{colon}{}",
        l.units,
        group.len(),
        l.generated_at,
        input.generated_at
    );
    flow.paragraph(&line, NOTE_PT, false);
    let name = |index: usize| {
        input
            .file_names
            .get(index)
            .cloned()
            .unwrap_or_else(|| format!("#{}", index + 1))
    };
    let notices = input.consolidation.notices();
    if !notices.is_empty() {
        flow.space(1.5);
        flow.paragraph(l.notices_title, NOTE_PT, true);
        for notice in notices {
            flow.paragraph(
                &format!("· {}", notice.describe(input.lang, &name)),
                NOTE_PT,
                false,
            );
        }
    }
}
