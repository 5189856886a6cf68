//! What review mode downloads: a reviewed unit file, the consolidated CSV of the shown group
//! and its summary PDF. Each document is made by [`crate::actions`]; the download is
//! `crate::web::files`.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::ReviewState;
use crate::actions::{
    consolidated_csv_file, reviewed_file, reviewer_names, summary_pdf, SummaryRequest,
};
use crate::domain::{Lang, Template};
use crate::formats::review::original_digest;
use crate::ui::file_actions::download_document;
use crate::ui::i18n;
use crate::ui::pdf_download::PdfOutcome;
use crate::web::{clock, pdf_font};

/// Exports file `index` with its review: it keeps the digest of the unit's original file in
/// `review_of` and gets its own. Returns the message to show (done, or what failed).
pub fn export_reviewed_file(review: ReviewState, index: usize, lang: Lang) -> String {
    let Some(imported) = review
        .files
        .with_untracked(|files| files.get(index).map(|f| f.imported.clone()))
    else {
        return String::new();
    };
    let document = match reviewed_file(
        &imported.template,
        &imported.assessment,
        original_digest(&imported),
        lang,
        clock::now(),
    ) {
        Ok(document) => document,
        Err(error) => return error.message(lang),
    };
    match download_document(&document, lang) {
        Ok(()) => {
            review.mark_exported(index);
            i18n::fill(i18n::REVIEW_EXPORTED, lang, document.file_name)
        }
        Err(message) => message,
    }
}

/// Downloads the consolidated CSV of the shown group; an error message when it failed.
pub fn download_csv(review: ReviewState, lang: Lang) -> Option<String> {
    let template = review.group_template()?;
    let group = review.group.get_untracked();
    review
        .consolidation
        .with_untracked(|c| consolidated_csv_file(c, group, &template, lang))
        .map_err(|e| e.message(lang))
        .and_then(|document| download_document(&document, lang))
        .err()
}

/// Makes the summary PDF of the shown group in the browser and downloads it; `done` gets
/// the outcome (an error, or the notice naming the characters the reader's font shows).
pub fn download_summary_pdf(review: ReviewState, lang: Lang, done: impl Fn(PdfOutcome) + 'static) {
    let Some(template) = review.group_template() else {
        done(Ok(None));
        return;
    };
    spawn_local(async move {
        let measure = clock::Measure::start("eightfold-summary-pdf");
        let result = match pdf_font::cjk_font().await {
            Ok(font) => make_pdf(review, &template, &font, lang),
            Err(error) => Err(format!("{} {error}", i18n::PDF_FONT_MISSING.get(lang))),
        };
        measure.end();
        done(result);
    });
}

fn make_pdf(review: ReviewState, template: &Template, font: &[u8], lang: Lang) -> PdfOutcome {
    let file_names: Vec<String> = review
        .files
        .with_untracked(|files| files.iter().map(|f| f.imported.file_name.clone()).collect());
    let reviewers = review
        .files
        .with_untracked(|files| reviewer_names(files.iter().map(|f| &f.imported.assessment)));
    let group = review.group.get_untracked();
    let chart_unit = review.chart_unit.get_untracked();
    let document = review
        .consolidation
        .with_untracked(|consolidation| {
            let request = SummaryRequest {
                template,
                consolidation,
                group,
                chart_unit,
                file_names: &file_names,
                reviewers: &reviewers,
            };
            summary_pdf(request, lang, clock::now(), font)
        })
        .map_err(|e| e.message(lang))?;
    download_document(&document, lang)?;
    Ok(document.fallback_message())
}
