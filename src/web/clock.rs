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

/// A User Timing mark: a moment (ms since navigation start), read by `cargo xtask bench`.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// A User Timing measure (visible in the browser's DevTools, read by `cargo xtask bench`):
/// call `start` before the work and `end` after it.
pub struct Measure {
    name: &'static str,
}

impl Measure {
    pub fn start(name: &'static str) -> Measure {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(&format!("{name}-start"));
        }
        Measure { name }
    }

    pub fn end(self) {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let start = format!("{}-start", self.name);
            let _ = performance.measure_with_start_mark(self.name, &start);
        }
    }
}
