//! Tabs, a profile reused by a second launch, and a crashed tab: the situations later tests
//! use to check that drafts survive.

use serde_json::json;

use super::open_page;
use crate::harness::{self, Browser, Feature, Result, Scratch, APP_START, UI_CHANGE};

const STORAGE_PAGE: &str = include_str!("../pages/storage.html");
/// How often the crash test writes its draft before it says the write never reached a tab.
const WRITE_ATTEMPTS: usize = 3;
/// Writes the draft and reads it back, as the app's draft store reads the key around each
/// save. Measured with the 2 cores busy: a script that only wrote left Chromium 156's other
/// tabs without the value in 2 of 8 runs (even after reloading them for 20 s); writing and
/// reading back passed 8 of 8. Why the read matters is not known.
const SAVE_DRAFT: &str = "localStorage.setItem('eightfold-selftest-draft', arguments[0]);
     return localStorage.getItem('eightfold-selftest-draft');";

#[test]
fn a_new_tab_sees_the_same_storage() -> Result<()> {
    let page = open_page("storage.html", STORAGE_PAGE)?;
    let b = &page.browser;
    b.wait_for_text("no draft", UI_CHANGE)?;
    b.execute(SAVE_DRAFT, vec![json!("from the first tab")])?;
    let first = b.webdriver().window_handle()?;
    let second = b.open_new_tab()?;
    b.open_file(&page.scratch.site().join("storage.html"))?;
    b.wait_for_text_reloading("draft: from the first tab", APP_START)?;
    let handles = b.window_handles()?;
    assert!(
        handles.contains(&first) && handles.contains(&second),
        "{handles:?}"
    );
    Ok(())
}

#[test]
fn a_second_launch_reuses_the_profile() -> Result<()> {
    let scratch = Scratch::new()?;
    let path = scratch.write_page("storage.html", STORAGE_PAGE)?;
    let first = harness::launch(&scratch)?;
    first.open_file(&path)?;
    first.wait_for_text("no draft", UI_CHANGE)?;
    first.execute(SAVE_DRAFT, vec![json!("kept across launches")])?;
    // The write has left the page once another tab sees it; quitting before that would test
    // how fast the page talks to the browser, not whether the profile keeps what it stored.
    first.open_new_tab()?;
    first.open_file(&path)?;
    first.wait_for_text_reloading("draft: kept across launches", APP_START)?;
    first.quit()?;

    let second: Browser = harness::launch(&scratch)?;
    second.open_file(&path)?;
    if second.limitation(Feature::StorageAcrossLaunches).is_some() {
        // As stated: the second launch starts empty (a real limit, not a broken page).
        second.wait_for_text("no draft", UI_CHANGE)?;
        return Ok(());
    }
    second.wait_for_text_reloading("draft: kept across launches", APP_START)?;
    Ok(())
}

#[test]
fn after_a_tab_crash_a_new_tab_finds_the_draft() -> Result<()> {
    let page = open_page("storage.html", STORAGE_PAGE)?;
    let b = &page.browser;
    let storage_page = page.scratch.site().join("storage.html");
    b.wait_for_text("no draft", UI_CHANGE)?;
    let editing = b.webdriver().window_handle()?;
    b.execute(SAVE_DRAFT, vec![json!("written before the crash")])?;
    // The write has left the tab once another tab sees it; only then is a crash fair. Once in
    // a CI run (2 loaded cores) Chromium's second tab never saw it, so the write is made again
    // before giving up: what this test checks is the crash, not how soon a write travels.
    let reader = b.open_new_tab()?;
    b.open_file(&storage_page)?;
    let mut seen = Ok(());
    for _ in 0..WRITE_ATTEMPTS {
        seen = b.wait_for_text_reloading("draft: written before the crash", UI_CHANGE);
        if seen.is_ok() {
            break;
        }
        b.switch_to_window(&editing)?;
        b.execute(SAVE_DRAFT, vec![json!("written before the crash")])?;
        b.switch_to_window(&reader)?;
    }
    seen.map_err(|e| e.context("before the crash, in a second tab"))?;

    b.switch_to_window(&editing)?;
    if b.limitation(Feature::CrashTab).is_some() {
        // As stated: refused with the reason, and the draft was already seen by a new tab.
        let Err(error) = b.crash_tab() else {
            panic!("crash_tab worked although the engine says it cannot");
        };
        assert!(error.to_string().contains("cannot crash"), "{error}");
        return Ok(());
    }
    let crashed = b.crash_tab()?;
    let fresh = b.webdriver().window_handle()?;
    assert_ne!(fresh, crashed, "crash_tab did not move to a new tab");
    b.switch_to_window(&crashed)?;
    assert!(
        b.visible_text().is_err(),
        "the crashed tab still runs scripts"
    );
    b.switch_to_window(&fresh)?;
    b.open_file(&storage_page)?;
    b.wait_for_text_reloading("draft: written before the crash", APP_START)
        .map_err(|e| e.context("after the crash, in a new tab"))?;
    Ok(())
}
