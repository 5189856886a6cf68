//! The columns a criteria table may have, the header names each is known by (Chinese and
//! English, as committees write them), and finding them in a header row.
//!
//! Header names are matched after trimming, ignoring case, blanks and a trailing colon, so
//! `考核内容`, ` 考核内容：` and `Content` all name the same column. Unknown columns (a
//! 备注 column, a 序号 the committee keeps for itself) are ignored, not errors.

use std::collections::BTreeMap;

use crate::domain::Text;

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
            Column::Dimension => &["维度", "考核维度", "类别", "一级指标", "dimension"],
            Column::DimensionEn => &["维度（英文）", "维度(英文)", "dimension_en"],
            Column::Weight => &["权重", "维度权重", "weight"],
            Column::Id => &["编号", "指标编号", "id"],
            Column::Content => &["考核内容", "内容", "考核项目", "二级指标", "content"],
            Column::ContentEn => &["考核内容（英文）", "考核内容(英文)", "content_en"],
            Column::Standard => &["评分标准", "标准", "评分细则", "standard"],
            Column::StandardEn => &["评分标准（英文）", "评分标准(英文)", "standard_en"],
            Column::Points => &["分值", "满分", "分数", "points", "max_points"],
            Column::Kind => &["类型", "计分方式", "评分方式", "kind"],
            Column::Target => &["目标", "目标值", "target"],
            Column::Unit => &["计量单位", "单位", "unit"],
            Column::PerOccurrence => &["每次分值", "每次", "per_occurrence"],
            Column::Levels => &["档次", "评定档次", "levels"],
            Column::NaAllowed => &["可不适用", "允许不适用", "na_allowed"],
            Column::NoteRequired => &["未满分须说明", "须说明", "note_required"],
            Column::MustPass => &["必达项", "必达", "★", "must_pass"],
            Column::Source => &["依据", "来源", "source"],
        }
    }

    /// What the column holds, for messages.
    pub fn label(self) -> Text {
        let zh = self.names()[0];
        let en = match self {
            Column::Dimension => "dimension",
            Column::DimensionEn => "dimension (English)",
            Column::Weight => "weight",
            Column::Id => "id",
            Column::Content => "content",
            Column::ContentEn => "content (English)",
            Column::Standard => "scoring standard",
            Column::StandardEn => "scoring standard (English)",
            Column::Points => "points",
            Column::Kind => "kind",
            Column::Target => "target",
            Column::Unit => "unit",
            Column::PerOccurrence => "points per occurrence",
            Column::Levels => "levels",
            Column::NaAllowed => "N/A allowed",
            Column::NoteRequired => "note required",
            Column::MustPass => "must-pass",
            Column::Source => "source",
        };
        Text::new(zh, en)
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
        .trim_end_matches([':', '：'])
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(super::cells::fold_case)
        .collect()
}
