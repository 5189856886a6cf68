//! The fixed words of the PDF evaluation sheet, by field, taken from the text table
//! ([`crate::i18n`]): a label the form shows too is the form's own entry.

use crate::domain::Lang;
use crate::i18n;
pub use crate::i18n::{page_of, section_number};

/// The printed labels of one language.
pub struct Labels {
    pub sheet_title: &'static str,
    pub template: &'static str,
    pub unit: &'static str,
    pub year: &'static str,
    pub period: &'static str,
    pub assessor: &'static str,
    pub date: &'static str,
    pub reviewer: &'static str,
    pub content: &'static str,
    pub standard: &'static str,
    pub max: &'static str,
    pub self_score: &'static str,
    pub review_score: &'static str,
    pub notes: &'static str,
    pub subtotal: &'static str,
    pub not_applicable: &'static str,
    pub unanswered: &'static str,
    pub veto_tag: &'static str,
    pub bonus_tag: &'static str,
    pub must_pass_tag: &'static str,
    pub review_comment: &'static str,
    pub summary_title: &'static str,
    pub item: &'static str,
    pub self_column: &'static str,
    pub review_column: &'static str,
    pub base_total: &'static str,
    pub bonus: &'static str,
    pub total: &'static str,
    pub grade: &'static str,
    pub completeness: &'static str,
    pub bands: &'static str,
    pub rules_title: &'static str,
    pub problems_title: &'static str,
    pub radar_title: &'static str,
    pub signature: &'static str,
    pub seal: &'static str,
    pub sign_date: &'static str,
    pub generated_at: &'static str,
    pub sheet_code: &'static str,
}

/// Both languages' labels from one list of table entries.
macro_rules! labels {
    ($($field:ident: $text:ident,)*) => {
        const ZH: Labels = Labels { $($field: i18n::$text.zh,)* };
        const EN: Labels = Labels { $($field: i18n::$text.en,)* };
    };
}

labels! {
    sheet_title: SHEET_TITLE,
    template: TEMPLATE,
    unit: UNIT_NAME,
    year: YEAR,
    period: PERIOD,
    assessor: ASSESSOR,
    date: DATE,
    reviewer: REVIEWER,
    content: CONTENT,
    standard: STANDARD,
    max: MAX_POINTS,
    self_score: SELF_SCORE,
    review_score: REVIEW_SCORE,
    notes: NOTES,
    subtotal: SUBTOTAL,
    not_applicable: NOT_APPLICABLE,
    unanswered: UNANSWERED,
    veto_tag: PDF_VETO_TAG,
    bonus_tag: PDF_BONUS_TAG,
    must_pass_tag: PDF_MUST_PASS_TAG,
    review_comment: REVIEW_COMMENT,
    summary_title: PDF_SCORE_SUMMARY,
    item: PDF_ITEM,
    self_column: PDF_SELF_COLUMN,
    review_column: PDF_REVIEW_COLUMN,
    base_total: PDF_BASE_TOTAL,
    bonus: BONUS,
    total: TOTAL,
    grade: GRADE,
    completeness: COMPLETENESS,
    bands: GRADE_BANDS,
    rules_title: RULES_APPLIED,
    problems_title: PDF_PROBLEMS,
    radar_title: SCORE_RATE_BY_TYPE,
    signature: SIGN_LEADER,
    seal: SIGN_SEAL,
    sign_date: SIGN_DATE,
    generated_at: GENERATED_AT,
    sheet_code: SHEET_CODE_LABEL,
}

/// The labels of `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
