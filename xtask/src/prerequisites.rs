//! Prerequisites that the chores install themselves, or name exactly when they cannot.

use crate::run::{output, run, Result};
use std::path::Path;
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

const AXE_VERSION: &str = "4.10.3";

/// axe-core (the accessibility checker the browser tests inject), from the npm registry into
/// `target/axe-core/axe.min.js`, once.
pub fn ensure_axe_core() -> Result<std::path::PathBuf> {
    let dir = crate::run::root().join("target").join("axe-core");
    let file = dir.join("axe.min.js");
    if file.exists() {
        return Ok(file);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let npm_ok = output(Command::new("npm").arg("--version")).is_some();
    if !npm_ok {
        return Err(format!(
            "the accessibility tests need axe-core; install Node.js and npm (`apt-get install -y npm`) \
             or put axe.min.js of axe-core {AXE_VERSION} at {}",
            file.display()
        ));
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
