//! The command line and the page give the same documents for the same files: the page's
//! path (import each file, consolidate with review mode's options, the actions) run natively
//! here, against the built `eightfold`.

use chrono::Local;
use eightfold_core::actions::{consolidated_csv_file, evaluation_sheet_pdf};
use eightfold_core::domain::consolidate::{consolidate, ConsolidateOptions};
use eightfold_core::domain::{builtin_templates, Lang};
use eightfold_core::formats::exchange::{import_file, sheet_code, Imported};
use eightfold_core::formats::pdf::font_block;
use eightfold_core::formats::review::unit_input;

use eightfold_testkit::unit_files::{batch, reviewed_unit, write_batch};

use super::support::{eightfold, pdf_text};

#[test]
fn the_consolidated_csv_of_200_files_is_the_pages_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("units");
    let paths = write_batch(&folder, &batch(200));
    // The page: every picked file through `import_file` with the templates it knows, then
    // review mode's memo.
    let known = builtin_templates();
    let imported: Vec<Imported> = paths
        .iter()
        .map(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).expect("name");
            import_file(name, &std::fs::read(path).expect("read"), &known).expect("imports")
        })
        .collect();
    let inputs: Vec<_> = imported.iter().map(unit_input).collect();
    let page = consolidate(&inputs, &ConsolidateOptions::default());
    assert!(page.groups.len() >= 2, "2025 and 2026");
    assert!(!page.duplicates.is_empty(), "units sent twice");

    for (lang, flag) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let run = eightfold(
            dir.path(),
            &["consolidate", "units", "--csv", "out.csv", "--lang", flag],
        );
        assert_eq!(run.code, 0, "{}", run.all());
        for (index, group) in page.groups.iter().enumerate() {
            let first = group.ranking[0].unit.index;
            let document = consolidated_csv_file(&page, index, &imported[first].template, lang)
                .expect("the page's CSV");
            let cli = std::fs::read(dir.path().join(format!("out-{}.csv", index + 1)))
                .expect("the command's CSV");
            assert!(
                cli == document.bytes,
                "group {} in {lang:?} differs",
                index + 1
            );
        }
    }
}

#[test]
fn the_evaluation_sheet_has_the_pages_text_and_sheet_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A reviewed unit: the sheet prints both scores.
    let (template, assessment) = reviewed_unit("县财政局", 7);
    let paths = write_batch(dir.path(), &[(template.clone(), assessment.clone())]);
    let path = &paths[0];
    let imported = import_file(
        "x",
        &std::fs::read(path).expect("read"),
        &builtin_templates(),
    )
    .expect("imports");
    let code = sheet_code(&template, &assessment).expect("code").short();
    let block_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../assets/fonts/NotoSansSC-eightfold.otf.lzma"
    );
    let block = std::fs::read(block_path).expect("the font block");
    let font = font_block::decode(&block).expect("the font block decodes");
    for (lang, flag) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let page = evaluation_sheet_pdf(
            &imported.template,
            &imported.assessment,
            lang,
            Local::now().fixed_offset(),
            &font,
        )
        .unwrap_or_else(|e| panic!("{}", e.message(lang)));
        let page_pdf = dir.path().join(format!("page-{flag}.pdf"));
        std::fs::write(&page_pdf, &page.bytes).expect("write");
        let file = path.to_str().expect("path");
        let run = eightfold(
            dir.path(),
            &[
                "pdf",
                file,
                "-o",
                &format!("cli-{flag}.pdf"),
                "--lang",
                flag,
            ],
        );
        assert_eq!(run.code, 0, "{}", run.all());
        assert!(run.stdout.contains(&code), "{}", run.all());
        let cli_text = pdf_text(&dir.path().join(format!("cli-{flag}.pdf")));
        assert_eq!(cli_text, pdf_text(&page_pdf), "{lang:?}");
        assert!(cli_text.contains(&code));
    }
}
