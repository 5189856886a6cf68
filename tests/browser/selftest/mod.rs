//! Tests of the harness itself, on small hand-written pages: each proves that the harness
//! sees what it claims to see (a network request, a console error, a label, a download), so
//! that "no requests" and "no errors" in the Eightfold tests mean something.

mod cleanup;
mod files;
mod finders;
mod observation;
mod sessions;
mod setup;
mod waiting;

use super::harness::{self, Browser, Result, Scratch};

/// A browser showing one hand-written page. The browser is dropped before its folder.
pub struct OpenPage {
    pub browser: Browser,
    pub scratch: Scratch,
}

/// Writes `html` as `name` into a fresh scratch folder, launches a browser and opens it.
pub fn open_page(name: &str, html: &str) -> Result<OpenPage> {
    let scratch = Scratch::new()?;
    let path = scratch.write_page(name, html)?;
    let browser = harness::launch(&scratch)?;
    browser.open_file(&path)?;
    Ok(OpenPage { browser, scratch })
}
