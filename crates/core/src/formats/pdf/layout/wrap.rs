//! Line breaking for mixed Chinese and English text.
//!
//! Chinese breaks between any two characters, English only at spaces; closing punctuation
//! (，。、）…) never starts a line and opening punctuation (（《“…) never ends one. A word
//! wider than the line is cut between characters rather than overflowing its cell. This is
//! deliberately simple — no hyphenation, no justification: a score sheet needs legible cells,
//! not typesetting.

use super::measure::Measure;

/// Slack for float rounding when comparing widths, in millimetres.
const EPSILON_MM: f32 = 0.01;

/// Characters set one em wide and breakable on either side (CJK ideographs, kana, hangul,
/// CJK punctuation and fullwidth forms).
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2E80..=0x303F
        | 0x3040..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// Punctuation that must not start a line.
fn is_closing(c: char) -> bool {
    "，。、；：？！）》」』】〕〉”’…·%‰,.;:!?)]}".contains(c)
}

/// Punctuation that must not end a line.
fn is_opening(c: char) -> bool {
    "（《「『【〔〈“‘([{".contains(c)
}

/// A piece of text with no break opportunity inside.
#[derive(Debug)]
struct Unit {
    text: String,
    space_before: bool,
}

fn units(paragraph: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    let mut space = false;
    let mut in_word = false;
    for c in paragraph.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            in_word = false;
            continue;
        }
        let last_opens = out
            .last()
            .and_then(|u| u.text.chars().last())
            .is_some_and(is_opening);
        let glue = !space && (is_closing(c) || last_opens || (in_word && !is_wide(c)));
        match out.last_mut() {
            Some(last) if glue => last.text.push(c),
            _ => out.push(Unit {
                text: c.to_string(),
                space_before: space,
            }),
        }
        in_word = !is_wide(c);
        space = false;
    }
    out
}

/// Breaks `text` into lines no wider than `max_mm` at `size_pt`. Explicit newlines are kept;
/// blank text gives no lines.
pub fn wrap(text: &str, max_mm: f32, size_pt: f32, measure: &dyn Measure) -> Vec<String> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for paragraph in text.trim_end().split('\n') {
        wrap_paragraph(paragraph.trim_end(), max_mm, size_pt, measure, &mut lines);
    }
    lines
}

fn wrap_paragraph(
    paragraph: &str,
    max_mm: f32,
    size_pt: f32,
    measure: &dyn Measure,
    lines: &mut Vec<String>,
) {
    let space_mm = measure.width_mm(" ", size_pt);
    let mut line = String::new();
    let mut width = 0.0;
    for unit in units(paragraph) {
        let unit_mm = measure.width_mm(&unit.text, size_pt);
        let gap = if unit.space_before && !line.is_empty() {
            space_mm
        } else {
            0.0
        };
        if line.is_empty() || width + gap + unit_mm <= max_mm + EPSILON_MM {
            if gap > 0.0 {
                line.push(' ');
            }
            line.push_str(&unit.text);
            width += gap + unit_mm;
        } else {
            lines.push(std::mem::take(&mut line));
            line = unit.text;
            width = unit_mm;
        }
        while width > max_mm + EPSILON_MM && line.chars().count() > 1 {
            let (head, tail) = split_to_fit(&line, max_mm, size_pt, measure);
            lines.push(head);
            width = measure.width_mm(&tail, size_pt);
            line = tail;
        }
    }
    lines.push(line);
}

/// The longest prefix (at least one character) that fits, and the rest.
fn split_to_fit(text: &str, max_mm: f32, size_pt: f32, measure: &dyn Measure) -> (String, String) {
    let mut width = 0.0;
    let mut cut = 0;
    for (i, c) in text.char_indices() {
        width += measure.width_mm(c.encode_utf8(&mut [0; 4]), size_pt);
        if width > max_mm + EPSILON_MM && i > 0 {
            cut = i;
            break;
        }
        cut = i + c.len_utf8();
    }
    (text[..cut].to_string(), text[cut..].to_string())
}

#[cfg(test)]
mod tests {
    use super::super::measure::{FixedPitch, MM_PER_PT};
    use super::*;

    /// At 10 pt with [`FixedPitch`], one wide character is 10 pt wide.
    const SIZE: f32 = 10.0;

    fn em(n: f32) -> f32 {
        n * SIZE * MM_PER_PT
    }

    fn lines(text: &str, width_em: f32) -> Vec<String> {
        wrap(text, em(width_em), SIZE, &FixedPitch)
    }

    #[test]
    fn chinese_breaks_between_any_two_characters() {
        assert_eq!(
            lines("学习型创新型高效型", 4.0),
            ["学习型创", "新型高效", "型"]
        );
    }

    #[test]
    fn english_breaks_only_at_spaces() {
        // "learning" is 4 em, "type" 2 em, a space half an em.
        assert_eq!(lines("learning type body", 7.0), ["learning type", "body"]);
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        // "学习型，" must not leave "，" alone at the start of line 2.
        assert_eq!(lines("学习型，创新", 3.0), ["学习", "型，创", "新"]);
    }

    #[test]
    fn opening_punctuation_never_ends_a_line() {
        assert_eq!(lines("考核（自评）", 3.0), ["考核", "（自", "评）"]);
    }

    #[test]
    fn mixed_text_breaks_between_chinese_and_words() {
        assert_eq!(lines("完成12天学习", 3.0), ["完成12", "天学习"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut() {
        assert_eq!(lines("abcdefghij", 2.0), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn newlines_are_kept_and_blank_text_has_no_lines() {
        assert_eq!(lines("甲\n乙", 10.0), ["甲", "乙"]);
        assert!(lines("  \n ", 10.0).is_empty());
    }

    #[test]
    fn no_line_is_wider_than_the_limit() {
        let text = "Every indicator of the eight types 学习型、创新型、高效型 is scored, \
                    including supercalifragilisticexpialidocious words.";
        for width in [1.0, 2.5, 6.0, 13.0] {
            for line in lines(text, width) {
                assert!(
                    FixedPitch.width_mm(&line, SIZE) <= em(width) + EPSILON_MM,
                    "{line:?}"
                );
            }
        }
    }

    #[test]
    fn wrapping_keeps_every_visible_character() {
        let text = "廉洁型 clean type：严肃查处违纪案件 investigated cases";
        let joined: String = lines(text, 3.0).concat();
        let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(visible(&joined), visible(text));
    }
}
