//! The rules of a criteria template's life, apart from where it is kept: only a template that
//! validates is published, each published change is a new version, a template file replaces
//! the published version only when it is newer, and the built-in templates' ids stay theirs
//! (a draft is scored with the built-in whenever id and version match, so other criteria
//! under a built-in's id and version would be scored wrongly).
//!
//! Plain functions of the working copy and the published version; `drafts::template_store`
//! keeps the record and applies them.

use super::{builtin_templates, validate, Template, TemplateId, TemplateIssue};

/// Why a publishing rule refused a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishError {
    /// The template fails validation: it cannot be published.
    Invalid { issues: Vec<TemplateIssue> },
    /// A template under a built-in template's id that is not that built-in template.
    ReservedId { id: TemplateId },
    /// A template file that is not newer than the version already published here.
    NotNewer { have: u32, offered: u32 },
}

/// Where the working copy stands against the published version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublishState {
    /// Never published.
    Unpublished,
    /// The working copy is the published version `version`.
    Published { version: u32 },
    /// Version `version` is published and the working copy has changes since.
    Edited { version: u32 },
}

impl PublishState {
    pub fn of(working: &Template, published: Option<&Template>) -> PublishState {
        match published {
            None => PublishState::Unpublished,
            Some(published) if same_criteria(published, working) => PublishState::Published {
                version: published.version,
            },
            Some(published) => PublishState::Edited {
                version: published.version,
            },
        }
    }
}

/// Equal apart from the version number.
pub fn same_criteria(a: &Template, b: &Template) -> bool {
    Template {
        version: b.version,
        ..a.clone()
    } == *b
}

/// The version number the working copy gets when published now.
pub fn next_version(working: &Template, published: Option<&Template>) -> u32 {
    match PublishState::of(working, published) {
        PublishState::Unpublished => working.version.max(1),
        PublishState::Published { version } => version,
        PublishState::Edited { version } => version.saturating_add(1),
    }
}

/// The working copy as it is published now, with its version number; `None` when exactly that
/// is published already. Refused while it fails validation.
pub fn publish(
    working: &Template,
    published: Option<&Template>,
) -> Result<Option<Template>, PublishError> {
    let issues = validate(working);
    if !issues.is_empty() {
        return Err(PublishError::Invalid { issues });
    }
    let next = Template {
        version: next_version(working, published),
        ..working.clone()
    };
    Ok((published != Some(&next)).then_some(next))
}

/// What adopting a template file (already validated by the import) comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Adoption {
    /// This exact version is here already, or it is a built-in template: nothing changes.
    AlreadyHere,
    /// No template has its id here: keep it as published (and as the working copy).
    New,
    /// It replaces the published version `from` (0: none was published); the working copy
    /// follows unless it holds edits not yet published, which are kept.
    Update { from: u32, working_follows: bool },
}

/// Whether `offered` may be kept, against the template with its id here (`here`: working copy
/// and published version), if any.
pub fn adoption(
    offered: &Template,
    here: Option<(&Template, Option<&Template>)>,
) -> Result<Adoption, PublishError> {
    if let Some(builtin) = builtin_templates().into_iter().find(|b| b.id == offered.id) {
        return if &builtin == offered {
            Ok(Adoption::AlreadyHere)
        } else {
            Err(PublishError::ReservedId {
                id: offered.id.clone(),
            })
        };
    }
    let Some((working, published)) = here else {
        return Ok(Adoption::New);
    };
    let from = match published {
        Some(have) if have == offered => return Ok(Adoption::AlreadyHere),
        Some(have) if have.version >= offered.version => {
            return Err(PublishError::NotNewer {
                have: have.version,
                offered: offered.version,
            })
        }
        Some(have) => have.version,
        None => 0,
    };
    let unpublished_edits = published.is_none_or(|published| !same_criteria(published, working));
    Ok(Adoption::Update {
        from,
        working_follows: !unpublished_edits,
    })
}

/// A template record from a backup may be kept: not under a built-in's id, and its published
/// version validates (only valid templates are published).
pub fn check_restorable(
    working: &Template,
    published: Option<&Template>,
) -> Result<(), PublishError> {
    if builtin_templates().iter().any(|b| b.id == working.id) {
        return Err(PublishError::ReservedId {
            id: working.id.clone(),
        });
    }
    if let Some(published) = published {
        let issues = validate(published);
        if !issues.is_empty() {
            return Err(PublishError::Invalid { issues });
        }
    }
    Ok(())
}
