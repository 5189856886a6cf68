//! WebKitGTK (Safari's engine) through WebKitWebDriver, which drives the MiniBrowser that
//! ships with the library in `--automation` mode.
//!
//! What WebKitGTK needs that the other engines do not, all set through the driver's
//! environment (the browser inherits it):
//! - a display: without one MiniBrowser hangs, so without `DISPLAY` the driver runs under
//!   `xvfb-run -a`;
//! - a compiled locale for the page language: WebKit takes `navigator.language` from the C
//!   library's locale and falls back to `en-US` when the locale is not installed, so the
//!   harness compiles it with `localedef` into the tools folder once (`LOCPATH`);
//! - a download folder: downloads go to the XDG download folder, named in a
//!   `user-dirs.dirs` under the test's profile (`XDG_CONFIG_HOME`).
//!
//! In automation mode MiniBrowser keeps all website data in memory (an ephemeral session):
//! storage survives reloads and new tabs, not a second launch.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, PoisonError};

use serde_json::json;

use super::driver_process::{DriverCommand, PORT_PLACEHOLDER};
use super::engine::{EngineSetup, LaunchOptions};
use super::error::{fail, Result};
use super::fixture::{path_text, require_binaries, tools_dir};
use super::request_trap::RequestTrap;

/// Overrides the driver binary (default `/usr/bin/WebKitWebDriver`).
pub const WEBKIT_DRIVER_ENV: &str = "EIGHTFOLD_WEBKIT_DRIVER";
/// Overrides the browser binary (default: MiniBrowser in the webkit2gtk-4.1 library folder).
pub const MINIBROWSER_ENV: &str = "EIGHTFOLD_MINIBROWSER";
const DEFAULT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
const MINIBROWSER_CANDIDATES: [&str; 3] = [
    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    "/usr/libexec/webkit2gtk-4.1/MiniBrowser",
];
const INSTALL_HINT: &str = "sudo apt-get install -y webkit2gtk-driver xvfb xauth locales";
/// Xvfb's arguments: the window size every engine's tests see (Chromium's `--window-size`),
/// and no server reset when the last client leaves (a reset drops a client connecting at that
/// moment: "cannot open display"). `cargo xtask test` passes the same to its `xvfb-run`.
const XVFB_ARGS: &str = "-screen 0 1280x900x24 -noreset";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebKitPaths {
    pub browser: PathBuf,
    pub driver: PathBuf,
}

impl WebKitPaths {
    /// Finds WebKitWebDriver and MiniBrowser, taking overrides from `env`.
    pub fn resolve(env: impl Fn(&str) -> Option<String>) -> Result<WebKitPaths> {
        let driver = PathBuf::from(env(WEBKIT_DRIVER_ENV).unwrap_or_else(|| DEFAULT_DRIVER.into()));
        let browser = match env(MINIBROWSER_ENV) {
            Some(path) => PathBuf::from(path),
            None => MINIBROWSER_CANDIDATES
                .iter()
                .map(PathBuf::from)
                .find(|path| path.is_file())
                .unwrap_or_else(|| PathBuf::from(MINIBROWSER_CANDIDATES[0])),
        };
        require_binaries(
            "browser tests on WebKit need WebKitWebDriver and MiniBrowser",
            &[
                ("WebKitWebDriver", WEBKIT_DRIVER_ENV, &driver),
                ("MiniBrowser", MINIBROWSER_ENV, &browser),
            ],
            INSTALL_HINT,
        )?;
        Ok(WebKitPaths { browser, driver })
    }
}

/// The WebKitWebDriver command (under `xvfb-run` when there is no display) and the session
/// capabilities for one launch.
pub fn setup(options: &LaunchOptions) -> Result<EngineSetup> {
    let paths = WebKitPaths::resolve(|var| std::env::var(var).ok())?;
    let trap = RequestTrap::start()?;
    let port = format!("--port={PORT_PLACEHOLDER}");
    let mut driver = if std::env::var_os("DISPLAY").is_some() {
        DriverCommand::new(paths.driver, vec![port])
    } else {
        DriverCommand::new(
            PathBuf::from("xvfb-run"),
            vec![
                "-a".to_owned(),
                format!("--server-args={XVFB_ARGS}"),
                path_text(&paths.driver)?.to_owned(),
                port,
            ],
        )
    };
    driver.env = environment(options)?;
    let capabilities = json!({
        "browserName": "MiniBrowser",
        "webkitgtk:browserOptions": {
            "binary": path_text(&paths.browser)?,
            "args": ["--automation"],
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

/// The driver's extra environment: the page language, and XDG folders inside the profile
/// (downloads in the test's download folder, nothing written to the user's home).
fn environment(options: &LaunchOptions) -> Result<Vec<(String, String)>> {
    let locale = locale_name(&options.language);
    let locales = compiled_locale(&locale)?;
    let config = options.profile.join("xdg-config");
    std::fs::create_dir_all(&config)?;
    std::fs::write(
        config.join("user-dirs.dirs"),
        format!("XDG_DOWNLOAD_DIR=\"{}\"\n", path_text(&options.downloads)?),
    )?;
    let var = |name: &str, value: &Path| -> Result<(String, String)> {
        Ok((name.to_owned(), path_text(value)?.to_owned()))
    };
    Ok(vec![
        var("LOCPATH", &locales)?,
        ("LANG".to_owned(), locale.clone()),
        ("LC_ALL".to_owned(), locale.clone()),
        ("LANGUAGE".to_owned(), locale.replace(".UTF-8", "")),
        var("XDG_CONFIG_HOME", &config)?,
        var("XDG_DATA_HOME", &options.profile.join("xdg-data"))?,
        var("XDG_CACHE_HOME", &options.profile.join("xdg-cache"))?,
    ])
}

/// The W3C key code that holds Shift down until the end of a send-keys command.
const SHIFT: char = '\u{E008}';

/// `text` split into send-keys runs for WebKit: characters that need Shift on a US keyboard
/// become Shift + their unshifted key, each such run in a command of its own.
pub fn keystroke_runs(text: &str) -> Vec<String> {
    let mut runs: Vec<(bool, String)> = Vec::new();
    for c in text.chars() {
        let (shifted, key) = match unshifted(c) {
            Some(key) => (true, key),
            None => (false, c),
        };
        match runs.last_mut() {
            Some((last_shifted, run)) if *last_shifted == shifted => run.push(key),
            _ => runs.push((shifted, key.to_string())),
        }
    }
    runs.into_iter()
        .map(|(shifted, run)| {
            if shifted {
                format!("{SHIFT}{run}")
            } else {
                run
            }
        })
        .collect()
}

/// The key that gives `c` with Shift on a US keyboard, if `c` needs Shift.
fn unshifted(c: char) -> Option<char> {
    const PAIRS: &str = "!1@2#3$4%5^6&7*8(9)0_-+={[}]|\\:;\"'<,>.?/~`";
    if c.is_ascii_uppercase() {
        return Some(c.to_ascii_lowercase());
    }
    let pairs: Vec<char> = PAIRS.chars().collect();
    pairs
        .chunks(2)
        .find(|pair| pair[0] == c)
        .map(|pair| pair[1])
}

/// `zh-CN` → `zh_CN.UTF-8`, the C library's name for the locale of a page language.
pub fn locale_name(language: &str) -> String {
    format!("{}.UTF-8", language.replace('-', "_"))
}

/// The folder holding `locale` compiled by `localedef`, compiling it the first time (into a
/// temporary name, then renamed, so another test process never sees half a locale).
fn compiled_locale(locale: &str) -> Result<PathBuf> {
    // Tests start browsers on several threads: one compiles, the others wait and reuse it.
    static COMPILING: Mutex<()> = Mutex::new(());
    let _one_at_a_time = COMPILING.lock().unwrap_or_else(PoisonError::into_inner);
    let cache = tools_dir().join("locale");
    if cache.join(locale).is_dir() {
        return Ok(cache);
    }
    std::fs::create_dir_all(&cache)?;
    let Some((source, _)) = locale.split_once('.') else {
        fail!("{locale} is not a locale name like zh_CN.UTF-8");
    };
    // No dot in the temporary name: localedef would read what follows it as a codeset.
    let partial = cache.join(format!("partial-{}-{source}", std::process::id()));
    let ran = Command::new("localedef")
        .args(["-c", "-i", source, "-f", "UTF-8"])
        .arg(&partial)
        .output();
    // `-c` writes the locale despite warnings, and then exits 1: judge by the result.
    if !partial.is_dir() {
        let said = ran.map_or_else(
            |e| e.to_string(),
            |out| String::from_utf8_lossy(&out.stderr).into_owned(),
        );
        fail!(
            "could not compile the locale {locale} for WebKit's page language ({said}); \
             install the locale sources with `sudo apt-get install -y locales`"
        );
    }
    if std::fs::rename(&partial, cache.join(locale)).is_err() {
        // Another test compiled it first: theirs is as good as ours.
        let _ = std::fs::remove_dir_all(&partial);
    }
    Ok(cache)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_characters_are_typed_with_shift() {
        assert_eq!(
            keystroke_runs("Ledger p.12 学习!"),
            vec![
                "\u{E008}l".to_owned(),
                "edger p.12 学习".to_owned(),
                "\u{E008}1".to_owned(),
            ]
        );
        assert_eq!(keystroke_runs("AB\"C"), vec!["\u{E008}ab'c".to_owned()]);
        assert_eq!(keystroke_runs(""), Vec::<String>::new());
    }

    #[test]
    fn page_languages_name_c_locales() {
        assert_eq!(locale_name("zh-CN"), "zh_CN.UTF-8");
        assert_eq!(locale_name("en-US"), "en_US.UTF-8");
    }

    #[test]
    fn missing_webkit_says_how_to_install_it() {
        let result = WebKitPaths::resolve(|var| match var {
            v if v == WEBKIT_DRIVER_ENV => Some("/nonexistent/WebKitWebDriver".to_owned()),
            v if v == MINIBROWSER_ENV => Some("/nonexistent/MiniBrowser".to_owned()),
            _ => None,
        });
        let Err(error) = result else {
            panic!("missing binaries were accepted");
        };
        let message = error.to_string();
        assert!(message.contains("/nonexistent/MiniBrowser"), "{message}");
        assert!(
            message.contains("apt-get install -y webkit2gtk-driver"),
            "{message}"
        );
    }
}
