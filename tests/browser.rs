//! Browser end-to-end tests: the built single file, opened from `file://` in a real browser
//! driven over W3C WebDriver, checked the way a person would see it.
//!
//! One test binary (it compiles once). `harness` is the machinery (the crate
//! `eightfold-browser-harness`, shared with `benches/browser.rs`, as are the review-mode steps
//! `support_review`); `selftest` proves the
//! harness can see what it claims to see (a request, a console error, a label); the other
//! modules test Eightfold. The engine comes from `EIGHTFOLD_ENGINE` (default `chromium`).
//! A missing browser or a missing `dist/eightfold.html` fails the tests, with what to do.

use eightfold_browser_harness as harness;

#[path = "browser/selftest/mod.rs"]
mod selftest;

#[path = "browser/foundation.rs"]
mod foundation;

#[path = "browser/support_form.rs"]
mod support_form;

#[path = "browser/form.rs"]
mod form;

#[path = "browser/print.rs"]
mod print;

#[path = "browser/accessibility.rs"]
mod accessibility;

#[path = "browser/support_app.rs"]
mod support_app;

#[path = "browser/drafts.rs"]
mod drafts;

#[path = "browser/files.rs"]
mod files;

#[path = "browser/engines.rs"]
mod engines;

#[path = "browser/support_pdf.rs"]
mod support_pdf;

#[path = "browser/pdf_download.rs"]
mod pdf_download;

#[path = "browser/security.rs"]
mod security;

use eightfold_browser_harness::review_steps as support_review;

#[path = "browser/review.rs"]
mod review;

#[path = "browser/support_editor.rs"]
mod support_editor;

#[path = "browser/editor.rs"]
mod editor;

#[path = "browser/first_minutes.rs"]
mod first_minutes;

#[path = "browser/messages.rs"]
mod messages;
