//! How long the fuzz targets run: `EIGHTFOLD_FUZZ_CASES` cases per property test (default
//! 10 000, the normal run; `cargo xtask fuzz` sets 10⁶).
//!
//! A target sets `#![proptest_config(fuzz::config())]`; what every refused file must say is
//! checked by [`check_import_error`], the same for every target that imports.

use eightfold_core::domain::Lang;
use eightfold_core::formats::exchange::ImportError;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// The proptest configuration of a fuzz target.
pub fn config() -> Config {
    let cases = std::env::var("EIGHTFOLD_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(10_000);
    Config::with_cases(cases)
}

/// A refusal says something in both languages, and names its field when it has one.
pub fn check_import_error(error: &ImportError) -> Result<(), TestCaseError> {
    for lang in Lang::ALL {
        let message = error.message(lang);
        prop_assert!(!message.trim().is_empty(), "{error:?}");
        if let Some(field) = error.field() {
            prop_assert!(
                message.contains(&field),
                "{lang}: {message} should name {field}"
            );
        }
    }
    Ok(())
}
