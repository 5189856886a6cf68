//! Page flow: stacks blocks, paragraphs and tables down the page and starts new pages.
//!
//! The rules a filed score sheet needs live here: a table row is never split across pages
//! (unless it alone is taller than a page), the table header is repeated at the top of every
//! page the table continues on, a row marked `keep_with_next` moves with its successor, and a
//! closing block (a signature) can take the content before it along to the next page rather
//! than stand alone there ([`Flow::block_kept_with`]).

use super::item::{Item, Page};
use super::measure::{Measure, MM_PER_PT};
use super::table::{Block, Table, WrappedRow};
use super::wrap::wrap;

/// The page size and the box content may occupy, in millimetres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub page_width: f32,
    pub page_height: f32,
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

impl Frame {
    /// A4 portrait with the given margins (the bottom margin leaves room for a footer).
    pub fn a4_portrait(side: f32, top: f32, bottom: f32) -> Frame {
        Frame {
            page_width: 210.0,
            page_height: 297.0,
            left: side,
            top,
            width: 210.0 - 2.0 * side,
            height: 297.0 - top - bottom,
        }
    }

    pub fn bottom(&self) -> f32 {
        self.top + self.height
    }
}

/// Builds pages top to bottom.
pub struct Flow<'m> {
    measure: &'m dyn Measure,
    frame: Frame,
    pages: Vec<Page>,
    /// Distance already used on the current page, from the frame's top.
    used: f32,
    /// Where each placement on the current page starts: (first item, `used` before it).
    placed: Vec<(usize, f32)>,
}

/// A point in the flow (see [`Flow::mark`]): the start of the content a closing block keeps
/// with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    page: usize,
    item: usize,
    used: f32,
}

impl<'m> Flow<'m> {
    pub fn new(measure: &'m dyn Measure, frame: Frame) -> Flow<'m> {
        Flow {
            measure,
            frame,
            pages: vec![Page::default()],
            used: 0.0,
            placed: Vec::new(),
        }
    }

    /// The measure this flow wraps text with (it outlives the flow's borrows).
    pub fn measure(&self) -> &'m dyn Measure {
        self.measure
    }

    pub fn frame(&self) -> Frame {
        self.frame
    }

    pub fn remaining(&self) -> f32 {
        self.frame.height - self.used
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.used = 0.0;
        self.placed.clear();
    }

    /// The current point, to pass to [`Flow::block_kept_with`] later.
    pub fn mark(&self) -> Mark {
        Mark {
            page: self.pages.len() - 1,
            item: self.pages.last().map_or(0, |p| p.items.len()),
            used: self.used,
        }
    }

    /// Starts a new page unless `mm` of room are left (keeps a heading with what follows).
    pub fn keep_room(&mut self, mm: f32) {
        if self.remaining() < mm && self.used > 0.0 {
            self.new_page();
        }
    }

    /// Vertical space; swallowed at the top of a page.
    pub fn space(&mut self, mm: f32) {
        if self.used > 0.0 {
            self.used = (self.used + mm).min(self.frame.height);
        }
    }

    fn place(&mut self, block: Block) {
        let (dx, dy) = (self.frame.left, self.frame.top + self.used);
        let used = self.used;
        let page = self.current_page();
        let first = page.items.len();
        page.items
            .extend(block.items.into_iter().map(|i| i.shifted(dx, dy)));
        self.placed.push((first, used));
        self.used += block.height;
    }

    fn current_page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Places a block whole: on this page if it fits, else at the top of the next.
    pub fn block(&mut self, block: Block) {
        if block.height > self.remaining() && self.used > 0.0 {
            self.new_page();
        }
        self.place(block);
    }

    /// Places a closing block (a signature) so that it never stands alone on a page: when it
    /// does not fit, what was placed since `mark` on this page moves to the next page with it
    /// — or, when `mark` is on an earlier page or at the top of this one, the last placement
    /// (a chart, a line) — as a paper form keeps its signature with the last lines above it.
    pub fn block_kept_with(&mut self, mark: Mark, block: Block) {
        if block.height <= self.remaining() || self.used == 0.0 {
            self.place(block);
            return;
        }
        let here = self.pages.len() - 1;
        let since_mark = (mark.page == here && mark.used > 0.0)
            .then_some((mark.item, mark.used))
            .filter(|&(_, from)| self.used - from + block.height <= self.frame.height);
        // Otherwise the last placement, as long as something stays on this page.
        let last = || {
            let &(item, from) = self.placed.last()?;
            (self.placed.len() > 1
                && from > 0.0
                && self.used - from + block.height <= self.frame.height)
                .then_some((item, from))
        };
        let Some((item, from)) = since_mark.or_else(last) else {
            self.block(block);
            return;
        };
        let moved: Vec<Item> = self.current_page().items.split_off(item);
        let kept: Vec<(usize, f32)> = self
            .placed
            .iter()
            .filter(|&&(first, _)| first >= item)
            .map(|&(first, used)| (first - item, used - from))
            .collect();
        let height = self.used - from;
        self.new_page();
        let page = self.current_page();
        page.items
            .extend(moved.into_iter().map(|i| i.shifted(0.0, -from)));
        self.placed = kept;
        self.used = height;
        self.place(block);
    }

    /// Wrapped text across the full frame width; a paragraph may continue on the next page
    /// between lines.
    pub fn paragraph(&mut self, text: &str, size_pt: f32, bold: bool) {
        let line_h = size_pt * MM_PER_PT * 1.45;
        let size_mm = size_pt * MM_PER_PT;
        for line in wrap(text, self.frame.width, size_pt, self.measure) {
            self.block(Block {
                height: line_h,
                items: vec![Item::Text {
                    x: 0.0,
                    baseline: (line_h - size_mm) / 2.0 + 0.86 * size_mm,
                    size_pt,
                    bold,
                    text: line,
                }],
            });
        }
    }

    /// Lays out a table, repeating its header on each page it reaches.
    pub fn table(&mut self, table: &Table) {
        let style = table.style;
        let header = WrappedRow::new(table, &table.header, self.measure);
        let header_h = header.height(&style);
        let header_block = header.draw(&style, self.measure);
        let rows: Vec<WrappedRow> = table
            .rows
            .iter()
            .map(|r| WrappedRow::new(table, r, self.measure))
            .collect();

        // A row taller than an empty page (after the header) is cut between lines.
        let room = (self.frame.height - header_h).max(style.line_height() + 2.0 * style.pad_y);
        let max_lines = ((room - 2.0 * style.pad_y) / style.line_height())
            .floor()
            .max(1.0) as usize;
        let rows: Vec<WrappedRow> = rows
            .into_iter()
            .flat_map(|r| {
                if r.height(&style) > room {
                    r.split(max_lines)
                } else {
                    vec![r]
                }
            })
            .collect();

        // The height row `i` needs on its page: itself plus the rows chained to it by
        // `keep_with_next`, as long as that chain would fit on a fresh page.
        let need = |i: usize| {
            let mut need = rows[i].height(&style);
            let mut j = i;
            while rows[j].keep_with_next && j + 1 < rows.len() {
                let next = need + rows[j + 1].height(&style);
                if next > room {
                    break;
                }
                need = next;
                j += 1;
            }
            need
        };

        // The header goes where the first row goes.
        let first_need = if rows.is_empty() { 0.0 } else { need(0) };
        if header_h + first_need > self.remaining() && self.used > 0.0 {
            self.new_page();
        }
        // `fresh`: the page holds nothing but this table's header, so breaking would not help.
        let mut fresh = self.used == 0.0;
        self.place(header_block.clone());
        for (i, row) in rows.iter().enumerate() {
            if need(i) > self.remaining() && !fresh {
                self.new_page();
                self.place(header_block.clone());
            }
            self.place(row.draw(&style, self.measure));
            fresh = false;
        }
    }

    /// The finished pages (at least one).
    pub fn finish(self) -> Vec<Page> {
        self.pages
    }
}

#[cfg(test)]
mod tests {
    use super::super::item::Item;
    use super::super::measure::FixedPitch;
    use super::super::table::{Align, Cell, Column, Row, RowKind, TableStyle};
    use super::*;

    fn frame() -> Frame {
        Frame::a4_portrait(15.0, 15.0, 20.0)
    }

    fn table(rows: Vec<Row>) -> Table {
        Table {
            columns: vec![
                Column {
                    width: 120.0,
                    align: Align::Left,
                },
                Column {
                    width: 60.0,
                    align: Align::Right,
                },
            ],
            header: Row::new(
                RowKind::Header,
                vec![Cell::new("考核内容"), Cell::new("分值")],
            ),
            rows,
            style: TableStyle::default(),
        }
    }

    fn body(label: &str, lines: usize) -> Row {
        let text = (0..lines)
            .map(|k| format!("{label}-{k}"))
            .collect::<Vec<_>>()
            .join("\n");
        Row::new(RowKind::Body, vec![Cell::new(text), Cell::new("5")])
    }

    /// (page, top, bottom) of every rectangle whose first text line starts with `label`.
    fn find_rows(pages: &[Page], label: &str) -> Vec<usize> {
        pages
            .iter()
            .enumerate()
            .filter(|(_, p)| p.texts().any(|t| t.starts_with(label)))
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn rows_are_never_split_and_the_header_repeats() {
        let rows: Vec<Row> = (0..60)
            .map(|i| body(&format!("R{i:02}"), 1 + i % 5))
            .collect();
        let mut flow = Flow::new(&FixedPitch, frame());
        flow.table(&table(rows));
        let pages = flow.finish();
        assert!(pages.len() > 1);
        for i in 0..60 {
            let label = format!("R{i:02}-");
            let on = find_rows(&pages, &label);
            assert_eq!(on.len(), 1, "row {i} appears on pages {on:?}");
        }
        for page in &pages {
            assert_eq!(
                page.texts().next(),
                Some("考核内容"),
                "every page starts with the header"
            );
            for item in &page.items {
                if let Item::Rect { y, h, .. } = item {
                    assert!(*y >= frame().top - 1e-3 && y + h <= frame().bottom() + 1e-3);
                }
            }
        }
    }

    #[test]
    fn a_group_heading_moves_with_its_first_row() {
        let mut flow = Flow::new(&FixedPitch, frame());
        // Fill the page so that only a little room is left.
        flow.block(Block {
            height: frame().height - 12.0,
            items: Vec::new(),
        });
        let group = Row::new(RowKind::Group, vec![Cell::spanning("一、学习型", 2)]);
        flow.table(&table(vec![group, body("first", 3)]));
        let pages = flow.finish();
        assert_eq!(
            find_rows(&pages, "一、学习型"),
            find_rows(&pages, "first-0")
        );
    }

    #[test]
    fn a_row_taller_than_a_page_is_cut_between_lines_and_nothing_is_lost() {
        let mut flow = Flow::new(&FixedPitch, frame());
        flow.table(&table(vec![body("huge", 150)]));
        let pages = flow.finish();
        assert!(pages.len() >= 2);
        let all: Vec<&str> = pages.iter().flat_map(|p| p.texts()).collect();
        for k in 0..150 {
            assert!(all.contains(&format!("huge-{k}").as_str()), "line {k} lost");
        }
    }

    #[test]
    fn blocks_move_whole_to_the_next_page() {
        let mut flow = Flow::new(&FixedPitch, frame());
        flow.block(Block {
            height: 200.0,
            items: Vec::new(),
        });
        flow.block(Block {
            height: 80.0,
            items: vec![Item::Text {
                x: 0.0,
                baseline: 5.0,
                size_pt: 9.0,
                bold: false,
                text: "签字".into(),
            }],
        });
        let pages = flow.finish();
        assert_eq!(pages.len(), 2);
        assert_eq!(find_rows(&pages, "签字"), vec![1]);
    }

    fn text_block(height: f32, text: &str) -> Block {
        Block {
            height,
            items: vec![Item::Text {
                x: 0.0,
                baseline: 5.0,
                size_pt: 9.0,
                bold: false,
                text: text.into(),
            }],
        }
    }

    #[test]
    fn a_closing_block_takes_the_marked_content_along_instead_of_standing_alone() {
        let mut flow = Flow::new(&FixedPitch, frame());
        flow.block(text_block(120.0, "表格"));
        flow.space(4.0);
        let mark = flow.mark();
        flow.block(text_block(100.0, "雷达图"));
        flow.space(6.0);
        flow.block_kept_with(mark, text_block(34.0, "签字"));
        let pages = flow.finish();
        assert_eq!(pages.len(), 2);
        assert_eq!(find_rows(&pages, "表格"), vec![0]);
        assert_eq!(find_rows(&pages, "雷达图"), vec![1]);
        assert_eq!(find_rows(&pages, "签字"), vec![1]);
        // The moved content starts at the top of the frame, the signature 6 mm below it.
        let baselines: Vec<f32> = pages[1]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { baseline, .. } => Some(*baseline),
                _ => None,
            })
            .collect();
        let top = frame().top;
        assert!((baselines[0] - (top + 5.0)).abs() < 1e-3, "{baselines:?}");
        assert!(
            (baselines[1] - (top + 106.0 + 5.0)).abs() < 1e-3,
            "{baselines:?}"
        );
    }

    #[test]
    fn without_a_mark_on_the_page_the_last_placement_goes_along() {
        let mut flow = Flow::new(&FixedPitch, frame());
        let mark = flow.mark();
        flow.block(text_block(150.0, "甲"));
        flow.block(text_block(70.0, "乙"));
        flow.block(text_block(30.0, "丙"));
        flow.block_kept_with(mark, text_block(34.0, "签字"));
        let pages = flow.finish();
        assert_eq!(find_rows(&pages, "乙"), vec![0]);
        assert_eq!(find_rows(&pages, "丙"), vec![1]);
        assert_eq!(find_rows(&pages, "签字"), vec![1]);
    }

    #[test]
    fn a_closing_block_that_fits_stays_where_it_is() {
        let mut flow = Flow::new(&FixedPitch, frame());
        flow.block(text_block(100.0, "甲"));
        let mark = flow.mark();
        flow.block(text_block(50.0, "乙"));
        flow.block_kept_with(mark, text_block(34.0, "签字"));
        assert_eq!(flow.finish().len(), 1);
    }
}
