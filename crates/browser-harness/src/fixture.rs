//! The files a browser test works on: a fresh scratch folder per test (site, profile,
//! downloads, driver log), the built `dist/eightfold.html` copied alone into it, and the
//! `file://` URL a person's double-click would open.

use std::path::{Path, PathBuf};

use tempfile::TempDir;

use super::engine::LaunchOptions;
use super::error::{fail, Result};

/// The single file under test, relative to the crate root.
const DIST_FILE: &str = "dist/eightfold.html";
/// Overrides the built file copied into each test's site (the bench compares two builds).
const DIST_ENV: &str = "EIGHTFOLD_DIST";
/// The browser language tests run in unless they choose another: that of Eightfold's users.
pub const DEFAULT_LANGUAGE: &str = "zh-CN";

/// A temporary folder for one test, removed when dropped.
pub struct Scratch {
    root: TempDir,
}

impl Scratch {
    pub fn new() -> Result<Scratch> {
        Ok(Scratch {
            root: tempfile::Builder::new()
                .prefix("eightfold-browser-")
                .tempdir()?,
        })
    }

    pub fn path(&self) -> &Path {
        self.root.path()
    }

    /// Where pages under test are put (and nothing else).
    pub fn site(&self) -> PathBuf {
        self.path().join("site")
    }

    /// Where the browser saves downloads.
    pub fn downloads(&self) -> PathBuf {
        self.path().join("downloads")
    }

    /// The same folders on every call, so a second launch reuses the first one's profile;
    /// the browser language is [`DEFAULT_LANGUAGE`].
    pub fn launch_options(&self) -> LaunchOptions {
        LaunchOptions {
            profile: self.path().join("profile"),
            downloads: self.downloads(),
            driver_log: self.path().join("driver.log"),
            language: DEFAULT_LANGUAGE.to_owned(),
        }
    }

    /// Writes a hand-made page into the site folder.
    pub fn write_page(&self, name: &str, html: &str) -> Result<PathBuf> {
        let site = self.site();
        std::fs::create_dir_all(&site)?;
        let path = site.join(name);
        std::fs::write(&path, html)?;
        Ok(path)
    }

    /// Copies the built single file, alone, into the site folder and returns the copy.
    pub fn copy_dist(&self) -> Result<PathBuf> {
        let built = match std::env::var_os(DIST_ENV) {
            Some(path) => require_dist(Path::new(&path))?,
            None => require_dist(&workspace_root().join(DIST_FILE))?,
        };
        let site = self.site();
        std::fs::create_dir_all(&site)?;
        let copy = site.join("eightfold.html");
        std::fs::copy(&built, &copy)?;
        Ok(copy)
    }
}

/// The workspace's root (this crate is `crates/browser-harness`), where `dist/` and
/// `target/tools` are.
fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .unwrap_or(manifest)
        .to_path_buf()
}

/// `path` if the built file is there; otherwise a failure that says how to build it.
pub fn require_dist(path: &Path) -> Result<PathBuf> {
    if !path.is_file() {
        fail!(
            "{} does not exist: run `cargo xtask dist` first (cargo xtask test does it for you)",
            path.display()
        );
    }
    Ok(path.to_path_buf())
}

/// Fails unless each of `binaries` (what it is, the variable that overrides its path, the
/// path) is a file: `need` says what the tests need, then each missing one is named with its
/// variable, then the command that installs them.
pub fn require_binaries(need: &str, binaries: &[(&str, &str, &Path)], install: &str) -> Result<()> {
    let missing: Vec<String> = binaries
        .iter()
        .filter(|(_, _, path)| !path.is_file())
        .map(|(what, var, path)| {
            format!(
                "{what} not found at {} (set {var} to override)",
                path.display()
            )
        })
        .collect();
    if !missing.is_empty() {
        fail!(
            "{need}: {}. Install them with `{install}`",
            missing.join("; ")
        );
    }
    Ok(())
}

/// Overrides where built test tools are cached (default `target/tools` in the crate).
pub const TOOLS_ENV: &str = "EIGHTFOLD_TOOLS";

/// Where `cargo xtask test` caches tools it builds (geckodriver) and the harness keeps what
/// it prepares once (compiled locales): `EIGHTFOLD_TOOLS`, else `target/tools`.
pub fn tools_dir() -> PathBuf {
    std::env::var_os(TOOLS_ENV).map_or_else(|| workspace_root().join("target/tools"), PathBuf::from)
}

/// A path as the text a driver's JSON or command line takes.
pub fn path_text(path: &Path) -> Result<&str> {
    match path.to_str() {
        Some(text) => Ok(text),
        None => fail!("path is not valid UTF-8: {}", path.display()),
    }
}

/// The `file://` URL of an absolute path, percent-encoding what a URL cannot hold as is.
pub fn file_url(path: &Path) -> Result<String> {
    if !path.is_absolute() {
        fail!(
            "a file:// URL needs an absolute path, not {}",
            path.display()
        );
    }
    let Some(text) = path.to_str() else {
        fail!("path is not valid UTF-8: {}", path.display());
    };
    let mut url = String::from("file://");
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_encode_spaces_and_chinese() -> Result<()> {
        let url = file_url(Path::new("/tmp/考评 2026/a.html"))?;
        assert_eq!(url, "file:///tmp/%E8%80%83%E8%AF%84%202026/a.html");
        Ok(())
    }

    #[test]
    fn missing_dist_says_how_to_build_it() -> Result<()> {
        let scratch = Scratch::new()?;
        let Err(error) = require_dist(&scratch.path().join("eightfold.html")) else {
            panic!("a missing file was accepted");
        };
        assert!(
            error.to_string().contains("run `cargo xtask dist` first"),
            "unhelpful message: {error}"
        );
        Ok(())
    }

    #[test]
    fn missing_binaries_are_each_named_with_their_variable() -> Result<()> {
        let scratch = Scratch::new()?;
        let present = scratch.write_page("present", "")?;
        let absent = scratch.path().join("absent");
        let binaries = [
            ("Present", "EIGHTFOLD_PRESENT", present.as_path()),
            ("Absent", "EIGHTFOLD_ABSENT", absent.as_path()),
        ];
        let Err(error) = require_binaries("tests need both", &binaries, "install both") else {
            panic!("a missing binary was accepted");
        };
        assert_eq!(
            error.to_string(),
            format!(
                "tests need both: Absent not found at {} (set EIGHTFOLD_ABSENT to override). \
                 Install them with `install both`",
                absent.display()
            )
        );
        require_binaries("tests need it", &binaries[..1], "install it")
    }
}
