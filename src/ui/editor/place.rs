//! Where a part of the template is: indices into the template, the validation path of each
//! part (as `crate::domain::validate` writes it), and the element ids the editor gives it.
//!
//! The editor addresses parts by position, not by id, because authors edit ids too; the
//! lists are keyed by position, so a field keeps its element (and focus) while its text
//! changes, and a part that moved is shown where it now is.

use crate::domain::{Dimension, GradeBand, Indicator, ScaleLevel, Template};

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

/// `dimensions[d]`.
pub fn dimension_path(d: usize) -> String {
    format!("dimensions[{d}]")
}

/// `dimensions[d].indicators[i]`.
pub fn indicator_path(d: usize, i: usize) -> String {
    format!("dimensions[{d}].indicators[{i}]")
}

/// `grade_bands[b]`.
pub fn band_path(b: usize) -> String {
    format!("grade_bands[{b}]")
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
