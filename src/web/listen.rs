//! Event listeners that belong to someone: a [`Listener`] removes its listener when dropped,
//! and [`Listener::while_owner_lives`] hands it to the current Leptos owner (the app, a
//! component), so a listener lives exactly as long as what added it and no closure is leaked
//! with `forget()`.

use leptos::prelude::{LocalStorage, StoredValue};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// One listener on one target; dropping it removes the listener.
pub struct Listener {
    target: web_sys::EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    /// Listens to `kind` events on `target`; `None` when the browser refuses the listener.
    pub fn new(
        target: &web_sys::EventTarget,
        kind: &'static str,
        handler: impl FnMut(web_sys::Event) + 'static,
    ) -> Option<Listener> {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
        target
            .add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Listener {
            target: target.clone(),
            kind,
            closure,
        })
    }

    /// Keeps the listener until the current reactive owner is cleaned up.
    pub fn while_owner_lives(self) {
        StoredValue::<_, LocalStorage>::new_local(self);
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}
