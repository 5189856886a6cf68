//! The criteria editor: a committee adapts its 考核细则 without touching JSON.
//!
//! `screen` lays it out; `session` holds the template, its undo history and its validation;
//! `fields` are the bound form controls; `dimension`, `indicator`, `kind_fields` and `bands`
//! edit the parts; `reorder` moves them by keyboard and drag; `preview` shows the result with
//! a sample score. Every change is a function of [`crate::domain::template_edit`], every
//! message comes from [`crate::domain::validate`]: the editor re-implements no rule.

mod bands;
mod dimension;
mod fields;
pub mod history;
mod indicator;
mod kind_fields;
mod place;
mod preview;
mod reorder;
mod screen;
mod session;

pub use screen::EditorScreen;
