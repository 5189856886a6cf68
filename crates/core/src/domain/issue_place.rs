//! Where a validation issue is: a part of the template by position and the field, as data
//! ([`IssuePlace`]), named in words a committee clerk reads ("学习型机关 › 1.3 · 评分标准（英文）")
//! by [`place_words`], or written as the path files carry (`dimensions[0].indicators[2].standard.en`)
//! by [`IssuePlace::path`].
//!
//! [`fn@crate::domain::validate`] builds places; nothing reads a path back. The field labels are
//! the editor's own, passed in by the caller, so the words here never drift from what the
//! screen shows. A position past the end of the template is still named, by position.

use super::template::Template;
use super::text::Lang;

/// The part of the template an issue is about; indices are positions (from 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Template,
    Dimension(usize),
    Indicator(usize, usize),
    Level(usize, usize, usize),
    Band(usize),
}

/// The field of a part, as the editor labels it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    SchemaVersion,
    TemplateId,
    Title(Lang),
    Description(Lang),
    /// The template's list of dimensions (none, or weights not adding up).
    Dimensions,
    /// The template's list of grade bands.
    GradeBands,
    /// The internal id of a dimension, level or band (not shown in the editor).
    Id,
    /// The name of a dimension, or the label of a level or a grade band.
    Name(Lang),
    Weight,
    /// A dimension's list of indicators.
    Indicators,
    /// An indicator's number ("1.3").
    Number,
    Content(Lang),
    Standard(Lang),
    /// An indicator's full points, or a level's points.
    Points,
    Levels,
    Target,
    Unit(Lang),
    PerOccurrence,
    MustPass,
    MustPassCap,
    From,
    To,
}

/// An issue's part and, unless it is about the part as a whole, its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IssuePlace {
    pub part: Part,
    pub field: Option<Field>,
}

impl IssuePlace {
    /// `field` of `part`.
    pub const fn at(part: Part, field: Field) -> Self {
        Self {
            part,
            field: Some(field),
        }
    }

    /// `part` as a whole.
    pub const fn whole(part: Part) -> Self {
        Self { part, field: None }
    }

    /// A field of the template itself.
    pub const fn template(field: Field) -> Self {
        Self::at(Part::Template, field)
    }

    /// The path of this place in a template file, as import errors and backups report it:
    /// `dimensions[2].indicators[0].max_points`, `grade_bands[1].label.en`.
    pub fn path(&self) -> String {
        let part = match self.part {
            Part::Template => String::new(),
            Part::Dimension(d) => format!("dimensions[{d}]"),
            Part::Indicator(d, i) => format!("dimensions[{d}].indicators[{i}]"),
            Part::Level(d, i, l) => format!("dimensions[{d}].indicators[{i}].kind.levels[{l}]"),
            Part::Band(b) => format!("grade_bands[{b}]"),
        };
        let Some(field) = self.field else {
            return part;
        };
        let lang = |l: Lang| match l {
            Lang::Zh => "zh",
            Lang::En => "en",
        };
        let name = match field {
            Field::SchemaVersion => "schema_version".to_owned(),
            Field::TemplateId | Field::Id | Field::Number => "id".to_owned(),
            Field::Title(l) => format!("title.{}", lang(l)),
            Field::Description(l) => format!("description.{}", lang(l)),
            Field::Dimensions => "dimensions".to_owned(),
            Field::GradeBands => "grade_bands".to_owned(),
            Field::Name(l) if matches!(self.part, Part::Dimension(_)) => {
                format!("name.{}", lang(l))
            }
            Field::Name(l) => format!("label.{}", lang(l)),
            Field::Weight => "weight".to_owned(),
            Field::Indicators => "indicators".to_owned(),
            Field::Content(l) => format!("content.{}", lang(l)),
            Field::Standard(l) => format!("standard.{}", lang(l)),
            Field::Points if matches!(self.part, Part::Indicator(..)) => "max_points".to_owned(),
            Field::Points => "points".to_owned(),
            Field::Levels => "kind.levels".to_owned(),
            Field::Target => "kind.target".to_owned(),
            Field::Unit(l) => format!("kind.unit.{}", lang(l)),
            Field::PerOccurrence => "kind.per_occurrence".to_owned(),
            Field::MustPass => "must_pass".to_owned(),
            Field::MustPassCap => "must_pass.cap".to_owned(),
            Field::From => "from".to_owned(),
            Field::To => "to".to_owned(),
        };
        if part.is_empty() {
            name
        } else {
            format!("{part}.{name}")
        }
    }
}

/// The words of the parts themselves, in one language: "Dimension {}" and the like, each with
/// one `{}` for a position counted from 1.
#[derive(Clone, Copy, Debug)]
pub struct PartWords {
    /// A dimension without a name: "维度 {}".
    pub dimension_n: &'static str,
    /// An indicator without a number: "第 {} 项指标".
    pub indicator_n: &'static str,
    /// A level: "档次 {}".
    pub level_n: &'static str,
    /// A grade band: "等次 {}".
    pub band_n: &'static str,
    /// The heading of the grade bands: "等次区间".
    pub bands: &'static str,
}

/// `place` in words, in `lang`: the part (named from `template`), then the field's label from
/// `label`.
pub fn place_words(
    place: IssuePlace,
    template: &Template,
    lang: Lang,
    words: PartWords,
    label: impl Fn(Field) -> &'static str,
) -> String {
    let n = |text: &str, position: usize| text.replacen("{}", &(position + 1).to_string(), 1);
    let dimension = |d: usize| {
        template
            .dimensions
            .get(d)
            .map(|x| x.name.get(lang).trim())
            .filter(|name| !name.is_empty())
            .map_or_else(|| n(words.dimension_n, d), str::to_owned)
    };
    let indicator = |d: usize, i: usize| {
        let number = template
            .dimensions
            .get(d)
            .and_then(|x| x.indicators.get(i))
            .map(|x| x.id.as_str().trim())
            .filter(|id| !id.is_empty())
            .map_or_else(|| n(words.indicator_n, i), str::to_owned);
        format!("{} › {number}", dimension(d))
    };
    let part = match place.part {
        Part::Template => None,
        Part::Dimension(d) => Some(dimension(d)),
        Part::Indicator(d, i) => Some(indicator(d, i)),
        Part::Level(d, i, l) => Some(format!("{} › {}", indicator(d, i), n(words.level_n, l))),
        Part::Band(b) => {
            let name = template
                .grade_bands
                .get(b)
                .map(|x| x.label.get(lang).trim())
                .unwrap_or_default();
            Some(
                format!("{} › {} {name}", words.bands, n(words.band_n, b))
                    .trim_end()
                    .to_owned(),
            )
        }
    };
    match (part, place.field.map(label)) {
        (Some(part), Some(field)) => format!("{part} · {field}"),
        (Some(part), None) => part,
        (None, Some(field)) => field.to_owned(),
        (None, None) => String::new(),
    }
}
