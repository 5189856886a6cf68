//! A template problem as a file reports it: the path of the field in that file
//! (`template.dimensions[2].indicators[0].max_points`) and the message. Validation gives
//! places as data ([`crate::domain::issue_place::IssuePlace`]); this is where they become text.

use super::error::ImportError;
use crate::domain::{validate, Template, TemplateIssue, Text};

/// One problem of a template inside a file, at its path in that file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileIssue {
    pub path: String,
    pub message: Text,
}

impl FileIssue {
    /// `issue` in a template stored under `key` of the file (`template`, `published`).
    pub fn under(key: &str, issue: TemplateIssue) -> Self {
        Self {
            path: format!("{key}.{}", issue.path()),
            message: issue.message,
        }
    }
}

/// Ok when `template`, stored under `key` of a file, validates; else every problem at its
/// path in the file.
pub fn check_template(template: &Template, key: &str) -> Result<(), ImportError> {
    let issues = validate(template);
    if issues.is_empty() {
        return Ok(());
    }
    Err(ImportError::InvalidTemplate {
        issues: issues
            .into_iter()
            .map(|issue| FileIssue::under(key, issue))
            .collect(),
    })
}
