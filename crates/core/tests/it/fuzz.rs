//! How long the fuzz targets run: `EIGHTFOLD_FUZZ_CASES` cases per property test (default
//! 10 000, the normal run; `cargo xtask fuzz` sets 10⁶).
//!
//! A target sets `#![proptest_config(fuzz::config())]`.

use proptest::test_runner::Config;

/// The proptest configuration of a fuzz target.
pub fn config() -> Config {
    let cases = std::env::var("EIGHTFOLD_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(10_000);
    Config::with_cases(cases)
}
