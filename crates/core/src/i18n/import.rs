//! Why a file could not be imported or written ([`crate::formats::exchange`]): a plain
//! sentence saying what the file is not and what to choose instead, or the field at fault.

use super::UiText;

ui_strings! {
    IMPORT_TEXTS;
    // a field of an Eightfold file that is wrong
    IMPORT_FIELD_INVALID => "文件内容有误", "Invalid file content";
    IMPORT_TEMPLATE_MISMATCH => "评估所用模板为“{}”第 {} 版，但文件附带的模板是“{}”第 {} 版", "the assessment is for template {} version {}, but the file carries {} version {}";
    IMPORT_FIELD_MISSING => "缺少 {} 字段", "missing field `{}`";
    IMPORT_FIELD_UNKNOWN => "不认识的字段 {}", "unknown field `{}`";
    IMPORT_FIELD_DUPLICATE => "字段 {} 重复出现", "duplicate field `{}`";
    IMPORT_VALUE_UNKNOWN => "不认识的取值“{}”", "unknown value “{}”";
    IMPORT_VALUE_WRONG_TYPE => "值的类型不符合要求", "the value is of the wrong type";
    IMPORT_VALUE_WRONG_LENGTH => "项目个数不符合要求", "the number of items is wrong";
    IMPORT_VALUE_INVALID => "值不符合要求", "the value is not valid";
    IMPORT_TOO_LARGE => "文件过大（{}），上限为 {}，未读取", "The file is too large ({}); the limit is {}. It was not read.";
    IMPORT_NOT_UTF8 => "这不是八型机关考评导出的文件（内容不是 UTF-8 文本，第 {} 字节处）。请选择扩展名为 {} 的文件。", "This is not a file exported by Eightfold (its content is not UTF-8 text, at byte {}). Choose a {} file.";
    IMPORT_EMPTY => "文件是空的。{}", "The file is empty. {}";
    IMPORT_ASK_AGAIN => "请重新导出，或向发送方重新索取文件。", "Export it again, or ask the sender for the file again.";
    IMPORT_NOT_JSON => "这不是八型机关考评导出的文件（内容不是 JSON）。请选择扩展名为 {} 的文件。", "This is not a file exported by Eightfold (its content is not JSON). Choose a {} file.";
    IMPORT_TRUNCATED => "文件不完整：内容在第 {} 行中断，可能没有完整复制或下载。{}", "The file is incomplete: it breaks off at line {}; it may not have been copied or downloaded completely. {}";
    IMPORT_DAMAGED => "文件已损坏：内容不是有效的 JSON（第 {} 行第 {} 列），可能被手工修改过。{}", "The file is damaged: its content is not valid JSON (line {}, column {}); it may have been edited by hand. {}";
    IMPORT_FUTURE_VERSION => "文件由更新版本的八型机关考评导出（format_version 为 {}），本程序只能读取到版本 {}。请升级本程序后再导入。", "The file comes from a newer version of Eightfold (format_version {}); this one reads up to version {}. Please update the app, then import it again.";
    IMPORT_UNKNOWN_TEMPLATE => "template_id：文件使用的模板“{}”（版本 {}）不在本程序中，且文件未附带该模板", "template_id: the file uses template “{}” (version {}), which this app does not have, and the file does not include it.";
    IMPORT_NO_FORMAT => "这不是八型机关考评导出的文件（没有 format 字段）。请选择扩展名为 {} 的文件。", "This is not a file exported by Eightfold (it has no `format` field). Choose a {} file.";
    IMPORT_IS_BACKUP => "format：这是备份文件，请使用“恢复备份”导入", "format: this is a backup file; use “Restore backup” to load it.";
    IMPORT_IS_ASSESSMENT => "format：这是单个评估文件，请使用“导入”", "format: this is a single assessment file; use “Import” to load it.";
    IMPORT_IS_TEMPLATE => "format：这是考核模板文件，请在“考核模板”中用“导入模板文件”导入", "format: this is a criteria template file; use “Import a template file” under Criteria templates.";
    IMPORT_OTHER_FORMAT => "这不是八型机关考评导出的文件（format 为“{}”，应为 {}）。请选择扩展名为 {} 的文件。", "This is not a file exported by Eightfold (its format is “{}”, expected {}). Choose a {} file.";
    IMPORT_TEMPLATE_INVALID => "文件附带的模板有误：{}", "The template inside the file is invalid: {}";
    IMPORT_ISSUES_MORE => "另有 {} 处", "and {} more";
    EXPORT_FAILED => "无法生成文件：{}", "The file could not be written: {}";
}
