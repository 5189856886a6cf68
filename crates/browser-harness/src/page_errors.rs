//! Console errors caught inside the page, for an engine whose driver cannot report them:
//! WebKitGTK writes console messages nowhere in an ephemeral (automation) session.
//!
//! A small listener is put into the page right after each navigation, and again whenever it
//! is read: it records `console.error` calls, uncaught exceptions, unhandled promise
//! rejections and Content-Security-Policy violations. What happened before it was put in —
//! while the page was loading — it cannot see; [`Engine::sees_console_from_page_start`] says
//! which engines have that gap, and tests that depend on it say so.
//!
//! [`Engine::sees_console_from_page_start`]: super::engine::Engine::sees_console_from_page_start

use super::error::{fail, Result};
use super::webdriver::WebDriver;

/// Installs the listener once per page, then hands out (and forgets) what it recorded.
const DRAIN: &str = "
if (!window.__eightfoldHarnessErrors) {
  const errors = [];
  window.__eightfoldHarnessErrors = errors;
  const original = console.error;
  console.error = function (...args) {
    errors.push(args.map((a) => (a instanceof Error ? a.stack || String(a) : String(a))).join(' '));
    return original.apply(this, args);
  };
  window.addEventListener('error', (e) => {
    errors.push('uncaught: ' + (e.error ? String(e.error) : e.message));
  });
  window.addEventListener('unhandledrejection', (e) => {
    errors.push('unhandled rejection: ' + String(e.reason));
  });
  document.addEventListener('securitypolicyviolation', (e) => {
    errors.push('Content-Security-Policy violation: ' + e.effectiveDirective
      + ' blocked ' + e.blockedURI);
  });
}
return window.__eightfoldHarnessErrors.splice(0);";

/// Puts the listener into the current page (no-op when it is there already) and returns the
/// errors recorded since the last call.
pub fn drain(webdriver: &WebDriver) -> Result<Vec<String>> {
    let recorded = webdriver.execute(DRAIN, vec![])?;
    let Some(list) = recorded.as_array() else {
        fail!("the in-page error listener answered {recorded}");
    };
    Ok(list
        .iter()
        .map(|e| e.as_str().map_or_else(|| e.to_string(), str::to_owned))
        .collect::<Vec<_>>())
}
