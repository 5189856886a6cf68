//! Groups of comparable files: one template version and one period each.
//!
//! Scores are only ranked and averaged within a group. Files on different templates (or
//! versions of one template) have different indicators and weights, and files of different
//! periods are different assessments, so mixing either would give numbers that mean nothing;
//! a batch that mixes them gets one group each, and a notice (see `super::notice`).
//!
//! **Per-type statistics** are over the standing scores of the group's units: for every
//! dimension, its score rate (`percent`, 0–100) and its weighted points (`weighted`, out of the
//! dimension's weight), each with mean, minimum, maximum and spread ([`Stats`]). A unit for
//! which a dimension does not apply (everything in it marked not applicable) is left out of
//! that dimension's figures, so `count` can differ between dimensions.

use std::collections::BTreeMap;

use super::ranking::{rank, Ranked};
use super::stats::Stats;
use super::unit::{PeriodKey, TemplateKey, UnitResult};
use crate::domain::{DimensionId, Template, Text};

/// The units of one template version and one period, ranked, with their statistics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub template: TemplateKey,
    /// The template's title, from the group's first file.
    pub title: Text,
    pub period: PeriodKey,
    /// Best first.
    pub ranking: Vec<Ranked>,
    pub stats: GroupStats,
}

/// Statistics of a group's standing scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupStats {
    /// Of the totals (on 100).
    pub total: Option<Stats>,
    /// In the template's dimension order.
    pub dimensions: Vec<DimensionStats>,
}

/// Statistics of one dimension (type) across a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionStats {
    pub id: DimensionId,
    /// Of the score rates (0–100).
    pub percent: Option<Stats>,
    /// Of the weighted points (out of the dimension's weight).
    pub weighted: Option<Stats>,
}

impl Group {
    pub fn len(&self) -> usize {
        self.ranking.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ranking.is_empty()
    }

    /// The ranked entry of the file at batch `index`, if it is in this group.
    pub fn entry(&self, index: usize) -> Option<&Ranked> {
        self.ranking.iter().find(|r| r.unit.index == index)
    }

    pub fn dimension_stats(&self, id: &DimensionId) -> Option<&DimensionStats> {
        self.stats.dimensions.iter().find(|d| &d.id == id)
    }
}

/// Statistics of `units` on `template`'s dimensions.
pub fn group_stats(template: &Template, units: &[&UnitResult]) -> GroupStats {
    let total = Stats::of(units.iter().map(|u| u.total()));
    let dimensions = template
        .dimensions
        .iter()
        .map(|dimension| {
            let scores: Vec<_> = units
                .iter()
                .filter_map(|u| u.standing().dimension(&dimension.id))
                .filter(|d| d.applicable)
                .collect();
            DimensionStats {
                id: dimension.id.clone(),
                percent: Stats::of(scores.iter().map(|d| d.percent)),
                weighted: Stats::of(scores.iter().map(|d| d.weighted)),
            }
        })
        .collect();
    GroupStats { total, dimensions }
}

/// Groups `kept` by template version and period (in that order), ranks each group and
/// computes its statistics. `template_of` gives the template a file at a batch index carries.
pub fn build_groups<'t>(
    kept: Vec<UnitResult>,
    template_of: impl Fn(usize) -> Option<&'t Template>,
) -> Vec<Group> {
    let mut by_key: BTreeMap<(TemplateKey, PeriodKey), Vec<UnitResult>> = BTreeMap::new();
    for unit in kept {
        by_key
            .entry((unit.template.clone(), unit.period.clone()))
            .or_default()
            .push(unit);
    }
    let mut groups = Vec::with_capacity(by_key.len());
    for ((template_key, period), units) in by_key {
        let Some(template) = units.first().and_then(|u| template_of(u.index)) else {
            continue;
        };
        let refs: Vec<&UnitResult> = units.iter().collect();
        let stats = group_stats(template, &refs);
        groups.push(Group {
            template: template_key,
            title: template.title.clone(),
            period,
            ranking: rank(template, units),
            stats,
        });
    }
    groups
}
