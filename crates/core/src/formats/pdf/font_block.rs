//! The bundled font as shipped: Noto Sans CJK SC cut to the app's character set, at 200 units
//! per em, LZMA-compressed (`cargo xtask font`). [`decode`] turns the block into the OpenType
//! bytes [`super::FontFace`] reads; the page calls it once, when the first PDF is made, and
//! native tests and tools call it on the committed file.

use super::error::PdfError;

/// The OpenType font inside an LZMA ("alone" format) font block.
pub fn decode(block: &[u8]) -> Result<Vec<u8>, PdfError> {
    let mut font = Vec::with_capacity(block.len() * 2);
    lzma_rs::lzma_decompress(&mut std::io::Cursor::new(block), &mut font)
        .map_err(|_| PdfError::FontUnreadable)?;
    Ok(font)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_that_is_not_lzma_is_an_unreadable_font() {
        assert_eq!(decode(b"not lzma"), Err(PdfError::FontUnreadable));
        assert_eq!(decode(b""), Err(PdfError::FontUnreadable));
    }
}
