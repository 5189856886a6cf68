//! Leptos components: they wire signals to the domain core and never re-implement it.
//! One component per file; strings come from [`i18n`], numbers from the score memo.

mod app;
mod backup_restore;
mod draft_keeper;
mod drafts_list;
mod editor;
mod embedded_notice;
mod file_actions;
mod form;
mod form_screen;
pub use eightfold_core::i18n;
mod import_panel;
mod import_progress;
mod language_switch;
mod new_assessment;
mod pdf_download;
mod print_sheet;
mod question;
mod review;
mod save_status;
mod start_screen;
mod state;
mod stored_list;
mod template_files;
mod template_keeper;
mod template_update;
mod templates_panel;
mod text;

pub use app::App;
