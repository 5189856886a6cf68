//! The command line's tests, one binary: each module runs the built `eightfold` on files
//! written by the core's own export (the page's), and checks what it prints, writes and
//! returns. `same_as_page` compares it with the page's code path on the same files.

#[allow(dead_code)]
#[path = "../../../core/tests/it/answers.rs"]
mod answers;
#[allow(dead_code)]
#[path = "../../../core/tests/it/exchange_fixtures.rs"]
mod exchange_fixtures;

mod check;
mod consolidate;
mod help;
mod pdf;
mod same_as_page;
mod score;
mod support;
mod template;
