//! Eightfold's core: everything that decides what a score, a file or a document is, with no
//! browser, no IO and no clock, so the page, the command line and other tools share it.
//!
//! Data flows one way: template + answers → [`domain::score`] → view, PDF, export.
//! - [`domain`]: criteria templates, answers, scoring, validation, consolidation.
//! - [`formats`]: bytes in and out — exchange files, CSV, criteria tables, backups, PDF.
//! - [`actions`]: one function per document a person asks for (sheet, summary, files).
//! - [`drafts`]: the storage logic over a key-value trait (revisions, conflicts, quarantine).
//! - [`i18n`]: every user-facing text in Chinese and English.

pub mod actions;
pub mod domain;
pub mod drafts;
pub mod formats;
pub mod i18n;
mod json_path;
