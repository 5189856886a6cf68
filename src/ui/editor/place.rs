//! Where a part of the template is: indices into the template, and the element ids the editor
//! gives it (and so which control a validation issue's place takes the author to).
//!
//! The editor addresses parts by position, not by id, because authors edit ids too; the
//! lists are keyed by position, so a field keeps its element (and focus) while its text
//! changes, and a part that moved is shown where it now is.

use crate::domain::issue_place::{Field, IssuePlace, Part};
use crate::domain::{Dimension, GradeBand, Indicator, Lang, ScaleLevel, Template};

pub fn dimension(t: &Template, d: usize) -> Option<&Dimension> {
    t.dimensions.get(d)
}

pub fn dimension_mut(t: &mut Template, d: usize) -> Option<&mut Dimension> {
    t.dimensions.get_mut(d)
}

pub fn indicator(t: &Template, d: usize, i: usize) -> Option<&Indicator> {
    t.dimensions.get(d)?.indicators.get(i)
}

pub fn indicator_mut(t: &mut Template, d: usize, i: usize) -> Option<&mut Indicator> {
    t.dimensions.get_mut(d)?.indicators.get_mut(i)
}

pub fn level(t: &Template, d: usize, i: usize, l: usize) -> Option<&ScaleLevel> {
    match &indicator(t, d, i)?.kind {
        crate::domain::IndicatorKind::Scale { levels } => levels.get(l),
        _ => None,
    }
}

pub fn level_mut(t: &mut Template, d: usize, i: usize, l: usize) -> Option<&mut ScaleLevel> {
    match &mut indicator_mut(t, d, i)?.kind {
        crate::domain::IndicatorKind::Scale { levels } => levels.get_mut(l),
        _ => None,
    }
}

pub fn band(t: &Template, b: usize) -> Option<&GradeBand> {
    t.grade_bands.get(b)
}

pub fn band_mut(t: &mut Template, b: usize) -> Option<&mut GradeBand> {
    t.grade_bands.get_mut(b)
}

/// The element id of dimension `d`'s section.
pub fn dimension_element(d: usize) -> String {
    format!("edit-dim-{d}")
}

/// The element id of indicator `i` of dimension `d`.
pub fn indicator_element(d: usize, i: usize) -> String {
    format!("edit-ind-{d}-{i}")
}

/// The element id of grade band `b`.
pub fn band_element(b: usize) -> String {
    format!("edit-band-{b}")
}

/// The element id of the control a validation issue at `place` is about, to take the author
/// there; for an issue about a whole part, that part's first control. `None` when the editor
/// shows no control for it (the format version, the template id, an empty list).
pub fn issue_element(place: IssuePlace) -> Option<String> {
    let lang = |l: Lang| match l {
        Lang::Zh => "zh",
        Lang::En => "en",
    };
    Some(match (place.part, place.field) {
        (Part::Template, Some(Field::Title(l))) => format!("edit-title-{}", lang(l)),
        (Part::Template, Some(Field::Description(l))) => format!("edit-description-{}", lang(l)),
        (Part::Template, Some(Field::Dimensions)) => format!("{}-weight", dimension_element(0)),
        (Part::Template, _) => return None,
        (Part::Dimension(d), Some(Field::Name(l))) => {
            format!("{}-name-{}", dimension_element(d), lang(l))
        }
        (Part::Dimension(d), Some(Field::Weight)) => format!("{}-weight", dimension_element(d)),
        (Part::Dimension(d), Some(Field::Indicators)) => format!("{}-id", indicator_element(d, 0)),
        (Part::Dimension(d), _) => format!("{}-name-zh", dimension_element(d)),
        (Part::Indicator(d, i), field) => {
            let suffix = match field {
                Some(Field::Points) => "max".to_owned(),
                Some(Field::Content(l)) => format!("content-{}", lang(l)),
                Some(Field::Standard(l)) => format!("standard-{}", lang(l)),
                Some(Field::Unit(l)) => format!("unit-{}", lang(l)),
                Some(Field::Target) => "target".to_owned(),
                Some(Field::PerOccurrence) => "per".to_owned(),
                Some(Field::Levels) => "kind".to_owned(),
                Some(Field::MustPass | Field::MustPassCap) => "cap".to_owned(),
                _ => "id".to_owned(),
            };
            format!("{}-{suffix}", indicator_element(d, i))
        }
        (Part::Level(d, i, l), field) => {
            let suffix = match field {
                Some(Field::Points) => "points",
                Some(Field::Name(Lang::En)) => "en",
                _ => "zh",
            };
            format!("{}-level-{l}-{suffix}", indicator_element(d, i))
        }
        (Part::Band(b), field) => {
            let suffix = match field {
                Some(Field::From) => "from",
                Some(Field::To) => "to",
                Some(Field::Name(Lang::En)) => "en",
                _ => "zh",
            };
            format!("{}-{suffix}", band_element(b))
        }
    })
}
