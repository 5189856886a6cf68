//! Issue 5's accessibility check: axe-core (from npm) injected into the built app reports no
//! serious or critical violation on the start screen or on a form being filled in.
//!
//! axe-core is not vendored: `cargo xtask test` installs it, and `EIGHTFOLD_AXE` may point
//! at another copy of `axe.min.js`. A missing file fails the test with how to get it.

use std::path::PathBuf;

use eightfold::domain::{eight_types, AnswerValue, Fixed};
use eightfold::ui::i18n;
use serde_json::{json, Value};

use crate::harness::{Browser, HarnessError, Result, Scratch, UI_CHANGE};
use crate::support_form::{answer, indicator_card, open_app, start_assessment};

/// Where `cargo xtask test` puts axe-core, relative to the crate root.
const AXE_DEFAULT: &str = "target/axe-core/axe.min.js";
const AXE_ENV: &str = "EIGHTFOLD_AXE";

#[test]
fn the_start_screen_has_no_serious_accessibility_violations() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    b.find_button(i18n::START.zh)?;
    assert_no_serious_violations(&b, "the start screen")
}

#[test]
fn the_form_has_no_serious_accessibility_violations() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let template = eight_types();
    start_assessment(&b, "示例县教育局")?;
    // A form in use: a ★ item below full marks (a rule and a to-do entry appear), a
    // triggered veto, and a number field showing an error message.
    answer(
        &b,
        &template,
        "3.1",
        &AnswerValue::Quantity(Fixed::from_int(80)),
    )?;
    answer(&b, &template, "8.1", &AnswerValue::Veto(true))?;
    let card = indicator_card(&b, "3.3")?;
    let count = b.find_by_label_in(&card, i18n::OCCURRENCES.zh)?;
    b.type_into(&count, "-2")?;
    b.wait_for_text(i18n::NEGATIVE.zh, UI_CHANGE)?;
    assert_no_serious_violations(&b, "the form")
}

/// Injects axe-core, runs it on the whole page and fails listing every serious or critical
/// violation with the elements concerned.
pub fn assert_no_serious_violations(b: &Browser, page: &str) -> Result<()> {
    let source = axe_source()?;
    let loaded = b.execute(&format!("{source}\nreturn typeof window.axe;"), vec![])?;
    if loaded != json!("object") {
        return Err(HarnessError::new(format!(
            "axe-core did not load (typeof window.axe = {loaded})"
        )));
    }
    let result = b.execute_async(
        "const done = arguments[arguments.length - 1];
         window.axe.run(document, { resultTypes: ['violations'] }).then(
           (r) => done({
             passes: r.passes.map((p) => p.id),
             violations: r.violations.map((v) => ({
               id: v.id, impact: v.impact, help: v.help,
               nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary),
             })),
           }),
           (e) => done({ error: String(e) }));",
        vec![],
    )?;
    if let Some(error) = result.get("error") {
        return Err(HarnessError::new(format!("axe.run failed: {error}")));
    }
    let Some(violations) = result.get("violations").and_then(Value::as_array) else {
        return Err(HarnessError::new(format!("axe.run answered {result}")));
    };
    let serious: Vec<&Value> = violations
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .collect();
    // axe examined the page's form controls, not an empty document.
    let passes = result.get("passes").and_then(Value::as_array);
    assert!(
        passes.is_some_and(|rules| rules.contains(&json!("label"))),
        "axe-core checked no labelled control on {page}: {result}"
    );
    assert!(
        serious.is_empty(),
        "axe-core found {} serious or critical violation(s) on {page}:\n{}",
        serious.len(),
        serde_json::to_string_pretty(&serious).unwrap_or_default()
    );
    Ok(())
}

/// The text of `axe.min.js`, from `EIGHTFOLD_AXE` or the place `cargo xtask test` uses.
fn axe_source() -> Result<String> {
    let path = std::env::var_os(AXE_ENV).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(AXE_DEFAULT),
        PathBuf::from,
    );
    std::fs::read_to_string(&path).map_err(|e| {
        HarnessError::new(format!(
            "cannot read axe-core at {} ({e}): run `cargo xtask test` (it installs axe-core \
             with npm) or `npm install --prefix target/axe-core-npm axe-core@4` and set \
             {AXE_ENV}=target/axe-core-npm/node_modules/axe-core/axe.min.js",
            path.display()
        ))
    })
}
