//! `eightfold check PATH…`: a verdict for each file — assessment file, template file, backup
//! or criteria table — with the field and the problem in the words the page uses. A file
//! changed after export fails (its digest no longer matches); one without a digest passes
//! with a note, as the page imports it.

use std::path::{Path, PathBuf};

use eightfold_core::domain::{builtin_templates, validate, Lang, Template};
use eightfold_core::formats::exchange::{
    import_file, import_template_file, restore, DigestStatus, ImportError, BACKUP_FORMAT,
    TEMPLATE_FORMAT,
};
use eightfold_core::i18n::{self, UiText};

use crate::inputs::{expand, file_name};
use crate::outcome::{read_file, Failure, Outcome};
use crate::template::{read_table, TableRead};

/// What a file turned out to be, and what is wrong with it.
struct Verdict {
    kind: Option<UiText>,
    passed: bool,
    /// Lines saying what was found: the digest, problems with their fields.
    details: Vec<String>,
}

impl Verdict {
    fn failed(kind: Option<UiText>, details: Vec<String>) -> Verdict {
        Verdict {
            kind,
            passed: false,
            details,
        }
    }
}

pub fn run(paths: &[PathBuf], lang: Lang) -> Result<Outcome, Failure> {
    let (files, unlisted) = expand(paths, lang);
    let known = builtin_templates();
    let mut failed = !unlisted.is_empty();
    for (path, message) in unlisted {
        print_verdict(&path, &Verdict::failed(None, vec![message]), lang);
    }
    for path in files {
        let verdict = check_file(&path, &known, lang);
        failed |= !verdict.passed;
        print_verdict(&path, &verdict, lang);
    }
    Ok(Outcome::files(failed))
}

fn print_verdict(path: &Path, verdict: &Verdict, lang: Lang) {
    let word = if verdict.passed {
        i18n::CLI_OK
    } else {
        i18n::CLI_FAILED
    };
    let kind = verdict
        .kind
        .map(|k| i18n::in_brackets(lang, k.get(lang)))
        .unwrap_or_default();
    say!("[{}] {}{kind}", word.get(lang), path.display());
    for line in &verdict.details {
        say!("    {line}");
    }
}

/// The error as the page words it, after the field it names (a bad field's message names its
/// path itself).
fn import_problem(error: &ImportError, lang: Lang) -> String {
    let message = error.message(lang);
    match error.field() {
        Some(field) if !matches!(error, ImportError::Field { .. }) => format!(
            "{}{}{}",
            i18n::fill(i18n::CLI_FIELD, lang, field),
            i18n::label_separator(lang),
            message
        ),
        _ => message,
    }
}

/// The digest line, and whether it lets the file pass.
fn digest_line(status: &DigestStatus, lang: Lang) -> (bool, String) {
    match status {
        DigestStatus::Verified => (true, i18n::DIGEST_OK.get(lang).to_owned()),
        DigestStatus::ChangedAfterExport { .. } => {
            (false, i18n::CHANGED_AFTER_EXPORT.get(lang).to_owned())
        }
        DigestStatus::Missing => (
            true,
            format!(
                "{}{}{}",
                i18n::CLI_NOTE.get(lang),
                i18n::label_separator(lang),
                i18n::DIGEST_MISSING.get(lang)
            ),
        ),
    }
}

/// The `format` a JSON file declares, if it is JSON with one.
fn declared_format(bytes: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    value.get("format")?.as_str().map(str::to_owned)
}

fn check_file(path: &Path, known: &[Template], lang: Lang) -> Verdict {
    let is_table = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_table {
        return check_table(path, lang);
    }
    let bytes = match read_file(path, lang) {
        Ok(bytes) => bytes,
        Err(message) => return Verdict::failed(None, vec![message]),
    };
    match declared_format(&bytes).as_deref() {
        Some(BACKUP_FORMAT) => check_backup(&bytes, known, lang),
        Some(TEMPLATE_FORMAT) => check_template_file(&bytes, lang),
        _ => check_assessment(path, &bytes, known, lang),
    }
}

fn check_assessment(path: &Path, bytes: &[u8], known: &[Template], lang: Lang) -> Verdict {
    let kind = Some(i18n::CLI_KIND_ASSESSMENT);
    match import_file(&file_name(path), bytes, known) {
        Ok(imported) => {
            let (passed, digest) = digest_line(&imported.digest_status, lang);
            let mut details = vec![digest];
            if imported.score_mismatch {
                details.push(i18n::SCORE_MISMATCH.get(lang).to_owned());
            }
            Verdict {
                kind,
                passed,
                details,
            }
        }
        Err(error) => Verdict::failed(kind, vec![import_problem(&error, lang)]),
    }
}

fn check_template_file(bytes: &[u8], lang: Lang) -> Verdict {
    let kind = Some(i18n::CLI_KIND_TEMPLATE);
    match import_template_file(bytes) {
        Ok(imported) => {
            let (passed, digest) = digest_line(&imported.digest_status, lang);
            Verdict {
                kind,
                passed,
                details: vec![digest],
            }
        }
        Err(error) => Verdict::failed(kind, vec![import_problem(&error, lang)]),
    }
}

fn check_backup(bytes: &[u8], known: &[Template], lang: Lang) -> Verdict {
    let kind = Some(i18n::CLI_KIND_BACKUP);
    let restored = match restore(bytes, known) {
        Ok(restored) => restored,
        Err(error) => return Verdict::failed(kind, vec![import_problem(&error, lang)]),
    };
    let (mut passed, digest) = digest_line(&restored.digest_status, lang);
    let content = i18n::fill_each(
        i18n::CLI_BACKUP_CONTENT,
        lang,
        &[&restored.entries.len(), &restored.templates.len()],
    );
    let mut details = vec![format!("{digest}{}{content}", i18n::list_separator(lang))];
    for (_, error) in restored.failures().chain(restored.template_failures()) {
        passed = false;
        details.push(import_problem(error, lang));
    }
    Verdict {
        kind,
        passed,
        details,
    }
}

fn check_table(path: &Path, lang: Lang) -> Verdict {
    let kind = Some(i18n::CLI_KIND_CRITERIA);
    match read_table(path, lang) {
        Ok(TableRead { import, .. }) => {
            let mut details: Vec<String> =
                import.warnings.iter().map(|w| w.describe(lang)).collect();
            details.extend(validate(&import.template).iter().map(|issue| {
                format!(
                    "{}{}{}",
                    i18n::issue_place_words(issue.place, &import.template, lang),
                    i18n::label_separator(lang),
                    issue.message.get(lang)
                )
            }));
            Verdict {
                kind,
                passed: details.is_empty(),
                details,
            }
        }
        Err(message) => Verdict::failed(kind, vec![message]),
    }
}
