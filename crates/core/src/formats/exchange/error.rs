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
        let ask_again = i18n::IMPORT_ASK_AGAIN.get(lang);
        match self {
            ImportError::TooLarge { size, limit } => i18n::fill_each(
                i18n::IMPORT_TOO_LARGE,
                lang,
                &[&human_size(*size), &human_size(*limit)],
            ),
            ImportError::NotUtf8 { offset, expected } => i18n::fill_each(
                i18n::IMPORT_NOT_UTF8,
                lang,
                &[offset, &extension_of(expected)],
            ),
            ImportError::Empty => i18n::fill(i18n::IMPORT_EMPTY, lang, ask_again),
            ImportError::NotJson {
                line,
                column,
                kind,
                expected,
            } => match kind {
                NotJsonKind::Other => {
                    i18n::fill(i18n::IMPORT_NOT_JSON, lang, extension_of(expected))
                }
                NotJsonKind::Truncated => {
                    i18n::fill_each(i18n::IMPORT_TRUNCATED, lang, &[line, &ask_again])
                }
                NotJsonKind::Damaged => {
                    i18n::fill_each(i18n::IMPORT_DAMAGED, lang, &[line, column, &ask_again])
                }
            },
            ImportError::WrongFormat { found, expected } => {
                wrong_format(found.as_deref(), expected, lang)
            }
            ImportError::FutureVersion { found, supported } => {
                i18n::fill_each(i18n::IMPORT_FUTURE_VERSION, lang, &[found, supported])
            }
            ImportError::UnknownTemplate { id, version } => {
                i18n::fill_each(i18n::IMPORT_UNKNOWN_TEMPLATE, lang, &[id, version])
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
                let detail = match lang {
                    Lang::Zh => detail_zh(detail),
                    Lang::En => detail.clone(),
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

fn wrong_format(found: Option<&str>, expected: &str, lang: Lang) -> String {
    let extension = extension_of(expected);
    match found {
        None => i18n::fill(i18n::IMPORT_NO_FORMAT, lang, extension),
        Some(BACKUP_FORMAT) => i18n::IMPORT_IS_BACKUP.get(lang).to_owned(),
        Some(ASSESSMENT_FORMAT) => i18n::IMPORT_IS_ASSESSMENT.get(lang).to_owned(),
        Some(TEMPLATE_FORMAT) if expected != TEMPLATE_FORMAT => {
            i18n::IMPORT_IS_TEMPLATE.get(lang).to_owned()
        }
        Some(other) => i18n::fill_each(
            i18n::IMPORT_OTHER_FORMAT,
            lang,
            &[&other, &expected, &extension],
        ),
    }
}

fn invalid_template(issues: &[FileIssue], lang: Lang) -> String {
    let mut listed: Vec<String> = issues
        .iter()
        .take(ISSUES_SHOWN)
        .map(|issue| format!("{}: {}", issue.path, issue.message.get(lang)))
        .collect();
    let more = issues.len().saturating_sub(ISSUES_SHOWN);
    if more > 0 {
        listed.push(i18n::fill(i18n::IMPORT_ISSUES_MORE, lang, more));
    }
    i18n::fill(
        i18n::IMPORT_TEMPLATE_INVALID,
        lang,
        listed.join(i18n::list_separator(lang)),
    )
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
        i18n::fill(i18n::EXPORT_FAILED, lang, &self.detail)
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
