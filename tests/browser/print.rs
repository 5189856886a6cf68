//! Issue 5's print journey: with print media emulated the app's chrome disappears and the
//! score sheet shows, and DevTools printing (what Ctrl+P → "Save as PDF" gives) yields A4
//! pages whose text holds the unit, every indicator's content and the total — and no button.
//!
//! The PDF's text is read with poppler's `pdftotext` and its page sizes with `pdfinfo`; a
//! machine without them fails with the command that installs them.

use std::path::Path;
use std::process::Command;

use eightfold::domain::{eight_types, AnswerValue, Answers, Fixed, IndicatorId, Lang, LevelId};
use eightfold::ui::i18n;
use serde_json::json;

use crate::harness::{Browser, HarnessError, Result, Scratch, UI_CHANGE};
use crate::support_form::{answer, expect_scored, open_app, start_assessment};

const UNIT: &str = "示例县市场监督管理局";
/// A4 in PostScript points (210 × 297 mm), and how far a PDF may round it.
const A4_POINTS: (f64, f64) = (595.28, 841.89);
const SIZE_TOLERANCE: f64 = 2.0;

#[test]
fn printing_gives_a4_pages_with_the_sheet_and_no_buttons() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let template = eight_types();
    start_assessment(&b, UNIT)?;
    let mut answers = Answers::new();
    for (id, value) in [
        ("1.3", AnswerValue::Level(LevelId::new("good"))),
        ("1.2", AnswerValue::Quantity(Fixed::from_int(9))),
        ("3.3", AnswerValue::Count(1)),
    ] {
        answer(&b, &template, id, &value)?;
        answers.set_value(IndicatorId::new(id), value);
    }
    let sheet = expect_scored(&b, &template, &answers, "three answers")?;

    b.emulate_media("print")?;
    b.wait_until(
        "print media to hide the app and show the sheet",
        UI_CHANGE,
        |b| {
            let shown = visibility(b)?;
            Ok(shown == json!({ "chrome": false, "sheet": true }))
        },
    )?;
    let printed_screen = b.visible_text()?;
    assert!(
        printed_screen.contains(UNIT),
        "the sheet does not name the unit"
    );
    for button in buttons() {
        assert!(
            !printed_screen.contains(button),
            "the button {button:?} is visible in print"
        );
    }

    let pdf = b.print_to_pdf_devtools()?;
    let path = scratch.path().join("sheet.pdf");
    std::fs::write(&path, &pdf)?;
    for (page, size) in page_sizes(&path)?.iter().enumerate() {
        let a4 = (size.0 - A4_POINTS.0).abs() < SIZE_TOLERANCE
            && (size.1 - A4_POINTS.1).abs() < SIZE_TOLERANCE;
        assert!(a4, "page {} is {size:?} points, not A4", page + 1);
    }

    let text = squeeze(&pdf_text(&path)?);
    assert!(text.contains(&squeeze(UNIT)), "no unit name in:\n{text}");
    for (_, indicator) in template.indicators() {
        let content = indicator.content.get(Lang::Zh);
        assert!(
            text.contains(&squeeze(content)),
            "indicator {} ({content:?}) is not in the PDF text:\n{text}",
            indicator.id
        );
    }
    let total = squeeze(&format!("{}：{} / 100", i18n::TOTAL.zh, sheet.total));
    assert!(text.contains(&total), "no {total:?} in:\n{text}");
    for button in buttons() {
        assert!(
            !text.contains(&squeeze(button)),
            "the button {button:?} is in the PDF"
        );
    }
    Ok(())
}

/// Words of the app's buttons (toolbar and language switch): none may print.
fn buttons() -> [&'static str; 6] {
    [
        i18n::BACK_TO_START.zh,
        i18n::PRINT.zh,
        i18n::EXPORT_JSON.zh,
        i18n::EXPORT_CSV.zh,
        "中文",
        "English",
    ]
}

/// Whether the app's chrome (header, main area) and the print sheet are rendered.
fn visibility(b: &Browser) -> Result<serde_json::Value> {
    b.execute(
        "const shown = (css) => Array.from(document.querySelectorAll(css))
           .some((el) => el.checkVisibility({ visibilityProperty: true }));
         return { chrome: shown('.app-header') || shown('.app-main') || shown('button'),
                  sheet: shown('.print-sheet') };",
        vec![],
    )
}

/// Text without any whitespace: the PDF wraps table cells wherever the line ends.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The PDF's text in the order it was drawn (`-raw`), so that a table cell's lines stay
/// together instead of interleaving with the cells beside them.
fn pdf_text(path: &Path) -> Result<String> {
    poppler(
        Command::new("pdftotext")
            .args(["-raw", "-enc", "UTF-8"])
            .arg(path)
            .arg("-"),
    )
}

/// Width and height in points of every page, from `pdfinfo -f 1 -l <last>`.
fn page_sizes(path: &Path) -> Result<Vec<(f64, f64)>> {
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
fn poppler(command: &mut Command) -> Result<String> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = command.output().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            HarnessError::new(format!(
                "{program} is not installed: it reads the printed PDF. \
                 Install poppler-utils (Debian/Ubuntu: `apt-get install -y poppler-utils`)"
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
