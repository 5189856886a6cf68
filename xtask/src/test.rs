//! `cargo xtask test`: everything CI runs, in the order that fails fastest.

use crate::prerequisites::ensure_chromium;
use crate::run::{cargo, run, Result};

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
    run(cargo().args(["test", "--workspace", "--exclude", "eightfold"]))?;
    run(cargo().args(["test", "--package", "eightfold", "--lib", "--bins"]))?;
    let report = crate::dist::dist()?;
    println!("{report}");
    ensure_chromium()?;
    run(cargo().args(["test", "--package", "eightfold", "--tests"]))
}
