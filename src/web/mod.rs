//! The browser adapters: start-up, storage, files. The only code that touches `web-sys`.

/// Installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(crate::ui::App);
}
