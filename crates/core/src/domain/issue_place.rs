//! Where a validation issue is, in words a committee clerk reads: "学习型机关 › 1.3 · 评分标准（英文）"
//! rather than `dimensions[0].indicators[2].standard.en`.
//!
//! [`issue_place`] reads a path as [`crate::domain::validate`] writes it into a part of the
//! template and a field; [`place_words`] names them from the template (dimension names,
//! indicator numbers, positions when those are blank). The field labels are the editor's own,
//! passed in by the caller, so the words here never drift from what the screen shows. A path
//! of an unknown shape has no place and is shown as it is; nothing here panics.

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
    Name(Lang),
    Weight,
    /// A dimension's list of indicators.
    Indicators,
    /// An indicator's number ("1.3").
    Number,
    Content(Lang),
    Standard(Lang),
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

/// Reads a validation path; `None` for a shape `validate` does not write.
pub fn issue_place(path: &str) -> Option<IssuePlace> {
    let at = |part, field| Some(IssuePlace { part, field });
    if let Some(field) = template_field(path) {
        return at(Part::Template, Some(field));
    }
    if let Some(rest) = path.strip_prefix("grade_bands") {
        let (b, rest) = index(rest)?;
        let field = match rest {
            "" => None,
            ".id" => Some(Field::Id),
            ".from" => Some(Field::From),
            ".to" => Some(Field::To),
            _ => Some(Field::Name(label_lang(rest, ".label")?)),
        };
        return at(Part::Band(b), field);
    }
    let (d, rest) = index(path.strip_prefix("dimensions")?)?;
    let Some(rest) = rest.strip_prefix(".indicators") else {
        let field = match rest {
            "" => None,
            ".id" => Some(Field::Id),
            ".weight" => Some(Field::Weight),
            _ => Some(Field::Name(label_lang(rest, ".name")?)),
        };
        return at(Part::Dimension(d), field);
    };
    if rest.is_empty() {
        return at(Part::Dimension(d), Some(Field::Indicators));
    }
    let (i, rest) = index(rest)?;
    if let Some(levels) = rest.strip_prefix(".kind.levels") {
        if levels.is_empty() {
            return at(Part::Indicator(d, i), Some(Field::Levels));
        }
        let (l, rest) = index(levels)?;
        let field = match rest {
            "" => None,
            ".id" => Some(Field::Id),
            ".points" => Some(Field::Points),
            _ => Some(Field::Name(label_lang(rest, ".label")?)),
        };
        return at(Part::Level(d, i, l), field);
    }
    let field = match rest {
        "" => None,
        ".id" => Some(Field::Number),
        ".max_points" => Some(Field::Points),
        ".kind.target" => Some(Field::Target),
        ".kind.per_occurrence" => Some(Field::PerOccurrence),
        ".must_pass" => Some(Field::MustPass),
        ".must_pass.cap" => Some(Field::MustPassCap),
        _ => Some(
            None.or_else(|| label_lang(rest, ".content").map(Field::Content))
                .or_else(|| label_lang(rest, ".standard").map(Field::Standard))
                .or_else(|| label_lang(rest, ".kind.unit").map(Field::Unit))?,
        ),
    };
    at(Part::Indicator(d, i), field)
}

fn template_field(path: &str) -> Option<Field> {
    Some(match path {
        "schema_version" => Field::SchemaVersion,
        "id" => Field::TemplateId,
        "dimensions" => Field::Dimensions,
        "grade_bands" => Field::GradeBands,
        _ => label_lang(path, "title")
            .map(Field::Title)
            .or_else(|| label_lang(path, "description").map(Field::Description))?,
    })
}

/// `[n]` at the start of `rest`, and what follows it.
fn index(rest: &str) -> Option<(usize, &str)> {
    let rest = rest.strip_prefix('[')?;
    let (digits, rest) = rest.split_once(']')?;
    Some((digits.parse().ok()?, rest))
}

/// The language of `{prefix}.zh` / `{prefix}.en`.
fn label_lang(rest: &str, prefix: &str) -> Option<Lang> {
    match rest.strip_prefix(prefix)? {
        ".zh" => Some(Lang::Zh),
        ".en" => Some(Lang::En),
        _ => None,
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

/// `path` in words, in `lang`: the part (named from `template`), then the field's label from
/// `label`. The raw path when its shape is unknown.
pub fn place_words(
    path: &str,
    template: &Template,
    lang: Lang,
    words: PartWords,
    label: impl Fn(Field) -> &'static str,
) -> String {
    let Some(place) = issue_place(path) else {
        return path.to_owned();
    };
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
        (None, None) => path.to_owned(),
    }
}
