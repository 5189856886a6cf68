//! `eightfold template from-csv TABLE.csv`: a committee's criteria table (UTF-8 or GB18030,
//! decoded with `encoding_rs`) into a template file, through the same reader the editor's
//! table import uses; each cell not read as written and each problem the editor would list
//! is printed in the editor's words, and a template with problems is not written.

use std::path::Path;

use chrono::Local;
use eightfold_core::actions::template_file;
use eightfold_core::domain::{validate, Lang, TemplateId};
use eightfold_core::formats::criteria_csv::{
    criteria_from_csv, detect_encoding, CriteriaImport, TextEncoding,
};
use eightfold_core::formats::exchange::Digest;
use eightfold_core::i18n;

use crate::outcome::{read_file, write_file, Failure, Outcome};

/// A table as read: the template draft and its title (the file name without extension).
pub struct TableRead {
    pub import: CriteriaImport,
    pub title: String,
}

/// Reads and decodes the table at `path` into a template draft (id `csv-` and the start of
/// the table's SHA-256); the message when it fails.
pub fn read_table(path: &Path, lang: Lang) -> Result<TableRead, String> {
    let bytes = read_file(path, lang)?;
    let text = match detect_encoding(&bytes) {
        TextEncoding::Utf8 => String::from_utf8_lossy(&bytes).into_owned(),
        TextEncoding::Gb18030 => encoding_rs::GB18030.decode(&bytes).0.into_owned(),
    };
    let title = path
        .file_stem()
        .map(|s| s.to_string_lossy().trim().to_owned())
        .unwrap_or_default();
    // The page gives a table's draft a fresh id in its library; a file needs one that two
    // different tables never share.
    let hex = Digest::of_bytes(&bytes).to_hex();
    let id = TemplateId::new(format!("csv-{}", &hex[..hex.len().min(12)]));
    let import = criteria_from_csv(&text, id, &title).map_err(|e| e.message(lang))?;
    Ok(TableRead { import, title })
}

pub fn from_csv(table: &Path, out: Option<&Path>, lang: Lang) -> Result<Outcome, Failure> {
    let TableRead { import, title } =
        read_table(table, lang).map_err(|message| Failure::input(table, message))?;
    say!("{}", i18n::fill(i18n::CSV_IMPORTED, lang, &title));
    if !import.warnings.is_empty() {
        say!("{}", i18n::CSV_WARNINGS.get(lang));
        for warning in &import.warnings {
            say!("    {}", warning.describe(lang));
        }
    }
    let issues = validate(&import.template);
    if !issues.is_empty() {
        say!("{}", i18n::TEMPLATE_PROBLEMS.get(lang));
        for issue in &issues {
            say!(
                "    {}{}{}",
                i18n::issue_place_words(issue.place, &import.template, lang),
                i18n::label_separator(lang),
                issue.message.get(lang)
            );
        }
        say!("{}", i18n::CLI_TEMPLATE_NOT_WRITTEN.get(lang));
        return Ok(Outcome::FilesFailed);
    }
    let document = template_file(&import.template, Local::now().fixed_offset())
        .map_err(|e| Failure::input(table, e.message(lang)))?;
    let target = out.map_or_else(|| document.file_name.clone().into(), Path::to_path_buf);
    write_file(&target, &document.bytes, lang)?;
    say!(
        "{}",
        i18n::fill(i18n::CLI_TEMPLATE_WRITTEN, lang, target.display())
    );
    Ok(Outcome::Clean)
}
