//! The files a verb works on: paths as given, folders walked (every file in them, hidden ones
//! left out, in name order), and unit files read and imported in parallel with a progress
//! bar, each exactly as the page's import reads a picked file.

use std::path::{Path, PathBuf};

use eightfold_core::domain::{builtin_templates, Lang, Template};
use eightfold_core::formats::exchange::{import_file, ImportError, Imported, MAX_FILE_BYTES};
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
            failed.push((
                dir.to_path_buf(),
                i18n::fill(i18n::CLI_CANNOT_READ, lang, error),
            ));
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
    let bytes = read_file(path, lang)?;
    import_file(&file_name(path), &bytes, known).map_err(|e| e.message(lang))
}

/// Imports every file in parallel, in the given order, with a progress bar on standard
/// error (drawn only on a terminal).
pub fn import_all(paths: &[PathBuf], lang: Lang) -> Vec<Result<Imported, String>> {
    let known = builtin_templates();
    let bar = ProgressBar::new(paths.len() as u64);
    if let Ok(style) = ProgressStyle::with_template("{msg} {bar:40} {pos}/{len}") {
        bar.set_style(style);
    }
    bar.set_message(i18n::CLI_READING.get(lang));
    let results = paths
        .par_iter()
        .map(|path| {
            let result = import_path(path, &known, lang);
            bar.inc(1);
            result
        })
        .collect();
    bar.finish_and_clear();
    results
}
