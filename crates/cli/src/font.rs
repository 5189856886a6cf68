//! The CJK font the PDFs embed (subset per document by the core). The one place the command
//! line gets it from: the committed LZMA block, decoded as the page decodes it.

use eightfold_core::formats::pdf::font_block;

/// The font's bytes, ready for `eightfold_core::actions`.
pub fn cjk_font() -> Result<Vec<u8>, String> {
    let block = include_bytes!("../../../assets/fonts/NotoSansSC-eightfold.otf.lzma");
    font_block::decode(block).map_err(|e| e.to_string())
}
