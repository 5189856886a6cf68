//! Prerequisites that the chores install themselves, or name exactly when they cannot.

use crate::run::{output, run, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Adds the wasm32 target with rustup when it is missing.
pub fn ensure_wasm_target() -> Result<()> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]));
    match installed {
        Some(list) if list.lines().any(|line| line.trim() == WASM_TARGET) => Ok(()),
        Some(_) => run(Command::new("rustup").args(["target", "add", WASM_TARGET])),
        None => Err(format!(
            "rustup was not found: install the `{WASM_TARGET}` target for your Rust toolchain \
             (with rustup: `rustup target add {WASM_TARGET}`)"
        )),
    }
}

/// Chromium and its WebDriver, installed with apt-get when missing and we are allowed to.
pub fn ensure_chromium() -> Result<()> {
    let chromium =
        std::env::var("EIGHTFOLD_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let driver =
        std::env::var("EIGHTFOLD_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    if Path::new(&chromium).exists() && Path::new(&driver).exists() {
        return Ok(());
    }
    let is_root = output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
    if is_root && Path::new("/usr/bin/apt-get").exists() {
        run(Command::new("apt-get").arg("update"))?;
        return run(Command::new("apt-get").args(["install", "-y", "chromium", "chromium-driver"]));
    }
    Err(format!(
        "the browser tests need Chromium at {chromium} and ChromeDriver at {driver}; install them \
         with `sudo apt-get install -y chromium chromium-driver` (Debian/Ubuntu), or point \
         EIGHTFOLD_CHROMIUM and EIGHTFOLD_CHROMEDRIVER at your own"
    ))
}

/// Installs Debian packages with apt-get when we are root on a machine that has it; otherwise
/// fails with the command to run.
fn apt_install(packages: &[&str], why: &str) -> Result<()> {
    let is_root = output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
    if is_root && Path::new("/usr/bin/apt-get").exists() {
        run(Command::new("apt-get").arg("update"))?;
        return run(Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(packages));
    }
    Err(format!(
        "{why}; install them with `sudo apt-get install -y {}` (Debian/Ubuntu)",
        packages.join(" ")
    ))
}

/// geckodriver built from crates.io (Debian does not package it), pinned and cached in
/// [`tools_dir`]`/bin` so that reruns take no time.
pub const GECKODRIVER_VERSION: &str = "0.37.1";

/// Where built tools are cached: `EIGHTFOLD_TOOLS`, else `target/tools`. CI points it outside
/// the fresh clone so that a rerun on the same machine does not build geckodriver again.
pub fn tools_dir() -> PathBuf {
    std::env::var_os("EIGHTFOLD_TOOLS").map_or_else(
        || crate::run::root().join("target").join("tools"),
        PathBuf::from,
    )
}

/// Firefox ESR (apt) and geckodriver (`cargo install`, once). Returns geckodriver's path.
pub fn ensure_firefox() -> Result<PathBuf> {
    let firefox =
        std::env::var("EIGHTFOLD_FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into());
    if !Path::new(&firefox).exists() {
        apt_install(
            &["firefox-esr"],
            &format!("the Firefox browser tests need Firefox ESR at {firefox}"),
        )?;
    }
    if let Ok(driver) = std::env::var("EIGHTFOLD_GECKODRIVER") {
        return Ok(PathBuf::from(driver));
    }
    let tools = tools_dir();
    let driver = tools.join("bin").join("geckodriver");
    let wanted = format!("geckodriver {GECKODRIVER_VERSION}");
    let installed = output(Command::new(&driver).arg("--version"));
    if installed.is_some_and(|version| version.starts_with(&wanted)) {
        return Ok(driver);
    }
    run(crate::run::cargo()
        .args([
            "install",
            "geckodriver",
            "--locked",
            "--version",
            GECKODRIVER_VERSION,
        ])
        .arg("--root")
        .arg(&tools))?;
    Ok(driver)
}

/// Where WebKitGTK's MiniBrowser may be (Debian puts it in the library folder).
const MINIBROWSER_CANDIDATES: [&str; 3] = [
    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    "/usr/libexec/webkit2gtk-4.1/MiniBrowser",
];

/// WebKitWebDriver, MiniBrowser, a virtual display (xvfb-run) and the locale sources the
/// browser tests compile the page language from.
pub fn ensure_webkit() -> Result<()> {
    let driver = std::env::var("EIGHTFOLD_WEBKIT_DRIVER")
        .unwrap_or_else(|_| "/usr/bin/WebKitWebDriver".into());
    let browser = std::env::var("EIGHTFOLD_MINIBROWSER").ok();
    let has_browser = match &browser {
        Some(path) => Path::new(path).exists(),
        None => MINIBROWSER_CANDIDATES.iter().any(|p| Path::new(p).exists()),
    };
    let has_all = Path::new(&driver).exists()
        && has_browser
        && Path::new("/usr/bin/xvfb-run").exists()
        && Path::new("/usr/bin/xauth").exists()
        && Path::new("/usr/share/i18n/locales/zh_CN").exists()
        && Path::new("/usr/bin/localedef").exists();
    if has_all {
        return Ok(());
    }
    apt_install(
        &["webkit2gtk-driver", "xvfb", "xauth", "locales"],
        "the WebKit browser tests need WebKitWebDriver, MiniBrowser, xvfb-run and locales",
    )
}

/// The PDF readers the native PDF tests check the documents with: pdftotext, pdfinfo and
/// pdffonts (poppler-utils), qpdf, and poppler-data: without its Adobe-GB1 CMaps poppler
/// does not load the reader's Chinese font that a PDF's uncommon characters rely on.
pub fn ensure_pdf_tools() -> Result<()> {
    let tools = ["pdftotext", "pdfinfo", "pdffonts", "qpdf"]
        .into_iter()
        .all(on_path);
    if tools && Path::new(POPPLER_GB1_CMAPS).is_dir() {
        return Ok(());
    }
    apt_install(
        &["poppler-utils", "poppler-data", "qpdf"],
        "the native PDF tests read the PDFs with pdftotext, pdfinfo, pdffonts and qpdf, and \
         poppler needs poppler-data's Chinese CMaps",
    )
}

/// Where Debian's poppler-data keeps the CMaps of the Adobe-GB1 (simplified Chinese) fonts.
const POPPLER_GB1_CMAPS: &str = "/usr/share/poppler/cMap/Adobe-GB1";

/// Whether `tool` is a file in one of the `PATH` directories.
fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()))
}

const AXE_VERSION: &str = "4.10.3";

/// axe-core (the accessibility checker the browser tests inject), from the npm registry into
/// `target/axe-core/axe.min.js`, once; npm itself from apt-get when missing and we may.
pub fn ensure_axe_core() -> Result<std::path::PathBuf> {
    let dir = crate::run::root().join("target").join("axe-core");
    let file = dir.join("axe.min.js");
    if file.exists() {
        return Ok(file);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    if output(Command::new("npm").arg("--version")).is_none() {
        apt_install(
            &["npm"],
            &format!(
                "the accessibility tests need axe-core {AXE_VERSION}, fetched once from the npm \
                 registry with npm (or put its axe.min.js at {})",
                file.display()
            ),
        )?;
    }
    run(Command::new("npm")
        .args(["pack", &format!("axe-core@{AXE_VERSION}"), "--silent"])
        .current_dir(&dir))?;
    let tarball = dir.join(format!("axe-core-{AXE_VERSION}.tgz"));
    run(Command::new("tar")
        .arg("xzf")
        .arg(&tarball)
        .args([
            "--strip-components=1",
            "package/axe.min.js",
            "package/LICENSE",
        ])
        .current_dir(&dir))?;
    if file.exists() {
        Ok(file)
    } else {
        Err(format!(
            "npm pack of axe-core did not give {}",
            file.display()
        ))
    }
}
