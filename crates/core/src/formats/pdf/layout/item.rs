//! What a laid-out page is made of: positioned text, lines, rectangles and polygons.
//!
//! Coordinates are millimetres from the page's top-left corner (y grows downwards), the way
//! a person measures a sheet of paper. Converting to PDF points from the bottom-left corner is
//! the renderer's job, so everything here can be checked in plain native tests.

/// A grey level: 0.0 is black, 1.0 is white. Government sheets are printed in black and white.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gray(pub f32);

impl Gray {
    pub const BLACK: Gray = Gray(0.0);
    pub const RULE: Gray = Gray(0.35);
    pub const SHADE: Gray = Gray(0.9);
    pub const LIGHT: Gray = Gray(0.96);
}

/// A point in millimetres from the top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pt2 {
    pub x: f32,
    pub y: f32,
}

/// One drawing instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A single line of text; `baseline` is the y of its baseline.
    Text {
        x: f32,
        baseline: f32,
        size_pt: f32,
        bold: bool,
        text: String,
    },
    /// A straight line.
    Line {
        from: Pt2,
        to: Pt2,
        width_pt: f32,
        gray: Gray,
        dashed: bool,
    },
    /// An axis-aligned rectangle, filled and/or stroked.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Gray>,
        stroke: Option<Gray>,
    },
    /// A closed polygon, filled and/or stroked.
    Polygon {
        points: Vec<Pt2>,
        fill: Option<Gray>,
        stroke: Option<Gray>,
        width_pt: f32,
        dashed: bool,
    },
}

impl Item {
    /// The text this item shows, if it is text.
    pub fn text(&self) -> Option<&str> {
        match self {
            Item::Text { text, .. } => Some(text),
            _ => None,
        }
    }

    /// Moves the item down by `dy` millimetres (used to place a prepared block on a page).
    pub fn shifted(mut self, dx: f32, dy: f32) -> Item {
        match &mut self {
            Item::Text { x, baseline, .. } => {
                *x += dx;
                *baseline += dy;
            }
            Item::Line { from, to, .. } => {
                from.x += dx;
                from.y += dy;
                to.x += dx;
                to.y += dy;
            }
            Item::Rect { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Item::Polygon { points, .. } => {
                for p in points {
                    p.x += dx;
                    p.y += dy;
                }
            }
        }
        self
    }
}

/// One page: its items in drawing order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    /// All text on the page in drawing order, one item per line.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(Item::text)
    }
}
