//! One function per user action that makes a document: the evaluation sheet, the summary,
//! the exported and reviewed files, the CSV tables, the backup, the corrective-action list.
//!
//! Each takes plain data (template, assessment or consolidation, language, the time as a
//! value: the core has no clock) and returns a [`Document`] — bytes, file name and media
//! type — so the page and the command line make the same document the same way, and
//! neither assembles one or names a file itself (`tests/tidy_ui.rs` keeps `src/ui` to that).
//! Scores come from `domain::score`, layouts from `formats`: this module only wires them.

mod error;
mod files;
mod review;
mod sheet;

pub use error::ActionError;
pub use files::{
    assessment_csv_file, backup_file, exported_file, form_file, reviewed_file, template_file,
    unreadable_entry_file, BackupContent,
};
pub use review::{
    consolidated_csv_file, corrective_actions_csv, reviewer_names, summary_pdf, SummaryRequest,
};
pub use sheet::evaluation_sheet_pdf;

use chrono::{DateTime, FixedOffset};

use crate::domain::Lang;
use crate::formats::pdf::MadePdf;

/// Media type of a PDF.
pub const PDF_MIME: &str = "application/pdf";
/// Media type of a form file (the app with a template embedded).
pub const HTML_MIME: &str = "text/html;charset=utf-8";
/// Media type of a stored entry saved as it was.
pub const TEXT_MIME: &str = "text/plain;charset=utf-8";

/// A document ready to save or download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Safe on every file system.
    pub file_name: String,
    pub media_type: &'static str,
    pub bytes: Vec<u8>,
    /// Characters of a PDF drawn with the reader's fallback font rather than the embedded
    /// one, to name after the download (empty for every other document).
    pub fallback_chars: Vec<char>,
}

impl Document {
    fn new(file_name: String, media_type: &'static str, bytes: Vec<u8>) -> Document {
        Document {
            file_name,
            media_type,
            bytes,
            fallback_chars: Vec::new(),
        }
    }

    /// After a PDF is saved: which characters rely on the reader's Chinese font, if any, as
    /// a message kept as data (the page re-words it when the language changes).
    pub fn fallback_message(&self) -> Option<crate::i18n::Message> {
        (!self.fallback_chars.is_empty()).then(|| {
            let quoted: Vec<String> = self
                .fallback_chars
                .iter()
                .map(|c| format!("“{c}”"))
                .collect();
            crate::i18n::Message::fill(crate::i18n::PDF_FALLBACK_CHARS, quoted.join(" "))
        })
    }

    /// [`Document::fallback_message`] in `lang`.
    pub fn fallback_notice(&self, lang: Lang) -> Option<String> {
        self.fallback_message().map(|message| message.render(lang))
    }

    fn pdf(file_name: String, made: MadePdf) -> Document {
        Document {
            file_name,
            media_type: PDF_MIME,
            bytes: made.bytes,
            fallback_chars: made.fallback_chars,
        }
    }
}

/// When a document was made, as printed on it: `2026-11-25 14:30`.
fn printed_time(now: DateTime<FixedOffset>) -> String {
    crate::domain::date_layout::ymd_hm(&now)
}
