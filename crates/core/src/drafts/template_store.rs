//! `TemplateStore`: the committee's criteria templates, kept like drafts in a [`RecordStore`]
//! — revision-checked saves, unreadable entries moved to quarantine, nothing deleted without the
//! user asking — under the rules of a template's life in [`crate::domain::publishing`].
//!
//! Restoring a backup skips a template that is here already and never overwrites a different
//! one under the same id: the caller asks, then replaces it or keeps both (the backup's under a
//! new id), as restoring a draft does.

use chrono::{DateTime, FixedOffset};

use super::decode::Problem;
use super::keys::{is_ours, template_id, template_key};
use super::kv::{KeyValueStore, StoreError};
use super::quarantine::QuarantinedEntry;
use super::record::WriterId;
use super::record_store::{Base, Codec, Entry, LoadError, RecordStore, Removed, SaveError};
use super::template_record::{decode_template, TemplateRecord, TEMPLATE_SCHEMA};
use crate::domain::publishing::{self, Adoption, PublishError};
use crate::domain::{builtin_templates, Lang, Template, TemplateId};
use crate::i18n;

/// How a template record is read from its stored text ([`decode_template`]), under the key
/// of its own id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TemplateCodec;

impl Codec for TemplateCodec {
    type Record = TemplateRecord;
    type Id = TemplateId;

    fn decode(key: &str, raw: &str) -> Result<TemplateRecord, Problem> {
        let record = decode_template(raw)?;
        match template_id(key) {
            Some(id) if id != record.working.id => Err(Problem::WrongKey {
                key_id: id.0,
                record_id: record.working.id.0,
            }),
            _ => Ok(record),
        }
    }

    fn revision(record: &TemplateRecord) -> u64 {
        record.revision
    }
}

/// The criteria templates of one tab, over a key-value backend shared with other tabs.
#[derive(Debug)]
pub struct TemplateStore<S: KeyValueStore> {
    records: RecordStore<S, TemplateCodec>,
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
    /// A rule of the template's life refused it (see [`crate::domain::publishing`]).
    Refused(PublishError),
    /// Storage refused it: another tab's save, a newer layout, unreadable text (moved to
    /// quarantine), a full or missing storage.
    Store(SaveError<TemplateCodec>),
}

impl From<StoreError> for TemplateError {
    fn from(error: StoreError) -> TemplateError {
        TemplateError::Store(error.into())
    }
}

impl From<SaveError<TemplateCodec>> for TemplateError {
    fn from(error: SaveError<TemplateCodec>) -> TemplateError {
        TemplateError::Store(error)
    }
}

impl From<PublishError> for TemplateError {
    fn from(error: PublishError) -> TemplateError {
        TemplateError::Refused(error)
    }
}

impl TemplateError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            TemplateError::Store(SaveError::Conflict { theirs }) => {
                let at = crate::domain::date_layout::hms(&theirs.saved_at);
                i18n::fill(i18n::TEMPLATE_SAVE_CONFLICT, lang, at)
            }
            TemplateError::Refused(PublishError::Invalid { issues }) => {
                i18n::fill(i18n::TEMPLATE_NOT_VALID, lang, issues.len())
            }
            TemplateError::Refused(PublishError::ReservedId { id }) => {
                i18n::fill(i18n::TEMPLATE_RESERVED_ID, lang, id)
            }
            TemplateError::Refused(PublishError::NotNewer { have, offered }) => {
                i18n::fill_each(i18n::TEMPLATE_NOT_NEWER, lang, &[have, offered])
            }
            TemplateError::Store(SaveError::NewerVersion { schema }) => {
                Problem::FutureSchema { schema: *schema }.message(lang)
            }
            TemplateError::Store(SaveError::Unreadable { problem, .. }) => problem.message(lang),
            // Storage faults read as a draft's; the template store reports no `NotFound`.
            TemplateError::Store(error) => error
                .storage_fault()
                .map_or_else(String::new, |error| error.message(lang)),
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
            records: RecordStore::new(kv, writer),
        }
    }

    /// Every template record; unreadable entries are moved to quarantine and reported.
    pub fn load_all(&mut self) -> Result<TemplateReport, StoreError> {
        let mut keys: Vec<String> = self.records.kv().keys()?;
        keys.retain(|key| is_ours(key) && template_id(key).is_some());
        keys.sort();
        let mut report = TemplateReport::default();
        for key in keys {
            match self.records.load(&key) {
                Ok(Entry::Found(record)) => report.templates.push(record),
                Ok(Entry::Unreadable(entry)) => report.quarantined.push(entry),
                // Gone or unreadable right now (another tab): the next load sees the truth.
                Ok(Entry::Missing) | Err(_) => {}
            }
        }
        report
            .templates
            .sort_by_key(|record| std::cmp::Reverse(record.saved_at));
        Ok(report)
    }

    /// The record of template `id`, if one is stored.
    pub fn load(&self, id: &TemplateId) -> Result<Option<TemplateRecord>, TemplateError> {
        self.records
            .read(&template_key(id))
            .map_err(|error| match error {
                LoadError::Store(error) => error.into(),
                LoadError::Unreadable(Problem::FutureSchema { schema }) => {
                    SaveError::NewerVersion { schema }.into()
                }
                LoadError::Unreadable(problem) => SaveError::Unreadable {
                    id: id.clone(),
                    problem,
                }
                .into(),
            })
    }

    /// Saves `record` on top of its revision; refused with a conflict when another tab saved
    /// in between. An unreadable entry under the key is moved to quarantine first.
    pub fn save(
        &mut self,
        record: &TemplateRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<TemplateRecord, TemplateError> {
        let key = template_key(&record.working.id);
        self.records
            .check(&key, Base::Seen(Some(record.revision)))?;
        let next = TemplateRecord {
            schema: TEMPLATE_SCHEMA,
            revision: record.revision.saturating_add(1),
            saved_at: now,
            writer: self.records.writer().clone(),
            ..record.clone()
        };
        let json = next
            .to_json()
            .map_err(|error| SaveError::<TemplateCodec>::Storage(error.to_string()))?;
        self.records.write(&key, &json, next.revision)?;
        Ok(next)
    }

    /// Publishes the working copy as the next version; refused while it fails validation.
    /// Publishing an unchanged template changes nothing.
    pub fn publish(
        &mut self,
        record: &TemplateRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<TemplateRecord, TemplateError> {
        match publishing::publish(&record.working, record.published.as_ref())? {
            None => Ok(TemplateRecord {
                working: record.published.clone().unwrap_or(record.working.clone()),
                ..record.clone()
            }),
            Some(published) => {
                let next = TemplateRecord {
                    working: published.clone(),
                    published: Some(published),
                    ..record.clone()
                };
                self.save(&next, now)
            }
        }
    }

    /// Keeps a template read from a file (already validated by the import) as published.
    /// A newer version replaces the one here; the working copy follows unless it holds edits
    /// not yet published, which are kept.
    pub fn adopt(
        &mut self,
        template: &Template,
        now: DateTime<FixedOffset>,
    ) -> Result<Adopted, TemplateError> {
        let existing = if builtin_templates().iter().any(|b| b.id == template.id) {
            None
        } else {
            self.load(&template.id)?
        };
        let here = existing
            .as_ref()
            .map(|record| (&record.working, record.published.as_ref()));
        match publishing::adoption(template, here)? {
            Adoption::AlreadyHere => Ok(Adopted::AlreadyHere),
            Adoption::New => {
                let record = TemplateRecord {
                    published: Some(template.clone()),
                    ..TemplateRecord::new(template.clone(), now)
                };
                Ok(Adopted::New(self.save(&record, now)?))
            }
            Adoption::Update {
                from,
                working_follows,
            } => {
                let mut record = existing.unwrap_or(TemplateRecord::new(template.clone(), now));
                record.published = Some(template.clone());
                if working_follows {
                    record.working = template.clone();
                }
                let record = self.save(&record, now)?;
                Ok(Adopted::Updated { record, from })
            }
        }
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
        publishing::check_restorable(working, published)?;
        let here = match self.load(&working.id) {
            Ok(here) => here,
            // `save` moves the unreadable entry aside before writing.
            Err(TemplateError::Store(SaveError::Unreadable { .. })) => None,
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
        publishing::check_restorable(working, published)?;
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
        publishing::check_restorable(working, published)?;
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
        match self
            .records
            .remove(&template_key(id), Some(seen_revision))?
        {
            Removed::Nothing => Ok(None),
            Removed::Record(record) => Ok(Some(record)),
            Removed::KeptAside(problem) => Err(SaveError::Unreadable {
                id: id.clone(),
                problem,
            }
            .into()),
        }
    }

    /// A template id no stored template and no built-in uses: `t-<time>-<tab>-<n>`.
    pub fn fresh_id(&mut self, now: DateTime<FixedOffset>) -> Result<TemplateId, StoreError> {
        let builtins = builtin_templates();
        self.records
            .fresh_name(
                "t",
                now,
                |name| template_key(&TemplateId::new(name)),
                |name| builtins.iter().any(|builtin| builtin.id.0 == name),
            )
            .map(TemplateId::new)
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
