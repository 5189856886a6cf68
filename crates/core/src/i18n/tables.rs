//! Review mode's screens: the batch of unit files, the ranking, the per-type statistics,
//! the comparison chart, year-over-year change, a unit's review page, the corrective-action
//! list, and review work kept in this browser.

use super::UiText;

ui_strings! {
    TABLES_TEXTS;
    // review and consolidation (issue 9)
    REVIEW_MODE => "考评汇总", "Review and consolidation";
    REVIEW_INTRO => "考评工作委员会用：一次导入各单位的自评文件，查看排名和各类型统计，录入考评分并导出。", "For the working committee: import the units' files at once, see the ranking and per-type statistics, enter review scores and export.";
    REVIEW_ENTER => "进入考评模式", "Open review mode";
    REVIEW_LOADED => "本批已载入 {} 份文件", "{} files in the batch";
    REVIEW_IMPORT => "导入单位文件", "Import unit files";
    REVIEW_IMPORT_HINT => "可一次选择或拖入多个 .eightfold.json 文件。本批文件连同考评内容保存在本浏览器中（不作为草稿），刷新页面后仍在；这并非备份，请导出考评文件。", "Choose or drop many .eightfold.json files at once. The batch and your review work are kept in this browser (not as drafts), so a reload keeps them; that is not a backup — export the reviewed files.";
    REVIEW_FILES => "选择单位文件", "Choose unit files";
    REVIEW_CLEAR => "清空本批文件", "Clear the batch";
    REVIEW_DISCARD_CONFIRM => "有尚未导出的考评内容，确定放弃吗？", "Some review work has not been exported. Discard it?";
    REVIEW_DISCARD_WORK => "放弃考评内容", "Discard review work";
    REVIEW_REMOVE => "移出本批", "Remove";
    REVIEW_EMPTY => "尚未导入文件。", "No files imported yet.";
    REVIEW_GROUP => "模板与考核期", "Template and period";
    REVIEW_GROUP_OPTION => "{} 份", "{} files";
    REVIEW_UNITS => "单位一览与排名", "Units and ranking";
    REVIEW_SORT_HINT => "点击列标题可排序。", "Click a column heading to sort.";
    REVIEW_RANK => "排名", "Rank";
    REVIEW_UNIT => "单位", "Unit";
    REVIEW_FILE_STATUS => "文件状态", "File status";
    REVIEW_CHANGED => "导出后被修改", "changed after export";
    REVIEW_NO_DIGEST => "无校验值", "no digest";
    REVIEW_OLDER_FORMAT => "旧版格式（第 {} 版）", "older format (version {})";
    REVIEW_DUPLICATE => "重复文件，未计入", "duplicate, not ranked";
    REVIEW_OPEN_UNIT => "考评", "Review";
    REVIEW_STATS => "各类型得分率统计（%）", "Score rate by type (%)";
    REVIEW_TYPE => "类型", "Type";
    REVIEW_WEIGHT => "权重", "Weight";
    REVIEW_COUNT => "单位数", "Units";
    REVIEW_MEAN => "平均", "Mean";
    REVIEW_MIN => "最低", "Min";
    REVIEW_MAX => "最高", "Max";
    REVIEW_SPREAD => "极差", "Spread";
    REVIEW_RADAR => "单位与平均得分率对比", "A unit against the average score rate";
    REVIEW_RADAR_UNIT => "对比单位", "Unit to compare";
    REVIEW_AVERAGE => "平均", "Average";
    REVIEW_CHANGES => "与上一考核期比较", "Change from the previous period";
    REVIEW_EARLIER => "上一期", "Previous";
    REVIEW_LATER => "本期", "This period";
    REVIEW_CHANGE => "变化", "Change";
    REVIEW_TEMPLATE_CHANGED => "考核模板不同", "template changed";
    REVIEW_DOWNLOAD_CSV => "下载汇总 CSV", "Download summary CSV";
    REVIEW_DOWNLOAD_PDF => "下载汇总 PDF", "Download summary PDF";
    REVIEW_PRINT_CORRECTIVE => "打印整改清单", "Print corrective actions";
    REVIEW_BACK => "返回汇总", "Back to the summary";
    REVIEWER => "考评人", "Reviewer";
    REVIEW_START => "开始考评（以自评为起点）", "Start the review (from the self scores)";
    REVIEW_NOT_STARTED => "尚未考评：排名暂按自评分计算。", "Not reviewed yet: the ranking uses the self score.";
    REVIEW_VALUE_OF => "第 {} 项考评分", "Review score of item {}";
    REVIEW_ACHIEVED_OF => "第 {} 项实际完成值（{}，目标 {}）", "Achieved value of item {} ({}; target {})";
    REVIEW_OCCURRENCES_OF => "第 {} 项发生次数（每次 {} 分）", "Number of occurrences of item {} ({} points each)";
    REVIEW_TIMES => "次", "times";
    REVIEWER_MISSING => "请先填写考评人：考评文件须写明由谁考评。填写后再导出。", "Enter the reviewer first: a reviewed file must say who reviewed it. Then export again.";
    REVIEW_COMMENT_OF => "第 {} 项考评意见", "Reviewer's comment on item {}";
    REVIEW_COMMENT => "考评意见", "Reviewer's comment";
    REVIEW_DIFFERS => "与自评不同", "differs from the self score";
    REVIEW_DIFFERENCE => "考评减自评", "Review minus self";
    REVIEW_EXPORT => "导出考评文件", "Export the reviewed file";
    REVIEW_EXPORTED => "已导出 {}", "Exported {}";
    REVIEW_UNSAVED => "有尚未导出的考评修改", "Review changes not exported yet";
    REVIEW_FILE_SUFFIX => "考评", "reviewed";
    // review work kept in this browser across reloads and crashes (src/ui/review/review_keeper.rs)
    REVIEW_STORE_KEPT => "考评内容已保存在本浏览器中", "Review work is kept in this browser";
    REVIEW_STORE_QUOTA => "浏览器存储空间已满：考评内容未保存在本浏览器中，请导出考评文件。", "Browser storage is full: review work is not kept in this browser — export the reviewed files.";
    REVIEW_STORE_UNAVAILABLE => "此浏览器不允许本页保存数据：考评内容未保存在本浏览器中，请导出考评文件。", "This browser does not let the page store data: review work is not kept in this browser — export the reviewed files.";
    REVIEW_STORE_FAILED => "考评内容未能保存（{}）：考评内容未保存在本浏览器中，请导出考评文件。", "Review work could not be saved ({}): it is not kept in this browser — export the reviewed files.";
    REVIEW_STORE_NEWER => "本浏览器中的考评批次由更新版本的八型机关考评保存，已原样保留；本页的考评内容未保存在本浏览器中，请导出考评文件，或保留本页的批次（较新的批次将另存）。", "The review batch in this browser was saved by a newer Eightfold and is left unchanged; this page's review work is not kept in this browser — export the reviewed files, or keep this page's batch (the newer one is set aside).";
    REVIEW_STORE_CONFLICT => "另一个标签页或窗口已保存考评批次，本页的考评修改尚未保存在本浏览器中。请选择：保留本页的批次，或载入另一个标签页的批次。", "Another tab or window saved a review batch; this page's review changes are not kept in this browser yet. Choose: keep this page's batch, or load the other tab's.";
    REVIEW_KEEP_MINE => "保留本页的批次", "Keep this page's batch";
    REVIEW_LOAD_THEIRS => "载入另一个标签页的批次", "Load the other tab's batch";
    REVIEW_STORE_UNREADABLE => "上次保存的考评批次无法读取：其原始内容已原样另存，未被删除，可下载。", "The review batch kept last time could not be read: its text has been kept aside unchanged, nothing was deleted. Download it.";
    // what to know about a batch before trusting its ranking (domain/consolidate/notice.rs)
    NOTICE_TEMPLATE_USE => "{} 第 {} 版（{} 份）", "{} version {} ({} files)";
    NOTICE_MIXED_TEMPLATES => "本批文件使用了 {} 个不同的考核模板或版本：{}。各模板分组排名和统计，不合并计算平均分。", "This batch uses {} different templates or template versions: {}. Each is ranked and averaged on its own, never together.";
    NOTICE_DUPLICATE => "重复文件：{}（{}）共有 {} 份文件，采用“{}”，另有 {} 未计入排名和统计。", "Duplicate files: {} ({}) has {} files; “{}” is used, and these are left out of the ranking and statistics: {}.";
    CORRECTIVE => "整改清单", "Corrective actions";
    CORRECTIVE_RULE => "列出得分低于该项分值 {}% 的指标、未填报的指标和触发一票否决的指标。", "Lists indicators under {}% of their points, unanswered ones and triggered vetoes.";
    CORRECTIVE_NONE => "本单位没有需要整改的指标。", "Nothing to correct for this unit.";
    CORRECTIVE_INDICATOR => "指标", "Indicator";
    CORRECTIVE_POINTS => "得分/分值", "Points";
    CORRECTIVE_REASON => "原因", "Reason";
    CORRECTIVE_MEASURE => "整改措施", "Measure";
    CORRECTIVE_DEADLINE => "完成时限", "Deadline";
    CORRECTIVE_OWNER => "责任人", "Owner";
    REASON_BELOW => "得分偏低", "low score";
    REASON_UNANSWERED => "未填报", "not answered";
    REASON_VETO => "触发一票否决", "veto triggered";
}
