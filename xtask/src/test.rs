//! `cargo xtask test`: everything CI runs, in the order that fails fastest.
//!
//! Formatting, clippy and the core's documentation first, then the native tests (the core's,
//! with the example on its front page, the command line's, then the app's tidy checks; the PDF
//! readers they use are installed with apt-get as root, or named), then the single file,
//! then the browser tests against it, once per engine — Chromium, Firefox ESR, WebKitGTK —
//! with `EIGHTFOLD_ENGINE` set, the engine's name and time printed around each run.
//! `EIGHTFOLD_ENGINES=chromium,webkit` runs a subset. When run as root with `unshare` and
//! `ip` available, the browser tests run in a network namespace with only loopback (all three
//! engines work there; WebKit's virtual display is started inside it): proof that the file
//! needs no network, on top of the request count each test makes.
//!
//! The property tests draw their cases from a fixed seed here ([`PROPERTY_SEED`], unless
//! `PROPTEST_RNG_SEED` is set), so this run, CI's and a newcomer's test the same cases and a
//! red run is red again on every machine. New cases come from `cargo xtask fuzz`, whose seed
//! is random; a case it finds is kept in `crates/core/tests/proptest-regressions/`, which every
//! run replays first.

use crate::prerequisites::{
    ensure_axe_core, ensure_chromium, ensure_firefox, ensure_pdf_tools, ensure_webkit,
};
use crate::run::{cargo, output, root, run, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The seed of the property tests' cases in this run (see the module docs).
const PROPERTY_SEED: &str = "20261205";

/// `cargo test` with the property tests' seed fixed, as every native run here wants it.
fn cargo_test() -> Command {
    let mut command = cargo();
    command.arg("test");
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        command.env("PROPTEST_RNG_SEED", PROPERTY_SEED);
    }
    command
}

/// The engines the browser tests run on, in the order they run.
const ENGINES: [&str; 3] = ["chromium", "firefox", "webkit"];

pub fn test() -> Result<()> {
    crate::disk::warn_if_short(crate::disk::FRESH_TEST_BYTES, "test");
    run(cargo().args(["fmt", "--all", "--", "--check"]))?;
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The core is a library others build on: its documentation builds without a broken or
    // ambiguous link.
    run(cargo()
        .args(["doc", "--package", "eightfold-core", "--no-deps"])
        .env("RUSTDOCFLAGS", "-D warnings"))?;
    run(cargo_test().args(["--package", "xtask"]))?;
    // The core's unit tests and its one integration binary, the command line's integration
    // binary, the browser harness's unit tests, then the app's native checks.
    ensure_pdf_tools()?;
    run(cargo_test().args(["--package", "eightfold-core"]))?;
    run(cargo_test().args(["--package", "eightfold-cli"]))?;
    // The browser harness's own unit tests (pure: no browser, no dist file).
    run(cargo_test().args(["--package", "eightfold-browser-harness"]))?;
    run(cargo_test().args([
        "--package",
        "eightfold",
        "--lib",
        "--bins",
        "--test",
        "tidy_ui",
    ]))?;
    let report = crate::dist::dist()?;
    println!("{report}");
    let engines = chosen_engines()?;
    let mut env = vec![("EIGHTFOLD_AXE", ensure_axe_core()?)];
    for engine in &engines {
        match *engine {
            "chromium" => ensure_chromium()?,
            "firefox" => env.push(("EIGHTFOLD_GECKODRIVER", ensure_firefox()?)),
            _ => ensure_webkit()?,
        }
    }
    env.push(("EIGHTFOLD_TOOLS", crate::prerequisites::tools_dir()));
    let binary = browser_test_binary()?;
    let mut failed = Vec::new();
    let mut times = Vec::new();
    for engine in &engines {
        eprintln!("xtask: ===== browser tests on {engine} =====");
        let start = Instant::now();
        let outcome = run_browser_tests(&binary, engine, &env);
        let seconds = start.elapsed().as_secs();
        let verdict = if outcome.is_ok() { "passed" } else { "FAILED" };
        eprintln!("xtask: ===== browser tests on {engine} {verdict} in {seconds} s =====");
        times.push(format!("{engine} {seconds} s ({verdict})"));
        if outcome.is_err() {
            failed.push(*engine);
        }
    }
    eprintln!("xtask: browser tests: {}", times.join(", "));
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("browser tests failed on {}", failed.join(", ")))
    }
}

/// `EIGHTFOLD_ENGINES` (comma-separated) or all of [`ENGINES`].
fn chosen_engines() -> Result<Vec<&'static str>> {
    let Ok(list) = std::env::var("EIGHTFOLD_ENGINES") else {
        return Ok(ENGINES.to_vec());
    };
    list.split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(|name| {
            ENGINES
                .into_iter()
                .find(|known| known.eq_ignore_ascii_case(name))
                .ok_or_else(|| {
                    format!("EIGHTFOLD_ENGINES: unknown engine {name:?}; use {ENGINES:?}")
                })
        })
        .collect()
}

/// Runs the browser test binary on one engine: in a loopback-only network namespace when we
/// can make one, and for WebKit under `xvfb-run` (one virtual display for the whole run).
///
/// `-noreset`: by default Xvfb resets when its last client disconnects and drops any client
/// that connected meanwhile, so a MiniBrowser starting just as the other test thread's browser
/// closed failed with "cannot open display" (CI, once). Here 4 processes opening and closing
/// the display lost 15–31 of 600 connections without the flag, 0 with it. The harness's own
/// fallback (`crates/browser-harness/src/webkit.rs`) passes the same arguments.
fn run_browser_tests(binary: &Path, engine: &str, env: &[(&str, PathBuf)]) -> Result<()> {
    let mut line: Vec<String> = Vec::new();
    if engine == "webkit" && std::env::var_os("DISPLAY").is_none() {
        line.extend(
            [
                "xvfb-run",
                "-a",
                "--server-args=-screen 0 1280x900x24 -noreset",
            ]
            .map(String::from),
        );
    }
    line.push(binary.display().to_string());
    line.push("--test-threads=2".to_owned());
    let mut command = if can_isolate_network() {
        eprintln!(
            "xtask: {engine}: browser tests run with no network (a namespace with only loopback)"
        );
        let mut command = Command::new("unshare");
        command.args([
            "--net",
            "--",
            "sh",
            "-c",
            "ip link set lo up && exec \"$0\" \"$@\"",
        ]);
        command.args(&line);
        command
    } else {
        eprintln!("xtask: {engine}: not root or no unshare/ip: browser tests run with the machine's network");
        let mut command = Command::new(&line[0]);
        command.args(&line[1..]);
        command
    };
    command
        .current_dir(root())
        .env("EIGHTFOLD_ENGINE", engine)
        .env("CARGO_MANIFEST_DIR", root())
        .envs(env.iter().map(|(name, value)| (name, value)));
    run(&mut command)
}

/// Builds the browser test binary and returns its path (from cargo's JSON messages).
fn browser_test_binary() -> Result<PathBuf> {
    let out = output(cargo().args([
        "test",
        "--package",
        "eightfold",
        "--test",
        "browser",
        "--no-run",
        "--message-format=json",
    ]))
    .ok_or("building the browser tests failed (run `cargo test --test browser --no-run`)")?;
    out.lines()
        .filter(|line| line.contains("\"executable\"") && line.contains("\"name\":\"browser\""))
        .find_map(|line| {
            let start = line.find("\"executable\":\"")? + "\"executable\":\"".len();
            let end = line[start..].find('"')? + start;
            Some(PathBuf::from(&line[start..end]))
        })
        .ok_or_else(|| "cargo did not report the browser test executable".to_owned())
}

fn can_isolate_network() -> bool {
    let is_root = output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
    is_root
        && output(Command::new("unshare").args(["--net", "--", "ip", "link", "set", "lo", "up"]))
            .is_some()
}
