//! Issue 8's browser journey: "Download PDF" in the built single file makes the evaluation
//! sheet in the browser, and the file that arrives passes the same independent checks as the
//! natively made one — qpdf's structure check, one embedded subset font much smaller than the
//! bundled one, A4 pages, and the unit, every indicator's content, the total and the grade in
//! its text — and, in its footer, the sheet code of the file exported afterwards, so the paper
//! can be matched to the file the committee receives.

use eightfold::domain::{builtin_templates, eight_types, AnswerValue, IndicatorId, Lang};
use eightfold::formats::exchange::{import_file, sheet_code};
use eightfold::ui::i18n;

use crate::harness::{Result, Scratch, UI_CHANGE};
use crate::support_form::{answer, expect_scored, fill_full_marks, open_app, start_assessment};
use crate::support_pdf::{assert_a4, pdf_text, poppler, squeeze};

const UNIT: &str = "示例县机关事务管理局";
const NOTE: &str = "学习记录见台账 Ledger p.12";
const BUNDLED_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-eightfold.otf");

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
        pdf.len() * 4 < BUNDLED_FONT.len(),
        "the PDF ({} bytes) is not much smaller than the bundled font ({} bytes): is the font subset?",
        pdf.len(),
        BUNDLED_FONT.len()
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
    let grade = template.grade_label(&sheet.grade, Lang::Zh);
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
