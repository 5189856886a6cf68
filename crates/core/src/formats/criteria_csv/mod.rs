//! Starting a template from the committee's own spreadsheet: a criteria table saved as CSV.
//!
//! County committees keep their 考核细则 in Excel or WPS. Saved as CSV, such a table arrives
//! as UTF-8 (with or without a byte-order mark) or, from Chinese Excel's default "CSV" choice,
//! as GB18030. [`detect_encoding`] says which; the browser's `TextDecoder` does the decoding
//! (so no conversion table ships in the app), and [`criteria_from_csv`] reads the text.
//!
//! The first row names the columns, in Chinese or English (see [`columns`]); only dimension,
//! content and points are required. Rows are grouped into dimensions in order of first
//! appearance; an empty dimension or weight cell continues the row above (what merged cells
//! become in CSV). The result is a *draft*: it is not validated here, the editor shows what is
//! left to fix. Where the table has no English column the Chinese text is used for both
//! languages, so a Chinese-only table can be published without translating every cell.
//! Cells that cannot be read are reported by row and column, never guessed silently.

pub mod build;
pub mod cells;
pub mod columns;

use std::fmt;

use crate::domain::{Lang, Template, TemplateId, Text};
use crate::i18n;

pub use columns::Column;

/// Largest CSV read (1 MiB): a criteria table is a few hundred rows.
pub const MAX_CSV_BYTES: usize = 1024 * 1024;

/// How the bytes of a CSV file are to be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    /// Chinese Excel and WPS "CSV" without UTF-8: GB18030 (a superset of GBK and GB2312).
    Gb18030,
}

impl TextEncoding {
    /// The label `TextDecoder` knows the encoding by.
    pub const fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Gb18030 => "gb18030",
        }
    }
}

/// UTF-8 when the bytes start with its byte-order mark or are valid UTF-8, else GB18030.
pub fn detect_encoding(bytes: &[u8]) -> TextEncoding {
    if bytes.starts_with(b"\xEF\xBB\xBF") || std::str::from_utf8(bytes).is_ok() {
        TextEncoding::Utf8
    } else {
        TextEncoding::Gb18030
    }
}

/// A template draft read from a table, and what could not be read as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriteriaImport {
    pub template: Template,
    pub warnings: Vec<CellIssue>,
}

/// A cell that could not be read as written; `row` counts lines of the table from 1 (the
/// header row is 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellIssue {
    pub row: usize,
    pub column: Column,
    pub message: Text,
}

impl CellIssue {
    pub fn describe(&self, lang: Lang) -> String {
        i18n::fill_each(
            i18n::CSV_CELL_ISSUE,
            lang,
            &[
                &self.row,
                &self.column.label().get(lang),
                &self.message.get(lang),
            ],
        )
    }
}

/// Why no template could be made from a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    TooLarge {
        size: usize,
        limit: usize,
    },
    /// Not readable as CSV (e.g. an unclosed quote); `row` is where reading stopped.
    NotCsv {
        row: usize,
        detail: String,
    },
    /// A required column is not in the header row; `found` lists the headers seen.
    MissingColumn {
        column: Column,
        found: Vec<String>,
    },
    /// A header row but no criteria rows.
    NoRows,
}

impl CsvError {
    pub fn message(&self, lang: Lang) -> String {
        let fill = |text, values: &[&dyn fmt::Display]| i18n::fill_each(text, lang, values);
        match self {
            CsvError::TooLarge { size, limit } => fill(i18n::CSV_TOO_LARGE, &[size, limit]),
            CsvError::NotCsv { row, detail } => fill(i18n::CSV_NOT_CSV, &[row, detail]),
            CsvError::MissingColumn { column, found } => {
                let separator = i18n::enumeration_separator(lang);
                fill(
                    i18n::CSV_MISSING_COLUMN,
                    &[
                        &column.label().get(lang),
                        &column.names().join(separator),
                        &found.join(separator),
                    ],
                )
            }
            CsvError::NoRows => i18n::CSV_NO_ROWS.get(lang).to_owned(),
        }
    }
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CsvError {}

/// Reads a criteria table (already decoded to text) into a template draft with id `id` and
/// title `title` (usually the file name).
pub fn criteria_from_csv(
    text: &str,
    id: TemplateId,
    title: &str,
) -> Result<CriteriaImport, CsvError> {
    if text.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            size: text.len(),
            limit: MAX_CSV_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rows = read_rows(text)?;
    build::template_from_rows(&rows, id, title)
}

/// One record of the table: its line number (from 1) and its trimmed cells.
pub(crate) type Row = (usize, Vec<String>);

/// Every record with its line; comma-separated, or tab-separated when the first line has
/// more tabs than commas (a table pasted from a spreadsheet). Blank lines are skipped.
fn read_rows(text: &str) -> Result<Vec<Row>, CsvError> {
    let first_line = text.lines().next().unwrap_or("");
    let tabs = first_line.matches('\t').count();
    let commas = first_line.matches(',').count();
    let delimiter = if tabs > commas { b'\t' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line_of = |position: Option<&csv::Position>| {
            position.map_or(index + 1, |p| {
                usize::try_from(p.line()).unwrap_or(index + 1)
            })
        };
        let record = record.map_err(|error| CsvError::NotCsv {
            row: line_of(error.position()),
            detail: error.to_string(),
        })?;
        let cells: Vec<String> = record.iter().map(|cell| cell.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        rows.push((line_of(record.position()), cells));
    }
    Ok(rows)
}
