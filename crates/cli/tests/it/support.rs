//! Running the built command, and reading the PDFs it writes. The unit files it reads are
//! made by `eightfold_testkit::unit_files`.

use std::path::Path;
use std::process::{Command, Stdio};

/// What one run printed and returned.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Both streams, for assertion messages.
    pub fn all(&self) -> String {
        format!(
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `eightfold args…` in `dir`.
pub fn eightfold(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_eightfold"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("running eightfold: {e}"));
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    for text in [&run.stdout, &run.stderr] {
        assert!(
            !text.contains("panicked") && !text.contains("RUST_BACKTRACE") && !text.contains(" { "),
            "no panic and no Rust debug output:\n{}",
            run.all()
        );
    }
    run
}

/// The text of a PDF by `pdftotext -layout`, every printed time `YYYY-MM-DD HH:MM` masked
/// (the time a document is made is the one thing two runs differ in).
pub fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run pdftotext ({e}); install it: apt-get install poppler-utils")
        });
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    mask_times(&String::from_utf8_lossy(&output.stdout))
}

fn mask_times(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let pattern: Vec<bool> = "0000-00-00 00:00".chars().map(|c| c == '0').collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let fits = chars.len() - i >= pattern.len()
            && pattern.iter().enumerate().all(|(k, &digit)| {
                let c = chars[i + k];
                if digit {
                    c.is_ascii_digit()
                } else {
                    c == "0000-00-00 00:00".chars().nth(k).unwrap_or(' ')
                }
            });
        if fits {
            out.push_str("<time>");
            i += pattern.len();
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn times_are_masked_and_nothing_else() {
    assert_eq!(
        mask_times("生成时间 2026-12-04 16:30 第 1 页 2026-12-04"),
        "生成时间 <time> 第 1 页 2026-12-04"
    );
}
