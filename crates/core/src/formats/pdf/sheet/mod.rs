//! The evaluation sheet (考核评分表) as laid-out pages: header, score table, summary, radar
//! chart, signature block and footers.
//!
//! Every number printed comes from the [`ScoreSheet`]s passed in — this module formats, it
//! never scores. It knows nothing of printpdf: `super::evaluation_sheet` renders its pages.

mod chart;
mod footer;
mod header;
mod scores;
mod signature;
mod summary;

use crate::domain::{Answers, Lang, ScoreSheet, Template, UnitInfo};

use super::layout::{Flow, Frame, Measure, Page};

/// Who and what the sheet is about, as plain strings (the caller formats dates).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetUnit {
    pub unit_name: String,
    pub year: String,
    pub period: String,
    pub assessor: String,
    pub date: String,
}

impl SheetUnit {
    /// The unit info as printed: the year and the date in their file forms.
    pub fn of(unit: &UnitInfo) -> SheetUnit {
        SheetUnit {
            unit_name: unit.unit.clone(),
            year: unit.year.to_string(),
            period: unit.period.clone(),
            assessor: unit.assessor.clone(),
            date: unit.date.to_string(),
        }
    }
}

/// The reviewing committee's scores (考评分), when there are any.
#[derive(Clone, Copy, Debug)]
pub struct SheetReview<'a> {
    pub reviewer: &'a str,
    pub answers: &'a Answers,
    pub sheet: &'a ScoreSheet,
}

/// Everything printed on an evaluation sheet.
#[derive(Clone, Copy, Debug)]
pub struct SheetInput<'a> {
    pub template: &'a Template,
    pub lang: Lang,
    pub unit: &'a SheetUnit,
    /// The unit's own answers and their score (自评).
    pub answers: &'a Answers,
    pub sheet: &'a ScoreSheet,
    pub review: Option<SheetReview<'a>>,
    /// When the PDF was made, already formatted for printing.
    pub generated_at: &'a str,
    /// When the PDF was made, for the document's `CreationDate` (the core has no clock).
    pub created: chrono::DateTime<chrono::FixedOffset>,
    /// Short form of the assessment's sheet code (`formats::exchange::sheet_code`), the same
    /// for the draft and every file exported from it, so paper and file can be matched.
    pub sheet_code: &'a str,
}

/// A4 portrait: 15 mm sides, 14 mm top, 18 mm bottom (the footer sits in it).
pub const FRAME: Frame = Frame {
    page_width: 210.0,
    page_height: 297.0,
    left: 15.0,
    top: 14.0,
    width: 180.0,
    height: 297.0 - 14.0 - 18.0,
};

/// Lays out the whole sheet.
pub fn layout_sheet(input: &SheetInput<'_>, measure: &dyn Measure) -> Vec<Page> {
    let mut flow = Flow::new(measure, FRAME);
    header::add(&mut flow, input);
    flow.space(4.0);
    flow.table(&scores::table(input));
    flow.space(5.0);
    summary::add(&mut flow, input);
    flow.space(4.0);
    // The signature closes the sheet: it takes the chart (or the last line) along to a new
    // page rather than stand there alone.
    let last_section = flow.mark();
    chart::add(&mut flow, input);
    flow.space(6.0);
    signature::add(&mut flow, input, last_section);
    let mut pages = flow.finish();
    footer::add(&mut pages, input, measure);
    pages
}
