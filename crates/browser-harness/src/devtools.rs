//! Chromium-only extras reached through chromedriver's DevTools bridge
//! (`POST /session/{id}/goog/cdp/execute`): print-media emulation, DevTools printing and
//! crashing a tab's renderer. Other engines get an error that says so, never a silent no-op;
//! `print_media.rs` and `crash.rs` give them their own way to the same end.

use std::time::Duration;

use base64::Engine as _;
use serde_json::{json, Value};

use super::browser::Browser;
use super::engine::Engine;
use super::error::{fail, HarnessError, Result};
use super::webdriver::COMMAND_TIMEOUT;

/// Budget for a command that never answers (`Page.crash`).
const NO_REPLY_TIMEOUT: Duration = Duration::from_secs(3);

impl Browser {
    /// Sends one DevTools protocol command to the current tab and returns its result.
    pub fn devtools(&self, cmd: &str, params: Value) -> Result<Value> {
        self.devtools_with_timeout(cmd, params, COMMAND_TIMEOUT)
    }

    /// Applies `@media print` (or `"screen"`, or `""` to reset) to the current tab: through
    /// DevTools in Chromium, by switching the page's media rules elsewhere (see
    /// `print_media.rs`; [`Feature::PrintMediaEmulation`] says so for those engines).
    ///
    /// [`Feature::PrintMediaEmulation`]: super::engine::Feature::PrintMediaEmulation
    pub fn emulate_media(&self, media: &str) -> Result<()> {
        if self.engine() != Engine::Chromium {
            return self.switch_media_rules(media);
        }
        self.devtools("Emulation.setEmulatedMedia", json!({ "media": media }))
            .map(drop)
    }

    /// What Ctrl+P → "Save as PDF" gives in Chromium: A4, with backgrounds.
    pub fn print_to_pdf_devtools(&self) -> Result<Vec<u8>> {
        let params = json!({ "paperWidth": 8.27, "paperHeight": 11.69, "printBackground": true });
        let answer = self.devtools("Page.printToPDF", params)?;
        let Some(data) = answer.get("data").and_then(Value::as_str) else {
            fail!("Page.printToPDF answered without data: {answer}");
        };
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|e| HarnessError::new(format!("Page.printToPDF data is not base64: {e}")))
    }

    /// Kills the current tab's renderer with DevTools `Page.crash`, which never answers (so
    /// its expected error is ignored).
    pub(super) fn crash_renderer_devtools(&self) {
        let _ = self.devtools_with_timeout("Page.crash", json!({}), NO_REPLY_TIMEOUT);
    }

    fn devtools_with_timeout(&self, cmd: &str, params: Value, timeout: Duration) -> Result<Value> {
        if self.engine() != Engine::Chromium {
            fail!(
                "DevTools command {cmd} is Chromium-only; {} needs its own way to do this",
                self.engine()
            );
        }
        self.webdriver().vendor(
            "goog/cdp/execute",
            json!({ "cmd": cmd, "params": params }),
            timeout,
        )
    }
}
