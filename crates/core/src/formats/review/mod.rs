//! The working committee's files: a batch of imported unit files made ready for
//! consolidation, and the consolidated table (CSV) for Excel or WPS.
//!
//! Bytes in, bytes out, like every format: [`unit_file`] turns an imported file into the
//! core's [`crate::domain::consolidate::UnitInput`] (and says which digest a reviewed export
//! must name), [`fn@consolidated_csv`] writes one group of a consolidation as a spreadsheet.
//! The summary PDF is [`crate::formats::pdf::summary`]. No score is computed here: every
//! number comes from [`crate::domain::consolidate::consolidate`].

pub mod consolidated_csv;
pub mod file_names;
pub mod unit_file;
pub mod words;

pub use consolidated_csv::consolidated_csv;
pub use file_names::{consolidated_csv_name, corrective_csv_name, summary_pdf_name};
pub use unit_file::{file_check, original_digest, unit_input};
