//! Moving the keyboard focus to a control the app names by element id: the criteria editor
//! takes the author to the field a problem is about, and keeps the focus on a part that was
//! just moved up or down. Leptos has no focus API, so this is the one place that asks the DOM.

use wasm_bindgen::JsCast;

/// Focuses the element with id `id`, when it is on the page and can take the focus.
pub fn focus_element(id: &str) {
    if let Some(element) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Focuses the first element inside element `id` that matches one of `selectors`, tried in
/// order.
pub fn focus_first_within(id: &str, selectors: &[&str]) {
    let Some(container) = element(id) else {
        return;
    };
    let target = selectors
        .iter()
        .find_map(|wanted| container.query_selector(wanted).ok().flatten());
    if let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}
