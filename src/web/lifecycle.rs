//! Page life-cycle hooks: flush the draft when the page is hidden or left, and warn before
//! closing only when something is unsaved.
//!
//! `pagehide` is the last event every engine fires reliably (Safari/WebKit skips `unload` and
//! often `beforeunload` on iOS); `visibilitychange` to hidden covers switching tabs and phones
//! killing a background page. Both call the same flush. The listeners belong to the reactive
//! owner that adds them ([`Listener::while_owner_lives`]).

use wasm_bindgen::JsCast;

use super::listen::Listener;

/// Calls `flush` on `pagehide` and whenever the page becomes hidden, while the caller's owner
/// lives.
pub fn on_page_hide(flush: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let flush = std::rc::Rc::new(flush);
    let on_hide = flush.clone();
    if let Some(listener) = Listener::new(&window, "pagehide", move |_| on_hide()) {
        listener.while_owner_lives();
    }
    if let Some(document) = window.document() {
        let doc = document.clone();
        let on_visibility = move |_| {
            if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        };
        if let Some(listener) = Listener::new(&document, "visibilitychange", on_visibility) {
            listener.while_owner_lives();
        }
    }
}

/// Asks the browser to confirm leaving the page while `has_unsaved()` is true, while the
/// caller's owner lives.
pub fn warn_before_unload(has_unsaved: impl Fn() -> bool + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_leave = move |event: web_sys::Event| {
        if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
            if has_unsaved() {
                event.prevent_default();
                event.set_return_value("unsaved");
            }
        }
    };
    if let Some(listener) = Listener::new(&window, "beforeunload", on_leave) {
        listener.while_owner_lives();
    }
}
