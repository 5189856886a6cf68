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

const HEADER_ZH: [&str; 17] = [
    "维度",
    "维度（英文）",
    "指标编号",
    "考核内容",
    "考核内容（英文）",
    "评分标准",
    "评分标准（英文）",
    "分值",
    "自评答案",
    "自评得分",
    "自评说明",
    "考评答案",
    "考评得分",
    "考评意见",
    "单位",
    "年度",
    "考核期",
];

const HEADER_EN: [&str; 17] = [
    "Dimension (Chinese)",
    "Dimension",
    "Indicator",
    "Content (Chinese)",
    "Content",
    "Scoring standard (Chinese)",
    "Scoring standard",
    "Max points",
    "Self answer",
    "Self score",
    "Self note",
    "Review answer",
    "Review score",
    "Review comment",
    "Unit",
    "Year",
    "Period",
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
    let header = match lang {
        Lang::Zh => HEADER_ZH,
        Lang::En => HEADER_EN,
    };
    let mut rows = vec![header.iter().map(|&h| Cell::text(h)).collect::<Vec<_>>()];
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
    let mut row = vec![Cell::text("合计"), Cell::text("Total")];
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
    let mut row = vec![Cell::text("等次"), Cell::text("Grade")];
    row.extend(std::iter::repeat_n(Cell::Empty, 6));
    row.extend([label(own), Cell::Empty, Cell::Empty]);
    row.push(review.map_or(Cell::Empty, label));
    row
}
