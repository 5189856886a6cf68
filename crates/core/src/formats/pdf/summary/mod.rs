//! The committee's summary PDF (考评汇总表): ranking, per-type averages, a unit against the
//! average on a radar chart, year-over-year change, and every unit's corrective-action list
//! (one line per unit for a group of more than [`FULL_LIST_UNITS`]).
//!
//! Built on the same layout engine and renderer as the evaluation sheet ([`super::layout`],
//! [`super::radar`], [`super::pages_to_pdf`]): each section is a small file that adds tables
//! or blocks to a [`Flow`]. It formats one group of a [`Consolidation`] and never scores:
//! every number comes from there.

mod changes;
mod chart;
mod corrective;

pub use corrective::FULL_LIST_UNITS;
mod footer;
mod header;
pub mod labels;
mod ranking;
mod stats;

use crate::domain::consolidate::{Consolidation, Group};
use crate::domain::{Lang, Template};

use crate::domain::consolidate::period_text;

use super::error::PdfError;
use super::font::FontFace;
use super::info::DocumentInfo;
use super::layout::{Align, Column, Flow, Measure, Page, Row, Table, TableStyle};
use super::sheet::FRAME;
use super::MadePdf;

/// Everything printed on a summary.
#[derive(Clone, Copy, Debug)]
pub struct SummaryInput<'a> {
    /// The template of the group (the one its files carry).
    pub template: &'a Template,
    pub consolidation: &'a Consolidation,
    /// Position of the group in `consolidation.groups`.
    pub group: usize,
    pub lang: Lang,
    /// Batch index of the unit the radar chart compares with the average; the top-ranked
    /// unit when `None` or not in the group.
    pub chart_unit: Option<usize>,
    /// File names by batch index, for the notices about duplicates.
    pub file_names: &'a [String],
    /// When the PDF was made, already formatted for printing.
    pub generated_at: &'a str,
    /// When the PDF was made, for the document's `CreationDate` (the core has no clock).
    pub created: chrono::DateTime<chrono::FixedOffset>,
    /// Who reviewed (the document's `Author`): the reviewers' names as the caller joins them.
    pub reviewer: &'a str,
}

impl SummaryInput<'_> {
    fn group(&self) -> Option<&Group> {
        self.consolidation.groups.get(self.group)
    }
}

/// A column of `width` millimetres.
fn column(width: f32, align: Align) -> Column {
    Column { width, align }
}

/// A table of figures: a name column on the left, then one centred column per figure.
fn figures_table(flow: &mut Flow<'_>, widths: &[f32], header: Row, rows: Vec<Row>) {
    let columns = widths
        .iter()
        .enumerate()
        .map(|(i, &width)| column(width, if i == 0 { Align::Left } else { Align::Center }))
        .collect();
    flow.table(&Table {
        columns,
        header,
        rows,
        style: TableStyle::default(),
    });
}

/// Numbers the sections in the order they are printed: a section with nothing to show
/// (no earlier period, no chart) prints no title and takes no number.
struct Sections {
    lang: Lang,
    printed: usize,
}

impl Sections {
    /// The next section's heading, kept on the page with at least the start of what follows.
    fn title(&mut self, flow: &mut Flow<'_>, title: &str) {
        self.printed += 1;
        flow.keep_room(40.0);
        flow.paragraph(
            &labels::numbered(self.lang, self.printed, title),
            10.5,
            true,
        );
        flow.space(1.0);
    }
}

/// Lays out the whole summary (one empty page for a group that does not exist).
pub fn layout_summary(input: &SummaryInput<'_>, measure: &dyn Measure) -> Vec<Page> {
    let mut flow = Flow::new(measure, FRAME);
    if let Some(group) = input.group() {
        let sections = &mut Sections {
            lang: input.lang,
            printed: 0,
        };
        header::add(&mut flow, input, group);
        flow.space(4.0);
        ranking::add(&mut flow, sections, input, group);
        flow.space(5.0);
        stats::add(&mut flow, sections, input, group);
        flow.space(5.0);
        chart::add(&mut flow, sections, input, group);
        flow.space(5.0);
        changes::add(&mut flow, sections, input, group);
        corrective::add(&mut flow, sections, input, group);
    }
    let mut pages = flow.finish();
    footer::add(&mut pages, input, measure);
    pages
}

/// The summary as PDF; characters the font lacks are set in the reader's font and listed in
/// [`MadePdf::fallback_chars`]. Fails only when `font` is not a readable font.
pub fn summary_pdf(input: &SummaryInput<'_>, font: &[u8]) -> Result<MadePdf, PdfError> {
    let face = FontFace::parse(font)?;
    let pages = layout_summary(input, &face);
    let title = labels::summary_labels(input.lang).title;
    let info = DocumentInfo {
        title: match input.group() {
            Some(group) => format!("{title} — {}", period_text(&group.period)),
            None => title.to_owned(),
        },
        subject: input.template.title.get(input.lang).to_owned(),
        author: input.reviewer.to_owned(),
        created: input.created,
    };
    super::pages_to_pdf(&pages, FRAME, &face, font, &info)
}
