//! Why a PDF could not be made, in words the person pressing "Download PDF" can act on.

use std::fmt;

use crate::domain::Lang;
use crate::i18n;

/// A PDF could not be produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// The font bytes are not a font this engine can read.
    FontUnreadable,
    /// Cutting the font down to the characters used failed.
    Subset(String),
}

impl PdfError {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            PdfError::FontUnreadable => i18n::PDF_FONT_UNREADABLE.get(lang).to_owned(),
            PdfError::Subset(detail) => i18n::fill(i18n::PDF_SUBSET_FAILED, lang, detail),
        }
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for PdfError {}
