//! Messages are kept as data and worded in the language shown: an import error already on the
//! page is re-worded by a language switch, and each importer names its own kind of file. A
//! long import shows its progress while the page stays responsive (it answers WebDriver's
//! scripts between slices of work), then its result.
//!
//! Expected messages come from the core's own `ImportError::message` and the `i18n` table.

use eightfold::domain::{builtin_templates, Lang};
use eightfold::formats::exchange::{import_file, import_template_file};
use eightfold::ui::i18n;
use serde_json::json;

use crate::harness::{Browser, Result, Scratch, UI_CHANGE};
use crate::support_form::open_app;
use crate::support_review::{choose_review_files, open_review_mode, write_unit_files};

/// A large batch: ~1.8 ms a file in Chromium, so seconds of work in every engine.
const LARGE_BATCH: usize = 1_500;

/// Generous: WebKit and Firefox on two shared cores are several times slower than Chromium.
const LARGE_IMPORT: std::time::Duration = std::time::Duration::from_secs(240);

/// Chooses `path` in the file input `css` (inputs sit behind their visible labels).
fn choose_file(b: &Browser, css: &str, path: &std::path::Path) -> Result<()> {
    let input = b.find_css(css)?;
    b.type_into(&input, crate::harness::fixture::path_text(path)?)
}

#[test]
fn a_language_switch_rewords_an_import_error_already_on_screen() -> Result<()> {
    let scratch = Scratch::new()?;
    // Cut short: a broken file, refused with the reader's own words.
    let broken = scratch.path().join("半截.eightfold.json");
    std::fs::write(&broken, b"{\"format\": \"eightfold-assessment\", \"format_")?;
    let error = import_file("半截.eightfold.json", &std::fs::read(&broken)?, &[])
        .expect_err("the core refuses a truncated file");
    // Not JSON, given to the template importer: it asks for a template file.
    let text_file = scratch.path().join("notes.eightfold-template.json");
    std::fs::write(&text_file, "单位,年度\n财政局,2026")?;
    let template_error = import_template_file(&std::fs::read(&text_file)?)
        .expect_err("the core refuses a table as a template file");

    let b = open_app(&scratch)?;
    choose_file(&b, "#import-files", &broken)?;
    b.wait_for_text(&error.message(Lang::Zh), UI_CHANGE)?;
    choose_file(&b, "#template-file", &text_file)?;
    b.wait_for_text(&template_error.message(Lang::Zh), UI_CHANGE)?;
    assert!(template_error
        .message(Lang::Zh)
        .contains(".eightfold-template.json"));

    b.click(&b.find_button("English")?)?;
    b.wait_for_text(&error.message(Lang::En), UI_CHANGE)?;
    b.wait_for_text(&template_error.message(Lang::En), UI_CHANGE)?;
    let text = b.visible_text()?;
    for chinese in [error.message(Lang::Zh), template_error.message(Lang::Zh)] {
        assert!(
            !text.contains(&chinese),
            "{chinese:?} is still shown in English"
        );
    }
    // The default period follows the language while nobody typed one.
    let period = b.find_by_label(i18n::PERIOD.en)?;
    let value = b.execute("return arguments[0].value;", vec![period.to_json()])?;
    assert_eq!(value, json!(i18n::PERIOD_DEFAULT.en));

    b.click(&b.find_button("中文")?)?;
    b.wait_for_text(&error.message(Lang::Zh), UI_CHANGE)?;
    assert_eq!(b.console_errors()?, Vec::<String>::new());
    Ok(())
}

/// The progress line as shown, "正在读取 312 / 1,500 份文件": the count read so far.
fn progress_count(b: &Browser, total: usize) -> Result<Option<usize>> {
    let [before, between, after] = match i18n::READING_FILES.zh.split("{}").collect::<Vec<_>>()[..]
    {
        [a, m, z] => [a, m, z],
        _ => panic!("the progress text has two numbers"),
    };
    let tail = format!("{between}{}{after}", i18n::grouped(total));
    let text = b.visible_text()?;
    Ok(text.lines().find_map(|line| {
        let done = line.trim().strip_prefix(before)?.strip_suffix(&tail)?;
        done.replace(',', "").parse().ok()
    }))
}

#[test]
fn a_large_review_import_shows_its_progress_then_its_result() -> Result<()> {
    let scratch = Scratch::new()?;
    let paths = write_unit_files(&scratch.path().join("u"), LARGE_BATCH)?;
    assert_eq!(builtin_templates().len(), 2);

    let b = open_app(&scratch)?;
    open_review_mode(&b)?;
    choose_review_files(&b, &paths)?;
    let mut seen = None;
    b.wait_until("the import's progress to be visible", LARGE_IMPORT, |b| {
        seen = progress_count(b, LARGE_BATCH)?;
        Ok(seen.is_some())
    })?;
    let seen = seen.unwrap_or_default();
    assert!(seen < LARGE_BATCH, "progress {seen} of {LARGE_BATCH}");

    let loaded = i18n::fill(i18n::REVIEW_LOADED, Lang::Zh, LARGE_BATCH);
    b.wait_until("the batch to be imported", LARGE_IMPORT, |b| {
        Ok(b.visible_text()?.contains(&loaded) && progress_count(b, LARGE_BATCH)?.is_none())
    })?;
    assert_eq!(b.console_errors()?, Vec::<String>::new());
    Ok(())
}
