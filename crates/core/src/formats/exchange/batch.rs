//! Importing a batch of assessment files, each distinct template read once.
//!
//! A committee's batch is thousands of files that carry the same template, which is most of
//! each file. [`BatchImporter`] takes a file's template as its JSON text (a `RawValue`), and
//! reads, validates and serializes each distinct text once; the other files of that template
//! are read for the rest only, and their digest is taken over the shared compact template
//! (the bytes [`import_file`] would hash). Anything else — an older layout, a field that does
//! not read, a template that fails validation, an error of any kind, more distinct templates
//! than [`MAX_SHARED_TEMPLATES`] — is read by [`import_file`] itself, so the result, messages
//! included, is always exactly [`import_file`]'s (`tests/it/exchange_fuzz.rs` checks it over
//! mutated batches). Templates are kept once per batch, as positions into its list.

use std::sync::{Arc, Mutex};

use serde_json::value::RawValue;
use serde_json::Value;

use super::envelope::{EnvelopeOf, Scores, ASSESSMENT_FORMAT, FORMAT_VERSION};
use super::error::ImportError;
use super::file_issue::check_template;
use super::import::{check_consistency, digest_status, import_file, Imported, MAX_FILE_BYTES};
use super::json_input::json_text;
use crate::domain::Template;

/// Distinct template texts remembered per batch; files of further ones are read one by one.
pub const MAX_SHARED_TEMPLATES: usize = 32;

/// Every file of a batch, in the given order, and their templates, each kept once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedBatch {
    pub templates: Vec<Template>,
    /// Each file's result; an imported file's template is its position in `templates`.
    pub files: Vec<Result<Imported<usize>, ImportError>>,
}

/// Imports `files` (name, bytes) as [`import_file`] would, each distinct template read once.
pub fn batch_import<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    known_templates: &[Template],
) -> ImportedBatch {
    let importer = BatchImporter::new(known_templates);
    let files = files
        .into_iter()
        .map(|(name, bytes)| importer.import(name, bytes))
        .collect();
    ImportedBatch {
        templates: importer.into_templates(),
        files,
    }
}

/// [`batch_import`] one file at a time, from any number of threads: the command line reads
/// files in parallel.
pub struct BatchImporter<'k> {
    known_templates: &'k [Template],
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    templates: Vec<Template>,
    /// Template texts met so far; `None` for one that does not read or validate.
    seen: Vec<(Box<str>, Option<Arc<Shared>>)>,
}

/// A template read once for every file that carries the same text.
struct Shared {
    /// Position in [`State::templates`].
    index: usize,
    template: Template,
    /// Its compact JSON, as the digest's canonical content holds it.
    compact: Box<RawValue>,
}

impl<'k> BatchImporter<'k> {
    /// `known_templates` are used only for old files without a template, as by [`import_file`].
    pub fn new(known_templates: &'k [Template]) -> Self {
        BatchImporter {
            known_templates,
            state: Mutex::new(State::default()),
        }
    }

    /// Reads one file: exactly [`import_file`]'s result, with the template as its position
    /// in [`BatchImporter::into_templates`].
    pub fn import(&self, name: &str, bytes: &[u8]) -> Result<Imported<usize>, ImportError> {
        if let Some(imported) = self.shared_template(name, bytes) {
            return Ok(imported);
        }
        let imported = import_file(name, bytes, self.known_templates)?;
        Ok(imported.map_template(|template| self.state().intern(template)))
    }

    /// The batch's templates, each once.
    pub fn into_templates(self) -> Vec<Template> {
        self.state
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .templates
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The file read with a shared template, when it is a current-layout file whose every
    /// part reads and checks; `None` sends it to [`import_file`].
    fn shared_template(&self, name: &str, bytes: &[u8]) -> Option<Imported<usize>> {
        let text = json_text(bytes, MAX_FILE_BYTES, ASSESSMENT_FORMAT).ok()?;
        let mut envelope: EnvelopeOf<&RawValue> = serde_json::from_str(text).ok()?;
        if envelope.format != ASSESSMENT_FORMAT || envelope.format_version != FORMAT_VERSION {
            return None;
        }
        let shared = self.shared(envelope.template.get())?;
        let stated = envelope.digest.take().map(|entry| entry.value);
        let envelope = EnvelopeOf {
            template: &*shared.compact,
            ..envelope
        };
        let actual = envelope.content_digest().ok()?;
        check_consistency(&shared.template, &envelope.assessment).ok()?;
        let score_mismatch = Scores::of(&shared.template, &envelope.assessment) != envelope.scores;
        Some(Imported {
            file_name: name.to_owned(),
            template: shared.index,
            assessment: envelope.assessment,
            digest: actual,
            digest_status: digest_status(stated, actual),
            migrated_from: None,
            score_mismatch,
            review_of: envelope.review_of.map(|entry| entry.value),
            exported_at: envelope.exported_at,
            app_version: envelope.app_version,
        })
    }

    /// The shared reading of the template text `raw`, made on first meeting it.
    fn shared(&self, raw: &str) -> Option<Arc<Shared>> {
        let mut state = self.state();
        if let Some((_, shared)) = state.seen.iter().find(|(text, _)| **text == *raw) {
            return shared.clone();
        }
        if state.seen.len() >= MAX_SHARED_TEMPLATES {
            return None;
        }
        let shared = read_template(raw).map(|(template, compact)| {
            Arc::new(Shared {
                index: state.intern(template.clone()),
                template,
                compact,
            })
        });
        state.seen.push((raw.into(), shared.clone()));
        shared
    }
}

impl State {
    /// `template`'s position in `templates`, added when it is new.
    fn intern(&mut self, template: Template) -> usize {
        match self.templates.iter().position(|t| *t == template) {
            Some(index) => index,
            None => {
                self.templates.push(template);
                self.templates.len() - 1
            }
        }
    }
}

/// A file's template text read as [`import_file`] reads it — a JSON value one level inside
/// the file (serde_json's nesting limit counts from the file's top), then typed — validated,
/// and written compact; `None` if any step fails. It is typed from its own text, not the
/// value's: the two differ only in a key given twice, which [`import_file`] reads (the last
/// one counts) and this refuses, sending the file to [`import_file`].
fn read_template(raw: &str) -> Option<(Template, Box<RawValue>)> {
    let Value::Array(_) = serde_json::from_str(&format!("[{raw}]")).ok()? else {
        return None;
    };
    let template: Template = serde_json::from_str(raw).ok()?;
    check_template(&template, "template").ok()?;
    let compact = RawValue::from_string(serde_json::to_string(&template).ok()?).ok()?;
    Some((template, compact))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        builtin_templates, eight_types, Answer, AnswerValue, Assessment, AssessmentId, IndicatorId,
        UnitInfo,
    };
    use crate::formats::exchange::export_assessment;

    fn sample_file(unit: &str) -> Vec<u8> {
        let template = eight_types();
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:00:00+08:00")
            .expect("a valid time");
        let info = UnitInfo {
            unit: unit.into(),
            year: 2026,
            period: String::new(),
            assessor: String::new(),
            date: at.date_naive(),
        };
        let mut assessment = Assessment::new(AssessmentId(unit.into()), &template, info, at);
        assessment.answers.set(
            IndicatorId::new("1.5"),
            Answer::new(AnswerValue::YesNo(false)).with_note("见附件"),
        );
        export_assessment(&template, &assessment, at)
            .expect("exports")
            .bytes
    }

    #[test]
    fn files_of_one_template_share_it_and_equal_import_file() {
        let known = builtin_templates();
        let files = [sample_file("县财政局"), sample_file("县教育局")];
        let importer = BatchImporter::new(&known);
        for (i, bytes) in files.iter().enumerate() {
            let name = format!("{i}.eightfold.json");
            let shared = importer
                .shared_template(&name, bytes)
                .expect("a current file reads with its template shared");
            let alone = import_file(&name, bytes, &known).expect("imports");
            assert_eq!(shared.map_template(|_| eight_types()), alone);
        }
        assert_eq!(importer.state().seen.len(), 1);
        assert_eq!(importer.into_templates(), vec![eight_types()]);
    }

    #[test]
    fn a_compact_file_shares_the_template_of_a_pretty_one_by_its_value() {
        let known = builtin_templates();
        let pretty = sample_file("县财政局");
        let value: Value = serde_json::from_slice(&pretty).expect("JSON");
        let compact = serde_json::to_vec(&value).expect("JSON");
        let batch = batch_import(
            [("a", pretty.as_slice()), ("b", compact.as_slice())],
            &known,
        );
        assert_eq!(batch.templates.len(), 1);
        assert!(batch
            .files
            .iter()
            .all(|f| f.as_ref().is_ok_and(|i| i.template == 0)));
    }
}
