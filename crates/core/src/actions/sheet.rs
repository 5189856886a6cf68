//! The evaluation sheet (考核评分表) of one assessment as a PDF, laid out once.

use chrono::{DateTime, FixedOffset};

use super::{printed_time, ActionError, Document};
use crate::domain::{Assessment, Lang, Template};
use crate::formats::exchange::{assessment_file_stem, sheet_code};
use crate::formats::pdf::{evaluation_sheet, SheetInput, SheetReview, SheetUnit};

/// The sheet of `assessment` (self scores, and the review's when there is one) with its
/// sheet code in the footer, named `<unit>-<year>-<template>.pdf`. `font` is the CJK font's
/// bytes; a character it cannot show is drawn with the reader's font and listed in
/// [`Document::fallback_chars`].
pub fn evaluation_sheet_pdf(
    template: &Template,
    assessment: &Assessment,
    lang: Lang,
    now: DateTime<FixedOffset>,
    font: &[u8],
) -> Result<Document, ActionError> {
    let sheet = assessment.self_score(template);
    let review_sheet = assessment.review_score(template);
    let code = sheet_code(template, assessment)?.short();
    let unit = SheetUnit::of(&assessment.unit);
    let generated_at = printed_time(now);
    let input = SheetInput {
        template,
        lang,
        unit: &unit,
        answers: &assessment.answers,
        sheet: &sheet,
        review: match (&assessment.review, &review_sheet) {
            (Some(review), Some(score)) => Some(SheetReview {
                reviewer: &review.reviewer,
                answers: &review.answers,
                sheet: score,
            }),
            _ => None,
        },
        generated_at: &generated_at,
        created: now,
        sheet_code: &code,
    };
    let made = evaluation_sheet(&input, font)?;
    let name = format!("{}.pdf", assessment_file_stem(template, assessment));
    Ok(Document::pdf(name, made))
}
