//! The CSV export as a spreadsheet user meets it: UTF-8 with a byte-order mark, Chinese intact,
//! one row per indicator with both languages' labels, totals that equal the scoring engine's,
//! and no cell that a spreadsheet would run as a formula.

use crate::answers;
use crate::exchange_fixtures;

use eightfold_core::domain::{Fixed, Lang, Template};
use eightfold_core::formats::exchange::{assessment_csv, csv_file_name};
use eightfold_core::i18n;
use exchange_fixtures::{all_templates, csv_records, sample_assessment, sample_template};
use proptest::prelude::*;

fn indicator_count(template: &Template) -> usize {
    template.indicators().count()
}

#[test]
fn starts_with_a_bom_and_keeps_chinese_text() {
    let template = sample_template();
    let bytes = assessment_csv(&template, &sample_assessment(&template), Lang::Zh);
    assert_eq!(&bytes[..3], [0xEF, 0xBB, 0xBF]);
    let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
    for expected in [
        "学习型",
        "集体学习天数",
        "人均 10.5 天，见学习台账",
        "较好",
        "10.5 天",
    ] {
        assert!(text.contains(expected), "missing {expected}");
    }
    assert!(text.contains("\r\n"), "CRLF line ends");
}

#[test]
fn one_row_per_indicator_with_both_languages_then_totals() {
    let template = sample_template();
    let assessment = sample_assessment(&template);
    let rows = csv_records(&assessment_csv(&template, &assessment, Lang::En));
    assert_eq!(rows.len(), 1 + indicator_count(&template) + 2);
    assert_eq!(rows[0][0], "Dimension (Chinese)");
    assert_eq!(rows[0][9], "Self score");
    let first = &rows[1];
    assert_eq!(
        &first[..5],
        [
            "学习型",
            "Learning",
            "1.1",
            "集体学习天数",
            "Days of collective study"
        ]
    );
    assert_eq!(first[8], "10.5 days");
    assert_eq!(first[10], "人均 10.5 天，见学习台账");

    let own = assessment.self_score(&template);
    let review = assessment.review_score(&template).expect("a review");
    let total = &rows[rows.len() - 2];
    assert_eq!(total[0], "合计");
    assert_eq!(total[9], own.total.to_string());
    assert_eq!(total[12], review.total.to_string());
    let grade = &rows[rows.len() - 1];
    // The grade as every output words it: the band, or pending while items are unanswered.
    assert_eq!(grade[8], i18n::grade_text(&template, &own, Lang::En));
    assert_eq!(grade[11], i18n::grade_text(&template, &review, Lang::En));
}

#[test]
fn indicator_scores_are_the_engines() {
    let template = sample_template();
    let assessment = sample_assessment(&template);
    let sheet = assessment.self_score(&template);
    let rows = csv_records(&assessment_csv(&template, &assessment, Lang::Zh));
    for row in &rows[1..=indicator_count(&template)] {
        let scored = sheet
            .indicator(&row[2].as_str().into())
            .expect("the row's indicator is scored");
        let shown = if scored.status == eightfold_core::domain::IndicatorStatus::Scored {
            scored.points.to_string()
        } else {
            String::new()
        };
        assert_eq!(row[9], shown, "indicator {}", row[2]);
    }
}

#[test]
fn formula_notes_are_neutralised() {
    let template = sample_template();
    let assessment = sample_assessment(&template);
    let text = String::from_utf8(assessment_csv(&template, &assessment, Lang::Zh)).expect("UTF-8");
    assert!(text.contains("'=1+1 （公式注入测试）"));
    assert_eq!(
        csv_file_name(&template, &assessment),
        "县财政局-2026-exchange-sample.csv"
    );
}

fn is_number(cell: &str) -> bool {
    cell.parse::<Fixed>().is_ok() && !cell.starts_with('+')
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn no_cell_can_start_a_formula(
        (template, assessment) in answers::template_and_assessment(all_templates()),
        english in any::<bool>(),
    ) {
        let lang = if english { Lang::En } else { Lang::Zh };
        let bytes = assessment_csv(&template, &assessment, lang);
        let rows = csv_records(&bytes);
        prop_assert_eq!(rows.len(), 1 + indicator_count(&template) + 2);
        for cell in rows.iter().flatten() {
            let first = cell.trim_start().chars().next();
            let risky = matches!(first, Some('=' | '+' | '-' | '@' | '＝' | '＋' | '－' | '＠'))
                || cell.starts_with(['\t', '\r', '\n']);
            prop_assert!(!risky || is_number(cell), "formula-like cell {:?}", cell);
        }
        for (i, (_, indicator)) in template.indicators().enumerate() {
            let note = assessment.answers.get(&indicator.id).map(|a| a.note.as_str()).unwrap_or("");
            let cell = &rows[i + 1][10];
            prop_assert!(cell == note || *cell == format!("'{note}"), "{:?} vs {:?}", cell, note);
        }
    }
}

/// A level the item does not offer (the file was made for other criteria) is shown as given,
/// marked, and never as a blank that would read as unanswered, even when its id is empty.
#[test]
fn a_level_the_item_does_not_offer_reads_as_given_and_marked() {
    let template = sample_template();
    let (_, indicator) = template
        .indicators()
        .find(|(_, indicator)| indicator.id.as_str() == "1.2")
        .expect("the sample has a scale item 1.2");
    let shown = |id: &str, lang| {
        i18n::answer_text(
            indicator,
            &eightfold_core::domain::AnswerValue::Level(id.into()),
            lang,
        )
    };
    assert_eq!(shown("fair", Lang::Zh), "较好");
    assert_eq!(shown("excellent+", Lang::Zh), "“excellent+”（无此档次）");
    assert_eq!(
        shown("excellent+", Lang::En),
        "“excellent+” (no such level)"
    );
    assert_eq!(shown("", Lang::Zh), "“”（无此档次）");
    assert_eq!(shown("", Lang::En), "“” (no such level)");
}
