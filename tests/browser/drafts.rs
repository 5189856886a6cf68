//! Issue 6's promise in a real browser, with the real localStorage: nothing typed is lost.
//! A reload right after a keystroke, a renderer crash, a second tab on the same draft, a
//! corrupt entry, a full storage and a draft written by an older version each end with the
//! user's work on screen or in a file, and the other drafts untouched.

use eightfold::domain::{eight_types, score};
use eightfold::drafts::keys::{draft_key, QUARANTINE_PREFIX};
use eightfold::drafts::v1::RecordV1;
use eightfold::drafts::{decode, Decoded};
use eightfold::ui::i18n;
use serde_json::{json, Value};

use crate::harness::{wait_for_download, Feature, Result, Scratch, UI_CHANGE};
use crate::support_app::{
    before_placeholder, draft_names, draft_row, load_app, note_field, open_app_in_new_tab,
    open_draft, reload_app, save_status, stored_drafts, stored_entries, stored_notes,
    stored_records, type_note, wait_saved_note,
};
use crate::support_form::{expect_scored, expected_result, open_app, start_assessment};

/// The indicator whose evidence note the journeys type into.
const NOTED: &str = "1.1";

/// Waits until the evidence note of [`NOTED`] on screen reads `text`.
fn wait_note_shown(b: &crate::harness::Browser, text: &str) -> Result<()> {
    let field = note_field(b, NOTED)?;
    b.wait_until(&format!("the note to read {text:?}"), UI_CHANGE, |b| {
        Ok(b.value_of(&field)? == text)
    })
}

#[test]
fn the_last_keystroke_survives_an_immediate_reload() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, "县档案馆")?;
    type_note(&b, NOTED, "学习记录齐全")?;
    reload_app(&b)?;

    open_draft(&b, "县档案馆")?;
    wait_note_shown(&b, "学习记录齐全")?;
    Ok(())
}

#[test]
fn a_crash_keeps_what_was_typed_up_to_the_last_save() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let url = b.current_url()?;
    start_assessment(&b, "县统计局")?;
    type_note(&b, NOTED, "第一段")?;
    wait_saved_note(&b, NOTED, "第一段")?;
    type_note(&b, NOTED, "第二段")?;
    if b.limitation(Feature::CrashTab).is_some() {
        // No crash possible: a tab opened right after the keystroke still finds the last save.
        b.open_new_tab()?;
    } else {
        b.crash_tab()?;
    }

    load_app(&b, &url)?;
    open_draft(&b, "县统计局")?;
    let note = b.value_of(&note_field(&b, NOTED)?)?;
    assert!(
        note == "第一段" || note == "第一段第二段",
        "after the crash the note reads {note:?}: not what was typed up to a save"
    );
    Ok(())
}

#[test]
fn a_stale_tab_never_overwrites_the_newer_draft() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let tab_a = b.webdriver().window_handle()?;
    start_assessment(&b, "县审计局")?;
    type_note(&b, NOTED, "甲")?;
    wait_saved_note(&b, NOTED, "甲")?;

    let tab_b = open_app_in_new_tab(&b)?;
    open_draft(&b, "县审计局")?;
    wait_note_shown(&b, "甲")?;

    b.switch_to_window(&tab_a)?;
    type_note(&b, NOTED, "，A 改过")?;
    wait_saved_note(&b, NOTED, "甲，A 改过")?;

    b.switch_to_window(&tab_b)?;
    type_note(&b, NOTED, "，B 改过")?;
    let conflict = before_placeholder(i18n::CONFLICT.zh);
    b.wait_for_text(conflict, UI_CHANGE)?;
    assert!(
        b.visible_text()?.contains("另一个标签页"),
        "the conflict message does not name the other tab"
    );

    // `pagehide` makes a tab write what it has at once (closing it would); B must not.
    b.execute(
        "window.dispatchEvent(new PageTransitionEvent('pagehide'));",
        vec![],
    )?;
    assert_eq!(
        stored_notes(&b, NOTED)?,
        vec!["甲，A 改过".to_owned()],
        "tab B's edit reached storage"
    );

    b.click(&b.find_button(i18n::KEEP_MINE.zh)?)?;
    b.wait_until("the copy to be stored beside A's draft", UI_CHANGE, |b| {
        let mut notes = stored_notes(b, NOTED)?;
        notes.sort();
        Ok(notes == ["甲，A 改过", "甲，B 改过"])
    })?;
    assert!(
        save_status(&b)?.starts_with(before_placeholder(i18n::SAVED_AT.zh)),
        "after keeping a copy the status says {:?}",
        save_status(&b)?
    );
    let records = stored_records(&b)?;
    let original = records
        .iter()
        .find(|r| r.copied_from.is_none())
        .map(|r| r.id().clone());
    let copy = records.iter().find(|r| r.copied_from.is_some());
    assert_eq!(
        copy.and_then(|r| r.copied_from.clone()),
        original,
        "the copy does not say which draft it was copied from"
    );
    Ok(())
}

#[test]
fn a_corrupt_entry_is_kept_aside_and_offered_for_download() -> Result<()> {
    const BROKEN_KEY: &str = "eightfold:draft:broken";
    const BROKEN_TEXT: &str = "{not json";
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, "县民政局")?;
    type_note(&b, NOTED, "完好的草稿")?;
    wait_saved_note(&b, NOTED, "完好的草稿")?;
    let before = stored_drafts(&b)?;

    b.execute(
        "localStorage.setItem(arguments[0], arguments[1]);",
        vec![json!(BROKEN_KEY), json!(BROKEN_TEXT)],
    )?;
    reload_app(&b)?;

    b.wait_for_text(i18n::UNREADABLE_ENTRIES.zh, UI_CHANGE)?;
    assert_eq!(draft_names(&b)?.len(), 1, "the drafts list changed");
    draft_row(&b, "县民政局")?;
    assert_eq!(
        stored_drafts(&b)?,
        before,
        "the readable draft changed, or the corrupt one is still a draft"
    );
    let kept = stored_entries(&b, QUARANTINE_PREFIX)?;
    assert_eq!(
        kept.values().collect::<Vec<_>>(),
        vec![BROKEN_TEXT],
        "the corrupt text was not kept aside verbatim: {kept:?}"
    );

    b.click(&b.find_button(i18n::DOWNLOAD_UNREADABLE.zh)?)?;
    let file = wait_for_download(&scratch.downloads(), ".txt", UI_CHANGE)?;
    assert_eq!(std::fs::read_to_string(&file)?, BROKEN_TEXT);

    open_draft(&b, "县民政局")?;
    wait_note_shown(&b, "完好的草稿")?;
    assert_eq!(b.console_errors()?, Vec::<String>::new(), "console errors");
    Ok(())
}

/// Fills localStorage under keys that are not Eightfold's until not even one more character
/// fits: new entries first, then the first entry grown to the last byte (a new key costs its
/// own length, so new entries alone leave a little room). Returns how many characters went in.
const FILL_STORAGE: &str = "
    const key = (i) => 'other-tool:filler:' + i;
    let size = 1 << 20, count = 0, stored = 0;
    const fits = (write) => {
      try { write(); return true; } catch (e) {
        if (e.name !== 'QuotaExceededError') { throw e; }
        return false;
      }
    };
    while (size >= 1) {
      if (fits(() => localStorage.setItem(key(count), 'x'.repeat(size)))) {
        count += 1;
        stored += size;
      } else {
        size = Math.floor(size / 2);
      }
    }
    size = 1 << 10;
    while (count > 0 && size >= 1) {
      const grown = localStorage.getItem(key(0)) + 'x'.repeat(size);
      if (fits(() => localStorage.setItem(key(0), grown))) {
        stored += size;
      } else {
        size = Math.floor(size / 2);
      }
    }
    return stored;";

#[test]
fn a_full_storage_is_reported_and_the_draft_can_still_be_exported() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    start_assessment(&b, "县水利局")?;
    type_note(&b, NOTED, "存满之前")?;
    wait_saved_note(&b, NOTED, "存满之前")?;

    let filled = b.execute(FILL_STORAGE, vec![])?;
    assert!(
        filled.as_u64().is_some_and(|chars| chars > 0),
        "could not fill the storage: {filled}"
    );
    type_note(&b, NOTED, "，存满之后")?;
    b.wait_for_text("浏览器存储空间已满", UI_CHANGE)?;

    b.click(&b.find_button(i18n::EXPORT_NOW.zh)?)?;
    let file = wait_for_download(&scratch.downloads(), ".eightfold.json", UI_CHANGE)?;
    let exported: Value = serde_json::from_slice(&std::fs::read(&file)?)?;
    assert_eq!(exported["assessment"]["unit"]["unit"], "县水利局");
    assert_eq!(
        exported["assessment"]["answers"][NOTED]["note"], "存满之前，存满之后",
        "the exported file lacks the edit made after storage filled up"
    );
    assert_eq!(
        stored_notes(&b, NOTED)?,
        vec!["存满之前".to_owned()],
        "the stored draft should still be the last save that fitted"
    );
    Ok(())
}

#[test]
fn a_draft_from_schema_1_loads_and_opens() -> Result<()> {
    const FIXTURE: &str = include_str!("../../crates/core/tests/fixtures/drafts/v1-record.json");
    let old: RecordV1 = serde_json::from_str(FIXTURE)?;
    let template = eight_types();
    let unit = old.assessment.unit.unit.clone();
    let answers = old.assessment.answers.clone();
    let key = draft_key(&old.assessment.id);
    let expected = expected_result(&template, &score(&template, &answers));

    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    b.execute(
        "localStorage.setItem(arguments[0], arguments[1]);",
        vec![json!(key), json!(FIXTURE)],
    )?;
    reload_app(&b)?;

    let row = draft_row(&b, &unit)?;
    let row_text = b.text_of(&row)?;
    for shown in [&unit, &expected.total, &expected.grade] {
        assert!(
            row_text.contains(shown.as_str()),
            "{shown:?} not in {row_text:?}"
        );
    }
    let stored = stored_drafts(&b)?;
    let rewritten = stored.get(&key).map(|raw| decode(raw));
    assert!(
        matches!(rewritten, Some(Ok(Decoded::Current(_)))),
        "the old record was not rewritten in the current layout: {rewritten:?}"
    );

    open_draft(&b, &unit)?;
    expect_scored(&b, &template, &answers, "opening the migrated draft")?;
    let noted: Vec<_> = answers.iter().filter(|(_, a)| !a.note.is_empty()).collect();
    assert!(!noted.is_empty(), "the fixture should hold notes to check");
    for (id, answer) in noted {
        let field = note_field(&b, id.as_str())?;
        assert_eq!(b.value_of(&field)?, answer.note, "note of {id}");
    }
    Ok(())
}
