//! Where the user is on the page across screen changes: a new screen starts at the top with
//! focus on its heading (so keyboard and screen-reader users land there too), and going back
//! to the start screen returns to the place left.
//!
//! The screen marks its landing heading with [`LANDING_ATTRIBUTE`]; this file only scrolls and
//! focuses, after the browser has drawn the new screen.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The attribute a screen puts on the heading to land on.
pub const LANDING_ATTRIBUTE: &str = "data-landing";

/// Where the user was: the scroll offset and the heading of the section that had focus.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Place {
    scroll_y: f64,
    heading_id: Option<String>,
}

/// The place on the current screen, to come back to.
pub fn current_place() -> Place {
    let Some(window) = web_sys::window() else {
        return Place::default();
    };
    let heading_id = window
        .document()
        .and_then(|d| d.active_element())
        .and_then(|e| e.closest("section[aria-labelledby]").ok().flatten())
        .and_then(|section| section.get_attribute("aria-labelledby"));
    Place {
        scroll_y: window.scroll_y().unwrap_or(0.0),
        heading_id,
    }
}

/// Once the new screen is drawn: view at the top, focus on its landing heading.
pub fn land_on_new_screen() {
    after_render(|window, document| {
        window.scroll_to_with_x_and_y(0.0, 0.0);
        let selector = format!("#main [{LANDING_ATTRIBUTE}]");
        if let Ok(Some(heading)) = document.query_selector(&selector) {
            // Focus scrolls only when the heading is below the first screenful (a phone).
            focus(&heading, false);
        }
    });
}

/// Once the screen is drawn again: back to `place`, focus on the heading of the section left
/// without moving the view.
pub fn return_to(place: Place) {
    after_render(move |window, document| {
        window.scroll_to_with_x_and_y(0.0, place.scroll_y);
        let heading = place
            .heading_id
            .as_deref()
            .and_then(|id| document.get_element_by_id(id));
        if let Some(heading) = heading {
            focus(&heading, true);
        }
    });
}

/// Focuses an element; a heading is made focusable by script only, so Tab still skips it.
fn focus(element: &web_sys::Element, prevent_scroll: bool) {
    let tag = element.tag_name();
    let heading = tag.len() == 2 && tag.starts_with(['H', 'h']);
    if heading && !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(prevent_scroll);
        let _ = element.focus_with_options(&options);
    }
}

/// Runs `f` at the next frame: Leptos updates the DOM in a microtask after the signal changes,
/// so the new screen is in the page by then.
fn after_render(f: impl FnOnce(web_sys::Window, web_sys::Document) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            if let Some(document) = window.document() {
                f(window, document);
            }
        }
    });
    let _ = window.request_animation_frame(callback.unchecked_ref());
}

/// The element that had focus, to give it back when an in-page question closes.
pub struct FocusReturn(Option<web_sys::HtmlElement>);

/// What has focus now.
pub fn remember_focus() -> FocusReturn {
    FocusReturn(
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
    )
}

impl FocusReturn {
    /// Focus back where it was, if that element is still in the page.
    pub fn restore(self) {
        if let Some(element) = self.0.filter(|e| e.is_connected()) {
            let _ = element.focus();
        }
    }
}

/// Once drawn, focus on the first element matching `selector` (an in-page question's first
/// choice).
pub fn focus_first(selector: &str) {
    let selector = selector.to_owned();
    after_render(move |_, document| {
        if let Ok(Some(element)) = document.query_selector(&selector) {
            focus(&element, false);
        }
    });
}

/// Once drawn, focus on the element `node` holds (a field that just appeared).
pub fn focus_when_drawn<E>(node: leptos::prelude::NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    node.on_load(|element| {
        let element: web_sys::Element = element.unchecked_into();
        after_render(move |_, _| focus(&element, false));
    });
}

/// Tab and Shift+Tab inside a modal question (the element listening to `event`): from its
/// last button to its first and back, so keyboard focus never leaves it while the page behind
/// is `inert`. Other keys pass.
pub fn keep_tab_within(event: &web_sys::KeyboardEvent) {
    if event.key() != "Tab" {
        return;
    }
    let Some(container) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(buttons) = container.query_selector_all("button") else {
        return;
    };
    let last_index = buttons.length().saturating_sub(1);
    let (Some(first), Some(last)) = (buttons.get(0), buttons.get(last_index)) else {
        return;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(web_sys::Node::from);
    let inside = active.as_ref().is_some_and(|a| container.contains(Some(a)));
    let (edge, target) = if event.shift_key() {
        (&first, &last)
    } else {
        (&last, &first)
    };
    let at_edge = active.as_ref().is_some_and(|a| a.is_same_node(Some(edge)));
    if inside && !at_edge {
        return;
    }
    event.prevent_default();
    if let Some(target) = target.dyn_ref::<web_sys::Element>() {
        focus(target, false);
    }
}
