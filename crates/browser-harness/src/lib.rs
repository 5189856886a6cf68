//! The browser test harness: start a real browser through W3C WebDriver, open a local file,
//! act on it like a person, and observe what the page did (console errors, network requests).
//!
//! Map: `webdriver` is the protocol client; `driver_process` runs the driver server;
//! `engine` picks the browser (`EIGHTFOLD_ENGINE`) and says what each cannot do;
//! `chromium`, `firefox` and `webkit` configure one engine each; `browser` is one running
//! session; `page` holds the person-like actions and `finders.js` their matching rules;
//! `chromium_logs` and `devtools` are the Chromium-only extras, and `request_trap` (a
//! recording proxy), `page_errors` (an in-page listener), `print_media` and `crash` (with
//! `processes`) give the other engines their own way to the same observations;
//! `wait` is condition polling and downloads; `fixture` the per-test folders and the dist file.
//!
//! A test reads like this (every call returns `Result`, so `?` carries the failure message):
//!
//! ```text
//! let scratch = Scratch::new()?;                  // fresh folders, removed at the end
//! let file = scratch.copy_dist()?;                // dist/eightfold.html, alone
//! let browser = harness::launch(&scratch)?;       // engine from EIGHTFOLD_ENGINE, zh-CN
//! browser.open_file(&file)?;
//! browser.wait_for_text("学习型", APP_START)?;
//! let unit = browser.find_by_label("单位名称")?;
//! browser.type_into(&unit, "示例单位")?;
//! browser.click(&browser.find_button("导出")?)?;
//! let saved = wait_for_download(&scratch.downloads(), ".json", UI_CHANGE)?;
//! assert_eq!(browser.console_errors()?, Vec::<String>::new());
//! ```
//!
//! Declare `scratch` before `browser`: the browser is dropped (and killed) first.
//!
//! A library shared by the browser tests (`tests/browser.rs`, which names it `harness`) and
//! the browser bench (`benches/browser.rs`); `review_steps` are the review-mode journeys'
//! steps both use (the tests name it `support_review`).

pub mod browser;
pub mod chromium;
pub mod chromium_logs;
pub mod crash;
pub mod devtools;
pub mod driver_process;
pub mod engine;
pub mod error;
pub mod firefox;
pub mod fixture;
pub mod page;
pub mod page_errors;
pub mod print_media;
pub mod processes;
pub mod request_trap;
pub mod review_steps;
pub mod wait;
pub mod webdriver;
pub mod webkit;

pub use browser::Browser;
pub use engine::{Engine, Feature, LaunchOptions};
pub use error::{HarnessError, Result};
pub use fixture::Scratch;
pub use wait::{wait_for_download, APP_START, UI_CHANGE};
pub use webdriver::Element;

/// Starts the engine chosen for this run with the scratch folder's profile and downloads.
pub fn launch(scratch: &Scratch) -> Result<Browser> {
    Browser::launch(Engine::from_env()?, &scratch.launch_options())
}
