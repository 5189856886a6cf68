//! Drafts that are never lost: how assessments are kept in browser storage between visits.
//!
//! This is the storage *logic* — record layout and its versions, migration, revision checks
//! between tabs and quarantine of unreadable entries (one [`RecordStore`] for every kind of
//! record, each with its [`Codec`]), usage and messages — written against the [`KeyValueStore`] trait so it runs and is tested natively. It
//! holds no clock and no randomness (callers pass `now` and a per-tab [`WriterId`]) and touches
//! no browser API: the localStorage adapter is `crate::web::storage`, and the timers and
//! `pagehide` flush belong to the UI. The criteria templates a committee edits are kept the
//! same way ([`template_record`], [`template_store`]), and so is review mode's batch of imported
//! unit files with the reviewer's scores ([`review_record`], [`review_store`]).
//!
//! Draft records come in three layouts: schema 1 is only read (and migrated); schema 2 is
//! written for every draft without a `review_of`; schema 3, schema 2 plus `review_of`, only
//! for a draft kept from a reviewed file. Writing the oldest layout that holds a record keeps
//! the drafts readable by older copies of the app sharing the same `file://` storage, and
//! keeps a reviewed draft out of their hands rather than have them drop its link
//! ([`record`] says more).
//!
//! **Architecture invariant:** nothing here imports web-sys, js-sys, wasm-bindgen, gloo or
//! leptos; nothing stored by the user is deleted except on the user's explicit request.

pub mod decode;
pub mod export_mark;
pub mod keys;
pub mod kv;
pub mod load;
pub mod memory;
pub mod messages;
pub mod quarantine;
pub mod record;
pub mod record_store;
pub mod review_record;
pub mod review_store;
pub mod scope;
pub mod store;
pub mod summary;
pub mod template_record;
pub mod template_store;
pub mod usage;
pub mod v1;

pub use crate::domain::PublishState;
pub use decode::{decode, Decoded, Problem};
pub use export_mark::{ExportMark, ExportStanding, EXPORT_MARK_SCHEMA};
pub use kv::{KeyValueStore, StoreError};
pub use load::{LoadReport, LoadedDraft, MigratedEntry};
pub use memory::MemoryStore;
pub use messages::{not_a_backup, unavailable_banner};
pub use quarantine::QuarantinedEntry;
pub use record::{DraftRecord, WriterId, REVIEWED_SCHEMA, SCHEMA};
pub use record_store::{Codec, RecordStore};
pub use review_record::{BatchFile, ReviewRecord, REVIEW_SCHEMA};
pub use review_store::{
    ReviewCodec, ReviewLoad, ReviewSaveError, ReviewSaved, ReviewStore, StoredBatch,
};
pub use scope::StorageScope;
pub use store::{DraftCodec, DraftStore, LoadError, SaveError, SaveOutcome};
pub use summary::{DraftSummary, SummaryScores};
pub use template_record::{TemplateRecord, TEMPLATE_SCHEMA};
pub use template_store::{
    Adopted, RestoreOutcome, TemplateCodec, TemplateError, TemplateReport, TemplateStore,
};
pub use usage::{Usage, NOMINAL_QUOTA_BYTES};
