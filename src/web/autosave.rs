//! The autosave timer of the draft and review keepers: a change is written [`SAVE_DELAY`]
//! after the first change since the last write (later changes join that write), so what was
//! typed is in storage within half a second; a write done earlier (a flush on `pagehide`, a
//! screen change) cancels the timer. The keepers decide what to write and when it is due.

use std::time::Duration;

use leptos::prelude::*;

/// How long after a change its write runs.
pub const SAVE_DELAY: Duration = Duration::from_millis(300);

/// One pending write at most (all handles, so it is `Copy`).
#[derive(Clone, Copy)]
pub struct SaveTimer(StoredValue<Option<TimeoutHandle>>);

impl SaveTimer {
    pub fn new() -> SaveTimer {
        SaveTimer(StoredValue::new(None))
    }

    /// Runs `write` after [`SAVE_DELAY`], unless a write is pending already.
    pub fn schedule(self, write: impl FnOnce() + 'static) {
        if self.0.with_value(Option::is_some) {
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                self.0.set_value(None);
                write();
            },
            SAVE_DELAY,
        )
        .ok();
        self.0.set_value(handle);
    }

    /// Drops the pending write, if any (the caller writes now).
    pub fn cancel(self) {
        if let Some(handle) = self.0.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}

impl Default for SaveTimer {
    fn default() -> SaveTimer {
        SaveTimer::new()
    }
}
