//! Reading PDFs made in the browser (printed or downloaded) with an independent reader:
//! poppler's `pdftotext`, `pdfinfo`, `pdffonts` and qpdf's `qpdf --check`. A machine without
//! them fails with the command that installs them.

use std::path::Path;
use std::process::Command;

use crate::harness::{HarnessError, Result};

/// A4 in PostScript points (210 × 297 mm), and how far a PDF may round it.
pub const A4_POINTS: (f64, f64) = (595.28, 841.89);
pub const SIZE_TOLERANCE: f64 = 2.0;

/// Fails unless every page of the PDF at `path` is A4.
pub fn assert_a4(path: &Path) -> Result<()> {
    for (page, size) in page_sizes(path)?.iter().enumerate() {
        let a4 = (size.0 - A4_POINTS.0).abs() < SIZE_TOLERANCE
            && (size.1 - A4_POINTS.1).abs() < SIZE_TOLERANCE;
        assert!(a4, "page {} is {size:?} points, not A4", page + 1);
    }
    Ok(())
}

/// Text without any whitespace: the PDF wraps table cells wherever the line ends.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The PDF's text in the order it was drawn (`-raw`), so that a table cell's lines stay
/// together instead of interleaving with the cells beside them.
pub fn pdf_text(path: &Path) -> Result<String> {
    poppler(
        Command::new("pdftotext")
            .args(["-raw", "-enc", "UTF-8"])
            .arg(path)
            .arg("-"),
    )
}

/// Width and height in points of every page, from `pdfinfo -f 1 -l <last>`.
pub fn page_sizes(path: &Path) -> Result<Vec<(f64, f64)>> {
    let info = poppler(Command::new("pdfinfo").arg(path))?;
    let pages: u32 = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| HarnessError::new(format!("pdfinfo gave no page count:\n{info}")))?;
    let all = poppler(
        Command::new("pdfinfo")
            .args(["-f", "1", "-l", &pages.to_string()])
            .arg(path),
    )?;
    let sizes: Vec<(f64, f64)> = all
        .lines()
        .filter(|line| line.starts_with("Page") && line.contains("size:"))
        .filter_map(|line| {
            let (_, size) = line.split_once("size:")?;
            let mut numbers = size.split_whitespace();
            let width = numbers.next()?.parse().ok()?;
            numbers.next()?; // "x"
            let height = numbers.next()?.parse().ok()?;
            Some((width, height))
        })
        .collect();
    if sizes.len() != pages as usize || pages == 0 {
        return Err(HarnessError::new(format!(
            "expected {pages} page sizes from pdfinfo, read {sizes:?}:\n{all}"
        )));
    }
    Ok(sizes)
}

/// Runs a poppler tool and returns its standard output, or says how to install it.
pub fn poppler(command: &mut Command) -> Result<String> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = command.output().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            HarnessError::new(format!(
                "{program} is not installed: it reads the printed PDF. \
                 Install poppler-utils and qpdf (Debian/Ubuntu: `apt-get install -y poppler-utils qpdf`)"
            ))
        } else {
            HarnessError::new(format!("running {program}: {e}"))
        }
    })?;
    if !output.status.success() {
        return Err(HarnessError::new(format!(
            "{program} failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    String::from_utf8(output.stdout)
        .map_err(|e| HarnessError::new(format!("{program} printed invalid UTF-8: {e}")))
}
