//! Review mode: the working committee's side of the app (issue 9), one component per file.
//!
//! The numbers come from `crate::domain::consolidate` (grouping, ranking, statistics,
//! corrective-action lists) and the files from `crate::formats` (import, reviewed export,
//! consolidated CSV, summary PDF); these components only show them and collect the reviewer's
//! scores and comments, kept in [`state::ReviewState`] and, so that a reload or a crash loses
//! none of them, in browser storage (`review_keeper`).

mod batch_import;
mod compare_radar;
mod corrective_list;
mod downloads;
mod review_entry;
mod review_keeper;
mod review_print;
mod review_row;
mod review_screen;
pub mod sort;
pub mod state;
mod stats_table;
mod storage_notice;
mod unit_review;
mod units_table;
mod year_changes;

pub use review_entry::ReviewEntry;
pub use review_screen::ReviewScreen;
pub use state::ReviewState;
