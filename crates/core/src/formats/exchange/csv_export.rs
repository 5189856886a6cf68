//! One assessment as a CSV table for Excel or WPS: one row per indicator, then totals.
//!
//! Columns: dimension (Chinese, English), indicator id, content and scoring standard (Chinese,
//! English), full marks, then the self answer, score and note, then the review answer, score
//! and comment (empty until a reviewer has started). The header row and the answer words are in
//! the chosen language; the template's labels are always in both. A total row and a grade row
//! close the table. Scores come from [`crate::domain::score()`]; cells are written by
//! [`super::csv_cell`], which neutralises formulas in every text cell.

use super::csv_cell::{csv_bytes, Cell};
use crate::domain::assessment::Assessment;
use crate::domain::{Answers, Fixed, Indicator, IndicatorStatus, Lang, ScoreSheet, Template};
use crate::i18n::{self, UiText};

/// The header row's columns, in order; the words are in [`crate::i18n`].
const HEADER: [UiText; 17] = [
    i18n::CSV_DIMENSION_ZH,
    i18n::CSV_DIMENSION_EN,
    i18n::CSV_INDICATOR,
    i18n::CSV_CONTENT_ZH,
    i18n::CSV_CONTENT_EN,
    i18n::CSV_STANDARD_ZH,
    i18n::CSV_STANDARD_EN,
    i18n::CSV_MAX_POINTS,
    i18n::CSV_SELF_ANSWER,
    i18n::CSV_SELF_SCORE,
    i18n::CSV_SELF_NOTE,
    i18n::CSV_REVIEW_ANSWER,
    i18n::CSV_REVIEW_SCORE,
    i18n::CSV_REVIEW_COMMENT,
    i18n::REVIEW_UNIT,
    i18n::CSV_YEAR,
    i18n::PERIOD,
];

/// The assessment as CSV bytes: UTF-8 with a byte-order mark, CRLF line ends.
pub fn assessment_csv(template: &Template, assessment: &Assessment, lang: Lang) -> Vec<u8> {
    let own = assessment.self_score(template);
    let review = assessment.review.as_ref().map(|review| {
        (
            &review.answers,
            crate::domain::score(template, &review.answers),
        )
    });
    let header = HEADER.iter().map(|h| Cell::text(h.get(lang))).collect();
    let mut rows: Vec<Vec<Cell>> = vec![header];
    for (dimension, indicator) in template.indicators() {
        let mut row = vec![
            Cell::text(&dimension.name.zh),
            Cell::text(&dimension.name.en),
            Cell::text(indicator.id.as_str()),
            Cell::text(&indicator.content.zh),
            Cell::text(&indicator.content.en),
            Cell::text(&indicator.standard.zh),
            Cell::text(&indicator.standard.en),
            Cell::Number(indicator.max_points),
        ];
        row.extend(side(indicator, &assessment.answers, &own, lang));
        match &review {
            Some((answers, sheet)) => row.extend(side(indicator, answers, sheet, lang)),
            None => row.extend([Cell::Empty, Cell::Empty, Cell::Empty]),
        }
        rows.push(row);
    }
    let review_sheet = review.as_ref().map(|(_, sheet)| sheet);
    rows.push(total_row(&own, review_sheet));
    rows.push(grade_row(template, &own, review_sheet, lang));
    // Every row names its unit, so a table forwarded or merged without its file name still
    // says whose it is.
    let unit = &assessment.unit;
    for row in rows.iter_mut().skip(1) {
        row.extend([
            Cell::text(&unit.unit),
            Cell::Number(Fixed::from_int(i64::from(unit.year))),
            Cell::text(&unit.period),
        ]);
    }
    // Writing to memory cannot fail; an empty file is the (unreachable) fallback, not a panic.
    csv_bytes(&rows).unwrap_or_default()
}

/// Answer, score and note of one side (self or review).
fn side(indicator: &Indicator, answers: &Answers, sheet: &ScoreSheet, lang: Lang) -> [Cell; 3] {
    let answer = answers.get(&indicator.id);
    let text = answer
        .map(|answer| crate::i18n::answer_text(indicator, &answer.value, lang))
        .unwrap_or_default();
    let score = match sheet.indicator(&indicator.id) {
        Some(scored) if scored.status == IndicatorStatus::Scored => Cell::Number(scored.points),
        _ => Cell::Empty,
    };
    let note = answer.map(|answer| answer.note.clone()).unwrap_or_default();
    [Cell::Text(text), score, Cell::Text(note)]
}

fn total_row(own: &ScoreSheet, review: Option<&ScoreSheet>) -> Vec<Cell> {
    let mut row = vec![
        Cell::text(i18n::CSV_TOTAL_ROW.zh),
        Cell::text(i18n::CSV_TOTAL_ROW.en),
    ];
    row.extend(std::iter::repeat_n(Cell::Empty, 5));
    row.push(Cell::Number(Fixed::HUNDRED));
    row.extend([Cell::Empty, Cell::Number(own.total), Cell::Empty]);
    row.extend([
        Cell::Empty,
        review.map_or(Cell::Empty, |sheet| Cell::Number(sheet.total)),
        Cell::Empty,
    ]);
    row
}

fn grade_row(
    template: &Template,
    own: &ScoreSheet,
    review: Option<&ScoreSheet>,
    lang: Lang,
) -> Vec<Cell> {
    let label = |sheet: &ScoreSheet| Cell::Text(crate::i18n::grade_text(template, sheet, lang));
    let mut row = vec![Cell::text(i18n::GRADE.zh), Cell::text(i18n::GRADE.en)];
    row.extend(std::iter::repeat_n(Cell::Empty, 6));
    row.extend([label(own), Cell::Empty, Cell::Empty]);
    row.push(review.map_or(Cell::Empty, label));
    row
}
