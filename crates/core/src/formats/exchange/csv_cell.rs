//! Spreadsheet-safe CSV: cells that cannot turn into formulas, UTF-8 with a byte-order mark.
//!
//! Units' names, notes and comments end up in Excel or WPS on a committee PC. A cell starting
//! with `=`, `+`, `-` or `@` (or a tab, CR or LF, which some programs skip before looking) is
//! read as a formula there, so a note such as `=HYPERLINK("http://…")` would run. Every text
//! cell is therefore neutralised: if its first character, or its first character after leading
//! blanks, is one of those (full-width `＝＋－＠` included, which East Asian input methods
//! produce), an apostrophe is put in front, which spreadsheets show as plain text.
//!
//! Numbers are a separate kind of cell: they are written by this code from [`Fixed`] values
//! (`12`, `89.95`, and in principle `-3`), never from user text, and a plain number cannot
//! carry a formula, so they are left as they are and stay numbers in the spreadsheet.
//! The byte-order mark makes Excel and WPS read the file as UTF-8, so Chinese shows intact.

use std::borrow::Cow;

use crate::domain::Fixed;

/// UTF-8 byte-order mark, first in every CSV file this app writes.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// MIME type of the CSV files.
pub const CSV_MIME: &str = "text/csv;charset=utf-8";

/// One cell: text (neutralised) or a number written by the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Number(Fixed),
    Empty,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// The cell as written to the file.
    pub fn render(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(text) => neutralize_formula(text),
            Cell::Number(number) => Cow::Owned(number.to_string()),
            Cell::Empty => Cow::Borrowed(""),
        }
    }
}

fn starts_formula(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r' | '\n')
        || crate::i18n::FULL_WIDTH_FORMULA_STARTS.contains(&c)
}

/// `text`, with an apostrophe in front when a spreadsheet would read it as a formula.
pub fn neutralize_formula(text: &str) -> Cow<'_, str> {
    let first = text.chars().next();
    let first_visible = text.trim_start().chars().next();
    if first.is_some_and(starts_formula) || first_visible.is_some_and(starts_formula) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes `rows` as CSV (comma-separated, CRLF line ends, quotes where needed) after a BOM.
pub fn csv_bytes(rows: &[Vec<Cell>]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(UTF8_BOM.to_vec());
    for row in rows {
        writer.write_record(row.iter().map(|cell| cell.render().into_owned()))?;
    }
    writer
        .into_inner()
        .map_err(|error| error.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_an_apostrophe() {
        for payload in [
            "=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", " =1", "＝1", "\r\n",
        ] {
            assert!(neutralize_formula(payload).starts_with('\''), "{payload:?}");
        }
        for plain in ["财政局", "12", "note - with dash", "", "'quoted"] {
            assert_eq!(neutralize_formula(plain), plain);
        }
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(Cell::Number(Fixed::from_hundredths(-300)).render(), "-3");
        assert_eq!(Cell::text("-3").render(), "'-3");
    }
}
