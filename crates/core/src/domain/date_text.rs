//! Dates and times read from text, by hand: the three forms the app reads, with chrono's rules
//! and chrono's error messages, without chrono's general parser (its format-string interpreter,
//! RFC 2822 reader and `Parsed` resolver: 14 KB of wasm code, 4.9 KB gzip; BENCHMARKS.md).
//! A new date field read by serde must name [`serde_date`] or [`serde_date_time`] too, or
//! chrono's parser comes back.
//!
//! - [`date`]: what `NaiveDate: FromStr` accepts (`2026-11-25`; spaces around the dashes, one
//!   or two digit months and days, signed years of any length). Files and drafts.
//! - [`date_ymd`]: what `NaiveDate::parse_from_str(text, "%Y-%m-%d")` accepts (no spaces
//!   before the dashes). The new-assessment form.
//! - [`date_time`]: what `DateTime<FixedOffset>: FromStr` accepts, chrono's relaxed RFC 3339
//!   (`2026-11-25T10:00:00.123+08:00`, also `Z`, `UTC`, a space for `T`). Files and drafts.
//!
//! Each function returns the same value or the same error as chrono (the tests compare them on
//! generated text); the `serde_*` modules plug them into `#[serde(with = ...)]` and write as
//! chrono writes. Deliberately not here: formatting, other layouts, time zones by name.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone as _};
use std::fmt;

/// Why a text is not a date: the `ParseErrorKind`s chrono gives for these three forms, with
/// chrono's messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateTextError {
    OutOfRange,
    Impossible,
    Invalid,
    TooShort,
    TooLong,
}

impl fmt::Display for DateTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateTextError::OutOfRange => "input is out of range",
            DateTextError::Impossible => "no possible date and time matching input",
            DateTextError::Invalid => "input contains invalid characters",
            DateTextError::TooShort => "premature end of input",
            DateTextError::TooLong => "trailing input",
        })
    }
}

impl std::error::Error for DateTextError {}

use DateTextError::{Impossible, Invalid, OutOfRange, TooLong, TooShort};

type Result<T> = std::result::Result<T, DateTextError>;

/// A date as `NaiveDate: FromStr` reads it.
pub fn date(text: &str) -> Result<NaiveDate> {
    let mut s = Scan(text);
    let ymd = s.ymd(true)?;
    s.spaces();
    s.end()?;
    ymd.date()
}

/// A date as `NaiveDate::parse_from_str(text, "%Y-%m-%d")` reads it.
pub fn date_ymd(text: &str) -> Result<NaiveDate> {
    let mut s = Scan(text);
    let ymd = s.ymd(false)?;
    s.end()?;
    ymd.date()
}

/// A date and time with its offset as `DateTime<FixedOffset>: FromStr` reads it.
pub fn date_time(text: &str) -> Result<DateTime<FixedOffset>> {
    let mut s = Scan(text);
    let ymd = s.ymd(true)?;
    match s.0.as_bytes().first() {
        Some(b't' | b'T' | b' ') => s.0 = &s.0[1..],
        Some(_) => return Err(Invalid),
        None => return Err(TooShort),
    }
    let hour = s.number(2, 0..=23)?;
    s.spaces();
    s.literal(":")?;
    let minute = s.number(2, 0..=59)?;
    s.spaces();
    s.literal(":")?;
    let second = s.number(2, 0..=60)?;
    let nano = if s.0.starts_with('.') {
        s.0 = &s.0[1..];
        s.fraction()?
    } else {
        0
    };
    s.spaces();
    let offset = s.offset()?;
    s.spaces();
    s.end()?;

    let date = ymd.date()?;
    // A leap second (60) is second 59 with a nanosecond count of one second more.
    let (second, nano) = if second == 60 {
        (59, nano + 1_000_000_000)
    } else {
        (second, nano)
    };
    let time = NaiveTime::from_hms_nano_opt(hour as u32, minute as u32, second as u32, nano)
        .ok_or(OutOfRange)?;
    let offset = FixedOffset::east_opt(offset).ok_or(OutOfRange)?;
    offset
        .from_local_datetime(&date.and_time(time))
        .single()
        .ok_or(Impossible)
}

struct Ymd {
    year: i32,
    month: i64,
    day: i64,
}

impl Ymd {
    fn date(&self) -> Result<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month as u32, self.day as u32).ok_or(OutOfRange)
    }
}

/// The rest of the text, consumed from the front as chrono's `parse_internal` does.
struct Scan<'a>(&'a str);

impl Scan<'_> {
    /// `Y-M-D`, with chrono's checks in chrono's order; `spaced` allows spaces before the dashes.
    fn ymd(&mut self, spaced: bool) -> Result<Ymd> {
        let year = self.year()?;
        if spaced {
            self.spaces();
        }
        self.literal("-")?;
        let month = self.number(2, 1..=12)?;
        if spaced {
            self.spaces();
        }
        self.literal("-")?;
        let day = self.number(2, 1..=31)?;
        Ok(Ymd { year, month, day })
    }

    fn spaces(&mut self) {
        self.0 = self.0.trim_start();
    }

    fn end(&self) -> Result<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(TooLong)
        }
    }

    fn literal(&mut self, prefix: &str) -> Result<()> {
        if self.0.len() < prefix.len() {
            return Err(TooShort);
        }
        self.0 = self.0.strip_prefix(prefix).ok_or(Invalid)?;
        Ok(())
    }

    /// A year: four digits at most, or a sign and any number of digits.
    fn year(&mut self) -> Result<i32> {
        self.spaces();
        let year = if let Some(rest) = self.0.strip_prefix('-') {
            self.0 = rest;
            0i64.checked_sub(self.digits(usize::MAX)?)
                .ok_or(OutOfRange)?
        } else if let Some(rest) = self.0.strip_prefix('+') {
            self.0 = rest;
            self.digits(usize::MAX)?
        } else {
            self.digits(4)?
        };
        i32::try_from(year).map_err(|_| OutOfRange)
    }

    /// Leading spaces, then one to `width` digits in `range`.
    fn number(&mut self, width: usize, range: std::ops::RangeInclusive<i64>) -> Result<i64> {
        self.spaces();
        let value = self.digits(width)?;
        if range.contains(&value) {
            Ok(value)
        } else {
            Err(OutOfRange)
        }
    }

    /// One to `max` ASCII digits (chrono's `scan::number(s, 1, max)`).
    fn digits(&mut self, max: usize) -> Result<i64> {
        let bytes = self.0.as_bytes();
        let count = bytes
            .iter()
            .take(max)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if count == 0 {
            return Err(if bytes.is_empty() { TooShort } else { Invalid });
        }
        let mut value = 0i64;
        for &b in &bytes[..count] {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(i64::from(b - b'0')))
                .ok_or(OutOfRange)?;
        }
        self.0 = &self.0[count..];
        Ok(value)
    }

    /// The digits after the decimal point in nanoseconds: the first nine count, more are skipped.
    fn fraction(&mut self) -> Result<u32> {
        let before = self.0.len();
        let value = self.digits(9)?;
        let scale = [
            0,
            100_000_000,
            10_000_000,
            1_000_000,
            100_000,
            10_000,
            1_000,
            100,
            10,
            1,
        ];
        let nano = value as u32 * scale[before - self.0.len()];
        self.0 = self.0.trim_start_matches(|c: char| c.is_ascii_digit());
        Ok(nano)
    }

    /// `UTC`, `Z`, or a sign and `HH:MM` (colons and spaces between them optional), in seconds.
    fn offset(&mut self) -> Result<i32> {
        let s = self.0;
        if s.len() >= 3 && s.as_bytes()[..3].eq_ignore_ascii_case(b"UTC") {
            self.0 = &s[3..];
            return Ok(0);
        }
        if let Some(rest) = s.strip_prefix(['Z', 'z']) {
            self.0 = rest;
            return Ok(0);
        }
        let mut chars = s.chars();
        let negative = match chars.next() {
            Some('+') => false,
            Some('-' | '\u{2212}') => true,
            Some(_) => return Err(Invalid),
            None => return Err(TooShort),
        };
        let s = chars.as_str();
        let hours = two_digits(s, b'9')?;
        let s = s[2..].trim_start_matches(|c: char| c == ':' || c.is_whitespace());
        let minutes = match s.as_bytes() {
            [b'6'..=b'9', b'0'..=b'9', ..] => return Err(OutOfRange),
            _ => two_digits(s, b'5')?,
        };
        self.0 = &s[2..];
        let seconds = hours * 3600 + minutes * 60;
        Ok(if negative { -seconds } else { seconds })
    }
}

/// Two digits, the first at most `first_max`.
fn two_digits(s: &str, first_max: u8) -> Result<i32> {
    match s.as_bytes() {
        [a @ b'0'..=b'9', b @ b'0'..=b'9', ..] if *a <= first_max => {
            Ok(i32::from(a - b'0') * 10 + i32::from(b - b'0'))
        }
        [_, _, ..] => Err(Invalid),
        _ => Err(TooShort),
    }
}

/// A string to a value, for serde, with the expectation chrono names.
struct TextVisitor<T>(fn(&str) -> Result<T>, &'static str);

impl<T> serde::de::Visitor<'_> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(self.1)
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> std::result::Result<T, E> {
        (self.0)(value).map_err(E::custom)
    }
}

/// `#[serde(with = "crate::domain::date_text::serde_date")]` on a `NaiveDate`.
pub mod serde_date {
    use super::{date, TextVisitor};
    use chrono::NaiveDate;
    use serde::{Deserializer, Serialize as _, Serializer};

    pub fn serialize<S: Serializer>(value: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        value.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        deserializer.deserialize_str(TextVisitor(date, "a formatted date string"))
    }
}

/// `#[serde(with = "crate::domain::date_text::serde_date_time")]` on a `DateTime<FixedOffset>`.
pub mod serde_date_time {
    use super::{date_time, TextVisitor};
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserializer, Serialize as _, Serializer};

    pub fn serialize<S: Serializer>(
        value: &DateTime<FixedOffset>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<DateTime<FixedOffset>, D::Error> {
        deserializer.deserialize_str(TextVisitor(
            date_time,
            "an RFC 3339 formatted date and time string",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// chrono's answer, in the same shape as ours.
    fn chrono_date(text: &str) -> std::result::Result<NaiveDate, String> {
        text.parse::<NaiveDate>().map_err(|e| e.to_string())
    }

    fn chrono_date_ymd(text: &str) -> std::result::Result<NaiveDate, String> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| e.to_string())
    }

    fn chrono_date_time(text: &str) -> std::result::Result<DateTime<FixedOffset>, String> {
        text.parse::<DateTime<FixedOffset>>()
            .map_err(|e| e.to_string())
    }

    fn same_as_chrono(text: &str) {
        assert_eq!(
            date(text).map_err(|e| e.to_string()),
            chrono_date(text),
            "date {text:?}"
        );
        assert_eq!(
            date_ymd(text).map_err(|e| e.to_string()),
            chrono_date_ymd(text),
            "date_ymd {text:?}"
        );
        let ours = date_time(text).map_err(|e| e.to_string());
        let theirs = chrono_date_time(text);
        assert_eq!(ours, theirs, "date_time {text:?}");
        // The same instant is not enough: the offset must be the same too.
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            assert_eq!(ours.offset(), theirs.offset(), "offset {text:?}");
        }
    }

    #[test]
    fn reads_what_the_app_writes() {
        let at = date_time("2026-11-25T10:00:00.123+08:00").unwrap();
        assert_eq!(date_time(&at.to_rfc3339()).unwrap(), at);
        let json = serde_json::to_string(&at).unwrap();
        assert_eq!(json, "\"2026-11-25T10:00:00.123+08:00\"");
        let day = date("2026-11-25").unwrap();
        assert_eq!(day, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
        assert_eq!(date_ymd(&day.to_string()).unwrap(), day);
    }

    #[test]
    fn agrees_with_chrono_on_hand_picked_text() {
        for text in [
            "",
            " ",
            "2026-11-25",
            " 2026 - 1 -5 ",
            "2026-11-25 ",
            "2026-11-25x",
            "2026-02-29",
            "2024-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-11-32",
            "2026-11-",
            "2026-11",
            "20261-11-25",
            "+20261-11-25",
            "-0001-01-01",
            "+262143-12-31",
            "+262144-01-01",
            "-99999999999999999999-01-01",
            "+2147483648-01-01",
            "２０２６-11-25",
            "2026\u{3000}-11-25",
            "2026-11-25T10:00:00+08:00",
            "2026-11-25T10:00:00.123+08:00",
            "2026-11-25t10:00:00Z",
            "2026-11-25 10:00:00z",
            "2026-11-25T10:00:00 UTC",
            "2026-11-25T10:00:00utc ",
            "2026-11-25T10:00:00.1234567891234+08:00",
            "2026-11-25T10:00:00.+08:00",
            "2026-11-25T10:00:00 .5+08:00",
            "2026-11-25T10:00:60+08:00",
            "2026-11-25T10:00:61+08:00",
            "2026-11-25T24:00:00+08:00",
            "2026-11-25T10:60:00+08:00",
            "2026-11-25T1:2:3+0800",
            "2026-11-25T10:00:00+08",
            "2026-11-25T10:00:00+8:00",
            "2026-11-25T10:00:00+08::: 30",
            "2026-11-25T10:00:00+08:60",
            "2026-11-25T10:00:00+08:5x",
            "2026-11-25T10:00:00+24:00",
            "2026-11-25T10:00:00−05:00",
            "2026-11-25T10:00:00-23:59",
            "2026-11-25T10:00:00+08:00 trailing",
            "2026-11-25X10:00:00+08:00",
            "2026-11-25T",
            "2026-11-25T10:00:00",
            "+262143-12-31T23:59:59-23:00",
            "-262143-01-01T00:00:00+23:00",
            "七",
        ] {
            same_as_chrono(text);
        }
    }

    /// Text near the grammar: pieces of dates, numbers and separators in any order.
    fn near_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            (0u32..100_000).prop_map(|n| n.to_string()),
            (0u32..100).prop_map(|n| format!("{n:02}")),
            Just("2026".to_owned()),
            Just("-".to_owned()),
            Just("+".to_owned()),
            Just("\u{2212}".to_owned()),
            Just(":".to_owned()),
            Just(".".to_owned()),
            Just(" ".to_owned()),
            Just("\u{3000}".to_owned()),
            Just("T".to_owned()),
            Just("t".to_owned()),
            Just("Z".to_owned()),
            Just("UTC".to_owned()),
            Just("x".to_owned()),
            Just("七".to_owned()),
        ];
        prop::collection::vec(piece, 0..14).prop_map(|pieces| pieces.concat())
    }

    /// A valid date and time as the app writes it, then one piece changed.
    fn mutated_valid() -> impl Strategy<Value = String> {
        (
            (
                -300_000i32..300_000,
                0u32..14,
                0u32..33,
                0u32..25,
                0u32..61,
                0u32..62,
            ),
            (0u32..1_000_000_000, -100_000i32..100_000),
            (0usize..40, any::<char>(), 0u8..3),
        )
            .prop_map(|((y, mo, d, h, mi, s), (nano, off), (at, c, how))| {
                let sign = if off < 0 { '-' } else { '+' };
                let off = off.unsigned_abs();
                let mut text = format!(
                    "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{nano:09}{sign}{:02}:{:02}",
                    off / 3600 % 100,
                    off / 60 % 60
                );
                let at = (0..=at.min(text.len()))
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(0);
                match how {
                    0 => text.insert(at, c),
                    1 => text.truncate(at),
                    _ => {
                        text.remove(at.min(text.len().saturating_sub(1)));
                    }
                }
                text
            })
    }

    proptest! {
        #[test]
        fn agrees_with_chrono_on_near_text(text in near_text()) {
            same_as_chrono(&text);
        }

        #[test]
        fn agrees_with_chrono_on_mutated_dates(text in mutated_valid()) {
            same_as_chrono(&text);
            if let Some(day) = text.get(..10) {
                same_as_chrono(day);
            }
        }

        #[test]
        fn agrees_with_chrono_on_any_text(text in ".*") {
            same_as_chrono(&text);
        }

        #[test]
        fn round_trips(secs in -8_000_000_000_000i64..8_000_000_000_000, nano in 0u32..1_000_000_000, off in -86_399i32..86_400) {
            let offset = FixedOffset::east_opt(off / 60 * 60).unwrap();
            let at = DateTime::from_timestamp(secs, nano).unwrap().with_timezone(&offset);
            let json = serde_json::to_string(&at).unwrap();
            let back: Wrapped = serde_json::from_str(&format!("{{\"at\":{json},\"day\":\"{}\"}}", at.date_naive())).unwrap();
            prop_assert_eq!(back.at, at);
            prop_assert_eq!(back.at.offset(), at.offset());
            prop_assert_eq!(back.day, at.date_naive());
        }
    }

    #[derive(serde::Serialize, serde::Deserialize)]
    struct Wrapped {
        #[serde(with = "serde_date_time")]
        at: DateTime<FixedOffset>,
        #[serde(with = "serde_date")]
        day: NaiveDate,
    }

    #[test]
    fn serde_errors_read_as_chrono_s() {
        #[derive(serde::Deserialize)]
        struct Chrono {
            #[allow(dead_code)]
            at: DateTime<FixedOffset>,
            #[allow(dead_code)]
            day: NaiveDate,
        }
        for json in [
            r#"{"at":"2026-11-25T10:00:00+08:00","day":"2026-11-25"}"#,
            r#"{"at":"2026-11-25T10:00:00","day":"2026-11-25"}"#,
            r#"{"at":"2026-11-25T10:00:00+08:00","day":"2026-02-30"}"#,
            r#"{"at":5,"day":"2026-11-25"}"#,
            r#"{"at":"2026-11-25T10:00:00+08:00","day":null}"#,
        ] {
            let ours = serde_json::from_str::<Wrapped>(json)
                .map(|_| ())
                .map_err(|e| e.to_string());
            let theirs = serde_json::from_str::<Chrono>(json)
                .map(|_| ())
                .map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{json}");
        }
        let out = serde_json::to_string(&Wrapped {
            at: date_time("2026-11-25T10:00:00Z").unwrap(),
            day: date("2026-11-25").unwrap(),
        })
        .unwrap();
        assert_eq!(out, r#"{"at":"2026-11-25T10:00:00Z","day":"2026-11-25"}"#);
    }
}
