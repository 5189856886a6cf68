//! The fixed words of the committee's summary PDF, by field, taken from the text table
//! ([`crate::i18n`]): a label review mode's screen shows too is the screen's own entry.

use crate::domain::Lang;
use crate::i18n;

/// The printed labels of one language. Section titles carry no number: the sections are
/// numbered as they are printed ([`numbered`]), so an absent one leaves no gap.
pub struct SummaryLabels {
    pub title: &'static str,
    pub units: &'static str,
    pub generated_at: &'static str,
    pub notices_title: &'static str,
    pub ranking_title: &'static str,
    pub rank: &'static str,
    pub unit: &'static str,
    pub self_score: &'static str,
    pub review_score: &'static str,
    pub total: &'static str,
    pub grade: &'static str,
    pub answered: &'static str,
    pub file_status: &'static str,
    pub averages_title: &'static str,
    pub dimension: &'static str,
    pub weight: &'static str,
    pub count: &'static str,
    pub mean: &'static str,
    pub min: &'static str,
    pub max: &'static str,
    pub spread: &'static str,
    pub total_row: &'static str,
    pub chart_title: &'static str,
    pub average: &'static str,
    pub changes_title: &'static str,
    pub earlier: &'static str,
    pub later: &'static str,
    pub change: &'static str,
    pub template_changed: &'static str,
    pub corrective_title: &'static str,
    pub corrective_rule: &'static str,
    pub indicator: &'static str,
    pub points: &'static str,
    pub reason: &'static str,
    pub reviewer_comment: &'static str,
    pub measure: &'static str,
    pub deadline: &'static str,
    pub owner: &'static str,
    pub nothing_below: &'static str,
    /// The corrective-action list of a large group, one line per unit: the threshold, the
    /// group's units and the limit fill its three `{}`.
    pub corrective_brief: &'static str,
    pub corrective_count: &'static str,
    /// Between indicator numbers on that line.
    pub id_separator: &'static str,
}

/// Both languages' labels from one list of table entries.
macro_rules! labels {
    ($($field:ident: $text:ident,)*) => {
        const ZH: SummaryLabels = SummaryLabels { $($field: i18n::$text.zh,)* };
        const EN: SummaryLabels = SummaryLabels { $($field: i18n::$text.en,)* };
    };
}

labels! {
    title: SUMMARY_TITLE,
    units: REVIEW_COUNT,
    generated_at: GENERATED_AT,
    notices_title: SUMMARY_NOTICES,
    ranking_title: SUMMARY_RANKING,
    rank: REVIEW_RANK,
    unit: REVIEW_UNIT,
    self_score: SELF_SCORE,
    review_score: REVIEW_SCORE,
    total: TOTAL,
    grade: GRADE,
    answered: COMPLETENESS,
    file_status: REVIEW_FILE_STATUS,
    averages_title: SCORE_RATE_BY_TYPE,
    dimension: REVIEW_TYPE,
    weight: WEIGHT,
    count: REVIEW_COUNT,
    mean: REVIEW_MEAN,
    min: REVIEW_MIN,
    max: REVIEW_MAX,
    spread: REVIEW_SPREAD,
    total_row: SUMMARY_TOTAL_ROW,
    chart_title: SUMMARY_CHART,
    average: REVIEW_AVERAGE,
    changes_title: REVIEW_CHANGES,
    earlier: REVIEW_EARLIER,
    later: REVIEW_LATER,
    change: REVIEW_CHANGE,
    template_changed: REVIEW_TEMPLATE_CHANGED,
    corrective_title: CORRECTIVE,
    corrective_rule: SUMMARY_CORRECTIVE_RULE,
    indicator: CORRECTIVE_INDICATOR,
    points: CORRECTIVE_POINTS,
    reason: CORRECTIVE_REASON,
    reviewer_comment: REVIEW_COMMENT,
    measure: CORRECTIVE_MEASURE,
    deadline: CORRECTIVE_DEADLINE,
    owner: CORRECTIVE_OWNER,
    nothing_below: SUMMARY_NOTHING_BELOW,
    corrective_brief: SUMMARY_CORRECTIVE_BRIEF,
    corrective_count: SUMMARY_CORRECTIVE_COUNT,
    id_separator: SUMMARY_ID_SEPARATOR,
}

/// Section `n` (from 1) titled `title`: "三、整改清单" / "3. Corrective actions".
pub fn numbered(lang: Lang, n: usize, title: &str) -> String {
    let gap = match lang {
        Lang::Zh => "",
        Lang::En => " ",
    };
    format!("{}{gap}{title}", i18n::section_number(lang, n))
}

impl SummaryLabels {
    /// The headings of a corrective-action list (整改清单) after its unit columns, in order:
    /// the summary PDF's table and the corrective-action CSV share them.
    pub fn corrective_headings(&self) -> [&'static str; 7] {
        [
            self.indicator,
            self.points,
            self.reason,
            self.reviewer_comment,
            self.measure,
            self.deadline,
            self.owner,
        ]
    }
}

/// The labels of `lang`.
pub fn summary_labels(lang: Lang) -> &'static SummaryLabels {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
