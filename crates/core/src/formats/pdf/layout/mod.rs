//! Page layout for the PDF documents, with no PDF library in sight.
//!
//! measure → lines ([`mod@wrap`]) → rows ([`table`]) → pages ([`flow`]): each step is a plain
//! function of its input, so page breaks, repeated headers and wrapped cells are tested
//! natively with a made-up font. `super::render` turns the resulting [`Page`]s into PDF.

pub mod flow;
pub mod item;
pub mod measure;
pub mod table;
pub mod wrap;

pub use flow::{Flow, Frame, Mark};
pub use item::{Gray, Item, Page, Pt2};
pub use measure::{FixedPitch, Measure, MM_PER_PT};
pub use table::{rule, Align, Block, Cell, Column, Row, RowKind, Table, TableStyle, WrappedRow};
pub use wrap::wrap;
