//! Per-document font subsetting: the PDF embeds only the glyphs its pages show.
//!
//! printpdf's own subsetting needs its heavy `text_layout` feature, so we cut the font here
//! with `subsetter` (measured smaller in wasm than `allsorts`' subsetter — see
//! `vendor/printpdf/EIGHTFOLD-PATCH.md`) and hand printpdf a ready-made font whose
//! character → glyph map and advance widths we fill in ourselves (`subsetter` drops `cmap`).

use std::collections::{BTreeMap, BTreeSet};

use printpdf::ParsedFont;
use subsetter::GlyphRemapper;

use super::error::PdfError;
use super::font::FontFace;

/// The font cut down to `chars` (characters without a glyph are skipped; check with
/// [`FontFace::missing`] first), named with a `ABCDEF+` subset tag derived from its glyphs.
pub fn subset_font(
    face: &FontFace<'_>,
    font_bytes: &[u8],
    chars: &BTreeSet<char>,
) -> Result<ParsedFont, PdfError> {
    let mut remapper = GlyphRemapper::new();
    let mut to_glyph = BTreeMap::new();
    let mut widths = BTreeMap::new();
    widths.insert(0, face.advance_units(0));
    for &c in chars {
        if let Some(old) = face.glyph(c) {
            let new = remapper.remap(old);
            to_glyph.insert(u32::from(c), new);
            widths.insert(new, face.advance_units(old));
        }
    }
    let bytes = subsetter::subset(font_bytes, 0, &remapper)
        .map_err(|e| PdfError::Subset(format!("{e:?}")))?;
    let mut warnings = Vec::new();
    let mut font = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
        .ok_or_else(|| PdfError::Subset("the subset font could not be read back".to_owned()))?;
    font.codepoint_to_glyph = to_glyph;
    font.glyph_widths = widths;
    font.font_name = Some(format!("{}+{}", subset_tag(chars), face.postscript_name()));
    Ok(font)
}

/// Six capital letters that change when the glyph set changes (ISO 32000-1, 9.6.4).
fn subset_tag(chars: &BTreeSet<char>) -> String {
    // FNV-1a over the code points: deterministic, no dependency.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in chars {
        for byte in u32::from(c).to_le_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    (0..6)
        .map(|k| char::from(b'A' + ((hash >> (k * 8)) % 26) as u8))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subset_tag_is_six_capitals_and_follows_the_glyph_set() {
        let a: BTreeSet<char> = "学习型".chars().collect();
        let b: BTreeSet<char> = "创新型".chars().collect();
        let tag = subset_tag(&a);
        assert_eq!(tag.len(), 6);
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()));
        assert_eq!(tag, subset_tag(&a));
        assert_ne!(tag, subset_tag(&b));
    }
}
