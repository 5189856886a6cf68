//! Year-over-year change: the same unit's standing total in two periods of one batch.
//!
//! Units are matched by name (trimmed, blanks collapsed). For a unit with files of two or more
//! periods (duplicates already set aside), each period is compared with the one before it, in
//! the order of year then period text. Totals are on 100 whatever the template, so a change is
//! reported across template versions too, with `same_template` false so a view can say the
//! criteria changed in between.

use std::collections::BTreeMap;

use super::unit::{PeriodKey, TemplateKey, UnitResult};
use crate::domain::{Fixed, GradeId};

/// One unit in one period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodScore {
    /// Batch index of the file.
    pub index: usize,
    pub period: PeriodKey,
    pub template: TemplateKey,
    pub total: Fixed,
    pub grade: GradeId,
}

/// A unit's change from one period to the next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitChange {
    /// The name in the later file.
    pub unit: String,
    pub from: PeriodScore,
    pub to: PeriodScore,
    /// `to.total − from.total`, exact.
    pub change: Fixed,
    pub same_template: bool,
}

fn period_score(unit: &UnitResult) -> PeriodScore {
    PeriodScore {
        index: unit.index,
        period: unit.period.clone(),
        template: unit.template.clone(),
        total: unit.total(),
        grade: unit.grade().clone(),
    }
}

/// Changes between consecutive periods of every unit of `kept` (one file per unit and
/// period), by unit name then period.
pub fn year_over_year(kept: &[UnitResult]) -> Vec<UnitChange> {
    let mut by_unit: BTreeMap<&str, Vec<&UnitResult>> = BTreeMap::new();
    for unit in kept {
        by_unit
            .entry(unit.unit_key.as_str())
            .or_default()
            .push(unit);
    }
    let mut changes = Vec::new();
    for (_, mut files) in by_unit {
        files.sort_by(|a, b| a.period.cmp(&b.period).then(a.index.cmp(&b.index)));
        for pair in files.windows(2) {
            let (from, to) = (pair[0], pair[1]);
            changes.push(UnitChange {
                unit: to.unit.clone(),
                from: period_score(from),
                to: period_score(to),
                change: to.total().saturating_sub(from.total()),
                same_template: from.template == to.template,
            });
        }
    }
    changes
}
