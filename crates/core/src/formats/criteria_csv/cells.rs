//! Reading one cell of a criteria table: a number of points, a kind, a list of levels, a
//! yes/no flag, a source.
//!
//! People type these by hand in Excel, so the readers accept what they write: full-width
//! digits (`１０`), a trailing 分 (`10分`), ✓ or 是 for yes, `好:10；较好:8` for levels, 第3条
//! for a paragraph of the seed document. Anything else is an error whose message says what
//! was expected; the caller reports it with the row and column.

use std::str::FromStr;

use crate::domain::template_edit::KindChoice;
use crate::domain::{Fixed, LevelId, QuotaMode, ScaleLevel, Source, Text};

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
        .trim_end_matches('分')
        .trim_end_matches('%')
        .trim();
    Fixed::from_str(trimmed).map_err(|error| {
        let reason = error.message();
        Text::new(
            format!("“{cell}”不是有效的分值：{}", reason.zh),
            format!("“{cell}” is not a valid number: {}", reason.en),
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
    let found = match name.as_str() {
        "" => return Ok(None),
        "评定" | "档次" | "定性" | "评定档次" | "scale" => proportional(KindChoice::Scale),
        "是否" | "达标" | "是否达到" | "yes_no" | "yesno" | "yes/no" => {
            proportional(KindChoice::YesNo)
        }
        "定量" | "按比例" | "定量目标" | "quota" | "proportional" => proportional(KindChoice::Quota),
        "全有全无" | "达标得分" | "all_or_nothing" => KindCell {
            choice: KindChoice::Quota,
            mode: QuotaMode::AllOrNothing,
        },
        "扣分" | "扣分项" | "deduction" => proportional(KindChoice::Deduction),
        "加分" | "加分项" | "bonus" => proportional(KindChoice::Bonus),
        "否决" | "一票否决" | "否决项" | "veto" => proportional(KindChoice::Veto),
        _ => {
            return Err(Text::new(
                format!("无法识别的计分方式“{cell}”（可用：评定、是否、定量、全有全无、扣分、加分、否决）"),
                format!("unknown kind “{cell}” (use scale, yes_no, quota, all_or_nothing, deduction, bonus or veto)"),
            ))
        }
    };
    Ok(Some(found))
}

/// Levels written `好:10；较好:8；一般:6；差:0` (separators `;` `；` `|` or line breaks, `:`
/// `：` or `=` between label and points).
pub fn levels(cell: &str) -> Result<Vec<ScaleLevel>, Text> {
    cell.split([';', '；', '|', '\n'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .enumerate()
        .map(|(n, part)| {
            let Some((label, points)) = part.split_once([':', '：', '=']) else {
                return Err(Text::new(
                    format!("档次“{part}”应写作“名称:分值”，例如“好:10”"),
                    format!("level “{part}” should read “label:points”, e.g. “Good:10”"),
                ));
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
    match value.as_str() {
        "是" | "对" | "√" | "✓" | "✔" | "★" | "y" | "yes" | "true" | "1" => Ok(true),
        "" | "否" | "×" | "✗" | "n" | "no" | "false" | "0" => Ok(false),
        _ => Err(Text::new(
            format!("“{cell}”应为“是”或“否”"),
            format!("“{cell}” should be yes or no"),
        )),
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
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (u32::from(c) - u32::from('０')) as u8),
            '．' | '。' => '.',
            '－' => '-',
            '＋' => '+',
            other => other,
        })
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
