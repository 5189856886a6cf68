//! What review mode downloads: a reviewed unit file, the consolidated CSV of the shown group
//! and its summary PDF. The formats are `crate::formats`; the download is `crate::web::files`.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::ReviewState;
use crate::domain::Lang;
use crate::formats::exchange::file_name::assessment_file_stem;
use crate::formats::exchange::{export_reviewed, CSV_MIME, JSON_MIME};
use crate::formats::pdf::summary::{summary_pdf, SummaryInput};
use crate::formats::review::{
    consolidated_csv, consolidated_csv_name, original_digest, summary_pdf_name,
};
use crate::ui::i18n;
use crate::web::{clock, files, pdf_font};

/// Exports file `index` with its review: it keeps the digest of the unit's original file in
/// `review_of` and gets its own. Returns the message to show (done, or what failed).
pub fn export_reviewed_file(review: ReviewState, index: usize, lang: Lang) -> String {
    let Some(imported) = review
        .files
        .with_untracked(|files| files.get(index).map(|f| f.imported.clone()))
    else {
        return String::new();
    };
    let exported = match export_reviewed(
        &imported.template,
        &imported.assessment,
        original_digest(&imported),
        clock::now(),
    ) {
        Ok(file) => file,
        Err(error) => return error.message(lang),
    };
    let name = format!(
        "{}-{}.eightfold.json",
        assessment_file_stem(&imported.template, &imported.assessment),
        i18n::REVIEW_FILE_SUFFIX.get(lang)
    );
    match files::download(&name, JSON_MIME, &exported.bytes) {
        Ok(()) => {
            review.mark_exported(index);
            i18n::fill(i18n::REVIEW_EXPORTED, lang, name)
        }
        Err(error) => error.message(lang),
    }
}

/// Downloads the consolidated CSV of the shown group; an error message when it failed.
pub fn download_csv(review: ReviewState, lang: Lang) -> Option<String> {
    let template = review.group_template()?;
    let group = review.group.get_untracked();
    let (bytes, name) = review.consolidation.with_untracked(|c| {
        let name = c.groups.get(group).map(consolidated_csv_name)?;
        Some((consolidated_csv(c, group, &template, lang), name))
    })?;
    files::download(&name, CSV_MIME, &bytes)
        .err()
        .map(|e| e.message(lang))
}

/// Makes the summary PDF of the shown group in the browser and downloads it; `done` gets
/// the message to show (an error, or the characters that rely on the reader's font), if any.
pub fn download_summary_pdf(
    review: ReviewState,
    lang: Lang,
    done: impl Fn(Option<String>) + 'static,
) {
    let Some(template) = review.group_template() else {
        done(None);
        return;
    };
    spawn_local(async move {
        let measure = clock::Measure::start("eightfold-summary-pdf");
        let result = match pdf_font::cjk_font().await {
            Ok(font) => make_pdf(review, &template, &font, lang),
            Err(error) => Err(format!("{} {error}", i18n::PDF_FONT_MISSING.get(lang))),
        };
        measure.end();
        done(result.err());
    });
}

fn make_pdf(
    review: ReviewState,
    template: &crate::domain::Template,
    font: &[u8],
    lang: Lang,
) -> Result<(), String> {
    let names: Vec<String> = review
        .files
        .with_untracked(|files| files.iter().map(|f| f.imported.file_name.clone()).collect());
    let now = clock::now();
    let generated_at = now.format("%Y-%m-%d %H:%M").to_string();
    let reviewers = review.files.with_untracked(|files| {
        let mut names: Vec<String> = Vec::new();
        for file in files {
            if let Some(r) = &file.imported.assessment.review {
                if !r.reviewer.is_empty() && !names.contains(&r.reviewer) {
                    names.push(r.reviewer.clone());
                }
            }
        }
        names.join(i18n::list_separator(lang))
    });
    let group = review.group.get_untracked();
    let chart_unit = review.chart_unit.get_untracked();
    review.consolidation.with_untracked(|consolidation| {
        let Some(name) = consolidation.groups.get(group).map(summary_pdf_name) else {
            return Ok(());
        };
        let input = SummaryInput {
            template,
            consolidation,
            group,
            lang,
            chart_unit,
            file_names: &names,
            generated_at: &generated_at,
            created: now,
            reviewer: &reviewers,
        };
        let made = summary_pdf(&input, font).map_err(|e| e.describe(lang))?;
        files::download(&name, "application/pdf", &made.bytes).map_err(|e| e.message(lang))?;
        match crate::ui::pdf_download::fallback_notice(&made.fallback_chars, lang) {
            Some(notice) => Err(notice),
            None => Ok(()),
        }
    })
}
