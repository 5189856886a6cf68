//! The built-in templates, authored as JSON next to this file and compiled in with
//! `include_str!`, without their indentation (`build.rs` strips it into `OUT_DIR`).
//!
//! Authoring them as data (not Rust literals) keeps them identical in form to imported
//! templates and readable by reviewers who do not read Rust. A broken file must never panic in
//! the browser: `builtin_templates` skips a file that does not parse, and `eight_types` /
//! `responsibility_system` fall back to an empty placeholder whose description carries the
//! error (validation then reports it). `tests/templates.rs` parses and validates every file, so
//! a broken built-in fails the test run long before it reaches a user.
//!
//! Each text is parsed once per process and kept: the app asks for the built-ins from several
//! places while it mounts (the template list, the draft store), and parsing ~90 KB of JSON was
//! the largest part of opening the app.

use std::fmt;
use std::sync::OnceLock;

use super::ids::TemplateId;
use super::template::{Template, SCHEMA_VERSION};
use crate::i18n;
use crate::json_path::{self, ReadError};

/// Id of the default template (八型机关建设自评).
pub const EIGHT_TYPES_ID: &str = "eight-types";
/// Id of the responsibility-system template (机关党建工作责任制考核).
pub const RESPONSIBILITY_SYSTEM_ID: &str = "responsibility-system";

/// Every built-in template as (id, JSON text), default first.
pub const BUILTIN_SOURCES: [(&str, &str); 2] = [
    (
        EIGHT_TYPES_ID,
        include_str!(concat!(env!("OUT_DIR"), "/eight-types.json")),
    ),
    (
        RESPONSIBILITY_SYSTEM_ID,
        include_str!(concat!(env!("OUT_DIR"), "/responsibility-system.json")),
    ),
];

/// A template JSON text that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateParseError {
    /// Where, e.g. `dimensions[2].indicators[0].kind.target` (empty at the top level).
    pub path: String,
    pub message: String,
}

impl fmt::Display for TemplateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() || self.path == "." {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for TemplateParseError {}

/// Reads a template from JSON text, naming the field on failure. Does not validate.
///
/// Read as `json_path::read` reads: as if through a `serde_json::Value` (a key repeated
/// counts once, its last time), with the path of the first field that does not read.
pub fn parse_template(json: &str) -> Result<Template, TemplateParseError> {
    json_path::read(json).map_err(|error| match error {
        ReadError::NotJson(error) => TemplateParseError {
            path: String::new(),
            message: error.to_string(),
        },
        ReadError::Field(failure) => TemplateParseError {
            path: failure.dotted(),
            message: failure.message(),
        },
    })
}

/// Every built-in text as parsed, in the order of [`BUILTIN_SOURCES`]; parsed on first use.
fn parsed() -> &'static [Result<Template, TemplateParseError>] {
    static PARSED: OnceLock<Vec<Result<Template, TemplateParseError>>> = OnceLock::new();
    PARSED.get_or_init(|| {
        BUILTIN_SOURCES
            .iter()
            .map(|(_, json)| parse_template(json))
            .collect()
    })
}

/// Every built-in template that loads, default first.
pub fn builtin_templates() -> Vec<Template> {
    parsed().iter().filter_map(|t| t.clone().ok()).collect()
}

/// 八型机关建设自评（县级机关）, the default template.
pub fn eight_types() -> Template {
    load(EIGHT_TYPES_ID)
}

/// 机关党建工作责任制考核.
pub fn responsibility_system() -> Template {
    load(RESPONSIBILITY_SYSTEM_ID)
}

fn load(id: &str) -> Template {
    let parsed = BUILTIN_SOURCES
        .iter()
        .zip(parsed())
        .find(|((source_id, _), _)| *source_id == id)
        .map(|(_, parsed)| parsed);
    match parsed {
        Some(Ok(template)) => template.clone(),
        Some(Err(error)) => placeholder(id, &error.to_string()),
        None => placeholder(id, "no such built-in template"),
    }
}

/// An empty template standing in for a built-in that failed to load.
fn placeholder(id: &str, error: &str) -> Template {
    Template {
        schema_version: SCHEMA_VERSION,
        id: TemplateId::new(id),
        version: 0,
        title: i18n::BUILTIN_FAILED.both(),
        description: i18n::BUILTIN_FAILED_WHY.both_filled(&[&error]),
        dimensions: Vec::new(),
        grade_bands: Vec::new(),
    }
}
