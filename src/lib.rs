//! Eightfold's web app: the single offline HTML file around [`eightfold_core`].
//!
//! - [`web`]: the only code that touches the browser (storage, files, start-up).
//! - [`ui`]: Leptos components that wire signals to the core and never re-implement it.
//!
//! The core's modules are re-exported under their own names, so the app reads them as
//! `crate::actions`, `crate::domain`, `crate::formats` and `crate::drafts`.

pub use eightfold_core::{actions, domain, drafts, formats, i18n};
pub mod ui;
pub mod web;
