//! `cargo xtask bench`: size and speed, measured in one run on one machine, written into
//! BENCHMARKS.md between the `bench:begin` and `bench:end` markers (with the date and the
//! command), and printed. Budgets are reported as met or not, never asserted: shared machines
//! are noisy, so compare numbers from one run.

use crate::prerequisites::ensure_chromium;
use crate::run::{cargo, Result};
use crate::section::write_section;

/// (package, bench, profile): the core's native benches, the command line's, then the app's
/// browser bench. The command line is benched as it is installed, with the `cli` profile
/// (`release` is tuned for the wasm's size).
const BENCHES: [(&str, &str, &str); 4] = [
    ("eightfold-core", "rescore", "bench"),
    ("eightfold-core", "pdf", "bench"),
    ("eightfold-cli", "consolidate", "cli"),
    ("eightfold", "browser", "bench"),
];

pub fn bench() -> Result<()> {
    let report = crate::dist::dist()?;
    ensure_chromium()?;
    let mut out = String::new();
    out.push_str("### Size of `dist/eightfold.html` (`cargo xtask dist`)\n\n");
    out.push_str(
        "| part | raw bytes | gzip -9 bytes | as inlined (zopfli gzip) |\n|---|---:|---:|---:|\n",
    );
    for part in &report.parts {
        let inlined = part
            .inlined
            .map_or_else(|| "—".to_owned(), |n| n.to_string());
        out.push_str(&format!(
            "| {} | {} | {} | {inlined} |\n",
            part.name, part.raw, part.gzip
        ));
    }
    if let Some(total) = report.parts.iter().find(|p| p.name == "html total") {
        let met = if total.gzip <= 1_000_000 {
            "met"
        } else {
            "NOT met"
        };
        out.push_str(&format!(
            "\nBudget: whole file ≤ 1.0 MB gzip — {met} ({} bytes).\n",
            total.gzip
        ));
    }
    for (package, bench, profile) in BENCHES {
        eprintln!("xtask: cargo bench --package {package} --bench {bench} --profile {profile}");
        let result = cargo()
            .args(["bench", "--quiet", "--package", package, "--bench", bench])
            .args(["--profile", profile])
            .output()
            .map_err(|e| format!("cannot run cargo bench: {e}"))?;
        let stdout = String::from_utf8_lossy(&result.stdout);
        if !result.status.success() {
            return Err(format!(
                "cargo bench --bench {bench} failed:\n{stdout}\n{}",
                String::from_utf8_lossy(&result.stderr)
            ));
        }
        let shown = if profile == "bench" {
            String::new()
        } else {
            format!(" --profile {profile}")
        };
        out.push_str(&format!(
            "\n### `cargo bench --bench {bench}{shown}`\n\n```\n{}\n```\n",
            stdout.trim()
        ));
    }
    println!("{out}");
    write_section("bench", &format!("{out}\n"))
}
