//! The user's local time, from the browser (chrono's `wasmbind` reads JavaScript's `Date`).

use chrono::{DateTime, FixedOffset, Local, NaiveDate};

/// Now, with the local UTC offset (RFC 3339 in exports shows the unit's own time zone).
pub fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

/// Today's local date.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}
