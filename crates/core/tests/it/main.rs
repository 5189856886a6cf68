//! The core's native tests, one binary: each module is a topic (scoring, templates, formats,
//! storage logic, PDF, the tidy checks). The shared fixtures and generators are the
//! `eightfold-testkit` crate's (also used by the command line's tests and the benches),
//! imported here so that `crate::answers`, `crate::exchange_fixtures` and `crate::sheets` name them.

use eightfold_testkit::{answers, exchange_fixtures, sheets};

mod actions;
mod backup;
mod cjk_coverage;
mod consolidate;
mod criteria_csv;
mod csv_export;
mod damage;
mod drafts;
mod exchange;
mod exchange_fuzz;
mod exchange_props;
mod export_marks;
mod font_units;
mod fuzz;
mod issue_place;
mod message_words;
mod number_text;
mod pdf;
mod pending_grade;
mod record_store;
mod review_formats;
mod review_store;
mod scoring;
mod scoring_props;
mod sheet_code;
mod template_diff;
mod template_edit;
mod template_files;
mod template_store;
mod templates;
mod templates_fuzz;
