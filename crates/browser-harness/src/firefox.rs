//! Firefox ESR through geckodriver: where the two binaries are, and the capabilities of a
//! session — the profile folder (so a second launch finds the drafts of the first), downloads
//! saved without asking, the page language, and the two ways the harness observes the page:
//! console messages written to the driver's output, requests sent to a [`RequestTrap`].
//!
//! geckodriver is not packaged by Debian: `cargo xtask test` builds it with `cargo install`
//! into the tools folder (`target/tools/bin`, or `$EIGHTFOLD_TOOLS/bin`).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde_json::json;

use super::driver_process::{DriverCommand, PORT_PLACEHOLDER};
use super::engine::{EngineSetup, LaunchOptions};
use super::error::{fail, Result};
use super::fixture::{path_text, tools_dir};
use super::request_trap::RequestTrap;

/// Overrides the browser binary (default `/usr/bin/firefox-esr`).
pub const FIREFOX_ENV: &str = "EIGHTFOLD_FIREFOX";
/// Overrides the driver binary (default `bin/geckodriver` in the tools folder,
/// [`tools_dir`]).
pub const GECKODRIVER_ENV: &str = "EIGHTFOLD_GECKODRIVER";
const DEFAULT_FIREFOX: &str = "/usr/bin/firefox-esr";
/// The geckodriver `cargo xtask test` installs (`cargo install --locked --version`).
pub const GECKODRIVER_VERSION: &str = "0.37.1";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FirefoxPaths {
    pub browser: PathBuf,
    pub driver: PathBuf,
}

impl FirefoxPaths {
    /// Finds both binaries, taking overrides from `env`; a missing one is named with the
    /// command that installs it.
    pub fn resolve(env: impl Fn(&str) -> Option<String>) -> Result<FirefoxPaths> {
        let browser = PathBuf::from(env(FIREFOX_ENV).unwrap_or_else(|| DEFAULT_FIREFOX.into()));
        let driver =
            env(GECKODRIVER_ENV).map_or_else(|| tools_dir().join("bin/geckodriver"), PathBuf::from);
        let mut missing = Vec::new();
        if !browser.is_file() {
            missing.push(format!(
                "Firefox not found at {} (set {FIREFOX_ENV} to override; install it with \
                 `sudo apt-get install -y firefox-esr`)",
                browser.display()
            ));
        }
        if !driver.is_file() {
            missing.push(format!(
                "geckodriver not found at {} (set {GECKODRIVER_ENV} to override; build it with \
                 `cargo install geckodriver --locked --version {GECKODRIVER_VERSION} --root \
                 target/tools`, or run `cargo xtask test`)",
                driver.display()
            ));
        }
        if !missing.is_empty() {
            fail!("browser tests on Firefox need: {}", missing.join("; "));
        }
        Ok(FirefoxPaths { browser, driver })
    }
}

/// The geckodriver command and session capabilities for one launch.
pub fn setup(options: &LaunchOptions) -> Result<EngineSetup> {
    let paths = FirefoxPaths::resolve(|var| std::env::var(var).ok())?;
    std::fs::create_dir_all(&options.profile)?;
    let launcher = write_launcher(&paths.browser, &options.profile)?;
    let trap = RequestTrap::start()?;
    let driver = DriverCommand::new(paths.driver, vec![format!("--port={PORT_PLACEHOLDER}")]);
    let capabilities = json!({
        "browserName": "firefox",
        "moz:firefoxOptions": {
            "binary": path_text(&launcher)?,
            "args": [
                "-headless",
                "-width", "1280",
                "-height", "900",
                "-profile", path_text(&options.profile)?,
            ],
            "prefs": {
                "intl.accept_languages": options.language,
                // Downloads go to the test's folder without a dialog, PDFs included.
                "browser.download.dir": path_text(&options.downloads)?,
                "browser.download.folderList": 2,
                "browser.download.useDownloadDir": true,
                "browser.download.always_ask_before_handling_new_types": false,
                "browser.download.open_pdf_attachments_inline": false,
                // The page's console messages go to the driver's output (read as console
                // errors); the browser's own do not.
                "devtools.console.stdout.content": true,
                "devtools.console.stdout.chrome": false,
                // Less background traffic (what is left goes to Mozilla's own hosts, which
                // `is_browser_service` sets apart from the page's requests).
                "app.normandy.enabled": false,
                "messaging-system.rsexperimentloader.enabled": false,
                "network.captive-portal-service.enabled": false,
                "network.connectivity-service.enabled": false,
                "browser.safebrowsing.update.enabled": false,
                "browser.region.network.url": "",
                "browser.topsites.contile.enabled": false,
                "app.shield.optoutstudies.enabled": false,
            },
        },
        "proxy": {
            "proxyType": "manual",
            "httpProxy": trap.address(),
            "sslProxy": trap.address(),
        },
    });
    Ok(EngineSetup {
        driver,
        capabilities,
        trap: Some(trap),
    })
}

/// Hosts of Mozilla's services, which Firefox itself contacts (remote settings, at least,
/// cannot be switched off by a preference in a release build). Eightfold never asks for them.
const BROWSER_SERVICE_DOMAINS: [&str; 4] =
    ["mozilla.com", "mozilla.net", "mozilla.org", "firefox.com"];

/// Whether a request seen by the trap is Firefox's own, not the page's.
pub fn is_browser_service(url: &str) -> bool {
    let host = url
        .split("://")
        .nth(1)
        .unwrap_or(url)
        .split(['/', ':', '?'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    BROWSER_SERVICE_DOMAINS
        .iter()
        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")))
}

/// geckodriver starts Firefox with `MOZ_CRASHREPORTER_SHUTDOWN=1`, which makes the whole
/// browser quit when one content process crashes; a person's Firefox shows the crashed tab
/// and carries on. The browser is started through this small script that removes the
/// variable, so a crash test sees what a person would.
fn write_launcher(firefox: &Path, profile: &Path) -> Result<PathBuf> {
    let quoted = path_text(firefox)?.replace('\'', "'\\''");
    let script = format!("#!/bin/sh\nunset MOZ_CRASHREPORTER_SHUTDOWN\nexec '{quoted}' \"$@\"\n");
    let launcher = profile.join("eightfold-firefox.sh");
    std::fs::write(&launcher, script)?;
    std::fs::set_permissions(&launcher, std::fs::Permissions::from_mode(0o755))?;
    Ok(launcher)
}

/// Console errors in geckodriver's output: `console.error: ...` lines of the page (with their
/// indented continuation lines) and `JavaScript error: <url>, line N: ...` lines whose script
/// is a page's, not the browser's own (`resource:`, `chrome:`).
pub fn console_errors(log: &str) -> Vec<String> {
    let mut errors: Vec<String> = Vec::new();
    let mut continuing = false;
    for line in log.lines() {
        if let Some(message) = line.strip_prefix("console.error: ") {
            errors.push(message.trim().to_owned());
            continuing = true;
        } else if let Some(message) = line.strip_prefix("JavaScript error: ") {
            continuing = false;
            let own = ["resource:", "chrome:", "moz-extension:"]
                .iter()
                .any(|scheme| message.starts_with(scheme));
            if !own {
                errors.push(message.trim().to_owned());
            }
        } else if continuing && line.starts_with(' ') {
            if let Some(last) = errors.last_mut() {
                last.push('\n');
                last.push_str(line.trim());
            }
        } else {
            continuing = false;
        }
    }
    // Firefox's own modules log through the same console (`devtools.console.stdout.chrome`
    // does not silence all of them): their messages point only at `resource:` or `chrome:`
    // scripts, never at the page's file.
    errors.retain(|e| {
        let browsers_own = e.contains("resource://") || e.contains("chrome://");
        !browsers_own || e.contains("file://")
    });
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn console_errors_are_the_pages_not_the_browsers() {
        let log = "\
1700000000000\tgeckodriver\tINFO\tListening on 127.0.0.1:4444
console.error: \"eightfold selftest: deliberate console error\"
console.error: ({})
  Message: boom
console.error: RSLoader:
  Message: Error: Could not sync nimbus-desktop-experiments: get-exception
    RemoteSettingsSyncError@resource://nimbus/lib/RemoteSettingsExperimentLoader.sys.mjs:1570:5
JavaScript error: file:///tmp/site/a.html, line 2: Error: uncaught boom
JavaScript error: resource://gre/modules/X.sys.mjs, line 50: TypeError: internal
console.warn: \"not an error\"
";
        assert_eq!(
            console_errors(log),
            vec![
                "\"eightfold selftest: deliberate console error\"".to_owned(),
                "({})\nMessage: boom".to_owned(),
                "file:///tmp/site/a.html, line 2: Error: uncaught boom".to_owned(),
            ]
        );
    }

    #[test]
    fn only_mozillas_hosts_are_firefoxs_own_requests() {
        assert!(is_browser_service(
            "https://firefox.settings.services.mozilla.com:443"
        ));
        assert!(is_browser_service(
            "http://detectportal.firefox.com/canonical.html"
        ));
        assert!(!is_browser_service(
            "http://example.invalid/eightfold-probe"
        ));
        assert!(!is_browser_service("https://notmozilla.com:443"));
        assert!(!is_browser_service("https://mozilla.com.example.org/"));
    }

    #[test]
    fn missing_firefox_says_how_to_install_it() {
        let result = FirefoxPaths::resolve(|var| match var {
            v if v == FIREFOX_ENV => Some("/nonexistent/firefox".to_owned()),
            v if v == GECKODRIVER_ENV => Some("/nonexistent/geckodriver".to_owned()),
            _ => None,
        });
        let Err(error) = result else {
            panic!("missing binaries were accepted");
        };
        let message = error.to_string();
        assert!(
            message.contains("apt-get install -y firefox-esr"),
            "{message}"
        );
        assert!(message.contains("cargo install geckodriver"), "{message}");
    }
}
