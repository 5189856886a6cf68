//! Browser printing. Print layout itself is CSS (`style/print.css`) and the print-only sheet.

/// Opens the browser's print dialog (Ctrl+P does the same).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        // No error to show: a browser that refuses to print keeps the page as it was.
        let _ = window.print();
    }
}
