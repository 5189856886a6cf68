//! PDF documents made in the browser: the evaluation sheet (考核评分表), in Chinese or English.
//!
//! Bytes out, nothing else: callers pass the domain values and the bundled CJK font's bytes
//! (the web layer inflates them on demand — the font is never compiled into the wasm) and get
//! a PDF back. The pipeline is layout → missing-glyph check → per-document font subset →
//! render:
//! - [`layout`]: measure → lines → rows → pages, pure and testable without printpdf;
//! - [`sheet`]: what goes on the evaluation sheet, as laid-out pages;
//! - [`summary`]: the working committee's summary of a batch (ranking, averages, 整改清单);
//! - [`radar`]: the radar chart as vector paths;
//! - [`font`] and [`subset`]: advance widths and cmap of the font, and the per-document subset;
//! - [`render`]: the only module that calls printpdf.
//!
//! It never scores: every number comes from the `ScoreSheet`s given to it.

pub mod error;
pub mod font;
pub mod labels;
pub mod layout;
pub mod radar;
pub mod render;
pub mod sheet;
pub mod subset;
pub mod summary;

use std::collections::BTreeSet;

pub use error::PdfError;
pub use font::{missing_glyphs, FontFace};
pub use sheet::{layout_sheet, SheetInput, SheetReview, SheetUnit};

use layout::{Frame, Page};

/// The evaluation sheet as PDF bytes. Fails with [`PdfError::MissingGlyphs`] (naming the
/// characters) if any text on it cannot be drawn with `font`.
pub fn evaluation_sheet(input: &SheetInput<'_>, font: &[u8]) -> Result<Vec<u8>, PdfError> {
    let face = FontFace::parse(font)?;
    let pages = layout_sheet(input, &face);
    let title = format!(
        "{} — {}",
        labels::labels(input.lang).sheet_title,
        input.unit.unit_name
    );
    pages_to_pdf(&pages, sheet::FRAME, &face, font, &title)
}

/// Characters on the evaluation sheet that `font` cannot show (empty when it can show them
/// all), for the UI to name before the person asks for the PDF.
pub fn sheet_missing_glyphs(input: &SheetInput<'_>, font: &[u8]) -> Vec<char> {
    match FontFace::parse(font) {
        Ok(face) => face.missing(page_chars(&layout_sheet(input, &face))),
        Err(_) => missing_glyphs(font, page_chars(&layout_sheet(input, &layout::FixedPitch))),
    }
}

fn page_chars(pages: &[Page]) -> impl Iterator<Item = char> + '_ {
    pages.iter().flat_map(|p| p.texts()).flat_map(str::chars)
}

/// Checks glyphs, subsets the font to the pages' characters and renders. Shared by every
/// document this module makes.
pub fn pages_to_pdf(
    pages: &[Page],
    frame: Frame,
    face: &FontFace<'_>,
    font: &[u8],
    title: &str,
) -> Result<Vec<u8>, PdfError> {
    let missing = face.missing(page_chars(pages));
    if !missing.is_empty() {
        return Err(PdfError::MissingGlyphs(missing));
    }
    let used: BTreeSet<char> = page_chars(pages).collect();
    let embedded = subset::subset_font(face, font, &used)?;
    Ok(render::render(pages, frame, embedded, title))
}
