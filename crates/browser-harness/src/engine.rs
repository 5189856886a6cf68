//! The browser engines Eightfold must work in, and how to start a WebDriver session on each.
//!
//! Tests never name an engine: they take the one chosen by `EIGHTFOLD_ENGINE` (default
//! `chromium`), so the same test drives Chromium, Firefox or WebKit. What an engine cannot
//! do under WebDriver is listed here ([`Engine::cannot`]) with the reason, so that a test
//! states it for that engine and checks the rest — never a silent pass or a skipped test.

use std::fmt;
use std::path::PathBuf;

use serde_json::Value;

use super::driver_process::DriverCommand;
use super::error::{fail, Result};
use super::request_trap::RequestTrap;
use super::{chromium, firefox, webkit};

/// Environment variable that picks the engine for the whole test run.
pub const ENGINE_ENV: &str = "EIGHTFOLD_ENGINE";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

/// Folders and files one browser launch uses. The profile folder may be reused by a later
/// launch (reload, crash recovery); the others are per test.
#[derive(Clone, Debug)]
pub struct LaunchOptions {
    pub profile: PathBuf,
    pub downloads: PathBuf,
    pub driver_log: PathBuf,
    /// The language the browser tells pages it prefers (`navigator.languages[0]`), e.g.
    /// `zh-CN`; fixed so that what a test reads does not depend on the machine's locale.
    pub language: String,
}

/// What an engine needs to start: the driver's command line and the session capabilities,
/// and the proxy that observes its requests when the driver cannot report them.
pub struct EngineSetup {
    pub driver: DriverCommand,
    pub capabilities: Value,
    pub trap: Option<RequestTrap>,
}

/// Things a test may want that not every engine offers under WebDriver.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    /// Print the page to PDF (W3C `print`), as "Save as PDF" in the print dialog does.
    PrintToPdf,
    /// Apply `@media print` to the live page (DevTools `Emulation.setEmulatedMedia`).
    PrintMediaEmulation,
    /// Report console errors logged while the page was still loading.
    ConsoleFromPageStart,
    /// Keep website data (localStorage) from one browser launch to the next.
    StorageAcrossLaunches,
    /// Crash one tab's renderer and carry on in another tab of the same session.
    CrashTab,
    /// Report the message of an uncaught exception thrown by a `file://` page.
    UncaughtErrorDetails,
    /// Print Chinese text to PDF so that it can be read back (`pdftotext`).
    PdfChineseText,
}

impl Engine {
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// The engine named by `EIGHTFOLD_ENGINE`, Chromium when it is unset.
    pub fn from_env() -> Result<Engine> {
        match std::env::var(ENGINE_ENV) {
            Ok(name) => Engine::parse(&name),
            Err(std::env::VarError::NotPresent) => Ok(Engine::Chromium),
            Err(e) => fail!("{ENGINE_ENV} is not readable: {e}"),
        }
    }

    pub fn parse(name: &str) -> Result<Engine> {
        let wanted = name.trim().to_ascii_lowercase();
        match Engine::ALL.into_iter().find(|e| e.id() == wanted) {
            Some(engine) => Ok(engine),
            None => {
                fail!("{ENGINE_ENV}={name:?} is not an engine; use chromium, firefox or webkit")
            }
        }
    }

    /// The value `EIGHTFOLD_ENGINE` takes for this engine.
    pub fn id(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        }
    }

    /// The driver command and capabilities for a launch with `options`.
    pub fn setup(self, options: &LaunchOptions) -> Result<EngineSetup> {
        match self {
            Engine::Chromium => chromium::setup(options),
            Engine::Firefox => firefox::setup(options),
            Engine::WebKit => webkit::setup(options),
        }
    }

    /// `None` when the harness can do `feature` on this engine, otherwise why it cannot.
    pub fn cannot(self, feature: Feature) -> Option<&'static str> {
        match (self, feature) {
            (Engine::Chromium, _) => None,
            (Engine::Firefox, Feature::PrintMediaEmulation) => Some(
                "geckodriver has no print-media emulation (W3C WebDriver has none); the \
                 harness switches the page's @media print rules on instead",
            ),
            (Engine::Firefox, Feature::PdfChineseText) => Some(
                "Firefox's PDF maps only some Chinese glyphs back to text (pdftotext reads \
                 U+FFFD for the rest); the PDF is checked by its pages and numbers, the \
                 Chinese print layout on screen with print media applied",
            ),
            (Engine::Firefox, _) => None,
            (Engine::WebKit, Feature::PrintToPdf) => Some(
                "WebKitWebDriver (WebKitGTK 2.50) has no W3C print command; print layout is \
                 checked on screen with the page's @media print rules switched on",
            ),
            (Engine::WebKit, Feature::PrintMediaEmulation) => Some(
                "WebKitWebDriver has no print-media emulation; the harness switches the \
                 page's @media print rules on instead",
            ),
            (Engine::WebKit, Feature::ConsoleFromPageStart) => Some(
                "WebKitGTK reports no console messages in an automation session; errors are \
                 caught in the page from the moment the harness attaches after loading",
            ),
            (Engine::WebKit, Feature::StorageAcrossLaunches) => Some(
                "MiniBrowser keeps website data in memory under --automation, so a second \
                 launch starts with empty storage",
            ),
            (Engine::WebKit, Feature::CrashTab) => Some(
                "WebKitWebDriver ends the whole session when any page's web process dies, and \
                 MiniBrowser's storage does not outlive the session",
            ),
            (Engine::WebKit, Feature::PdfChineseText) => {
                Some("WebKitWebDriver cannot print to PDF at all (see PrintToPdf)")
            }
            (Engine::WebKit, Feature::UncaughtErrorDetails) => Some(
                "WebKit hides the message of an uncaught error in a file:// page from the page \
                 itself (\"Script error.\"); the harness sees that one happened, not its text",
            ),
        }
    }
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
