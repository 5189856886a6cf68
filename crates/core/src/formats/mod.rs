//! Adapters between Eightfold's data and files: bytes in, bytes out.
//!
//! Each format is a pure function over domain values — no clock, no browser, no IO — so it
//! runs the same in the wasm app and in native tests. Reading the bytes from a file picker or
//! handing them to a download is `crate::web`'s job, and every score shown in a file is computed
//! by `crate::domain::score`, never here.
//!
//! - [`exchange`]: assessment files (`.eightfold.json`), their versions and digests, CSV, backup.
//! - [`pdf`]: the printable report.
//! - [`criteria_csv`]: a committee's criteria table (CSV) read into a template draft.
//! - [`form_file`]: the app's own HTML with a template embedded, for units to fill.
//! - [`review`]: the working committee's batch of unit files and its consolidated CSV.

pub mod criteria_csv;
pub mod exchange;
pub mod form_file;
pub mod pdf;
pub mod review;
