//! The command line's tests, one binary: each module runs the built `eightfold` on files
//! written by the core's own export (the page's), and checks what it prints, writes and
//! returns. `same_as_page` compares it with the page's code path on the same files. The files
//! and fixtures come from `eightfold-testkit` (shared with the core's tests and the benches).

mod check;
mod consolidate;
mod help;
mod pdf;
mod same_as_page;
mod score;
mod support;
mod template;
