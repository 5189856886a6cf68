//! The CJK font the PDFs embed (subset per document by the core). The one place the command
//! line gets it from, so a change of how the font is shipped is made here alone.

/// The font's bytes, ready for `eightfold_core::actions`.
pub fn cjk_font() -> Result<Vec<u8>, String> {
    Ok(include_bytes!("../../../assets/fonts/NotoSansSC-eightfold.otf").to_vec())
}
