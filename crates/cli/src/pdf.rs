//! `eightfold pdf FILE`: the evaluation sheet the page's "Download PDF" makes, by the same
//! action (same sheet code, same text); only the time printed on it is now.

use std::path::Path;

use chrono::Local;
use eightfold_core::actions::evaluation_sheet_pdf;
use eightfold_core::domain::{builtin_templates, Lang};
use eightfold_core::formats::exchange::sheet_code;
use eightfold_core::i18n;

use crate::font::cjk_font;
use crate::inputs::import_path;
use crate::outcome::{write_file, Failure, Outcome};

pub fn run(file: &Path, out: Option<&Path>, lang: Lang) -> Result<Outcome, Failure> {
    let imported =
        import_path(file, &builtin_templates(), lang).map_err(|m| Failure::input(file, m))?;
    let font =
        cjk_font().map_err(|e| Failure::input(file, i18n::fill(i18n::CLI_PDF_FONT, lang, e)))?;
    let document = evaluation_sheet_pdf(
        &imported.template,
        &imported.assessment,
        lang,
        Local::now().fixed_offset(),
        &font,
    )
    .map_err(|e| Failure::input(file, e.message(lang)))?;
    let target = out.map_or_else(|| document.file_name.clone().into(), Path::to_path_buf);
    write_file(&target, &document.bytes, lang)?;
    say!("{}", i18n::fill(i18n::CLI_WROTE, lang, target.display()));
    if let Ok(code) = sheet_code(&imported.template, &imported.assessment) {
        say!("{}", i18n::fill(i18n::SHEET_CODE, lang, code.short()));
    }
    if let Some(notice) = document.fallback_notice(lang) {
        say!("{notice}");
    }
    Ok(Outcome::Clean)
}
