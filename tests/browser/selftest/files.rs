//! What leaves the page as a file: downloads, printed PDFs and screenshots.

use super::open_page;
use crate::harness::{wait_for_download, Result, UI_CHANGE};

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
    b.emulate_media("print")?;
    b.wait_for_text("on paper", UI_CHANGE)?;
    assert!(!b.visible_text()?.contains("on screen"));
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

/// A4 is 595.3 × 841.9 points; browsers round the page box to their own units.
fn assert_a4(pdf: &[u8]) {
    let Some((width, height)) = media_box(pdf) else {
        panic!("the PDF has no /MediaBox");
    };
    assert!(
        (width - 595.3).abs() < 2.0 && (height - 841.9).abs() < 2.0,
        "page is {width} × {height} points, not A4"
    );
}

/// Width and height in points of the first `/MediaBox [0 0 w h]` in the PDF.
fn media_box(pdf: &[u8]) -> Option<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    let start = text.find("/MediaBox")?;
    let open = start + text[start..].find('[')? + 1;
    let close = open + text[open..].find(']')?;
    let numbers: Vec<f64> = text[open..close]
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match numbers.as_slice() {
        [x0, y0, x1, y1] => Some((x1 - x0, y1 - y0)),
        _ => None,
    }
}
