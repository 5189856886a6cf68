//! Chromium through chromedriver: where the two binaries are, and the capabilities of a
//! session (flags that keep Chromium off the network, the profile and download folders, and
//! the DevTools logs the harness reads for console errors and network requests).

use std::path::PathBuf;

use serde_json::json;

use super::driver_process::{DriverCommand, PORT_PLACEHOLDER};
use super::engine::{EngineSetup, LaunchOptions};
use super::error::Result;
use super::fixture::{path_text, require_binaries};

/// Overrides the browser binary (default `/usr/bin/chromium`).
pub const CHROMIUM_ENV: &str = "EIGHTFOLD_CHROMIUM";
/// Overrides the driver binary (default `/usr/bin/chromedriver`).
pub const CHROMEDRIVER_ENV: &str = "EIGHTFOLD_CHROMEDRIVER";
const DEFAULT_CHROMIUM: &str = "/usr/bin/chromium";
const DEFAULT_CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const INSTALL_HINT: &str = "sudo apt-get install -y chromium chromium-driver";

/// Flags for a quiet, headless browser that talks to no server on its own.
const FLAGS: [&str; 10] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChromiumPaths {
    pub browser: PathBuf,
    pub driver: PathBuf,
}

impl ChromiumPaths {
    /// Finds both binaries, taking overrides from `env` (the process environment in tests).
    /// When either is missing the error says which, and how to install them.
    pub fn resolve(env: impl Fn(&str) -> Option<String>) -> Result<ChromiumPaths> {
        let browser = PathBuf::from(env(CHROMIUM_ENV).unwrap_or_else(|| DEFAULT_CHROMIUM.into()));
        let driver =
            PathBuf::from(env(CHROMEDRIVER_ENV).unwrap_or_else(|| DEFAULT_CHROMEDRIVER.into()));
        require_binaries(
            "browser tests need Chromium and chromedriver",
            &[
                ("Chromium", CHROMIUM_ENV, &browser),
                ("chromedriver", CHROMEDRIVER_ENV, &driver),
            ],
            INSTALL_HINT,
        )?;
        Ok(ChromiumPaths { browser, driver })
    }
}

/// The chromedriver command and session capabilities for one launch.
pub fn setup(options: &LaunchOptions) -> Result<EngineSetup> {
    let paths = ChromiumPaths::resolve(|var| std::env::var(var).ok())?;
    let driver = DriverCommand::new(paths.driver, vec![format!("--port={PORT_PLACEHOLDER}")]);
    let mut args: Vec<String> = FLAGS.iter().map(|f| (*f).to_owned()).collect();
    args.push(format!("--user-data-dir={}", path_text(&options.profile)?));
    args.push(format!("--lang={}", options.language));
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": path_text(&paths.browser)?,
            "args": args,
            "prefs": {
                "download.default_directory": path_text(&options.downloads)?,
                "download.prompt_for_download": false,
                "download.directory_upgrade": true,
                "intl.accept_languages": options.language,
            },
        },
        "goog:loggingPrefs": { "browser": "ALL", "performance": "ALL" },
    });
    Ok(EngineSetup {
        driver,
        capabilities,
        trap: None,
    })
}
