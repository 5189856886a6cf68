//! Why an action made no document, worded as the page shows it.

use crate::domain::Lang;
use crate::formats::exchange::ExportError;
use crate::formats::pdf::PdfError;
use crate::i18n;

/// An action could not make its document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionError {
    /// The file content could not be serialised.
    Export(ExportError),
    /// The PDF could not be made.
    Pdf(PdfError),
    /// The group asked for is not in the consolidation.
    NoSuchGroup(usize),
}

impl ActionError {
    /// The message for the person who asked for the document.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ActionError::Export(error) => error.message(lang),
            ActionError::Pdf(error) => error.describe(lang),
            ActionError::NoSuchGroup(group) => i18n::fill(i18n::NO_SUCH_GROUP, lang, group + 1),
        }
    }
}

impl From<ExportError> for ActionError {
    fn from(error: ExportError) -> ActionError {
        ActionError::Export(error)
    }
}

impl From<PdfError> for ActionError {
    fn from(error: PdfError) -> ActionError {
        ActionError::Pdf(error)
    }
}
