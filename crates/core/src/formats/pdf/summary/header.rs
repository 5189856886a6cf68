//! The top of page one: title, template and period, number of units, notices.

use super::super::layout::{Block, Flow};
use super::labels::summary_labels;
use super::SummaryInput;
use crate::domain::consolidate::{period_text, Group};

const TITLE_PT: f32 = 18.0;
const SUBTITLE_PT: f32 = 11.0;
const NOTE_PT: f32 = 8.5;

pub(super) fn add(flow: &mut Flow<'_>, input: &SummaryInput<'_>, group: &Group) {
    let l = summary_labels(input.lang);
    let width = flow.frame().width;
    let measure = flow.measure();
    flow.block(Block::centred_line(l.title, TITLE_PT, true, width, measure));
    let subtitle = format!(
        "{} · {}",
        input.template.title.get(input.lang),
        period_text(&group.period)
    );
    flow.block(Block::centred_line(
        &subtitle,
        SUBTITLE_PT,
        false,
        width,
        measure,
    ));
    flow.space(2.0);
    let colon = crate::i18n::label_separator(input.lang);
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
