//! Why a file could not be imported or written, in Chinese and English, naming the field.
//!
//! Each way a file can be wrong is its own variant, so the app can react (offer "restore
//! backup" for a backup given to import, suggest upgrading for a newer format) and a person
//! reads what is wrong and where: `assessment.answers["3.1"].value: invalid type: string
//! "twelve", expected a number with at most two decimals`.
//!
//! A file that is not one of ours at all (empty, not JSON, JSON without `format`) gets a plain
//! sentence in the reader's language saying so and what to choose instead; serde's English
//! never appears there (a position is kept, in the reader's language, for support). Only a
//! bad field of an Eightfold file keeps serde's detail, after the path and a translated lead-in.

use std::fmt;

use crate::domain::{Lang, TemplateId};
use crate::i18n;

use super::backup::BACKUP_FORMAT;
use super::envelope::ASSESSMENT_FORMAT;
use super::file_issue::FileIssue;
use super::file_name::{ASSESSMENT_EXTENSION, BACKUP_EXTENSION};
use super::template_file::{TEMPLATE_EXTENSION, TEMPLATE_FORMAT};

/// Why importing (or restoring) a file failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than the limit; checked before anything is parsed.
    TooLarge { size: usize, limit: usize },
    /// Not UTF-8 text; `offset` is the first bad byte. `expected` is the `format` the importer
    /// that read it takes, so the message names that importer's kind of file.
    NotUtf8 {
        offset: usize,
        expected: &'static str,
    },
    /// No content: no bytes, or only blanks (and a byte-order mark).
    Empty,
    /// Not JSON; `line` and `column` (1-based) are where reading stopped.
    NotJson {
        line: usize,
        column: usize,
        kind: NotJsonKind,
        expected: &'static str,
    },
    /// JSON, but not this kind of file. `found` is its `format` field, if it has one.
    WrongFormat {
        found: Option<String>,
        expected: &'static str,
    },
    /// Written by a newer app in a layout this one does not know.
    FutureVersion { found: u64, supported: u32 },
    /// The file has no template and this app does not know the one it names.
    UnknownTemplate { id: TemplateId, version: u32 },
    /// The template inside the file fails validation; paths start with `template.`.
    InvalidTemplate { issues: Vec<FileIssue> },
    /// The assessment names another template (or version) than the one the file carries;
    /// `path` is the field that differs.
    TemplateMismatch {
        path: String,
        named: (TemplateId, u32),
        carried: (TemplateId, u32),
    },
    /// A field is missing, of the wrong type or inconsistent. `detail` is in English (serde's
    /// own words); the Chinese message words its known shapes and never shows it otherwise.
    Field { path: String, detail: String },
}

/// How a file that is not JSON looks, which decides what the person is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotJsonKind {
    /// It does not even start like JSON (a text, a spreadsheet, a picture...).
    Other,
    /// It starts like JSON but stops in the middle (cut short while copied or downloaded).
    Truncated,
    /// It starts like JSON but is broken further on (edited by hand, damaged).
    Damaged,
}

/// Why an export could not be written (serialization of plain data; not expected to happen).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportError {
    pub detail: String,
}

/// Issues listed in full in a message; the rest are counted.
const ISSUES_SHOWN: usize = 5;

impl ImportError {
    /// The field at fault, as a path into the file (`format_version`,
    /// `assessment.answers["1.1"].value`), when the problem is in one field.
    pub fn field(&self) -> Option<String> {
        match self {
            ImportError::TooLarge { .. }
            | ImportError::NotUtf8 { .. }
            | ImportError::Empty
            | ImportError::NotJson { .. } => None,
            ImportError::WrongFormat { .. } => Some("format".to_owned()),
            ImportError::FutureVersion { .. } => Some("format_version".to_owned()),
            ImportError::UnknownTemplate { .. } => Some("template_id".to_owned()),
            ImportError::InvalidTemplate { issues } => issues.first().map(|i| i.path.clone()),
            ImportError::TemplateMismatch { path, .. } | ImportError::Field { path, .. } => {
                Some(path.clone())
            }
        }
    }

    /// A sentence for the person importing the file.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            ImportError::TooLarge { size, limit } => {
                let (size, limit) = (human_size(*size), human_size(*limit));
                if zh {
                    format!("文件过大（{size}），上限为 {limit}，未读取")
                } else {
                    format!(
                        "The file is too large ({size}); the limit is {limit}. It was not read."
                    )
                }
            }
            ImportError::NotUtf8 { offset, expected } => {
                let extension = extension_of(expected);
                if zh {
                    format!("这不是八型机关考评导出的文件（内容不是 UTF-8 文本，第 {offset} 字节处）。请选择扩展名为 {extension} 的文件。")
                } else {
                    format!("This is not a file exported by Eightfold (its content is not UTF-8 text, at byte {offset}). Choose a {extension} file.")
                }
            }
            ImportError::Empty => {
                if zh {
                    format!("文件是空的。{ASK_AGAIN_ZH}")
                } else {
                    format!("The file is empty. {ASK_AGAIN_EN}")
                }
            }
            ImportError::NotJson {
                line,
                column,
                kind,
                expected,
            } => not_json(*kind, *line, *column, extension_of(expected), zh),
            ImportError::WrongFormat { found, expected } => {
                wrong_format(found.as_deref(), expected, zh)
            }
            ImportError::FutureVersion { found, supported } => {
                if zh {
                    format!("文件由更新版本的八型机关考评导出（format_version 为 {found}），本程序只能读取到版本 {supported}。请升级本程序后再导入。")
                } else {
                    format!("The file comes from a newer version of Eightfold (format_version {found}); this one reads up to version {supported}. Please update the app, then import it again.")
                }
            }
            ImportError::UnknownTemplate { id, version } => {
                if zh {
                    format!("template_id：文件使用的模板“{id}”（版本 {version}）不在本程序中，且文件未附带该模板")
                } else {
                    format!("template_id: the file uses template “{id}” (version {version}), which this app does not have, and the file does not include it.")
                }
            }
            ImportError::InvalidTemplate { issues } => invalid_template(issues, lang),
            ImportError::TemplateMismatch {
                path,
                named,
                carried,
            } => {
                let detail = i18n::fill_each(
                    i18n::IMPORT_TEMPLATE_MISMATCH,
                    lang,
                    &[&named.0, &named.1, &carried.0, &carried.1],
                );
                field_message(path, &detail, lang)
            }
            ImportError::Field { path, detail } => {
                let detail = if zh {
                    detail_zh(detail)
                } else {
                    detail.clone()
                };
                field_message(path, &detail, lang)
            }
        }
    }

    /// The same error for a part of a larger file: paths gain `prefix` (`entries[3]`).
    pub fn within(self, prefix: &str) -> ImportError {
        let join = |path: &str| {
            if path.is_empty() || path == "." {
                prefix.to_owned()
            } else if path.starts_with('[') {
                format!("{prefix}{path}")
            } else {
                format!("{prefix}.{path}")
            }
        };
        match self {
            ImportError::Field { path, detail } => ImportError::Field {
                path: join(&path),
                detail,
            },
            ImportError::InvalidTemplate { issues } => ImportError::InvalidTemplate {
                issues: issues
                    .into_iter()
                    .map(|issue| FileIssue {
                        path: join(&issue.path),
                        message: issue.message,
                    })
                    .collect(),
            },
            other => other,
        }
    }
}

/// What to do about a file that is empty or broken.
const ASK_AGAIN_ZH: &str = "请重新导出，或向发送方重新索取文件。";
const ASK_AGAIN_EN: &str = "Export it again, or ask the sender for the file again.";

/// "文件内容有误：path：detail" / "Invalid file content: path: detail" (no path: no colon).
fn field_message(path: &str, detail: &str, lang: Lang) -> String {
    let separator = i18n::label_separator(lang);
    let lead = i18n::IMPORT_FIELD_INVALID.get(lang);
    if path.is_empty() {
        format!("{lead}{separator}{detail}")
    } else {
        format!("{lead}{separator}{path}{separator}{detail}")
    }
}

fn not_json(kind: NotJsonKind, line: usize, column: usize, extension: &str, zh: bool) -> String {
    match (kind, zh) {
        (NotJsonKind::Other, true) => format!("这不是八型机关考评导出的文件（内容不是 JSON）。请选择扩展名为 {extension} 的文件。"),
        (NotJsonKind::Other, false) => format!("This is not a file exported by Eightfold (its content is not JSON). Choose a {extension} file."),
        (NotJsonKind::Truncated, true) => format!("文件不完整：内容在第 {line} 行中断，可能没有完整复制或下载。{ASK_AGAIN_ZH}"),
        (NotJsonKind::Truncated, false) => format!("The file is incomplete: it breaks off at line {line}; it may not have been copied or downloaded completely. {ASK_AGAIN_EN}"),
        (NotJsonKind::Damaged, true) => format!("文件已损坏：内容不是有效的 JSON（第 {line} 行第 {column} 列），可能被手工修改过。{ASK_AGAIN_ZH}"),
        (NotJsonKind::Damaged, false) => format!("The file is damaged: its content is not valid JSON (line {line}, column {column}); it may have been edited by hand. {ASK_AGAIN_EN}"),
    }
}

/// The extension of the files of `format`, for "choose a … file".
fn extension_of(format: &str) -> &'static str {
    match format {
        BACKUP_FORMAT => BACKUP_EXTENSION,
        TEMPLATE_FORMAT => TEMPLATE_EXTENSION,
        _ => ASSESSMENT_EXTENSION,
    }
}

/// serde's English detail about a field, worded in Chinese by its shape; a detail of no known
/// shape is not shown (the path already names the field), so no English sentence appears.
fn detail_zh(detail: &str) -> String {
    let quoted = |prefix: &str| {
        detail
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned)
    };
    let lang = Lang::Zh;
    if let Some(field) = quoted("missing field `") {
        i18n::fill(i18n::IMPORT_FIELD_MISSING, lang, field)
    } else if let Some(field) = quoted("unknown field `") {
        i18n::fill(i18n::IMPORT_FIELD_UNKNOWN, lang, field)
    } else if let Some(field) = quoted("duplicate field `") {
        i18n::fill(i18n::IMPORT_FIELD_DUPLICATE, lang, field)
    } else if let Some(value) = quoted("unknown variant `") {
        i18n::fill(i18n::IMPORT_VALUE_UNKNOWN, lang, value)
    } else if detail.starts_with("invalid type: ") {
        i18n::IMPORT_VALUE_WRONG_TYPE.get(lang).to_owned()
    } else if detail.starts_with("invalid length ") {
        i18n::IMPORT_VALUE_WRONG_LENGTH.get(lang).to_owned()
    } else {
        i18n::IMPORT_VALUE_INVALID.get(lang).to_owned()
    }
}

fn wrong_format(found: Option<&str>, expected: &str, zh: bool) -> String {
    let extension = extension_of(expected);
    match (found, zh) {
        (None, true) => format!("这不是八型机关考评导出的文件（没有 format 字段）。请选择扩展名为 {extension} 的文件。"),
        (None, false) => format!("This is not a file exported by Eightfold (it has no `format` field). Choose a {extension} file."),
        (Some(BACKUP_FORMAT), true) => "format：这是备份文件，请使用“恢复备份”导入".to_owned(),
        (Some(BACKUP_FORMAT), false) => {
            "format: this is a backup file; use “Restore backup” to load it.".to_owned()
        }
        (Some(ASSESSMENT_FORMAT), true) => "format：这是单个评估文件，请使用“导入”".to_owned(),
        (Some(ASSESSMENT_FORMAT), false) => {
            "format: this is a single assessment file; use “Import” to load it.".to_owned()
        }
        (Some(TEMPLATE_FORMAT), true) if expected != TEMPLATE_FORMAT => {
            "format：这是考核模板文件，请在“考核模板”中用“导入模板文件”导入".to_owned()
        }
        (Some(TEMPLATE_FORMAT), false) if expected != TEMPLATE_FORMAT => {
            "format: this is a criteria template file; use “Import a template file” under Criteria templates.".to_owned()
        }
        (Some(other), true) => format!("这不是八型机关考评导出的文件（format 为“{other}”，应为 {expected}）。请选择扩展名为 {extension} 的文件。"),
        (Some(other), false) => {
            format!("This is not a file exported by Eightfold (its format is “{other}”, expected {expected}). Choose a {extension} file.")
        }
    }
}

fn invalid_template(issues: &[FileIssue], lang: Lang) -> String {
    let listed: Vec<String> = issues
        .iter()
        .take(ISSUES_SHOWN)
        .map(|issue| format!("{}: {}", issue.path, issue.message.get(lang)))
        .collect();
    let more = issues.len().saturating_sub(ISSUES_SHOWN);
    match lang {
        Lang::Zh => {
            let rest = if more > 0 {
                format!("；另有 {more} 处")
            } else {
                String::new()
            };
            format!("文件附带的模板有误：{}{rest}", listed.join("；"))
        }
        Lang::En => {
            let rest = if more > 0 {
                format!("; and {more} more")
            } else {
                String::new()
            };
            format!(
                "The template inside the file is invalid: {}{rest}",
                listed.join("; ")
            )
        }
    }
}

/// "812 B", "4.7 KB", "5.0 MB".
fn human_size(bytes: usize) -> String {
    const KB: usize = 1024;
    const MB: usize = 1024 * 1024;
    let tenths = |unit: usize| {
        let scaled = (bytes as u128 * 10 + unit as u128 / 2) / unit as u128;
        format!("{}.{}", scaled / 10, scaled % 10)
    };
    if bytes < KB {
        format!("{bytes} B")
    } else if bytes < MB {
        format!("{} KB", tenths(KB))
    } else {
        format!("{} MB", tenths(MB))
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}

impl ExportError {
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("无法生成文件：{}", self.detail),
            Lang::En => format!("The file could not be written: {}", self.detail),
        }
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(error: serde_json::Error) -> ExportError {
        ExportError {
            detail: error.to_string(),
        }
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ExportError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(812), "812 B");
        assert_eq!(human_size(5 * 1024 * 1024), "5.0 MB");
        assert_eq!(human_size(4813), "4.7 KB");
    }

    #[test]
    fn within_prefixes_field_paths() {
        let error = ImportError::Field {
            path: "assessment.unit".into(),
            detail: "missing field `year`".into(),
        };
        assert_eq!(
            error.within("entries[2]").field().as_deref(),
            Some("entries[2].assessment.unit")
        );
    }
}
