//! Numbers as people type them: in ASCII or in full width, as a Chinese input method types
//! them ("１２．５", "１２。５"), read the same; blanks around them do not matter; too many
//! digits is "too large", never "not a number"; no text makes parsing panic, and each
//! refusal says why in both languages.

use eightfold_core::domain::fixed::ascii_number_text;
use eightfold_core::domain::{Fixed, FixedParseError};
use proptest::prelude::*;

/// The full-width form of an ASCII digit, sign or point, written out independently of the code.
fn full_width(c: char) -> char {
    match c {
        '0'..='9' => char::from_u32(u32::from(c) - u32::from('0') + 0xFF10).unwrap_or(c),
        '+' => '＋',
        '-' => '－',
        '.' => '．',
        other => other,
    }
}

/// The ASCII form of what an input method may type, with the ideographic space as a blank.
fn ascii(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(u32::from(c) - 0xFF10 + u32::from('0')).unwrap_or(c),
        '＋' => '+',
        '－' => '-',
        '．' | '。' => '.',
        '\u{3000}' => ' ',
        other => other,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_number_typed_in_full_width_reads_as_in_ascii(
        hundredths in any::<i64>(),
        point in prop::sample::select(vec!['．', '。']),
        blanks in 0_usize..3,
    ) {
        let value = Fixed::from_hundredths(hundredths);
        let typed: String = value
            .to_string()
            .chars()
            .map(|c| if c == '.' { point } else { full_width(c) })
            .collect();
        let pad = "\u{3000}".repeat(blanks);
        prop_assert_eq!(format!("{pad}{typed}{pad}").parse::<Fixed>(), Ok(value));
    }

    #[test]
    fn mixing_widths_never_changes_the_result(
        text in "[0-9０-９+＋\\-－.．。 \u{3000}a,，]{0,14}",
    ) {
        let plain: String = text.chars().map(ascii).collect();
        prop_assert_eq!(text.parse::<Fixed>(), plain.parse::<Fixed>());
        prop_assert!(ascii_number_text(&text).len() <= text.len());
    }

    #[test]
    fn too_many_digits_is_too_large(digits in "[1-9][0-9]{19,40}", wide in any::<bool>()) {
        let typed: String = if wide { digits.chars().map(full_width).collect() } else { digits };
        prop_assert_eq!(typed.parse::<Fixed>(), Err(FixedParseError::OutOfRange));
    }

    #[test]
    fn no_text_makes_parsing_panic_and_every_refusal_says_why(text in any::<String>()) {
        prop_assert!(ascii_number_text(&text).len() <= text.len());
        match text.parse::<Fixed>() {
            Ok(value) => prop_assert_eq!(value.to_string().parse::<Fixed>(), Ok(value)),
            Err(error) => {
                let message = error.message();
                prop_assert!(message.missing().is_empty(), "{:?}: {:?}", error, message);
                let blank = text.chars().all(|c| c.is_whitespace());
                prop_assert_eq!(error == FixedParseError::Empty, blank, "{:?}", text);
                if error == FixedParseError::OutOfRange {
                    prop_assert!(message.en.contains(&Fixed::MAX.to_string()), "{}", message.en);
                }
            }
        }
    }
}

#[test]
fn the_too_large_message_names_the_largest_value() {
    let message = FixedParseError::OutOfRange.message();
    assert!(
        message.zh.contains(&Fixed::MAX.to_string()),
        "{}",
        message.zh
    );
    assert!(
        message.en.contains(&Fixed::MAX.to_string()),
        "{}",
        message.en
    );
}
