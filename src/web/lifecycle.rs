//! Page life-cycle hooks: flush the draft when the page is hidden or left, and warn before
//! closing only when something is unsaved.
//!
//! `pagehide` is the last event every engine fires reliably (Safari/WebKit skips `unload` and
//! often `beforeunload` on iOS); `visibilitychange` to hidden covers switching tabs and phones
//! killing a background page. Both call the same flush.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `flush` on `pagehide` and whenever the page becomes hidden. Listeners live as long as
/// the page (the app never unmounts).
pub fn on_page_hide(flush: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let flush = std::rc::Rc::new(flush);
    let on_hide = {
        let flush = flush.clone();
        Closure::<dyn Fn()>::new(move || flush())
    };
    let _ = window.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
    on_hide.forget();
    if let Some(document) = window.document() {
        let doc = document.clone();
        let on_visibility = Closure::<dyn Fn()>::new(move || {
            if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        });
        let _ = document.add_event_listener_with_callback(
            "visibilitychange",
            on_visibility.as_ref().unchecked_ref(),
        );
        on_visibility.forget();
    }
}

/// Asks the browser to confirm leaving the page while `has_unsaved()` is true.
pub fn warn_before_unload(has_unsaved: impl Fn() -> bool + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(
        move |event: web_sys::BeforeUnloadEvent| {
            if has_unsaved() {
                event.prevent_default();
                event.set_return_value("unsaved");
            }
        },
    );
    let _ =
        window.add_event_listener_with_callback("beforeunload", handler.as_ref().unchecked_ref());
    handler.forget();
}
