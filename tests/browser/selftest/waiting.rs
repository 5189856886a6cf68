//! Waiting ends when the condition holds, and a timeout says what the page showed instead.

use std::time::Duration;

use super::open_page;
use crate::harness::{HarnessError, Result, APP_START};

#[test]
fn waits_for_content_that_appears_later() -> Result<()> {
    let page = open_page(
        "late_heading.html",
        include_str!("../pages/late_heading.html"),
    )?;
    page.browser
        .wait_for_text("Ready after a while", APP_START)?;
    let heading = page.browser.find_css("h1")?;
    assert_eq!(page.browser.text_of(&heading)?, "Ready after a while");
    Ok(())
}

#[test]
fn a_timeout_quotes_the_page_and_its_console_errors() -> Result<()> {
    let page = open_page(
        "console_error.html",
        include_str!("../pages/console_error.html"),
    )?;
    page.browser
        .wait_for_text("A page that reports an error", APP_START)?;
    // Logged after loading too, which every engine reports (WebKit not what came before).
    page.browser.execute(
        "console.error('eightfold selftest: deliberate console error, after loading');",
        vec![],
    )?;
    let Err(error) = page
        .browser
        .wait_for_text("text that never appears", Duration::from_millis(200))
    else {
        panic!("waiting for absent text succeeded");
    };
    assert!(matches!(error, HarnessError::Timeout { .. }), "{error}");
    let message = error.to_string();
    assert!(message.contains("text that never appears"), "{message}");
    assert!(
        message.contains("A page that reports an error"),
        "{message}"
    );
    assert!(message.contains("deliberate console error"), "{message}");
    Ok(())
}
