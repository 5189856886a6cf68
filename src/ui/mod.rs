//! Leptos components: they wire signals to the domain core and never re-implement it.
//! One component per file; strings come from [`i18n`], numbers from the score memo.

mod app;
mod draft_keeper;
mod drafts_list;
mod file_actions;
mod form;
mod form_screen;
pub mod i18n;
mod import_panel;
mod language_switch;
mod new_assessment;
mod pdf_download;
mod print_sheet;
mod save_status;
mod start_screen;
mod state;

pub use app::App;
