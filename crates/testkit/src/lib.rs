//! Eightfold's shared test code, compiled once as a library: the fixtures and generators the
//! core's integration tests (`crates/core/tests/it`) grew, used as well by the command line's
//! tests and benches and by the core's benches.
//!
//! - [`answers`]: proptest strategies for answers and assessments, and seeded answer sets;
//! - [`exchange_fixtures`]: the all-kinds sample template, a worked example assessment, year
//!   files, the stored files under `crates/core/tests/fixtures/exchange/`, CSV records;
//! - [`sheets`]: evaluation-sheet fixtures and the committed CJK font block;
//! - [`unit_files`]: unit files of the built-in template exported as the page exports them.
//!
//! A dev-dependency of `eightfold-core` (its integration tests and benches only: the core's
//! own `#[cfg(test)]` unit tests are a different build of the core and cannot use it).

pub mod answers;
pub mod exchange_fixtures;
pub mod sheets;
pub mod unit_files;
