//! `TemplateStore`: the committee's criteria templates, kept like drafts — revision-checked
//! saves, unreadable entries moved to quarantine, nothing deleted without the user asking.
//!
//! It also holds the rules of a template's life: publishing refuses a template that fails
//! validation and numbers each published version; a template file imported from elsewhere
//! replaces the published version only when it is newer; the ids of the built-in templates
//! stay theirs (a draft is scored with the built-in whenever id and version match, so a
//! different template under a built-in's id and version would be scored wrongly). Restoring a
//! backup skips a template that is here already and never overwrites a different one under
//! the same id: the caller asks, then replaces it or keeps both (the backup's under a new id),
//! as restoring a draft does.

use chrono::{DateTime, FixedOffset};

use super::decode::Problem;
use super::keys::{is_ours, template_id, template_key};
use super::kv::{KeyValueStore, StoreError};
use super::quarantine::{move_aside, QuarantinedEntry};
use super::record::WriterId;
use super::store::SaveError;
use super::template_record::{decode_template, same_criteria, TemplateRecord, TEMPLATE_SCHEMA};
use crate::domain::{builtin_templates, validate, Lang, Template, TemplateId, TemplateIssue};
use crate::i18n;

/// The criteria templates of one tab, over a key-value backend shared with other tabs.
#[derive(Debug)]
pub struct TemplateStore<S: KeyValueStore> {
    kv: S,
    writer: WriterId,
    next_id: u32,
}

/// What [`TemplateStore::load_all`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TemplateReport {
    /// Readable templates, most recently saved first.
    pub templates: Vec<TemplateRecord>,
    /// Entries that could not be read, now kept aside (or left in place when newer).
    pub quarantined: Vec<QuarantinedEntry>,
}

/// Why a template could not be saved, published or adopted. Nothing stored was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateError {
    /// Another tab saved this template since the caller's revision: `theirs` is stored now.
    Conflict { theirs: Box<TemplateRecord> },
    /// Publishing refused: the working copy fails validation.
    Invalid { issues: Vec<TemplateIssue> },
    /// A template file under a built-in template's id that is not that built-in template.
    ReservedId { id: TemplateId },
    /// A template file that is not newer than the version already published here.
    NotNewer { have: u32, offered: u32 },
    /// The stored entry was written by a newer Eightfold.
    NewerLayout { schema: u64 },
    /// The stored entry cannot be read; it was moved to quarantine.
    Unreadable { problem: Problem },
    /// The storage backend failed (full, unavailable...).
    Storage(SaveError),
}

impl From<StoreError> for TemplateError {
    fn from(error: StoreError) -> TemplateError {
        TemplateError::Storage(error.into())
    }
}

impl TemplateError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            TemplateError::Conflict { theirs } => {
                let at = crate::domain::date_layout::hms(&theirs.saved_at);
                i18n::fill(i18n::TEMPLATE_SAVE_CONFLICT, lang, at)
            }
            TemplateError::Invalid { issues } => {
                i18n::fill(i18n::TEMPLATE_NOT_VALID, lang, issues.len())
            }
            TemplateError::ReservedId { id } => i18n::fill(i18n::TEMPLATE_RESERVED_ID, lang, id),
            TemplateError::NotNewer { have, offered } => {
                i18n::fill_each(i18n::TEMPLATE_NOT_NEWER, lang, &[have, offered])
            }
            TemplateError::NewerLayout { schema } => {
                Problem::FutureSchema { schema: *schema }.message(lang)
            }
            TemplateError::Unreadable { problem } => problem.message(lang),
            TemplateError::Storage(error) => error.message(lang),
        }
    }
}

/// What adopting a template file did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Adopted {
    /// Stored as a new template.
    New(TemplateRecord),
    /// Replaced an older published version (`from`).
    Updated { record: TemplateRecord, from: u32 },
    /// This exact version was already here (or is a built-in); nothing changed.
    AlreadyHere,
}

/// What restoring a template record from a backup found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreOutcome {
    /// No template had this id here: stored as it was backed up.
    New(Box<TemplateRecord>),
    /// The same working copy and published version are here already: nothing changed.
    AlreadyHere,
    /// A different template has this id here: nothing changed. The caller asks, then calls
    /// [`TemplateStore::restore_replacing`] or [`TemplateStore::restore_as_copy`].
    Differs { here: Box<TemplateRecord> },
}

impl<S: KeyValueStore> TemplateStore<S> {
    pub fn new(kv: S, writer: WriterId) -> TemplateStore<S> {
        TemplateStore {
            kv,
            writer,
            next_id: 0,
        }
    }

    /// Every template record; unreadable entries are moved to quarantine and reported.
    pub fn load_all(&mut self) -> Result<TemplateReport, StoreError> {
        let mut keys: Vec<String> = self.kv.keys()?;
        keys.retain(|key| is_ours(key) && template_id(key).is_some());
        keys.sort();
        let mut report = TemplateReport::default();
        for key in keys {
            let Ok(Some(raw)) = self.kv.get(&key) else {
                continue;
            };
            let decoded = decode_template(&raw).and_then(|record| match template_id(&key) {
                Some(id) if id != record.working.id => Err(Problem::WrongKey {
                    key_id: id.0,
                    record_id: record.working.id.0,
                }),
                _ => Ok(record),
            });
            match decoded {
                Ok(record) => report.templates.push(record),
                Err(problem) => {
                    let moved_to = if problem.leave_in_place() {
                        None
                    } else {
                        move_aside(&mut self.kv, &key, &raw).ok()
                    };
                    report.quarantined.push(QuarantinedEntry {
                        moved: moved_to.is_some(),
                        key: moved_to.unwrap_or_else(|| key.clone()),
                        original_key: key,
                        raw,
                        problem,
                    });
                }
            }
        }
        report
            .templates
            .sort_by_key(|record| std::cmp::Reverse(record.saved_at));
        Ok(report)
    }

    /// The record of template `id`, if one is stored.
    pub fn load(&self, id: &TemplateId) -> Result<Option<TemplateRecord>, TemplateError> {
        match self.kv.get(&template_key(id))? {
            None => Ok(None),
            Some(raw) => decode_template(&raw)
                .map(Some)
                .map_err(|problem| match problem {
                    Problem::FutureSchema { schema } => TemplateError::NewerLayout { schema },
                    problem => TemplateError::Unreadable { problem },
                }),
        }
    }

    /// Saves `record` on top of its revision; refused with a conflict when another tab saved
    /// in between. An unreadable entry under the key is moved to quarantine first.
    pub fn save(
        &mut self,
        record: &TemplateRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<TemplateRecord, TemplateError> {
        let key = template_key(&record.working.id);
        if let Some(raw) = self.kv.get(&key)? {
            match decode_template(&raw) {
                Ok(stored) if stored.revision == record.revision => {}
                Ok(stored) => {
                    return Err(TemplateError::Conflict {
                        theirs: Box::new(stored),
                    })
                }
                Err(Problem::FutureSchema { schema }) => {
                    return Err(TemplateError::NewerLayout { schema })
                }
                Err(_) => {
                    move_aside(&mut self.kv, &key, &raw)?;
                }
            }
        }
        let next = TemplateRecord {
            schema: TEMPLATE_SCHEMA,
            revision: record.revision.saturating_add(1),
            saved_at: now,
            writer: self.writer.clone(),
            ..record.clone()
        };
        let json = next
            .to_json()
            .map_err(|error| TemplateError::Storage(SaveError::Storage(error.to_string())))?;
        self.kv.set(&key, &json)?;
        Ok(next)
    }

    /// Publishes the working copy as the next version; refused while it fails validation.
    /// Publishing an unchanged template changes nothing.
    pub fn publish(
        &mut self,
        record: &TemplateRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<TemplateRecord, TemplateError> {
        let issues = validate(&record.working);
        if !issues.is_empty() {
            return Err(TemplateError::Invalid { issues });
        }
        let mut next = record.clone();
        next.working.version = record.next_version();
        if next.published.as_ref() == Some(&next.working) {
            return Ok(next);
        }
        next.published = Some(next.working.clone());
        self.save(&next, now)
    }

    /// Keeps a template read from a file (already validated by the import) as published.
    /// A newer version replaces the one here; the working copy follows unless it holds edits
    /// not yet published, which are kept.
    pub fn adopt(
        &mut self,
        template: &Template,
        now: DateTime<FixedOffset>,
    ) -> Result<Adopted, TemplateError> {
        if let Some(builtin) = builtin_templates()
            .into_iter()
            .find(|b| b.id == template.id)
        {
            return if &builtin == template {
                Ok(Adopted::AlreadyHere)
            } else {
                Err(TemplateError::ReservedId {
                    id: template.id.clone(),
                })
            };
        }
        let Some(existing) = self.load(&template.id)? else {
            let record = TemplateRecord {
                published: Some(template.clone()),
                ..TemplateRecord::new(template.clone(), now)
            };
            return Ok(Adopted::New(self.save(&record, now)?));
        };
        let from = match &existing.published {
            Some(have) if have == template => return Ok(Adopted::AlreadyHere),
            Some(have) if have.version >= template.version => {
                return Err(TemplateError::NotNewer {
                    have: have.version,
                    offered: template.version,
                })
            }
            Some(have) => have.version,
            None => 0,
        };
        let unpublished_edits = existing
            .published
            .as_ref()
            .is_none_or(|published| !same_criteria(published, &existing.working));
        let mut record = existing.clone();
        record.published = Some(template.clone());
        if !unpublished_edits {
            record.working = template.clone();
        }
        let record = self.save(&record, now)?;
        Ok(Adopted::Updated { record, from })
    }

    /// Restores a template record from a backup: `working` and `published` (which must carry
    /// the same id). Stored when no template has that id; an identical one is left as it is;
    /// a different one is reported and left untouched.
    pub fn restore_from_backup(
        &mut self,
        working: &Template,
        published: Option<&Template>,
        now: DateTime<FixedOffset>,
    ) -> Result<RestoreOutcome, TemplateError> {
        check_restorable(working, published)?;
        let here = match self.load(&working.id) {
            Ok(here) => here,
            // `save` moves the unreadable entry aside before writing.
            Err(TemplateError::Unreadable { .. }) => None,
            Err(error) => return Err(error),
        };
        match here {
            None => {
                let record = TemplateRecord {
                    published: published.cloned(),
                    ..TemplateRecord::new(working.clone(), now)
                };
                Ok(RestoreOutcome::New(Box::new(self.save(&record, now)?)))
            }
            Some(here) if &here.working == working && here.published.as_ref() == published => {
                Ok(RestoreOutcome::AlreadyHere)
            }
            Some(here) => Ok(RestoreOutcome::Differs {
                here: Box::new(here),
            }),
        }
    }

    /// Replaces `here` (as [`RestoreOutcome::Differs`] reported it) with the backup's record;
    /// refused with a conflict when it was saved again since.
    pub fn restore_replacing(
        &mut self,
        here: &TemplateRecord,
        working: &Template,
        published: Option<&Template>,
        now: DateTime<FixedOffset>,
    ) -> Result<TemplateRecord, TemplateError> {
        check_restorable(working, published)?;
        let record = TemplateRecord {
            working: working.clone(),
            published: published.cloned(),
            ..here.clone()
        };
        self.save(&record, now)
    }

    /// Keeps the backup's record next to the one here, under a new id.
    pub fn restore_as_copy(
        &mut self,
        working: &Template,
        published: Option<&Template>,
        now: DateTime<FixedOffset>,
    ) -> Result<TemplateRecord, TemplateError> {
        check_restorable(working, published)?;
        let id = self.fresh_id(now)?;
        let mut working = working.clone();
        working.id = id.clone();
        let published = published.cloned().map(|mut published| {
            published.id = id;
            published
        });
        let record = TemplateRecord {
            published,
            ..TemplateRecord::new(working, now)
        };
        self.save(&record, now)
    }

    /// Removes template `id` if it is still at `seen_revision` and returns it for an undo.
    pub fn discard(
        &mut self,
        id: &TemplateId,
        seen_revision: u64,
    ) -> Result<Option<TemplateRecord>, TemplateError> {
        let key = template_key(id);
        let Some(raw) = self.kv.get(&key)? else {
            return Ok(None);
        };
        match decode_template(&raw) {
            Ok(stored) if stored.revision == seen_revision => {
                self.kv.remove(&key)?;
                Ok(Some(stored))
            }
            Ok(stored) => Err(TemplateError::Conflict {
                theirs: Box::new(stored),
            }),
            Err(Problem::FutureSchema { schema }) => Err(TemplateError::NewerLayout { schema }),
            Err(problem) => {
                move_aside(&mut self.kv, &key, &raw)?;
                Err(TemplateError::Unreadable { problem })
            }
        }
    }

    /// A template id no stored template and no built-in uses: `t-<time>-<tab>-<n>`.
    pub fn fresh_id(&mut self, now: DateTime<FixedOffset>) -> Result<TemplateId, StoreError> {
        let millis = u64::try_from(now.timestamp_millis()).unwrap_or(0);
        let builtins = builtin_templates();
        loop {
            self.next_id = self.next_id.saturating_add(1);
            let id = TemplateId::new(format!("t-{millis:x}-{}-{}", self.writer, self.next_id));
            let free = self.kv.get(&template_key(&id))?.is_none()
                && builtins.iter().all(|builtin| builtin.id != id);
            if free {
                return Ok(id);
            }
            if self.next_id == u32::MAX {
                return Err(StoreError::Other("no free template id".to_owned()));
            }
        }
    }

    /// The published version of every stored template, for new assessments.
    pub fn published(&mut self) -> Vec<Template> {
        self.load_all()
            .map(|report| {
                report
                    .templates
                    .into_iter()
                    .filter_map(|record| record.published)
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A backed-up record may be stored: not under a built-in's id, and its published version
/// validates (only valid templates are published).
fn check_restorable(working: &Template, published: Option<&Template>) -> Result<(), TemplateError> {
    if builtin_templates().iter().any(|b| b.id == working.id) {
        return Err(TemplateError::ReservedId {
            id: working.id.clone(),
        });
    }
    if let Some(published) = published {
        let issues = validate(published);
        if !issues.is_empty() {
            return Err(TemplateError::Invalid { issues });
        }
    }
    Ok(())
}
