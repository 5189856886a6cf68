//! No verdict on a form not yet filled: while an applicable item is unanswered the sheet's
//! grade is pending with the count, and the panel's text, the drafts list and the PDF's grade
//! cell, the CSV export, the committee's table and summary all say so; once every item is
//! answered the grade stands.

use crate::sheets::{self, Fixture};

use eightfold_core::domain::{
    eight_types, score, AnswerValue, Answers, GradeStanding, IndicatorStatus, Lang,
};
use eightfold_core::formats::pdf::evaluation_sheet;
use eightfold_core::i18n::{self, grade_text};

#[test]
fn an_empty_form_is_pending_with_none_of_46_answered() {
    let template = eight_types();
    let sheet = score(&template, &Answers::new());
    let GradeStanding::Pending(done) = sheet.grade_standing() else {
        panic!(
            "an empty form has no grade yet: {:?}",
            sheet.grade_standing()
        );
    };
    assert_eq!((done.answered, done.applicable), (0, 46));
    assert_eq!(grade_text(&template, &sheet, Lang::Zh), "待定（已填 0/46）");
    assert_eq!(
        grade_text(&template, &sheet, Lang::En),
        "pending (0 of 46 answered)"
    );
}

#[test]
fn one_unanswered_item_keeps_the_grade_pending_and_the_last_answer_makes_it_final() {
    let mut fixture = sheets::full_marks();
    let last = fixture
        .template
        .indicators()
        .last()
        .map(|(_, i)| i.id.clone())
        .expect("items");
    fixture
        .answers
        .set_value(last.clone(), AnswerValue::Unanswered);
    let sheet = score(&fixture.template, &fixture.answers);
    assert_eq!(
        sheet.indicator(&last).map(|i| i.status),
        Some(IndicatorStatus::Unanswered)
    );
    assert_eq!(
        grade_text(&fixture.template, &sheet, Lang::Zh),
        "待定（已填 45/46）"
    );

    let full = sheets::full_marks();
    assert_eq!(
        full.sheet.grade_standing(),
        GradeStanding::Final(&full.sheet.grade)
    );
    assert_eq!(
        grade_text(&full.template, &full.sheet, Lang::Zh),
        full.template.grade_label(&full.sheet.grade, Lang::Zh)
    );
}

#[test]
fn items_marked_not_applicable_do_not_keep_the_grade_pending() {
    let (fixture, ids) = sheets::not_applicable();
    assert!(!ids.is_empty());
    assert!(matches!(
        fixture.sheet.grade_standing(),
        GradeStanding::Final(_)
    ));
}

#[test]
fn the_pdf_of_an_incomplete_form_prints_pending_in_the_grade_cell() {
    let fixture = Fixture::new(eight_types(), Answers::new());
    for lang in [Lang::Zh, Lang::En] {
        let label = i18n::GRADE.get(lang);
        let pending: String = i18n::fill_each(i18n::GRADE_PENDING, lang, &[&0, &46])
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let pending = pending.as_str();
        let pdf = evaluation_sheet(&fixture.input(lang), &sheets::font()).expect("a sheet");
        let pages = crate::pdf::pages(&pdf.bytes);
        let line: String = crate::pdf::summary_line(&pages, label)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        assert!(
            line.contains(pending),
            "{pending:?} in the grade cell {line:?}"
        );
        let fail = fixture.template.grade_label(&fixture.sheet.grade, lang);
        assert!(!line.contains(&fail), "no final grade {fail:?} in {line:?}");
    }
}

#[test]
fn the_csv_export_of_an_incomplete_form_says_pending_in_its_grade_row() {
    let template = eight_types();
    let assessment = crate::exchange_fixtures::sample_assessment(&template);
    let sheet = assessment.self_score(&template);
    assert!(matches!(sheet.grade_standing(), GradeStanding::Pending(_)));
    for lang in [Lang::Zh, Lang::En] {
        let csv = eightfold_core::formats::exchange::assessment_csv(&template, &assessment, lang);
        let rows = crate::exchange_fixtures::csv_records(&csv);
        let grade_row = rows.last().expect("a grade row");
        let pending = grade_text(&template, &sheet, lang);
        assert_eq!(grade_row[8], pending, "{grade_row:?}");
    }
}
