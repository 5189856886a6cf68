//! Print media without DevTools: W3C WebDriver cannot emulate `@media print`, so in Firefox
//! and WebKit the harness rewrites the page's own media rules — `print` becomes `all`,
//! `screen` becomes `not all` — and restores them on `"screen"` or `""`.
//!
//! This shows what the print stylesheet does in that engine's layout, but it is not the
//! engine's printing: page size and page breaks stay those of the window. Where the engine
//! can print to PDF (W3C `print`), tests read that PDF too.

use serde_json::json;

use super::browser::Browser;
use super::error::{fail, Result};

/// Remembers each rule's own media text the first time, then applies `arguments[0]`.
const SWITCH: &str = "
const medium = arguments[0];
const apply = (original) => medium !== 'print' ? original
  : original.replace(/\\bprint\\b/g, 'all').replace(/\\bscreen\\b/g, 'not all');
let switched = 0;
const walk = (rules) => {
  for (const rule of Array.from(rules)) {
    if (rule.media && rule.cssRules) {
      if (rule.__eightfoldMedia === undefined) { rule.__eightfoldMedia = rule.media.mediaText; }
      rule.media.mediaText = apply(rule.__eightfoldMedia);
      switched += 1;
    }
    if (rule.cssRules) { walk(rule.cssRules); }
  }
};
for (const sheet of Array.from(document.styleSheets)) {
  const owner = sheet.ownerNode;
  if (owner && owner.hasAttribute && owner.hasAttribute('media')) {
    if (owner.__eightfoldMedia === undefined) { owner.__eightfoldMedia = owner.media; }
    owner.media = apply(owner.__eightfoldMedia);
  }
  walk(sheet.cssRules);
}
return switched;";

impl Browser {
    /// Switches the page's `@media` rules to `medium` (`"print"`, or `"screen"`/`""` for the
    /// page as it was).
    pub(super) fn switch_media_rules(&self, medium: &str) -> Result<()> {
        if !matches!(medium, "print" | "screen" | "") {
            fail!("cannot switch the page's media rules to {medium:?}");
        }
        let switched = self.execute(SWITCH, vec![json!(medium)])?;
        if switched.as_u64().is_none() {
            fail!("switching the media rules answered {switched}");
        }
        Ok(())
    }
}
