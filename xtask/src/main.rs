//! `cargo xtask <chore>`: the project's chores as Rust, so they run the same on every machine.
//!
//! - `dist`  builds `dist/eightfold.html`, the single offline file.
//! - `test`  runs everything CI runs: fmt, clippy, native tests, dist, browser tests.
//! - `bench` measures size and speed and prints the rows for BENCHMARKS.md.
//! - `glyphs` checks that PDF readers place the 200-upem font's glyphs as the 1000-upem one's.
//! - `fuzz`  runs the import and template fuzz tests long (10⁶ cases) and records the result.

mod bench;
mod disk;
mod dist;
mod font;
mod fuzz;
#[cfg(feature = "glyphs")]
mod glyphs;
mod prerequisites;
mod run;
mod section;
mod test;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <dist | test | bench | fuzz [cases] | font | glyphs>
  dist   build dist/eightfold.html (adds the wasm32 target if missing)
  test   fmt check, clippy -D warnings, native tests, dist, browser tests
  bench  measure size and speed; writes the numbers into BENCHMARKS.md
  fuzz   long fuzz run of import and templates (default 1000000 cases); writes BENCHMARKS.md
  font   rebuild assets/fonts/NotoSansSC-eightfold.otf (needs fonts-noto-cjk and fonttools)
  glyphs render the PDFs with the 200- and 1000-upem font in poppler, PDFium, pdf.js; compare";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dist") => {
            disk::warn_if_short(disk::FRESH_DIST_BYTES, "dist");
            dist::dist().map(|report| println!("{report}"))
        }
        Some("test") => test::test(),
        Some("bench") => bench::bench(),
        Some("fuzz") => fuzz::fuzz(args.get(1).map(String::as_str)),
        Some("font") => font::prepare_font().map(|report| println!("{report}")),
        Some("glyphs") => glyphs(),
        Some("help" | "--help" | "-h") | None => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown chore `{other}`\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask glyphs` needs the core, behind xtask's `glyphs` feature: without it, build and
/// run xtask again with the feature on.
#[cfg(feature = "glyphs")]
fn glyphs() -> Result<(), String> {
    glyphs::glyphs()
}

#[cfg(not(feature = "glyphs"))]
fn glyphs() -> Result<(), String> {
    let status = std::process::Command::new(std::env::var("CARGO").unwrap_or("cargo".into()))
        .args([
            "run",
            "--quiet",
            "--package",
            "xtask",
            "--features",
            "glyphs",
            "--",
            "glyphs",
        ])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("glyphs failed with {status}"))
    }
}
