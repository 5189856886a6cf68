//! Tables whose rows are measured, wrapped and drawn as blocks.
//!
//! A row becomes a [`Block`] of fixed height so the page flow can keep it whole. The same
//! table type serves the evaluation sheet, and later the summary and corrective-action PDFs.
//! Nothing here knows about scores or pages.

use super::item::{Gray, Item, Pt2};
use super::measure::{Measure, MM_PER_PT};
use super::wrap::wrap;

/// Horizontal alignment of a cell's lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A column: width in millimetres and default alignment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    pub width: f32,
    pub align: Align,
}

/// How a row looks: header and group rows are shaded, totals lightly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Header,
    Group,
    Body,
    Total,
}

/// A cell spanning `span` columns (at least one).
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub span: usize,
    pub align: Option<Align>,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            span: 1,
            align: None,
        }
    }

    pub fn spanning(text: impl Into<String>, span: usize) -> Cell {
        Cell {
            span: span.max(1),
            ..Cell::new(text)
        }
    }

    pub fn aligned(mut self, align: Align) -> Cell {
        self.align = Some(align);
        self
    }
}

/// A row; `keep_with_next` keeps it on the same page as the row after it (a group heading
/// is never left alone at the foot of a page).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub kind: RowKind,
    pub cells: Vec<Cell>,
    pub keep_with_next: bool,
}

impl Row {
    pub fn new(kind: RowKind, cells: Vec<Cell>) -> Row {
        Row {
            kind,
            cells,
            keep_with_next: kind == RowKind::Group,
        }
    }
}

/// Type size and spacing of a table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TableStyle {
    pub size_pt: f32,
    /// Line height as a multiple of the type size.
    pub leading: f32,
    pub pad_x: f32,
    pub pad_y: f32,
}

impl Default for TableStyle {
    fn default() -> TableStyle {
        TableStyle {
            size_pt: 8.5,
            leading: 1.4,
            pad_x: 1.2,
            pad_y: 1.2,
        }
    }
}

impl TableStyle {
    pub fn line_height(&self) -> f32 {
        self.size_pt * MM_PER_PT * self.leading
    }
}

/// A header row (repeated on every page) and body rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub header: Row,
    pub rows: Vec<Row>,
    pub style: TableStyle,
}

impl Table {
    pub fn width(&self) -> f32 {
        self.columns.iter().map(|c| c.width).sum()
    }
}

/// Items laid out from (0, 0), with the height they occupy.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    pub height: f32,
    pub items: Vec<Item>,
}

impl Block {
    /// One line of `text` centred across `width` (a title), with room above and below.
    pub fn centred_line(
        text: &str,
        size_pt: f32,
        bold: bool,
        width: f32,
        measure: &dyn Measure,
    ) -> Block {
        let size_mm = size_pt * MM_PER_PT;
        let w = measure.width_mm(text, size_pt);
        Block {
            height: size_mm * 1.6,
            items: vec![Item::Text {
                x: ((width - w) / 2.0).max(0.0),
                baseline: size_mm * 1.15,
                size_pt,
                bold,
                text: text.to_owned(),
            }],
        }
    }
}

/// A cell after wrapping: where it sits and its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct WrappedCell {
    pub x: f32,
    pub width: f32,
    pub align: Align,
    pub lines: Vec<String>,
}

/// A row after wrapping, ready to be measured, split or drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct WrappedRow {
    pub kind: RowKind,
    pub keep_with_next: bool,
    pub cells: Vec<WrappedCell>,
}

impl WrappedRow {
    /// Wraps each cell to its column span. Cells beyond the last column are dropped; a row
    /// with fewer cells leaves the remaining columns empty.
    pub fn new(table: &Table, row: &Row, measure: &dyn Measure) -> WrappedRow {
        let style = &table.style;
        let mut cells = Vec::new();
        let mut col = 0;
        let mut x = 0.0;
        for cell in &row.cells {
            if col >= table.columns.len() {
                break;
            }
            let end = (col + cell.span).min(table.columns.len());
            let width: f32 = table.columns[col..end].iter().map(|c| c.width).sum();
            let inner = (width - 2.0 * style.pad_x).max(1.0);
            cells.push(WrappedCell {
                x,
                width,
                align: cell.align.unwrap_or(table.columns[col].align),
                lines: wrap(&cell.text, inner, style.size_pt, measure),
            });
            x += width;
            col = end;
        }
        while col < table.columns.len() {
            let width = table.columns[col].width;
            cells.push(WrappedCell {
                x,
                width,
                align: table.columns[col].align,
                lines: Vec::new(),
            });
            x += width;
            col += 1;
        }
        WrappedRow {
            kind: row.kind,
            keep_with_next: row.keep_with_next,
            cells,
        }
    }

    pub fn line_count(&self) -> usize {
        self.cells
            .iter()
            .map(|c| c.lines.len())
            .max()
            .unwrap_or(0)
            .max(1)
    }

    pub fn height(&self, style: &TableStyle) -> f32 {
        self.line_count() as f32 * style.line_height() + 2.0 * style.pad_y
    }

    /// Cuts a row taller than a page into pieces of at most `max_lines` lines each. Only used
    /// when a single row cannot fit on an empty page; every line ends up in some piece.
    pub fn split(&self, max_lines: usize) -> Vec<WrappedRow> {
        let max_lines = max_lines.max(1);
        let pieces = self.line_count().div_ceil(max_lines);
        (0..pieces)
            .map(|k| WrappedRow {
                kind: self.kind,
                keep_with_next: false,
                cells: self
                    .cells
                    .iter()
                    .map(|c| WrappedCell {
                        lines: c
                            .lines
                            .iter()
                            .skip(k * max_lines)
                            .take(max_lines)
                            .cloned()
                            .collect(),
                        ..c.clone()
                    })
                    .collect(),
            })
            .collect()
    }

    /// Draws the row from (0, 0): cell fills, borders, then text centred vertically.
    pub fn draw(&self, style: &TableStyle, measure: &dyn Measure) -> Block {
        let height = self.height(style);
        let fill = match self.kind {
            RowKind::Header | RowKind::Group => Some(Gray::SHADE),
            RowKind::Total => Some(Gray::LIGHT),
            RowKind::Body => None,
        };
        let bold = matches!(self.kind, RowKind::Header | RowKind::Group | RowKind::Total);
        let size_mm = style.size_pt * MM_PER_PT;
        let line_h = style.line_height();
        let mut items = Vec::new();
        for cell in &self.cells {
            items.push(Item::Rect {
                x: cell.x,
                y: 0.0,
                w: cell.width,
                h: height,
                fill,
                stroke: Some(Gray::BLACK),
            });
            let text_h = cell.lines.len() as f32 * line_h;
            let top = (height - text_h) / 2.0;
            for (i, line) in cell.lines.iter().enumerate() {
                let w = measure.width_mm(line, style.size_pt);
                let x = match cell.align {
                    Align::Left => cell.x + style.pad_x,
                    Align::Center => cell.x + (cell.width - w) / 2.0,
                    Align::Right => cell.x + cell.width - style.pad_x - w,
                };
                items.push(Item::Text {
                    x,
                    baseline: top + i as f32 * line_h + (line_h - size_mm) / 2.0 + 0.86 * size_mm,
                    size_pt: style.size_pt,
                    bold,
                    text: line.clone(),
                });
            }
        }
        Block { height, items }
    }
}

/// A horizontal rule as a block item (used between sections).
pub fn rule(x: f32, y: f32, width: f32, width_pt: f32) -> Item {
    Item::Line {
        from: Pt2 { x, y },
        to: Pt2 { x: x + width, y },
        width_pt,
        gray: Gray::RULE,
        dashed: false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::measure::FixedPitch;
    use super::*;

    fn table() -> Table {
        Table {
            columns: vec![
                Column {
                    width: 30.0,
                    align: Align::Left,
                },
                Column {
                    width: 20.0,
                    align: Align::Center,
                },
            ],
            header: Row::new(RowKind::Header, vec![Cell::new("内容"), Cell::new("分值")]),
            rows: Vec::new(),
            style: TableStyle::default(),
        }
    }

    #[test]
    fn a_row_is_as_tall_as_its_longest_cell() {
        let t = table();
        let long = "考核内容".repeat(10);
        let row = WrappedRow::new(
            &t,
            &Row::new(RowKind::Body, vec![Cell::new(long), Cell::new("5")]),
            &FixedPitch,
        );
        assert!(row.cells[0].lines.len() > 1);
        assert_eq!(row.cells[1].lines, ["5"]);
        let expected =
            row.cells[0].lines.len() as f32 * t.style.line_height() + 2.0 * t.style.pad_y;
        assert!((row.height(&t.style) - expected).abs() < 1e-4);
    }

    #[test]
    fn spans_and_missing_cells_cover_every_column() {
        let t = table();
        let spanning = WrappedRow::new(
            &t,
            &Row::new(RowKind::Group, vec![Cell::spanning("一、学习型", 2)]),
            &FixedPitch,
        );
        assert_eq!(spanning.cells.len(), 1);
        assert_eq!(spanning.cells[0].width, 50.0);
        let short = WrappedRow::new(
            &t,
            &Row::new(RowKind::Body, vec![Cell::new("甲")]),
            &FixedPitch,
        );
        assert_eq!(short.cells.len(), 2);
        assert_eq!(short.cells[1].x, 30.0);
    }

    #[test]
    fn splitting_keeps_every_line_once() {
        let t = table();
        let row = WrappedRow::new(
            &t,
            &Row::new(RowKind::Body, vec![Cell::new("字".repeat(200))]),
            &FixedPitch,
        );
        let total = row.cells[0].lines.len();
        let pieces = row.split(7);
        assert_eq!(pieces.len(), total.div_ceil(7));
        let rejoined: Vec<String> = pieces
            .iter()
            .flat_map(|p| p.cells[0].lines.clone())
            .collect();
        assert_eq!(rejoined, row.cells[0].lines);
    }

    #[test]
    fn drawn_text_stays_inside_its_cell() {
        let t = table();
        let row = WrappedRow::new(
            &t,
            &Row::new(
                RowKind::Body,
                vec![Cell::new("学习型 learning type"), Cell::new("12.5")],
            ),
            &FixedPitch,
        );
        let block = row.draw(&t.style, &FixedPitch);
        for item in &block.items {
            if let Item::Text {
                x,
                baseline,
                text,
                size_pt,
                ..
            } = item
            {
                let w = FixedPitch.width_mm(text, *size_pt);
                assert!(*x >= 0.0 && x + w <= t.width() + 1e-3, "{text} at {x}");
                assert!(
                    *baseline > 0.0 && *baseline < block.height,
                    "{text} at {baseline}"
                );
            }
        }
    }
}
