//! Issue 5's form in a real browser: answers of every kind move the total and grade exactly
//! as `domain::score` computes them, a triggered veto sets the lowest grade and says why,
//! invalid numbers are flagged next to their field without touching the total, and the
//! language switch changes the whole page and is remembered after a reload. The unit details
//! typed at the start can be corrected in the form (and reach the drafts list, the draft and
//! the exported file); a required note still blank is listed in To do until it is written.

use eightfold::domain::{
    builtin_templates, eight_types, AnswerValue, Answers, Fixed, GradeRule, IndicatorId,
    IndicatorKind, Lang, LevelId, Template,
};
use eightfold::formats::exchange::import_file;
use eightfold::ui::i18n;
use serde_json::json;

use crate::harness::{
    wait_for_download, Browser, Element, HarnessError, Result, Scratch, UI_CHANGE,
};
use crate::support_app::{
    draft_names, open_draft, reload_app, save_status, saved_words, stored_records, type_note,
};
use crate::support_form::{
    answer, control_label, expect_scored, fill_full_marks, indicator_card, open_app,
    open_unit_details, shown_grade_rules, shown_result, shown_todo, start_assessment, type_number,
    wait_ready,
};

const UNIT: &str = "示例县发展和改革局";

#[test]
fn every_kind_of_answer_scores_as_the_core_does() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let template = eight_types();
    start_assessment(&b, UNIT)?;

    // One indicator of each kind, answered so that it moves the result (a "no" would score
    // as the unanswered item does); 3.1 is a ★ item that caps the grade when not met.
    let steps = [
        (
            "1.3",
            AnswerValue::Level(LevelId::new("fairly_good")),
            "scale",
        ),
        ("1.5", AnswerValue::YesNo(true), "yes/no"),
        ("1.2", AnswerValue::Quantity(Fixed::from_int(9)), "quota"),
        ("3.3", AnswerValue::Count(1), "deduction"),
        ("2.6", AnswerValue::Count(2), "bonus"),
        ("4.4", AnswerValue::NotApplicable, "not applicable"),
        ("3.1", AnswerValue::Quantity(Fixed::from_int(85)), "★ item"),
        ("8.1", AnswerValue::Veto(false), "veto, not triggered"),
    ];
    let skip: Vec<&str> = steps.iter().map(|(id, _, _)| *id).collect();
    let mut answers = fill_full_marks(&b, &template, &skip)?;
    let mut before = expect_scored(&b, &template, &answers, "full marks elsewhere")?;

    for (id, value, kind) in steps {
        // An untriggered veto takes no points and leaves the grade alone; the rest must move.
        let moves = value != AnswerValue::Veto(false);
        answer(&b, &template, id, &value)?;
        answers.set_value(IndicatorId::new(id), value);
        let after = expect_scored(&b, &template, &answers, &format!("the {kind} item {id}"))?;
        if moves {
            assert_ne!(
                (after.total, &after.grade),
                (before.total, &before.grade),
                "answering the {kind} item {id} changed nothing"
            );
        }
        before = after;
    }

    // The ★ item took the grade below what the points earn, and the page says why.
    assert_ne!(before.grade, before.points_grade, "the ★ cap did not apply");
    let cap = before
        .grade_rules
        .iter()
        .find(|rule| {
            matches!(rule, GradeRule::MustPassCap { .. }) && rule.indicator().as_str() == "3.1"
        })
        .map(|rule| rule.describe(&template, Lang::Zh));
    let Some(cap) = cap else {
        panic!(
            "the core applied no ★ rule for 3.1: {:?}",
            before.grade_rules
        );
    };
    let rules = shown_grade_rules(&b)?;
    assert!(rules.contains(&cap), "{cap:?} is not among {rules:?}");
    Ok(())
}

#[test]
fn a_triggered_veto_sets_the_lowest_grade_and_says_why() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let template = eight_types();
    start_assessment(&b, UNIT)?;

    let mut answers = fill_full_marks(&b, &template, &["8.1"])?;
    let clean = expect_scored(&b, &template, &answers, "full marks except the veto item")?;
    let Some(lowest) = template.lowest_band() else {
        panic!("the template has no grade bands");
    };
    assert_ne!(
        clean.grade, lowest.id,
        "the points alone already give the lowest grade"
    );
    assert_eq!(shown_grade_rules(&b)?, Vec::<String>::new());
    let headings = panel_headings(&b)?;
    assert!(
        !headings.iter().any(|h| h == i18n::RULES_APPLIED.zh),
        "an empty rules heading is shown: {headings:?}"
    );

    let veto = AnswerValue::Veto(true);
    answer(&b, &template, "8.1", &veto)?;
    answers.set_value(IndicatorId::new("8.1"), veto);
    let vetoed = expect_scored(&b, &template, &answers, "triggering the veto")?;
    assert_eq!(vetoed.grade, lowest.id);
    assert_eq!(vetoed.total, clean.total, "a veto takes no points");
    assert_eq!(shown_result(&b)?.grade, lowest.label.get(Lang::Zh));
    let reason = GradeRule::Veto {
        indicator: IndicatorId::new("8.1"),
    }
    .describe(&template, Lang::Zh);
    b.wait_for_text(&reason, UI_CHANGE)?;
    assert_eq!(shown_grade_rules(&b)?, vec![reason]);
    // Every item is answered now: the To do has no unanswered group, not an empty one.
    let headings = panel_headings(&b)?;
    assert!(
        !headings.iter().any(|h| h == i18n::UNANSWERED_ITEMS.zh),
        "an empty unanswered group is shown: {headings:?}"
    );

    let lifted = AnswerValue::Veto(false);
    answer(&b, &template, "8.1", &lifted)?;
    answers.set_value(IndicatorId::new("8.1"), lifted);
    let back = expect_scored(&b, &template, &answers, "lifting the veto")?;
    assert_eq!(back.grade, clean.grade);
    assert_eq!(shown_grade_rules(&b)?, Vec::<String>::new());
    Ok(())
}

#[test]
fn invalid_numbers_get_a_message_and_leave_the_total_alone() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let template = eight_types();
    start_assessment(&b, UNIT)?;

    let mut answers = Answers::new();
    let six = AnswerValue::Quantity(Fixed::from_int(6));
    answer(&b, &template, "1.2", &six)?;
    answers.set_value(IndicatorId::new("1.2"), six);
    let valid = expect_scored(&b, &template, &answers, "6 sessions on the quota 1.2")?;

    // Text in a quota field.
    let quota = number_field(&b, &template, "1.2")?;
    b.type_into(&quota, "次")?;
    expect_message(&b, &quota, i18n::NOT_A_NUMBER.zh)?;
    assert_eq!(b.value_of(&quota)?, "6次", "the typed text was changed");
    assert_eq!(shown_result(&b)?.total, valid.total.to_string());

    // A negative count of occurrences.
    let count = number_field(&b, &template, "3.3")?;
    b.type_into(&count, "-1")?;
    expect_message(&b, &count, i18n::NEGATIVE.zh)?;
    assert_eq!(b.value_of(&count)?, "-1", "the typed text was changed");
    assert_eq!(shown_result(&b)?.total, valid.total.to_string());

    // Correcting the entry clears the message and scores it.
    type_number(&b, &count, "2")?;
    answers.set_value(IndicatorId::new("3.3"), AnswerValue::Count(2));
    let corrected = expect_scored(&b, &template, &answers, "correcting 3.3 to 2")?;
    assert_ne!(corrected.total, valid.total);
    expect_message(&b, &count, "")?;
    Ok(())
}

/// The number field of a quota, deduction or bonus indicator, found by its label.
fn number_field(b: &Browser, template: &Template, id: &str) -> Result<Element> {
    let Some((_, indicator)) = template.indicator(&IndicatorId::new(id)) else {
        panic!("the template has no indicator {id}");
    };
    let any_number = match indicator.kind {
        IndicatorKind::Quota { .. } => AnswerValue::Quantity(Fixed::ZERO),
        _ => AnswerValue::Count(0),
    };
    let label = control_label(indicator, &any_number)?;
    b.find_by_label_in(&indicator_card(b, id)?, &label)
}

/// Waits until the message tied to `field` (its `aria-describedby`, inside the same field
/// block) reads `wanted` — or is empty when `wanted` is — and checks `aria-invalid` agrees.
fn expect_message(b: &Browser, field: &Element, wanted: &str) -> Result<()> {
    b.wait_until(
        &format!("the message {wanted:?} next to the field"),
        UI_CHANGE,
        |b| {
            let seen = b.execute(
                "const field = arguments[0];
                 const message = document.getElementById(field.getAttribute('aria-describedby'));
                 if (!message || !field.parentElement.contains(message)) { return null; }
                 return { text: message.innerText.trim(),
                          invalid: field.getAttribute('aria-invalid') };",
                vec![field.to_json()],
            )?;
            let text = seen["text"].as_str().unwrap_or_default();
            Ok(if wanted.is_empty() {
                text.is_empty() && seen["invalid"] == json!("false")
            } else {
                text.contains(wanted) && seen["invalid"] == json!("true")
            })
        },
    )
}

#[test]
fn the_language_switch_changes_the_page_and_survives_a_reload() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let template = eight_types();
    let first = &template.dimensions[0];
    b.wait_for_text(i18n::START_NEW.zh, UI_CHANGE)?;
    b.wait_for_text(first.name.get(Lang::Zh), UI_CHANGE)?;

    start_assessment(&b, UNIT)?;
    let indicator = &first.indicators[0];
    b.click(&b.find_button("English")?)?;
    b.wait_for_text(indicator.content.get(Lang::En), UI_CHANGE)?;
    let text = b.visible_text()?;
    for english in [i18n::BACK_TO_START.en, i18n::RESULT.en, i18n::TOTAL.en] {
        assert!(text.contains(english), "no {english:?} in the English form");
    }
    for chinese in [
        i18n::BACK_TO_START.zh,
        i18n::RESULT.zh,
        indicator.content.get(Lang::Zh),
    ] {
        assert!(
            !text.contains(chinese),
            "{chinese:?} is still shown in English"
        );
    }
    // Nothing answered yet: the grade is pending, in English.
    let grade = shown_result(&b)?.grade;
    let empty = eightfold::domain::score(&template, &eightfold::domain::Answers::new());
    assert_eq!(grade, i18n::grade_text(&template, &empty, Lang::En));

    b.reload()?;
    wait_ready(&b)?;
    b.wait_for_text(i18n::START_NEW.en, UI_CHANGE)?;
    let text = b.visible_text()?;
    assert!(
        text.contains(first.name.get(Lang::En)),
        "template text is not English"
    );
    assert!(
        !text.contains(i18n::START_NEW.zh),
        "Chinese came back after the reload"
    );
    let lang = b.execute("return document.documentElement.lang;", vec![])?;
    assert_eq!(lang, json!(Lang::En.code()));
    let pressed = b.execute(
        "return arguments[0].getAttribute('aria-pressed');",
        vec![b.find_button("English")?.to_json()],
    )?;
    assert_eq!(pressed, json!("true"));
    Ok(())
}

/// The headings (h3, h4) shown in the result panel, in order.
fn panel_headings(b: &Browser) -> Result<Vec<String>> {
    let headings = b.execute(
        "return Array.from(document.querySelectorAll('.result-panel h3, .result-panel h4'),
           (h) => h.innerText.trim());",
        vec![],
    )?;
    Ok(headings
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|h| h.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default())
}

/// Replaces the text of a unit details field with `text`, as typed.
fn retype(b: &Browser, field: &Element, text: &str) -> Result<()> {
    b.clear(field)?;
    b.type_into(field, text)
}

/// What the form's heading says (unit · year period · template).
fn form_heading(b: &Browser) -> Result<String> {
    Ok(b.text_of(&b.find_css(".form-heading")?)?.trim().to_owned())
}

#[test]
fn unit_details_corrected_in_the_form_reach_the_draft_list_and_the_export() -> Result<()> {
    const CORRECTED: &str = "示例县统计局";
    const YEAR: &str = "2019";
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, UNIT)?;
    let details = open_unit_details(&b)?;
    let unit = b.find_by_label_in(&details, i18n::UNIT_NAME.zh)?;
    let year = b.find_by_label_in(&details, i18n::YEAR.zh)?;
    assert_eq!(b.value_of(&unit)?, UNIT);

    // Refused entries: the message is next to the field, the assessment keeps the last valid
    // value (the heading still shows it).
    retype(&b, &unit, " ")?;
    expect_message(&b, &unit, i18n::UNIT_REQUIRED.zh)?;
    retype(&b, &year, "20x6")?;
    expect_message(&b, &year, i18n::YEAR_INVALID.zh)?;
    let heading = form_heading(&b)?;
    assert!(
        heading.starts_with(UNIT),
        "the heading lost the unit: {heading:?}"
    );

    retype(&b, &unit, CORRECTED)?;
    expect_message(&b, &unit, "")?;
    retype(&b, &year, YEAR)?;
    expect_message(&b, &year, "")?;
    let wanted = format!("{CORRECTED} · {YEAR} ");
    b.wait_until(
        "the heading to show the corrected details",
        UI_CHANGE,
        |b| Ok(form_heading(b)?.starts_with(&wanted)),
    )?;
    b.wait_until("the corrected details to be saved", UI_CHANGE, |b| {
        let saved = save_status(b)?.starts_with(saved_words());
        let stored = stored_records(b)?;
        Ok(saved
            && stored.len() == 1
            && stored[0].assessment.unit.unit == CORRECTED
            && stored[0].assessment.unit.year.to_string() == YEAR)
    })?;

    // After a reload the drafts list names the draft by the corrected unit and year.
    reload_app(&b)?;
    let names = draft_names(&b)?;
    let listed = format!("{CORRECTED} · {YEAR} {}", i18n::PERIOD_DEFAULT.zh);
    assert_eq!(names, vec![listed]);
    open_draft(&b, CORRECTED)?;
    let details = open_unit_details(&b)?;
    assert_eq!(
        b.value_of(&b.find_by_label_in(&details, i18n::UNIT_NAME.zh)?)?,
        CORRECTED
    );
    assert_eq!(
        b.value_of(&b.find_by_label_in(&details, i18n::YEAR.zh)?)?,
        YEAR
    );

    // The exported file carries them, in its name and its content.
    b.click(&b.find_button(i18n::EXPORT_JSON.zh)?)?;
    let file = wait_for_download(&scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(name.starts_with(CORRECTED), "export named {name:?}");
    let sent = import_file(name, &std::fs::read(&file)?, &builtin_templates())
        .map_err(|e| HarnessError::new(e.message(Lang::En)))?;
    assert_eq!(sent.assessment.unit.unit, CORRECTED);
    assert_eq!(sent.assessment.unit.year.to_string(), YEAR);
    Ok(())
}

#[test]
fn a_required_note_left_blank_is_in_to_do_until_it_is_written() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let template = eight_types();
    // A scale item that requires a note below full marks, answered at its lowest level.
    let Some((id, lowest)) = template.indicators().find_map(|(_, indicator)| {
        let IndicatorKind::Scale { levels } = &indicator.kind else {
            return None;
        };
        let lowest = levels.iter().min_by_key(|level| level.points)?;
        (indicator.note_required_below_full && lowest.points < indicator.max_points)
            .then(|| (indicator.id.clone(), lowest.id.clone()))
    }) else {
        panic!("the template has no scale item that requires a note below full marks");
    };
    let Some((_, indicator)) = template.indicator(&id) else {
        panic!("the template has no indicator {id}");
    };
    let listed = format!("#ind-{id} {id} {}", indicator.content.get(Lang::Zh));
    start_assessment(&b, UNIT)?;
    assert!(shown_todo(&b, i18n::NOTES_DUE_ITEMS.zh)?.is_empty());

    answer(&b, &template, id.as_str(), &AnswerValue::Level(lowest))?;
    b.wait_until("the note to be listed in To do", UI_CHANGE, |b| {
        Ok(shown_todo(b, i18n::NOTES_DUE_ITEMS.zh)? == vec![listed.clone()])
    })?;
    let card = indicator_card(&b, id.as_str())?;
    assert!(
        b.text_of(&card)?.contains(i18n::NOTE_MISSING.zh),
        "the card does not say its note is missing"
    );

    type_note(&b, id.as_str(), "年度学习计划未按期完成，已整改")?;
    b.wait_until("the note to leave To do", UI_CHANGE, |b| {
        Ok(shown_todo(b, i18n::NOTES_DUE_ITEMS.zh)?.is_empty())
    })?;
    let headings = panel_headings(&b)?;
    assert!(
        !headings.iter().any(|h| h == i18n::NOTES_DUE_ITEMS.zh),
        "an empty group of notes is shown: {headings:?}"
    );
    Ok(())
}
