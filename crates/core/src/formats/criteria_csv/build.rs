//! Turning the rows of a criteria table into a template draft: dimensions in order of first
//! appearance, one indicator per row, weights from the table or shared equally.
//!
//! Each unreadable cell becomes a [`CellIssue`] and a neutral value (0 points, yes/no kind)
//! that validation then flags too, so the author sees the row in the editor and fixes it
//! there; a row is never dropped.

use crate::domain::template_edit::{blank_template, default_kind, default_levels, KindChoice};
use crate::domain::{
    Dimension, DimensionId, Fixed, Indicator, IndicatorId, IndicatorKind, MustPass, QuotaMode,
    Source, Template, TemplateId, Text,
};
use crate::i18n;

use super::cells::{self, KindCell};
use super::columns::{Column, ColumnMap};
use super::{CellIssue, CriteriaImport, CsvError, Row};

/// Builds the template from the header row and the rows after it.
pub fn template_from_rows(
    rows: &[Row],
    id: TemplateId,
    title: &str,
) -> Result<CriteriaImport, CsvError> {
    let Some(((_, header), body)) = rows.split_first() else {
        return Err(CsvError::NoRows);
    };
    let columns = ColumnMap::from_header(header)?;
    if body.is_empty() {
        return Err(CsvError::NoRows);
    }
    let mut builder = Builder {
        columns,
        template: blank_template(id),
        weights: Vec::new(),
        warnings: Vec::new(),
    };
    builder.template.dimensions.clear();
    builder.template.title = Text::new(title, title);
    builder.template.description = i18n::CSV_TEMPLATE_DESCRIPTION.both_filled(&[&title]);
    let mut current: Option<usize> = None;
    for (line, row) in body {
        current = Some(builder.dimension_for(*line, row, current));
        if let Some(d) = current {
            builder.add_row(*line, row, d);
        }
    }
    builder.share_weights();
    Ok(CriteriaImport {
        template: builder.template,
        warnings: builder.warnings,
    })
}

struct Builder {
    columns: ColumnMap,
    template: Template,
    /// The weight the table gives each dimension, if any.
    weights: Vec<Option<Fixed>>,
    warnings: Vec<CellIssue>,
}

impl Builder {
    fn cell<'a>(&self, row: &'a [String], column: Column) -> &'a str {
        self.columns.cell(row, column)
    }

    fn warn(&mut self, row: usize, column: Column, message: Text) {
        self.warnings.push(CellIssue {
            row,
            column,
            message,
        });
    }

    /// The index of the row's dimension, adding it on first sight; an empty cell continues
    /// `current` (merged cells in the spreadsheet).
    fn dimension_for(&mut self, line: usize, row: &[String], current: Option<usize>) -> usize {
        let name = self.cell(row, Column::Dimension).to_owned();
        let existing = if name.is_empty() {
            current
        } else {
            self.template
                .dimensions
                .iter()
                .position(|d| d.name.zh == name)
        };
        let d = existing.unwrap_or_else(|| {
            let n = self.template.dimensions.len() + 1;
            let en = self.cell(row, Column::DimensionEn);
            self.template.dimensions.push(Dimension {
                id: DimensionId::new(format!("d{n}")),
                name: Text::new(&name, if en.is_empty() { &name } else { en }),
                weight: Fixed::ZERO,
                indicators: Vec::new(),
            });
            self.weights.push(None);
            n - 1
        });
        let weight = self.cell(row, Column::Weight).to_owned();
        if !weight.is_empty() && self.weights[d].is_none() {
            match cells::number(&weight) {
                Ok(value) => self.weights[d] = Some(value),
                Err(message) => self.warn(line, Column::Weight, message),
            }
        }
        d
    }

    fn add_row(&mut self, line: usize, row: &[String], d: usize) {
        let text = |zh: Column, en: Column| {
            let zh = self.cell(row, zh);
            let en = self.cell(row, en);
            Text::new(zh, if en.is_empty() { zh } else { en })
        };
        let content = text(Column::Content, Column::ContentEn);
        let standard = text(Column::Standard, Column::StandardEn);
        let max_points = match cells::number(self.cell(row, Column::Points)) {
            Ok(points) => points,
            Err(message) => {
                self.warn(line, Column::Points, message);
                Fixed::ZERO
            }
        };
        let kind = self.kind(line, row, max_points);
        let max_points = if kind == IndicatorKind::Veto {
            Fixed::ZERO
        } else {
            max_points
        };
        let flag = |builder: &mut Builder, column: Column| {
            cells::flag(builder.cell(row, column)).unwrap_or_else(|message| {
                builder.warn(line, column, message);
                false
            })
        };
        let na_allowed = flag(self, Column::NaAllowed);
        let note_required_below_full = flag(self, Column::NoteRequired);
        let must_pass = flag(self, Column::MustPass).then(|| MustPass {
            cap: must_pass_cap(&self.template),
        });
        let id = self.indicator_id(row, d);
        let source = match self.cell(row, Column::Source) {
            "" => Source::CommonPractice,
            cell => cells::source(cell),
        };
        self.template.dimensions[d].indicators.push(Indicator {
            id,
            content,
            standard,
            max_points,
            kind,
            source,
            na_allowed,
            note_required_below_full,
            must_pass,
        });
    }

    fn kind(&mut self, line: usize, row: &[String], max: Fixed) -> IndicatorKind {
        let levels = self.cell(row, Column::Levels).to_owned();
        let written = cells::kind(self.cell(row, Column::Kind)).unwrap_or_else(|message| {
            self.warn(line, Column::Kind, message);
            None
        });
        let KindCell { choice, mode } = written.unwrap_or(KindCell {
            choice: if levels.is_empty() {
                KindChoice::YesNo
            } else {
                KindChoice::Scale
            },
            mode: QuotaMode::Proportional,
        });
        let mut kind = default_kind(choice, max);
        match &mut kind {
            IndicatorKind::Scale { levels: parsed } => {
                *parsed = if levels.is_empty() {
                    default_levels(max)
                } else {
                    cells::levels(&levels).unwrap_or_else(|message| {
                        self.warn(line, Column::Levels, message);
                        default_levels(max)
                    })
                };
            }
            IndicatorKind::Quota {
                target,
                unit,
                mode: quota_mode,
            } => {
                *quota_mode = mode;
                match cells::number(self.cell(row, Column::Target)) {
                    Ok(value) => *target = value,
                    Err(message) => self.warn(line, Column::Target, message),
                }
                let written_unit = self.cell(row, Column::Unit);
                if !written_unit.is_empty() {
                    *unit = Text::new(written_unit, written_unit);
                }
            }
            IndicatorKind::Deduction { per_occurrence }
            | IndicatorKind::Bonus { per_occurrence } => {
                let cell = self.cell(row, Column::PerOccurrence);
                if !cell.is_empty() {
                    match cells::number(cell) {
                        Ok(value) => *per_occurrence = value,
                        Err(message) => self.warn(line, Column::PerOccurrence, message),
                    }
                }
            }
            IndicatorKind::YesNo | IndicatorKind::Veto => {}
        }
        kind
    }

    /// The id from the table, else `<dimension>.<n>` with the first free n.
    fn indicator_id(&self, row: &[String], d: usize) -> IndicatorId {
        let written = self.cell(row, Column::Id);
        if !written.is_empty() {
            return IndicatorId::new(written);
        }
        let taken = |id: &IndicatorId| self.template.indicator(id).is_some();
        (1..)
            .map(|n| IndicatorId::new(format!("{}.{n}", d + 1)))
            .find(|id| !taken(id))
            .unwrap_or_default()
    }

    /// Weights from the table; when the table gives none, 100 shared equally (the first
    /// dimensions take the odd hundredths).
    fn share_weights(&mut self) {
        let count = self.template.dimensions.len();
        if count == 0 {
            return;
        }
        if self.weights.iter().any(Option::is_some) {
            for (dimension, weight) in self.template.dimensions.iter_mut().zip(&self.weights) {
                dimension.weight = weight.unwrap_or(Fixed::ZERO);
            }
            return;
        }
        let total = Fixed::HUNDRED.hundredths();
        let n = i64::try_from(count).unwrap_or(i64::MAX);
        let (each, rest) = (total / n, total % n);
        for (index, dimension) in self.template.dimensions.iter_mut().enumerate() {
            let extra = i64::from(i64::try_from(index).unwrap_or(i64::MAX) < rest);
            dimension.weight = Fixed::from_hundredths(each + extra);
        }
    }
}

/// The grade a ★ item caps at: 合格 ("pass") when the bands have it, else the second-lowest.
fn must_pass_cap(template: &Template) -> crate::domain::GradeId {
    let bands = &template.grade_bands;
    bands
        .iter()
        .find(|b| b.id.as_str() == "pass")
        .or_else(|| bands.len().checked_sub(2).and_then(|i| bands.get(i)))
        .or_else(|| bands.first())
        .map(|b| b.id.clone())
        .unwrap_or_default()
}
