//! `cargo xtask fuzz [cases]`: the long robustness run. The property tests that feed untrusted
//! input to the import path (`crates/core/tests/it/exchange_fuzz.rs`) and to template
//! loading, validation and scoring (`templates_fuzz.rs` beside it) run in release with `EIGHTFOLD_FUZZ_CASES` cases per
//! property (default 1 000 000; the normal test run uses 10 000). Each target's result, cases
//! and time go into BENCHMARKS.md between the `fuzz:begin` and `fuzz:end` markers, and are
//! printed; the full output of each target is kept in `target/fuzz/<target>.log`.
//!
//! Times are what one run took on this machine, reported, never asserted.

use crate::run::{cargo, root, run, Result};
use crate::section::write_section;
use std::fs;
use std::time::{Duration, Instant};

const TARGETS: [&str; 2] = ["exchange_fuzz", "templates_fuzz"];
const DEFAULT_CASES: u64 = 1_000_000;
/// The fuzz targets are modules of the core's one test binary (`crates/core/tests/it`).
const CORE: &str = "eightfold-core";

/// What one fuzz target did.
struct Outcome {
    target: &'static str,
    passed: bool,
    /// Tests in the target: its property tests and any plain ones beside them.
    tests: usize,
    summary: String,
    took: Duration,
}

pub fn fuzz(cases: Option<&str>) -> Result<()> {
    let cases = match cases {
        None => DEFAULT_CASES,
        Some(text) => text
            .parse()
            .map_err(|_| format!("`{text}` is not a number of cases"))?,
    };
    run(cargo().args([
        "test",
        "--release",
        "--no-run",
        "--package",
        CORE,
        "--test",
        "it",
    ]))?;

    let log_dir = root().join("target").join("fuzz");
    fs::create_dir_all(&log_dir)
        .map_err(|e| format!("cannot create {}: {e}", log_dir.display()))?;
    let mut outcomes = Vec::new();
    for target in TARGETS {
        eprintln!("xtask: fuzzing {target} with {cases} cases per property (release)");
        let start = Instant::now();
        let output = cargo()
            .args(["test", "--release", "--package", CORE, "--test", "it"])
            .arg(format!("{target}::"))
            .env("EIGHTFOLD_FUZZ_CASES", cases.to_string())
            .output()
            .map_err(|e| format!("cannot run cargo test --test {target}: {e}"))?;
        let took = start.elapsed();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let log = log_dir.join(format!("{target}.log"));
        fs::write(&log, format!("{stdout}\n--- stderr ---\n{stderr}"))
            .map_err(|e| format!("cannot write {}: {e}", log.display()))?;
        outcomes.push(Outcome {
            target,
            passed: output.status.success(),
            tests: count_tests(&stdout),
            summary: summary_line(&stdout),
            took,
        });
    }

    let section = format!("{}\nSource: {}.\n", report(cases, &outcomes), source());
    println!("{section}");
    write_section("fuzz", &section)?;
    let failed: Vec<&str> = outcomes
        .iter()
        .filter(|o| !o.passed)
        .map(|o| o.target)
        .collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "fuzzing found failures in {failed:?}; see target/fuzz/<target>.log for the \
             minimal failing input proptest printed"
        ))
    }
}

/// The commit the run tested, and whether the tree had changes on top of it.
fn source() -> String {
    let git = |args: &[&str]| {
        crate::run::output(
            std::process::Command::new("git")
                .args(args)
                .current_dir(root()),
        )
    };
    match git(&["rev-parse", "--short", "HEAD"]) {
        Some(commit) => {
            let dirty = git(&["status", "--porcelain"]).is_some_and(|s| !s.trim().is_empty());
            let changes = if dirty {
                " with uncommitted changes"
            } else {
                ""
            };
            format!("commit `{}`{changes}", commit.trim())
        }
        None => "not a git checkout".to_owned(),
    }
}

/// The number of tests the harness reported running (`running N tests`).
fn count_tests(stdout: &str) -> usize {
    stdout
        .lines()
        .find_map(|line| {
            line.strip_prefix("running ")?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// The harness's `test result: …` line without its timing, or a note that there was none.
fn summary_line(stdout: &str) -> String {
    stdout
        .lines()
        .find_map(|line| line.strip_prefix("test result: "))
        .map(|line| line.split("; finished").next().unwrap_or(line).to_owned())
        .unwrap_or_else(|| "no result line (the build or the harness failed)".to_owned())
}

fn report(cases: u64, outcomes: &[Outcome]) -> String {
    let mut out = format!(
        "Command: `cargo xtask fuzz {cases}` (release; `EIGHTFOLD_FUZZ_CASES={cases}` cases \
         per property test).\n\n| target | tests | result | wall time |\n|---|---:|---|---:|\n"
    );
    for outcome in outcomes {
        out.push_str(&format!(
            "| `crates/core/tests/it/{}.rs` | {} | {} | {} |\n",
            outcome.target,
            outcome.tests,
            outcome.summary,
            human(outcome.took)
        ));
    }
    out
}

fn human(took: Duration) -> String {
    let seconds = took.as_secs();
    if seconds >= 3600 {
        format!("{} h {:02} min", seconds / 3600, seconds % 3600 / 60)
    } else if seconds >= 60 {
        format!("{} min {:02} s", seconds / 60, seconds % 60)
    } else {
        format!("{:.1} s", took.as_secs_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSED: &str = "\nrunning 3 tests\ntest a ... ok\n\ntest result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 812.40s\n";

    #[test]
    fn reads_the_harness_summary() {
        assert_eq!(count_tests(PASSED), 3);
        assert_eq!(
            summary_line(PASSED),
            "ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out"
        );
        assert_eq!(count_tests(""), 0);
        assert!(summary_line("error: could not compile").starts_with("no result line"));
    }

    #[test]
    fn reports_cases_results_and_times() {
        let outcomes = [Outcome {
            target: "exchange_fuzz",
            passed: true,
            tests: 3,
            summary: summary_line(PASSED),
            took: Duration::from_secs(3725),
        }];
        let text = report(1_000_000, &outcomes);
        assert!(text.contains("`cargo xtask fuzz 1000000`"), "{text}");
        assert!(
            text.contains("| `crates/core/tests/it/exchange_fuzz.rs` | 3 | ok. 3 passed;"),
            "{text}"
        );
        assert!(text.contains("1 h 02 min"), "{text}");
        assert_eq!(human(Duration::from_millis(42_500)), "42.5 s");
        assert_eq!(human(Duration::from_secs(61)), "1 min 01 s");
    }
}
