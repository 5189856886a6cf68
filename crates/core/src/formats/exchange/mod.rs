//! Assessment files that travel between units and the working committee, and the backup.
//!
//! Units send their self-assessments as files (e-mail, chat, USB stick); the committee imports
//! batches of them, reviews and sends reviewed files back. So a file must say exactly what it
//! is, carry what is needed to score it anywhere, show whether it was edited after export, and
//! never break the app reading it. The parts:
//!
//! - [`envelope`]: the current layout (version 2); [`migrate`]: version 1 and its migration;
//! - [`digest`]: SHA-256 over a defined canonical content;
//! - [`mod@sheet_code`]: the content's fingerprint a printed sheet carries, the same for every
//!   export of it (the digest changes with `exported_at`);
//! - [`export`] / [`import`]: bytes out, bytes in (import never panics, whatever the bytes);
//! - [`batch`]: many files in, each distinct template read once, with [`import`]'s results;
//! - [`csv_export`] with [`csv_cell`]: a spreadsheet view, safe against formula injection;
//! - [`mod@backup`]: all drafts, the template library and review mode's batch in one file;
//! - [`error`]: every way a file can be wrong, in Chinese and English;
//! - [`template_file`]: criteria templates as `.eightfold-template.json` files.
//!
//! Nothing here touches the browser or the clock; `crate::web::files` moves the bytes.

pub mod backup;
pub mod batch;
mod canonical_json;
pub mod csv_cell;
pub mod csv_export;
pub mod digest;
pub mod envelope;
pub mod error;
pub mod export;
pub mod file_issue;
pub mod file_name;
pub mod import;
mod json_input;
pub mod migrate;
pub mod sheet_code;
pub mod template_file;

pub use backup::{
    backup, restore, write_backup, BackupDraft, BackupTemplate, Restored, RestoredTemplate,
    BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES,
};
pub use batch::{batch_import, BatchImporter, ImportedBatch, MAX_SHARED_TEMPLATES};
pub use csv_cell::{neutralize_formula, Cell, CSV_MIME, UTF8_BOM};
pub use csv_export::assessment_csv;
pub use digest::{Digest, DigestAlgorithm, DigestEntry};
pub use envelope::{Envelope, EnvelopeOf, ScoreSummary, Scores, ASSESSMENT_FORMAT, FORMAT_VERSION};
pub use error::{ExportError, ImportError};
pub use export::{export_assessment, export_reviewed, ExportedFile, JSON_MIME};
pub use file_name::{
    assessment_file_name, assessment_file_stem, backup_file_name, csv_file_name,
    reviewed_file_name, sanitize_file_name_part,
};
pub use import::{import_file, DigestStatus, Imported, MAX_FILE_BYTES};
pub use sheet_code::{sheet_code, unit_sheet_code, SheetCode};
pub use template_file::{
    export_template, import_template_file, template_file_name, ImportedTemplate, TEMPLATE_FORMAT,
};
