//! The unit details as a person types them (unit name, year, period, assessor, date), read
//! into [`UnitInfo`] field by field.
//!
//! The start form and the form screen's unit details both read through here, so a name or a
//! year is accepted or refused the same way wherever it is typed. A refused field changes
//! nothing: the value already held stays. Problems are values, not sentences; the UI words them.

use std::ops::RangeInclusive;

use chrono::NaiveDate;

use super::assessment::UnitInfo;
use super::date_text;
use super::fixed::ascii_number_text;

/// One field of the unit details, in the order the forms show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnitField {
    Unit,
    Year,
    Period,
    Assessor,
    Date,
}

impl UnitField {
    pub const ALL: [UnitField; 5] = [
        UnitField::Unit,
        UnitField::Year,
        UnitField::Period,
        UnitField::Assessor,
        UnitField::Date,
    ];
}

/// Why typed text was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitInfoProblem {
    /// The unit name is empty (or only blanks).
    UnitRequired,
    /// Not a four-digit year in [`YEARS`].
    YearInvalid,
    /// Not a date written as 2026-11-25.
    DateInvalid,
}

/// The assessment years the forms accept.
pub const YEARS: RangeInclusive<i32> = 1949..=2200;

/// A unit name: trimmed, never empty.
pub fn read_unit(text: &str) -> Result<String, UnitInfoProblem> {
    let unit = text.trim();
    if unit.is_empty() {
        Err(UnitInfoProblem::UnitRequired)
    } else {
        Ok(unit.to_owned())
    }
}

/// A year in [`YEARS`], in ASCII or full-width digits ("２０２６", as Chinese input methods type
/// it; read through [`ascii_number_text`] like every number the forms take).
pub fn read_year(text: &str) -> Result<i32, UnitInfoProblem> {
    let text = ascii_number_text(text);
    Some(text.as_ref())
        .filter(|digits| digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse::<i32>().ok())
        .filter(|year| YEARS.contains(year))
        .ok_or(UnitInfoProblem::YearInvalid)
}

/// A date written as 2026-11-25 (what a date field gives).
pub fn read_date(text: &str) -> Result<NaiveDate, UnitInfoProblem> {
    date_text::date_ymd(text.trim()).map_err(|_| UnitInfoProblem::DateInvalid)
}

/// Reads a whole set of typed fields, checking them in form order; the first refused field
/// is named with its problem.
pub fn read_unit_info(
    text: impl Fn(UnitField) -> String,
) -> Result<UnitInfo, (UnitField, UnitInfoProblem)> {
    let at = |field: UnitField| move |problem| (field, problem);
    Ok(UnitInfo {
        unit: read_unit(&text(UnitField::Unit)).map_err(at(UnitField::Unit))?,
        year: read_year(&text(UnitField::Year)).map_err(at(UnitField::Year))?,
        period: text(UnitField::Period).trim().to_owned(),
        assessor: text(UnitField::Assessor).trim().to_owned(),
        date: read_date(&text(UnitField::Date)).map_err(at(UnitField::Date))?,
    })
}

impl UnitInfo {
    /// The text a form shows for `field`.
    pub fn field_text(&self, field: UnitField) -> String {
        match field {
            UnitField::Unit => self.unit.clone(),
            UnitField::Year => self.year.to_string(),
            UnitField::Period => self.period.clone(),
            UnitField::Assessor => self.assessor.clone(),
            UnitField::Date => super::date_layout::ymd(&self.date),
        }
    }

    /// Sets `field` from typed text, read as [`read_unit_info`] reads it; when the text is
    /// refused the details stay exactly as they were.
    pub fn set_field(&mut self, field: UnitField, text: &str) -> Result<(), UnitInfoProblem> {
        match field {
            UnitField::Unit => self.unit = read_unit(text)?,
            UnitField::Year => self.year = read_year(text)?,
            UnitField::Period => self.period = text.trim().to_owned(),
            UnitField::Assessor => self.assessor = text.trim().to_owned(),
            UnitField::Date => self.date = read_date(text)?,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> UnitInfo {
        UnitInfo {
            unit: "县财政局".into(),
            year: 2026,
            period: "全年".into(),
            assessor: "李明".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
        }
    }

    #[test]
    fn years_are_four_digits_within_range() {
        assert_eq!(read_year(" 2026 "), Ok(2026));
        assert_eq!(read_year("２０２７"), Ok(2027));
        for bad in ["", "20x6", "26", "1900", "2201", "+2026", "02026", "2026.0"] {
            assert_eq!(read_year(bad), Err(UnitInfoProblem::YearInvalid), "{bad:?}");
        }
    }

    #[test]
    fn a_refused_field_leaves_the_details_as_they_were() {
        let mut details = info();
        for (field, text, problem) in [
            (UnitField::Unit, "  ", UnitInfoProblem::UnitRequired),
            (UnitField::Year, "20x6", UnitInfoProblem::YearInvalid),
            (UnitField::Date, "2026-13-01", UnitInfoProblem::DateInvalid),
        ] {
            assert_eq!(details.set_field(field, text), Err(problem));
            assert_eq!(details, info());
        }
        assert_eq!(details.set_field(UnitField::Unit, " 县审计局 "), Ok(()));
        assert_eq!(details.set_field(UnitField::Year, "2025"), Ok(()));
        assert_eq!(details.set_field(UnitField::Period, " 上半年"), Ok(()));
        assert_eq!(details.set_field(UnitField::Date, "2025-06-30"), Ok(()));
        assert_eq!(details.unit, "县审计局");
        assert_eq!(details.year, 2025);
        assert_eq!(details.period, "上半年");
        assert_eq!(details.field_text(UnitField::Date), "2025-06-30");
    }

    #[test]
    fn a_whole_form_names_its_first_refused_field() {
        let typed = |unit: &'static str, year: &'static str| {
            move |field: UnitField| match field {
                UnitField::Unit => unit.to_owned(),
                UnitField::Year => year.to_owned(),
                UnitField::Date => "2026-11-25".to_owned(),
                _ => " 全年 ".to_owned(),
            }
        };
        assert_eq!(
            read_unit_info(typed("", "x")),
            Err((UnitField::Unit, UnitInfoProblem::UnitRequired))
        );
        assert_eq!(
            read_unit_info(typed("县财政局", "x")),
            Err((UnitField::Year, UnitInfoProblem::YearInvalid))
        );
        let read = read_unit_info(typed(" 县财政局 ", "2026"));
        assert_eq!(
            read.map(|i| (i.unit, i.period)),
            Ok(("县财政局".into(), "全年".into()))
        );
    }
}
