//! Why a file could not be imported or written, in Chinese and English, naming the field.
//!
//! Each way a file can be wrong is its own variant, so the app can react (offer "restore
//! backup" for a backup given to import, suggest upgrading for a newer format) and a person
//! reads what is wrong and where: `assessment.answers["3.1"].value: invalid type: string
//! "twelve", expected a number with at most two decimals`. Messages about the JSON content
//! carry serde's own English detail after a translated lead-in.

use std::fmt;

use crate::domain::{Lang, TemplateId, TemplateIssue};

use super::backup::BACKUP_FORMAT;
use super::envelope::ASSESSMENT_FORMAT;
use super::template_file::TEMPLATE_FORMAT;

/// Why importing (or restoring) a file failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than the limit; checked before anything is parsed.
    TooLarge { size: usize, limit: usize },
    /// Not UTF-8 text; `offset` is the first bad byte.
    NotUtf8 { offset: usize },
    /// Not JSON.
    NotJson {
        line: usize,
        column: usize,
        detail: String,
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
    InvalidTemplate { issues: Vec<TemplateIssue> },
    /// A field is missing, of the wrong type or inconsistent.
    Field { path: String, detail: String },
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
            | ImportError::NotJson { .. } => None,
            ImportError::WrongFormat { .. } => Some("format".to_owned()),
            ImportError::FutureVersion { .. } => Some("format_version".to_owned()),
            ImportError::UnknownTemplate { .. } => Some("template_id".to_owned()),
            ImportError::InvalidTemplate { issues } => issues.first().map(|i| i.path.clone()),
            ImportError::Field { path, .. } => Some(path.clone()),
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
            ImportError::NotUtf8 { offset } => {
                if zh {
                    format!("文件不是 UTF-8 文本（第 {offset} 字节处），不是八型机关评估文件")
                } else {
                    format!("The file is not UTF-8 text (at byte {offset}); it is not an Eightfold file.")
                }
            }
            ImportError::NotJson {
                line,
                column,
                detail,
            } => {
                if zh {
                    format!("文件不是有效的 JSON（第 {line} 行第 {column} 列：{detail}）")
                } else {
                    format!("The file is not valid JSON (line {line}, column {column}: {detail}).")
                }
            }
            ImportError::WrongFormat { found, expected } => {
                wrong_format(found.as_deref(), expected, zh)
            }
            ImportError::FutureVersion { found, supported } => {
                if zh {
                    format!("format_version 为 {found}：文件由更新版本的程序导出，本程序只能读取到版本 {supported}，请升级本程序")
                } else {
                    format!("format_version is {found}: the file comes from a newer version of the app; this one reads up to version {supported}. Please update the app.")
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
            ImportError::Field { path, detail } => {
                if zh {
                    format!("文件内容有误：{path}：{detail}")
                } else {
                    format!("Invalid file content: {path}: {detail}")
                }
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
                    .map(|issue| TemplateIssue {
                        path: join(&issue.path),
                        message: issue.message,
                    })
                    .collect(),
            },
            other => other,
        }
    }
}

fn wrong_format(found: Option<&str>, expected: &str, zh: bool) -> String {
    match (found, zh) {
        (None, true) => format!("format：文件缺少 format 字段，不是八型机关文件（应为 {expected}）"),
        (None, false) => format!("format: the file has no `format` field; it is not an Eightfold file (expected {expected})."),
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
        (Some(other), true) => format!("format 为“{other}”：不是八型机关文件（应为 {expected}）"),
        (Some(other), false) => {
            format!("format is “{other}”: not an Eightfold file (expected {expected}).")
        }
    }
}

fn invalid_template(issues: &[TemplateIssue], lang: Lang) -> String {
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
