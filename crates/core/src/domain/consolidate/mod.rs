//! Consolidation: the working committee's view of a batch of unit files — groups, ranking,
//! per-type statistics, year-over-year change and corrective-action lists.
//!
//! It exists so the committee's numbers follow the same rules as a unit's own sheet: every
//! score here comes from [`crate::domain::score()`], and every rule of the batch (which files
//! are comparable, which duplicate counts, how ties rank, how averages round) lives in one
//! file of this module, each documented there:
//! - [`input`]: what a file brings (template, assessment, digest check, migration);
//! - [`mod@unit`]: one file scored — self, review, and the *standing* score used for ranking;
//! - [`duplicates`]: one file per unit and period, the rest set aside and reported;
//! - [`group`]: one group per template version and period, never averaged together;
//! - [`ranking`], [`stats`]: order with ties, and exact averages, minima, maxima and spreads;
//! - [`change`]: year-over-year change of a unit across periods;
//! - [`corrective`]: indicators below a threshold (default under 60 % of their points);
//! - [`notice`]: what the person must be told about the batch;
//! - [`review_start`]: a review starts from the unit's own answer values.
//!
//! Pure and deterministic: no IO, no clock; the same batch gives the same result.

pub mod change;
pub mod corrective;
pub mod duplicates;
pub mod group;
pub mod input;
pub mod notice;
pub mod ranking;
pub mod review_start;
pub mod stats;
pub mod unit;

use std::collections::BTreeMap;

pub use change::{PeriodScore, UnitChange};
pub use corrective::{corrective_actions, CorrectiveItem, CorrectiveReason, DEFAULT_THRESHOLD};
pub use duplicates::Duplicate;
pub use group::{DimensionStats, Group, GroupStats};
pub use input::{FileCheck, UnitInput};
pub use notice::{period_text, Notice, TemplateUse};
pub use ranking::Ranked;
pub use review_start::review_from_self;
pub use stats::Stats;
pub use unit::{unit_key, PeriodKey, TemplateKey, UnitResult};

use crate::domain::Fixed;

/// Choices the committee can make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConsolidateOptions {
    /// An indicator goes on the corrective-action list below this share of its points, in
    /// percent ([`DEFAULT_THRESHOLD`]: 60).
    pub threshold_percent: Fixed,
}

impl Default for ConsolidateOptions {
    fn default() -> ConsolidateOptions {
        ConsolidateOptions {
            threshold_percent: DEFAULT_THRESHOLD,
        }
    }
}

/// The consolidated batch.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Consolidation {
    /// By template (id, version), then period.
    pub groups: Vec<Group>,
    /// Files left out of ranking and statistics as duplicates, in batch order.
    pub set_aside: Vec<UnitResult>,
    pub duplicates: Vec<Duplicate>,
    /// Year-over-year changes, by unit name then period.
    pub changes: Vec<UnitChange>,
    /// Every template version in the batch with its number of files, by template.
    pub templates: Vec<TemplateUse>,
    /// The options it was made with.
    pub options: ConsolidateOptions,
}

/// Consolidates a batch of unit files.
pub fn consolidate(files: &[UnitInput<'_>], options: &ConsolidateOptions) -> Consolidation {
    let results: Vec<UnitResult> = files
        .iter()
        .enumerate()
        .map(|(index, input)| UnitResult::of(index, input, options.threshold_percent))
        .collect();
    let templates = template_uses(files);
    let (kept, set_aside, duplicates) = duplicates::split_duplicates(results);
    let changes = change::year_over_year(&kept);
    let groups = group::build_groups(kept, |index| files.get(index).map(|f| f.template));
    Consolidation {
        groups,
        set_aside,
        duplicates,
        changes,
        templates,
        options: *options,
    }
}

fn template_uses(files: &[UnitInput<'_>]) -> Vec<TemplateUse> {
    let mut uses: BTreeMap<TemplateKey, TemplateUse> = BTreeMap::new();
    for file in files {
        let key = TemplateKey {
            id: file.assessment.template_id.clone(),
            version: file.assessment.template_version,
        };
        uses.entry(key.clone())
            .or_insert_with(|| TemplateUse {
                template: key,
                title: file.template.title.clone(),
                files: 0,
            })
            .files += 1;
    }
    uses.into_values().collect()
}

impl Consolidation {
    /// Number of files consolidated (ranked and set aside).
    pub fn file_count(&self) -> usize {
        self.groups.iter().map(Group::len).sum::<usize>() + self.set_aside.len()
    }

    /// The scored file at batch `index`, and its rank when it is ranked.
    pub fn result(&self, index: usize) -> Option<(&UnitResult, Option<usize>)> {
        self.groups
            .iter()
            .find_map(|g| g.entry(index).map(|r| (&r.unit, Some(r.rank))))
            .or_else(|| {
                self.set_aside
                    .iter()
                    .find(|u| u.index == index)
                    .map(|u| (u, None))
            })
    }

    /// Position in [`Consolidation::groups`] of the group holding batch `index`.
    pub fn group_of(&self, index: usize) -> Option<usize> {
        self.groups.iter().position(|g| g.entry(index).is_some())
    }

    /// The changes that involve the file at batch `index`.
    pub fn changes_of(&self, index: usize) -> impl Iterator<Item = &UnitChange> {
        self.changes
            .iter()
            .filter(move |c| c.from.index == index || c.to.index == index)
    }

    /// What the person must be told: mixed templates first, then each duplicate.
    pub fn notices(&self) -> Vec<Notice> {
        let mut notices = Vec::new();
        if self.templates.len() > 1 {
            notices.push(Notice::MixedTemplates(self.templates.clone()));
        }
        notices.extend(self.duplicates.iter().cloned().map(Notice::Duplicate));
        notices
    }
}
