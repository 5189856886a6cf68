//! The words printed only on the PDF documents (the evaluation sheet and the committee's
//! summary) and why a PDF could not be made. A label the screens show too is the screens'
//! entry, so paper and screen say the same ("考核期", "等次"); `cargo xtask font` scans this
//! file, so every character here is in the bundled font.

use super::UiText;

ui_strings! {
    PRINT_TEXTS;
    PDF_FONT_UNREADABLE => "内置中文字体无法读取，无法生成 PDF", "The bundled Chinese font could not be read, so no PDF was made";
    PDF_SUBSET_FAILED => "字体子集化失败：{}", "The font could not be subset: {}";
    // the evaluation sheet (formats/pdf/sheet)
    PDF_VETO_TAG => "【一票否决】", "[Veto] ";
    PDF_BONUS_TAG => "【加分项】", "[Bonus] ";
    PDF_MUST_PASS_TAG => "★", "★";
    PDF_GROUP_HEADING => "{}{}（权重{}）", "{} {} (weight {})";
    PDF_SUBTOTAL_RATE => "{}（得分率 {}%，折算 {}/{}）", "{} ({}% → {} of {})";
    PDF_SCORE_SUMMARY => "得分汇总", "Summary";
    PDF_ITEM => "项目", "Item";
    PDF_SELF_COLUMN => "自评", "Self";
    PDF_REVIEW_COLUMN => "考评", "Review";
    PDF_BASE_TOTAL => "加权得分", "Weighted score";
    PDF_GRADE_BY_POINTS => "按分数应为{}", "by points {}";
    PDF_PROBLEMS => "填报提示", "Answer notes";
    SCORE_RATE_BY_TYPE => "各类型得分率（%）", "Score rate by type (%)";
    GENERATED_AT => "生成时间", "Generated";
    SHEET_CODE_LABEL => "表单码", "Sheet code";
    // the committee's summary (formats/pdf/summary)
    SUMMARY_TITLE => "考评汇总表", "Review summary";
    SUMMARY_NOTICES => "说明", "Notes";
    SUMMARY_RANKING => "排名", "Ranking";
    SUMMARY_TOTAL_ROW => "总分（满分 100）", "Total (out of 100)";
    SUMMARY_CHART => "单位与平均得分率对比（%）", "A unit against the average score rate (%)";
    SUMMARY_CORRECTIVE_RULE => "列出得分低于该项分值 {}% 的指标、未填报的指标和触发一票否决的指标；整改措施、完成时限和责任人由单位填写。", "Indicators scored under {}% of their points, unanswered ones and triggered vetoes; the unit fills in the measure, the deadline and the person responsible.";
    SUMMARY_NOTHING_BELOW => "无需整改的指标。", "No indicator needs corrective action.";
    SUMMARY_CORRECTIVE_BRIEF => "列出得分低于该项分值 {}% 的指标、未填报的指标和触发一票否决的指标。本组有 {} 个单位，多于 {} 个，因此每个单位只列一行：需整改的指标数和指标编号。完整的整改清单（每个指标的得分、原因和考评意见）见网页考评汇总中的整改清单，或命令行 eightfold consolidate --corrective 写出的 CSV 文件。", "Indicators scored under {}% of their points, unanswered ones and triggered vetoes. This group has {} units, more than {}, so each unit gets one line: how many indicators need corrective action, and which. The full list (each indicator's points, reason and reviewer's comment) is in review mode's corrective-action list on the page, or in the CSV that eightfold consolidate --corrective writes.";
    SUMMARY_CORRECTIVE_COUNT => "需整改指标数", "Indicators";
    SUMMARY_ID_SEPARATOR => "、", ", ";
}
