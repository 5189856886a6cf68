//! Criteria templates: what is assessed, how each item is scored, and how totals become grades.
//!
//! A template is plain data (serde, JSON) so that built-in and imported templates are the same
//! thing, an export can carry the template it was scored with, and scoring is a function of data.
//! Every user-visible string is a bilingual [`Text`]. Nothing here checks consistency (ids
//! unique, weights adding up, bands covering 0–100): that is [`fn@crate::domain::validate`], so a
//! broken template can still be loaded, shown and reported on. Scoring rules live in
//! [`fn@crate::domain::score`]; the comments on [`IndicatorKind`] only summarise them.

use serde::{Deserialize, Serialize};

use super::fixed::Fixed;
use super::ids::{DimensionId, GradeId, IndicatorId, LevelId, TemplateId};
use super::text::Text;

/// The template format version this code reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A scoring template, e.g. the eight types of institutions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Format version of this JSON ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    pub id: TemplateId,
    /// Revision of the criteria themselves; bumped when points or items change.
    pub version: u32,
    pub title: Text,
    pub description: Text,
    /// In display order; weights add up to 100.
    pub dimensions: Vec<Dimension>,
    /// Best first (优秀, 良好, 合格, 不合格).
    pub grade_bands: Vec<GradeBand>,
}

/// A part of the template with its own weight, e.g. 学习型 (learning).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: DimensionId,
    pub name: Text,
    /// Share of the 100-point total.
    pub weight: Fixed,
    pub indicators: Vec<Indicator>,
}

/// One assessed item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Unique in the whole template, e.g. "1.2".
    pub id: IndicatorId,
    /// 考核内容: what is assessed.
    pub content: Text,
    /// 评分标准: how it is scored, in words.
    pub standard: Text,
    /// Full marks (for a bonus, its cap; for a veto, 0).
    pub max_points: Fixed,
    pub kind: IndicatorKind,
    pub source: Source,
    /// The assessor may answer "not applicable"; the dimension is then rescaled.
    #[serde(default)]
    pub na_allowed: bool,
    /// An answer below full marks needs an explanatory note.
    #[serde(default)]
    pub note_required_below_full: bool,
    /// A ★ item: below full marks caps the grade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub must_pass: Option<MustPass>,
}

/// ★ rule: when the item is answered and below full marks, the grade is at most `cap`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MustPass {
    pub cap: GradeId,
}

/// Where an indicator comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Source {
    /// A numbered paragraph of the seed document.
    Seed { paragraph: u8 },
    /// Common assessment practice, not the seed document.
    CommonPractice,
}

/// How an indicator turns an answer into points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum IndicatorKind {
    /// Choose a level (好/较好/一般/差); the level's points.
    Scale { levels: Vec<ScaleLevel> },
    /// Met: full marks; not met: 0.
    YesNo,
    /// A number against a target: all-or-nothing, or `max × min(value, target) / target`.
    Quota {
        target: Fixed,
        unit: Text,
        mode: QuotaMode,
    },
    /// `max − n × per_occurrence`, never below 0 (扣完为止).
    Deduction { per_occurrence: Fixed },
    /// `min(n × per_occurrence, max_points)`, added to the total after weighting and outside
    /// the dimension maximum (加分项); the total stays capped at 100.
    Bonus { per_occurrence: Fixed },
    /// 一票否决: no points (`max_points` is 0); when triggered the grade is the lowest band.
    Veto,
}

/// How a quota turns a number into points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuotaMode {
    /// Full marks when the target is reached, else 0.
    AllOrNothing,
    /// Points in proportion to the target, capped at full marks.
    Proportional,
}

/// One level of a rating scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    pub id: LevelId,
    pub label: Text,
    pub points: Fixed,
}

/// A grade and the totals that earn it: `[from, to)`, except that the band reaching 100
/// includes 100.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GradeBand {
    pub id: GradeId,
    pub label: Text,
    pub from: Fixed,
    pub to: Fixed,
}

impl GradeBand {
    /// True when `total` falls in this band.
    pub fn contains(&self, total: Fixed) -> bool {
        self.from <= total && (total < self.to || (self.to == Fixed::HUNDRED && total == self.to))
    }
}

impl IndicatorKind {
    /// True for kinds whose points make up the dimension's maximum (not bonus, not veto).
    pub fn counts_in_max(&self) -> bool {
        !matches!(self, IndicatorKind::Bonus { .. } | IndicatorKind::Veto)
    }
}

impl Indicator {
    /// The rating-scale level with this id, if the indicator is a scale and has it.
    pub fn level(&self, id: &LevelId) -> Option<&ScaleLevel> {
        match &self.kind {
            IndicatorKind::Scale { levels } => levels.iter().find(|level| &level.id == id),
            _ => None,
        }
    }
}

impl Template {
    /// Every indicator with its dimension, in display order.
    pub fn indicators(&self) -> impl Iterator<Item = (&Dimension, &Indicator)> {
        self.dimensions
            .iter()
            .flat_map(|dimension| dimension.indicators.iter().map(move |i| (dimension, i)))
    }

    /// The indicator with this id and its dimension.
    pub fn indicator(&self, id: &IndicatorId) -> Option<(&Dimension, &Indicator)> {
        self.indicators().find(|(_, indicator)| &indicator.id == id)
    }

    pub fn dimension(&self, id: &DimensionId) -> Option<&Dimension> {
        self.dimensions.iter().find(|dimension| &dimension.id == id)
    }

    pub fn band(&self, id: &GradeId) -> Option<&GradeBand> {
        self.grade_bands.iter().find(|band| &band.id == id)
    }

    /// The worst band: the one starting lowest (the last one of a well-formed template).
    pub fn lowest_band(&self) -> Option<&GradeBand> {
        self.grade_bands.iter().rev().min_by_key(|band| band.from)
    }

    /// The band a total falls in; for a total outside every band (only possible with a
    /// template that fails validation), the lowest band.
    pub fn band_for(&self, total: Fixed) -> Option<&GradeBand> {
        self.grade_bands
            .iter()
            .find(|band| band.contains(total))
            .or_else(|| self.lowest_band())
    }

    /// The label of a grade in `lang`, or the id itself when the template has no such band.
    pub fn grade_label(&self, id: &GradeId, lang: super::text::Lang) -> String {
        self.band(id)
            .map(|band| band.label.get(lang).to_owned())
            .unwrap_or_else(|| id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_sources_have_readable_json() {
        let kind = IndicatorKind::Quota {
            target: Fixed::from_int(12),
            unit: Text::new("天", "days"),
            mode: QuotaMode::Proportional,
        };
        let json = serde_json::to_value(&kind).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"type": "quota", "target": 12,
                "unit": {"zh": "天", "en": "days"}, "mode": "proportional"})
        );
        let source = serde_json::to_value(Source::Seed { paragraph: 3 }).unwrap();
        assert_eq!(source, serde_json::json!({"type": "seed", "paragraph": 3}));
        let veto: IndicatorKind = serde_json::from_str(r#"{"type":"veto"}"#).unwrap();
        assert_eq!(veto, IndicatorKind::Veto);
    }

    #[test]
    fn top_band_includes_100_others_are_half_open() {
        let band = |from: i64, to: i64| GradeBand {
            id: GradeId::new("x"),
            label: Text::default(),
            from: Fixed::from_int(from),
            to: Fixed::from_int(to),
        };
        assert!(band(90, 100).contains(Fixed::HUNDRED));
        assert!(!band(80, 90).contains(Fixed::from_int(90)));
        assert!(band(80, 90).contains(Fixed::from_hundredths(8999)));
    }
}
