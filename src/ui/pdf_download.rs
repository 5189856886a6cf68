//! "Download PDF": the evaluation sheet made in the browser with the bundled CJK font.
//! It is always made: characters the font lacks rely on the reader's Chinese font, and the
//! page names them after the download. The footer's code is the assessment's sheet code,
//! which every file exported from it carries too.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::i18n;
use super::state::{AppState, Session};
use crate::domain::Lang;
use crate::formats::exchange::sheet_code;
use crate::formats::pdf::{evaluation_sheet, SheetInput, SheetUnit};
use crate::web::{clock, files, pdf_font};

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
            Ok(font) => make_and_download(&session, &font, lang),
            Err(error) => Err(format!("{} {error}", i18n::PDF_FONT_MISSING.get(lang))),
        };
        measure.end();
        done(result.err());
    });
}

fn make_and_download(session: &Session, font: &[u8], lang: Lang) -> Result<(), String> {
    let fallback = make_and_download_pdf(session, font, lang)?;
    match fallback_notice(&fallback, lang) {
        Some(notice) => Err(notice),
        None => Ok(()),
    }
}

/// The message naming the characters that rely on the reader's font (`None` when none do).
pub fn fallback_notice(chars: &[char], lang: Lang) -> Option<String> {
    (!chars.is_empty()).then(|| {
        let list: Vec<String> = chars.iter().map(|c| format!("“{c}”")).collect();
        i18n::fill(i18n::PDF_FALLBACK_CHARS, lang, list.join(" "))
    })
}

/// Makes and downloads the PDF; returns the characters that rely on the reader's font.
fn make_and_download_pdf(session: &Session, font: &[u8], lang: Lang) -> Result<Vec<char>, String> {
    let template = &session.template;
    let assessment = &session.assessment;
    let now = clock::now();
    let sheet = assessment.self_score(template);
    let review = assessment.review_score(template);
    let code = sheet_code(template, assessment)
        .map(|code| code.short())
        .map_err(|e| e.message(lang))?;
    let unit = SheetUnit::of(&assessment.unit);
    let generated_at = now.format("%Y-%m-%d %H:%M").to_string();
    let input = SheetInput {
        template,
        lang,
        unit: &unit,
        answers: &assessment.answers,
        sheet: &sheet,
        review: match (&assessment.review, &review) {
            (Some(r), Some(score)) => Some(crate::formats::pdf::SheetReview {
                reviewer: &r.reviewer,
                answers: &r.answers,
                sheet: score,
            }),
            _ => None,
        },
        generated_at: &generated_at,
        created: now,
        sheet_code: &code,
    };
    let made = evaluation_sheet(&input, font).map_err(|e| e.describe(lang))?;
    let stem = crate::formats::exchange::file_name::assessment_file_stem(template, assessment);
    files::download(&format!("{stem}.pdf"), "application/pdf", &made.bytes)
        .map_err(|e| e.message(lang))?;
    Ok(made.fallback_chars)
}
