//! The files a verb works on: paths as given, folders walked (every file in them, hidden ones
//! left out, in name order), and unit files read and imported in parallel with a progress
//! bar, each with the result the page's import gives a picked file (the core's
//! `BatchImporter`, which reads each distinct template of the batch once).

use std::path::{Path, PathBuf};

use eightfold_core::domain::{builtin_templates, Assessment, Lang, Template};
use eightfold_core::formats::exchange::{
    import_file, BatchImporter, DigestStatus, ImportError, Imported, MAX_FILE_BYTES,
};
use eightfold_core::i18n;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::outcome::read_file;

/// Every file named by `paths`: files as given, folders walked in name order. A path that
/// cannot be listed is returned with its message.
pub fn expand(paths: &[PathBuf], lang: Lang) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    let mut files = Vec::new();
    let mut failed = Vec::new();
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            walk(path, &mut files, &mut failed, lang);
            if files.len() == before {
                failed.push((
                    path.clone(),
                    i18n::fill(i18n::CLI_NO_FILES, lang, path.display()),
                ));
            }
        } else {
            files.push(path.clone());
        }
    }
    (files, failed)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, failed: &mut Vec<(PathBuf, String)>, lang: Lang) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            failed.push((dir.to_path_buf(), crate::outcome::cannot_read(&error, lang)));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            !path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, files, failed, lang);
        } else {
            files.push(path);
        }
    }
}

/// The name a file is imported under: its own name, as a file picker gives it.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads and imports one assessment file as the page does (size first, then the format's
/// checks); the error in the page's words.
pub fn import_path(path: &Path, known: &[Template], lang: Lang) -> Result<Imported, String> {
    let bytes = read_unit_file(path, lang)?;
    import_file(&file_name(path), &bytes, known).map_err(|e| e.message(lang))
}

/// The bytes of an assessment file, refused unread when it is larger than the page reads.
fn read_unit_file(path: &Path, lang: Lang) -> Result<Vec<u8>, String> {
    if let Ok(meta) = std::fs::metadata(path) {
        let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        if size > MAX_FILE_BYTES {
            let error = ImportError::TooLarge {
                size,
                limit: MAX_FILE_BYTES,
            };
            return Err(error.message(lang));
        }
    }
    read_file(path, lang)
}

/// An imported unit file with its template kept once per batch: thousands of files carry
/// the same template, and one copy each would take gigabytes.
pub struct BatchFile {
    pub path: PathBuf,
    /// The name it was imported under (the page's file name).
    pub name: String,
    /// Position of its template in [`ImportedBatch::templates`].
    pub template: usize,
    pub assessment: Assessment,
    pub digest_status: DigestStatus,
    pub migrated_from: Option<u32>,
}

/// Every file of a batch: imported (in the given order) or refused with its message.
pub struct ImportedBatch {
    pub templates: Vec<Template>,
    pub files: Vec<BatchFile>,
    pub refused: Vec<(PathBuf, String)>,
}

/// Imports every file in parallel, in the given order, with a progress bar on standard
/// error (drawn only on a terminal).
pub fn import_batch(paths: &[PathBuf], lang: Lang) -> ImportedBatch {
    let known = builtin_templates();
    let importer = BatchImporter::new(&known);
    let bar = progress_bar(paths.len(), lang);
    let results: Vec<Result<BatchFile, String>> = paths
        .par_iter()
        .map(|path| {
            let result = read_unit_file(path, lang).and_then(|bytes| {
                importer
                    .import(&file_name(path), &bytes)
                    .map_err(|e| e.message(lang))
            });
            bar.inc(1);
            result.map(|imported| BatchFile {
                path: path.clone(),
                name: imported.file_name,
                template: imported.template,
                assessment: imported.assessment,
                digest_status: imported.digest_status,
                migrated_from: imported.migrated_from,
            })
        })
        .collect();
    bar.finish_and_clear();
    let mut batch = ImportedBatch {
        templates: importer.into_templates(),
        files: Vec::with_capacity(results.len()),
        refused: Vec::new(),
    };
    for (path, result) in paths.iter().zip(results) {
        match result {
            Ok(file) => batch.files.push(file),
            Err(message) => batch.refused.push((path.clone(), message)),
        }
    }
    batch
}

fn progress_bar(len: usize, lang: Lang) -> ProgressBar {
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("{msg} {bar:40} {pos}/{len}") {
        bar.set_style(style);
    }
    bar.set_message(i18n::CLI_READING.get(lang));
    bar
}
