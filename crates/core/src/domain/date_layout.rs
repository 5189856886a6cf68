//! Dates and times written as text, by hand: the five layouts the app and the command line
//! print, each exactly as chrono's `format` with the strftime string named on the function.
//!
//! chrono's `format` interprets its format string at run time, so one call links the whole
//! interpreter (every specifier, locale names, `to_lowercase`'s Unicode tables): ≈ 10 KB of
//! wasm code for five fixed layouts (BENCHMARKS.md). The tests compare every function with
//! chrono on generated dates and times, leap seconds and out-of-range years included.
//! [`super::date_text`] is the reading side.

use chrono::{Datelike, Timelike};
use std::fmt::Write as _;

/// `%Y-%m-%d`: `2026-11-25`.
pub fn ymd(date: &impl Datelike) -> String {
    let mut out = String::with_capacity(10);
    push_date(&mut out, date, "-");
    out
}

/// `%Y-%m-%d %H:%M`: `2026-11-25 14:30`.
pub fn ymd_hm(at: &(impl Datelike + Timelike)) -> String {
    let mut out = ymd(at);
    let _ = write!(out, " {:02}:{:02}", at.hour(), at.minute());
    out
}

/// `%Y-%m-%d-%H%M`: `2026-11-25-1430` (a backup's file name).
pub fn ymd_hm_for_file(at: &(impl Datelike + Timelike)) -> String {
    let mut out = ymd(at);
    let _ = write!(out, "-{:02}{:02}", at.hour(), at.minute());
    out
}

/// `%H:%M:%S`: `14:30:05`.
pub fn hms(at: &impl Timelike) -> String {
    format!("{:02}:{:02}:{:02}", at.hour(), at.minute(), second(at))
}

/// `%Y%m%d%H%M%S`: `20261125143005` (a PDF date's digits).
pub fn compact(at: &(impl Datelike + Timelike)) -> String {
    let mut out = String::with_capacity(14);
    push_date(&mut out, at, "");
    let _ = write!(out, "{:02}{:02}{:02}", at.hour(), at.minute(), second(at));
    out
}

/// `%Y{sep}%m{sep}%d`. chrono writes a year outside 0..=9999 with its sign and at least four
/// digits (`+10000`, `-0001`).
fn push_date(out: &mut String, date: &impl Datelike, sep: &str) {
    let year = date.year();
    let _ = if (0..=9999).contains(&year) {
        write!(out, "{year:04}")
    } else {
        write!(out, "{year:+05}")
    };
    let _ = write!(out, "{sep}{:02}{sep}{:02}", date.month(), date.day());
}

/// `%S`: 60 during a leap second (chrono keeps it in the nanoseconds).
fn second(at: &impl Timelike) -> u32 {
    at.second() + at.nanosecond() / 1_000_000_000
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _};
    use proptest::prelude::*;

    /// A time `secs` + `nanos` (1e9 and more: a leap second, valid at :59 only) after midnight.
    fn at(
        date: NaiveDate,
        secs: u32,
        nanos: u32,
        offset_secs: i32,
    ) -> Option<DateTime<FixedOffset>> {
        let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos)?;
        let offset = FixedOffset::east_opt(offset_secs)?;
        Some(offset.from_utc_datetime(&NaiveDateTime::new(date, time)))
    }

    fn check(t: &DateTime<FixedOffset>) {
        let date = t.date_naive();
        assert_eq!(ymd(&date), date.format("%Y-%m-%d").to_string());
        assert_eq!(ymd(t), t.format("%Y-%m-%d").to_string());
        assert_eq!(ymd_hm(t), t.format("%Y-%m-%d %H:%M").to_string());
        assert_eq!(ymd_hm_for_file(t), t.format("%Y-%m-%d-%H%M").to_string());
        assert_eq!(hms(t), t.format("%H:%M:%S").to_string());
        assert_eq!(compact(t), t.format("%Y%m%d%H%M%S").to_string());
    }

    #[test]
    fn the_layouts_read_as_documented() {
        let t = DateTime::parse_from_rfc3339("2026-11-25T14:30:05+08:00").expect("time");
        assert_eq!(ymd(&t), "2026-11-25");
        assert_eq!(ymd_hm(&t), "2026-11-25 14:30");
        assert_eq!(ymd_hm_for_file(&t), "2026-11-25-1430");
        assert_eq!(hms(&t), "14:30:05");
        assert_eq!(compact(&t), "20261125143005");
    }

    #[test]
    fn years_at_the_edges_and_leap_seconds_match_chrono() {
        let dates = [
            (0, 1, 1),
            (9999, 12, 31),
            (10_000, 1, 1),
            (-1, 6, 30),
            (-262_000, 1, 1),
            (262_000, 12, 31),
            (5, 3, 9),
        ];
        let times = [
            (0, 0),
            (86_399, 0),
            (86_399, 999_999_999),
            (86_399, 1_500_000_000),
        ];
        for (y, m, d) in dates {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("date");
            for (secs, nanos) in times {
                for offset in [0, -(23 * 3600 + 59 * 60), 8 * 3600] {
                    check(&at(date, secs, nanos, offset).expect("valid time"));
                }
            }
        }
        let leap = at(
            NaiveDate::from_ymd_opt(2016, 12, 31).expect("date"),
            86_399,
            1_000_000_000,
            0,
        );
        assert_eq!(hms(&leap.expect("leap second")), "23:59:60");
    }

    proptest! {
        #[test]
        fn every_layout_matches_chrono(
            days in -90_000_000i32..90_000_000,
            secs in 0u32..86_400,
            nanos in 0u32..2_000_000_000,
            offset_secs in -86_399i32..86_400,
        ) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).expect("date in chrono's range");
            let t = at(date, secs, nanos, offset_secs);
            prop_assume!(t.is_some());
            check(&t.expect("checked"));
        }
    }
}
