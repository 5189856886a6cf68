//! "Download PDF": the evaluation sheet of the open assessment, made by
//! [`crate::actions::evaluation_sheet_pdf`] with the bundled CJK font and handed to the
//! browser's download. It is always made: characters the font lacks rely on the reader's
//! Chinese font, and the page names them after the download.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::file_actions::download_document;
use super::i18n::{self, Message};
use super::state::AppState;
use crate::actions::evaluation_sheet_pdf;
use crate::web::{clock, pdf_font};

/// What to show after "Download PDF": an error, or (when it was made) the notice naming the
/// characters that rely on the reader's font, kept as data so a language switch re-words it.
pub type PdfOutcome = Result<Option<Message>, String>;

/// Makes the PDF of the open assessment and downloads it; `done` receives the outcome.
pub fn download_pdf(state: AppState, done: impl Fn(PdfOutcome) + 'static) {
    let lang = state.lang.get_untracked();
    let Some(session) = state.session.get_untracked() else {
        return;
    };
    spawn_local(async move {
        let measure = clock::Measure::start("eightfold-pdf");
        let result = match pdf_font::cjk_font().await {
            Ok(font) => evaluation_sheet_pdf(
                &session.template,
                &session.assessment,
                lang,
                clock::now(),
                &font,
            )
            .map_err(|e| e.message(lang))
            .and_then(|document| {
                download_document(&document, lang)?;
                Ok(document.fallback_message())
            }),
            Err(error) => Err(format!("{} {error}", i18n::PDF_FONT_MISSING.get(lang))),
        };
        measure.end();
        done(result);
    });
}
