//! A number field that never silently changes what was typed.
//!
//! The raw text stays as typed; only a valid number reaches the answer. Invalid text gets a
//! message next to the field and the score keeps using the last valid value.

use leptos::prelude::*;

use crate::domain::Fixed;
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
pub fn parse_number(kind: NumberKind, text: &str) -> Result<Parsed, UiText> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Parsed::Empty);
    }
    match kind {
        NumberKind::Quantity => {
            let value: Fixed = text.parse().map_err(|_| i18n::NOT_A_NUMBER)?;
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
            text.parse::<u32>()
                .map(Parsed::Count)
                .map_err(|_| i18n::NOT_A_COUNT)
        }
    }
}

/// A labelled text field for a number; `on_valid` receives every valid entry.
pub fn number_input(
    input_id: String,
    label: impl Fn() -> String + Send + Sync + 'static,
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
            <p class="field-error" id=error_id role="alert">
                {move || {
                    error
                        .get()
                        .map(|e| format!("{} {}", e.get(lang.get()), i18n::INPUT_KEPT.get(lang.get())))
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
            Err(i18n::NOT_A_COUNT)
        );
    }
}
