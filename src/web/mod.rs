//! The browser adapters: start-up, storage, files, clock, focus, drag. The only code that
//! touches `web-sys`, `js-sys`, `wasm-bindgen` or `gloo` (`tests/tidy_ui.rs` checks it).

pub mod autosave;
pub mod clock;
pub mod drag;
pub mod files;
pub mod first_paint;
pub mod focus;
pub mod form_file;
pub mod lifecycle;
pub mod listen;
pub mod page_font;
pub mod pdf_font;
pub mod prefs;
pub mod print;
pub mod slices;
pub mod storage;
pub mod text_decode;
pub mod view_place;

/// Installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    // The wasm is compiled and instantiated: what remains of start-up is mounting.
    clock::mark("eightfold-main");
    console_error_panic_hook::set_once();
    // Before the app changes the page: a form file is made from the page as parsed.
    form_file::capture_pristine();
    leptos::mount::mount_to_body(crate::ui::App);
    page_font::register_later();
}
