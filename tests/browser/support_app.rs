//! Steps the drafts and files journeys share, on top of `support_form` (open the app, start an
//! assessment, answer an indicator): reload or reopen the app, open a draft from the drafts
//! list, write an evidence note, wait for a save, read what localStorage holds, and go back to
//! the start screen.
//!
//! What is stored is read back with the app's own decoder (`eightfold::drafts::decode`), so a
//! test checks the draft a person would get back, not the bytes of one layout. Labels come from
//! `eightfold::ui::i18n` in Chinese, the harness's default language. No assertions here beyond
//! "the page reached the state this step waits for".

use std::collections::BTreeMap;

use eightfold::domain::IndicatorId;
use eightfold::drafts::keys::DRAFT_PREFIX;
use eightfold::drafts::{decode, DraftRecord};
use eightfold::ui::i18n;
use serde_json::json;

use crate::harness::{Browser, Element, HarnessError, Result, APP_START, UI_CHANGE};
use crate::support_form::{indicator_card, wait_ready};

/// The page's URL, to open the same file again in another tab.
pub fn app_url(browser: &Browser) -> Result<String> {
    browser.current_url()
}

/// Opens the app at `url` in the current tab and waits until it has started.
pub fn load_app(browser: &Browser, url: &str) -> Result<()> {
    browser.navigate(url)?;
    wait_ready(browser)
}

/// Reloads the page, as F5 does, and waits until the app has started again.
pub fn reload_app(browser: &Browser) -> Result<()> {
    browser.reload()?;
    wait_ready(browser)
}

/// Opens a new tab on the same file and waits for the app; returns the tab's handle.
pub fn open_app_in_new_tab(browser: &Browser) -> Result<String> {
    let url = app_url(browser)?;
    let handle = browser.open_new_tab()?;
    load_app(browser, &url)?;
    Ok(handle)
}

/// The row of the drafts list whose name starts with `unit` (there must be exactly one).
pub fn draft_row(browser: &Browser, unit: &str) -> Result<Element> {
    let mut found = None;
    browser.wait_until(
        &format!("one row for {unit:?} in the drafts list"),
        UI_CHANGE,
        |b| {
            let rows = b.execute(
                "return Array.from(document.querySelectorAll('table.drafts-table tbody tr'))
                   .filter((tr) => {
                     const name = tr.querySelector('th');
                     return name && name.innerText.trim().startsWith(arguments[0]);
                   });",
                vec![json!(unit)],
            )?;
            let rows: Vec<Element> = rows
                .as_array()
                .map(|list| list.iter().filter_map(Element::from_json).collect())
                .unwrap_or_default();
            if rows.len() > 1 {
                return Err(HarnessError::new(format!(
                    "{} rows of the drafts list start with {unit:?}",
                    rows.len()
                )));
            }
            found = rows.into_iter().next();
            Ok(found.is_some())
        },
    )?;
    found.ok_or_else(|| HarnessError::new(format!("no drafts row for {unit:?}")))
}

/// The names of every draft in the drafts list, top to bottom. On opening, the start screen's
/// lists follow the first frame (`web::first_paint`), so this waits for them.
pub fn draft_names(browser: &Browser) -> Result<Vec<String>> {
    browser.wait_until("the start screen's lists", UI_CHANGE, |b| {
        Ok(b.execute(
            "const kept = document.querySelector('.start-kept');
             return !kept || kept.children.length > 0;",
            vec![],
        )? == json!(true))
    })?;
    let names = browser.execute(
        "return Array.from(document.querySelectorAll('table.drafts-table tbody tr th'),
           (th) => th.innerText.trim());",
        vec![],
    )?;
    Ok(names
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|name| name.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default())
}

/// Presses 打开 on the draft of `unit` in the drafts list and waits for its form.
pub fn open_draft(browser: &Browser, unit: &str) -> Result<()> {
    let row = draft_row(browser, unit)?;
    browser.click(&browser.find_button_in(&row, i18n::OPEN.zh)?)?;
    browser.wait_until(&format!("the form of {unit:?}"), APP_START, |b| {
        let heading = b.execute(
            "const h = document.querySelector('.form-heading');
                 return h ? h.innerText : '';",
            vec![],
        )?;
        Ok(heading.as_str().is_some_and(|h| h.starts_with(unit)))
    })
}

/// Presses 返回首页 and waits for the drafts list.
pub fn back_to_start(browser: &Browser) -> Result<()> {
    browser.click(&browser.find_button(i18n::BACK_TO_START.zh)?)?;
    browser.wait_for_text(i18n::DRAFTS.zh, UI_CHANGE)
}

/// The evidence note (佐证材料与说明) of one indicator.
pub fn note_field(browser: &Browser, indicator: &str) -> Result<Element> {
    let card = indicator_card(browser, indicator)?;
    browser.find_by_label_in(&card, i18n::EVIDENCE.zh)
}

/// Types `text` at the end of an indicator's evidence note.
pub fn type_note(browser: &Browser, indicator: &str, text: &str) -> Result<()> {
    let field = note_field(browser, indicator)?;
    browser.type_into(&field, text)
}

/// What the save status in the form's toolbar says.
pub fn save_status(browser: &Browser) -> Result<String> {
    let text = browser.execute(
        "const s = document.querySelector('.save-status');
         return s ? s.innerText.trim() : '';",
        vec![],
    )?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

/// The words of the "saved" status before its time ("已保存").
pub fn saved_words() -> &'static str {
    before_placeholder(i18n::SAVED_AT.zh)
}

/// The fixed start of a UI string with one `{}` (the part a test can look for).
pub fn before_placeholder(text: &'static str) -> &'static str {
    text.split("{}").next().unwrap_or(text).trim_end()
}

/// Waits until the status says saved and a stored draft's note on `indicator` is `note`: the
/// save point a crash or a reload must not lose.
pub fn wait_saved_note(browser: &Browser, indicator: &str, note: &str) -> Result<()> {
    browser.wait_until(
        &format!("the status to say saved with the note {note:?} on {indicator} stored"),
        UI_CHANGE,
        |b| {
            let saved = save_status(b)?.starts_with(saved_words());
            Ok(saved && stored_notes(b, indicator)?.iter().any(|n| n == note))
        },
    )
}

/// Every entry under the drafts prefix (`eightfold:draft:`), key → raw text.
pub fn stored_drafts(browser: &Browser) -> Result<BTreeMap<String, String>> {
    stored_entries(browser, DRAFT_PREFIX)
}

/// Every localStorage entry whose key starts with `prefix`, key → raw text.
pub fn stored_entries(browser: &Browser, prefix: &str) -> Result<BTreeMap<String, String>> {
    let entries = browser.execute(
        "const out = {};
         for (let i = 0; i < localStorage.length; i++) {
           const key = localStorage.key(i);
           if (key !== null && key.startsWith(arguments[0])) {
             out[key] = localStorage.getItem(key);
           }
         }
         return out;",
        vec![json!(prefix)],
    )?;
    Ok(entries
        .as_object()
        .map(|map| {
            map.iter()
                .filter_map(|(key, value)| Some((key.clone(), value.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default())
}

/// The stored drafts, read the way the app reads them; an unreadable one is an error.
pub fn stored_records(browser: &Browser) -> Result<Vec<DraftRecord>> {
    stored_drafts(browser)?
        .into_iter()
        .map(|(key, raw)| {
            decode(&raw)
                .map(|decoded| decoded.into_record())
                .map_err(|problem| {
                    HarnessError::new(format!("the draft under {key} is unreadable: {problem:?}"))
                })
        })
        .collect()
}

/// The note on `indicator` of every stored draft that has one.
pub fn stored_notes(browser: &Browser, indicator: &str) -> Result<Vec<String>> {
    let id = IndicatorId::new(indicator);
    Ok(stored_records(browser)?
        .into_iter()
        .filter_map(|record| {
            record
                .assessment
                .answers
                .get(&id)
                .map(|answer| answer.note.clone())
        })
        .collect())
}
