//! Issue 11 in a real browser, on the built single file: a committee builds its own criteria
//! in the editor, imports them from a spreadsheet, is stopped from publishing a broken
//! template, sends units a form file that opens from `file://` with its template, and moves a
//! draft to a newer template version without losing an answer that has a place.
//!
//! Expected templates, scores and messages come from the core (`domain::validate`,
//! `domain::score`, `template_diff::move_answers`, the formats' readers), never literals.

use std::path::PathBuf;

use eightfold::domain::issue_place::{Field, IssuePlace, Part};
use eightfold::domain::template_diff::move_answers;
use eightfold::domain::template_edit::{copy_of, sample_answers, KindChoice};
use eightfold::domain::{
    eight_types, score, validate, AnswerValue, Answers, Fixed, IndicatorId, IndicatorKind, Lang,
    LevelId, Template, TemplateId, Text,
};
use eightfold::formats::criteria_csv::criteria_from_csv;
use eightfold::formats::exchange::template_file::{export_template, import_template_file};
use eightfold::formats::form_file::form_file_name;
use eightfold::ui::i18n::{self, fill};
use serde_json::json;

use crate::accessibility::assert_no_serious_violations;
use crate::harness::{self, wait_for_download, Browser, Result, Scratch, UI_CHANGE};
use crate::support_app::{back_to_start, open_draft, stored_records, type_note, wait_saved_note};
use crate::support_editor::{
    choose, leave_editor, pick_file, press_in, set_field, stored_template, stored_templates,
    template_report, template_row, text_at, wait_editor, wait_focused, wait_text_at,
};
use crate::support_form::{answer, expect_scored, open_app, start_assessment, wait_ready};

const UNIT: &str = "县水利局";

fn at() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-03-02T09:30:00+08:00")
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The eight types criteria as a committee's own template `id`, version `version`.
fn committee_template(id: &str, title: &str, version: u32) -> Template {
    let mut template = copy_of(&eight_types(), TemplateId::new(id));
    template.title = Text::new(title, "County criteria");
    template.version = version;
    template
}

/// Writes `template` as a template file into the scratch folder.
fn template_file(scratch: &Scratch, template: &Template) -> Result<PathBuf> {
    let file = export_template(template, at()).unwrap_or_else(|e| panic!("{e}"));
    let path = scratch.path().join(&file.file_name);
    std::fs::write(&path, &file.bytes)?;
    Ok(path)
}

/// Imports a template file through the templates panel and returns its report line.
fn import_template(b: &Browser, path: &std::path::Path) -> Result<String> {
    pick_file(b, "template-file", path)?;
    let lines = template_report(b, 1)?;
    Ok(lines.into_iter().next().unwrap_or_default())
}

/// "title (第 n 版)", as the app names a template in messages.
fn named(template: &Template) -> String {
    format!(
        "{} ({})",
        template.title.zh,
        fill(i18n::VERSION_N, Lang::Zh, template.version)
    )
}

/// The ids of the stored working template, dimension by dimension, by their content.
fn contents(template: &Template) -> Vec<String> {
    template
        .indicators()
        .map(|(_, i)| i.content.zh.clone())
        .collect()
}

#[test]
fn a_template_built_from_scratch_is_previewed_published_exported_and_imported_elsewhere(
) -> Result<()> {
    const TITLE: &str = "区县机关作风建设考核";
    let author = Scratch::new()?;
    let b = open_app(&author)?;
    b.click(&b.find_button(i18n::NEW_BLANK_TEMPLATE.zh)?)?;
    wait_editor(&b)?;

    set_field(&b, ".edit-meta", i18n::TEMPLATE_TITLE_ZH.zh, TITLE)?;
    set_field(
        &b,
        ".edit-meta",
        i18n::TEMPLATE_TITLE_EN.zh,
        "County conduct review",
    )?;
    set_field(
        &b,
        ".edit-meta",
        i18n::DESCRIPTION_ZH.zh,
        "两个维度的试行细则",
    )?;
    set_field(
        &b,
        ".edit-meta",
        i18n::DESCRIPTION_EN.zh,
        "A two-dimension trial",
    )?;
    let first = "#edit-dim-0 > .edit-grid";
    set_field(&b, first, i18n::NAME_ZH.zh, "学习型机关")?;
    set_field(&b, first, i18n::NAME_EN.zh, "Learning")?;
    set_field(&b, first, i18n::WEIGHT.zh, "60")?;
    set_field(&b, "#edit-ind-0-0", i18n::CONTENT_ZH.zh, "落实集中学习制度")?;
    set_field(
        &b,
        "#edit-ind-0-0",
        i18n::CONTENT_EN.zh,
        "Collective study in place",
    )?;
    set_field(
        &b,
        "#edit-ind-0-0",
        i18n::STANDARD_ZH.zh,
        "制度健全并落实得满分",
    )?;
    set_field(
        &b,
        "#edit-ind-0-0",
        i18n::STANDARD_EN.zh,
        "Full marks when in place",
    )?;

    b.click(&b.find_button(i18n::ADD_DIMENSION.zh)?)?;
    let second = "#edit-dim-1 > .edit-grid";
    set_field(&b, second, i18n::NAME_ZH.zh, "服务型机关")?;
    set_field(&b, second, i18n::NAME_EN.zh, "Service")?;
    set_field(&b, second, i18n::WEIGHT.zh, "40")?;
    set_field(&b, "#edit-ind-1-0", i18n::CONTENT_ZH.zh, "群众满意度")?;
    set_field(
        &b,
        "#edit-ind-1-0",
        i18n::CONTENT_EN.zh,
        "Public satisfaction",
    )?;
    set_field(
        &b,
        "#edit-ind-1-0",
        i18n::STANDARD_ZH.zh,
        "按测评结果评定档次",
    )?;
    set_field(
        &b,
        "#edit-ind-1-0",
        i18n::STANDARD_EN.zh,
        "Rated from the survey",
    )?;
    choose(
        &b,
        "#edit-ind-1-0",
        i18n::KIND.zh,
        KindChoice::Scale.label().zh.as_str(),
    )?;

    // Nothing left to fix: the editor says so, and the preview scores what the core scores.
    wait_text_at(&b, "#editor-readiness", i18n::READY_TO_PUBLISH.zh)?;
    let working = stored_template(&b, TITLE)?.working;
    assert_eq!(validate(&working), Vec::new());
    assert_eq!(working.dimensions.len(), 2);
    let sample = score(&working, &sample_answers(&working));
    wait_text_at(
        &b,
        "output[data-testid=preview-total]",
        &sample.total.to_string(),
    )?;
    assert_eq!(
        text_at(&b, "output[data-testid=preview-grade]")?,
        working.grade_label(&sample.grade, Lang::Zh)
    );
    let preview = text_at(&b, ".edit-preview")?;
    assert!(
        preview.contains("学习型机关") && preview.contains("群众满意度"),
        "{preview}"
    );

    b.click(&b.find_button(i18n::PUBLISH.zh)?)?;
    wait_text_at(
        &b,
        ".template-state",
        &fill(i18n::PUBLISHED_VERSION, Lang::Zh, 1),
    )?;
    let published = stored_template(&b, TITLE)?
        .published
        .unwrap_or_else(|| panic!("nothing published"));
    assert_eq!(published.version, 1);
    assert_eq!(published.dimensions, working.dimensions);

    leave_editor(&b)?;
    let row = template_row(&b, TITLE)?;
    b.click(&b.find_button_in(&row, i18n::EXPORT_TEMPLATE.zh)?)?;
    let file = wait_for_download(&author.downloads(), ".eightfold-template.json", UI_CHANGE)?;
    let exported = import_template_file(&std::fs::read(&file)?).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(exported.template, published);

    // Another committee's browser: import the file, then fill an assessment with it.
    let other = Scratch::new()?;
    let b2 = open_app(&other)?;
    let line = import_template(&b2, &file)?;
    assert!(
        line.contains(&fill(i18n::TEMPLATE_IMPORTED, Lang::Zh, named(&published)))
            && line.contains(i18n::DIGEST_OK.zh),
        "{line}"
    );
    b2.click(&b2.find_by_label(TITLE)?)?;
    start_assessment(&b2, UNIT)?;
    let mut answers = Answers::new();
    for (id, value) in [
        ("1.1", AnswerValue::YesNo(true)),
        ("2.1", AnswerValue::Level(LevelId::new("fairly_good"))),
    ] {
        answer(&b2, &published, id, &value)?;
        answers.set_value(IndicatorId::new(id), value);
    }
    expect_scored(&b2, &published, &answers, "filling the imported template")?;
    assert_eq!(b2.console_errors()?, Vec::<String>::new());
    Ok(())
}

/// A committee's table: merged dimension cells, Chinese kinds and flags, levels in one cell
/// (the one `tests/criteria_csv.rs` reads natively).
const TABLE: &str = include_str!("../../crates/core/tests/fixtures/criteria/committee-table.csv");

#[test]
fn a_chinese_criteria_table_in_utf8_and_in_gb18030_becomes_a_template() -> Result<()> {
    let scratch = Scratch::new()?;
    let utf8 = scratch.path().join("县直机关考核细则.csv");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(TABLE.as_bytes());
    std::fs::write(&utf8, bytes)?;
    let gb = scratch.path().join("县直机关考核细则（WPS）.csv");
    let (encoded, _, unmappable) = encoding_rs::GB18030.encode(TABLE);
    assert!(!unmappable);
    std::fs::write(&gb, encoded.as_ref())?;

    let b = open_app(&scratch)?;
    let mut read = Vec::new();
    for (path, title) in [
        (&utf8, "县直机关考核细则"),
        (&gb, "县直机关考核细则（WPS）"),
    ] {
        pick_file(&b, "criteria-csv", path)?;
        wait_editor(&b)?;
        wait_text_at(
            &b,
            ".editor-notices",
            &fill(i18n::CSV_IMPORTED, Lang::Zh, title),
        )?;
        let stored = stored_template(&b, title)?.working;
        let expected =
            criteria_from_csv(TABLE, stored.id.clone(), title).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(expected.warnings, Vec::new());
        assert_eq!(stored, expected.template, "{title}");
        // What the editor shows is the table's Chinese, and nothing is left to fix.
        let area = b.find_css("#edit-ind-0-0")?;
        let content = b.find_by_label_in(&area, i18n::CONTENT_ZH.zh)?;
        assert_eq!(b.value_of(&content)?, "集中学习天数");
        wait_text_at(&b, "#editor-readiness", i18n::READY_TO_PUBLISH.zh)?;
        read.push(stored);
        leave_editor(&b)?;
    }
    assert_eq!(
        read[0].dimensions, read[1].dimensions,
        "GB18030 reads as UTF-8 does"
    );
    assert_eq!(stored_templates(&b)?.len(), 2);
    Ok(())
}

#[test]
fn an_invalid_template_shows_its_errors_next_to_the_items_and_cannot_be_published() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    // A copy of the built-in eight types (the first choice of the list).
    b.click(&b.find_button(i18n::COPY_TEMPLATE.zh)?)?;
    wait_editor(&b)?;
    let copy = stored_templates(&b)?
        .pop()
        .unwrap_or_else(|| panic!("no stored copy"))
        .working;
    assert_eq!(copy.dimensions, eight_types().dimensions);

    // Weights no longer adding up, and a gap between 合格 and 良好.
    set_field(&b, "#edit-dim-0 > .edit-grid", i18n::WEIGHT.zh, "10")?;
    set_field(&b, "#edit-band-2 > .edit-grid", i18n::BAND_TO.zh, "75")?;
    let mut broken = copy.clone();
    broken.dimensions[0].weight = Fixed::from_int(10);
    broken.grade_bands[2].to = Fixed::from_int(75);
    let issues = validate(&broken);
    assert_eq!(issues.len(), 2, "{issues:#?}");
    for issue in &issues {
        let next_to = match issue.path().as_str() {
            "dimensions" => "#edit-dimensions-issues",
            "grade_bands[1].from" => "#edit-band-1",
            other => panic!("unexpected issue at {other}"),
        };
        wait_text_at(&b, next_to, issue.message.zh.as_str())?;
    }
    // The list of all problems names each place in words, not as a path, and takes the
    // author to its field; the preview shows no sample score for a template with problems.
    let problems = text_at(&b, ".edit-problems")?;
    for issue in &issues {
        let place = i18n::issue_place_words(issue.place, &broken, Lang::Zh);
        assert!(
            problems.contains(&format!("{place}：{}", issue.message.zh)),
            "{problems}"
        );
    }
    assert!(
        !problems.contains("dimensions") && !problems.contains("grade_bands["),
        "{problems}"
    );
    let band_from = IssuePlace::at(Part::Band(1), Field::From);
    assert_eq!(
        i18n::issue_place_words(band_from, &broken, Lang::Zh),
        "等次区间 › 等次 2 良好 · 下限（含）"
    );
    for (place, field) in [
        (band_from, "edit-band-1-from"),
        (IssuePlace::template(Field::Dimensions), "edit-dim-0-weight"),
    ] {
        let place = i18n::issue_place_words(place, &broken, Lang::Zh);
        press_in(&b, ".edit-problems", &place)?;
        wait_focused(&b, field)?;
    }
    wait_text_at(&b, ".edit-preview", i18n::PREVIEW_WAITS.zh)?;
    assert_eq!(text_at(&b, "output[data-testid=preview-total]")?, "");
    wait_text_at(
        &b,
        "#editor-readiness",
        &fill(i18n::CANNOT_PUBLISH, Lang::Zh, 2),
    )?;
    let publish = b.find_button(i18n::PUBLISH.zh)?;
    assert_eq!(b.webdriver().property(&publish, "disabled")?, json!(true));
    assert_eq!(
        stored_templates(&b)?[0].working,
        broken,
        "the edits are kept"
    );
    assert_eq!(stored_templates(&b)?[0].published, None);

    // Undo both edits: publishable again; redo one: blocked again.
    b.click(&b.find_button(i18n::UNDO.zh)?)?;
    b.click(&b.find_button(i18n::UNDO.zh)?)?;
    wait_text_at(&b, "#editor-readiness", i18n::READY_TO_PUBLISH.zh)?;
    assert_eq!(b.webdriver().property(&publish, "disabled")?, json!(false));
    b.click(&b.find_button(i18n::REDO.zh)?)?;
    wait_text_at(
        &b,
        "#editor-readiness",
        &fill(i18n::CANNOT_PUBLISH, Lang::Zh, 1),
    )?;
    assert_eq!(
        stored_templates(&b)?[0].working.dimensions[0].weight,
        Fixed::from_int(10)
    );
    Ok(())
}

#[test]
fn a_form_file_opens_from_file_in_a_fresh_profile_and_scores_its_template() -> Result<()> {
    let template = committee_template("t-form-2026", "区县机关八型机关自评（2026 年版）", 1);
    let committee = Scratch::new()?;
    let path = template_file(&committee, &template)?;
    let b = open_app(&committee)?;
    import_template(&b, &path)?;
    let row = template_row(&b, &template.title.zh)?;
    b.click(&b.find_button_in(&row, i18n::MAKE_FORM_FILE.zh)?)?;
    let made = wait_for_download(&committee.downloads(), ".html", UI_CHANGE)?;
    assert_eq!(
        made.file_name().and_then(|n| n.to_str()),
        Some(form_file_name(&template).as_str())
    );

    // A unit's computer: a fresh profile opens the file it was sent, from file://.
    let unit = Scratch::new()?;
    let site = unit.site();
    std::fs::create_dir_all(&site)?;
    let local = site.join(form_file_name(&template));
    std::fs::copy(&made, &local)?;
    let u = harness::launch(&unit)?;
    u.open_file(&local)?;
    wait_ready(&u)?;
    let name = format!(
        "{} {}",
        template.title.zh,
        fill(i18n::VERSION_N, Lang::Zh, template.version)
    );
    u.wait_for_text(&fill(i18n::EMBEDDED_NOTICE, Lang::Zh, name), UI_CHANGE)?;
    let radio = u.find_by_label(&template.title.zh)?;
    assert_eq!(
        u.webdriver().property(&radio, "checked")?,
        json!(true),
        "preselected"
    );

    start_assessment(&u, UNIT)?;
    let mut answers = Answers::new();
    for (id, value) in [
        ("1.1", AnswerValue::Quantity(Fixed::from_int(10))),
        ("1.3", AnswerValue::Level(LevelId::new("fairly_good"))),
        ("1.5", AnswerValue::YesNo(true)),
        ("3.3", AnswerValue::Count(1)),
        ("8.1", AnswerValue::Veto(false)),
    ] {
        answer(&u, &template, id, &value)?;
        answers.set_value(IndicatorId::new(id), value);
    }
    expect_scored(&u, &template, &answers, "filling the form file")?;
    assert_eq!(u.console_errors()?, Vec::<String>::new());
    assert_eq!(u.network_requests()?, Vec::<String>::new());
    Ok(())
}

/// Version 2 of a committee template: 1.2 removed, 1.3 without its 一般 level, 1.5
/// renumbered 1.9, and a new item 1.8.
fn version_2(v1: &Template) -> Template {
    let mut v2 = v1.clone();
    v2.version = 2;
    let learning = &mut v2.dimensions[0].indicators;
    learning.retain(|i| i.id.as_str() != "1.2");
    for item in learning.iter_mut() {
        match item.id.as_str() {
            "1.3" => {
                if let IndicatorKind::Scale { levels } = &mut item.kind {
                    levels.retain(|l| l.id.as_str() != "fair");
                }
            }
            "1.5" => item.id = IndicatorId::new("1.9"),
            _ => {}
        }
    }
    let mut added = learning[0].clone();
    added.id = IndicatorId::new("1.8");
    added.content = Text::new("新增：学习成果转化", "New: study put to use");
    added.must_pass = None;
    learning.push(added);
    v2
}

#[test]
fn a_draft_on_version_1_moves_to_version_2_keeping_every_answer_with_a_place() -> Result<()> {
    let v1 = committee_template("t-versions", "县直机关考核细则（修订中）", 1);
    let v2 = version_2(&v1);
    assert_eq!(validate(&v2), Vec::new());
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    import_template(&b, &template_file(&scratch, &v1)?)?;

    b.click(&b.find_by_label(&v1.title.zh)?)?;
    start_assessment(&b, UNIT)?;
    let mut answers = Answers::new();
    for (id, value) in [
        ("1.1", AnswerValue::Quantity(Fixed::from_int(10))),
        ("1.2", AnswerValue::Quantity(Fixed::from_int(6))),
        ("1.3", AnswerValue::Level(LevelId::new("fair"))),
        ("1.5", AnswerValue::YesNo(true)),
        ("3.3", AnswerValue::Count(1)),
    ] {
        answer(&b, &v1, id, &value)?;
        answers.set_value(IndicatorId::new(id), value);
    }
    type_note(&b, "1.3", "部分科室未达标")?;
    answers.set_note(IndicatorId::new("1.3"), "部分科室未达标");
    expect_scored(&b, &v1, &answers, "filling version 1")?;
    wait_saved_note(&b, "1.3", "部分科室未达标")?;
    back_to_start(&b)?;

    // The committee's version 2 arrives.
    let pane_line = {
        let path = template_file(&scratch, &v2)?;
        pick_file(&b, "template-file", &path)?;
        template_report(&b, 1)?.pop().unwrap_or_default()
    };
    assert!(
        pane_line.contains(&fill(i18n::TEMPLATE_UPDATED, Lang::Zh, named(&v2))),
        "{pane_line}"
    );

    open_draft(&b, UNIT)?;
    let moved = move_answers(&v1, &v2, &answers);
    let notice = ".template-update";
    wait_text_at(&b, notice, &fill(i18n::NEWER_TEMPLATE, Lang::Zh, 1))?;
    let shown = text_at(&b, notice)?;
    for expected in [
        i18n::CHANGES_ADDED.zh,
        i18n::CHANGES_REMOVED.zh,
        i18n::CHANGES_REPOINTED.zh,
        i18n::ANSWERS_NO_PLACE.zh,
        i18n::ANSWERS_NOTE_ONLY.zh,
        "1.5",
        "1.9",
        "1.8",
    ] {
        assert!(
            shown.contains(expected),
            "the notice lacks {expected:?}: {shown}"
        );
    }
    for lost in moved.lost() {
        assert!(
            shown.contains(lost.from.as_str()),
            "{} not listed: {shown}",
            lost.from
        );
    }

    press_in(&b, notice, &fill(i18n::MOVE_ANSWERS, Lang::Zh, 2))?;
    expect_scored(&b, &v2, &moved.answers, "moving to version 2")?;
    b.wait_until(
        "the moved draft and its version 1 copy stored",
        UI_CHANGE,
        |b| {
            let records = stored_records(b)?;
            let on_v2 = records.iter().any(|r| {
                r.assessment.template_version == 2
                    && r.assessment.answers == moved.answers
                    && r.template.as_ref() == Some(&v2)
            });
            let v1_copy = records.iter().any(|r| {
                r.assessment.template_version == 1
                    && r.assessment.answers == answers
                    && r.label.starts_with(&fill(i18n::VERSION_N, Lang::Zh, 1))
            });
            Ok(on_v2 && v1_copy)
        },
    )?;
    assert_eq!(b.console_errors()?, Vec::<String>::new());
    Ok(())
}

/// The contents of the first dimension's items as stored, in order.
fn stored_order(b: &Browser, title: &str) -> Result<Vec<String>> {
    Ok(contents(&stored_template(b, title)?.working))
}

#[test]
fn items_reorder_by_keyboard_and_by_dragging_and_undo_puts_them_back() -> Result<()> {
    const TITLE: &str = "排序试验";
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    b.click(&b.find_button(i18n::NEW_BLANK_TEMPLATE.zh)?)?;
    wait_editor(&b)?;
    set_field(&b, ".edit-meta", i18n::TEMPLATE_TITLE_ZH.zh, TITLE)?;
    press_in(&b, "#edit-dim-0", i18n::ADD_INDICATOR.zh)?;
    press_in(&b, "#edit-dim-0", i18n::ADD_INDICATOR.zh)?;
    for (i, text) in ["甲", "乙", "丙"].into_iter().enumerate() {
        set_field(&b, &format!("#edit-ind-0-{i}"), i18n::CONTENT_ZH.zh, text)?;
    }
    let order = |want: [&str; 3]| {
        let want: Vec<String> = want.iter().map(|s| (*s).to_owned()).collect();
        b.wait_until(
            &format!("the items in the order {want:?}"),
            UI_CHANGE,
            |b| Ok(stored_order(b, TITLE)? == want),
        )
    };
    order(["甲", "乙", "丙"])?;

    // Keyboard: Enter on 下移 of the first item; the focus follows the item.
    let area = b.find_css("#edit-ind-0-0")?;
    let down = b.find_button_in(&area, i18n::MOVE_DOWN.zh)?;
    b.type_into(&down, "\u{E007}")?;
    order(["乙", "甲", "丙"])?;
    b.wait_until("the focus to follow the moved item", UI_CHANGE, |b| {
        let inside = b.execute(
            "return !!document.activeElement && !!document.activeElement.closest('#edit-ind-0-1');",
            vec![],
        )?;
        Ok(inside == json!(true))
    })?;

    // Drag: the third item's handle dropped on the first item.
    b.execute(
        "const dt = new DataTransfer();
         const fire = (el, type) => el.dispatchEvent(
           new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
         fire(document.querySelector('#edit-ind-0-2 .drag-handle'), 'dragstart');
         const target = document.querySelector('#edit-ind-0-0');
         fire(target, 'dragover');
         fire(target, 'drop');",
        vec![],
    )?;
    order(["丙", "乙", "甲"])?;
    b.click(&b.find_button(i18n::UNDO.zh)?)?;
    order(["乙", "甲", "丙"])?;
    b.click(&b.find_button(i18n::REDO.zh)?)?;
    order(["丙", "乙", "甲"])?;
    Ok(())
}

#[test]
fn the_editor_has_no_serious_accessibility_violations() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    b.click(&b.find_button(i18n::COPY_TEMPLATE.zh)?)?;
    wait_editor(&b)?;
    // An editor in use: a problem shown next to its field, a number that does not read.
    set_field(&b, "#edit-dim-0 > .edit-grid", i18n::WEIGHT.zh, "10")?;
    set_field(&b, "#edit-ind-0-0 > .edit-grid", i18n::MAX_POINTS.zh, "十")?;
    wait_text_at(
        &b,
        "#editor-readiness",
        &fill(i18n::CANNOT_PUBLISH, Lang::Zh, 1),
    )?;
    assert_no_serious_violations(&b, "the criteria editor")
}
