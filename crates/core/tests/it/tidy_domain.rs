//! Tidy checks on `src/domain`: the pure core stays pure.
//!
//! It must build for native and wasm32 without the browser, so it may not name web-sys,
//! js-sys, wasm-bindgen, gloo or leptos, nor touch files or the network; it must not panic on
//! data, so no `.unwrap()` / `.expect(` outside `#[cfg(test)]` items; and scoring does its
//! arithmetic without floats. Comment lines are not code and are skipped. Across `src/`, dates in
//! file formats are read by `domain::date_text`, not by chrono's parser (size).

use std::fs;
use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 7] = [
    "web_sys",
    "js_sys",
    "leptos",
    "wasm_bindgen",
    "gloo",
    "std::fs",
    "std::net",
];
const PANICKY: [&str; 2] = [".unwrap()", ".expect("];
/// Files where the scoring arithmetic lives.
const NO_FLOATS: [&str; 3] = ["score.rs", "sheet.rs", "rules.rs"];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// The lines that are code outside `#[cfg(test)]` items, with their line numbers.
fn production_lines(source: &str) -> Vec<(usize, &str)> {
    let mut kept = Vec::new();
    let mut skipping = false;
    let mut depth = 0_i64;
    let mut entered = false;
    for (number, line) in source.lines().enumerate() {
        let trimmed = line.trim_start();
        if skipping {
            for c in line.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        entered = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            // The item ends at its closing brace, or at a `;` if it had no body.
            if (entered && depth <= 0) || (!entered && trimmed.ends_with(';')) {
                skipping = false;
            }
            continue;
        }
        if trimmed.starts_with("#[cfg(test)]") {
            skipping = true;
            depth = 0;
            entered = false;
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        kept.push((number + 1, line));
    }
    kept
}

fn violations(source: &str, file_name: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in production_lines(source) {
        for word in FORBIDDEN.iter().chain(&PANICKY) {
            if line.contains(word) {
                found.push(format!(
                    "{file_name}:{number}: `{word}` in `{}`",
                    line.trim()
                ));
            }
        }
        if NO_FLOATS.contains(&file_name) && (line.contains("f64") || line.contains("f32")) {
            found.push(format!(
                "{file_name}:{number}: float in scoring: `{}`",
                line.trim()
            ));
        }
    }
    found
}

#[test]
fn the_domain_imports_nothing_from_the_web_and_never_unwraps() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    assert!(
        files.len() >= 8,
        "expected the domain sources, found {files:?}"
    );
    let mut all = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        all.extend(violations(&source, name).into_iter().map(|v| {
            format!(
                "{}: {v}",
                file.strip_prefix(&root).unwrap_or(file).display()
            )
        }));
    }
    assert!(
        all.is_empty(),
        "the pure core must stay pure:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_checker_catches_what_it_should_and_skips_tests_and_comments() {
    let source = r#"
//! Mentions leptos in a doc comment: fine.
use leptos::prelude::*;
fn f(x: Option<u8>) -> u8 { x.unwrap() }
fn g() { let _ = std::fs::read("x"); }
fn h(x: Option<u8>) -> u8 { x.unwrap_or(0) }

#[cfg(test)]
mod tests {
    fn t() {
        let v: Option<u8> = Some(1);
        let _ = format!("{}", v.unwrap());
    }
}

fn after(x: Result<u8, ()>) -> u8 { x.expect("boom") }
fn ratio() -> f64 { 0.5 }
"#;
    let found = violations(source, "score.rs");
    let lines: Vec<&str> = found
        .iter()
        .map(|v| v.split(": ").next().unwrap_or(""))
        .collect();
    assert_eq!(
        lines,
        [
            "score.rs:3",
            "score.rs:4",
            "score.rs:5",
            "score.rs:16",
            "score.rs:17"
        ],
        "{found:#?}"
    );
    assert!(
        violations(source, "fixed.rs").len() == 4,
        "floats are allowed outside scoring"
    );
}

/// Date fields of serde types that are read with chrono's own `Deserialize` (it goes through
/// chrono's `FromStr`, whose whole parser then comes back into the wasm, ≈ 5 KB gzip): every
/// `DateTime<..>` / `NaiveDate` field of a type deriving `Deserialize` must name one of the
/// `domain::date_text::serde_*` readers in an attribute just above it. Test code may use
/// chrono's reader (the date tests compare with it).
fn chrono_parsed_dates(source: &str, file_name: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut derives_deserialize = false;
    let mut in_type = false;
    let mut depth = 0_i64;
    let mut attributes: Vec<&str> = Vec::new();
    for (number, line) in production_lines(source) {
        let code = line.trim();
        if !in_type {
            if code.starts_with("#[derive(") && code.contains("Deserialize") {
                derives_deserialize = true;
            } else if derives_deserialize
                && (code.contains("struct ") || code.contains("enum "))
                && code.ends_with('{')
            {
                in_type = true;
                depth = 0;
            } else if !code.starts_with("#[") && !code.is_empty() {
                derives_deserialize = false;
            }
        }
        if in_type {
            let field_type = code.split_once(": ").map(|(_, ty)| ty);
            let is_date = field_type.is_some_and(|ty| {
                let ty = ty
                    .trim_start_matches("Option<")
                    .trim_start_matches("chrono::");
                ty.starts_with("DateTime<") || ty.starts_with("NaiveDate")
            });
            if is_date && depth == 1 && !attributes.iter().any(|a| a.contains("date_text::serde_"))
            {
                found.push(format!("{file_name}:{number}: {code}"));
            }
            if code.starts_with("#[") {
                attributes.push(code);
            } else {
                attributes.clear();
            }
            depth += code.matches('{').count() as i64 - code.matches('}').count() as i64;
            if depth <= 0 && code.contains('}') {
                in_type = false;
                derives_deserialize = false;
            }
        }
    }
    found
}

#[test]
fn serde_dates_are_read_without_chronos_parser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let mut all = Vec::new();
    let mut checked = 0;
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        checked += source.matches("date_text::serde_").count();
        let name = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        all.extend(chrono_parsed_dates(&source, &name));
    }
    assert!(
        checked >= 10,
        "expected the date fields of the file formats, found {checked}"
    );
    assert!(
        all.is_empty(),
        "read these dates with #[serde(with = \"crate::domain::date_text::serde_date\")] or \
         serde_date_time, or chrono's parser comes back into the wasm:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_date_checker_finds_a_field_without_its_reader() {
    let source = r#"
#[derive(Debug, Serialize, Deserialize)]
pub struct File {
    #[serde(with = "crate::domain::date_text::serde_date_time")]
    pub saved_at: DateTime<FixedOffset>,
    pub created: DateTime<FixedOffset>,
    /// Doc.
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct Written {
    pub at: DateTime<FixedOffset>,
}

fn not_a_field(at: DateTime<FixedOffset>) {}

#[cfg(test)]
mod tests {
    #[derive(Deserialize)]
    struct Chrono {
        at: DateTime<FixedOffset>,
    }
}
"#;
    assert_eq!(
        chrono_parsed_dates(source, "f.rs"),
        [
            "f.rs:6: pub created: DateTime<FixedOffset>,",
            "f.rs:8: pub date: Option<NaiveDate>,"
        ]
    );
}
