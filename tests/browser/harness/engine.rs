//! The browser engines Eightfold must work in, and how to start a WebDriver session on each.
//!
//! Tests never name an engine: they take the one chosen by `EIGHTFOLD_ENGINE` (default
//! `chromium`), so the same test drives Chromium, Firefox or WebKit. An engine the harness
//! cannot drive yet is a failure with a reason, never a skipped test.

use std::fmt;
use std::path::PathBuf;

use serde_json::Value;

use super::chromium;
use super::driver_process::DriverCommand;
use super::error::{fail, Result};

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

/// What an engine needs to start: the driver's command line and the session capabilities.
pub struct EngineSetup {
    pub driver: DriverCommand,
    pub capabilities: Value,
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
            Engine::Firefox => fail!(
                "{self} is not yet supported by the browser test harness (issue #12: drive \
                 Firefox ESR through geckodriver); run with {ENGINE_ENV}=chromium"
            ),
            Engine::WebKit => fail!(
                "{self} is not yet supported by the browser test harness (issue #12: drive \
                 WebKitGTK through WebKitWebDriver under xvfb-run); run with {ENGINE_ENV}=chromium"
            ),
        }
    }
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
