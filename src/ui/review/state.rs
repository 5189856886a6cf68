//! The review mode's state: the batch of imported unit files (with the reviewer's work in
//! them), its consolidation as a memo, and what the person is looking at.
//!
//! The batch is kept in browser storage as well as in memory ([`ReviewKeeper`]): restored when
//! the app starts, saved within half a second of each change and when the page is hidden, so
//! a reload or a crash keeps the files, the review scores and the unexported marks. Storage
//! is not a backup, and the committee's result is the exported files: each file still carries
//! an `unsaved` flag (review work changed since import or export), the page asks before
//! closing while any is set, and clearing the batch (which clears the stored copy) or
//! removing such a file asks first. The state is provided once by the app, so going back to
//! the start screen and returning keeps the batch. A backup carries the batch, and restoring
//! one into a browser without a batch puts it here at once ([`ReviewState::restore_backup`]).

use leptos::prelude::*;
use serde_json::Value;

use crate::domain::consolidate::{
    consolidate, review_from_self, ConsolidateOptions, Consolidation, UnitResult,
};
use crate::domain::{AnswerValue, IndicatorId, Template};
use crate::formats::exchange::Imported;
use crate::formats::review::unit_input;

/// Why a backup's review batch was not restored.
pub use super::review_keeper::BackupBatchError;
use super::review_keeper::ReviewKeeper;
use super::sort::{SortColumn, SortOrder};
use crate::drafts::review_store::BatchRestore;
use crate::i18n::Message;

/// One file of the batch: as imported, the reviewer's edits in `imported.assessment.review`,
/// and whether review work changed since import or export (`unsaved`).
pub use crate::drafts::BatchFile as LoadedFile;

/// One line about a file that could not be imported, worded in the language shown.
#[derive(Clone, Debug)]
pub struct Refused {
    pub file_name: String,
    pub message: Message,
}

/// The consolidation options review mode uses (the default threshold of 60 %).
fn batch_options() -> ConsolidateOptions {
    ConsolidateOptions::default()
}

/// Shared by the review components through Leptos context (all handles, so `Copy`).
#[derive(Clone, Copy)]
pub struct ReviewState {
    pub files: RwSignal<Vec<LoadedFile>>,
    pub consolidation: Memo<Consolidation>,
    /// Position of the shown group in `consolidation.groups`.
    pub group: RwSignal<usize>,
    /// Batch index of the unit whose review page is open.
    pub open: RwSignal<Option<usize>>,
    pub sort: RwSignal<(SortColumn, SortOrder)>,
    /// Batch index of the unit the radar chart compares with the average.
    pub chart_unit: RwSignal<Option<usize>>,
    /// Files refused by the last import.
    pub refused: RwSignal<Vec<Refused>>,
    /// Files read so far of those being imported, while a long import runs.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// Keeps the batch in browser storage.
    pub keeper: ReviewKeeper,
}

impl ReviewState {
    pub fn new() -> ReviewState {
        let files = RwSignal::new(Vec::<LoadedFile>::new());
        let consolidation = Memo::new(move |_| {
            files.with(|files| {
                let inputs: Vec<_> = files.iter().map(|f| unit_input(&f.imported)).collect();
                consolidate(&inputs, &batch_options())
            })
        });
        ReviewState {
            files,
            consolidation,
            group: RwSignal::new(0),
            open: RwSignal::new(None),
            sort: RwSignal::new((SortColumn::Rank, SortOrder::Ascending)),
            chart_unit: RwSignal::new(None),
            refused: RwSignal::new(Vec::new()),
            progress: RwSignal::new(None),
            keeper: ReviewKeeper::new(),
        }
    }

    /// Restores the stored batch, keeps it stored from now on, and asks the browser to
    /// confirm closing the page while review work is unexported.
    pub fn install(self) {
        let restored = self.keeper.restore();
        if !restored.is_empty() {
            self.files.set(restored);
        }
        self.keeper.install(self.files);
        crate::web::lifecycle::warn_before_unload(move || self.has_unsaved());
    }

    pub fn has_unsaved(&self) -> bool {
        self.files
            .with_untracked(|files| files.iter().any(|f| f.unsaved))
    }

    /// Adds imported files at the end of the batch and shows the group of the first of them.
    pub fn add(&self, imported: Vec<Imported>) {
        let first = self.files.with_untracked(Vec::len);
        let added = !imported.is_empty();
        self.files.update(|files| {
            files.extend(imported.into_iter().map(|imported| LoadedFile {
                imported,
                unsaved: false,
            }))
        });
        if added {
            let group = self
                .consolidation
                .with_untracked(|c| c.group_of(first))
                .unwrap_or(0);
            self.group.set(group);
        }
    }

    /// The batch for a backup (see [`ReviewKeeper::for_backup`]), `None` when there is none.
    pub fn for_backup(&self) -> Option<Value> {
        self.keeper.for_backup(self.files)
    }

    /// Takes the review batch of a backup when this browser has none, and shows it; a batch
    /// already here is kept as it is (see [`ReviewKeeper::restore_backup`]).
    pub fn restore_backup(&self, batch: &Value) -> Result<BatchRestore, BackupBatchError> {
        let outcome = self.keeper.restore_backup(self.files, batch)?;
        if matches!(&outcome, BatchRestore::Restored(files) if !files.is_empty()) {
            self.open.set(None);
            self.chart_unit.set(None);
            self.group.set(0);
            self.refused.set(Vec::new());
        }
        Ok(outcome)
    }

    /// Empties the batch.
    pub fn clear(&self) {
        self.open.set(None);
        self.chart_unit.set(None);
        self.group.set(0);
        self.refused.set(Vec::new());
        self.files.set(Vec::new());
    }

    /// Removes the file at `index` (indices after it shift down by one).
    pub fn remove(&self, index: usize) {
        self.open.set(None);
        self.chart_unit.set(None);
        self.files.update(|files| {
            if index < files.len() {
                files.remove(index);
            }
        });
        let groups = self.consolidation.with_untracked(|c| c.groups.len());
        if self.group.get_untracked() >= groups {
            self.group.set(0);
        }
    }

    /// File `index` scored on its own (tracked): cheaper than reading the consolidation of the
    /// whole batch when only one unit is on screen and being edited.
    pub fn unit_result(&self, index: usize) -> Option<UnitResult> {
        self.files.with(|files| {
            files.get(index).map(|f| {
                UnitResult::of(
                    index,
                    &unit_input(&f.imported),
                    self.options().threshold_percent,
                )
            })
        })
    }

    /// The options the batch is consolidated with.
    pub fn options(&self) -> ConsolidateOptions {
        batch_options()
    }

    /// The template of the file at `index`.
    pub fn template(&self, index: usize) -> Option<Template> {
        self.files
            .with_untracked(|files| files.get(index).map(|f| f.imported.template.clone()))
    }

    /// The template of the shown group (that of its first ranked file).
    pub fn group_template(&self) -> Option<Template> {
        let first = self.consolidation.with(|c| {
            c.groups
                .get(self.group.get())
                .and_then(|g| g.ranking.first())
                .map(|r| r.unit.index)
        })?;
        self.files
            .with(|files| files.get(first).map(|f| f.imported.template.clone()))
    }

    fn edit(&self, index: usize, change: impl FnOnce(&mut LoadedFile)) {
        self.files.update(|files| {
            if let Some(file) = files.get_mut(index) {
                change(file);
                file.unsaved = true;
            }
        });
    }

    /// Starts the review of file `index` from its self answers (nothing if already started).
    pub fn start_review(&self, index: usize, reviewer: &str) {
        self.edit(index, |file| {
            let assessment = &mut file.imported.assessment;
            if assessment.review.is_none() {
                assessment.review = Some(review_from_self(assessment, reviewer));
            }
        });
    }

    pub fn set_reviewer(&self, index: usize, reviewer: String) {
        self.edit(index, |file| {
            if let Some(review) = file.imported.assessment.review.as_mut() {
                review.reviewer = reviewer;
            }
        });
    }

    pub fn set_review_value(&self, index: usize, id: &IndicatorId, value: AnswerValue) {
        self.edit(index, |file| {
            if let Some(review) = file.imported.assessment.review.as_mut() {
                review.answers.set_value(id.clone(), value);
            }
        });
    }

    pub fn set_review_note(&self, index: usize, id: &IndicatorId, note: String) {
        self.edit(index, |file| {
            if let Some(review) = file.imported.assessment.review.as_mut() {
                review.answers.set_note(id.clone(), note);
            }
        });
    }

    /// Records that file `index` was exported as it is now.
    pub fn mark_exported(&self, index: usize) {
        self.files.update(|files| {
            if let Some(file) = files.get_mut(index) {
                file.unsaved = false;
            }
        });
    }
}

impl Default for ReviewState {
    fn default() -> ReviewState {
        ReviewState::new()
    }
}

/// The review state provided by the app.
pub fn use_review() -> ReviewState {
    expect_context::<ReviewState>()
}
