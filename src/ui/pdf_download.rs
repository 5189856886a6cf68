//! "Download PDF": the evaluation sheet of the open assessment, made by
//! [`crate::actions::evaluation_sheet_pdf`] with the bundled CJK font and handed to the
//! browser's download. It is always made: characters the font lacks rely on the reader's
//! Chinese font, and the page names them after the download.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::file_actions::download_document;
use super::i18n;
use super::state::AppState;
use crate::actions::evaluation_sheet_pdf;
use crate::web::{clock, pdf_font};

/// Makes the PDF of the open assessment and downloads it; `done` receives the message to show
/// (an error, or the characters that rely on the reader's font), if any.
pub fn download_pdf(state: AppState, done: impl Fn(Option<String>) + 'static) {
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
                Ok(document.fallback_notice(lang))
            }),
            Err(error) => Err(format!("{} {error}", i18n::PDF_FONT_MISSING.get(lang))),
        };
        measure.end();
        done(result.unwrap_or_else(Some));
    });
}
