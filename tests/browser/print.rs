//! Issue 5's print journey: with print media applied the app's chrome disappears and the
//! score sheet shows, and printing to PDF (W3C `print`, what Ctrl+P → "Save as PDF" gives)
//! yields A4 pages whose text holds the unit, every indicator's content and the total — and
//! no button. On every engine (issue 12): where an engine cannot emulate print media or print
//! to PDF under WebDriver, the test says so in its output and checks the rest.
//!
//! The PDF's text is read with poppler's `pdftotext` and its page sizes with `pdfinfo`; a
//! machine without them fails with the command that installs them.

use eightfold::domain::{eight_types, AnswerValue, Answers, Fixed, IndicatorId, Lang, LevelId};
use eightfold::ui::i18n;
use serde_json::json;

use crate::harness::{Browser, Feature, Result, Scratch, UI_CHANGE};
use crate::support_form::{answer, expect_scored, open_app, start_assessment};
use crate::support_pdf::{assert_a4, pdf_text, squeeze};

const UNIT: &str = "示例县市场监督管理局";

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

    let _ = b.limitation(Feature::PrintMediaEmulation);
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

    // The PDF is printed with the engine's own print media, not the emulation.
    b.emulate_media("")?;
    if b.limitation(Feature::PrintToPdf).is_some() {
        return Ok(());
    }
    let pdf = b.print_pdf()?;
    let path = scratch.path().join("sheet.pdf");
    std::fs::write(&path, &pdf)?;
    assert_a4(&path)?;

    let text = squeeze(&pdf_text(&path)?);
    if b.limitation(Feature::PdfChineseText).is_some() {
        // What the engine does map back to text: every indicator's number, the total, and
        // no Latin-script button.
        for (_, indicator) in template.indicators() {
            let id = indicator.id.as_str();
            assert!(
                text.contains(id),
                "indicator {id} is not in the PDF text:\n{text}"
            );
        }
        let total = format!("{}/100", sheet.total);
        assert!(text.contains(&total), "no {total:?} in:\n{text}");
        assert!(
            !text.contains("English"),
            "the language button is in the PDF"
        );
        return Ok(());
    }
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
