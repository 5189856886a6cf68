//! Several files of the same unit and period in one batch: one is kept, the rest set aside
//! and reported, so a unit is never ranked or averaged twice.
//!
//! Files match when their unit names are equal after trimming and collapsing blanks, and
//! their year and period are equal (whatever their templates). **Which file is kept:** the one
//! with a review (a committee's reviewed file beats the unit's original), then the one changed
//! last (`assessment.modified`), then the one earlier in the batch. The person can remove a
//! file from the batch to choose otherwise.

use std::collections::BTreeMap;

use super::unit::{PeriodKey, UnitResult};

/// Files of one unit and period beyond the first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// The unit's name in the kept file.
    pub unit: String,
    pub period: PeriodKey,
    /// Batch index of the file ranked and averaged.
    pub kept: usize,
    /// Batch indices of the files set aside, in batch order.
    pub set_aside: Vec<usize>,
}

/// Splits `results` into the kept ones (batch order) and the set-aside ones, with a report
/// per unit and period that had more than one file.
pub fn split_duplicates(
    results: Vec<UnitResult>,
) -> (Vec<UnitResult>, Vec<UnitResult>, Vec<Duplicate>) {
    let mut by_key: BTreeMap<(String, PeriodKey), Vec<UnitResult>> = BTreeMap::new();
    for result in results {
        by_key
            .entry((result.unit_key.clone(), result.period.clone()))
            .or_default()
            .push(result);
    }
    let mut kept = Vec::new();
    let mut set_aside = Vec::new();
    let mut duplicates = Vec::new();
    for ((_, period), mut files) in by_key {
        // Best first: reviewed, then latest change, then earliest in the batch.
        files.sort_by(|a, b| {
            b.is_reviewed()
                .cmp(&a.is_reviewed())
                .then(b.modified.cmp(&a.modified))
                .then(a.index.cmp(&b.index))
        });
        let mut files = files.into_iter();
        let Some(first) = files.next() else {
            continue;
        };
        let mut others: Vec<UnitResult> = files.collect();
        if !others.is_empty() {
            others.sort_by_key(|r| r.index);
            duplicates.push(Duplicate {
                unit: first.unit.clone(),
                period,
                kept: first.index,
                set_aside: others.iter().map(|r| r.index).collect(),
            });
            set_aside.extend(others);
        }
        kept.push(first);
    }
    kept.sort_by_key(|r| r.index);
    set_aside.sort_by_key(|r| r.index);
    duplicates.sort_by_key(|d| d.kept);
    (kept, set_aside, duplicates)
}
