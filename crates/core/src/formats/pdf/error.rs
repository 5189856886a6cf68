//! Why a PDF could not be made, in words the person pressing "Download PDF" can act on.

use std::fmt;

use crate::domain::Lang;

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
        let zh = lang == Lang::Zh;
        match self {
            PdfError::FontUnreadable => if zh {
                "内置中文字体无法读取，无法生成 PDF"
            } else {
                "The bundled Chinese font could not be read, so no PDF was made"
            }
            .to_owned(),
            PdfError::Subset(detail) => {
                if zh {
                    format!("字体子集化失败：{detail}")
                } else {
                    format!("The font could not be subset: {detail}")
                }
            }
        }
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for PdfError {}
