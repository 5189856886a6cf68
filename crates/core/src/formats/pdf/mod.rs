//! PDF documents made in the browser: the evaluation sheet (考核评分表), in Chinese or English.
//!
//! Bytes out, nothing else: callers pass the domain values, the time and the bundled CJK
//! font's bytes (the web layer inflates them on demand — the font is never compiled into the
//! wasm) and get a PDF back, always: a character the bundled font lacks is set in the reader's
//! standard Chinese font ([`fallback`]) and named in [`MadePdf::fallback_chars`], never refused.
//! The pipeline is layout → per-document font subset → render:
//! - [`layout`]: measure → lines → rows → pages, pure and testable without printpdf;
//! - [`sheet`]: what goes on the evaluation sheet, as laid-out pages;
//! - [`summary`]: the working committee's summary of a batch (ranking, averages, 整改清单);
//! - [`radar`]: the radar chart as vector paths;
//! - [`font`] and [`subset`]: advance widths and cmap of the font, and the per-document subset;
//! - [`font_block`]: the shipped font block (200 upem, LZMA) decoded to font bytes;
//! - [`fallback`]: the non-embedded `STSong-Light` for what the bundled font lacks;
//! - [`info`]: title, author, producer and dates of the document;
//! - [`render`]: the only module that calls printpdf.
//!
//! It never scores: every number comes from the `ScoreSheet`s given to it.

pub mod error;
pub mod fallback;
pub mod font;
pub mod font_block;
pub mod info;
pub mod labels;
pub mod layout;
pub mod radar;
pub mod render;
pub mod sheet;
pub mod subset;
pub mod summary;

use std::collections::BTreeSet;

pub use error::PdfError;
pub use font::FontFace;
pub use info::DocumentInfo;
pub use sheet::{layout_sheet, SheetInput, SheetReview, SheetUnit};

use layout::{Frame, Page};

/// A PDF and the characters in it that the bundled font could not draw, which rely on the
/// reader's Chinese font (each once, in order of first use; empty when none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MadePdf {
    pub bytes: Vec<u8>,
    pub fallback_chars: Vec<char>,
}

/// The evaluation sheet as PDF. Fails only when `font` is not a readable font.
pub fn evaluation_sheet(input: &SheetInput<'_>, font: &[u8]) -> Result<MadePdf, PdfError> {
    let face = FontFace::parse(font)?;
    let pages = layout_sheet(input, &face);
    let info = DocumentInfo {
        title: format!(
            "{} — {}",
            labels::labels(input.lang).sheet_title,
            input.unit.unit_name
        ),
        subject: input.template.title.get(input.lang).to_owned(),
        author: input.unit.assessor.clone(),
        created: input.created,
    };
    pages_to_pdf(&pages, sheet::FRAME, &face, font, &info)
}

fn page_chars(pages: &[Page]) -> impl Iterator<Item = char> + '_ {
    pages.iter().flat_map(|p| p.texts()).flat_map(str::chars)
}

/// Subsets the font to the pages' characters and renders; what the font lacks is set in the
/// reader's font and listed. Shared by every document this module makes.
pub fn pages_to_pdf(
    pages: &[Page],
    frame: Frame,
    face: &FontFace<'_>,
    font: &[u8],
    info: &DocumentInfo,
) -> Result<MadePdf, PdfError> {
    let fallback_chars = face.missing(page_chars(pages));
    let used: BTreeSet<char> = page_chars(pages).filter(|c| face.has_glyph(*c)).collect();
    let embedded = subset::subset_font(face, font, &used)?;
    Ok(MadePdf {
        bytes: render::render(pages, frame, embedded, face, info),
        fallback_chars,
    })
}
