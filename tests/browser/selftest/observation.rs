//! The harness observes network requests and console errors instead of assuming them away.

use super::open_page;
use crate::harness::{Feature, Result, UI_CHANGE};

const PROBE_URL: &str = "http://example.invalid/eightfold-probe";

#[test]
fn a_request_to_a_server_is_observed() -> Result<()> {
    let page = open_page(
        "remote_fetch.html",
        include_str!("../pages/remote_fetch.html"),
    )?;
    page.browser.wait_for_text("fetch settled", UI_CHANGE)?;
    page.browser
        .wait_until("the fetch to show in the network log", UI_CHANGE, |b| {
            Ok(b.network_requests()?.iter().any(|url| url == PROBE_URL))
        })?;
    Ok(())
}

#[test]
fn a_quiet_page_shows_no_requests_and_no_errors() -> Result<()> {
    let page = open_page("quiet.html", include_str!("../pages/quiet.html"))?;
    page.browser
        .wait_for_text("A page that asks nothing of the network", UI_CHANGE)?;
    assert_eq!(page.browser.network_requests()?, Vec::<String>::new());
    assert_eq!(page.browser.console_errors()?, Vec::<String>::new());
    Ok(())
}

#[test]
fn a_console_error_is_reported() -> Result<()> {
    let page = open_page(
        "console_error.html",
        include_str!("../pages/console_error.html"),
    )?;
    let b = &page.browser;
    b.wait_for_text("A page that reports an error", UI_CHANGE)?;
    if b.limitation(Feature::ConsoleFromPageStart).is_none() {
        b.wait_until(
            "the error logged while loading to be reported",
            UI_CHANGE,
            |b| {
                Ok(b.console_errors()?
                    .iter()
                    .any(|e| e.contains("eightfold selftest: deliberate console error")))
            },
        )?;
    }
    // Errors after loading — logged, thrown, rejected — are seen on every engine.
    b.execute(
        "console.error('eightfold selftest: logged later');
         setTimeout(() => { throw new Error('eightfold selftest: thrown later'); }, 0);
         Promise.reject(new Error('eightfold selftest: rejected later'));",
        vec![],
    )?;
    let thrown = if b.limitation(Feature::UncaughtErrorDetails).is_some() {
        "Script error."
    } else {
        "thrown later"
    };
    for wanted in ["logged later", thrown, "rejected later"] {
        b.wait_until(
            &format!("the error {wanted:?} to be reported"),
            UI_CHANGE,
            |b| Ok(b.console_errors()?.iter().any(|e| e.contains(wanted))),
        )?;
    }
    Ok(())
}
