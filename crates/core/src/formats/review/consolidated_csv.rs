//! One group of a consolidation as a CSV table: one row per unit, one column per dimension
//! (type) and the total, for Excel or WPS.
//!
//! Columns: rank, unit, year, period, then each dimension's weighted points (折算分, out of
//! its weight; empty where the dimension does not apply), bonus, total and grade — all of the
//! standing score (the review's, else the unit's own) — then which score that is, the self
//! and review totals, completeness, the unit's date and the file's status. Units come in
//! ranking order; files set aside as duplicates of the same template and period follow with
//! their rank cell saying so. Written by [`crate::formats::exchange::csv_cell::csv_bytes`]:
//! UTF-8 with a byte-order mark, CRLF, every text cell neutralised against formulas.

use super::words::{basis, set_aside, unit_file_status};
use crate::domain::consolidate::{Consolidation, UnitResult};
use crate::domain::{Fixed, Lang, Template};
use crate::formats::exchange::csv_cell::{csv_bytes, Cell};
use crate::i18n::{self, UiText};

fn header(template: &Template, lang: Lang) -> Vec<Cell> {
    let words = |text: UiText| Cell::text(text.get(lang));
    let mut row = vec![
        words(i18n::REVIEW_RANK),
        words(i18n::REVIEW_UNIT),
        words(i18n::CSV_YEAR),
        words(i18n::PERIOD),
    ];
    for dimension in &template.dimensions {
        row.push(Cell::text(format!(
            "{}{}",
            dimension.name.get(lang),
            i18n::in_brackets(lang, dimension.weight)
        )));
    }
    row.extend([
        words(i18n::BONUS),
        words(i18n::TOTAL),
        words(i18n::GRADE),
        words(i18n::CLI_BASIS),
        words(i18n::CSV_SELF_TOTAL),
        words(i18n::CSV_REVIEW_TOTAL),
        words(i18n::CSV_ANSWERED),
        words(i18n::DATE),
        words(i18n::REVIEW_FILE_STATUS),
    ]);
    row
}

fn unit_row(template: &Template, unit: &UnitResult, rank: Cell, lang: Lang) -> Vec<Cell> {
    let standing = unit.standing();
    let mut row = vec![
        rank,
        Cell::text(&unit.unit),
        Cell::Number(Fixed::from_int(i64::from(unit.period.year))),
        Cell::text(&unit.period.period),
    ];
    for dimension in &template.dimensions {
        row.push(match standing.dimension(&dimension.id) {
            Some(score) if score.applicable => Cell::Number(score.weighted),
            _ => Cell::Empty,
        });
    }
    let completeness = unit.completeness();
    row.extend([
        Cell::Number(standing.bonus),
        Cell::Number(standing.total),
        Cell::text(crate::i18n::grade_text(template, standing, lang)),
        Cell::text(basis(unit, lang)),
        Cell::Number(unit.own.total),
        unit.review
            .as_ref()
            .map_or(Cell::Empty, |review| Cell::Number(review.total)),
        Cell::text(format!(
            "{}/{}",
            completeness.answered, completeness.applicable
        )),
        Cell::text(unit.date.to_string()),
        Cell::text(unit_file_status(unit, lang)),
    ]);
    row
}

/// Group `group` of `consolidation` as CSV bytes; `template` is the group's template. Empty
/// bytes for a group that does not exist.
pub fn consolidated_csv(
    consolidation: &Consolidation,
    group: usize,
    template: &Template,
    lang: Lang,
) -> Vec<u8> {
    let Some(group) = consolidation.groups.get(group) else {
        return Vec::new();
    };
    let mut rows = vec![header(template, lang)];
    for ranked in &group.ranking {
        let rank = Cell::Number(Fixed::from_int(
            i64::try_from(ranked.rank).unwrap_or(i64::MAX),
        ));
        rows.push(unit_row(template, &ranked.unit, rank, lang));
    }
    for unit in consolidation
        .set_aside
        .iter()
        .filter(|u| u.template == group.template && u.period == group.period)
    {
        rows.push(unit_row(template, unit, Cell::text(set_aside(lang)), lang));
    }
    // Writing to memory cannot fail; an empty file is the (unreachable) fallback, not a panic.
    csv_bytes(&rows).unwrap_or_default()
}
