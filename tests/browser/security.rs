//! Issue 10's hostile file: an exchange file whose every text field — unit name, period,
//! assessor, notes, reviewer and comments, and every text of the template it carries — holds
//! HTML and script payloads. Imported into the built app, the payloads are shown as text and
//! never run: no element is injected, `window.__pwned` stays undefined, the console stays
//! clean and nothing is requested. The CSV and the PDF the app then makes carry the payloads as
//! text, and CSV cells that start like a formula (`=`, `+`, `-`, `@`) are neutralised.
//!
//! The file is made with the app's own exporter, so its digest verifies and the import takes
//! the normal path. The PDF is read back with poppler's `pdftotext`, the CSV with the `csv`
//! crate.

use std::path::Path;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use eightfold::domain::assessment::{Assessment, AssessmentId, Review, UnitInfo};
use eightfold::domain::{
    eight_types, AnswerValue, Answers, Fixed, IndicatorId, IndicatorKind, Template, TemplateId,
    Text,
};
use eightfold::formats::exchange::export_assessment;
use eightfold::ui::i18n;
use serde_json::{json, Value};

use crate::harness::{wait_for_download, Browser, HarnessError, Result, Scratch, UI_CHANGE};
use crate::support_app::{draft_names, note_field, open_draft};
use crate::support_form::open_app;
use crate::support_pdf::{pdf_text, squeeze};

/// Runs when parsed as HTML: an image that fails to load, and an inline script.
const IMG: &str = "<img src=x onerror=window.__pwned=1>";
const SCRIPT: &str = "<script>window.__pwned=1</script>";

/// A field's text: a word saying which field, then both payloads.
fn hostile(field: &str) -> String {
    format!("{field}{IMG}{SCRIPT}")
}

/// Notes a spreadsheet would read as formulas, and what the CSV must hold instead.
const FORMULAS: [(&str, &str); 4] = [
    ("1.2", "=HYPERLINK(\"http://example.invalid\",\"点击\")"),
    ("1.3", "+1+1"),
    ("1.4", "-2+3"),
    ("1.5", "@SUM(A1:A2)"),
];
/// The indicator whose note and review comment hold the payloads.
const NOTED: &str = "1.1";

/// Appends a payload to a template text, in both languages.
fn poison(text: &mut Text) {
    text.zh.push_str(&hostile(""));
    text.en.push_str(&hostile(""));
}

/// The default template with a payload in every text a person sees: title, description,
/// dimension names, indicator content and standard, level labels, quota units, grade labels.
fn hostile_template() -> Template {
    let mut template = eight_types();
    template.id = TemplateId::new("hostile-texts");
    poison(&mut template.title);
    poison(&mut template.description);
    for dimension in &mut template.dimensions {
        poison(&mut dimension.name);
        for indicator in &mut dimension.indicators {
            poison(&mut indicator.content);
            poison(&mut indicator.standard);
            match &mut indicator.kind {
                IndicatorKind::Scale { levels } => {
                    levels.iter_mut().for_each(|l| poison(&mut l.label))
                }
                IndicatorKind::Quota { unit, .. } => poison(unit),
                _ => {}
            }
        }
    }
    for band in &mut template.grade_bands {
        poison(&mut band.label);
    }
    template
}

fn hostile_assessment(template: &Template) -> Assessment {
    let at = FixedOffset::east_opt(8 * 3600)
        .and_then(|offset| offset.with_ymd_and_hms(2026, 11, 20, 9, 30, 0).single())
        .expect("a valid time");
    let mut answers = Answers::new();
    answers.set_value(
        IndicatorId::new(NOTED),
        AnswerValue::Quantity(Fixed::from_int(10)),
    );
    answers.set_note(IndicatorId::new(NOTED), hostile("说明"));
    for (id, note) in FORMULAS {
        answers.set_note(IndicatorId::new(id), note);
    }
    let mut review = Answers::new();
    review.set_value(
        IndicatorId::new(NOTED),
        AnswerValue::Quantity(Fixed::from_int(8)),
    );
    review.set_note(IndicatorId::new(NOTED), hostile("意见"));
    Assessment {
        id: AssessmentId("hostile-2026".to_owned()),
        template_id: template.id.clone(),
        template_version: template.version,
        unit: UnitInfo {
            unit: hostile("县测试局"),
            year: 2026,
            period: hostile("全年"),
            assessor: hostile("张三"),
            date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default(),
        },
        answers,
        review: Some(Review {
            reviewer: hostile("县委考核办"),
            answers: review,
        }),
        created: at,
        modified: at,
    }
}

/// Whether anything ran or was injected: `window.__pwned`, elements a payload would create.
fn injected(b: &Browser) -> Result<Value> {
    b.execute(
        "return {
           pwned: typeof window.__pwned,
           images: document.querySelectorAll('img[src=\"x\"], [onerror]').length,
           scripts: Array.from(document.querySelectorAll('script'))
             .filter((s) => s.textContent.includes('__pwned')).length,
         };",
        vec![],
    )
}

fn nothing_injected() -> Value {
    json!({ "pwned": "undefined", "images": 0, "scripts": 0 })
}

/// Imports `file` through the import panel's file picker and waits for its report line.
fn import(b: &Browser, file: &Path) -> Result<String> {
    let path = file
        .to_str()
        .ok_or_else(|| HarnessError::new(format!("not UTF-8: {}", file.display())))?;
    b.type_into(&b.find_css("#import-files")?, path)?;
    let mut line = String::new();
    b.wait_until("the import report", UI_CHANGE, |b| {
        let shown = b.execute(
            "const li = document.querySelector('.import-report li');
             return li ? [li.innerText, li.classList.contains('import-ok')] : null;",
            vec![],
        )?;
        match (shown.get(0).and_then(Value::as_str), shown.get(1)) {
            (Some(text), Some(ok)) => {
                line = text.to_owned();
                if *ok != json!(true) {
                    return Err(HarnessError::new(format!("the import failed: {text}")));
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    })?;
    Ok(line)
}

/// Every cell of a CSV file written by the app (UTF-8 after a byte-order mark).
fn csv_cells(bytes: &[u8]) -> Result<Vec<String>> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut cells = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| HarnessError::new(format!("reading the CSV: {e}")))?;
        cells.extend(record.iter().map(str::to_owned));
    }
    Ok(cells)
}

#[test]
fn hostile_text_in_an_imported_file_is_shown_and_written_as_text_and_never_runs() -> Result<()> {
    let template = hostile_template();
    let assessment = hostile_assessment(&template);
    let exported = export_assessment(&template, &assessment, assessment.modified)
        .map_err(|e| HarnessError::new(format!("exporting the hostile file: {e:?}")))?;
    let scratch = Scratch::new()?;
    let file = scratch.path().join("hostile.eightfold.json");
    std::fs::write(&file, &exported.bytes)?;

    let b = open_app(&scratch)?;
    let unit = &assessment.unit.unit;
    let report = import(&b, &file)?;
    assert!(report.contains(unit.as_str()), "{report:?}");
    assert!(
        report.contains(i18n::DIGEST_OK.zh),
        "the file should import verified: {report:?}"
    );
    assert_eq!(draft_names(&b)?.len(), 1);
    assert!(draft_names(&b)?[0].starts_with(unit.as_str()));
    assert_eq!(injected(&b)?, nothing_injected(), "on the start screen");

    open_draft(&b, unit)?;
    let shown = b.visible_text()?;
    let (_, first) = template
        .indicators()
        .next()
        .ok_or_else(|| HarnessError::new("the template has no indicator"))?;
    for text in [
        unit.as_str(),
        &assessment.unit.period,
        &template.title.zh,
        &template.dimensions[0].name.zh,
        &first.content.zh,
        &first.standard.zh,
    ] {
        assert!(
            shown.contains(text),
            "the form does not show {text:?} as text"
        );
    }
    let self_note = assessment
        .answers
        .get(&IndicatorId::new(NOTED))
        .map(|a| a.note.clone())
        .unwrap_or_default();
    assert_eq!(b.value_of(&note_field(&b, NOTED)?)?, self_note);
    assert_eq!(injected(&b)?, nothing_injected(), "on the form");

    b.click(&b.find_button(i18n::EXPORT_CSV.zh)?)?;
    let csv_file = wait_for_download(&scratch.downloads(), ".csv", UI_CHANGE)?;
    let csv_bytes = std::fs::read(&csv_file)?;
    let csv_text = String::from_utf8_lossy(&csv_bytes);
    let cells = csv_cells(&csv_bytes)?;
    let review_comment = hostile("意见");
    for text in [
        unit.as_str(),
        &assessment.unit.period,
        &self_note,
        &review_comment,
    ] {
        assert!(csv_text.contains(text), "the CSV bytes lack {text:?}");
        assert!(
            cells.iter().any(|cell| cell == text),
            "no CSV cell is exactly {text:?}"
        );
    }
    for (id, formula) in FORMULAS {
        assert!(
            cells.iter().any(|cell| *cell == format!("'{formula}")),
            "the note on {id} ({formula:?}) is not neutralised with an apostrophe"
        );
        assert!(
            !cells.iter().any(|cell| cell == formula),
            "the note on {id} is a live formula in the CSV: {formula:?}"
        );
    }
    let starts_formula = |cell: &&String| cell.starts_with(['=', '+', '-', '@']);
    let live: Vec<&String> = cells.iter().filter(starts_formula).collect();
    assert!(live.is_empty(), "CSV cells that start a formula: {live:?}");

    b.click(&b.find_button(i18n::DOWNLOAD_PDF.zh)?)?;
    let pdf = wait_for_download(&scratch.downloads(), ".pdf", UI_CHANGE)?;
    let text = squeeze(&pdf_text(&pdf)?);
    let reviewer = assessment
        .review
        .as_ref()
        .map(|r| r.reviewer.clone())
        .unwrap_or_default();
    for wanted in [
        unit.as_str(),
        &assessment.unit.period,
        &assessment.unit.assessor,
        &reviewer,
        &self_note,
        &review_comment,
        &template.title.zh,
        &first.content.zh,
    ] {
        assert!(
            text.contains(&squeeze(wanted)),
            "the PDF text lacks {wanted:?}:\n{text}"
        );
    }

    assert_eq!(
        injected(&b)?,
        nothing_injected(),
        "after the CSV and the PDF"
    );
    assert_eq!(b.console_errors()?, Vec::<String>::new(), "console errors");
    assert_eq!(
        b.network_requests()?,
        Vec::<String>::new(),
        "network requests"
    );

    // The probes are not blind: the same payload parsed as HTML is seen by them.
    b.execute(
        "document.body.insertAdjacentHTML('beforeend', arguments[0]);",
        vec![json!(IMG)],
    )?;
    b.wait_until("the probes to see an injected payload", UI_CHANGE, |b| {
        Ok(injected(b)?["images"] == json!(1))
    })?;
    Ok(())
}
