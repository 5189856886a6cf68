//! Eightfold scores county agencies' self-assessments against the "eight types of
//! institutions" (八型机关) in one offline HTML file.
//!
//! Data flows one way: template + answers → [`domain::score`] → view, PDF, export.
//! - [`domain`]: criteria templates, answers, scoring and validation — pure Rust, no web, no IO.
//! - [`web`]: the only code that touches the browser (storage, files, start-up).
//! - [`ui`]: Leptos components that wire signals to the domain and never re-implement it.

pub mod domain;
pub mod drafts;
pub mod formats;
pub mod ui;
pub mod web;
