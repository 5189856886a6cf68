//! `eightfold pdf`: the evaluation sheet, named as the page names it, with its sheet code.

use eightfold_core::formats::exchange::sheet_code;

use eightfold_testkit::unit_files::{unit, write_unit};

use super::support::{eightfold, pdf_text};

#[test]
fn the_sheet_is_written_with_the_pages_name_and_sheet_code_in_both_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_unit(dir.path(), "县财政局", 4);
    let (template, assessment) = unit("县财政局", 4);
    let code = sheet_code(&template, &assessment).expect("code").short();
    let file = path.to_str().expect("path");

    let run = eightfold(dir.path(), &["pdf", file]);
    assert_eq!(run.code, 0, "{}", run.all());
    let written = dir.path().join("县财政局-2026-eight-types.pdf");
    assert!(
        run.stdout.contains(&format!("表单码 {code}")),
        "{}",
        run.all()
    );
    let text = pdf_text(&written);
    assert!(
        text.contains(&code) && text.contains("考核评分表"),
        "{text}"
    );

    let run = eightfold(
        dir.path(),
        &["pdf", file, "-o", "sheet.pdf", "--lang", "en"],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains(&format!("sheet code {code}")),
        "{}",
        run.all()
    );
    let text = pdf_text(&dir.path().join("sheet.pdf"));
    assert!(
        text.contains(&code) && text.contains("Evaluation"),
        "{text}"
    );
}

#[test]
fn an_output_that_cannot_be_written_ends_with_status_3() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_unit(dir.path(), "县财政局", 4);
    let file = path.to_str().expect("path");
    let run = eightfold(dir.path(), &["pdf", file, "-o", "no/such/folder/x.pdf"]);
    assert_eq!(run.code, 3, "{}", run.all());
    assert!(
        run.stderr.contains("无法写入 no/such/folder/x.pdf"),
        "{}",
        run.all()
    );
}
