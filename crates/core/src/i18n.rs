//! Every user-facing text, in Chinese and English, in one table.
//!
//! The macro makes a missing language a compile error; template text comes from the template
//! itself ([`crate::domain::Text`]), never from here. The table is split by where a text is
//! read (this file: the screens; [`storage`], [`import`], [`print`]: the core's own messages
//! and the printed documents), one wording per concept across all of them; [`every_text`]
//! lists every entry for the tidy test that checks both languages.

use crate::domain::issue_place::{place_words, Field, IssuePlace, PartWords};
use crate::domain::{Lang, Template};

/// A fixed UI string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UiText {
    pub zh: &'static str,
    pub en: &'static str,
}

impl UiText {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// `NAME => "中文", "English";` entries as `pub const NAME: UiText`, and the list of them
/// under the name given first (for [`every_text`]).
macro_rules! ui_strings {
    ($list:ident; $($name:ident => $zh:literal, $en:literal;)*) => {
        $(pub const $name: UiText = UiText { zh: $zh, en: $en };)*
        pub(crate) const $list: &[UiText] = &[$($name),*];
    };
}

mod import;
mod presentation;
mod print;
mod storage;

pub use import::*;
pub use presentation::*;
pub use print::*;
pub use storage::*;

/// Every text of the table, for the tidy test that checks both languages are filled in.
pub fn every_text() -> impl Iterator<Item = UiText> {
    [
        SCREEN_TEXTS,
        STORAGE_TEXTS,
        IMPORT_TEXTS,
        PRINT_TEXTS,
        PRESENTATION_TEXTS,
    ]
    .into_iter()
    .flat_map(|list| list.iter().copied())
}

ui_strings! {
    SCREEN_TEXTS;
    APP_TITLE => "八型机关考评", "Eightfold — eight types of institutions";
    APP_TAGLINE => "县级机关“八型机关”建设自评与考评，全程离线", "Self-assessment and review of county agencies, fully offline";
    LANGUAGE => "语言", "Language";
    EIGHT_TYPES => "八型机关", "The eight types";
    START_NEW => "新建自评", "New assessment";
    TEMPLATE => "考核模板", "Template";
    UNIT_NAME => "单位名称", "Unit name";
    YEAR => "考核年度", "Assessment year";
    PERIOD => "考核期", "Period";
    PERIOD_DEFAULT => "全年", "Annual";
    ASSESSOR => "填报人", "Assessor";
    DATE => "填报日期", "Date";
    START => "开始填报", "Start";
    UNIT_REQUIRED => "请填写单位名称", "Please enter the unit name";
    YEAR_INVALID => "请填写四位年份，例如 2026", "Enter a four-digit year, e.g. 2026";
    DATE_INVALID => "请填写日期，格式为 2026-11-25", "Enter a date as 2026-11-25";
    UNIT_DETAILS => "单位信息", "Unit details";
    UNIT_DETAILS_HINT => "修改后自动保存，并用于导出文件、打印和 PDF。", "Changes are saved and used in exports, print and the PDF.";
    UNIT_INPUT_KEPT => "未采用此输入，仍保留上一个有效值", "This input was not used; the last valid value is kept";
    BACK_TO_START => "返回首页", "Back to start";
    PRINT => "打印", "Print";
    TOTAL => "总分", "Total";
    GRADE => "等次", "Grade";
    GRADE_PENDING => "待定（已填 {}/{}）", "pending ({} of {} answered)";
    POINTS_GRADE => "按分数等次", "Grade by points";
    OUT_OF_100 => "满分 100", "out of 100";
    COMPLETENESS => "完成度", "Completed";
    DIMENSIONS => "考核维度", "Dimensions";
    RESULT => "评分结果", "Result";
    RULES_APPLIED => "影响等次的规则", "Rules that changed the grade";
    BONUS => "加分", "Bonus";
    CONTENT => "考核内容", "Content";
    STANDARD => "评分标准", "Scoring standard";
    MAX_POINTS => "分值", "Points";
    SELF_SCORE => "自评分", "Self score";
    REVIEW_SCORE => "考评分", "Review score";
    NOTES => "备注", "Notes";
    EVIDENCE => "佐证材料与说明", "Evidence and notes";
    SOURCE => "依据", "Source";
    SOURCE_SEED => "文件第 {} 条", "Seed paragraph {}";
    SOURCE_PRACTICE => "通行做法", "Common practice";
    NOT_APPLICABLE => "不适用", "Not applicable";
    UNANSWERED => "未填", "Not answered";
    YES => "是（达到）", "Yes (met)";
    NO => "否（未达到）", "No (not met)";
    VETO_TRIGGERED => "触发一票否决", "Veto triggered";
    VETO_NOT_TRIGGERED => "未触发", "Not triggered";
    VETO_ITEM => "一票否决项", "Veto item";
    MUST_PASS_ITEM => "★ 必达项", "★ Must-pass item";
    BONUS_ITEM => "加分项", "Bonus item";
    DEDUCTION_ITEM => "扣分项（扣完为止）", "Deduction (floor at zero)";
    ACHIEVED_AGAINST_TARGET => "实际完成（目标 {}）", "Achieved (target: {})";
    BONUS_POINTS_LINE => "每次加 {} 分，最多加 {} 分", "+{} pts each, at most {} pts";
    DEDUCTION_POINTS_LINE => "{} 分，每次扣 {} 分", "{} pts, −{} pts each";
    OCCURRENCES => "次数", "Occurrences";
    POINTS_UNIT => "分", "pts";
    NOTE_REQUIRED => "未得满分时须填写说明", "A note is required below full marks";
    NOTE_MISSING => "请填写未得满分的说明", "Please explain why this is below full marks";
    NOT_A_NUMBER => "请输入数字，例如 12 或 12.5（最多两位小数）", "Enter a number such as 12 or 12.5 (at most two decimals)";
    NEGATIVE => "不能为负数", "Cannot be negative";
    NOT_A_COUNT => "请输入不小于 0 的整数", "Enter a whole number, 0 or more";
    INPUT_KEPT => "未采用此输入，分数仍按上一个有效值计算", "This input was not used; the score still uses the last valid value";
    NUMBER_TOO_LARGE => "数值过大，最大为 92233720368547758.07", "The number is too large; the largest allowed is 92233720368547758.07";
    COUNT_TOO_LARGE => "数值过大，最大为 4294967295", "The number is too large; the largest allowed is 4294967295";
    SUMMARY => "待办事项", "To do";
    UNANSWERED_ITEMS => "未填项目", "Unanswered items";
    BELOW_FULL_ITEMS => "未得满分项目", "Items below full marks";
    NOTES_DUE_ITEMS => "待填写说明", "Notes still to write";
    NOTHING_TO_DO => "没有待办事项", "Nothing left to do";
    DIMENSION_COLUMN => "维度", "Dimension";
    DIMENSION_POINTS_COLUMN => "得分/满分", "Points";
    DIMENSION_RATE_COLUMN => "得分率", "Rate";
    DIMENSION_WEIGHTED_COLUMN => "折算/权重", "Weighted";
    ALL_ANSWERED => "所有项目均已填写", "Every item is answered";
    NONE => "无", "None";
    RADAR => "八型得分率雷达图", "Score rate by dimension (radar)";
    SIGN_LEADER => "负责人签字", "Signature of the person in charge";
    SIGN_SEAL => "单位盖章", "Seal of the unit";
    SIGN_DATE => "日期", "Date";
    SUBTOTAL => "小计", "Subtotal";
    SHEET_TITLE => "考核评分表", "Evaluation sheet";
    TEMPLATE_MISSING => "找不到此草稿所用的考核模板", "The template this draft uses is not available";
    IMPORT => "导入文件", "Import files";
    IMPORT_HINT => "选择或拖入一个或多个 .eightfold.json 文件（或备份文件）。导入的内容保存为草稿。", "Choose or drop one or more .eightfold.json files (or a backup). Imports are kept as drafts.";
    IMPORT_FILES => "选择要导入的文件", "Choose files to import";
    IMPORT_REPLACE => "本机已有“{}”的同一份草稿。用导入的文件替换它，还是另存为新草稿？", "A draft of “{}” with the same id is here. Replace it with the imported file, or save the file as a new draft?";
    IMPORT_DRAFT_CHANGED => "本机草稿最后修改：{}", "Draft here last changed: {}";
    IMPORT_FILE_EXPORTED => "文件导出时间：{}", "File exported: {}";
    REPLACE_DRAFT => "替换草稿", "Replace draft";
    SAVE_AS_NEW_DRAFT => "另存为新草稿", "Save as a new draft";
    CANCEL => "取消", "Cancel";
    IMPORT_CANCELLED => "未导入（已取消）", "Not imported (cancelled)";
    IMPORTED_AS => "已导入为草稿：{}", "imported as a draft: {}";
    DIGEST_OK => "校验一致", "digest OK";
    CHANGED_AFTER_EXPORT => "⚠ 导出后被修改过（校验值不符）", "⚠ changed after export (digest mismatch)";
    DIGEST_MISSING => "文件没有校验值", "the file has no digest";
    SCORE_MISMATCH => "文件中记录的分数与按模板重新计算的不一致，已采用重新计算的分数", "the scores written in the file differ from the recomputed ones; the recomputed scores are used";
    MIGRATED_FROM => "已从第 {} 版格式转换", "converted from format version {}";
    SHEET_CODE => "表单码 {}", "sheet code {}";
    SHEET_CODE_UNIT => "单位表单码 {}", "unit's sheet code {}";
    SHEET_CODE_REVIEWED => "考评后表单码 {}", "sheet code with the review {}";
    DRAFTS => "草稿", "Drafts";
    NO_DRAFTS => "此浏览器中还没有草稿。", "No drafts in this browser yet.";
    CHANGED_SINCE_EXPORT => "已修改，未导出", "Changed since last export";
    LAST_EXPORTED => "上次导出：{}", "Last exported: {}";
    LAST_CHANGE => "最后修改", "Last change";
    ACTIONS => "操作", "Actions";
    OPEN => "打开", "Open";
    RENAME => "重命名", "Rename";
    SAVE_NAME => "保存名称", "Save name";
    DRAFT_NAME => "草稿名称", "Draft name";
    DRAFT_RENAME_PROMPT => "草稿在列表中的名称（只改列表中的名称；单位名称请在填报页的“单位信息”中修改）：", "Name of the draft in this list (this does not change the unit name; change that under Unit details in the form):";
    DUPLICATE => "复制", "Duplicate";
    DISCARD => "删除", "Discard";
    DISCARD_CONFIRM => "确定删除“{}”的草稿吗？", "Discard the draft of “{}”?";
    DISCARDED => "已删除“{}”的草稿。", "Discarded the draft of “{}”.";
    UNDO => "撤销", "Undo";
    BACKUP_ALL => "备份全部（草稿、模板和考评批次）", "Back up everything (drafts, templates, review batch)";
    UNREADABLE_ENTRIES => "无法读取的条目（已单独保存，未删除）", "Unreadable entries (kept aside, not deleted)";
    DOWNLOAD_UNREADABLE => "下载原始内容", "Download the raw content";
    UNSAVED => "有未保存的修改…", "Unsaved changes…";
    SAVED_AT => "已保存 {}", "Saved at {}";
    CONFLICT => "此草稿已在另一个标签页中修改（{} 保存）。为避免覆盖，本页暂停保存。", "This draft was changed in another tab (saved at {}). To avoid overwriting it, this page stopped saving.";
    TAKE_THEIRS => "载入较新的版本", "Load the newer version";
    KEEP_MINE => "将本页内容另存为副本", "Keep mine as a copy";
    EXPORT_NOW => "立即导出到文件", "Export to a file now";
    EXPORT_HINT => "请用“导出”保存到文件。", "Use Export to keep it in a file.";
    EXPORT_JSON => "导出文件", "Export file";
    EXPORT_CSV => "导出 CSV", "Export CSV";
    DOWNLOAD_PDF => "下载 PDF 评分表", "Download PDF";
    PDF_WORKING => "正在生成 PDF…", "Making the PDF…";
    PDF_FONT_MISSING => "无法载入内置中文字体：", "The bundled Chinese font could not be loaded:";
    PDF_FALLBACK_CHARS => "PDF 已生成。以下字符不在内置字体中，由 PDF 阅读器自带的中文字体显示：{}", "The PDF was made. These characters are not in the bundled font and are shown in the PDF reader's own Chinese font: {}";
    BOOT_FAILED => "出错了：您的草稿已保存，可刷新页面重试。", "Something went wrong: your draft is saved; reload the page to try again.";
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
    // criteria editor and form files (issue 11)
    TEMPLATES_HEADING => "考核模板管理", "Criteria templates";
    TEMPLATES_HINT => "新建或改编考核细则。发布后可用于新建自评、导出为模板文件，或制作发给各单位的填报文件。", "Create or adapt criteria. Once published, a template can be used for new assessments, exported as a template file, or made into a form file for units.";
    NEW_BLANK_TEMPLATE => "新建空白模板", "New blank template";
    COPY_SOURCE => "以此模板为基础", "Start from this template";
    COPY_TEMPLATE => "复制并编辑", "Copy and edit";
    IMPORT_TEMPLATE_FILE => "导入模板文件", "Import a template file";
    IMPORT_CRITERIA_CSV => "从表格导入（CSV）", "Import a table (CSV)";
    CSV_COLUMNS_HINT => "表格第一行为列名：维度、考核内容、分值（必填），以及评分标准、类型、权重、编号、目标值、计量单位、每次分值、档次、可不适用、未满分须说明、必达项、依据等（可选）。支持 UTF-8 和 GB18030 编码。", "The first row names the columns: dimension, content, points (required), and optionally standard, kind, weight, id, target, unit, per_occurrence, levels, na_allowed, note_required, must_pass, source. UTF-8 and GB18030 are both read.";
    NO_TEMPLATES => "还没有自建的考核模板。", "No criteria templates of your own yet.";
    TEMPLATE_STATE => "状态", "Status";
    UNPUBLISHED => "未发布", "Not published";
    PUBLISHED_VERSION => "已发布第 {} 版", "Version {} published";
    EDITED_SINCE => "第 {} 版已发布，另有未发布的修改", "Version {} published; changes not yet published";
    EDIT => "编辑", "Edit";
    EXPORT_TEMPLATE => "导出模板文件", "Export template file";
    MAKE_FORM_FILE => "制作填报文件", "Make a form file";
    TEMPLATE_IMPORTED => "已导入模板：{}", "Template imported: {}";
    TEMPLATE_UPDATED => "模板已更新为较新的版本：{}", "Template updated to a newer version: {}";
    TEMPLATE_ALREADY_HERE => "本机已有此模板的这一版本：{}", "This version of the template is already here: {}";
    // restoring a backup of drafts and criteria templates (backup format version 2)
    BACKUP_RESTORED => "备份已恢复", "Backup restored";
    BACKUP_DRAFTS_RESTORED => "草稿 {} 份", "{} draft(s)";
    BACKUP_TEMPLATES_RESTORED => "考核模板 {} 个", "{} criteria template(s)";
    BACKUP_TEMPLATES_SKIPPED => "本机已有、已跳过的模板 {} 个", "{} template(s) already here, skipped";
    BACKUP_NOT_RESTORED => "未恢复 {} 项（原因见下）", "{} item(s) not restored (reasons below)";
    BACKUP_TEMPLATE_N => "模板 {}", "template {}";
    BACKUP_REVIEW_BATCH => "考评批次", "review batch";
    BACKUP_REVIEW_RESTORED => "考评批次：已恢复单位文件 {} 份", "review batch: {} unit file(s) restored";
    BACKUP_REVIEW_SHOWN => "已恢复单位文件 {} 份（含考评分数、意见和未导出标记），可在考评模式中查看", "{} unit file(s) restored with their review scores, comments and not-exported marks: open review mode to see them";
    BACKUP_REVIEW_KEPT_HERE => "备份中的考评批次（单位文件 {} 份）未恢复：本浏览器已有考评批次，已原样保留，未合并、未覆盖。如需恢复备份中的批次：先在考评模式中导出已考评的文件，点击“清空本批文件”，再重新导入本备份。", "The backup's review batch ({} unit file(s)) was not restored: this browser already has a review batch, which is kept as it is (nothing merged or overwritten). To restore the backup's batch: in review mode export the reviewed files and press “Clear the batch”, then restore this backup again.";
    BACKUP_REVIEW_NOT_STORED => "备份中的考评批次（单位文件 {} 份）未能保存到本浏览器，未恢复；本浏览器中的内容未改变。原因：", "The backup's review batch ({} unit file(s)) could not be stored in this browser and was not restored; nothing here changed. Reason: ";
    BACKUP_REVIEW_NEWER_HERE => "本浏览器中的考评批次由更新版本的八型机关考评保存，已原样保留", "this browser's review batch was saved by a newer Eightfold and is kept as it is";
    BACKUP_REVIEW_QUOTA => "浏览器存储空间已满", "browser storage is full";
    BACKUP_REVIEW_NO_STORAGE => "此浏览器不允许本页保存数据", "this browser does not let the page store data";
    TEMPLATE_RESTORED => "已恢复考核模板：{}", "Criteria template restored: {}";
    TEMPLATE_RESTORE_SKIPPED => "本机已有完全相同的模板，已跳过：{}", "The same template is already here, skipped: {}";
    TEMPLATE_RESTORE_CONFIRM => "本机已有标识相同但内容不同的模板“{}”。用备份中的模板替换它，还是两个都保留（备份中的另存为新模板）？", "A different template “{}” with the same id is here. Replace it with the backup's, or keep both (the backup's as a new template)?";
    REPLACE_TEMPLATE => "替换模板", "Replace template";
    KEEP_BOTH_TEMPLATES => "两个都保留", "Keep both";
    TEMPLATE_RESTORE_REPLACED => "已用备份中的模板替换本机的同标识模板：{}", "Replaced the template with the same id by the backup's: {}";
    TEMPLATE_RESTORE_COPY => "本机已有标识相同但内容不同的模板，备份中的模板已另存为新模板：{}", "A different template with the same id is here; the backup's is kept as a new template: {}";
    CSV_IMPORTED => "已根据表格创建模板草稿：{}", "Template draft created from the table: {}";
    CSV_WARNINGS => "以下单元格未能按原样读取，请在编辑器中修正：", "These cells could not be read as written; fix them in the editor:";
    DISCARD_TEMPLATE_CONFIRM => "确定删除模板“{}”吗？已开始的草稿保留各自的模板副本。", "Delete the template “{}”? Drafts already started keep their own copy.";
    TEMPLATE_DISCARDED => "已删除模板“{}”。", "Deleted the template “{}”.";
    EMBEDDED_NOTICE => "本文件是“{}”的专用填报文件，新建自评时默认使用该模板。", "This form file carries “{}”; new assessments use it by default.";
    EMBEDDED_BROKEN => "本文件附带的考核模板无法使用：{}", "The template this file carries cannot be used: {}";
    EDITOR_HEADING => "编辑考核模板", "Edit criteria template";
    REDO => "重做", "Redo";
    PUBLISH => "发布", "Publish";
    CANNOT_PUBLISH => "还有 {} 处问题，修正后才能发布", "{} problem(s) left: fix them to publish";
    READY_TO_PUBLISH => "未发现问题，可以发布", "No problems found: ready to publish";
    AUTOSAVED => "修改自动保存在本浏览器中", "Changes are saved in this browser as you go";
    TEMPLATE_TITLE_ZH => "模板名称（中文）", "Title (Chinese)";
    TEMPLATE_TITLE_EN => "模板名称（英文）", "Title (English)";
    DESCRIPTION_ZH => "说明（中文）", "Description (Chinese)";
    DESCRIPTION_EN => "说明（英文）", "Description (English)";
    TEMPLATE_ID => "模板标识", "Template id";
    VERSION_N => "第 {} 版", "Version {}";
    DIMENSION_N => "维度 {}", "Dimension {}";
    NAME_ZH => "名称（中文）", "Name (Chinese)";
    NAME_EN => "名称（英文）", "Name (English)";
    WEIGHT => "权重", "Weight";
    ADD_DIMENSION => "添加维度", "Add dimension";
    ADD_INDICATOR => "添加指标", "Add indicator";
    MOVE_UP => "上移", "Move up";
    MOVE_DOWN => "下移", "Move down";
    REMOVE => "删除", "Remove";
    INDICATOR_ID => "编号", "Number";
    CONTENT_ZH => "考核内容（中文）", "Content (Chinese)";
    CONTENT_EN => "考核内容（英文）", "Content (English)";
    STANDARD_ZH => "评分标准（中文）", "Scoring standard (Chinese)";
    STANDARD_EN => "评分标准（英文）", "Scoring standard (English)";
    KIND => "计分方式", "Kind";
    LEVEL_N => "档次 {}", "Level {}";
    LEVELS => "评定档次", "Levels";
    ADD_LEVEL => "添加档次", "Add level";
    TARGET => "目标值", "Target";
    UNIT_ZH => "计量单位（中文）", "Unit (Chinese)";
    UNIT_EN => "计量单位（英文）", "Unit (English)";
    QUOTA_MODE => "计分规则", "Scoring rule";
    PROPORTIONAL => "按比例计分", "In proportion";
    ALL_OR_NOTHING => "达到目标得满分，否则 0 分", "Full marks at the target, else 0";
    PER_OCCURRENCE_POINTS => "每次分值", "Points per occurrence";
    SOURCE_PARAGRAPH => "依据文件条款（留空为通行做法）", "Seed paragraph (empty: common practice)";
    NA_ALLOWED => "允许选择“不适用”", "“Not applicable” allowed";
    MUST_PASS_CAP => "未达满分时等次最高为", "Below full marks the grade is at most";
    GRADE_BANDS => "等次区间", "Grade bands";
    BAND_N => "等次 {}", "Grade {}";
    BAND_FROM => "下限（含）", "From (included)";
    BAND_TO => "上限", "Up to";
    ADD_BAND => "添加等次", "Add grade band";
    PREVIEW => "预览", "Preview";
    SAMPLE_SCORE => "示例得分（各项均得满分时）", "Sample score (every item at full marks)";
    DRAG_HINT => "拖动 ⠿ 可调整顺序，也可使用“上移”“下移”按钮。", "Drag ⠿ to reorder, or use Move up and Move down.";
    DRAG_HANDLE => "拖动以调整顺序", "Drag to reorder";
    TEMPLATE_PROBLEMS => "待修正的问题", "Problems to fix";
    SCHEMA_VERSION_FIELD => "模板格式版本", "Template format version";
    INTERNAL_ID => "内部标识", "Internal id";
    INDICATORS_FIELD => "指标", "Indicators";
    INDICATOR_N => "第 {} 项指标", "Indicator {}";
    PREVIEW_WAITS => "模板还有问题，修正后再显示示例得分和等次。", "The sample score and grade are shown once the problems are fixed.";
    NEWER_TEMPLATE => "此草稿按第 {} 版考核模板填写，现已有更新的版本。", "This draft was filled on version {} of its template; a newer version is available.";
    CHANGES_ADDED => "新增项目", "Added items";
    CHANGES_REMOVED => "删除的项目", "Removed items";
    CHANGES_REPOINTED => "改变编号的项目", "Renumbered items";
    CHANGES_CHANGED => "内容或计分有变化的项目", "Items whose wording or scoring changed";
    ANSWERS_NO_PLACE => "以下答案在新版本中没有对应项目，迁移后不再计分（旧版本草稿会另存一份副本）：", "These answers have no place in the new version and will no longer count (the old draft is kept as a copy):";
    ANSWERS_NOTE_ONLY => "以下项目的计分方式已改变，原答案不再适用，仅保留说明（旧版本草稿会另存一份副本）：", "These items are now scored differently, so only their notes are carried (the old draft is kept as a copy):";
    ANSWERS_ALL_KEPT => "所有答案都能迁移到新版本。", "Every answer has a place in the new version.";
    MOVE_ANSWERS => "将答案迁移到第 {} 版", "Move the answers to version {}";
    KEEP_VERSION => "继续使用原版本", "Keep the current version";
    MOVED_TO_VERSION => "已迁移到第 {} 版。", "Moved to version {}.";
    FILE_NO_BROWSER => "浏览器环境不可用", "The browser page is not available.";
    FILE_BROWSER_REFUSED => "浏览器无法处理该文件：{}", "The browser could not handle the file: {}";
    // progress of long work (src/web/slices.rs)
    READING_FILES => "正在读取 {} / {} 份文件", "Reading {} of {} files";
    ENCODING_UNSUPPORTED => "此浏览器无法读取 {} 编码的文件，请另存为 UTF-8 CSV", "This browser cannot read {} text; save the table as UTF-8 CSV";
    // Documents made by `crate::actions`.
    NO_SUCH_GROUP => "汇总结果中没有第 {} 组", "The consolidation has no group {}";
    // The command line (`crates/cli`): help, verdicts and reports.
    CLI_ABOUT => "八型机关考评命令行：检查、评分、打印和汇总单位文件，与网页使用同一套代码，全程离线。", "Eightfold on the command line: check, score, print and consolidate unit files offline, with the code the page runs.";
    CLI_EXIT_CODES => "退出状态：0 全部成功；1 有文件未通过检查或未能读取；2 命令用法有误；3 无法写入输出文件。", "Exit status: 0 all went well; 1 a file failed its check or could not be read; 2 the command was used wrongly; 3 an output file could not be written.";
    CLI_LANG_HELP => "输出语言：zh（中文，默认）或 en", "Language of the output: zh (Chinese, the default) or en";
    CLI_CHECK_ABOUT => "检查评估文件、模板文件、备份和指标表，逐个给出结论", "Check assessment files, template files, backups and criteria tables, with a verdict for each";
    CLI_CHECK_PATHS => "要检查的文件或文件夹", "Files or folders to check";
    CLI_SCORE_ABOUT => "按文件所附模板计算总分、等次、影响等次的规则和各类型得分", "Score a file on its template: total, grade, the rules that changed it, each type's score";
    CLI_SCORE_FILE => "评估文件（.eightfold.json）", "An assessment file (.eightfold.json)";
    CLI_JSON_HELP => "以 JSON 输出", "Print JSON";
    CLI_PDF_ABOUT => "生成与网页相同的考核评分表 PDF（同一表单码、同样内容）", "Make the evaluation sheet PDF the page makes (same sheet code, same text)";
    CLI_OUT_HELP => "输出文件（默认：按网页的命名写在当前文件夹）", "Output file (default: the page's file name, in the current folder)";
    CLI_CONSOLIDATE_ABOUT => "汇总一批单位文件：分组、重复与混用模板提示、排名、各类型统计、整改清单", "Consolidate a batch of unit files: groups, duplicates and mixed templates, ranking, per-type statistics, corrective actions";
    CLI_CONSOLIDATE_PATHS => "单位文件或存放单位文件的文件夹", "Unit files, or folders holding them";
    CLI_CSV_OUT => "汇总表 CSV 的输出文件（多组时按组在文件名后加序号）", "Where to write the consolidated CSV (numbered per group when there are several)";
    CLI_SUMMARY_OUT => "汇总 PDF 的输出文件（多组时按组在文件名后加序号）", "Where to write the summary PDF (numbered per group when there are several)";
    CLI_CORRECTIVE_OUT => "整改清单 CSV 的输出文件（多组时按组在文件名后加序号）", "Where to write the corrective-action lists as CSV (numbered per group when there are several)";
    CLI_TEMPLATE_ABOUT => "考核模板文件", "Criteria template files";
    CLI_FROM_CSV_ABOUT => "把指标表（UTF-8 或 GB18030 编码的 CSV）转换为模板文件", "Turn a criteria table (CSV in UTF-8 or GB18030) into a template file";
    CLI_TABLE_HELP => "指标表 CSV", "The criteria table (CSV)";
    CLI_OK => "通过", "ok";
    CLI_FAILED => "未通过", "FAILED";
    CLI_NOTE => "注意", "note";
    CLI_KIND_ASSESSMENT => "评估文件", "assessment file";
    CLI_KIND_TEMPLATE => "模板文件", "template file";
    CLI_KIND_BACKUP => "备份", "backup";
    CLI_KIND_CRITERIA => "指标表", "criteria table";
    CLI_FIELD => "字段 {}", "field {}";
    CLI_CANNOT_READ => "无法读取：{}", "cannot be read: {}";
    CLI_CANNOT_WRITE => "无法写入 {}：{}", "{} could not be written: {}";
    CLI_NO_FILES => "{} 中没有可读取的文件", "No files to read in {}";
    CLI_BACKUP_CONTENT => "{} 份草稿，{} 个模板", "{} drafts, {} templates";
    CLI_WROTE => "已写入 {}", "Wrote {}";
    CLI_READING => "读取并校验文件", "Reading and checking files";
    CLI_REFUSED => "未能导入的文件：", "Files not imported:";
    CLI_BATCH => "共 {} 个文件：{} 个已汇总，{} 个未能导入", "{} files: {} consolidated, {} not imported";
    CLI_GROUP => "第 {} 组：{}", "Group {}: {}";
    CLI_CHANGED_FILES => "导出后被修改的文件（已汇总并在文件状态中注明）：", "Files changed after export (consolidated, and marked so in their status):";
    CLI_TEMPLATE_WRITTEN => "已根据指标表生成模板文件 {}", "Template file made from the table: {}";
    CLI_TEMPLATE_NOT_WRITTEN => "模板还有问题，未生成模板文件；请修正指标表，或在网页的编辑器中打开它。", "The template has problems, so no template file was made; fix the table, or open it in the page's editor.";
    CLI_PDF_FONT => "内置中文字体无法使用：{}", "The bundled Chinese font cannot be used: {}";
    CLI_BASIS => "计分依据", "Scored on";
    RANKING_BASIS_REVIEW => "考评", "review";
    RANKING_BASIS_SELF => "自评", "self";
    PAGE_OF => "第 {} 页 共 {} 页", "Page {} of {}";
}

/// The editor's label of a template field, for naming where a problem is.
pub fn field_label(field: Field) -> UiText {
    let by_lang = |lang: Lang, zh: UiText, en: UiText| match lang {
        Lang::Zh => zh,
        Lang::En => en,
    };
    match field {
        Field::SchemaVersion => SCHEMA_VERSION_FIELD,
        Field::TemplateId => TEMPLATE_ID,
        Field::Title(lang) => by_lang(lang, TEMPLATE_TITLE_ZH, TEMPLATE_TITLE_EN),
        Field::Description(lang) => by_lang(lang, DESCRIPTION_ZH, DESCRIPTION_EN),
        Field::Dimensions => DIMENSIONS,
        Field::GradeBands => GRADE_BANDS,
        Field::Id => INTERNAL_ID,
        Field::Name(lang) => by_lang(lang, NAME_ZH, NAME_EN),
        Field::Weight => WEIGHT,
        Field::Indicators => INDICATORS_FIELD,
        Field::Number => INDICATOR_ID,
        Field::Content(lang) => by_lang(lang, CONTENT_ZH, CONTENT_EN),
        Field::Standard(lang) => by_lang(lang, STANDARD_ZH, STANDARD_EN),
        Field::Points => MAX_POINTS,
        Field::Levels => LEVELS,
        Field::Target => TARGET,
        Field::Unit(lang) => by_lang(lang, UNIT_ZH, UNIT_EN),
        Field::PerOccurrence => PER_OCCURRENCE_POINTS,
        Field::MustPass => MUST_PASS_ITEM,
        Field::MustPassCap => MUST_PASS_CAP,
        Field::From => BAND_FROM,
        Field::To => BAND_TO,
    }
}

/// Where a validation issue is, in words of `lang` (see [`crate::domain::issue_place`]).
pub fn issue_place_words(place: IssuePlace, template: &Template, lang: Lang) -> String {
    let words = PartWords {
        dimension_n: DIMENSION_N.get(lang),
        indicator_n: INDICATOR_N.get(lang),
        level_n: LEVEL_N.get(lang),
        band_n: BAND_N.get(lang),
        bands: GRADE_BANDS.get(lang),
    };
    place_words(place, template, lang, words, |field| {
        field_label(field).get(lang)
    })
}

/// `text` with each `{}` replaced by the next of `values`, in order (a `{}` inside a value is
/// left as it is; a `{}` without a value stays).
pub fn fill_each(text: UiText, lang: Lang, values: &[&dyn std::fmt::Display]) -> String {
    let mut parts = text.get(lang).split("{}");
    let mut out = parts.next().unwrap_or_default().to_owned();
    let mut values = values.iter();
    for part in parts {
        match values.next() {
            Some(value) => out.push_str(&value.to_string()),
            None => out.push_str("{}"),
        }
        out.push_str(part);
    }
    out
}

/// `text` with its first `{}` replaced by `value`.
pub fn fill(text: UiText, lang: Lang, value: impl std::fmt::Display) -> String {
    fill_each(text, lang, &[&value])
}

/// A count with thousands grouped, as both languages write it here: "1,500".
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// "正在读取 312 / 1,500 份文件" / "Reading 312 of 1,500 files".
pub fn reading_files(done: usize, total: usize) -> Message {
    Message::Filled(
        READING_FILES,
        vec![
            Message::Plain(grouped(done)),
            Message::Plain(grouped(total)),
        ],
    )
}

/// "第 3 页 共 7 页" / "Page 3 of 7".
pub fn page_of(lang: Lang, page: usize, total: usize) -> String {
    fill_each(PAGE_OF, lang, &[&page, &total])
}

/// Section numbers as printed: 一、二、… in Chinese, 1. 2. … in English.
pub fn section_number(lang: Lang, n: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match lang {
        Lang::En => format!("{n}."),
        Lang::Zh if n == 0 || n >= 100 => format!("{n}、"),
        Lang::Zh => {
            let (tens, ones) = (n / 10, n % 10);
            let tens_text = match tens {
                0 => String::new(),
                1 => "十".to_owned(),
                t => format!("{}十", DIGITS[t]),
            };
            format!("{tens_text}{}、", DIGITS[ones])
        }
    }
}

// Punctuation that differs between the languages: Chinese takes the full-width forms, which
// carry their own spacing; English the ASCII ones with a space.

/// Between the items of a list run into one line: "甲；乙" / "a; b".
pub fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    }
}

/// Between a label and its value: "总分：85" / "Total: 85".
pub fn label_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
}

/// Between the fields of a line: "单位名称：甲　考核年度：2026" / "Unit name: A · Year: 2026".
pub fn field_gap(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "\u{3000}",
        Lang::En => " · ",
    }
}

/// `text` in brackets after what precedes it: "8（较好）" / "8 (Good)".
pub fn in_brackets(lang: Lang, text: impl std::fmt::Display) -> String {
    match lang {
        Lang::Zh => format!("（{text}）"),
        Lang::En => format!(" ({text})"),
    }
}

/// Sentences run into one text, each ended with a full stop unless it ends with one already:
/// "不能为负数。未采用此输入。" / "Cannot be negative. This input was not used."
pub fn sentences(lang: Lang, parts: &[&str]) -> String {
    let (stop, gap) = match lang {
        Lang::Zh => ("。", ""),
        Lang::En => (".", " "),
    };
    let ended = |text: &str| text.ends_with(['。', '！', '？', '.', '!', '?']);
    parts
        .iter()
        .map(|part| {
            if ended(part) {
                (*part).to_owned()
            } else {
                format!("{part}{stop}")
            }
        })
        .collect::<Vec<_>>()
        .join(gap)
}

/// A message kept as data and worded only when shown, in the language of that moment: a
/// report line or an error stays on screen across a language switch and is re-worded by it.
/// Values (file and unit names, numbers, codes) are [`Message::Plain`]; every word comes
/// from this table or from a message kind's own wording ([`Wording`]).
#[derive(Clone)]
pub enum Message {
    /// A value that reads the same in both languages: a file name, a number, a code.
    Plain(String),
    /// A fixed text of the table.
    Text(UiText),
    /// A text of the table with each `{}` filled by the next value, in order.
    Filled(UiText, Vec<Message>),
    /// A text that carries both languages itself (a template's title).
    Both(crate::domain::Text),
    /// A message kind of its own (an import error, a storage error), worded by it.
    Worded(std::sync::Arc<dyn Wording>),
    /// Items of a list in one line: "甲；乙" / "a; b".
    List(Vec<Message>),
    /// A label and what it labels: "备份已恢复：…" / "Backup restored: …".
    Labelled(Box<Message>, Box<Message>),
    /// Parts run together as they are.
    Joined(Vec<Message>),
}

/// A message kind that words itself in either language (the error enums of the core).
pub trait Wording: Send + Sync + 'static {
    fn wording(&self, lang: Lang) -> String;
}

impl Message {
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Message::Plain(value) => value.clone(),
            Message::Text(text) => text.get(lang).to_owned(),
            Message::Filled(text, values) => {
                let values: Vec<String> = values.iter().map(|v| v.render(lang)).collect();
                let values: Vec<&dyn std::fmt::Display> =
                    values.iter().map(|v| v as &dyn std::fmt::Display).collect();
                fill_each(*text, lang, &values)
            }
            Message::Both(text) => text.get(lang).to_owned(),
            Message::Worded(kind) => kind.wording(lang),
            Message::List(items) => items
                .iter()
                .map(|item| item.render(lang))
                .collect::<Vec<_>>()
                .join(list_separator(lang)),
            Message::Labelled(label, body) => format!(
                "{}{}{}",
                label.render(lang),
                label_separator(lang),
                body.render(lang)
            ),
            Message::Joined(parts) => parts.iter().map(|part| part.render(lang)).collect(),
        }
    }

    /// `text` with its single `{}` filled by `value`.
    pub fn fill(text: UiText, value: impl Into<Message>) -> Message {
        Message::Filled(text, vec![value.into()])
    }

    /// A value shown as it is (a name, a number).
    pub fn plain(value: impl std::fmt::Display) -> Message {
        Message::Plain(value.to_string())
    }

    /// `label: body`.
    pub fn labelled(label: impl Into<Message>, body: impl Into<Message>) -> Message {
        Message::Labelled(Box::new(label.into()), Box::new(body.into()))
    }
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Message({:?})", self.render(Lang::En))
    }
}

impl From<UiText> for Message {
    fn from(text: UiText) -> Message {
        Message::Text(text)
    }
}

impl From<String> for Message {
    fn from(value: String) -> Message {
        Message::Plain(value)
    }
}

impl From<&str> for Message {
    fn from(value: &str) -> Message {
        Message::Plain(value.to_owned())
    }
}

impl<T: Wording> From<T> for Message {
    fn from(kind: T) -> Message {
        Message::Worded(std::sync::Arc::new(kind))
    }
}

/// The core's message kinds, each worded by its own `message(lang)`.
macro_rules! worded_by_message {
    ($($kind:ty),* $(,)?) => {
        $(impl Wording for $kind {
            fn wording(&self, lang: Lang) -> String {
                self.message(lang)
            }
        })*
    };
}

worded_by_message!(
    crate::formats::exchange::ImportError,
    crate::formats::exchange::ExportError,
    crate::formats::form_file::FormFileError,
    crate::formats::criteria_csv::CsvError,
    crate::drafts::Problem,
    crate::drafts::MigratedEntry,
    crate::drafts::SaveError,
    crate::drafts::template_store::TemplateError,
);

#[cfg(test)]
mod page_tests {
    use super::*;

    #[test]
    fn chinese_section_numbers() {
        let got: Vec<String> = [1, 8, 10, 11, 20, 23]
            .iter()
            .map(|n| section_number(Lang::Zh, *n))
            .collect();
        assert_eq!(
            got,
            ["一、", "八、", "十、", "十一、", "二十、", "二十三、"]
        );
        assert_eq!(section_number(Lang::En, 3), "3.");
    }

    #[test]
    fn page_numbers_in_both_languages() {
        assert_eq!(page_of(Lang::Zh, 2, 5), "第 2 页 共 5 页");
        assert_eq!(page_of(Lang::En, 2, 5), "Page 2 of 5");
    }
}
