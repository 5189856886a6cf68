//! Every user-facing text, in Chinese and English, in one table.
//!
//! The macro makes a missing language a compile error; template text comes from the template
//! itself ([`crate::domain::Text`]), not from here, except the words the core writes into a
//! new template (its default levels and grade bands). The table is split by where a text is
//! read (this file: the form and the start screen; `tables`: review mode; `criteria`: the
//! templates, their editor and the criteria table; `storage`, `import`: the core's own
//! messages; `print`: the PDFs; `exports`: the CSV files; `cli`: the command line;
//! `presentation`: how an answer, a score, a grade and a rule's effect read; `typing`: numbers
//! as typed, full-width forms included), one wording per concept across all of them;
//! [`every_text`] lists every entry for the tidy test that checks both languages.

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

    /// Both languages as a template's [`Text`](crate::domain::Text), for words the core
    /// writes into a template (a default level, a placeholder title).
    pub fn both(self) -> crate::domain::Text {
        crate::domain::Text::new(self.zh, self.en)
    }

    /// [`UiText::both`] with each `{}` filled by the next of `values` (see [`fill_each`]).
    pub fn both_filled(self, values: &[&dyn std::fmt::Display]) -> crate::domain::Text {
        crate::domain::Text::new(
            fill_each(self, Lang::Zh, values),
            fill_each(self, Lang::En, values),
        )
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

mod cli;
mod criteria;
mod exports;
mod import;
mod presentation;
mod print;
mod storage;
mod tables;
mod typing;

pub use cli::*;
pub use criteria::*;
pub use exports::*;
pub use import::*;
pub use presentation::*;
pub use print::*;
pub use storage::*;
pub use tables::*;
pub use typing::*;

/// Every text of the table, for the tidy test that checks both languages are filled in.
pub fn every_text() -> impl Iterator<Item = UiText> {
    [
        SCREEN_TEXTS,
        STORAGE_TEXTS,
        IMPORT_TEXTS,
        PRINT_TEXTS,
        PRESENTATION_TEXTS,
        TABLES_TEXTS,
        CRITERIA_TEXTS,
        CLI_TEXTS,
        EXPORTS_TEXTS,
        TYPING_TEXTS,
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
    // progress of long work (src/web/slices.rs)
    READING_FILES => "正在读取 {} / {} 份文件", "Reading {} of {} files";
    ENCODING_UNSUPPORTED => "此浏览器无法读取 {} 编码的文件，请另存为 UTF-8 CSV", "This browser cannot read {} text; save the table as UTF-8 CSV";
    // Documents made by `crate::actions`.
    NO_SUCH_GROUP => "汇总结果中没有第 {} 组", "The consolidation has no group {}";
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

/// Between names enumerated in a sentence: "“甲”、“乙”" / "“a”, “b”".
pub fn enumeration_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
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
