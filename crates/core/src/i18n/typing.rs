//! What people type where the app reads a number or writes a spreadsheet cell: the
//! full-width forms Chinese input methods produce, which the number readers take as their
//! ASCII and the CSV writer neutralises like their ASCII, and what a number field says when
//! its text is not a number. One place, so every reader accepts the same forms.

use super::UiText;

ui_strings! {
    TYPING_TEXTS;
    // why a number could not be read (domain/fixed.rs)
    NUMBER_EMPTY => "请输入一个数字", "enter a number";
    NUMBER_UNREADABLE => "不是有效的数字（例如 12、12.5）", "not a number (for example 12 or 12.5)";
    NUMBER_TOO_MANY_DECIMALS => "最多保留两位小数", "use at most two decimal places";
    NUMBER_OUT_OF_RANGE => "数值过大，最大为 {}", "the number is too large (at most {})";
}

/// A full-width digit, sign or decimal point as its ASCII form: "０"–"９", "＋", "－", and
/// both "．" and "。" (some input methods type it for "." in Chinese punctuation mode) become
/// "0"–"9", "+", "-" and "."; `None` for any other character.
pub fn number_char_as_ascii(c: char) -> Option<char> {
    match c {
        '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
        '＋' => Some('+'),
        '－' => Some('-'),
        '．' | '。' => Some('.'),
        _ => None,
    }
}

/// The full-width forms of the characters that start a spreadsheet formula (`=`, `+`, `-`,
/// `@`): Excel and WPS read these as formulas too.
pub const FULL_WIDTH_FORMULA_STARTS: [char; 4] = ['＝', '＋', '－', '＠'];
