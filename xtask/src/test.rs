//! `cargo xtask test`: everything CI runs, in the order that fails fastest.
//!
//! Native tests first (every `tests/*.rs` except the browser binary), then the single file,
//! then the browser tests against it. When run as root with `unshare` and `ip` available, the
//! browser tests run in a network namespace with only loopback: proof that the file needs no
//! network, on top of the DevTools request count each test makes.

use crate::prerequisites::{ensure_axe_core, ensure_chromium};
use crate::run::{cargo, output, root, run, Result};
use std::path::PathBuf;
use std::process::Command;

pub fn test() -> Result<()> {
    run(cargo().args(["fmt", "--all", "--", "--check"]))?;
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cargo().args(["test", "--package", "xtask"]))?;
    let mut native = cargo();
    native.args(["test", "--package", "eightfold", "--lib", "--bins"]);
    for name in native_test_targets()? {
        native.args(["--test", &name]);
    }
    run(&mut native)?;
    let report = crate::dist::dist()?;
    println!("{report}");
    ensure_chromium()?;
    let axe = ensure_axe_core()?;
    run_browser_tests(&axe)
}

/// Every integration test in `tests/` but the browser one.
fn native_test_targets() -> Result<Vec<String>> {
    let dir = root().join("tests");
    let entries =
        std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            name.strip_suffix(".rs").map(str::to_owned)
        })
        .filter(|name| name != "browser")
        .collect();
    names.sort();
    Ok(names)
}

fn run_browser_tests(axe: &std::path::Path) -> Result<()> {
    let binary = browser_test_binary()?;
    let isolated = can_isolate_network();
    let mut command = if isolated {
        eprintln!("xtask: browser tests run with no network (a namespace with only loopback)");
        let mut command = Command::new("unshare");
        command.args([
            "--net",
            "--",
            "sh",
            "-c",
            "ip link set lo up && exec \"$0\" \"$@\"",
        ]);
        command.arg(&binary);
        command
    } else {
        eprintln!("xtask: not root or no unshare/ip: browser tests run with the machine's network");
        Command::new(&binary)
    };
    command
        .current_dir(root())
        .env("EIGHTFOLD_AXE", axe)
        .env("CARGO_MANIFEST_DIR", root())
        .arg("--test-threads=2");
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
