//! Acting on a page the way a person does: read the visible text, find a field by its label
//! and a button by its words, click, type, choose from a list — and wait for the page to
//! catch up instead of sleeping.
//!
//! The matching rules live in one script, `finders.js`, so every engine runs the same ones.

use std::time::Duration;

use serde_json::{json, Value};

use super::browser::Browser;
use super::engine::Engine;
use super::error::{fail, HarnessError, Result};
use super::wait::{wait_until, Check, UI_CHANGE};
use super::webdriver::Element;
use super::webkit;

const FINDERS_JS: &str = include_str!("finders.js");
/// How often [`Browser::wait_for_text_reloading`] reloads a page that does not show it yet.
const RELOAD_EVERY: Duration = Duration::from_secs(2);
/// How much of the page text a timeout message quotes.
const QUOTE_LIMIT: usize = 3000;

impl Browser {
    /// What a person can read on the page (`document.body.innerText`).
    pub fn visible_text(&self) -> Result<String> {
        let text = self.execute(
            "return document.body ? document.body.innerText : '';",
            vec![],
        )?;
        Ok(text.as_str().unwrap_or_default().to_owned())
    }

    /// Polls `condition` until it holds. On timeout the error quotes the page's visible
    /// text, and its console errors when the engine reports them (they often say why).
    pub fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        mut condition: impl FnMut(&Browser) -> Result<bool>,
    ) -> Result<()> {
        let outcome = wait_until(what, timeout, || match condition(self) {
            Ok(true) => Ok(Check::Done(())),
            Ok(false) => Ok(Check::NotYet(String::new())),
            Err(e) if is_between_pages(&e) => Ok(Check::NotYet(e.to_string())),
            Err(e) => Err(e),
        });
        match outcome {
            Err(HarnessError::Timeout { what, waited, .. }) => Err(HarnessError::Timeout {
                what,
                waited,
                last_seen: self.describe_page(),
            }),
            other => other,
        }
    }

    /// Waits until `needle` is part of the visible text.
    pub fn wait_for_text(&self, needle: &str, timeout: Duration) -> Result<()> {
        self.wait_until(
            &format!("the text {needle:?} to be visible"),
            timeout,
            |b| Ok(b.visible_text()?.contains(needle)),
        )
    }

    /// Waits until `needle` is part of the visible text, reloading the page every
    /// [`RELOAD_EVERY`] while it is not. For a page that shows what *another* tab or launch
    /// stored: under load, Chromium 156 at times loads a new tab's storage before another
    /// tab's write has arrived and then sends it no `storage` event (measured: 2 of 6 runs
    /// with the 2 cores busy), so only a reload shows the write — as it would for a person.
    pub fn wait_for_text_reloading(&self, needle: &str, timeout: Duration) -> Result<()> {
        let mut last_load = std::time::Instant::now();
        self.wait_until(
            &format!("the text {needle:?} to be visible (reloading)"),
            timeout,
            |b| {
                if b.visible_text()?.contains(needle) {
                    return Ok(true);
                }
                if last_load.elapsed() >= RELOAD_EVERY {
                    b.reload()?;
                    last_load = std::time::Instant::now();
                }
                Ok(false)
            },
        )
    }

    /// The visible form control whose label, `aria-label` or `aria-labelledby` text is `label`.
    pub fn find_by_label(&self, label: &str) -> Result<Element> {
        self.find("label", label, None)
    }

    /// Like [`Browser::find_by_label`], searching only inside `scope`.
    pub fn find_by_label_in(&self, scope: &Element, label: &str) -> Result<Element> {
        self.find("label", label, Some(scope))
    }

    /// The visible button (or `role=button`) whose text or `aria-label` is `name`.
    pub fn find_button(&self, name: &str) -> Result<Element> {
        self.find("button", name, None)
    }

    /// Like [`Browser::find_button`], searching only inside `scope`.
    pub fn find_button_in(&self, scope: &Element, name: &str) -> Result<Element> {
        self.find("button", name, Some(scope))
    }

    /// The first element matching a CSS selector (for structure, not for what a person reads),
    /// waiting for it to appear: a click returns before some engines (WebKit) have run the
    /// page's handlers, so what the click adds may not be there yet.
    pub fn find_css(&self, css: &str) -> Result<Element> {
        wait_until(
            &format!("an element matching {css:?}"),
            UI_CHANGE,
            || match self.webdriver().find_css(css) {
                Ok(el) => Ok(Check::Done(el)),
                Err(e) if e.webdriver_code() == Some("no such element") => {
                    Ok(Check::NotYet(format!("nothing matches {css:?}")))
                }
                Err(e) => Err(e.context(format_args!("finding {css:?}"))),
            },
        )
    }

    pub fn click(&self, el: &Element) -> Result<()> {
        if self.engine() == Engine::WebKit {
            self.wait_until_clickable(el)?;
        }
        self.webdriver().click(el)
    }

    /// Scrolls `el` to the middle of the window and waits until it stays there. WebKit moves
    /// the page after a focus change (a field left with Tab is revealed again a moment later),
    /// so WebKitWebDriver's own scrolling is at times undone before its click lands, and the
    /// click hits whatever is at that point instead (measured: the editor's "Add indicator"
    /// under a tall indicator, after the title was typed).
    fn wait_until_clickable(&self, el: &Element) -> Result<()> {
        // An `<option>` has no box of its own (WebDriver selects it, no pointer involved).
        const SCROLL_AND_SETTLE: &str = "const [el, done] = arguments;
            if (el instanceof HTMLOptionElement) { done(true); return; }
            el.scrollIntoView({ block: 'center', inline: 'nearest' });
            const placed = el.getBoundingClientRect();
            requestAnimationFrame(() => requestAnimationFrame(() => {
              const now = el.getBoundingClientRect();
              const still = Math.abs(now.top - placed.top) < 1 && Math.abs(now.left - placed.left) < 1;
              const inside = now.bottom > 0 && now.top < innerHeight && now.right > 0 && now.left < innerWidth;
              done(still && inside);
            }));";
        self.wait_until("the element to stay in view for a click", UI_CHANGE, |b| {
            Ok(b.execute_async(SCROLL_AND_SETTLE, vec![el.to_json()])? == Value::Bool(true))
        })
    }

    /// Types `text` at the end of what the control already holds (for a file input: chooses
    /// the files whose paths `text` lists, one a line).
    pub fn type_into(&self, el: &Element, text: &str) -> Result<()> {
        if self.engine() != Engine::WebKit {
            return self.webdriver().send_keys(el, text);
        }
        // WebKit (WebKitGTK's WebDriver) types characters that need Shift without it ("L"
        // arrives as "l", "!" as "1"), so those are sent as Shift + their key, one run per
        // command (Shift is let go at the end of each). A file input takes paths, not keys.
        let kind = self.webdriver().property(el, "type")?;
        if kind.as_str() == Some("file") {
            return self.webdriver().send_keys(el, text);
        }
        for run in webkit::keystroke_runs(text) {
            self.webdriver().send_keys(el, &run)?;
        }
        Ok(())
    }

    /// Empties a text control.
    pub fn clear(&self, el: &Element) -> Result<()> {
        self.webdriver().clear(el)
    }

    /// Chooses the option whose text is `text` in a `<select>`, by clicking it.
    pub fn select_option_by_text(&self, select: &Element, text: &str) -> Result<()> {
        let option = self.find("option", text, Some(select))?;
        self.click(&option)?;
        let chosen = self.execute(
            "return arguments[0].selectedIndex >= 0 && \
             arguments[0].options[arguments[0].selectedIndex] === arguments[1];",
            vec![select.to_json(), option.to_json()],
        )?;
        if chosen != Value::Bool(true) {
            fail!("clicked the option {text:?} but the list did not select it");
        }
        Ok(())
    }

    /// The element's rendered text.
    pub fn text_of(&self, el: &Element) -> Result<String> {
        self.webdriver().text(el)
    }

    /// The current `value` of a form control.
    pub fn value_of(&self, el: &Element) -> Result<String> {
        let value = self.webdriver().property(el, "value")?;
        Ok(value.as_str().unwrap_or_default().to_owned())
    }

    /// The page as a timeout message shows it: its visible text and console errors.
    fn describe_page(&self) -> String {
        let mut seen = match self.visible_text() {
            Ok(text) if text.trim().is_empty() => "(no visible text)".to_owned(),
            Ok(text) => quote(&text),
            Err(e) => format!("(could not read the page: {e})"),
        };
        if let Ok(errors) = self.console_errors() {
            if !errors.is_empty() {
                seen.push_str(&format!("\nconsole errors: {errors:#?}"));
            }
        }
        seen
    }

    /// Runs `finders.js`, waiting up to [`UI_CHANGE`] for the element to appear.
    fn find(&self, kind: &str, wanted: &str, scope: Option<&Element>) -> Result<Element> {
        let scope = scope.map_or(Value::Null, Element::to_json);
        wait_until(&format!("a {kind} {wanted:?}"), UI_CHANGE, || {
            let answer =
                self.execute(FINDERS_JS, vec![json!(kind), json!(wanted), scope.clone()])?;
            if let Some(el) = answer.get("found").and_then(Element::from_json) {
                return Ok(Check::Done(el));
            }
            let problem = answer.get("problem").and_then(Value::as_str).map_or_else(
                || format!("unexpected finder answer {answer}"),
                str::to_owned,
            );
            if answer.get("retry") == Some(&Value::Bool(true)) {
                Ok(Check::NotYet(problem))
            } else {
                fail!("{problem}")
            }
        })
    }
}

/// Whether a script failed only because the tab is between two pages, which a wait outlasts:
/// Firefox briefly hosts a tab that moves to a new content process (a `file://` page after a
/// crash) in the parent process, where geckodriver runs no scripts (seen once in CI).
fn is_between_pages(error: &HarnessError) -> bool {
    error.webdriver_code() == Some("unsupported operation")
        && error
            .to_string()
            .contains("parent process browsing context")
}

/// The start of a long text, marked when cut.
fn quote(text: &str) -> String {
    match text.char_indices().nth(QUOTE_LIMIT) {
        Some((cut, _)) => format!("{}… (cut)", &text[..cut]),
        None => text.to_owned(),
    }
}
