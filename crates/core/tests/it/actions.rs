//! The actions: one function per document a person asks for, each returning bytes, a file
//! name and a media type; the page and the command line call them and assemble nothing.

use eightfold_core::actions::{
    consolidated_csv_file, corrective_actions_csv, evaluation_sheet_pdf, exported_file,
    reviewed_file, ActionError, PDF_MIME,
};
use eightfold_core::domain::consolidate::{consolidate, ConsolidateOptions, FileCheck, UnitInput};
use eightfold_core::domain::Lang;
use eightfold_core::formats::exchange::{import_file, CSV_MIME, JSON_MIME};
use eightfold_core::formats::pdf::evaluation_sheet;
use eightfold_core::formats::review::consolidated_csv;

use super::exchange_fixtures::{
    csv_records, sample_assessment, sample_exported_at, sample_template,
};
use super::{pdf, sheets};

#[test]
fn the_sheet_action_prints_the_sheets_text_and_code_named_after_the_unit() {
    let fixture = sheets::full_marks();
    let font = sheets::font();
    // The fixture's input prints this time; the action formats the time it is given.
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-21T09:30:00+08:00").expect("a time");
    for lang in [Lang::Zh, Lang::En] {
        let document =
            evaluation_sheet_pdf(&fixture.template, &fixture.assessment, lang, at, &font)
                .unwrap_or_else(|e| panic!("{}", e.message(lang)));
        let direct = evaluation_sheet(&fixture.input(lang), &font).expect("the sheet is made");
        assert_eq!(
            pdf::pages(&document.bytes),
            pdf::pages(&direct.bytes),
            "{lang:?}"
        );
        assert_eq!(document.media_type, PDF_MIME);
        assert_eq!(document.file_name, "县发展和改革局-2026-eight-types.pdf");
        assert!(document.fallback_chars.is_empty());
    }
}

#[test]
fn a_character_the_font_lacks_still_gets_its_pdf_and_is_named_after_it() {
    let mut fixture = sheets::full_marks();
    fixture.assessment.unit.unit = "喆县局".into();
    let document = evaluation_sheet_pdf(
        &fixture.template,
        &fixture.assessment,
        Lang::En,
        sample_exported_at(),
        &sheets::font(),
    )
    .unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    assert_eq!(document.fallback_chars, ['喆']);
    assert!(pdf::pages(&document.bytes).concat().contains("喆县局"));
    let notice = document.fallback_notice(Lang::En).expect("a notice");
    assert!(notice.contains("“喆”"), "{notice}");
    assert_eq!(
        document
            .fallback_notice(Lang::Zh)
            .map(|n| n.contains("“喆”")),
        Some(true)
    );
}

#[test]
fn a_reviewed_file_has_one_name_that_says_so_and_names_the_units_file() {
    let template = sample_template();
    let assessment = sample_assessment(&template);
    let unit_file = exported_file(&template, &assessment, sample_exported_at()).expect("exports");
    assert_eq!(
        unit_file.file_name,
        "县财政局-2026-exchange-sample.eightfold.json"
    );
    assert_eq!(unit_file.media_type, JSON_MIME);
    let original = import_file(&unit_file.file_name, &unit_file.bytes, &[]).expect("imports");
    for (lang, name) in [
        (
            Lang::Zh,
            "县财政局-2026-exchange-sample-考评.eightfold.json",
        ),
        (
            Lang::En,
            "县财政局-2026-exchange-sample-reviewed.eightfold.json",
        ),
    ] {
        let reviewed = reviewed_file(
            &template,
            &assessment,
            original.digest,
            lang,
            sample_exported_at(),
        )
        .expect("exports");
        assert_eq!(reviewed.file_name, name);
        let read = import_file(&reviewed.file_name, &reviewed.bytes, &[]).expect("imports");
        assert_eq!(read.review_of, Some(original.digest));
    }
}

#[test]
fn the_groups_csv_and_corrective_list_come_from_one_consolidation() {
    let template = sample_template();
    let strong = sample_assessment(&template);
    let mut empty = sample_assessment(&template);
    empty.unit.unit = "县空白局".into();
    empty.answers = Default::default();
    empty.review = None;
    let inputs: Vec<UnitInput<'_>> = [&strong, &empty]
        .into_iter()
        .map(|assessment| UnitInput {
            template: &template,
            assessment,
            check: FileCheck::Verified,
            migrated_from: None,
        })
        .collect();
    let consolidation = consolidate(&inputs, &ConsolidateOptions::default());
    let csv = consolidated_csv_file(&consolidation, 0, &template, Lang::Zh).expect("group 0");
    assert_eq!(
        csv.bytes,
        consolidated_csv(&consolidation, 0, &template, Lang::Zh)
    );
    assert_eq!(csv.file_name, "exchange-sample-2026-全年-summary.csv");
    assert_eq!(csv.media_type, CSV_MIME);

    let list = corrective_actions_csv(&consolidation, 0, &template, Lang::En).expect("group 0");
    assert_eq!(list.file_name, "exchange-sample-2026-全年-corrective.csv");
    let rows = csv_records(&list.bytes);
    assert_eq!(rows[0][..3], ["Rank", "Unit", "Indicator"]);
    let listed: usize = consolidation.groups[0]
        .ranking
        .iter()
        .map(|r| r.unit.corrective.len())
        .sum();
    assert!(listed > 0, "the unanswered unit has a list");
    assert_eq!(rows.len(), listed + 1);
    assert!(rows[1..]
        .iter()
        .any(|row| row[1] == "县空白局" && row[4] == "not answered"));

    assert_eq!(
        consolidated_csv_file(&consolidation, 7, &template, Lang::En).map(|d| d.file_name),
        Err(ActionError::NoSuchGroup(7))
    );
}
