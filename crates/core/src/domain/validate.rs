//! Template validation: every inconsistency, each with its place (part and field, as data)
//! and a bilingual message.
//!
//! Loading a template never fails for these reasons (scoring copes with anything); validation
//! is what the template import and the built-in tests run to refuse a template that would
//! score wrongly or display blanks. It reports all issues at once rather than stopping at the
//! first, so an author can fix a file in one pass. Messages name fields by the editor's words
//! ("the points", not `max_points`); where an issue is, in words, is `issue_place`'s job.

use std::collections::BTreeMap;
use std::fmt::Display;

use super::fixed::Fixed;
use super::issue_place::{Field, IssuePlace, Part};
use super::template::{Dimension, GradeBand, Indicator, IndicatorKind, Template, SCHEMA_VERSION};
use super::text::{Lang, Text};
use crate::i18n::{self, UiText};

/// One problem in a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateIssue {
    pub place: IssuePlace,
    pub message: Text,
}

impl TemplateIssue {
    /// Where, as a file path: `dimensions[2].indicators[0].max_points`.
    pub fn path(&self) -> String {
        self.place.path()
    }
}

/// All issues of `template`; empty when it is sound.
pub fn validate(template: &Template) -> Vec<TemplateIssue> {
    let mut v = Validator::default();
    if template.schema_version == 0 || template.schema_version > SCHEMA_VERSION {
        v.issue(
            IssuePlace::template(Field::SchemaVersion),
            i18n::TEMPLATE_SCHEMA_UNSUPPORTED,
            &[&template.schema_version, &SCHEMA_VERSION],
        );
    }
    v.id(
        IssuePlace::template(Field::TemplateId),
        template.id.as_str(),
    );
    v.text(Part::Template, Field::Title, &template.title);
    v.text(Part::Template, Field::Description, &template.description);
    check_dimensions(&mut v, template);
    check_bands(&mut v, &template.grade_bands);
    check_must_pass(&mut v, template);
    v.issues
}

#[derive(Default)]
struct Validator {
    issues: Vec<TemplateIssue>,
}

impl Validator {
    /// An issue at `place` worded by `text`, its `{}` filled by `values` in order.
    fn issue(&mut self, place: IssuePlace, text: UiText, values: &[&dyn Display]) {
        self.issues.push(TemplateIssue {
            place,
            message: text.both_filled(values),
        });
    }

    /// Both languages of `part`'s text `field` present.
    fn text(&mut self, part: Part, field: fn(Lang) -> Field, text: &Text) {
        for lang in text.missing() {
            let missing = match lang {
                Lang::Zh => i18n::TEXT_MISSING_ZH,
                Lang::En => i18n::TEXT_MISSING_EN,
            };
            self.issue(IssuePlace::at(part, field(lang)), missing, &[]);
        }
    }

    fn id(&mut self, place: IssuePlace, id: &str) {
        if id.trim().is_empty() {
            self.issue(place, i18n::ID_EMPTY, &[]);
        }
    }

    /// Reports every id seen before, at the later occurrence; `what` names the kind of id.
    fn unique<'a>(&mut self, what: UiText, items: impl Iterator<Item = (IssuePlace, &'a str)>) {
        let mut seen: BTreeMap<&str, IssuePlace> = BTreeMap::new();
        for (place, id) in items {
            if let Some(first) = seen.get(id) {
                let first = position_words(first.part);
                let message = |lang| {
                    i18n::fill_each(
                        i18n::ID_DUPLICATE,
                        lang,
                        &[&what.get(lang), &id, &first.get(lang)],
                    )
                };
                self.issues.push(TemplateIssue {
                    place,
                    message: Text::new(message(Lang::Zh), message(Lang::En)),
                });
            } else {
                seen.insert(id, place);
            }
        }
    }
}

/// `part` by position, for a message that points at another part: "维度 2 第 3 项指标" /
/// "indicator 3 of dimension 2".
fn position_words(part: Part) -> Text {
    match part {
        Part::Dimension(d) => i18n::POSITION_DIMENSION.both_filled(&[&(d + 1)]),
        Part::Indicator(d, i) => {
            // Each language says the two numbers in its own order.
            let (d, i) = (d + 1, i + 1);
            Text::new(
                i18n::fill_each(i18n::POSITION_INDICATOR, Lang::Zh, &[&d, &i]),
                i18n::fill_each(i18n::POSITION_INDICATOR, Lang::En, &[&i, &d]),
            )
        }
        Part::Level(_, _, l) => i18n::POSITION_LEVEL.both_filled(&[&(l + 1)]),
        Part::Band(b) => i18n::POSITION_BAND.both_filled(&[&(b + 1)]),
        Part::Template => Text::default(),
    }
}

fn check_dimensions(v: &mut Validator, template: &Template) {
    let dimensions = IssuePlace::template(Field::Dimensions);
    if template.dimensions.is_empty() {
        v.issue(dimensions, i18n::NO_DIMENSIONS, &[]);
    }
    v.unique(
        i18n::DIMENSION_ID,
        template.dimensions.iter().enumerate().map(|(d, dim)| {
            (
                IssuePlace::at(Part::Dimension(d), Field::Id),
                dim.id.as_str(),
            )
        }),
    );
    v.unique(
        i18n::INDICATOR_NUMBER,
        template.dimensions.iter().enumerate().flat_map(|(d, dim)| {
            dim.indicators.iter().enumerate().map(move |(i, ind)| {
                (
                    IssuePlace::at(Part::Indicator(d, i), Field::Number),
                    ind.id.as_str(),
                )
            })
        }),
    );
    let mut weight_sum: i128 = 0;
    for (d, dimension) in template.dimensions.iter().enumerate() {
        check_dimension(v, d, dimension);
        weight_sum += i128::from(dimension.weight.hundredths());
    }
    if !template.dimensions.is_empty() && weight_sum != i128::from(Fixed::HUNDRED.hundredths()) {
        let sum = Fixed::from_hundredths_saturating(weight_sum);
        v.issue(dimensions, i18n::WEIGHTS_NOT_100, &[&sum]);
    }
}

fn check_dimension(v: &mut Validator, d: usize, dimension: &Dimension) {
    let part = Part::Dimension(d);
    v.id(IssuePlace::at(part, Field::Id), dimension.id.as_str());
    v.text(part, Field::Name, &dimension.name);
    if !dimension.weight.is_positive() {
        v.issue(
            IssuePlace::at(part, Field::Weight),
            i18n::WEIGHT_NOT_POSITIVE,
            &[&dimension.weight],
        );
    }
    let indicators = IssuePlace::at(part, Field::Indicators);
    if dimension.indicators.is_empty() {
        v.issue(indicators, i18n::NO_INDICATORS, &[]);
    } else if !dimension.indicators.iter().any(|i| i.kind.counts_in_max()) {
        v.issue(indicators, i18n::NO_SCORED_INDICATOR, &[]);
    }
    for (i, indicator) in dimension.indicators.iter().enumerate() {
        check_indicator(v, d, i, indicator);
    }
}

fn check_indicator(v: &mut Validator, d: usize, i: usize, indicator: &Indicator) {
    let part = Part::Indicator(d, i);
    let at = |field| IssuePlace::at(part, field);
    v.id(at(Field::Number), indicator.id.as_str());
    v.text(part, Field::Content, &indicator.content);
    v.text(part, Field::Standard, &indicator.standard);
    let max = indicator.max_points;
    match &indicator.kind {
        IndicatorKind::Veto if max != Fixed::ZERO => {
            v.issue(at(Field::Points), i18n::VETO_HAS_POINTS, &[&max])
        }
        IndicatorKind::Veto => {}
        _ if !max.is_positive() => v.issue(at(Field::Points), i18n::POINTS_NOT_POSITIVE, &[&max]),
        _ => {}
    }
    match &indicator.kind {
        IndicatorKind::Scale { levels } => {
            if levels.is_empty() {
                v.issue(at(Field::Levels), i18n::NO_LEVELS, &[]);
            } else if !levels.iter().any(|level| level.points == max) {
                v.issue(at(Field::Levels), i18n::NO_FULL_LEVEL, &[&max]);
            }
            v.unique(
                i18n::LEVEL_ID,
                levels.iter().enumerate().map(|(l, level)| {
                    (
                        IssuePlace::at(Part::Level(d, i, l), Field::Id),
                        level.id.as_str(),
                    )
                }),
            );
            for (l, level) in levels.iter().enumerate() {
                let part = Part::Level(d, i, l);
                v.id(IssuePlace::at(part, Field::Id), level.id.as_str());
                v.text(part, Field::Name, &level.label);
                if level.points.is_negative() || level.points > max {
                    v.issue(
                        IssuePlace::at(part, Field::Points),
                        i18n::LEVEL_OUT_OF_RANGE,
                        &[&level.points, &max],
                    );
                }
            }
        }
        IndicatorKind::Quota { target, unit, .. } => {
            v.text(part, Field::Unit, unit);
            if !target.is_positive() {
                v.issue(at(Field::Target), i18n::TARGET_NOT_POSITIVE, &[target]);
            }
        }
        IndicatorKind::Deduction { per_occurrence } | IndicatorKind::Bonus { per_occurrence } => {
            if !per_occurrence.is_positive() {
                v.issue(
                    at(Field::PerOccurrence),
                    i18n::PER_OCCURRENCE_NOT_POSITIVE,
                    &[per_occurrence],
                );
            }
        }
        IndicatorKind::YesNo | IndicatorKind::Veto => {}
    }
    if indicator.must_pass.is_some() && !indicator.kind.counts_in_max() {
        v.issue(at(Field::MustPass), i18n::MUST_PASS_NOT_SCORED, &[]);
    }
}

fn check_bands(v: &mut Validator, bands: &[GradeBand]) {
    if bands.is_empty() {
        v.issue(IssuePlace::template(Field::GradeBands), i18n::NO_BANDS, &[]);
        return;
    }
    v.unique(
        i18n::GRADE_ID,
        bands
            .iter()
            .enumerate()
            .map(|(b, band)| (band_at(b, Field::Id), band.id.as_str())),
    );
    for (b, band) in bands.iter().enumerate() {
        v.id(band_at(b, Field::Id), band.id.as_str());
        v.text(Part::Band(b), Field::Name, &band.label);
        if band.from >= band.to {
            v.issue(
                band_at(b, Field::To),
                i18n::BAND_EMPTY_RANGE,
                &[&band.to, &band.from],
            );
        }
        if b > 0 && bands[b - 1].from < band.from {
            v.issue(band_at(b, Field::From), i18n::BANDS_NOT_BEST_FIRST, &[]);
        }
    }
    check_coverage(v, bands);
}

fn band_at(b: usize, field: Field) -> IssuePlace {
    IssuePlace::at(Part::Band(b), field)
}
/// The bands, sorted by lower bound, must tile [0, 100] exactly.
fn check_coverage(v: &mut Validator, bands: &[GradeBand]) {
    let mut order: Vec<usize> = (0..bands.len()).collect();
    order.sort_by_key(|&b| (bands[b].from, bands[b].to));
    let Some(&first) = order.first() else {
        return;
    };
    let start = bands[first].from;
    if start != Fixed::ZERO {
        v.issue(
            band_at(first, Field::From),
            i18n::BANDS_NOT_FROM_0,
            &[&start],
        );
    }
    let mut reached = start;
    let mut reached_by = first;
    for &b in &order {
        let band = &bands[b];
        if band.from > reached {
            let (low, high) = (reached, band.from);
            v.issue(band_at(b, Field::From), i18n::BANDS_GAP, &[&low, &high]);
        } else if band.from < reached && b != reached_by {
            v.issue(
                band_at(b, Field::From),
                i18n::BANDS_OVERLAP,
                &[&band.from, &reached, &(reached_by + 1)],
            );
        }
        if band.to > reached {
            reached = band.to;
            reached_by = b;
        }
    }
    if reached != Fixed::HUNDRED {
        v.issue(
            band_at(reached_by, Field::To),
            i18n::BANDS_NOT_TO_100,
            &[&reached],
        );
    }
}

fn check_must_pass(v: &mut Validator, template: &Template) {
    for (d, dimension) in template.dimensions.iter().enumerate() {
        for (i, indicator) in dimension.indicators.iter().enumerate() {
            if let Some(must_pass) = &indicator.must_pass {
                if template.band(&must_pass.cap).is_none() {
                    v.issue(
                        IssuePlace::at(Part::Indicator(d, i), Field::MustPassCap),
                        i18n::MUST_PASS_CAP_UNKNOWN,
                        &[&must_pass.cap],
                    );
                }
            }
        }
    }
}
