//! The columns a criteria table may have, the header names each is known by (Chinese and
//! English, as committees write them; the names themselves are in [`crate::i18n`]), and
//! finding them in a header row.
//!
//! Header names are matched after trimming, ignoring case, blanks and a trailing colon, so
//! `考核内容`, ` 考核内容：` and `Content` all name the same column. Unknown columns (a
//! 备注 column, a 序号 the committee keeps for itself) are ignored, not errors.

use std::collections::BTreeMap;

use crate::i18n::{self, UiText};

use super::CsvError;

/// A column of a criteria table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    Dimension,
    DimensionEn,
    Weight,
    Id,
    Content,
    ContentEn,
    Standard,
    StandardEn,
    Points,
    Kind,
    Target,
    Unit,
    PerOccurrence,
    Levels,
    NaAllowed,
    NoteRequired,
    MustPass,
    Source,
}

impl Column {
    pub const ALL: [Column; 18] = [
        Column::Dimension,
        Column::DimensionEn,
        Column::Weight,
        Column::Id,
        Column::Content,
        Column::ContentEn,
        Column::Standard,
        Column::StandardEn,
        Column::Points,
        Column::Kind,
        Column::Target,
        Column::Unit,
        Column::PerOccurrence,
        Column::Levels,
        Column::NaAllowed,
        Column::NoteRequired,
        Column::MustPass,
        Column::Source,
    ];

    /// The columns a table must have.
    pub const REQUIRED: [Column; 3] = [Column::Dimension, Column::Content, Column::Points];

    /// The header names this column is known by; the first is the one to write.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Column::Dimension => i18n::CSV_DIMENSION_NAMES,
            Column::DimensionEn => i18n::CSV_DIMENSION_EN_NAMES,
            Column::Weight => i18n::CSV_WEIGHT_NAMES,
            Column::Id => i18n::CSV_ID_NAMES,
            Column::Content => i18n::CSV_CONTENT_NAMES,
            Column::ContentEn => i18n::CSV_CONTENT_EN_NAMES,
            Column::Standard => i18n::CSV_STANDARD_NAMES,
            Column::StandardEn => i18n::CSV_STANDARD_EN_NAMES,
            Column::Points => i18n::CSV_POINTS_NAMES,
            Column::Kind => i18n::CSV_KIND_NAMES,
            Column::Target => i18n::CSV_TARGET_NAMES,
            Column::Unit => i18n::CSV_UNIT_NAMES,
            Column::PerOccurrence => i18n::CSV_PER_OCCURRENCE_NAMES,
            Column::Levels => i18n::CSV_LEVELS_NAMES,
            Column::NaAllowed => i18n::CSV_NA_ALLOWED_NAMES,
            Column::NoteRequired => i18n::CSV_NOTE_REQUIRED_NAMES,
            Column::MustPass => i18n::CSV_MUST_PASS_NAMES,
            Column::Source => i18n::CSV_SOURCE_NAMES,
        }
    }

    /// What the column holds, for messages; its Chinese is the first of its names.
    pub fn label(self) -> UiText {
        match self {
            Column::Dimension => i18n::CSV_COLUMN_DIMENSION,
            Column::DimensionEn => i18n::CSV_COLUMN_DIMENSION_EN,
            Column::Weight => i18n::CSV_COLUMN_WEIGHT,
            Column::Id => i18n::CSV_COLUMN_ID,
            Column::Content => i18n::CSV_COLUMN_CONTENT,
            Column::ContentEn => i18n::CSV_COLUMN_CONTENT_EN,
            Column::Standard => i18n::CSV_COLUMN_STANDARD,
            Column::StandardEn => i18n::CSV_COLUMN_STANDARD_EN,
            Column::Points => i18n::CSV_COLUMN_POINTS,
            Column::Kind => i18n::CSV_COLUMN_KIND,
            Column::Target => i18n::CSV_COLUMN_TARGET,
            Column::Unit => i18n::CSV_COLUMN_UNIT,
            Column::PerOccurrence => i18n::CSV_COLUMN_PER_OCCURRENCE,
            Column::Levels => i18n::CSV_COLUMN_LEVELS,
            Column::NaAllowed => i18n::CSV_COLUMN_NA_ALLOWED,
            Column::NoteRequired => i18n::CSV_COLUMN_NOTE_REQUIRED,
            Column::MustPass => i18n::CSV_COLUMN_MUST_PASS,
            Column::Source => i18n::CSV_COLUMN_SOURCE,
        }
    }
}

/// Where each known column is in the table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnMap {
    at: BTreeMap<Column, usize>,
}

impl ColumnMap {
    /// Finds the columns in `header`; fails when a required one is missing. When two header
    /// cells name the same column, the first wins.
    pub fn from_header(header: &[String]) -> Result<ColumnMap, CsvError> {
        let mut at = BTreeMap::new();
        for (index, cell) in header.iter().enumerate() {
            let name = normalize(cell);
            let found = Column::ALL
                .into_iter()
                .find(|column| column.names().iter().any(|n| normalize(n) == name));
            if let Some(column) = found {
                at.entry(column).or_insert(index);
            }
        }
        for column in Column::REQUIRED {
            if !at.contains_key(&column) {
                return Err(CsvError::MissingColumn {
                    column,
                    found: header.iter().filter(|h| !h.is_empty()).cloned().collect(),
                });
            }
        }
        Ok(ColumnMap { at })
    }

    pub fn has(&self, column: Column) -> bool {
        self.at.contains_key(&column)
    }

    /// The cell of `column` in `row`; empty when the column or the cell is absent.
    pub fn cell<'a>(&self, row: &'a [String], column: Column) -> &'a str {
        self.at
            .get(&column)
            .and_then(|&index| row.get(index))
            .map_or("", String::as_str)
    }
}

fn normalize(name: &str) -> String {
    name.trim()
        .trim_end_matches(i18n::CSV_HEADER_NAME_ENDS)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(super::cells::fold_case)
        .collect()
}
