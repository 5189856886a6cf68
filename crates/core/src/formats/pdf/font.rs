//! The bundled font as layout and the renderer see it: advance widths, units per em and cmap.
//!
//! It reads the font with `ttf-parser` (zero-copy, so opening the ~800 KB font costs nothing
//! per document) and never draws; embedding is `super::subset`'s job. Each character's glyph
//! and advance are looked up in the font once per face and kept: layout measures every
//! character of every line, often several times, and the cmap lookup was most of a long
//! summary's time.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use super::error::PdfError;
use super::layout::Measure;

/// A parsed font face, borrowed from the caller's bytes.
pub struct FontFace<'a> {
    face: ttf_parser::Face<'a>,
    units_per_em: f32,
    /// The characters looked up so far.
    glyphs: RefCell<HashMap<char, Glyph>>,
}

/// A character's glyph in the font (0: none) and that glyph's advance in font units.
#[derive(Clone, Copy)]
struct Glyph {
    id: u16,
    advance: u16,
}

impl<'a> FontFace<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<FontFace<'a>, PdfError> {
        let face = ttf_parser::Face::parse(bytes, 0).map_err(|_| PdfError::FontUnreadable)?;
        let units_per_em = f32::from(face.units_per_em().max(1));
        Ok(FontFace {
            face,
            units_per_em,
            glyphs: RefCell::new(HashMap::new()),
        })
    }

    fn lookup(&self, c: char) -> Glyph {
        if let Some(glyph) = self.glyphs.borrow().get(&c) {
            return *glyph;
        }
        let id = self.face.glyph_index(c).map_or(0, |g| g.0);
        let glyph = Glyph {
            id,
            advance: self.advance_units(id),
        };
        self.glyphs.borrow_mut().insert(c, glyph);
        glyph
    }

    pub fn glyph(&self, c: char) -> Option<u16> {
        Some(self.lookup(c).id).filter(|g| *g != 0)
    }

    /// Advance width of a glyph in font units.
    pub fn advance_units(&self, glyph: u16) -> u16 {
        self.face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(0)
    }

    pub fn has_glyph(&self, c: char) -> bool {
        self.glyph(c).is_some()
    }

    /// Whether `c` is set in the reader's font ([`super::fallback`]) rather than this one:
    /// a visible character this font has no glyph for.
    pub fn needs_fallback(&self, c: char) -> bool {
        !c.is_whitespace() && !c.is_control() && !self.has_glyph(c)
    }

    /// Units per em of the font (its `head` table), which every width is relative to.
    pub fn units_per_em(&self) -> f32 {
        self.units_per_em
    }

    /// The PostScript name (name id 6), used as the embedded font's `/BaseFont`.
    pub fn postscript_name(&self) -> String {
        self.face
            .names()
            .into_iter()
            .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .find_map(|n| n.to_string())
            .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_graphic()))
            .unwrap_or_else(|| "EightfoldCJK".to_owned())
    }

    /// Distinct characters of `text` that this font cannot draw, in order of first use
    /// (the ones set in the reader's font). Whitespace and control characters need no glyph
    /// and are never reported.
    pub fn missing<I: IntoIterator<Item = char>>(&self, text: I) -> Vec<char> {
        let mut seen = BTreeSet::new();
        text.into_iter()
            .filter(|c| self.needs_fallback(*c))
            .filter(|c| seen.insert(*c))
            .collect()
    }
}

impl Measure for FontFace<'_> {
    fn advance_em(&self, c: char) -> f32 {
        if self.needs_fallback(c) {
            return super::fallback::ADVANCE_EM;
        }
        f32::from(self.lookup(c).advance) / self.units_per_em
    }
}
