//! The CSV files the app and the command line write: the column headers and fixed cells
//! that are not a screen's label already (those are the screens' entries, so a CSV and the
//! page say the same). Spreadsheets and scripts read these headers: their wording is stable.

use super::UiText;

ui_strings! {
    EXPORTS_TEXTS;
    // one assessment (formats/exchange/csv_export.rs); the template's labels go in both
    // languages, so each has a column for the Chinese and one for the English
    CSV_DIMENSION_ZH => "维度", "Dimension (Chinese)";
    CSV_DIMENSION_EN => "维度（英文）", "Dimension";
    CSV_INDICATOR => "指标编号", "Indicator";
    CSV_CONTENT_ZH => "考核内容", "Content (Chinese)";
    CSV_CONTENT_EN => "考核内容（英文）", "Content";
    CSV_STANDARD_ZH => "评分标准", "Scoring standard (Chinese)";
    CSV_STANDARD_EN => "评分标准（英文）", "Scoring standard";
    CSV_MAX_POINTS => "分值", "Max points";
    CSV_SELF_ANSWER => "自评答案", "Self answer";
    CSV_SELF_SCORE => "自评得分", "Self score";
    CSV_SELF_NOTE => "自评说明", "Self note";
    CSV_REVIEW_ANSWER => "考评答案", "Review answer";
    CSV_REVIEW_SCORE => "考评得分", "Review score";
    CSV_REVIEW_COMMENT => "考评意见", "Review comment";
    CSV_YEAR => "年度", "Year";
    CSV_TOTAL_ROW => "合计", "Total";
    // a consolidation's group (formats/review/consolidated_csv.rs)
    CSV_SELF_TOTAL => "自评总分", "Self total";
    CSV_REVIEW_TOTAL => "考评总分", "Review total";
    CSV_ANSWERED => "完成度", "Answered";
}
