//! A committee's criteria table saved as CSV from Excel or WPS — UTF-8 with a byte-order
//! mark, or GB18030 — becomes a template draft with the same dimensions, items, points and
//! kinds; cells that cannot be read are reported by row and column.

use eightfold_core::domain::template_edit::sample_answers;
use eightfold_core::domain::{
    score, validate, Fixed, IndicatorKind, Lang, LevelId, QuotaMode, Source, TemplateId,
};
use eightfold_core::formats::criteria_csv::{
    criteria_from_csv, detect_encoding, Column, CsvError, TextEncoding,
};
use proptest::prelude::*;

/// A table as a committee writes it: merged dimension cells (empty below the first row),
/// Chinese kinds and flags, levels in one cell, a paragraph of the seed document.
const TABLE: &str = include_str!("../fixtures/criteria/committee-table.csv");

fn read(text: &str) -> eightfold_core::formats::criteria_csv::CriteriaImport {
    criteria_from_csv(text, TemplateId::new("t-csv"), "县直机关考核细则")
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_utf8_table_with_a_byte_order_mark_becomes_a_valid_template() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(TABLE.as_bytes());
    assert_eq!(detect_encoding(&bytes), TextEncoding::Utf8);
    let text = String::from_utf8(bytes).unwrap_or_default();
    let read = read(&text);
    assert_eq!(read.warnings, Vec::new());
    let t = &read.template;
    assert_eq!(t.title.zh, "县直机关考核细则");
    let dims: Vec<(&str, Fixed, usize)> = t
        .dimensions
        .iter()
        .map(|d| (d.name.zh.as_str(), d.weight, d.indicators.len()))
        .collect();
    assert_eq!(
        dims,
        vec![
            ("学习型机关", Fixed::from_int(40), 2),
            ("廉洁型机关", Fixed::from_int(60), 3)
        ]
    );
    let quota = &t.dimensions[0].indicators[0];
    assert_eq!(quota.id.as_str(), "1.1");
    assert_eq!(quota.max_points, Fixed::from_int(20));
    assert!(matches!(
        &quota.kind,
        IndicatorKind::Quota { target, unit, mode: QuotaMode::Proportional }
            if *target == Fixed::from_int(12) && unit.zh == "天"
    ));
    assert!(quota.note_required_below_full && quota.must_pass.is_some());
    assert_eq!(quota.source, Source::Seed { paragraph: 3 });
    let scale = &t.dimensions[0].indicators[1];
    let IndicatorKind::Scale { levels } = &scale.kind else {
        panic!("1.2 should be a scale: {:?}", scale.kind);
    };
    let levels: Vec<(&str, Fixed)> = levels
        .iter()
        .map(|l| (l.label.zh.as_str(), l.points))
        .collect();
    assert_eq!(
        levels,
        vec![
            ("好", Fixed::from_int(20)),
            ("较好", Fixed::from_int(16)),
            ("一般", Fixed::from_int(12)),
            ("差", Fixed::ZERO)
        ]
    );
    assert!(matches!(
        t.dimensions[1].indicators[0].kind,
        IndicatorKind::Deduction { per_occurrence } if per_occurrence == Fixed::from_int(5)
    ));
    assert!(t.dimensions[1].indicators[1].na_allowed);
    assert_eq!(t.dimensions[1].indicators[2].kind, IndicatorKind::Veto);
    // Chinese only: the Chinese text stands in for English, so the draft can be published.
    assert_eq!(t.dimensions[0].name.en, "学习型机关");
    assert_eq!(validate(t), Vec::new());
    assert_eq!(score(t, &sample_answers(t)).total, Fixed::HUNDRED);
}

#[test]
fn a_gb18030_table_reads_the_same_as_utf8() {
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(TABLE);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "GB18030 Chinese is not UTF-8"
    );
    assert_eq!(detect_encoding(&bytes), TextEncoding::Gb18030);
    assert_eq!(TextEncoding::Gb18030.label(), "gb18030");
    // The app decodes with the browser's TextDecoder; encoding_rs implements the same standard.
    let (text, _, malformed) = encoding_rs::GB18030.decode(&bytes);
    assert!(!malformed);
    assert_eq!(read(&text), read(TABLE));
}

#[test]
fn without_weights_the_dimensions_share_100_and_ids_are_numbered() {
    let table = "dimension,content,points\nA,one,10\nB,two,10\nC,three,10\nC,four,5\n";
    let read = read(table);
    let weights: Vec<i64> = read
        .template
        .dimensions
        .iter()
        .map(|d| d.weight.hundredths())
        .collect();
    assert_eq!(weights, vec![3334, 3333, 3333]);
    let ids: Vec<&str> = read
        .template
        .indicators()
        .map(|(_, i)| i.id.as_str())
        .collect();
    assert_eq!(ids, vec!["1.1", "2.1", "3.1", "3.2"]);
    // No kind column: yes/no items.
    assert!(read
        .template
        .indicators()
        .all(|(_, i)| i.kind == IndicatorKind::YesNo));
    // The table has no standard column: that, and only that, is what is left to fill in.
    let issues = validate(&read.template);
    assert_eq!(issues.len(), 8, "{issues:#?}");
    assert!(issues
        .iter()
        .all(|i| i.path().ends_with(".standard.zh") || i.path().ends_with(".standard.en")));
}

#[test]
fn unreadable_cells_are_reported_by_row_and_column_and_the_row_is_kept() {
    let table = "维度,考核内容,分值,类型,档次\n学习型,甲,十分,是否,\n学习型,乙,10,随便,\n学习型,丙,10,评定,好-10\n";
    let read = read(table);
    let found: Vec<(usize, Column)> = read.warnings.iter().map(|w| (w.row, w.column)).collect();
    assert_eq!(
        found,
        vec![(2, Column::Points), (3, Column::Kind), (4, Column::Levels)]
    );
    assert_eq!(read.template.dimensions[0].indicators.len(), 3);
    let first = read.warnings[0].describe(eightfold_core::domain::Lang::Zh);
    assert!(
        first.contains("第 2 行") && first.contains("分值"),
        "{first}"
    );
    // The zero points the bad cell left are what validation then flags.
    assert!(validate(&read.template)
        .iter()
        .any(|i| i.path() == "dimensions[0].indicators[0].max_points"));
    // An unknown kind falls back to a scale only when levels are given; here it is yes/no.
    assert_eq!(
        read.template.dimensions[0].indicators[1].kind,
        IndicatorKind::YesNo
    );
    assert!(matches!(
        &read.template.dimensions[0].indicators[2].kind,
        IndicatorKind::Scale { levels } if levels[0].id == LevelId::new("good")
    ));
}

#[test]
fn tab_separated_tables_pasted_from_a_spreadsheet_read_too() {
    let table = "维度\t考核内容\t分值\n学习型\t集中学习\t100\n";
    let read = read(table);
    assert_eq!(
        read.template.dimensions[0].indicators[0].content.zh,
        "集中学习"
    );
}

#[test]
fn a_table_without_the_required_columns_or_rows_is_refused() {
    let missing = criteria_from_csv("维度,分值\n学习型,10\n", TemplateId::new("x"), "t");
    assert!(matches!(
        missing,
        Err(CsvError::MissingColumn {
            column: Column::Content,
            ..
        })
    ));
    let message = missing
        .err()
        .map(|e| e.message(eightfold_core::domain::Lang::Zh))
        .unwrap_or_default();
    assert!(message.contains("考核内容"), "{message}");
    assert_eq!(
        criteria_from_csv("维度,考核内容,分值\n", TemplateId::new("x"), "t"),
        Err(CsvError::NoRows)
    );
    assert_eq!(
        criteria_from_csv("", TemplateId::new("x"), "t"),
        Err(CsvError::NoRows)
    );
}

proptest! {
    /// Reading a table never panics, whatever the text, and always says what it did: a
    /// refusal is a sentence in each language naming the row or the columns, a draft has its
    /// rows, and each cell not read as written is located and explained.
    #[test]
    fn reading_any_text_gives_a_draft_or_a_worded_refusal(text in "\\PC{0,300}", header in prop::sample::select(vec![
        "", "维度,考核内容,分值\n", "dimension,content,points,kind,levels,weight\n",
    ])) {
        match criteria_from_csv(&format!("{header}{text}"), TemplateId::new("x"), "t") {
            Ok(import) => {
                prop_assert!(import.template.indicators().next().is_some(), "{import:?}");
                for warning in &import.warnings {
                    prop_assert!(warning.row >= 2, "a cell below the header: {warning:?}");
                    for lang in Lang::ALL {
                        let said = warning.describe(lang);
                        prop_assert!(said.contains(&warning.row.to_string()), "{said}");
                        prop_assert!(said.contains(warning.column.label().get(lang)), "{said}");
                    }
                }
            }
            Err(error) => {
                for lang in Lang::ALL {
                    let said = error.message(lang);
                    prop_assert!(said.chars().count() > 8, "{said:?}");
                    prop_assert!(!said.contains("Err(") && !said.contains("Some("), "{said}");
                    match &error {
                        CsvError::NotCsv { row, .. } => {
                            prop_assert!(said.contains(&row.to_string()), "{said}");
                        }
                        CsvError::MissingColumn { column, .. } => {
                            prop_assert!(said.contains(column.label().get(lang)), "{said}");
                        }
                        CsvError::TooLarge { .. } | CsvError::NoRows => {}
                    }
                }
            }
        }
    }
}
