//! Issue 8's browser journey: "Download PDF" in the built single file makes the evaluation
//! sheet in the browser, and the file that arrives passes the same independent checks as the
//! natively made one — qpdf's structure check, one embedded subset font much smaller than the
//! bundled one, A4 pages, and the unit, every indicator's content, the total and the grade in
//! its text — and, in its footer, the sheet code of the file exported afterwards, so the paper
//! can be matched to the file the committee receives. A unit of 闵行区 whose assessor is
//! 王喆堃 (喆 and 堃 are outside the bundled font) gets its PDF too, and the page names the two
//! characters that rely on the reader's font (issue 15).

use eightfold::domain::{builtin_templates, eight_types, AnswerValue, IndicatorId, Lang};
use eightfold::formats::exchange::{import_file, sheet_code};
use eightfold::ui::i18n;

use crate::harness::{Result, Scratch, UI_CHANGE};
use crate::support_form::{answer, expect_scored, fill_full_marks, open_app, start_assessment};
use crate::support_pdf::{assert_a4, pdf_text, poppler, squeeze};

const UNIT: &str = "示例县机关事务管理局";
const NOTE: &str = "学习记录见台账 Ledger p.12";
const BUNDLED_FONT_BLOCK: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansSC-eightfold.otf.lzma");
const MINHANG_UNIT: &str = "上海市闵行区发展和改革委员会";
const RARE_ASSESSOR: &str = "王喆堃";

/// Size of the bundled font as the PDF engine gets it (decoded from its block).
fn bundled_font_len() -> usize {
    eightfold::formats::pdf::font_block::decode(BUNDLED_FONT_BLOCK)
        .map(|font| font.len())
        .unwrap_or(0)
}

#[test]
fn download_pdf_gives_a_checked_chinese_sheet() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let template = eight_types();
    start_assessment(&b, UNIT)?;
    let mut answers = fill_full_marks(&b, &template, &["1.2"])?;
    let value = AnswerValue::Quantity(eightfold::domain::Fixed::from_int(6));
    answer(&b, &template, "1.2", &value)?;
    answers.set_value(IndicatorId::new("1.2"), value);
    let note = b.find_css(r#"[id="ind-1.2-note"]"#)?;
    b.type_into(&note, NOTE)?;
    answers.set_note(IndicatorId::new("1.2"), NOTE);
    let sheet = expect_scored(&b, &template, &answers, "full marks but 1.2")?;

    let button = b.find_button(i18n::DOWNLOAD_PDF.zh)?;
    b.click(&button)?;
    let path = crate::harness::wait_for_download(&scratch.downloads(), ".pdf", UI_CHANGE)?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(name.starts_with(UNIT), "the PDF is named {name:?}");
    let pdf = std::fs::read(&path)?;

    poppler(std::process::Command::new("qpdf").arg("--check").arg(&path))?;
    assert_a4(&path)?;
    let fonts = poppler(std::process::Command::new("pdffonts").arg(&path))?;
    let rows: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(rows.len(), 1, "expected one font:\n{fonts}");
    let columns: Vec<&str> = rows[0].split_whitespace().collect();
    let flags = &columns[columns.len() - 5..columns.len() - 2];
    assert_eq!(
        flags,
        ["yes", "yes", "yes"],
        "font not embedded+subset+unicode:\n{fonts}"
    );
    assert!(
        pdf.len() * 4 < bundled_font_len(),
        "the PDF ({} bytes) is not much smaller than the bundled font ({} bytes): is the font subset?",
        pdf.len(),
        bundled_font_len()
    );

    let text = squeeze(&pdf_text(&path)?);
    assert!(text.contains(&squeeze(UNIT)), "no unit name in:\n{text}");
    assert!(text.contains(&squeeze(NOTE)), "no note in:\n{text}");
    for (_, indicator) in template.indicators() {
        let content = squeeze(indicator.content.get(Lang::Zh));
        assert!(
            text.contains(&content),
            "indicator {} is not in the PDF text:\n{text}",
            indicator.id
        );
    }
    let total = sheet.total.to_string();
    let grade = i18n::grade_text(&template, &sheet, Lang::Zh);
    assert!(text.contains(&total), "no total {total} in:\n{text}");
    assert!(
        text.contains(&squeeze(&grade)),
        "no grade {grade} in:\n{text}"
    );

    // The file the unit sends, exported after the PDF was made: its code is on the paper.
    b.click(&b.find_button(i18n::EXPORT_JSON.zh)?)?;
    let exported =
        crate::harness::wait_for_download(&scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    let file = import_file(
        "unit.eightfold.json",
        &std::fs::read(&exported)?,
        &builtin_templates(),
    )
    .map_err(|e| crate::harness::HarnessError::new(e.message(Lang::En)))?;
    let code = sheet_code(&file.template, &file.assessment)
        .map_err(|e| crate::harness::HarnessError::new(e.message(Lang::En)))?
        .short();
    assert!(
        text.contains(&format!("表单码：{code}")),
        "the footer does not carry the exported file's sheet code {code}:\n{text}"
    );
    assert!(
        !text.contains(&file.digest.short()),
        "the footer carries the file digest, which changes with each export"
    );
    Ok(())
}

#[test]
fn a_minhang_unit_with_a_rare_given_name_gets_its_pdf_and_is_told_which_characters_rely_on_the_reader(
) -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, MINHANG_UNIT)?;
    b.click(&b.find_css("details.unit-details > summary")?)?;
    let assessor = b.find_by_label(i18n::ASSESSOR.zh)?;
    b.clear(&assessor)?;
    b.type_into(&assessor, RARE_ASSESSOR)?;

    b.click(&b.find_button(i18n::DOWNLOAD_PDF.zh)?)?;
    let path = crate::harness::wait_for_download(&scratch.downloads(), ".pdf", UI_CHANGE)?;
    poppler(std::process::Command::new("qpdf").arg("--check").arg(&path))?;
    let text = squeeze(&pdf_text(&path)?);
    assert!(text.contains(MINHANG_UNIT), "no unit name in:\n{text}");
    assert!(text.contains(RARE_ASSESSOR), "no assessor in:\n{text}");
    let fonts = poppler(std::process::Command::new("pdffonts").arg(&path))?;
    assert!(
        fonts
            .lines()
            .any(|l| l.starts_with("STSong-Light") && l.split_whitespace().nth(5) == Some("no")),
        "the reader's font, not embedded, is not listed:\n{fonts}"
    );

    // A notice, not an error: a status line outside the error style, and the made PDF is
    // not reported as a failure.
    let notice = |b: &crate::harness::Browser| -> Result<serde_json::Value> {
        b.execute(
            "return Array.from(document.querySelectorAll('.pdf-notice')).map(e => ({
                text: e.textContent,
                role: e.getAttribute('role'),
                error: e.classList.contains('field-error') || !!e.closest('[role=alert]'),
            }));",
            vec![],
        )
    };
    let chars = "“喆” “堃”";
    let expected = i18n::fill(i18n::PDF_FALLBACK_CHARS, Lang::Zh, chars);
    b.wait_until(
        "the page names the characters the reader's font shows",
        UI_CHANGE,
        |b| {
            let shown = notice(b)?;
            Ok(shown[0]["text"].as_str() == Some(expected.as_str()))
        },
    )?;
    let shown = notice(&b)?;
    assert_eq!(shown[0]["role"], "status", "{shown}");
    assert_eq!(shown[0]["error"], false, "{shown}");
    let alerts = b.execute(
        "return Array.from(document.querySelectorAll('[role=alert]')).map(e => e.textContent).join('');",
        vec![],
    )?;
    assert!(
        !alerts.as_str().unwrap_or_default().contains(chars),
        "the notice is shown as an error: {alerts}"
    );

    // A language switch re-words the notice on screen.
    b.click(&b.find_button("English")?)?;
    let english = i18n::fill(i18n::PDF_FALLBACK_CHARS, Lang::En, chars);
    b.wait_until("the notice is re-worded in English", UI_CHANGE, |b| {
        let shown = notice(b)?;
        Ok(shown[0]["text"].as_str() == Some(english.as_str()))
    })?;
    Ok(())
}

#[test]
fn the_page_registers_the_bundled_font_after_opening_for_computers_without_a_chinese_font(
) -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    b.wait_until(
        "the bundled font registered as a page font",
        UI_CHANGE,
        |b| {
            let state = b.execute(
                "return document.documentElement.dataset.pageFont || ''",
                vec![],
            )?;
            Ok(state.as_str() == Some("loaded"))
        },
    )?;
    let usable = b.execute(
        "return document.fonts.check('16px \"Eightfold CJK\"', '中文 闵行区')",
        vec![],
    )?;
    assert_eq!(usable, serde_json::json!(true), "the face is not usable");
    Ok(())
}
