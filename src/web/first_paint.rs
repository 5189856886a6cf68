//! The page's first frame. Opening the app mounts what a person sees first (the eight types and
//! the new-assessment form); the start screen's lists of what is kept here (drafts, import,
//! templates, review mode) follow once that first frame is drawn, so the app is interactive
//! sooner after a cold open (every function the first mount runs is compiled on its first call).
//!
//! Only the page's first start screen waits: later visits (back from a form) render at once, so
//! returning to the place left in the drafts list still finds it.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    static DRAWN: Cell<bool> = const { Cell::new(false) };
}

/// Longest wait for the first frame: a page opened in a background tab draws none until shown.
const FALLBACK_MS: i32 = 200;

/// Whether the page's first frame after start-up has been drawn.
pub fn drawn() -> bool {
    DRAWN.with(Cell::get)
}

/// Calls `then` once, after the next frame is drawn (`requestAnimationFrame`, then a task), or
/// after [`FALLBACK_MS`] if the browser draws no frame (a hidden page); marks the page drawn.
pub fn after_first_frame(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        DRAWN.with(|d| d.set(true));
        then();
        return;
    };
    let pending = Rc::new(Cell::new(Some(Box::new(then) as Box<dyn FnOnce()>)));
    let run = {
        let pending = pending.clone();
        move || {
            if let Some(then) = pending.take() {
                DRAWN.with(|d| d.set(true));
                then();
            }
        }
    };
    let after_frame = {
        let run = run.clone();
        Closure::once_into_js(move || {
            let task = Closure::once_into_js(run);
            if let Some(window) = web_sys::window() {
                let _ = window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
            }
        })
    };
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
    let fallback = Closure::once_into_js(run);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        fallback.unchecked_ref(),
        FALLBACK_MS,
    );
}
