//! A number field that never silently changes what was typed.
//!
//! The raw text stays as typed; only a valid number reaches the answer. Invalid text gets a
//! message next to the field and the score keeps using the last valid value.

use leptos::prelude::*;

use std::num::IntErrorKind;

use crate::domain::fixed::ascii_number_text;
use crate::domain::{Fixed, FixedParseError, Lang};
use crate::ui::i18n::{self, UiText};
use crate::ui::state::use_state;

/// What the field accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// A quantity with up to two decimals, not negative.
    Quantity,
    /// A whole number of occurrences.
    Count,
}

/// A parsed field: empty (unanswered) or a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parsed {
    Empty,
    Quantity(Fixed),
    Count(u32),
}

/// Reads the text of a number field, or says what is wrong with it.
/// Full-width digits typed with a Chinese input method ("１２．５") read as their ASCII forms.
pub fn parse_number(kind: NumberKind, text: &str) -> Result<Parsed, UiText> {
    let text = ascii_number_text(text);
    let text: &str = &text;
    if text.is_empty() {
        return Ok(Parsed::Empty);
    }
    match kind {
        NumberKind::Quantity => {
            let value: Fixed = text.parse().map_err(|error| match error {
                FixedParseError::OutOfRange if text.starts_with('-') => i18n::NEGATIVE,
                FixedParseError::OutOfRange => i18n::NUMBER_TOO_LARGE,
                _ => i18n::NOT_A_NUMBER,
            })?;
            if value.is_negative() {
                Err(i18n::NEGATIVE)
            } else {
                Ok(Parsed::Quantity(value))
            }
        }
        NumberKind::Count => {
            if text.starts_with('-') && text[1..].chars().all(|c| c.is_ascii_digit()) {
                return Err(i18n::NEGATIVE);
            }
            text.parse::<u32>().map(Parsed::Count).map_err(|error| {
                if *error.kind() == IntErrorKind::PosOverflow {
                    i18n::COUNT_TOO_LARGE
                } else {
                    i18n::NOT_A_COUNT
                }
            })
        }
    }
}

/// What is wrong, then that the score keeps the last valid value: two sentences, each ended.
pub fn field_message(problem: UiText, lang: Lang) -> String {
    i18n::sentences(lang, &[problem.get(lang), i18n::INPUT_KEPT.get(lang)])
}

/// A labelled text field for a number, its `unit` (days, times…; empty for none) right after
/// the box; `on_valid` receives every valid entry. It never changes what was typed: only a
/// valid number reaches the answer.
pub fn number_input(
    input_id: String,
    label: impl Fn() -> String + Send + Sync + 'static,
    unit: impl Fn() -> String + Send + Sync + 'static,
    kind: NumberKind,
    initial: String,
    disabled: impl Fn() -> bool + Send + Sync + 'static,
    on_valid: impl Fn(Parsed) + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_state().lang;
    let error = RwSignal::new(None::<UiText>);
    let error_id = format!("{input_id}-error");
    let described_by = error_id.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match parse_number(kind, &text) {
            Ok(parsed) => {
                error.set(None);
                on_valid(parsed);
            }
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <div class="field number-field">
            <label for=input_id.clone()>{label}</label>
            <input
                id=input_id
                type="text"
                inputmode=if kind == NumberKind::Count { "numeric" } else { "decimal" }
                autocomplete="off"
                value=initial
                prop:disabled=disabled
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=described_by
                on:input=on_input
            />
            {move || {
                let unit = unit();
                (!unit.is_empty()).then(|| view! { " "<span class="number-unit">{unit}</span> })
            }}
            <p class="field-error" id=error_id role="alert">
                {move || {
                    error
                        .get()
                        .map(|e| field_message(e, lang.get()))
                }}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_and_counts_are_checked_not_changed() {
        assert_eq!(
            parse_number(NumberKind::Quantity, " 12.5 "),
            Ok(Parsed::Quantity(Fixed::from_hundredths(1250)))
        );
        assert_eq!(parse_number(NumberKind::Quantity, ""), Ok(Parsed::Empty));
        assert_eq!(
            parse_number(NumberKind::Quantity, "twelve"),
            Err(i18n::NOT_A_NUMBER)
        );
        assert_eq!(
            parse_number(NumberKind::Quantity, "-1"),
            Err(i18n::NEGATIVE)
        );
        assert_eq!(
            parse_number(NumberKind::Quantity, "1.234"),
            Err(i18n::NOT_A_NUMBER)
        );
        assert_eq!(parse_number(NumberKind::Count, "3"), Ok(Parsed::Count(3)));
        assert_eq!(parse_number(NumberKind::Count, "-2"), Err(i18n::NEGATIVE));
        assert_eq!(
            parse_number(NumberKind::Count, "2.5"),
            Err(i18n::NOT_A_COUNT)
        );
        assert_eq!(
            parse_number(NumberKind::Count, "99999999999"),
            Err(i18n::COUNT_TOO_LARGE)
        );
    }

    #[test]
    fn full_width_numbers_typed_with_a_chinese_input_method_are_read() {
        assert_eq!(
            parse_number(NumberKind::Quantity, "\u{3000}１２．５"),
            Ok(Parsed::Quantity(Fixed::from_hundredths(1250)))
        );
        assert_eq!(
            parse_number(NumberKind::Quantity, "１２。５"),
            Ok(Parsed::Quantity(Fixed::from_hundredths(1250)))
        );
        assert_eq!(
            parse_number(NumberKind::Quantity, "\u{3000}"),
            Ok(Parsed::Empty)
        );
        assert_eq!(
            parse_number(NumberKind::Quantity, "－１"),
            Err(i18n::NEGATIVE)
        );
        assert_eq!(
            parse_number(NumberKind::Count, "１２"),
            Ok(Parsed::Count(12))
        );
        assert_eq!(
            parse_number(NumberKind::Count, "＋３"),
            Ok(Parsed::Count(3))
        );
        assert_eq!(parse_number(NumberKind::Count, "－２"), Err(i18n::NEGATIVE));
        assert_eq!(
            parse_number(NumberKind::Count, "１２．５"),
            Err(i18n::NOT_A_COUNT)
        );
    }

    #[test]
    fn too_large_numbers_say_so_with_the_largest_allowed() {
        let twenty_digits = "12345678901234567890";
        assert_eq!(
            parse_number(NumberKind::Quantity, twenty_digits),
            Err(i18n::NUMBER_TOO_LARGE)
        );
        assert_eq!(
            parse_number(NumberKind::Quantity, "-12345678901234567890"),
            Err(i18n::NEGATIVE)
        );
        assert_eq!(
            parse_number(NumberKind::Count, twenty_digits),
            Err(i18n::COUNT_TOO_LARGE)
        );
        let largest = Fixed::MAX.to_string();
        assert!(i18n::NUMBER_TOO_LARGE.zh.contains(&largest));
        assert!(i18n::NUMBER_TOO_LARGE.en.contains(&largest));
        assert_eq!(
            parse_number(NumberKind::Quantity, &largest),
            Ok(Parsed::Quantity(Fixed::MAX))
        );
        let largest = u32::MAX.to_string();
        assert!(i18n::COUNT_TOO_LARGE.zh.contains(&largest));
        assert!(i18n::COUNT_TOO_LARGE.en.contains(&largest));
        assert_eq!(
            parse_number(NumberKind::Count, &largest),
            Ok(Parsed::Count(u32::MAX))
        );
    }

    #[test]
    fn the_message_is_two_punctuated_sentences() {
        assert_eq!(
            field_message(i18n::NOT_A_NUMBER, Lang::En),
            "Enter a number such as 12 or 12.5 (at most two decimals). \
             This input was not used; the score still uses the last valid value."
        );
        assert_eq!(
            field_message(i18n::NEGATIVE, Lang::Zh),
            "不能为负数。未采用此输入，分数仍按上一个有效值计算。"
        );
        for problem in [
            i18n::NOT_A_NUMBER,
            i18n::NEGATIVE,
            i18n::NOT_A_COUNT,
            i18n::NUMBER_TOO_LARGE,
            i18n::COUNT_TOO_LARGE,
        ] {
            assert!(!field_message(problem, Lang::Zh).contains("。。"));
            assert!(!field_message(problem, Lang::En).contains(".."));
        }
    }
}
