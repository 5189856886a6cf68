//! `RecordStore`: the one revision-checked store under drafts, criteria templates and review
//! mode's batch, each read through its own [`Codec`].
//!
//! The same rules for every kind of record:
//! - a write names the revision it is based on; another revision stored means another tab
//!   saved in between, and the write is refused with [`SaveError::Conflict`] carrying theirs,
//!   unless the caller chose to write over it ([`Base::Anything`]);
//! - text of a newer layout is left alone ([`SaveError::NewerVersion`]);
//! - text that cannot be read is copied to quarantine before anything is written over it or
//!   removed from its key: never deleted, never taken for another tab's record;
//! - a failed write changes nothing (storage full is [`SaveError::Quota`]).
//!
//! A write over the very text this store last read or wrote skips decoding it again (a hash
//! per key), so saving a batch of hundreds of files does not read it back each time.

use std::collections::BTreeMap;
use std::fmt;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::marker::PhantomData;

use chrono::{DateTime, FixedOffset};

use super::decode::Problem;
use super::kv::{entry_bytes, KeyValueStore, StoreError};
use super::quarantine::{move_aside, QuarantinedEntry};
use super::record::WriterId;

/// How one kind of record is read from its stored text (a marker type: its bounds let
/// [`SaveError`] derive what it needs).
pub trait Codec: Clone + fmt::Debug + PartialEq + Eq {
    /// A stored record, as read.
    type Record: Clone + fmt::Debug + PartialEq + Eq;
    /// What names one record to the user (a draft's assessment id; `()` for the one batch).
    type Id: Clone + fmt::Debug + PartialEq + Eq;
    /// Reads the text stored under `key`; a record that belongs under another key is a
    /// [`Problem::WrongKey`].
    fn decode(key: &str, raw: &str) -> Result<Self::Record, Problem>;
    /// The record's save count.
    fn revision(record: &Self::Record) -> u64;
}

/// Why a write was refused. In every case nothing stored was changed, and the caller still
/// holds its own data. `C` is the kind of record (drafts when not named).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError<C: Codec = super::store::DraftCodec> {
    /// Someone else saved this record since the caller's revision (or its id is taken):
    /// `theirs` is what is stored now.
    Conflict { theirs: Box<C::Record> },
    /// The stored record was written by a newer Eightfold; it is left alone.
    NewerVersion { schema: u64 },
    /// Storage is full; keep the record in memory and offer an export.
    Quota { needed: u64 },
    /// There is no usable storage.
    Unavailable,
    /// The record to copy or rename is not stored (any more).
    NotFound { id: C::Id },
    /// The stored record cannot be read; it was moved to quarantine (or, when storage is too
    /// full to keep a copy, left where it was).
    Unreadable { id: C::Id, problem: Problem },
    /// Anything else the backend reported.
    Storage(String),
}

impl<C: Codec> SaveError<C> {
    /// The same fault of storage itself (full, missing, failing) as a draft's, whose messages
    /// every store shares; `None` for the faults that concern the record.
    pub fn storage_fault(&self) -> Option<SaveError> {
        match self {
            SaveError::Quota { needed } => Some(SaveError::Quota { needed: *needed }),
            SaveError::Unavailable => Some(SaveError::Unavailable),
            SaveError::Storage(message) => Some(SaveError::Storage(message.clone())),
            _ => None,
        }
    }
}

impl<C: Codec> From<StoreError> for SaveError<C> {
    fn from(error: StoreError) -> SaveError<C> {
        match error {
            StoreError::Unavailable => SaveError::Unavailable,
            StoreError::QuotaExceeded { needed } => SaveError::Quota { needed },
            StoreError::Other(message) => SaveError::Storage(message),
        }
    }
}

/// What a write may replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// The revision the caller last saw (`None`: it saw no record); a record stored at any
    /// other revision is a conflict.
    Seen(Option<u64>),
    /// Whatever is stored (the user chose to keep this tab's record); text of a newer layout
    /// is moved to quarantine first.
    Anything,
}

/// What [`RecordStore::load`] found under a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry<R> {
    Missing,
    Found(R),
    /// Text that cannot be read: kept aside now (or left in place when a newer Eightfold
    /// wrote it, or storage is too full to keep a copy).
    Unreadable(QuarantinedEntry),
}

/// What [`RecordStore::remove`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removed<R> {
    /// Nothing was stored.
    Nothing,
    /// This record was stored and is removed.
    Record(R),
    /// Unreadable text was stored: it is in quarantine now, not deleted.
    KeptAside(Problem),
}

/// Records of one kind, over a key-value backend shared with other tabs.
pub struct RecordStore<S: KeyValueStore, C: Codec> {
    kv: S,
    writer: WriterId,
    /// Counts the ids this tab made up, so each is new.
    next_id: u32,
    /// Per key, a hash of the text this store last read or wrote there and its revision.
    known: BTreeMap<String, (u64, u64)>,
    codec: PhantomData<C>,
}

impl<S: KeyValueStore + fmt::Debug, C: Codec> fmt::Debug for RecordStore<S, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordStore")
            .field("kv", &self.kv)
            .field("writer", &self.writer)
            .finish_non_exhaustive()
    }
}

fn text_hash(raw: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    raw.hash(&mut hasher);
    hasher.finish()
}

/// What is stored under a key, read only as far as a write needs.
enum Stored<R> {
    Missing,
    /// A readable record.
    At(R),
    Newer {
        schema: u64,
    },
    Damaged {
        raw: String,
        problem: Problem,
    },
}

impl<S: KeyValueStore, C: Codec> RecordStore<S, C> {
    /// The store of the tab `writer` (a random id per page load) over `kv`.
    pub fn new(kv: S, writer: WriterId) -> RecordStore<S, C> {
        RecordStore {
            kv,
            writer,
            next_id: 0,
            known: BTreeMap::new(),
            codec: PhantomData,
        }
    }

    pub fn writer(&self) -> &WriterId {
        &self.writer
    }

    pub fn kv(&self) -> &S {
        &self.kv
    }

    pub fn kv_mut(&mut self) -> &mut S {
        &mut self.kv
    }

    /// The record stored under `key`, read without changing anything.
    pub fn read(&self, key: &str) -> Result<Option<C::Record>, LoadError> {
        match self.kv.get(key).map_err(LoadError::Store)? {
            None => Ok(None),
            Some(raw) => C::decode(key, &raw)
                .map(Some)
                .map_err(LoadError::Unreadable),
        }
    }

    /// The record stored under `key`; unreadable text is moved to quarantine and reported.
    pub fn load(&mut self, key: &str) -> Result<Entry<C::Record>, StoreError> {
        let Some(raw) = self.kv.get(key)? else {
            self.known.remove(key);
            return Ok(Entry::Missing);
        };
        match C::decode(key, &raw) {
            Ok(record) => {
                self.know(key, &raw, C::revision(&record));
                Ok(Entry::Found(record))
            }
            Err(problem) => Ok(Entry::Unreadable(self.keep_aside(key, raw, problem))),
        }
    }

    /// Moves unreadable `raw` found under `key` to quarantine (unless a newer Eightfold may
    /// still use it there) and says where it is now. Storage too full to keep a copy leaves it
    /// in place.
    pub fn keep_aside(&mut self, key: &str, raw: String, problem: Problem) -> QuarantinedEntry {
        self.known.remove(key);
        let moved_to = if problem.leave_in_place() {
            None
        } else {
            move_aside(&mut self.kv, key, &raw).ok()
        };
        QuarantinedEntry {
            moved: moved_to.is_some(),
            key: moved_to.unwrap_or_else(|| key.to_owned()),
            original_key: key.to_owned(),
            raw,
            problem,
        }
    }

    /// Notes that `raw` (at `revision`) is what is stored under `key`.
    pub fn know(&mut self, key: &str, raw: &str, revision: u64) {
        self.known
            .insert(key.to_owned(), (text_hash(raw), revision));
    }

    /// What is under `key`, decoded.
    fn stored(&self, key: &str) -> Result<Stored<C::Record>, StoreError> {
        let Some(raw) = self.kv.get(key)? else {
            return Ok(Stored::Missing);
        };
        Ok(match C::decode(key, &raw) {
            Ok(record) => Stored::At(record),
            Err(Problem::FutureSchema { schema }) => Stored::Newer { schema },
            Err(problem) => Stored::Damaged { raw, problem },
        })
    }

    /// The revision of the text under `key` when it is exactly what this store last read or
    /// wrote there.
    fn known_revision(&self, key: &str) -> Result<Option<u64>, StoreError> {
        let Some(&(hash, revision)) = self.known.get(key) else {
            return Ok(None);
        };
        let same = self.kv.get(key)?.is_some_and(|raw| text_hash(&raw) == hash);
        Ok(same.then_some(revision))
    }

    /// Checks that a record based on `base` may be written under `key`: unreadable text there
    /// is moved to quarantine first. Returns the revision of the readable record stored there.
    pub fn check(&mut self, key: &str, base: Base) -> Result<Option<u64>, SaveError<C>> {
        let fine = |revision| base == Base::Anything || base == Base::Seen(Some(revision));
        if let Some(revision) = self.known_revision(key)?.filter(|revision| fine(*revision)) {
            return Ok(Some(revision));
        }
        match self.stored(key)? {
            Stored::Missing => Ok(None),
            Stored::At(record) if fine(C::revision(&record)) => Ok(Some(C::revision(&record))),
            Stored::At(theirs) => Err(SaveError::Conflict {
                theirs: Box::new(theirs),
            }),
            Stored::Newer { schema } if base != Base::Anything => {
                Err(SaveError::NewerVersion { schema })
            }
            Stored::Newer { .. } => {
                let raw = self.kv.get(key)?.unwrap_or_default();
                move_aside(&mut self.kv, key, &raw)?;
                Ok(None)
            }
            Stored::Damaged { raw, .. } => {
                self.known.remove(key);
                move_aside(&mut self.kv, key, &raw)?;
                Ok(None)
            }
        }
    }

    /// Writes `json` (a record at `revision`) under `key` as it is; returns the bytes the entry
    /// takes. Call [`RecordStore::check`] first.
    pub fn write(&mut self, key: &str, json: &str, revision: u64) -> Result<u64, SaveError<C>> {
        self.known.remove(key);
        self.kv.set(key, json)?;
        self.know(key, json, revision);
        Ok(entry_bytes(key, json))
    }

    /// Removes the record under `key` if it is still at revision `seen`, and returns it;
    /// unreadable text is moved to quarantine instead of deleted.
    pub fn remove(
        &mut self,
        key: &str,
        seen: Option<u64>,
    ) -> Result<Removed<C::Record>, SaveError<C>> {
        match self.stored(key)? {
            Stored::Missing => Ok(Removed::Nothing),
            Stored::At(record) if Some(C::revision(&record)) == seen => {
                self.kv.remove(key)?;
                self.known.remove(key);
                Ok(Removed::Record(record))
            }
            Stored::At(theirs) => Err(SaveError::Conflict {
                theirs: Box::new(theirs),
            }),
            Stored::Newer { schema } => Err(SaveError::NewerVersion { schema }),
            Stored::Damaged { raw, problem } => {
                self.known.remove(key);
                move_aside(&mut self.kv, key, &raw)?;
                Ok(Removed::KeptAside(problem))
            }
        }
    }

    /// A name no stored record uses, e.g. `a-18c0f3a2b10-3f9a2c1d-1`: `kind`, the time, this
    /// tab's writer id and a counter, so two tabs never pick the same one. `key` gives the key
    /// a name is stored under; `reserved` names taken elsewhere (the built-in templates').
    pub fn fresh_name(
        &mut self,
        kind: &str,
        now: DateTime<FixedOffset>,
        key: impl Fn(&str) -> String,
        reserved: impl Fn(&str) -> bool,
    ) -> Result<String, StoreError> {
        let millis = u64::try_from(now.timestamp_millis()).unwrap_or(0);
        loop {
            self.next_id = self.next_id.saturating_add(1);
            let name = format!("{kind}-{millis:x}-{}-{}", self.writer, self.next_id);
            if !reserved(&name) && self.kv.get(&key(&name))?.is_none() {
                return Ok(name);
            }
            if self.next_id == u32::MAX {
                return Err(StoreError::Other(format!("no free {kind} id")));
            }
        }
    }
}

/// Why one record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Store(StoreError),
    Unreadable(Problem),
}
