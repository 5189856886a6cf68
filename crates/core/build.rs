//! Compiles the built-in templates in without their indentation.
//!
//! `src/domain/builtin/*.json` stay pretty-printed for people who read and review them; the
//! binary (and the page's wasm) only needs the data, so whitespace outside strings is
//! dropped here and `domain::builtin` includes the result from `OUT_DIR`
//! (`tests/it/templates.rs` checks that both read as the same JSON).

use std::path::Path;
use std::{env, fs};

const TEMPLATES: [&str; 2] = ["eight-types.json", "responsibility-system.json"];

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for name in TEMPLATES {
        let source = Path::new("src/domain/builtin").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
        let out = Path::new(&out_dir).join(name);
        fs::write(&out, without_layout(&text))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    }
}

/// JSON text without the whitespace between tokens (strings are copied as they are).
fn without_layout(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            out.push(c);
        }
    }
    out
}
