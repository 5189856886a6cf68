//! The harness observes network requests and console errors instead of assuming them away.

use super::open_page;
use crate::harness::{Result, UI_CHANGE};

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
    page.browser
        .wait_until("the console error to be reported", UI_CHANGE, |b| {
            Ok(b.console_errors()?
                .iter()
                .any(|e| e.contains("eightfold selftest: deliberate console error")))
        })?;
    Ok(())
}
