//! Reading one cell of a criteria table: a number of points, a kind, a list of levels, a
//! yes/no flag, a source.
//!
//! People type these by hand in Excel, so the readers accept what they write: full-width
//! digits (`１０`), a trailing 分 (`10分`), ✓ or 是 for yes, `好:10；较好:8` for levels, 第3条
//! for a paragraph of the seed document. Anything else is an error whose message says what
//! was expected; the caller reports it with the row and column.

use std::str::FromStr;

use crate::domain::template_edit::KindChoice;
use crate::domain::{Fixed, Lang, LevelId, QuotaMode, ScaleLevel, Source, Text};
use crate::i18n;

/// `c` lower-cased for comparing with the readers' words, which are ASCII or caseless (CJK,
/// ✓): the same matches as `char::to_lowercase`, whose only non-ASCII letter that lowers to
/// ASCII is the Kelvin sign, without linking its Unicode case tables (7 KB of the page, gzip).
pub(crate) fn fold_case(c: char) -> char {
    if c == '\u{212A}' {
        'k'
    } else {
        c.to_ascii_lowercase()
    }
}

/// A kind as written in the table, before its parameters are read from other cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindCell {
    pub choice: KindChoice,
    /// For a quota: how points follow the number (proportional unless the cell says otherwise).
    pub mode: QuotaMode,
}

/// A number of points, a weight or a target: `10`, `12.5`, `１０`, `10分`.
pub fn number(cell: &str) -> Result<Fixed, Text> {
    let ascii = to_ascii(cell);
    let trimmed = ascii
        .trim()
        .trim_end_matches(i18n::POINTS_UNIT.zh)
        .trim_end_matches('%')
        .trim();
    Fixed::from_str(trimmed).map_err(|error| {
        let reason = error.message();
        Text::new(
            i18n::fill_each(i18n::CSV_BAD_NUMBER, Lang::Zh, &[&cell, &reason.zh]),
            i18n::fill_each(i18n::CSV_BAD_NUMBER, Lang::En, &[&cell, &reason.en]),
        )
    })
}

/// A kind: 评定/档次/定性, 是否/达标, 定量/按比例, 全有全无/达标得分, 扣分, 加分, 否决/一票否决, or the
/// English codes (`scale`, `yes_no`, `quota`, `deduction`, `bonus`, `veto`). Empty: `None`.
pub fn kind(cell: &str) -> Result<Option<KindCell>, Text> {
    let name: String = cell
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(fold_case)
        .collect();
    let proportional = |choice| KindCell {
        choice,
        mode: QuotaMode::Proportional,
    };
    if name.is_empty() {
        return Ok(None);
    }
    let is = |words: &[&str]| words.contains(&name.as_str());
    let found = if is(i18n::CSV_SCALE_WORDS) {
        proportional(KindChoice::Scale)
    } else if is(i18n::CSV_YES_NO_WORDS) {
        proportional(KindChoice::YesNo)
    } else if is(i18n::CSV_QUOTA_WORDS) {
        proportional(KindChoice::Quota)
    } else if is(i18n::CSV_ALL_OR_NOTHING_WORDS) {
        KindCell {
            choice: KindChoice::Quota,
            mode: QuotaMode::AllOrNothing,
        }
    } else if is(i18n::CSV_DEDUCTION_WORDS) {
        proportional(KindChoice::Deduction)
    } else if is(i18n::CSV_BONUS_WORDS) {
        proportional(KindChoice::Bonus)
    } else if is(i18n::CSV_VETO_WORDS) {
        proportional(KindChoice::Veto)
    } else {
        return Err(i18n::CSV_UNKNOWN_KIND.both_filled(&[&cell]));
    };
    Ok(Some(found))
}

/// Levels written `好:10；较好:8；一般:6；差:0` (separators `;` `；` `|` or line breaks, `:`
/// `：` or `=` between label and points).
pub fn levels(cell: &str) -> Result<Vec<ScaleLevel>, Text> {
    cell.split(i18n::CSV_LEVEL_SEPARATORS)
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .enumerate()
        .map(|(n, part)| {
            let Some((label, points)) = part.split_once(i18n::CSV_LEVEL_POINTS_SEPARATORS) else {
                return Err(i18n::CSV_BAD_LEVEL.both_filled(&[&part]));
            };
            Ok(ScaleLevel {
                id: LevelId::new(format!("level{}", n + 1)),
                label: Text::new(label.trim(), label.trim()),
                points: number(points)?,
            })
        })
        .collect()
}

/// Yes: 是, 对, √, ✓, ★, y, yes, true, 1. No: empty, 否, ×, n, no, false, 0.
pub fn flag(cell: &str) -> Result<bool, Text> {
    let value: String = cell.trim().chars().map(fold_case).collect();
    if i18n::CSV_YES_WORDS.contains(&value.as_str()) {
        Ok(true)
    } else if i18n::CSV_NO_WORDS.contains(&value.as_str()) {
        Ok(false)
    } else {
        Err(i18n::CSV_BAD_FLAG.both_filled(&[&cell]))
    }
}

/// A paragraph of the seed document (`3`, `第3条`, `seed 3`); anything else, or nothing, is
/// common practice.
pub fn source(cell: &str) -> Source {
    let digits: String = to_ascii(cell)
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    match digits.parse::<u8>() {
        Ok(paragraph) if paragraph > 0 => Source::Seed { paragraph },
        _ => Source::CommonPractice,
    }
}

/// Full-width digits, point and signs as their ASCII forms (what Chinese input methods type).
fn to_ascii(text: &str) -> String {
    text.chars()
        .map(|c| i18n::number_char_as_ascii(c).unwrap_or(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold_case;

    #[test]
    fn fold_case_matches_to_lowercase_wherever_a_word_could_match() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let lower: String = c.to_lowercase().collect();
            let folded = fold_case(c);
            if lower.is_ascii() {
                assert_eq!(lower, folded.to_string(), "{c:?}");
            } else {
                assert!(!folded.is_ascii(), "{c:?}");
                if lower == c.to_string() {
                    assert_eq!(folded, c, "{c:?}");
                }
            }
        }
    }
}
