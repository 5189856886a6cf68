//! Issue 9 in a real browser: the working committee imports twenty unit files at once into
//! review mode, sees the ranking the core computes in the visible table, enters a review
//! score and a comment for one unit, exports the reviewed file and the consolidated CSV, and
//! imports the reviewed file again into a fresh profile. The batch and the review scores
//! survive a reload and a crash, and a backup carries them to a fresh profile (another PC).
//! Review mode also passes axe-core.
//!
//! Expected numbers come from `domain::consolidate` and `domain::score` on the same files,
//! never from literals.

use eightfold::domain::builtin_templates;
use eightfold::domain::consolidate::{review_from_self, Consolidation};
use eightfold::domain::{
    score, AnswerValue, IndicatorId, IndicatorKind, Lang, LevelId, Review, ScoreSheet,
};
use eightfold::drafts::keys::{quarantine_key, REVIEW_BATCH};
use eightfold::drafts::review_record::{decode_review, read_backup_batch};
use eightfold::drafts::BatchFile;
use eightfold::formats::exchange::file_name::BACKUP_EXTENSION;
use eightfold::formats::exchange::{
    import_file, restore, sheet_code, unit_sheet_code, DigestStatus, Imported, UTF8_BOM,
};
use eightfold::formats::review::original_digest;
use eightfold::ui::i18n;

use crate::accessibility::assert_no_serious_violations;
use crate::harness::{
    wait_for_download, Browser, Feature, HarnessError, Result, Scratch, UI_CHANGE,
};
use crate::support_app::{load_app, open_app_in_new_tab, reload_app, stored_entries};
use crate::support_form::open_app;
use crate::support_pdf::{assert_a4, pdf_text, squeeze};
use crate::support_review::{
    choose_review_files, consolidated, import_natively, open_review_mode, unit_row,
    wait_units_rows, write_unit_files,
};

const UNITS: usize = 20;
/// The unit reviewed, by position in the generated batch.
const REVIEWED: usize = 5;
const CHANGED: &str = "1.3";
const COMMENT: &str = "学习档案不全，按“差”评定";
const REVIEWER: &str = "考评工作委员会";

/// "单位表单码 …" as the unit page shows it: the code of `file` without its review, which the
/// unit's own PDF printed.
fn unit_code_line(file: &Imported) -> Result<String> {
    let code = unit_sheet_code(&file.template, &file.assessment)
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    Ok(i18n::fill(i18n::SHEET_CODE_UNIT, Lang::Zh, code.short()))
}

/// "考评后表单码 …" as the unit page shows it once there is a review: the code of `file`'s
/// whole content, which the reviewed file carries.
fn reviewed_code_line(file: &Imported) -> Result<String> {
    let code = sheet_code(&file.template, &file.assessment)
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    Ok(i18n::fill(
        i18n::SHEET_CODE_REVIEWED,
        Lang::Zh,
        code.short(),
    ))
}

/// Opens the page of `unit` from the units table.
fn open_unit(b: &Browser, unit: &str) -> Result<()> {
    b.click(&b.find_button_in(&unit_row(b, unit)?, i18n::REVIEW_OPEN_UNIT.zh)?)
}

/// On the open unit page, starts the review as [`REVIEWER`] and chooses "poor" for item
/// [`CHANGED`]; returns the review the page should now hold (the unit's self scores with that
/// one change).
fn start_review_marking_poor(b: &Browser, file: &Imported) -> Result<Review> {
    b.click(&b.find_button(i18n::REVIEW_START.zh)?)?;
    b.type_into(&b.find_by_label(i18n::REVIEWER.zh)?, REVIEWER)?;
    let id = IndicatorId::new(CHANGED);
    let Some((_, indicator)) = file.template.indicator(&id) else {
        panic!("the template has no indicator {CHANGED}");
    };
    let poor = indicator
        .level(&LevelId::new("poor"))
        .ok_or_else(|| HarnessError::new("1.3 has no level poor"))?;
    let choice = b.find_by_label(&i18n::fill(i18n::REVIEW_VALUE_OF, Lang::Zh, CHANGED))?;
    b.select_option_by_text(
        &choice,
        &format!(
            "{} ({} {})",
            poor.label.zh,
            poor.points,
            i18n::POINTS_UNIT.zh
        ),
    )?;
    let mut review = review_from_self(&file.assessment, REVIEWER);
    review
        .answers
        .set_value(id, AnswerValue::Level(poor.id.clone()));
    Ok(review)
}

/// The review's score sheet, and its total as the unit page shows it ("total · grade").
fn review_total_line(file: &Imported, review: &Review) -> (ScoreSheet, String) {
    let sheet = score(&file.template, &review.answers);
    let line = format!(
        "{} · {}",
        sheet.total,
        i18n::grade_text(&file.template, &sheet, Lang::Zh)
    );
    (sheet, line)
}

/// Waits until the units table has a row for each unit `expected` ranks, checks that, sorted
/// by rank, it shows their (rank, unit) of the first group (`what` names the moment), and
/// returns the rows.
fn wait_ranking(b: &Browser, expected: &Consolidation, what: &str) -> Result<Vec<[String; 4]>> {
    let ranking = &expected.groups[0].ranking;
    let rows = wait_units_rows(b, ranking.len())?;
    let shown: Vec<(String, String)> = rows.iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    let wanted: Vec<(String, String)> = ranking
        .iter()
        .map(|r| (r.rank.to_string(), r.unit.unit.clone()))
        .collect();
    assert_eq!(shown, wanted, "{what}");
    Ok(rows)
}

/// The review score column of `unit`'s row (empty when the table has no such row).
fn review_column(rows: &[[String; 4]], unit: &str) -> String {
    rows.iter()
        .find(|r| r[1] == unit)
        .map(|r| r[3].clone())
        .unwrap_or_default()
}

/// Waits until the unit page's review total reads `text`.
fn wait_review_total(b: &Browser, text: &str) -> Result<()> {
    b.wait_until(
        &format!("the review total to read {text:?}"),
        UI_CHANGE,
        |b| {
            let total = b.find_css("[data-testid=review-total]")?;
            Ok(b.text_of(&total)?.trim() == text)
        },
    )
}

fn records(bytes: &[u8]) -> Result<Vec<Vec<String>>> {
    let body = bytes
        .strip_prefix(UTF8_BOM)
        .ok_or_else(|| HarnessError::new("the CSV has no UTF-8 byte-order mark"))?;
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body)
        .records()
        .map(|r| {
            r.map(|r| r.iter().map(str::to_owned).collect())
                .map_err(|e| HarnessError::new(format!("CSV: {e}")))
        })
        .collect()
}

#[test]
fn twenty_unit_files_are_ranked_reviewed_exported_and_imported_again() -> Result<()> {
    let scratch = Scratch::new()?;
    let paths = write_unit_files(&scratch.path().join("units"), UNITS)?;
    let files: Vec<Imported> = import_natively(&paths)?;
    let before = consolidated(&files);
    assert_eq!(before.groups.len(), 1);
    let ranks: Vec<usize> = before.groups[0].ranking.iter().map(|r| r.rank).collect();
    assert!(
        ranks.windows(2).any(|w| w[0] == w[1]),
        "the generated batch has a tie: {ranks:?}"
    );

    let b = open_app(&scratch)?;
    open_review_mode(&b)?;
    choose_review_files(&b, &paths)?;
    let rows = wait_ranking(&b, &before, "the visible ranking")?;
    for row in &rows {
        let unit = before.groups[0]
            .ranking
            .iter()
            .find(|r| r.unit.unit == row[1])
            .map(|r| &r.unit);
        let self_total = unit.map(|u| u.own.total.to_string());
        assert_eq!(Some(row[2].clone()), self_total, "self score of {}", row[1]);
    }
    b.wait_for_text(&i18n::fill(i18n::REVIEW_LOADED, Lang::Zh, UNITS), UI_CHANGE)?;

    // Review one unit: start from its self scores, mark 1.3 as poor with a comment.
    let file = &files[REVIEWED];
    let unit = file.assessment.unit.unit.clone();
    open_unit(&b, &unit)?;
    // The unit page shows the sheet code of the file as received, as the unit's PDF prints it,
    // and no code with a review yet.
    let received_code = unit_code_line(file)?;
    b.wait_for_text(&received_code, UI_CHANGE)?;
    assert!(
        !b.visible_text()?
            .contains(i18n::SHEET_CODE_REVIEWED.zh.trim_end_matches(" {}")),
        "a code with the review is shown before any review"
    );
    let mut review = start_review_marking_poor(&b, file)?;
    let comment = b.find_by_label(&i18n::fill(i18n::REVIEW_COMMENT_OF, Lang::Zh, CHANGED))?;
    b.type_into(&comment, COMMENT)?;
    review.answers.set_note(IndicatorId::new(CHANGED), COMMENT);
    let (sheet, expected_total) = review_total_line(file, &review);
    let own = score(&file.template, &file.assessment.answers);
    assert!(sheet.total < own.total, "the review lowers the total");
    wait_review_total(&b, &expected_total)?;
    assert!(
        b.visible_text()?.contains(i18n::REVIEW_UNSAVED.zh),
        "unexported review work is pointed out"
    );
    // The changed row is marked as differing from the self score, the others are not.
    let marked = b.execute(
        "return Array.from(document.querySelectorAll('tr.review-row.review-differs'),
           (tr) => tr.querySelector('.indicator-id').innerText);",
        vec![],
    )?;
    assert_eq!(marked, serde_json::json!([CHANGED]));

    // Export the reviewed file: it keeps the unit's digest and has its own.
    b.click(&b.find_button(i18n::REVIEW_EXPORT.zh)?)?;
    let reviewed_path = wait_for_download(&scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    let name = reviewed_path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    assert!(
        name.contains(&unit) && name.contains(i18n::REVIEW_FILE_SUFFIX.zh),
        "{name}"
    );
    let reviewed = import_file(&name, &std::fs::read(&reviewed_path)?, &[])
        .map_err(|e| HarnessError::new(format!("{e:?}")))?;
    assert_eq!(reviewed.digest_status, DigestStatus::Verified);
    assert_eq!(reviewed.review_of, Some(original_digest(file)));
    assert_ne!(reviewed.digest, file.digest);
    assert_eq!(reviewed.assessment.answers, file.assessment.answers);
    let got = reviewed
        .assessment
        .review
        .as_ref()
        .ok_or_else(|| HarnessError::new("the export has no review"))?;
    assert_eq!(got.answers, review.answers);
    assert_eq!(got.reviewer, REVIEWER);
    // After the review, the page still shows the unit's code (the paper the unit stamped) and
    // next to it the reviewed file's code, which differs: the content changed.
    assert_eq!(unit_code_line(&reviewed)?, received_code);
    let reviewed_code = reviewed_code_line(&reviewed)?;
    assert_ne!(
        sheet_code(&reviewed.template, &reviewed.assessment).ok(),
        unit_sheet_code(&reviewed.template, &reviewed.assessment).ok()
    );
    b.wait_for_text(&reviewed_code, UI_CHANGE)?;
    assert!(
        b.visible_text()?.contains(&received_code),
        "the unit's code stays"
    );
    b.wait_until("the unexported mark to go", UI_CHANGE, |b| {
        Ok(!b.visible_text()?.contains(i18n::REVIEW_UNSAVED.zh))
    })?;

    // Printing the page gives the unit's corrective-action list with the comment, and only it.
    // An engine that cannot print to PDF, or whose PDF text cannot be read back in Chinese,
    // says so; its print layout is then read on screen with print media applied.
    let printed = scratch.path().join("corrective.pdf");
    let pdf_unreadable = b.limitation(Feature::PrintToPdf).is_some()
        || b.limitation(Feature::PdfChineseText).is_some();
    if b.engine().cannot(Feature::PrintToPdf).is_none() {
        std::fs::write(&printed, b.print_pdf()?)?;
        assert_a4(&printed)?;
    }
    let text = if pdf_unreadable {
        b.emulate_media("print")?;
        let shown = squeeze(&b.visible_text()?);
        b.emulate_media("")?;
        shown
    } else {
        squeeze(&pdf_text(&printed)?)
    };
    for wanted in [
        i18n::CORRECTIVE.zh,
        unit.as_str(),
        COMMENT,
        i18n::CORRECTIVE_MEASURE.zh,
    ] {
        assert!(
            text.contains(&squeeze(wanted)),
            "the printout lacks {wanted:?}"
        );
    }
    assert!(
        !text.contains(&squeeze(i18n::REVIEW_EXPORT.zh)),
        "buttons are printed"
    );

    // Back on the summary the unit is ranked on its review score, as the core ranks it.
    let mut after_files = files.clone();
    after_files[REVIEWED] = reviewed.clone();
    let after = consolidated(&after_files);
    b.click(&b.find_button(i18n::REVIEW_BACK.zh)?)?;
    let rows = wait_ranking(&b, &after, "the ranking after the review")?;
    assert_eq!(
        review_column(&rows, &unit),
        sheet.total.to_string(),
        "the review column"
    );

    // The consolidated CSV: one row per unit in ranking order, with the review's total.
    b.click(&b.find_button(i18n::REVIEW_DOWNLOAD_CSV.zh)?)?;
    let csv_path = wait_for_download(&scratch.downloads(), ".csv", UI_CHANGE)?;
    let table = records(&std::fs::read(&csv_path)?)?;
    assert_eq!(table.len(), UNITS + 1);
    let total_column = table[0]
        .iter()
        .position(|h| h == i18n::TOTAL.zh)
        .ok_or_else(|| HarnessError::new(format!("no total column in {:?}", table[0])))?;
    for (record, ranked) in table[1..].iter().zip(&after.groups[0].ranking) {
        assert_eq!(record[0], ranked.rank.to_string());
        assert_eq!(record[1], ranked.unit.unit);
        assert_eq!(record[total_column], ranked.unit.total().to_string());
    }
    // The summary PDF, made in the browser.
    b.click(&b.find_button(i18n::REVIEW_DOWNLOAD_PDF.zh)?)?;
    let pdf_path = wait_for_download(&scratch.downloads(), ".pdf", UI_CHANGE)?;
    assert_a4(&pdf_path)?;
    let text = squeeze(&pdf_text(&pdf_path)?);
    let first = &after.groups[0].ranking[0];
    for wanted in [
        format!("{}{}", first.rank, first.unit.unit),
        unit.clone(),
        COMMENT.to_owned(),
    ] {
        assert!(
            text.contains(&squeeze(&wanted)),
            "the summary PDF lacks {wanted:?}"
        );
    }
    assert_eq!(b.console_errors()?, Vec::<String>::new());
    drop(b);

    // A fresh profile: the other units' files and the reviewed one, imported at once.
    let fresh = Scratch::new()?;
    let b = open_app(&fresh)?;
    open_review_mode(&b)?;
    let mut again = paths.clone();
    again[REVIEWED] = reviewed_path.clone();
    choose_review_files(&b, &again)?;
    let rows = wait_ranking(&b, &after, "the ranking after re-import")?;
    assert_eq!(
        review_column(&rows, &unit),
        sheet.total.to_string(),
        "the review survives the round trip"
    );
    assert_eq!(b.console_errors()?, Vec::<String>::new());
    Ok(())
}

#[test]
fn a_batch_with_a_duplicate_and_a_broken_file_says_so() -> Result<()> {
    let scratch = Scratch::new()?;
    let mut paths = write_unit_files(&scratch.path().join("units"), 3)?;
    let copy = scratch.path().join("units").join("副本.eightfold.json");
    std::fs::copy(&paths[1], &copy)?;
    let broken = scratch.path().join("units").join("半截.eightfold.json");
    let bytes = std::fs::read(&paths[0])?;
    std::fs::write(&broken, &bytes[..bytes.len() / 2])?;
    paths.push(copy);
    paths.push(broken.clone());

    let b = open_app(&scratch)?;
    open_review_mode(&b)?;
    choose_review_files(&b, &paths)?;
    // Three ranked units and the duplicate, set aside and marked.
    let rows = wait_units_rows(&b, 4)?;
    assert_eq!(rows.iter().filter(|r| r[0] == "—").count(), 1, "{rows:?}");
    let text = b.visible_text()?;
    assert!(
        text.contains(i18n::REVIEW_DUPLICATE.zh),
        "no duplicate mark"
    );
    assert!(
        text.contains("副本.eightfold.json"),
        "the duplicate notice names the copy"
    );
    // The broken file is refused with the importer's own message.
    let Err(error) = import_file("半截.eightfold.json", &std::fs::read(&broken)?, &[]) else {
        panic!("the core accepts a truncated file");
    };
    assert!(text.contains("半截.eightfold.json") && text.contains(&error.message(Lang::Zh)));
    Ok(())
}

#[test]
fn review_mode_has_no_serious_accessibility_violations() -> Result<()> {
    let scratch = Scratch::new()?;
    let paths = write_unit_files(&scratch.path().join("units"), 4)?;
    let files = import_natively(&paths)?;
    let b = open_app(&scratch)?;
    open_review_mode(&b)?;
    choose_review_files(&b, &paths)?;
    wait_units_rows(&b, 4)?;
    assert_no_serious_violations(&b, "the review summary")?;
    open_unit(&b, &files[0].assessment.unit.unit)?;
    b.click(&b.find_button(i18n::REVIEW_START.zh)?)?;
    b.find_by_label(&i18n::fill(i18n::REVIEW_COMMENT_OF, Lang::Zh, CHANGED))?;
    assert_no_serious_violations(&b, "a unit's review page")
}

#[test]
fn review_boxes_say_what_they_take_and_export_needs_a_reviewer() -> Result<()> {
    let scratch = Scratch::new()?;
    let paths = write_unit_files(&scratch.path().join("units"), 2)?;
    let files = import_natively(&paths)?;
    let file = &files[0];
    let b = open_app(&scratch)?;
    open_review_mode(&b)?;
    choose_review_files(&b, &paths)?;
    wait_units_rows(&b, 2)?;
    open_unit(&b, &file.assessment.unit.unit)?;
    b.click(&b.find_button(i18n::REVIEW_START.zh)?)?;

    // A quantity item's box takes the achieved quantity, not points: its label says so, with
    // the unit and the target, the unit stands next to the box, and it starts from the
    // unit's own figure.
    let (_, quota) = file
        .template
        .indicators()
        .find(|(_, i)| matches!(i.kind, IndicatorKind::Quota { .. }))
        .ok_or_else(|| HarnessError::new("the template has a quota item"))?;
    let IndicatorKind::Quota { target, unit, .. } = &quota.kind else {
        unreachable!("found as a quota");
    };
    let label = [quota.id.to_string(), unit.zh.clone(), target.to_string()]
        .iter()
        .fold(i18n::REVIEW_ACHIEVED_OF.zh.to_owned(), |t, v| {
            t.replacen("{}", v, 1)
        });
    assert!(label.contains(&unit.zh) && label.contains(&format!("目标 {target}")));
    let field = b.find_by_label(&label)?;
    let Some(AnswerValue::Quantity(own)) = file.assessment.answers.get(&quota.id).map(|a| &a.value)
    else {
        panic!("the unit answered {} with a quantity", quota.id);
    };
    assert_eq!(b.value_of(&field)?, own.to_string());
    let shown_unit = b.execute(
        "return arguments[0].parentElement.querySelector('.number-unit').innerText;",
        vec![field.to_json()],
    )?;
    assert_eq!(shown_unit, serde_json::json!(unit.zh));

    // No reviewer's name: the export is refused, and the field is pointed out and focused.
    b.click(&b.find_button(i18n::REVIEW_EXPORT.zh)?)?;
    b.wait_for_text(i18n::REVIEWER_MISSING.zh, UI_CHANGE)?;
    let focused = b.execute(
        "return document.activeElement === arguments[0];",
        vec![b.find_by_label(i18n::REVIEWER.zh)?.to_json()],
    )?;
    assert_eq!(
        focused,
        serde_json::json!(true),
        "the reviewer field has the focus"
    );
    assert_no_serious_violations(&b, "the refused export")?;
    b.type_into(&b.find_by_label(i18n::REVIEWER.zh)?, REVIEWER)?;
    b.click(&b.find_button(i18n::REVIEW_EXPORT.zh)?)?;
    let exported = wait_for_download(&scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    let downloads = std::fs::read_dir(scratch.downloads())?.count();
    assert_eq!(
        downloads, 1,
        "only the export with a reviewer was downloaded"
    );
    let name = exported
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let reviewed = import_file(name, &std::fs::read(&exported)?, &[])
        .map_err(|e| HarnessError::new(format!("{e:?}")))?;
    assert_eq!(
        reviewed.assessment.review.map(|r| r.reviewer),
        Some(REVIEWER.to_owned())
    );
    assert_eq!(b.console_errors()?, Vec::<String>::new());
    Ok(())
}

/// The units whose row in the units table carries the "not exported" mark, top to bottom.
fn unexported_units(b: &Browser) -> Result<Vec<String>> {
    let units = b.execute(
        "return Array.from(document.querySelectorAll('table.review-units-table tbody tr.unsaved'),
           (tr) => tr.cells[1].innerText.replace(/\\s*\\*$/, '').trim());",
        vec![],
    )?;
    serde_json::from_value(units).map_err(|e| HarnessError::new(format!("unit names: {e}")))
}

/// The review batch in the page's storage, read the way the app reads it.
fn stored_batch(b: &Browser) -> Result<Vec<BatchFile>> {
    let Some(raw) = stored_entries(b, REVIEW_BATCH)?.remove(REVIEW_BATCH) else {
        return Ok(Vec::new());
    };
    decode_review(&raw)
        .map(|(_, files)| files)
        .map_err(|problem| HarnessError::new(format!("the stored batch: {problem:?}")))
}

/// After a reload or a crash: review mode shows the batch in the ranking `expected`, the
/// reviewed unit with its review total and the unexported mark, and its review page the
/// reviewer, the total and `comment` (if any).
fn expect_batch_back(
    b: &Browser,
    expected: &Consolidation,
    unit: &str,
    review_total: &str,
    page_total: &str,
    comment: &str,
) -> Result<()> {
    open_review_mode(b)?;
    let rows = wait_ranking(b, expected, "the batch after restart")?;
    assert_eq!(
        review_column(&rows, unit),
        review_total,
        "the review score after restart"
    );
    assert_eq!(
        unexported_units(b)?,
        vec![unit.to_owned()],
        "the unexported mark"
    );

    open_unit(b, unit)?;
    wait_review_total(b, page_total)?;
    assert_eq!(b.value_of(&b.find_by_label(i18n::REVIEWER.zh)?)?, REVIEWER);
    let field = b.find_by_label(&i18n::fill(i18n::REVIEW_COMMENT_OF, Lang::Zh, CHANGED))?;
    assert_eq!(b.value_of(&field)?, comment, "the comment after restart");
    assert!(
        b.visible_text()?.contains(i18n::REVIEW_UNSAVED.zh),
        "unexported review work is still pointed out"
    );
    Ok(())
}

/// Three unit files in review mode, one of them reviewed on its page.
struct OneReviewed {
    unit: String,
    review: Review,
    /// The review's score sheet, and its total line as the unit page shows it.
    sheet: ScoreSheet,
    page_total: String,
    /// The consolidation the batch shows with that review.
    expected: Consolidation,
}

/// Opens review mode on `b`, imports three unit files written under `scratch` and, on the page
/// of file `reviewed`, starts the review marking item [`CHANGED`] poor; waits for the page's
/// review total only (not for the save).
fn review_one_of_three(b: &Browser, scratch: &Scratch, reviewed: usize) -> Result<OneReviewed> {
    let paths = write_unit_files(&scratch.path().join("units"), 3)?;
    let files = import_natively(&paths)?;
    open_review_mode(b)?;
    choose_review_files(b, &paths)?;
    wait_units_rows(b, 3)?;
    let file = &files[reviewed];
    let unit = file.assessment.unit.unit.clone();
    open_unit(b, &unit)?;
    let review = start_review_marking_poor(b, file)?;
    let (sheet, page_total) = review_total_line(file, &review);
    wait_review_total(b, &page_total)?;
    let mut after = files.clone();
    after[reviewed].assessment.review = Some(review.clone());
    let expected = consolidated(&after);
    Ok(OneReviewed {
        unit,
        review,
        sheet,
        page_total,
        expected,
    })
}

#[test]
fn review_work_survives_a_reload_and_a_crash() -> Result<()> {
    const REVIEWED_HERE: usize = 1;
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let url = b.current_url()?;
    // Score item 1.3 of one unit as poor, and reload at once (no waiting for the save).
    let OneReviewed {
        unit,
        sheet,
        page_total,
        expected,
        ..
    } = review_one_of_three(&b, &scratch, REVIEWED_HERE)?;
    let expect_back = |comment: &str| {
        let review_total = sheet.total.to_string();
        expect_batch_back(&b, &expected, &unit, &review_total, &page_total, comment)
    };
    reload_app(&b)?;
    expect_back("")?;

    // A comment, stored, then the tab crashes: the comment is there when the app opens again.
    let field = b.find_by_label(&i18n::fill(i18n::REVIEW_COMMENT_OF, Lang::Zh, CHANGED))?;
    b.type_into(&field, COMMENT)?;
    let id = IndicatorId::new(CHANGED);
    let comment_stored = |b: &Browser| -> Result<bool> {
        let stored = stored_batch(b)?;
        Ok(stored.len() == 3
            && stored[REVIEWED_HERE]
                .imported
                .assessment
                .review
                .as_ref()
                .and_then(|r| r.answers.get(&id))
                .is_some_and(|answer| answer.note == COMMENT))
    };
    b.wait_until("the comment to be stored", UI_CHANGE, comment_stored)?;
    b.wait_for_text(i18n::REVIEW_STORE_KEPT.zh, UI_CHANGE)?;
    // The write has left the tab once another tab sees it (Firefox hands localStorage writes
    // to its parent process a moment later); only then is a crash fair.
    let editing = b.webdriver().window_handle()?;
    open_app_in_new_tab(&b)?;
    b.wait_until(
        "another tab to see the stored comment",
        UI_CHANGE,
        comment_stored,
    )?;
    if b.limitation(Feature::CrashTab).is_none() {
        b.switch_to_window(&editing)?;
        b.crash_tab()?;
    }
    load_app(&b, &url)?;
    expect_back(COMMENT)?;

    // Clearing the batch clears the stored copy: a reload then starts empty.
    b.click(&b.find_button(i18n::REVIEW_BACK.zh)?)?;
    // The page asks in the page before discarding unexported work: discard it.
    b.click(&b.find_button(i18n::REVIEW_CLEAR.zh)?)?;
    b.click(&b.find_button(i18n::REVIEW_DISCARD_WORK.zh)?)?;
    b.wait_for_text(i18n::REVIEW_EMPTY.zh, UI_CHANGE)?;
    b.wait_until("the stored batch to be cleared", UI_CHANGE, |b| {
        Ok(stored_batch(b)?.is_empty())
    })?;
    reload_app(&b)?;
    open_review_mode(&b)?;
    b.wait_for_text(i18n::REVIEW_EMPTY.zh, UI_CHANGE)?;
    assert_eq!(b.console_errors()?, Vec::<String>::new());
    Ok(())
}

#[test]
fn an_unreadable_stored_batch_is_kept_aside_and_told() -> Result<()> {
    const BROKEN: &str = "{\"schema\": 1, \"files\": [";
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    b.execute(
        "localStorage.setItem(arguments[0], arguments[1]);",
        vec![serde_json::json!(REVIEW_BATCH), serde_json::json!(BROKEN)],
    )?;
    reload_app(&b)?;
    open_review_mode(&b)?;
    b.wait_for_text(i18n::REVIEW_STORE_UNREADABLE.zh, UI_CHANGE)?;
    b.find_button(i18n::DOWNLOAD_UNREADABLE.zh)?;
    let kept = stored_entries(&b, &quarantine_key(REVIEW_BATCH, 0))?;
    assert_eq!(
        kept.get(&quarantine_key(REVIEW_BATCH, 0))
            .map(String::as_str),
        Some(BROKEN),
        "the unreadable text is kept aside verbatim"
    );
    assert_eq!(stored_batch(&b)?, Vec::new());
    b.wait_for_text(i18n::REVIEW_EMPTY.zh, UI_CHANGE)?;
    Ok(())
}

/// Restores the backup at `path` through the import panel of the start screen and returns the
/// report once it holds `expected`.
fn restore_backup_expecting(b: &Browser, path: &std::path::Path, expected: &str) -> Result<String> {
    let text = path
        .to_str()
        .ok_or_else(|| HarnessError::new(format!("not UTF-8: {}", path.display())))?;
    b.type_into(&b.find_css("#import-files")?, text)?;
    let mut report = String::new();
    b.wait_until(
        &format!("the import report to say {expected:?}"),
        UI_CHANGE,
        |b| {
            let lines = b.execute(
                "return Array.from(document.querySelectorAll('.import-report li'),
                   (li) => li.innerText).join('\\n');",
                vec![],
            )?;
            report = lines.as_str().unwrap_or_default().to_owned();
            Ok(report.contains(expected))
        },
    )?;
    Ok(report)
}

#[test]
fn a_backup_carries_the_review_batch_to_a_fresh_profile() -> Result<()> {
    const REVIEWED_HERE: usize = 2;
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let OneReviewed {
        unit,
        review,
        sheet,
        page_total,
        expected,
        ..
    } = review_one_of_three(&b, &scratch, REVIEWED_HERE)?;

    // Back up at once, without waiting for the save: a change still waiting is written first.
    b.click(&b.find_button(i18n::BACK_TO_START.zh)?)?;
    b.click(&b.find_button(i18n::BACKUP_ALL.zh)?)?;
    let backup = wait_for_download(&scratch.downloads(), BACKUP_EXTENSION, UI_CHANGE)?;
    let restored = restore(&std::fs::read(&backup)?, &builtin_templates())
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    assert_eq!(restored.format_version, 3, "a backup with a review batch");
    assert_eq!(restored.digest_status, DigestStatus::Verified);
    let batch = restored
        .review_batch
        .as_ref()
        .ok_or_else(|| HarnessError::new("the backup has no review batch"))?;
    let batch = read_backup_batch(batch).map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    assert_eq!(batch.len(), 3);
    let backed_up = &batch[REVIEWED_HERE];
    assert!(backed_up.unsaved, "the not-exported mark is in the backup");
    let backed_up_review = backed_up
        .imported
        .assessment
        .review
        .as_ref()
        .ok_or_else(|| HarnessError::new("the backup lost the review"))?;
    assert_eq!(backed_up_review.reviewer, REVIEWER);
    assert_eq!(
        backed_up_review.answers.get(&IndicatorId::new(CHANGED)),
        review.answers.get(&IndicatorId::new(CHANGED)),
        "the review score typed last is in the backup"
    );

    // Another PC: a fresh profile, nothing stored. Restoring the backup brings the batch back
    // into review mode, with the review score and the not-exported mark.
    let fresh = Scratch::new()?;
    let other = open_app(&fresh)?;
    assert_eq!(
        stored_batch(&other)?,
        Vec::new(),
        "a fresh profile has a batch"
    );
    let report = restore_backup_expecting(
        &other,
        &backup,
        &i18n::fill(i18n::BACKUP_REVIEW_RESTORED, Lang::Zh, 3),
    )?;
    assert!(
        !report.contains(&i18n::fill(i18n::BACKUP_NOT_RESTORED, Lang::Zh, 1)),
        "{report}"
    );
    expect_batch_back(
        &other,
        &expected,
        &unit,
        &sheet.total.to_string(),
        &page_total,
        "",
    )?;
    assert_eq!(stored_batch(&other)?, batch, "stored as it was backed up");

    // Restoring it again where a batch now is: the batch here is kept, and the report says
    // how to restore the backup's instead.
    other.click(&other.find_button(i18n::BACK_TO_START.zh)?)?;
    restore_backup_expecting(
        &other,
        &backup,
        &i18n::fill(i18n::BACKUP_REVIEW_KEPT_HERE, Lang::Zh, 3),
    )?;
    assert_eq!(stored_batch(&other)?, batch, "the batch here is untouched");
    assert_eq!(other.console_errors()?, Vec::<String>::new());
    Ok(())
}
