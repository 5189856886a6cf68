//! What leaves the page as a file: downloads, printed PDFs and screenshots.

use super::open_page;
use crate::harness::{wait_for_download, Engine, Feature, Result, UI_CHANGE};

#[test]
fn a_download_arrives_with_its_chinese_name() -> Result<()> {
    let page = open_page("download.html", include_str!("../pages/download.html"))?;
    let b = &page.browser;
    b.click(&b.find_button("导出")?)?;
    let file = wait_for_download(&page.scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    assert_eq!(
        file.file_name().and_then(|n| n.to_str()),
        Some("单位-2026.eightfold.json")
    );
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&file)?)?;
    assert_eq!(saved["unit"], "示例单位");
    assert_eq!(saved["year"], 2026);
    Ok(())
}

#[test]
fn webdriver_print_gives_an_a4_pdf() -> Result<()> {
    let page = open_page("print.html", include_str!("../pages/print.html"))?;
    if page.browser.limitation(Feature::PrintToPdf).is_some() {
        // The limitation is real: the command is refused, not quietly empty.
        assert!(page.browser.print_pdf().is_err(), "print worked after all");
        return Ok(());
    }
    let pdf = page.browser.print_pdf()?;
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    assert_a4(&pdf);
    Ok(())
}

#[test]
fn print_media_and_devtools_pdf() -> Result<()> {
    let page = open_page("print.html", include_str!("../pages/print.html"))?;
    let b = &page.browser;
    b.wait_for_text("on screen", UI_CHANGE)?;
    let _ = b.limitation(Feature::PrintMediaEmulation);
    b.emulate_media("print")?;
    b.wait_for_text("on paper", UI_CHANGE)?;
    assert!(!b.visible_text()?.contains("on screen"));
    b.emulate_media("")?;
    b.wait_for_text("on screen", UI_CHANGE)?;
    assert!(!b.visible_text()?.contains("on paper"));
    if b.engine() != Engine::Chromium {
        let Err(error) = b.print_to_pdf_devtools() else {
            panic!("DevTools printing worked outside Chromium");
        };
        assert!(error.to_string().contains("Chromium-only"), "{error}");
        return Ok(());
    }
    let pdf = b.print_to_pdf_devtools()?;
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    assert_a4(&pdf);
    Ok(())
}

#[test]
fn a_screenshot_is_a_png() -> Result<()> {
    let page = open_page("quiet.html", include_str!("../pages/quiet.html"))?;
    let png = page.browser.screenshot()?;
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    Ok(())
}

/// A4 is 595.3 × 841.9 points; browsers round the page box to their own units. The size is
/// read by poppler's `pdfinfo`, which also reads PDFs whose page objects are compressed
/// (Firefox writes those).
fn assert_a4(pdf: &[u8]) {
    let Some((width, height)) = page_size(pdf) else {
        panic!("pdfinfo found no page size in the PDF");
    };
    assert!(
        (width - 595.3).abs() < 2.0 && (height - 841.9).abs() < 2.0,
        "page is {width} × {height} points, not A4"
    );
}

/// Width and height in points of the first page, from `pdfinfo`'s "Page size:" line.
fn page_size(pdf: &[u8]) -> Option<(f64, f64)> {
    let file = tempfile::NamedTempFile::new().ok()?;
    std::fs::write(file.path(), pdf).ok()?;
    let out = std::process::Command::new("pdfinfo")
        .arg(file.path())
        .output()
        .ok()?;
    let info = String::from_utf8_lossy(&out.stdout);
    let size = info.lines().find_map(|l| l.strip_prefix("Page size:"))?;
    let mut numbers = size.split_whitespace();
    let width = numbers.next()?.parse().ok()?;
    numbers.next()?; // "x"
    let height = numbers.next()?.parse().ok()?;
    Some((width, height))
}
