//! `eightfold consolidate` on 5,000 unit files, CSV and summary PDF included: the release
//! binary run as a committee runs it, from a folder the bench writes first (distinct units of
//! the built-in template, answered by the core's generators, exported by the page's action).
//! Wall time is the median of three runs (goal ≤ 3 s); peak memory is the maximum resident
//! set size `/usr/bin/time -v` reports for one more run. With `EIGHTFOLD_BENCH_DIR` set, the
//! files are written there and kept (to profile the command on them); otherwise into a
//! temporary folder.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use eightfold_testkit::unit_files;

const UNITS: usize = 5_000;
const GOAL_SECONDS: f64 = 3.0;

fn consolidate(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_eightfold"));
    command
        .args([
            "consolidate",
            "units",
            "--csv",
            "out.csv",
            "--pdf",
            "out.pdf",
        ])
        .current_dir(dir)
        .stdout(std::process::Stdio::null());
    command
}

fn main() {
    let temp = tempfile::tempdir().expect("temp dir");
    let kept = std::env::var_os("EIGHTFOLD_BENCH_DIR").map(std::path::PathBuf::from);
    let dir = kept.as_deref().unwrap_or(temp.path());
    let units = dir.join("units");
    let files: Vec<_> = (0..UNITS)
        .map(|i| unit_files::unit(&format!("县第{}单位", i + 1), i as u64))
        .collect();
    let paths = unit_files::write_batch(&units, &files);
    let bytes: u64 = paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();

    let mut seconds: Vec<f64> = (0..3)
        .map(|_| {
            let start = Instant::now();
            let status = consolidate(dir).status().expect("runs eightfold");
            assert!(status.success(), "eightfold consolidate failed: {status}");
            start.elapsed().as_secs_f64()
        })
        .collect();
    seconds.sort_by(f64::total_cmp);
    let median = seconds[1];
    let csv = std::fs::metadata(dir.join("out.csv")).map_or(0, |m| m.len());
    let pdf = std::fs::metadata(dir.join("out.pdf")).map_or(0, |m| m.len());

    let mut timed = Command::new("/usr/bin/time");
    timed.arg("-v").arg(env!("CARGO_BIN_EXE_eightfold"));
    timed
        .args([
            "consolidate",
            "units",
            "--csv",
            "out.csv",
            "--pdf",
            "out.pdf",
        ])
        .current_dir(dir);
    let peak = timed
        .output()
        .ok()
        .and_then(|out| {
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .find_map(|l| {
                    l.trim()
                        .strip_prefix("Maximum resident set size (kbytes): ")
                })
                .and_then(|kb| kb.trim().parse::<u64>().ok())
        })
        .map_or_else(
            || "— (/usr/bin/time missing: apt-get install time)".to_owned(),
            |kb| format!("{:.0} MB", kb as f64 / 1024.0),
        );

    let met = if median <= GOAL_SECONDS {
        "met"
    } else {
        "NOT met"
    };
    println!(
        "eightfold consolidate, {UNITS} unit files ({:.1} MB), CSV ({csv} B) and summary PDF ({pdf} B):",
        bytes as f64 / 1e6
    );
    println!(
        "  wall time median of 3: {median:.2} s (runs {}) — goal ≤ {GOAL_SECONDS} s {met}",
        seconds
            .iter()
            .map(|s| format!("{s:.2}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!("  peak memory (maximum resident set size, /usr/bin/time -v): {peak}");
    println!(
        "  threads: {}",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
}
