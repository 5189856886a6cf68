//! When to autosave: the timing policy of "every change saved within half a second", without
//! timers, so it can be tested natively and driven by whatever clock the UI has.
//!
//! A plain debounce never saves while someone keeps typing, which would break the promise that
//! a crash loses at most the last half second. So a change is flushed once the typing pauses
//! (`quiet_ms`) or once the oldest unsaved change is `max_delay_ms` old, whichever comes
//! first. After a failed save (storage full or gone) retries are spaced out, so the user is not
//! shown the same error on every keystroke. Times are milliseconds from any monotonic origin.

/// Decides when the open draft should be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveScheduler {
    quiet_ms: u64,
    max_delay_ms: u64,
    retry_ms: u64,
    /// The oldest change not yet saved.
    first_unsaved: Option<u64>,
    /// The newest change not yet saved.
    last_change: Option<u64>,
    /// No attempt before this time after a failure.
    retry_at: Option<u64>,
}

impl Default for SaveScheduler {
    fn default() -> SaveScheduler {
        SaveScheduler::new(
            SaveScheduler::QUIET_MS,
            SaveScheduler::MAX_DELAY_MS,
            SaveScheduler::RETRY_MS,
        )
    }
}

impl SaveScheduler {
    /// Save once typing has paused this long...
    pub const QUIET_MS: u64 = 250;
    /// ...or once the oldest unsaved change is this old.
    pub const MAX_DELAY_MS: u64 = 500;
    /// After a failed save, wait this long before the next attempt.
    pub const RETRY_MS: u64 = 5_000;

    pub fn new(quiet_ms: u64, max_delay_ms: u64, retry_ms: u64) -> SaveScheduler {
        SaveScheduler {
            quiet_ms,
            max_delay_ms: max_delay_ms.max(quiet_ms),
            retry_ms,
            first_unsaved: None,
            last_change: None,
            retry_at: None,
        }
    }

    /// Records a change made at `now`.
    pub fn changed(&mut self, now: u64) {
        self.first_unsaved.get_or_insert(now);
        self.last_change = Some(now);
    }

    /// True while some change is not saved (warn before closing the page).
    pub fn is_dirty(&self) -> bool {
        self.first_unsaved.is_some()
    }

    /// When the next save should happen, if one is needed: set a timer for it.
    pub fn deadline(&self) -> Option<u64> {
        let first = self.first_unsaved?;
        let last = self.last_change.unwrap_or(first);
        let due = last
            .saturating_add(self.quiet_ms)
            .min(first.saturating_add(self.max_delay_ms));
        Some(self.retry_at.map_or(due, |retry| due.max(retry)))
    }

    /// True when a save should run now.
    pub fn is_due(&self, now: u64) -> bool {
        self.deadline().is_some_and(|deadline| now >= deadline)
    }

    /// Records that the current state was saved (saves are synchronous, so nothing changed
    /// between taking the state and writing it).
    pub fn saved(&mut self) {
        self.first_unsaved = None;
        self.last_change = None;
        self.retry_at = None;
    }

    /// Records a failed save at `now`: the changes stay unsaved and the next attempt waits.
    pub fn failed(&mut self, now: u64) {
        self.retry_at = Some(now.saturating_add(self.retry_ms));
    }
}
