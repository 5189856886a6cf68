//! Long work (importing a thousand files, making a large document) cut into slices that give
//! the browser its turn between them, so the page paints progress and stays responsive.
//!
//! The work calls [`Slices::pause`] between its steps; a pause yields (awaits a zero-delay
//! timer, which lets the browser run input, layout and paint) only once the current slice has
//! run for [`SLICE_MS`], so short work is not slowed down. [`Slices::long`] says when the work
//! has run long enough to be worth a progress line.

use wasm_bindgen::JsCast;

/// How long one slice runs before the browser gets its turn (under two frames at 60 Hz).
const SLICE_MS: f64 = 25.0;

/// From this long on, work shows its progress ("about half a second" less a margin, so the
/// line is up before the person wonders).
const SHOW_PROGRESS_AFTER_MS: f64 = 300.0;

/// The clock of one piece of work.
pub struct Slices {
    started: f64,
    slice_started: f64,
}

impl Slices {
    pub fn new() -> Slices {
        let now = now_ms();
        Slices {
            started: now,
            slice_started: now,
        }
    }

    /// Whether the work has run long enough to show its progress.
    pub fn long(&self) -> bool {
        now_ms() - self.started >= SHOW_PROGRESS_AFTER_MS
    }

    /// Gives the browser its turn if the current slice is used up; true when it did.
    pub async fn pause(&mut self) -> bool {
        if now_ms() - self.slice_started < SLICE_MS {
            return false;
        }
        yield_to_browser().await;
        self.slice_started = now_ms();
        true
    }
}

impl Default for Slices {
    fn default() -> Slices {
        Slices::new()
    }
}

/// Milliseconds on the page's monotonic clock (0 outside a page).
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Resolves on a zero-delay timer: the browser handles input and paints before it does.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window().map(|window| {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0)
        });
        // No window (not in a page): nothing to yield to.
        if !matches!(scheduled, Some(Ok(_))) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
