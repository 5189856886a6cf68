//! `Fixed`: an exact decimal with two places, stored as a count of hundredths.
//!
//! Points, weights, quantities and totals are all `Fixed`, so scoring never meets float drift:
//! 89.95 stays 89.95 through every sum, JSON round trip and grade lookup. This is also the one
//! place where a number's text form is decided (`Display`: trailing zeros trimmed, "12", "12.5",
//! "89.95") and parsed (`FromStr`). Arithmetic is checked or saturating and never panics.
//! Floats appear only at the JSON boundary (serde), never in arithmetic.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::text::Text;
use crate::i18n;

/// An exact decimal number with two places (hundredths as an `i64`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fixed(i64);

/// Why a text could not be read as a [`Fixed`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixedParseError {
    /// Nothing but blanks.
    Empty,
    /// Not a plain decimal number (letters, several points, a lone sign, exponents...).
    NotANumber,
    /// More than two digits after the decimal point.
    TooManyDecimals,
    /// The value does not fit.
    OutOfRange,
}

/// Rounds `num / den` to the nearest integer, halves away from zero. `None` if `den` is 0.
///
/// The one rounding rule of the crate: every ratio in scoring goes through here once.
pub fn div_round_half_up(num: i128, den: i128) -> Option<i128> {
    if den == 0 {
        return None;
    }
    let (num, den) = if den < 0 {
        (num.checked_neg()?, den.checked_neg()?)
    } else {
        (num, den)
    };
    let quotient = num / den;
    let remainder = num % den;
    // |remainder| * 2 >= den  <=>  the dropped part is at least one half.
    let twice = remainder.unsigned_abs().checked_mul(2)?;
    if twice >= den.unsigned_abs() {
        Some(if num < 0 { quotient - 1 } else { quotient + 1 })
    } else {
        Some(quotient)
    }
}

impl Fixed {
    /// 0.
    pub const ZERO: Fixed = Fixed(0);
    /// 100, the scale of a total.
    pub const HUNDRED: Fixed = Fixed(10_000);
    /// The largest value.
    pub const MAX: Fixed = Fixed(i64::MAX);
    /// The smallest value.
    pub const MIN: Fixed = Fixed(i64::MIN);

    /// `Fixed::from_hundredths(8995)` is 89.95.
    pub const fn from_hundredths(hundredths: i64) -> Fixed {
        Fixed(hundredths)
    }

    /// The value in hundredths.
    pub const fn hundredths(self) -> i64 {
        self.0
    }

    /// A whole number; saturates at the ends of the range.
    pub const fn from_int(value: i64) -> Fixed {
        Fixed(value.saturating_mul(100))
    }

    /// Clamps a wide intermediate (in hundredths) into range.
    pub fn from_hundredths_saturating(hundredths: i128) -> Fixed {
        Fixed(i64::try_from(hundredths).unwrap_or(if hundredths < 0 { i64::MIN } else { i64::MAX }))
    }

    /// True when the value is a whole number.
    pub const fn is_integer(self) -> bool {
        self.0 % 100 == 0
    }

    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub const fn is_positive(self) -> bool {
        self.0 > 0
    }

    pub fn checked_add(self, other: Fixed) -> Option<Fixed> {
        self.0.checked_add(other.0).map(Fixed)
    }

    pub fn checked_sub(self, other: Fixed) -> Option<Fixed> {
        self.0.checked_sub(other.0).map(Fixed)
    }

    pub fn saturating_add(self, other: Fixed) -> Fixed {
        Fixed(self.0.saturating_add(other.0))
    }

    pub fn saturating_sub(self, other: Fixed) -> Fixed {
        Fixed(self.0.saturating_sub(other.0))
    }

    /// `self × n`, saturating (e.g. points per occurrence × occurrences).
    pub fn saturating_mul_int(self, n: i64) -> Fixed {
        Fixed::from_hundredths_saturating(i128::from(self.0) * i128::from(n))
    }

    /// `self × num ÷ den`, rounded half up to hundredths once; `None` if `den` is 0 or the
    /// result does not fit. Used for every ratio in scoring (weights, percentages, quotas).
    pub fn mul_div(self, num: Fixed, den: Fixed) -> Option<Fixed> {
        // (a/100)·(b/100)/(c/100) = a·b/(100·c), which is a·b/c hundredths.
        let product = i128::from(self.0) * i128::from(num.0);
        let rounded = div_round_half_up(product, i128::from(den.0))?;
        i64::try_from(rounded).ok().map(Fixed)
    }

    /// Clamps into `[low, high]` (if `low > high`, `low` wins).
    pub fn clamp_to(self, low: Fixed, high: Fixed) -> Fixed {
        if self < low {
            low
        } else if self > high {
            if high < low {
                low
            } else {
                high
            }
        } else {
            self
        }
    }

    /// The exact `f64` nearest to this value, for charts only (never for arithmetic).
    pub fn to_f64_lossy(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Reads a JSON float that should carry at most two decimals: the hundredth nearest to
    /// the float, worked out exactly from its binary digits (multiplying by 100 in floating
    /// point is off by a whole hundredth for large values).
    ///
    /// The text was read to the nearest double, or one place off (serde_json's fast reader),
    /// so a value within two units in its last place of a hundredth is that hundredth; a
    /// genuine third decimal is farther than that wherever a double can still carry it.
    fn from_json_f64(value: f64) -> Result<Fixed, FixedParseError> {
        if !value.is_finite() {
            return Err(FixedParseError::NotANumber);
        }
        // value = significand × 2^exponent, exactly.
        let bits = value.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i32;
        let fraction = bits & ((1 << 52) - 1);
        let (significand, exponent) = if biased == 0 {
            (fraction, -1074)
        } else {
            (fraction | (1 << 52), biased - 1075)
        };
        // 100 × value in units of 2^exponent hundredths; one unit in the value's last place
        // is 100 such units.
        let scaled = i128::from(significand) * 100;
        let hundredths = if exponent >= 0 {
            // A whole number of at least 2^53: only its size can be wrong.
            if exponent > 63 {
                return Err(FixedParseError::OutOfRange);
            }
            scaled << exponent
        } else {
            let shift = -exponent;
            let (nearest, distance) = if shift >= 127 {
                (0, scaled)
            } else {
                let step = 1_i128 << shift;
                let nearest = (scaled + step / 2) >> shift;
                (nearest, (scaled - (nearest << shift)).abs())
            };
            if distance > 200 {
                return Err(FixedParseError::TooManyDecimals);
            }
            nearest
        };
        let signed = if value.is_sign_negative() {
            -hundredths
        } else {
            hundredths
        };
        i64::try_from(signed)
            .map(Fixed)
            .map_err(|_| FixedParseError::OutOfRange)
    }
}

impl fmt::Display for FixedParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().get(super::text::Lang::En))
    }
}

impl std::error::Error for FixedParseError {}

impl FixedParseError {
    /// The message in both languages, for a form field.
    pub fn message(&self) -> Text {
        match self {
            FixedParseError::Empty => i18n::NUMBER_EMPTY.both(),
            FixedParseError::NotANumber => i18n::NUMBER_UNREADABLE.both(),
            FixedParseError::TooManyDecimals => i18n::NUMBER_TOO_MANY_DECIMALS.both(),
            FixedParseError::OutOfRange => i18n::NUMBER_OUT_OF_RANGE.both_filled(&[&Fixed::MAX]),
        }
    }
}

/// One rule: no trailing zeros after the point, no point for whole numbers ("12", "12.5", "89.95").
impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let whole = abs / 100;
        let cents = abs % 100;
        let text = if cents == 0 {
            format!("{sign}{whole}")
        } else if cents % 10 == 0 {
            format!("{sign}{whole}.{}", cents / 10)
        } else {
            format!("{sign}{whole}.{cents:02}")
        };
        f.pad(&text)
    }
}

/// A number as typed with a Chinese input method, in ASCII: full-width digits "０"–"９", signs
/// "＋" "－" and decimal points "．" and "。" become "0"–"9", "+", "-" and "."; blanks around
/// it (the full-width space U+3000 too) are dropped. Nothing else changes, so text that was not
/// a number stays one that is not (a full-width comma is no thousands separator either).
///
/// "。" is taken as a decimal point because some input methods type it for "." in Chinese
/// punctuation mode, and inside a number it has no other meaning: "12。5" is 12.5, and "12。"
/// (a sentence end) is 12 as "12." is. Every number field reads its text through here, via
/// [`Fixed`]'s `FromStr` or directly for whole numbers.
pub fn ascii_number_text(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let ascii = |c: char| i18n::number_char_as_ascii(c).unwrap_or(c);
    Cow::Owned(text.chars().map(ascii).collect())
}

impl FromStr for Fixed {
    type Err = FixedParseError;

    /// Accepts an optional sign, digits, and up to two decimals ("12", "+12.5", "-3", ".5",
    /// "89.95"), in ASCII or full width ("１２．５", see [`ascii_number_text`]); blanks around
    /// the number are ignored. No exponents, no thousands separators.
    fn from_str(text: &str) -> Result<Fixed, FixedParseError> {
        let text = ascii_number_text(text);
        let text: &str = &text;
        if text.is_empty() {
            return Err(FixedParseError::Empty);
        }
        let (negative, body) = match text.as_bytes()[0] {
            b'-' => (true, &text[1..]),
            b'+' => (false, &text[1..]),
            _ => (false, text),
        };
        let (whole, fraction) = match body.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (body, None),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(whole) || (whole.is_empty() && fraction.is_none_or(str::is_empty)) {
            return Err(FixedParseError::NotANumber);
        }
        let fraction = fraction.unwrap_or("");
        if !all_digits(fraction) {
            return Err(FixedParseError::NotANumber);
        }
        if fraction.len() > 2 {
            return Err(FixedParseError::TooManyDecimals);
        }
        let mut hundredths: i128 = 0;
        for digit in whole.bytes().chain(fraction.bytes()) {
            hundredths = hundredths * 10 + i128::from(digit - b'0');
            if hundredths > i128::from(i64::MAX) + 1 {
                return Err(FixedParseError::OutOfRange);
            }
        }
        for _ in fraction.len()..2 {
            hundredths *= 10;
        }
        let signed = if negative { -hundredths } else { hundredths };
        i64::try_from(signed)
            .map(Fixed)
            .map_err(|_| FixedParseError::OutOfRange)
    }
}

/// Largest magnitude (in hundredths) written as a JSON float: ±1 trillion. Below it a double's
/// last place is under 0.0002, so its text, even read one place off, is the nearest hundredth
/// again; above about 70 trillion two hundredths share one double.
const FLOAT_IN_JSON: u64 = 100_000_000_000_000;

/// A JSON number: an integer when whole, else the shortest float text ("89.95"). Values with
/// cents beyond ±1 trillion are written as strings ("35272892216602.96"), which
/// deserialization also accepts, so every value reads back exactly.
impl Serialize for Fixed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_integer() {
            serializer.serialize_i64(self.0 / 100)
        } else if self.0.unsigned_abs() <= FLOAT_IN_JSON {
            serializer.serialize_f64(self.0 as f64 / 100.0)
        } else {
            serializer.collect_str(self)
        }
    }
}

/// Accepts a JSON number with at most two decimals, or a string that [`FromStr`] accepts.
impl<'de> Deserialize<'de> for Fixed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Fixed, D::Error> {
        deserializer.deserialize_any(FixedVisitor)
    }
}

struct FixedVisitor;

impl Visitor<'_> for FixedVisitor {
    type Value = Fixed;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number with at most two decimals")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Fixed, E> {
        value
            .checked_mul(100)
            .map(Fixed)
            .ok_or_else(|| E::custom(FixedParseError::OutOfRange))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Fixed, E> {
        i64::try_from(value)
            .ok()
            .and_then(|v| v.checked_mul(100))
            .map(Fixed)
            .ok_or_else(|| E::custom(FixedParseError::OutOfRange))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Fixed, E> {
        Fixed::from_json_f64(value).map_err(E::custom)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Fixed, E> {
        value.parse().map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_trims_trailing_zeros() {
        assert_eq!(Fixed::from_hundredths(8995).to_string(), "89.95");
        assert_eq!(Fixed::from_hundredths(1200).to_string(), "12");
        assert_eq!(Fixed::from_hundredths(1250).to_string(), "12.5");
        assert_eq!(Fixed::from_hundredths(5).to_string(), "0.05");
        assert_eq!(Fixed::from_hundredths(-305).to_string(), "-3.05");
        assert_eq!(Fixed::from_hundredths(-50).to_string(), "-0.5");
        assert_eq!(Fixed::MIN.to_string(), "-92233720368547758.08");
    }

    #[test]
    fn parses_plain_decimals() {
        let parse = |s: &str| s.parse::<Fixed>().map(Fixed::hundredths);
        assert_eq!(parse("12"), Ok(1200));
        assert_eq!(parse(" 12.5 "), Ok(1250));
        assert_eq!(parse("-3"), Ok(-300));
        assert_eq!(parse("89.95"), Ok(8995));
        assert_eq!(parse(".5"), Ok(50));
        assert_eq!(parse("7."), Ok(700));
        assert_eq!(parse("+0.01"), Ok(1));
        assert_eq!(parse("-92233720368547758.08"), Ok(i64::MIN));
    }

    #[test]
    fn reads_full_width_numbers_as_typed_with_a_chinese_input_method() {
        let parse = |s: &str| s.parse::<Fixed>().map(Fixed::hundredths);
        assert_eq!(parse("１２"), Ok(1200));
        assert_eq!(parse("１２．５"), Ok(1250));
        assert_eq!(parse("１２。５"), Ok(1250));
        assert_eq!(parse("１２。"), Ok(1200));
        assert_eq!(parse("－３"), Ok(-300));
        assert_eq!(parse("＋０．０１"), Ok(1));
        assert_eq!(parse("\u{3000}８９.９５\u{3000}"), Ok(8995));
        assert_eq!(parse("1２.5"), Ok(1250));
        assert_eq!(parse("\u{3000}"), Err(FixedParseError::Empty));
        assert_eq!(parse("１，０００"), Err(FixedParseError::NotANumber));
        assert_eq!(parse("１\u{3000}２"), Err(FixedParseError::NotANumber));
        assert_eq!(parse("１２。５。"), Err(FixedParseError::NotANumber));
        assert_eq!(parse("１．２３４"), Err(FixedParseError::TooManyDecimals));
        assert_eq!(ascii_number_text("\u{3000}１２．５ "), "12.5");
        assert!(matches!(ascii_number_text(" 12 "), Cow::Borrowed("12")));
    }

    #[test]
    fn too_large_says_the_largest_value() {
        let error = "12345678901234567890".parse::<Fixed>().unwrap_err();
        assert_eq!(error, FixedParseError::OutOfRange);
        assert!(error.message().zh.contains("92233720368547758.07"));
        assert!(error.to_string().contains("too large"));
    }

    #[test]
    fn rejects_bad_text_with_the_reason() {
        let parse = |s: &str| s.parse::<Fixed>();
        assert_eq!(parse(""), Err(FixedParseError::Empty));
        assert_eq!(parse("twelve"), Err(FixedParseError::NotANumber));
        assert_eq!(parse("-"), Err(FixedParseError::NotANumber));
        assert_eq!(parse("."), Err(FixedParseError::NotANumber));
        assert_eq!(parse("1.2.3"), Err(FixedParseError::NotANumber));
        assert_eq!(parse("1e3"), Err(FixedParseError::NotANumber));
        assert_eq!(parse("1,000"), Err(FixedParseError::NotANumber));
        assert_eq!(parse("--1"), Err(FixedParseError::NotANumber));
        assert_eq!(parse("1.234"), Err(FixedParseError::TooManyDecimals));
        assert_eq!(
            parse("92233720368547758.08"),
            Err(FixedParseError::OutOfRange)
        );
        assert_eq!(
            parse("99999999999999999999999999999999999999999"),
            Err(FixedParseError::OutOfRange)
        );
        assert!(FixedParseError::TooManyDecimals
            .to_string()
            .contains("two decimal"));
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(div_round_half_up(5, 10), Some(1));
        assert_eq!(div_round_half_up(4, 10), Some(0));
        assert_eq!(div_round_half_up(-5, 10), Some(-1));
        assert_eq!(div_round_half_up(-4, 10), Some(0));
        assert_eq!(div_round_half_up(5, -10), Some(-1));
        assert_eq!(div_round_half_up(1, 0), None);
        assert_eq!(div_round_half_up(i128::MIN, -1), None);
        assert_eq!(div_round_half_up(i128::MAX, 2), Some(i128::MAX / 2 + 1));
    }

    #[test]
    fn mul_div_rounds_once() {
        // 12.5 × 2/3 = 8.333… → 8.33
        let r = Fixed::from_hundredths(1250).mul_div(Fixed::from_int(2), Fixed::from_int(3));
        assert_eq!(r, Some(Fixed::from_hundredths(833)));
        assert_eq!(
            Fixed::MAX.mul_div(Fixed::MAX, Fixed::from_hundredths(1)),
            None
        );
        assert_eq!(Fixed::HUNDRED.mul_div(Fixed::HUNDRED, Fixed::ZERO), None);
    }

    #[test]
    fn json_numbers_round_trip_exactly() {
        for h in [8995_i64, 1, -1, 10, 99_99, 123_456_789, -8995, 0, 1 << 53] {
            let value = Fixed::from_hundredths(h);
            let json = serde_json::to_string(&value).unwrap();
            let back: Fixed = serde_json::from_str(&json).unwrap();
            assert_eq!(back, value, "{json}");
        }
        assert_eq!(serde_json::to_string(&Fixed::from_int(12)).unwrap(), "12");
        assert_eq!(
            serde_json::to_string(&Fixed::from_hundredths(8995)).unwrap(),
            "89.95"
        );
        let huge = Fixed::from_hundredths(i64::MAX);
        let json = serde_json::to_string(&huge).unwrap();
        assert_eq!(serde_json::from_str::<Fixed>(&json).unwrap(), huge);
        // Found by the export property test: 100 × the float was a hundredth off.
        let large = Fixed::from_hundredths(-3_527_289_221_660_296);
        let json = serde_json::to_string(&large).unwrap();
        assert_eq!(json, "\"-35272892216602.96\"");
        assert_eq!(serde_json::from_str::<Fixed>(&json).unwrap(), large);
        assert_eq!(
            serde_json::from_str::<Fixed>("-35272892216602.96").unwrap(),
            large,
            "the same value as a float, as files written before it was a string have it"
        );
    }

    proptest::proptest! {
        #[test]
        fn every_value_reads_back_as_written(hundredths in proptest::num::i64::ANY) {
            let value = Fixed::from_hundredths(hundredths);
            let json = serde_json::to_string(&value).unwrap();
            proptest::prop_assert_eq!(serde_json::from_str::<Fixed>(&json).unwrap(), value, "{}", json);
        }

        #[test]
        fn a_float_with_two_decimals_reads_as_its_text(
            whole in 0_i64..1_000_000_000_000,
            cents in 0_i64..100,
            negative in proptest::bool::ANY,
        ) {
            let sign = if negative { "-" } else { "" };
            let text = format!("{sign}{whole}.{cents:02}");
            let expected: Fixed = text.parse().unwrap();
            proptest::prop_assert_eq!(serde_json::from_str::<Fixed>(&text).unwrap(), expected);
        }

        #[test]
        fn a_third_decimal_is_refused_while_a_double_can_hold_it(
            whole in 0_i64..1_000_000_000,
            thousandths in 0_i64..1000,
        ) {
            proptest::prop_assume!(thousandths % 10 != 0);
            let text = format!("{whole}.{thousandths:03}");
            proptest::prop_assert!(serde_json::from_str::<Fixed>(&text).is_err(), "{}", text);
        }
    }

    #[test]
    fn json_rejects_three_decimals_and_text() {
        assert!(serde_json::from_str::<Fixed>("89.951").is_err());
        assert!(serde_json::from_str::<Fixed>("\"abc\"").is_err());
        assert!(serde_json::from_str::<Fixed>("1e30").is_err());
        assert!(serde_json::from_str::<Fixed>("true").is_err());
        assert_eq!(
            serde_json::from_str::<Fixed>("\"12.5\"").unwrap(),
            Fixed::from_hundredths(1250)
        );
        assert_eq!(
            serde_json::from_str::<Fixed>("1.5e1").unwrap(),
            Fixed::from_int(15)
        );
    }
}
