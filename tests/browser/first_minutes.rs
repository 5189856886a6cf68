//! Issue 18 (part A) in a real browser: after "开始填报" the user lands on the form's first
//! dimension, in view and focused, on a desktop and a phone-sized window, in Chinese and
//! English; an empty form shows no grade yet; an imported file that meets its draft is
//! decided in the page (keep both, or replace); the drafts list marks a draft changed since
//! its last export.
//!
//! Expected texts come from the core (`i18n`, `domain::score`), never from literals.

use std::path::PathBuf;

use eightfold::domain::{eight_types, score, Answers, Lang};
use eightfold::ui::i18n;
use serde_json::{json, Value};

use crate::harness::{wait_for_download, Browser, Result, Scratch, UI_CHANGE};
use crate::support_app::{
    back_to_start, draft_names, draft_row, open_draft, stored_notes, type_note, wait_saved_note,
};
use crate::support_form::{open_app, shown_result, start_assessment};

const UNIT: &str = "县住房和城乡建设局";
const NOTED: &str = "1.1";
const NOTE_EXPORTED: &str = "见学习台账";
const LATER: &str = "和考勤表";
const NOTE_LATER: &str = "见学习台账和考勤表";

const TAB: &str = "\u{E004}";

/// The text of the element with focus.
fn focused_text(b: &Browser) -> Result<String> {
    let text = b.execute(
        "return document.activeElement ? document.activeElement.innerText.trim() : '';",
        vec![],
    )?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

/// Whether the page behind an in-page question is inert.
fn page_inert(b: &Browser) -> Result<Value> {
    b.execute("return document.querySelector('.app-page').inert;", vec![])
}

/// Where the first dimension's heading is and whether it has focus.
fn first_dimension_heading(b: &Browser, lang: Lang) -> Result<Value> {
    let name = eight_types().dimensions[0].name.get(lang).to_owned();
    b.execute(
        "const h = Array.from(document.querySelectorAll('.dimension-section h3'))
           .find((h) => h.innerText.includes(arguments[0]));
         if (!h) return null;
         const r = h.getBoundingClientRect();
         return { top: r.top, bottom: r.bottom, height: window.innerHeight,
                  focused: document.activeElement === h, scrollY: window.scrollY };",
        vec![json!(name)],
    )
}

/// Waits until the first dimension's heading is within the viewport and focused.
fn expect_landed_on_first_dimension(b: &Browser, lang: Lang, what: &str) -> Result<()> {
    let mut seen = Value::Null;
    let waited = b.wait_until(
        &format!("{what}: the first dimension's heading in view and focused"),
        UI_CHANGE,
        |b| {
            seen = first_dimension_heading(b, lang)?;
            let number = |k: &str| seen.get(k).and_then(Value::as_f64).unwrap_or(f64::NAN);
            Ok(number("top") >= 0.0
                && number("bottom") <= number("height")
                && seen.get("focused") == Some(&json!(true)))
        },
    );
    if waited.is_err() {
        panic!("{what}: first dimension heading {seen}");
    }
    Ok(())
}

/// Scrolls the start page to its end, as a user reading it down to the drafts would.
fn scroll_to_bottom(b: &Browser) -> Result<()> {
    b.execute("window.scrollTo(0, document.body.scrollHeight);", vec![])?;
    Ok(())
}

#[test]
fn after_start_the_form_opens_on_its_first_dimension_in_view_and_focused() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    scroll_to_bottom(&b)?;
    start_assessment(&b, UNIT)?;
    expect_landed_on_first_dimension(&b, Lang::Zh, "desktop, Chinese")?;

    // Back on the start screen, the user is where they left it (by the new-assessment form).
    back_to_start(&b)?;
    b.wait_until("the start screen scrolled back", UI_CHANGE, |b| {
        let at = b.execute(
            "const f = document.querySelector('form.new-assessment');
             const r = f.getBoundingClientRect();
             return r.bottom > 0 && r.top < window.innerHeight;",
            vec![],
        )?;
        Ok(at == json!(true))
    })?;
    Ok(())
}

#[test]
fn on_a_phone_sized_window_in_english_start_lands_on_the_first_dimension() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    b.webdriver().set_window_size(390, 844)?;
    let width = b.execute("return window.innerWidth;", vec![])?;
    assert!(
        width.as_f64().is_some_and(|w| w <= 720.0),
        "a phone-sized viewport (the one-column form layout): {width}"
    );
    b.click(&b.find_button("English")?)?;
    b.wait_for_text(i18n::START.en, UI_CHANGE)?;
    scroll_to_bottom(&b)?;
    let field = b.find_by_label(i18n::UNIT_NAME.en)?;
    b.type_into(&field, UNIT)?;
    b.click(&b.find_button(i18n::START.en)?)?;
    expect_landed_on_first_dimension(&b, Lang::En, "phone, English")
}

#[test]
fn an_empty_form_shows_the_grade_pending_not_a_verdict() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, UNIT)?;
    let template = eight_types();
    let empty = score(&template, &Answers::new());
    let pending = i18n::grade_text(&template, &empty, Lang::Zh);
    assert_eq!(pending, "待定（已填 0/46）");
    b.wait_until("the pending grade", UI_CHANGE, |b| {
        Ok(shown_result(b)?.grade == pending)
    })?;
    let fail = template.grade_label(&empty.grade, Lang::Zh);
    assert!(!b
        .visible_text()?
        .contains(&format!("{}\n{fail}", i18n::GRADE.zh)));
    Ok(())
}

/// Starts a draft of [`UNIT`] with a note, exports it, then changes the note so the draft
/// and the file differ. Returns the browser on the start screen and the exported file.
fn draft_newer_than_its_export(scratch: &Scratch) -> Result<(Browser, PathBuf)> {
    let b = open_app(scratch)?;
    start_assessment(&b, UNIT)?;
    type_note(&b, NOTED, NOTE_EXPORTED)?;
    wait_saved_note(&b, NOTED, NOTE_EXPORTED)?;
    b.click(&b.find_button(i18n::EXPORT_JSON.zh)?)?;
    let file = wait_for_download(&scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    type_note(&b, NOTED, LATER)?;
    wait_saved_note(&b, NOTED, NOTE_LATER)?;
    back_to_start(&b)?;
    Ok((b, file))
}

/// Imports `file` and waits for the in-page question, which names both dates.
fn import_and_expect_question(b: &Browser, file: &std::path::Path) -> Result<()> {
    let picker = b.find_css("#import-files")?;
    b.type_into(&picker, file.to_str().unwrap_or_default())?;
    b.wait_for_text(i18n::REPLACE_DRAFT.zh, UI_CHANGE)?;
    let dialog = b.find_css(".question-dialog")?;
    let text = b.text_of(&dialog)?;
    for label in [i18n::IMPORT_DRAFT_CHANGED, i18n::IMPORT_FILE_EXPORTED] {
        let before = label.zh.split("{}").next().unwrap_or_default();
        assert!(text.contains(before), "{before:?} in the question: {text}");
    }
    assert!(text.contains(i18n::SAVE_AS_NEW_DRAFT.zh) && text.contains(i18n::CANCEL.zh));
    Ok(())
}

fn wait_draft_count(b: &Browser, count: usize) -> Result<()> {
    b.wait_until(&format!("{count} drafts of {UNIT}"), UI_CHANGE, |b| {
        let names = draft_names(b)?;
        Ok(names.iter().filter(|n| n.starts_with(UNIT)).count() == count)
    })
}

#[test]
fn an_import_meeting_its_draft_saved_as_new_keeps_both() -> Result<()> {
    let scratch = Scratch::new()?;
    let (b, file) = draft_newer_than_its_export(&scratch)?;
    import_and_expect_question(&b, &file)?;
    b.click(&b.find_button(i18n::SAVE_AS_NEW_DRAFT.zh)?)?;
    wait_draft_count(&b, 2)?;
    let mut notes = stored_notes(&b, NOTED)?;
    notes.sort();
    assert_eq!(notes, [NOTE_EXPORTED, NOTE_LATER]);
    Ok(())
}

#[test]
fn an_import_meeting_its_draft_replaces_it_when_asked() -> Result<()> {
    let scratch = Scratch::new()?;
    let (b, file) = draft_newer_than_its_export(&scratch)?;
    import_and_expect_question(&b, &file)?;
    b.click(&b.find_button(i18n::REPLACE_DRAFT.zh)?)?;
    b.wait_until("the draft replaced by the file", UI_CHANGE, |b| {
        Ok(stored_notes(b, NOTED)? == [NOTE_EXPORTED])
    })?;
    wait_draft_count(&b, 1)?;
    Ok(())
}

#[test]
fn the_drafts_list_marks_a_draft_changed_since_its_last_export() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, UNIT)?;
    type_note(&b, NOTED, NOTE_EXPORTED)?;
    wait_saved_note(&b, NOTED, NOTE_EXPORTED)?;
    b.click(&b.find_button(i18n::EXPORT_JSON.zh)?)?;
    wait_for_download(&scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    back_to_start(&b)?;
    let exported = i18n::LAST_EXPORTED
        .zh
        .split("{}")
        .next()
        .unwrap_or_default();
    let row_text = |b: &Browser| -> Result<String> { b.text_of(&draft_row(b, UNIT)?) };
    b.wait_until("the export date in the row", UI_CHANGE, |b| {
        Ok(row_text(b)?.contains(exported))
    })?;
    assert!(!row_text(&b)?.contains(i18n::CHANGED_SINCE_EXPORT.zh));

    open_draft(&b, UNIT)?;
    type_note(&b, NOTED, "，另附照片")?;
    wait_saved_note(&b, NOTED, &format!("{NOTE_EXPORTED}，另附照片"))?;
    back_to_start(&b)?;
    b.wait_until("the changed-since-export mark", UI_CHANGE, |b| {
        let text = row_text(b)?;
        Ok(text.contains(i18n::CHANGED_SINCE_EXPORT.zh) && text.contains(exported))
    })?;
    Ok(())
}

#[test]
fn a_draft_is_renamed_in_its_row_and_discarding_it_is_asked_in_the_page() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, UNIT)?;
    back_to_start(&b)?;

    let row = draft_row(&b, UNIT)?;
    b.click(&b.find_button_in(&row, i18n::RENAME.zh)?)?;
    let field = b.find_by_label(i18n::DRAFT_RENAME_PROMPT.zh)?;
    b.wait_until("the name field to have focus", UI_CHANGE, |b| {
        let focused = b.execute(
            "return !!document.activeElement \
             && document.activeElement.getAttribute('aria-label') === arguments[0];",
            vec![json!(i18n::DRAFT_RENAME_PROMPT.zh)],
        )?;
        Ok(focused == json!(true))
    })?;
    b.type_into(&field, " 年终")?;
    b.click(&b.find_button(i18n::SAVE_NAME.zh)?)?;
    b.wait_until("the new name in the list", UI_CHANGE, |b| {
        Ok(draft_names(b)?
            .iter()
            .any(|n| n.starts_with(UNIT) && n.ends_with("年终")))
    })?;

    // Cancel in the page keeps the draft; the dialog's own 删除 discards it.
    let row = draft_row(&b, UNIT)?;
    b.click(&b.find_button_in(&row, i18n::DISCARD.zh)?)?;
    let dialog = b.find_css(".question-dialog")?;
    // Focus stays in the question: the page behind is inert, Tab from the last choice goes
    // round to the first.
    b.wait_until("focus on the question's first choice", UI_CHANGE, |b| {
        Ok(focused_text(b)? == i18n::DISCARD.zh)
    })?;
    assert_eq!(page_inert(&b)?, json!(true), "the page behind the question");
    let cancel = b.find_button_in(&dialog, i18n::CANCEL.zh)?;
    b.type_into(&cancel, TAB)?;
    b.wait_until("Tab to go round to the first choice", UI_CHANGE, |b| {
        Ok(focused_text(b)? == i18n::DISCARD.zh)
    })?;
    b.click(&cancel)?;
    b.wait_until("the question to close", UI_CHANGE, |b| {
        let open = b.execute(
            "return !!document.querySelector('.question-dialog');",
            vec![],
        )?;
        Ok(open == json!(false))
    })?;
    assert_eq!(
        page_inert(&b)?,
        json!(false),
        "the page once the question closed"
    );
    assert_eq!(draft_names(&b)?.len(), 1);
    let row = draft_row(&b, UNIT)?;
    b.click(&b.find_button_in(&row, i18n::DISCARD.zh)?)?;
    let dialog = b.find_css(".question-dialog")?;
    b.click(&b.find_button_in(&dialog, i18n::DISCARD.zh)?)?;
    b.wait_until("the draft discarded", UI_CHANGE, |b| {
        Ok(draft_names(b)?.is_empty())
    })?;
    Ok(())
}
