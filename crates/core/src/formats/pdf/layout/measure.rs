//! How wide text is: the one question layout asks of a font.
//!
//! Layout depends on this trait, not on a font parser, so its tests can use a made-up font
//! with round numbers. The real implementation reads the bundled font's advance widths
//! (`super::super::font::FontFace`).

/// Millimetres per PostScript point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// Horizontal advance of characters, in ems (fractions of the font size).
pub trait Measure {
    fn advance_em(&self, c: char) -> f32;

    /// Width of `text` set at `size_pt`, in millimetres.
    fn width_mm(&self, text: &str, size_pt: f32) -> f32 {
        let ems: f32 = text.chars().map(|c| self.advance_em(c)).sum();
        ems * size_pt * MM_PER_PT
    }
}

/// A monospaced stand-in: CJK and fullwidth characters 1 em, everything else half an em.
/// Good enough for tests and for sizing before a font is available.
#[derive(Clone, Copy, Debug, Default)]
pub struct FixedPitch;

impl Measure for FixedPitch {
    fn advance_em(&self, c: char) -> f32 {
        if super::wrap::is_wide(c) {
            1.0
        } else {
            0.5
        }
    }
}
