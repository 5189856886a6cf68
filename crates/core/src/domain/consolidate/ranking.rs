//! The ranking of one group's units.
//!
//! **Order:** by grade first — best band first, in the template's band order, so a unit whose
//! grade was lowered by a veto (一票否决) or a ★ cap ranks below every unit with a better
//! grade whatever its points — then by standing total, highest first.
//! **Ties:** units with the same grade and the same total share a rank, and the next rank
//! skips ("1, 2, 2, 4", standard competition ranking); within a tie they are listed by unit
//! name (then batch order), which is only a display order.

use std::cmp::Ordering;

use super::unit::UnitResult;
use crate::domain::Template;

/// A unit and its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    /// 1 for the best; equal for ties.
    pub rank: usize,
    pub unit: UnitResult,
}

/// Position of the unit's standing grade among `template`'s bands (0 is best); grades the
/// template does not know come last.
fn grade_position(template: &Template, unit: &UnitResult) -> usize {
    template
        .grade_bands
        .iter()
        .position(|band| &band.id == unit.grade())
        .unwrap_or(template.grade_bands.len())
}

/// Compares two units for the ranking: `Less` means `a` ranks better.
fn standing_order(template: &Template, a: &UnitResult, b: &UnitResult) -> Ordering {
    grade_position(template, a)
        .cmp(&grade_position(template, b))
        .then(b.total().cmp(&a.total()))
}

/// Ranks `units` (all of one template and period), best first.
pub fn rank(template: &Template, mut units: Vec<UnitResult>) -> Vec<Ranked> {
    units.sort_by(|a, b| {
        standing_order(template, a, b)
            .then_with(|| a.unit_key.cmp(&b.unit_key))
            .then(a.index.cmp(&b.index))
    });
    let mut ranked: Vec<Ranked> = Vec::with_capacity(units.len());
    for (position, unit) in units.into_iter().enumerate() {
        let rank = match ranked.last() {
            Some(previous)
                if standing_order(template, &previous.unit, &unit) == Ordering::Equal =>
            {
                previous.rank
            }
            _ => position + 1,
        };
        ranked.push(Ranked { rank, unit });
    }
    ranked
}
