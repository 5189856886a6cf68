//! The core's native tests, one binary: each module is a topic (scoring, templates, formats,
//! storage logic, PDF, the tidy checks), and the shared fixtures and generators sit beside them.

mod actions;
mod answers;
mod backup;
mod cjk_coverage;
mod consolidate;
mod criteria_csv;
mod csv_export;
mod damage;
mod drafts;
mod exchange;
mod exchange_fixtures;
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
mod sheets;
mod template_diff;
mod template_edit;
mod template_files;
mod template_store;
mod templates;
mod templates_fuzz;
