//! Editing a template as data: a blank template, a copy of another, new parts with ids that
//! are free, kinds with sensible defaults, reordering, and a sample of answers for a preview.
//!
//! The criteria editor calls these and nothing else to change a template, so every edit is a
//! plain function of plain data, tested natively. None of them checks the result: an edited
//! template may be inconsistent while its author works on it, and
//! [`fn@crate::domain::validate`] says what is left to fix.

use super::answer::{AnswerValue, Answers};
use super::fixed::Fixed;
use super::ids::{DimensionId, GradeId, IndicatorId, LevelId, TemplateId};
use super::template::{
    Dimension, GradeBand, Indicator, IndicatorKind, QuotaMode, ScaleLevel, Source, Template,
    SCHEMA_VERSION,
};
use super::text::{Lang, Text};
use crate::i18n;

/// The kinds an author chooses from, without their parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KindChoice {
    Scale,
    YesNo,
    Quota,
    Deduction,
    Bonus,
    Veto,
}

impl KindChoice {
    /// In menu order.
    pub const ALL: [KindChoice; 6] = [
        KindChoice::Scale,
        KindChoice::YesNo,
        KindChoice::Quota,
        KindChoice::Deduction,
        KindChoice::Bonus,
        KindChoice::Veto,
    ];

    /// The kind's name in JSON (`"scale"`, `"yes_no"`...), also its value in a menu.
    pub const fn code(self) -> &'static str {
        match self {
            KindChoice::Scale => "scale",
            KindChoice::YesNo => "yes_no",
            KindChoice::Quota => "quota",
            KindChoice::Deduction => "deduction",
            KindChoice::Bonus => "bonus",
            KindChoice::Veto => "veto",
        }
    }

    pub fn from_code(code: &str) -> Option<KindChoice> {
        KindChoice::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The name shown to an author.
    pub fn label(self) -> Text {
        match self {
            KindChoice::Scale => i18n::KIND_SCALE,
            KindChoice::YesNo => i18n::KIND_YES_NO,
            KindChoice::Quota => i18n::KIND_QUOTA,
            KindChoice::Deduction => i18n::KIND_DEDUCTION,
            KindChoice::Bonus => i18n::KIND_BONUS,
            KindChoice::Veto => i18n::KIND_VETO,
        }
        .both()
    }

    pub fn of(kind: &IndicatorKind) -> KindChoice {
        match kind {
            IndicatorKind::Scale { .. } => KindChoice::Scale,
            IndicatorKind::YesNo => KindChoice::YesNo,
            IndicatorKind::Quota { .. } => KindChoice::Quota,
            IndicatorKind::Deduction { .. } => KindChoice::Deduction,
            IndicatorKind::Bonus { .. } => KindChoice::Bonus,
            IndicatorKind::Veto => KindChoice::Veto,
        }
    }
}

/// Changes `indicator` to `choice` with default parameters for its current full marks (a
/// veto gets 0 points; a scored kind coming from a veto gets 10). Same kind: unchanged.
pub fn set_kind(indicator: &mut Indicator, choice: KindChoice) {
    if KindChoice::of(&indicator.kind) == choice {
        return;
    }
    if choice == KindChoice::Veto {
        indicator.max_points = Fixed::ZERO;
        indicator.must_pass = None;
    } else if !indicator.max_points.is_positive() {
        indicator.max_points = Fixed::from_int(10);
    }
    if choice == KindChoice::Bonus {
        indicator.must_pass = None;
    }
    indicator.kind = default_kind(choice, indicator.max_points);
}

/// A kind with default parameters for an item worth `max` points.
pub fn default_kind(choice: KindChoice, max: Fixed) -> IndicatorKind {
    match choice {
        KindChoice::Scale => IndicatorKind::Scale {
            levels: default_levels(max),
        },
        KindChoice::YesNo => IndicatorKind::YesNo,
        KindChoice::Quota => IndicatorKind::Quota {
            target: Fixed::from_int(1),
            unit: i18n::REVIEW_TIMES.both(),
            mode: QuotaMode::Proportional,
        },
        KindChoice::Deduction => IndicatorKind::Deduction {
            per_occurrence: Fixed::from_int(1),
        },
        KindChoice::Bonus => IndicatorKind::Bonus {
            per_occurrence: Fixed::from_int(1),
        },
        KindChoice::Veto => IndicatorKind::Veto,
    }
}

/// 好 / 较好 / 一般 / 差 at 100 %, 80 %, 60 % and 0 % of `max`.
pub fn default_levels(max: Fixed) -> Vec<ScaleLevel> {
    let share = |percent: i64| {
        max.mul_div(Fixed::from_int(percent), Fixed::HUNDRED)
            .unwrap_or(Fixed::ZERO)
    };
    [
        ("good", i18n::DEFAULT_LEVEL_GOOD, 100),
        ("fairly_good", i18n::DEFAULT_LEVEL_FAIRLY_GOOD, 80),
        ("fair", i18n::DEFAULT_LEVEL_FAIR, 60),
        ("poor", i18n::DEFAULT_LEVEL_POOR, 0),
    ]
    .into_iter()
    .map(|(id, label, percent)| ScaleLevel {
        id: LevelId::new(id),
        label: label.both(),
        points: share(percent),
    })
    .collect()
}

/// 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below: the bands most committees use.
pub fn default_bands() -> Vec<GradeBand> {
    [
        ("excellent", i18n::DEFAULT_BAND_EXCELLENT, 90, 100),
        ("good", i18n::DEFAULT_BAND_GOOD, 80, 90),
        ("pass", i18n::DEFAULT_BAND_PASS, 60, 80),
        ("fail", i18n::DEFAULT_BAND_FAIL, 0, 60),
    ]
    .into_iter()
    .map(|(id, label, from, to)| GradeBand {
        id: GradeId::new(id),
        label: label.both(),
        from: Fixed::from_int(from),
        to: Fixed::from_int(to),
    })
    .collect()
}

/// A new template: version 1, the default grade bands, one dimension of weight 100 with one
/// yes/no item. Titles and names are left for the author (validation asks for them).
pub fn blank_template(id: TemplateId) -> Template {
    let mut template = Template {
        schema_version: SCHEMA_VERSION,
        id,
        version: 1,
        title: Text::default(),
        description: Text::default(),
        dimensions: Vec::new(),
        grade_bands: default_bands(),
    };
    add_dimension(&mut template);
    if let Some(first) = template.dimensions.first_mut() {
        first.weight = Fixed::HUNDRED;
    }
    template
}

/// A copy of `source` to edit under a new id, as version 1, titled "…（副本）/ … (copy)".
pub fn copy_of(source: &Template, id: TemplateId) -> Template {
    let mut copy = source.clone();
    copy.id = id;
    copy.version = 1;
    copy.title = Text::new(
        i18n::fill(i18n::TEMPLATE_COPY_TITLE, Lang::Zh, &source.title.zh),
        i18n::fill(i18n::TEMPLATE_COPY_TITLE, Lang::En, &source.title.en),
    );
    copy
}

/// Appends a dimension with a free id, weight 0 and one new item; returns its index.
pub fn add_dimension(template: &mut Template) -> usize {
    let n = free_number(|n| {
        let id = format!("d{n}");
        template.dimensions.iter().any(|d| d.id.as_str() == id)
    });
    template.dimensions.push(Dimension {
        id: DimensionId::new(format!("d{n}")),
        name: Text::default(),
        weight: Fixed::ZERO,
        indicators: Vec::new(),
    });
    let at = template.dimensions.len() - 1;
    add_indicator(template, at);
    at
}

/// Appends a yes/no item worth 10 points to dimension `d` with an id no item of the template
/// uses (`<d+1>.<n>`); returns its index, or `None` when there is no such dimension.
pub fn add_indicator(template: &mut Template, d: usize) -> Option<usize> {
    if d >= template.dimensions.len() {
        return None;
    }
    let n = free_number(|n| {
        let id = IndicatorId::new(format!("{}.{n}", d + 1));
        template.indicator(&id).is_some()
    });
    let indicators = &mut template.dimensions[d].indicators;
    indicators.push(Indicator {
        id: IndicatorId::new(format!("{}.{n}", d + 1)),
        content: Text::default(),
        standard: Text::default(),
        max_points: Fixed::from_int(10),
        kind: IndicatorKind::YesNo,
        source: Source::CommonPractice,
        na_allowed: false,
        note_required_below_full: false,
        must_pass: None,
    });
    Some(indicators.len() - 1)
}

/// Appends a level to a scale item (no-op for other kinds); returns its index.
pub fn add_level(indicator: &mut Indicator) -> Option<usize> {
    let IndicatorKind::Scale { levels } = &mut indicator.kind else {
        return None;
    };
    let n = free_number(|n| {
        let id = format!("level{n}");
        levels.iter().any(|l| l.id.as_str() == id)
    });
    levels.push(ScaleLevel {
        id: LevelId::new(format!("level{n}")),
        label: Text::default(),
        points: Fixed::ZERO,
    });
    Some(levels.len() - 1)
}

/// Appends a grade band with a free id covering nothing yet (the author sets its bounds).
pub fn add_band(template: &mut Template) -> usize {
    let n = free_number(|n| {
        let id = format!("grade{n}");
        template.grade_bands.iter().any(|b| b.id.as_str() == id)
    });
    template.grade_bands.push(GradeBand {
        id: GradeId::new(format!("grade{n}")),
        label: Text::default(),
        from: Fixed::ZERO,
        to: Fixed::ZERO,
    });
    template.grade_bands.len() - 1
}

/// Moves the element at `from` to position `to`, shifting the ones between. False (and no
/// change) when either index is out of range.
pub fn move_item<T>(items: &mut Vec<T>, from: usize, to: usize) -> bool {
    if from >= items.len() || to >= items.len() {
        return false;
    }
    let item = items.remove(from);
    items.insert(to, item);
    true
}

/// Moves item `i` of dimension `d` to position `to` of dimension `to_d` (dragging an item
/// into another dimension). False when any index is out of range.
pub fn move_indicator(
    template: &mut Template,
    (d, i): (usize, usize),
    (to_d, to): (usize, usize),
) -> bool {
    if d == to_d {
        return template
            .dimensions
            .get_mut(d)
            .is_some_and(|dim| move_item(&mut dim.indicators, i, to));
    }
    let fits = template
        .dimensions
        .get(to_d)
        .is_some_and(|dim| to <= dim.indicators.len());
    let exists = template
        .dimensions
        .get(d)
        .is_some_and(|dim| i < dim.indicators.len());
    if !(fits && exists) {
        return false;
    }
    let item = template.dimensions[d].indicators.remove(i);
    template.dimensions[to_d].indicators.insert(to, item);
    true
}

/// Removes element `at` if there is one and returns it.
pub fn remove_item<T>(items: &mut Vec<T>, at: usize) -> Option<T> {
    (at < items.len()).then(|| items.remove(at))
}

/// Answers that give every item its full marks (best level, met, the target, no occurrences,
/// no veto): the preview's sample, which a sound template scores at 100.
pub fn sample_answers(template: &Template) -> Answers {
    template
        .indicators()
        .filter_map(|(_, indicator)| {
            let value = full_marks(indicator)?;
            Some((indicator.id.clone(), super::answer::Answer::new(value)))
        })
        .collect()
}

/// The answer that earns `indicator` its full marks; none for a scale without levels.
pub fn full_marks(indicator: &Indicator) -> Option<AnswerValue> {
    Some(match &indicator.kind {
        IndicatorKind::Scale { levels } => {
            AnswerValue::Level(levels.iter().max_by_key(|level| level.points)?.id.clone())
        }
        IndicatorKind::YesNo => AnswerValue::YesNo(true),
        IndicatorKind::Quota { target, .. } => AnswerValue::Quantity(*target),
        IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. } => AnswerValue::Count(0),
        IndicatorKind::Veto => AnswerValue::Veto(false),
    })
}

/// The smallest n ≥ 1 for which `taken(n)` is false.
fn free_number(taken: impl Fn(usize) -> bool) -> usize {
    (1..).find(|&n| !taken(n)).unwrap_or(usize::MAX)
}
