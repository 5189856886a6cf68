//! Leptos components: they wire signals to the domain core and never re-implement it.

mod app;

pub use app::App;
