//! Template validation: every inconsistency, each with its place (part and field, as data)
//! and a bilingual message.
//!
//! Loading a template never fails for these reasons (scoring copes with anything); validation
//! is what the template import and the built-in tests run to refuse a template that would
//! score wrongly or display blanks. It reports all issues at once rather than stopping at the
//! first, so an author can fix a file in one pass. Messages name fields by the editor's words
//! ("the points", not `max_points`); where an issue is, in words, is `issue_place`'s job.

use std::collections::BTreeMap;

use super::fixed::Fixed;
use super::issue_place::{Field, IssuePlace, Part};
use super::template::{Dimension, GradeBand, Indicator, IndicatorKind, Template, SCHEMA_VERSION};
use super::text::{Lang, Text};

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
            format!(
                "不支持的模板格式版本 {}（本程序支持 {SCHEMA_VERSION}）",
                template.schema_version
            ),
            format!(
                "unsupported template format version {} (this app reads {SCHEMA_VERSION})",
                template.schema_version
            ),
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
    fn issue(&mut self, place: IssuePlace, zh: impl Into<String>, en: impl Into<String>) {
        self.issues.push(TemplateIssue {
            place,
            message: Text::new(zh, en),
        });
    }

    /// Both languages of `part`'s text `field` present.
    fn text(&mut self, part: Part, field: fn(Lang) -> Field, text: &Text) {
        for lang in text.missing() {
            let (zh, en) = match lang {
                Lang::Zh => ("缺少中文文本", "the Chinese text is missing"),
                Lang::En => ("缺少英文文本", "the English text is missing"),
            };
            self.issue(IssuePlace::at(part, field(lang)), zh, en);
        }
    }

    fn id(&mut self, place: IssuePlace, id: &str) {
        if id.trim().is_empty() {
            self.issue(place, "标识不能为空", "the id must not be empty");
        }
    }

    /// Reports every id seen before, at the later occurrence.
    fn unique<'a>(
        &mut self,
        what: (&str, &str),
        items: impl Iterator<Item = (IssuePlace, &'a str)>,
    ) {
        let mut seen: BTreeMap<&str, IssuePlace> = BTreeMap::new();
        for (place, id) in items {
            if let Some(first) = seen.get(id) {
                let (zh, en) = position_words(first.part);
                self.issue(
                    place,
                    format!("{}“{id}”重复（与{zh}相同）", what.0),
                    format!("duplicate {} “{id}” (also used by {en})", what.1),
                );
            } else {
                seen.insert(id, place);
            }
        }
    }
}

/// `part` by position, for a message that points at another part: "维度 2 第 3 项指标" /
/// "indicator 3 of dimension 2".
fn position_words(part: Part) -> (String, String) {
    match part {
        Part::Dimension(d) => (format!("维度 {}", d + 1), format!("dimension {}", d + 1)),
        Part::Indicator(d, i) => (
            format!("维度 {} 第 {} 项指标", d + 1, i + 1),
            format!("indicator {} of dimension {}", i + 1, d + 1),
        ),
        Part::Level(_, _, l) => (format!("档次 {}", l + 1), format!("level {}", l + 1)),
        Part::Band(b) => (format!("等次 {}", b + 1), format!("grade {}", b + 1)),
        Part::Template => (String::new(), String::new()),
    }
}

fn check_dimensions(v: &mut Validator, template: &Template) {
    let dimensions = IssuePlace::template(Field::Dimensions);
    if template.dimensions.is_empty() {
        v.issue(
            dimensions,
            "模板至少需要一个维度",
            "a template needs at least one dimension",
        );
    }
    v.unique(
        ("维度标识", "dimension id"),
        template.dimensions.iter().enumerate().map(|(d, dim)| {
            (
                IssuePlace::at(Part::Dimension(d), Field::Id),
                dim.id.as_str(),
            )
        }),
    );
    v.unique(
        ("指标编号", "indicator number"),
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
        v.issue(
            dimensions,
            format!("各维度权重之和为 {sum}，应为 100"),
            format!("the dimension weights add up to {sum}, not 100"),
        );
    }
}

fn check_dimension(v: &mut Validator, d: usize, dimension: &Dimension) {
    let part = Part::Dimension(d);
    v.id(IssuePlace::at(part, Field::Id), dimension.id.as_str());
    v.text(part, Field::Name, &dimension.name);
    if !dimension.weight.is_positive() {
        v.issue(
            IssuePlace::at(part, Field::Weight),
            format!("权重应大于 0（现为 {}）", dimension.weight),
            format!("the weight must be above 0 (it is {})", dimension.weight),
        );
    }
    let indicators = IssuePlace::at(part, Field::Indicators);
    if dimension.indicators.is_empty() {
        v.issue(
            indicators,
            "维度至少需要一个指标",
            "a dimension needs at least one indicator",
        );
    } else if !dimension.indicators.iter().any(|i| i.kind.counts_in_max()) {
        v.issue(
            indicators,
            "维度至少需要一个计分指标（加分项和否决项不计入满分）",
            "a dimension needs at least one scored indicator (bonus and veto items have no full marks)",
        );
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
        IndicatorKind::Veto if max != Fixed::ZERO => v.issue(
            at(Field::Points),
            format!("否决项的分值应为 0（现为 {max}）"),
            format!("a veto item has 0 points (it has {max})"),
        ),
        IndicatorKind::Veto => {}
        _ if !max.is_positive() => v.issue(
            at(Field::Points),
            format!("分值应大于 0（现为 {max}）"),
            format!("the points must be above 0 (it is {max})"),
        ),
        _ => {}
    }
    match &indicator.kind {
        IndicatorKind::Scale { levels } => {
            if levels.is_empty() {
                v.issue(
                    at(Field::Levels),
                    "评定档次不能为空",
                    "a scale needs levels",
                );
            } else if !levels.iter().any(|level| level.points == max) {
                v.issue(
                    at(Field::Levels),
                    format!("应有一个档次得满分 {max}"),
                    format!("one level must give the full {max} points"),
                );
            }
            v.unique(
                ("档次标识", "level id"),
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
                        format!("档次分值 {} 应在 0 到 {max} 之间", level.points),
                        format!("level points {} must be between 0 and {max}", level.points),
                    );
                }
            }
        }
        IndicatorKind::Quota { target, unit, .. } => {
            v.text(part, Field::Unit, unit);
            if !target.is_positive() {
                v.issue(
                    at(Field::Target),
                    format!("目标值应大于 0（现为 {target}）"),
                    format!("the target must be above 0 (it is {target})"),
                );
            }
        }
        IndicatorKind::Deduction { per_occurrence } | IndicatorKind::Bonus { per_occurrence } => {
            if !per_occurrence.is_positive() {
                v.issue(
                    at(Field::PerOccurrence),
                    format!("每次分值应大于 0（现为 {per_occurrence}）"),
                    format!("the points per occurrence must be above 0 (it is {per_occurrence})"),
                );
            }
        }
        IndicatorKind::YesNo | IndicatorKind::Veto => {}
    }
    if indicator.must_pass.is_some() && !indicator.kind.counts_in_max() {
        v.issue(
            at(Field::MustPass),
            "加分项和否决项不能设为 ★ 必达项",
            "a bonus or veto item cannot be a ★ must-pass item",
        );
    }
}

fn check_bands(v: &mut Validator, bands: &[GradeBand]) {
    if bands.is_empty() {
        v.issue(
            IssuePlace::template(Field::GradeBands),
            "至少需要一个等次",
            "at least one grade band is needed",
        );
        return;
    }
    v.unique(
        ("等次标识", "grade id"),
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
                format!("区间上限 {} 应大于下限 {}", band.to, band.from),
                format!(
                    "the band's upper bound {} must be above its lower bound {}",
                    band.to, band.from
                ),
            );
        }
        if b > 0 && bands[b - 1].from < band.from {
            v.issue(
                band_at(b, Field::From),
                "等次应从高到低排列",
                "grade bands must be listed best first",
            );
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
            format!("等次区间应从 0 开始（现从 {start} 开始）"),
            format!("grade bands must start at 0 (they start at {start})"),
        );
    }
    let mut reached = start;
    let mut reached_by = first;
    for &b in &order {
        let band = &bands[b];
        if band.from > reached {
            let (low, high) = (reached, band.from);
            v.issue(
                band_at(b, Field::From),
                format!("等次区间有空缺：{low} 至 {high} 之间的分数没有等次"),
                format!("gap between grade bands: totals from {low} up to {high} have no grade"),
            );
        } else if band.from < reached && b != reached_by {
            v.issue(
                band_at(b, Field::From),
                format!(
                    "等次区间重叠：{} 至 {reached} 也属于等次 {}",
                    band.from,
                    reached_by + 1
                ),
                format!(
                    "grade bands overlap: {} up to {reached} is also in grade {}",
                    band.from,
                    reached_by + 1
                ),
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
            format!("等次区间应止于 100（现止于 {reached}）"),
            format!("grade bands must end at 100 (they end at {reached})"),
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
                        format!("★ 项封顶等次“{}”不存在", must_pass.cap),
                        format!("the ★ cap names no grade band: “{}”", must_pass.cap),
                    );
                }
            }
        }
    }
}
