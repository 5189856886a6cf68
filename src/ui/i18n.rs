//! Every user-interface string, in Chinese and English, in one table.
//!
//! The macro makes a missing language a compile error; template text comes from the template
//! itself ([`crate::domain::Text`]), never from here.

use crate::domain::Lang;

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

macro_rules! ui_strings {
    ($($name:ident => $zh:literal, $en:literal;)*) => {
        $(pub const $name: UiText = UiText { zh: $zh, en: $en };)*
        /// All strings, for the tidy test that checks both languages are filled in.
        pub const ALL: &[UiText] = &[$($name),*];
    };
}

ui_strings! {
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
    BACK_TO_START => "返回首页", "Back to start";
    PRINT => "打印", "Print";
    TOTAL => "总分", "Total";
    GRADE => "等次", "Grade";
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
    ACHIEVED => "实际完成", "Achieved";
    AT_MOST => "最多", "at most";
    QUOTA_TARGET => "目标", "Target";
    OCCURRENCES => "次数", "Occurrences";
    PER_OCCURRENCE => "每次", "each";
    POINTS_UNIT => "分", "pts";
    NOTE_REQUIRED => "未得满分时须填写说明", "A note is required below full marks";
    NOTE_MISSING => "请填写未得满分的说明", "Please explain why this is below full marks";
    NOT_A_NUMBER => "请输入数字，例如 12 或 12.5（最多两位小数）", "Enter a number such as 12 or 12.5 (at most two decimals)";
    NEGATIVE => "不能为负数", "Cannot be negative";
    NOT_A_COUNT => "请输入不小于 0 的整数", "Enter a whole number, 0 or more";
    INPUT_KEPT => "未采用此输入，分数仍按上一个有效值计算", "This input was not used; the score still uses the last valid value";
    SUMMARY => "待办事项", "To do";
    UNANSWERED_ITEMS => "未填项目", "Unanswered items";
    BELOW_FULL_ITEMS => "未得满分项目", "Items below full marks";
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
    IMPORT_REPLACE => "已有“{}”的同一份草稿。确定 = 用导入的文件替换它；取消 = 两份都保留。", "A draft of “{}” with the same id exists. OK = replace it with the imported file; Cancel = keep both.";
    IMPORTED_AS => "已导入为草稿：{}", "imported as a draft: {}";
    DIGEST_OK => "校验一致", "digest OK";
    CHANGED_AFTER_EXPORT => "⚠ 导出后被修改过（校验值不符）", "⚠ changed after export (digest mismatch)";
    DIGEST_MISSING => "文件没有校验值", "the file has no digest";
    SCORE_MISMATCH => "文件中记录的分数与按模板重新计算的不一致，已采用重新计算的分数", "the scores written in the file differ from the recomputed ones; the recomputed scores are used";
    MIGRATED_FROM => "已从第 {} 版格式转换", "converted from format version {}";
    DRAFTS => "草稿", "Drafts";
    NO_DRAFTS => "此浏览器中还没有草稿。", "No drafts in this browser yet.";
    LAST_CHANGE => "最后修改", "Last change";
    ACTIONS => "操作", "Actions";
    OPEN => "打开", "Open";
    RENAME => "重命名", "Rename";
    RENAME_PROMPT => "草稿名称：", "Name of the draft:";
    DUPLICATE => "复制", "Duplicate";
    DISCARD => "删除", "Discard";
    DISCARD_CONFIRM => "确定删除“{}”的草稿吗？", "Discard the draft of “{}”?";
    DISCARDED => "已删除“{}”的草稿。", "Discarded the draft of “{}”.";
    UNDO => "撤销", "Undo";
    BACKUP_ALL => "备份全部草稿", "Back up all drafts";
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
    PDF_MISSING_GLYPHS => "内置字体无法显示以下字符，PDF 未生成，请改用常用字：{}", "The bundled font cannot show these characters, so no PDF was made; please replace them: {}";
    BOOT_FAILED => "出错了：您的草稿已保存，可刷新页面重试。", "Something went wrong: your draft is saved; reload the page to try again.";
}

/// Fills the single `{}` of a string.
pub fn fill(text: UiText, lang: Lang, value: impl std::fmt::Display) -> String {
    text.get(lang).replacen("{}", &value.to_string(), 1)
}
