//! Issue 7's files in a real browser: an exported `.eightfold.json` imported into a fresh
//! profile gives back the same form and score; a hand-edited file is imported but marked as
//! changed after export; a broken file gets its own message and touches no draft; the CSV
//! keeps its Chinese text (UTF-8 with a byte-order mark, for Excel and WPS); a reviewed file
//! kept as a draft still names the unit's original file when exported again after a reload.
//!
//! Expected scores and import messages come from the core (`domain::score`,
//! `formats::exchange::import_file`), never from literals.

use std::path::{Path, PathBuf};

use eightfold::domain::{
    builtin_templates, eight_types, AnswerValue, Answers, Assessment, AssessmentId, Fixed,
    IndicatorId, Lang, LevelId, Review, Template, UnitInfo,
};
use eightfold::formats::exchange::{
    export_assessment, export_reviewed, import_file, sheet_code, DigestStatus,
};
use eightfold::ui::i18n;
use serde_json::{json, Value};

use crate::harness::{wait_for_download, Browser, HarnessError, Result, Scratch, UI_CHANGE};
use crate::support_app::{
    back_to_start, draft_names, note_field, open_draft, reload_app, stored_drafts, stored_records,
    type_note, wait_saved_note,
};
use crate::support_form::{
    answer, control_label, expect_scored, indicator_card, open_app, start_assessment,
};

const UNIT: &str = "县交通运输局";
const NOTED: &str = "1.1";
const NOTE: &str = "全年人均学习 10 天，见学习台账";

/// A few answers of different kinds, as a person gives them in the form.
fn answers_given() -> Vec<(&'static str, AnswerValue)> {
    vec![
        ("1.1", AnswerValue::Quantity(Fixed::from_hundredths(1000))),
        ("1.3", AnswerValue::Level(LevelId::new("fairly_good"))),
        ("1.5", AnswerValue::YesNo(true)),
        ("3.3", AnswerValue::Count(1)),
        ("7.6", AnswerValue::Count(1)),
        ("8.1", AnswerValue::Veto(false)),
    ]
}

/// Fills an assessment of [`UNIT`] in a browser of its own, checks the page's score against
/// the core, exports it with 导出文件 and returns the downloaded file and the answers given.
fn fill_and_export(scratch: &Scratch, template: &Template) -> Result<(PathBuf, Answers)> {
    let b = open_app(scratch)?;
    start_assessment(&b, UNIT)?;
    let mut answers = Answers::new();
    for (id, value) in answers_given() {
        answer(&b, template, id, &value)?;
        answers.set_value(IndicatorId::new(id), value);
    }
    type_note(&b, NOTED, NOTE)?;
    answers.set_note(IndicatorId::new(NOTED), NOTE);
    expect_scored(&b, template, &answers, "filling the form")?;
    wait_saved_note(&b, NOTED, NOTE)?;

    b.click(&b.find_button(i18n::EXPORT_JSON.zh)?)?;
    let file = wait_for_download(&scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    Ok((file, answers))
}

/// Chooses `files` in the import panel's file picker (WebDriver sends their paths).
fn import_files(b: &Browser, files: &[&Path]) -> Result<()> {
    let paths = files
        .iter()
        .map(|f| {
            f.to_str()
                .ok_or_else(|| HarnessError::new(format!("not UTF-8: {}", f.display())))
        })
        .collect::<Result<Vec<_>>>()?;
    let picker = b.find_css("#import-files")?;
    b.type_into(&picker, &paths.join("\n"))
}

/// One line of the import report: its text and whether it says the import worked.
#[derive(Debug)]
struct ReportLine {
    text: String,
    ok: bool,
}

/// Waits until the import report has `count` lines and returns them.
fn import_report(b: &Browser, count: usize) -> Result<Vec<ReportLine>> {
    let mut lines = Vec::new();
    b.wait_until(
        &format!("{count} lines in the import report"),
        UI_CHANGE,
        |b| {
            let shown = b.execute(
                "return Array.from(document.querySelectorAll('.import-report li'),
               (li) => [li.innerText, li.classList.contains('import-ok')]);",
                vec![],
            )?;
            lines = shown
                .as_array()
                .map(|rows| {
                    rows.iter()
                        .filter_map(|row| {
                            Some(ReportLine {
                                text: row.get(0)?.as_str()?.to_owned(),
                                ok: row.get(1)?.as_bool()?,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            Ok(lines.len() == count)
        },
    )?;
    Ok(lines)
}

/// True when the radio or check box labelled `label` on `indicator`'s card is checked.
fn is_checked(b: &Browser, indicator: &str, label: &str) -> Result<bool> {
    let card = indicator_card(b, indicator)?;
    let control = b.find_by_label_in(&card, label)?;
    Ok(b.webdriver().property(&control, "checked")? == json!(true))
}

#[test]
fn an_exported_file_reproduces_the_form_and_score_in_a_fresh_profile() -> Result<()> {
    let template = eight_types();
    let exporter = Scratch::new()?;
    let (file, answers) = fill_and_export(&exporter, &template)?;
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(
        name.starts_with(UNIT) && name.ends_with(".eightfold.json"),
        "export named {name:?}"
    );

    let fresh = Scratch::new()?;
    let b = open_app(&fresh)?;
    assert!(draft_names(&b)?.is_empty(), "the fresh profile has drafts");
    import_files(&b, &[&file])?;
    let report = import_report(&b, 1)?;
    assert!(report[0].ok, "{report:?}");
    assert!(
        report[0]
            .text
            .contains(&i18n::fill(i18n::IMPORTED_AS, Lang::Zh, UNIT))
            && report[0].text.contains(i18n::DIGEST_OK.zh),
        "{report:?}"
    );
    let sent = import_file(name, &std::fs::read(&file)?, &builtin_templates())
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    let code = sheet_code(&sent.template, &sent.assessment)
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    assert!(
        report[0]
            .text
            .contains(&i18n::fill(i18n::SHEET_CODE, Lang::Zh, code.short())),
        "the import report shows the file's sheet code {code}: {report:?}"
    );

    open_draft(&b, UNIT)?;
    expect_scored(&b, &template, &answers, "opening the imported draft")?;
    assert_eq!(b.value_of(&note_field(&b, NOTED)?)?, NOTE);
    for (id, value) in answers_given() {
        let Some((_, indicator)) = template.indicator(&IndicatorId::new(id)) else {
            panic!("the template has no indicator {id}");
        };
        let label = control_label(indicator, &value)?;
        let card = indicator_card(&b, id)?;
        let control = b.find_by_label_in(&card, &label)?;
        match &value {
            AnswerValue::Quantity(q) => assert_eq!(b.value_of(&control)?, q.to_string(), "{id}"),
            AnswerValue::Count(n) => assert_eq!(b.value_of(&control)?, n.to_string(), "{id}"),
            _ => assert!(
                is_checked(&b, id, &label)?,
                "{id}: {label:?} is not checked"
            ),
        }
    }
    Ok(())
}

#[test]
fn a_hand_edited_file_is_marked_changed_after_export() -> Result<()> {
    let template = eight_types();
    let exporter = Scratch::new()?;
    let (file, mut answers) = fill_and_export(&exporter, &template)?;

    // Someone flips 1.5 from met to not met in a text editor; the digest stays as exported.
    let mut content: Value = serde_json::from_slice(&std::fs::read(&file)?)?;
    let value = &mut content["assessment"]["answers"]["1.5"]["value"];
    assert_eq!(*value, json!({ "kind": "yes_no", "value": true }));
    *value = json!({ "kind": "yes_no", "value": false });
    answers.set_value(IndicatorId::new("1.5"), AnswerValue::YesNo(false));
    let fresh = Scratch::new()?;
    let edited = fresh.path().join("改过的.eightfold.json");
    std::fs::write(&edited, serde_json::to_vec_pretty(&content)?)?;

    let b = open_app(&fresh)?;
    import_files(&b, &[&edited])?;
    let report = import_report(&b, 1)?;
    assert!(
        report[0].text.contains(i18n::CHANGED_AFTER_EXPORT.zh),
        "no changed-after-export mark: {report:?}"
    );
    assert!(!report[0].text.contains(i18n::DIGEST_OK.zh), "{report:?}");

    open_draft(&b, UNIT)?;
    expect_scored(&b, &template, &answers, "opening the edited import")?;
    assert!(
        is_checked(&b, "1.5", i18n::NO.zh)?,
        "1.5 does not show the edit"
    );
    Ok(())
}

#[test]
fn broken_files_are_refused_with_their_message_and_drafts_stay_untouched() -> Result<()> {
    const KEPT: &str = "县自然资源局";
    const SAMPLE: &[u8] =
        include_bytes!("../../crates/core/tests/fixtures/exchange/v2-sample.eightfold.json");
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, KEPT)?;
    type_note(&b, NOTED, "已有草稿")?;
    wait_saved_note(&b, NOTED, "已有草稿")?;
    back_to_start(&b)?;
    let before = stored_drafts(&b)?;

    let truncated = scratch.path().join("半截.eightfold.json");
    std::fs::write(&truncated, &SAMPLE[..SAMPLE.len() / 2])?;
    let other = scratch.path().join("其他工具.json");
    std::fs::write(
        &other,
        serde_json::to_vec(&json!({ "format": "kobo-form", "version": 3 }))?,
    )?;
    import_files(&b, &[&truncated, &other])?;
    let report = import_report(&b, 2)?;

    let builtins = builtin_templates();
    for (path, line) in [&truncated, &other].into_iter().zip(&report) {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Err(error) = import_file(name, &std::fs::read(path)?, &builtins) else {
            panic!("the core accepts {name}");
        };
        assert!(!line.ok, "{name} was reported as imported: {line:?}");
        assert!(line.text.contains(name), "{line:?} does not name {name}");
        assert!(
            line.text.contains(&error.message(Lang::Zh)),
            "{line:?} lacks the core's message {:?}",
            error.message(Lang::Zh)
        );
    }
    assert!(report[0].text.contains("文件不完整"), "{:?}", report[0]);
    assert!(report[1].text.contains("kobo-form"), "{:?}", report[1]);

    assert_eq!(
        stored_drafts(&b)?,
        before,
        "a refused import changed the drafts"
    );
    assert_eq!(draft_names(&b)?.len(), 1, "the drafts list changed");
    Ok(())
}

#[test]
fn the_csv_export_keeps_its_chinese_text() -> Result<()> {
    const CSV_UNIT: &str = "县市场监督管理局";
    const CSV_NOTE: &str = "佐证：中心组学习记录、会议纪要";
    let template = eight_types();
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, CSV_UNIT)?;
    type_note(&b, NOTED, CSV_NOTE)?;
    wait_saved_note(&b, NOTED, CSV_NOTE)?;

    b.click(&b.find_button(i18n::EXPORT_CSV.zh)?)?;
    let file = wait_for_download(&scratch.downloads(), ".csv", UI_CHANGE)?;
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(name.starts_with(CSV_UNIT), "CSV named {name:?}");

    let bytes = std::fs::read(&file)?;
    assert!(
        bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
        "no UTF-8 byte-order mark: starts with {:02X?}",
        &bytes[..bytes.len().min(3)]
    );
    let text = String::from_utf8(bytes[3..].to_vec())
        .map_err(|e| HarnessError::new(format!("the CSV is not UTF-8: {e}")))?;
    let Some((_, first)) = template.indicator(&IndicatorId::new(NOTED)) else {
        panic!("the template has no indicator {NOTED}");
    };
    for wanted in ["学习型", "廉洁型", first.content.zh.as_str(), CSV_NOTE] {
        assert!(text.contains(wanted), "the CSV lacks {wanted:?}");
    }
    Ok(())
}

#[test]
fn a_reviewed_file_kept_as_a_draft_still_names_the_units_file_after_a_reload() -> Result<()> {
    const REVIEWED_UNIT: &str = "县住房和城乡建设局";
    let template = eight_types();
    let Some(at) = chrono::DateTime::parse_from_rfc3339("2025-03-20T09:00:00+08:00").ok() else {
        panic!("a valid time");
    };
    // The unit's file, and the committee's reviewed file of it (made with the exchange API).
    let mut assessment = Assessment::new(
        AssessmentId("a-reviewed-unit".to_owned()),
        &template,
        UnitInfo {
            unit: REVIEWED_UNIT.to_owned(),
            year: 2024,
            period: "全年".to_owned(),
            assessor: "赵敏".to_owned(),
            date: at.date_naive(),
        },
        at,
    );
    for (id, value) in answers_given() {
        assessment.answers.set_value(IndicatorId::new(id), value);
    }
    let unit_file = export_assessment(&template, &assessment, at)
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    let mut review = Review {
        reviewer: "考评组".to_owned(),
        ..Review::default()
    };
    review
        .answers
        .set_value(IndicatorId::new("1.5"), AnswerValue::YesNo(false));
    assessment.review = Some(review);
    let reviewed = export_reviewed(&template, &assessment, unit_file.digest, at, Lang::Zh)
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;

    let scratch = Scratch::new()?;
    let path = scratch
        .path()
        .join(format!("{REVIEWED_UNIT}-考评.eightfold.json"));
    std::fs::write(&path, &reviewed.bytes)?;
    let b = open_app(&scratch)?;
    import_files(&b, &[&path])?;
    let report = import_report(&b, 1)?;
    assert!(report[0].ok, "{report:?}");
    let kept = stored_records(&b)?;
    assert_eq!(kept.len(), 1, "one draft kept");
    assert_eq!(kept[0].review_of, Some(unit_file.digest));
    let stored = stored_drafts(&b)?;
    let raw: Value = serde_json::from_str(stored.values().next().map_or("", String::as_str))?;
    assert_eq!(raw["schema"], 3, "a reviewed draft is stored as schema 3");

    reload_app(&b)?;
    open_draft(&b, REVIEWED_UNIT)?;
    b.click(&b.find_button(i18n::EXPORT_JSON.zh)?)?;
    let file = wait_for_download(&scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let again = import_file(name, &std::fs::read(&file)?, &builtin_templates())
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    let original = import_file("reviewed", &reviewed.bytes, &builtin_templates())
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    assert_eq!(original.review_of, Some(unit_file.digest));
    assert_eq!(
        again.review_of, original.review_of,
        "the re-exported file names the unit's original file"
    );
    assert_eq!(again.digest_status, DigestStatus::Verified);
    assert_eq!(again.assessment.review, assessment.review);
    assert_eq!(again.assessment.answers, assessment.answers);
    Ok(())
}
