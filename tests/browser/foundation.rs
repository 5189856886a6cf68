//! Issue 3's acceptance in a real browser: the built single file, copied alone into an empty
//! folder and opened from `file://` with a fresh profile, shows the app — a heading and the
//! eight types — logs no console error, makes no network request, and its
//! Content-Security-Policy forbids the network outright.

#[path = "../support/csp.rs"]
mod csp;

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::harness::{self, Browser, Result, Scratch, APP_START};

/// The eight types of institutions as the app names them in Chinese (its default, and the
/// language the harness's browser prefers) and in English.
const EIGHT_TYPES: [[&str; 8]; 2] = [
    [
        "学习型",
        "创新型",
        "高效型",
        "服务型",
        "法治型",
        "节约型",
        "文明型",
        "廉洁型",
    ],
    [
        "Learning",
        "Innovative",
        "Efficient",
        "Service-oriented",
        "Rule-of-law",
        "Thrifty",
        "Civilized",
        "Clean",
    ],
];

/// Opens a lone copy of `dist/eightfold.html` and waits until the eight types are visible
/// (all in one language).
fn open_app(scratch: &Scratch) -> Result<Browser> {
    let file = scratch.copy_dist()?;
    let browser = harness::launch(scratch)?;
    browser.open_file(&file)?;
    browser.wait_until("the eight types to be visible", APP_START, |b| {
        let text = b.visible_text()?;
        Ok(EIGHT_TYPES
            .iter()
            .any(|names| names.iter().all(|name| text.contains(name))))
    })?;
    Ok(browser)
}

#[test]
fn the_app_appears_offline_without_errors() -> Result<()> {
    let scratch = Scratch::new()?;
    let browser = open_app(&scratch)?;

    let heading = browser.find_css("h1")?;
    let title = browser.text_of(&heading)?;
    assert!(!title.trim().is_empty(), "the page has no visible heading");

    assert_eq!(
        browser.console_errors()?,
        Vec::<String>::new(),
        "console errors"
    );
    assert_eq!(
        browser.network_requests()?,
        Vec::<String>::new(),
        "network requests"
    );
    Ok(())
}

#[test]
fn the_content_security_policy_forbids_the_network() -> Result<()> {
    let scratch = Scratch::new()?;
    let browser = open_app(&scratch)?;

    let policy = browser.execute(
        "const meta = document.querySelector('meta[http-equiv=\"Content-Security-Policy\" i]');
         return meta ? meta.content : null;",
        vec![],
    )?;
    let Some(policy) = policy.as_str() else {
        panic!("no Content-Security-Policy meta tag");
    };
    let directives: HashMap<String, Vec<String>> = csp::directives(policy);
    for directive in ["default-src", "connect-src"] {
        assert_eq!(
            directives.get(directive).map(Vec::as_slice),
            Some(&["'none'".to_owned()][..]),
            "{directive} in {policy:?}"
        );
    }

    let attempt = browser.execute_async(
        "const done = arguments[arguments.length - 1];
         let violated = null;
         document.addEventListener('securitypolicyviolation',
           (e) => { violated = e.effectiveDirective; });
         fetch(arguments[0]).then(
           () => done({ outcome: 'answered', violated }),
           () => setTimeout(() => done({ outcome: 'rejected', violated }), 0));",
        vec![json!("http://example.invalid/eightfold-csp-probe")],
    )?;
    assert_eq!(attempt["outcome"], "rejected", "{attempt}");
    assert_eq!(attempt["violated"], Value::from("connect-src"), "{attempt}");
    assert_eq!(
        browser.network_requests()?,
        Vec::<String>::new(),
        "the blocked fetch reached the network"
    );
    Ok(())
}
