//! The browser adapters: start-up, storage, files, clock. The only code that touches `web-sys`.

pub mod clock;
pub mod files;
pub mod form_file;
pub mod lifecycle;
pub mod page_font;
pub mod pdf_font;
pub mod prefs;
pub mod print;
pub mod storage;
pub mod text_decode;

/// Installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    // Before the app changes the page: a form file is made from the page as parsed.
    form_file::capture_pristine();
    leptos::mount::mount_to_body(crate::ui::App);
    page_font::register_later();
}
