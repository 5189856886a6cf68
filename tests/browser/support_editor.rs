//! Steps the criteria-editor journeys share: fill an editor field by its label inside one part
//! of the template, choose files for the template pickers, find a template's row, and read the
//! templates localStorage holds with the app's own decoder.
//!
//! Labels come from `eightfold::ui::i18n` in Chinese. No assertions here beyond "the page
//! reached the state this step waits for".

use std::path::Path;

use eightfold::drafts::keys::TEMPLATE_PREFIX;
use eightfold::drafts::template_record::decode_template;
use eightfold::drafts::TemplateRecord;
use eightfold::ui::i18n;
use serde_json::json;

use crate::harness::{Browser, Element, HarnessError, Result, UI_CHANGE};
use crate::support_app::stored_entries;

/// WebDriver's Tab key: leaving a field commits it (its `change` event).
const TAB: &str = "\u{E004}";

/// Replaces the text of the field labelled `label` inside the element matching `scope` and
/// leaves the field, as a person tabbing through the form does.
pub fn set_field(b: &Browser, scope: &str, label: &str, text: &str) -> Result<()> {
    let area = b.find_css(scope)?;
    let field = b
        .find_by_label_in(&area, label)
        .map_err(|e| e.context(format_args!("in {scope}")))?;
    b.clear(&field)?;
    b.type_into(&field, &format!("{text}{TAB}"))
}

/// Chooses `value` in the list labelled `label` inside `scope`.
pub fn choose(b: &Browser, scope: &str, label: &str, value: &str) -> Result<()> {
    let area = b.find_css(scope)?;
    let list = b.find_by_label_in(&area, label)?;
    b.select_option_by_text(&list, value)
}

/// Presses the button named `name` inside the element matching `scope`.
pub fn press_in(b: &Browser, scope: &str, name: &str) -> Result<()> {
    let area = b.find_css(scope)?;
    b.click(&b.find_button_in(&area, name)?)
}

/// Waits until the criteria editor is open.
pub fn wait_editor(b: &Browser) -> Result<()> {
    b.wait_until("the criteria editor", UI_CHANGE, |b| {
        let open = b.execute(
            "return !!document.querySelector('.editor-screen .edit-meta');",
            vec![],
        )?;
        Ok(open == json!(true))
    })
}

/// The visible text of the element matching `css` (empty when there is none).
pub fn text_at(b: &Browser, css: &str) -> Result<String> {
    let text = b.execute(
        "const el = document.querySelector(arguments[0]); return el ? el.innerText : '';",
        vec![json!(css)],
    )?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

/// Waits until the element matching `css` shows `needle`.
pub fn wait_text_at(b: &Browser, css: &str, needle: &str) -> Result<()> {
    b.wait_until(&format!("{css} to show {needle:?}"), UI_CHANGE, |b| {
        Ok(text_at(b, css)?.contains(needle))
    })
}

/// Waits until the element with id `id` has the keyboard focus.
pub fn wait_focused(b: &Browser, id: &str) -> Result<()> {
    b.wait_until(&format!("#{id} to have the focus"), UI_CHANGE, |b| {
        let focused = b.execute(
            "return document.activeElement ? document.activeElement.id : '';",
            vec![],
        )?;
        Ok(focused == json!(id))
    })
}

/// Chooses `path` in the file picker `#picker_id`.
pub fn pick_file(b: &Browser, picker_id: &str, path: &Path) -> Result<()> {
    let Some(path) = path.to_str() else {
        return Err(HarnessError::new(format!("not UTF-8: {}", path.display())));
    };
    let picker = b.find_css(&format!("#{picker_id}"))?;
    b.type_into(&picker, path)
}

/// The lines of the templates panel's report, once there are `count`.
pub fn template_report(b: &Browser, count: usize) -> Result<Vec<String>> {
    let mut lines = Vec::new();
    b.wait_until(&format!("{count} lines in the templates report"), UI_CHANGE, |b| {
        let shown = b.execute(
            "return Array.from(document.querySelectorAll('.template-report li'), (li) => li.innerText);",
            vec![],
        )?;
        lines = shown
            .as_array()
            .map(|rows| rows.iter().filter_map(|r| r.as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        Ok(lines.len() == count)
    })?;
    Ok(lines)
}

/// The row of the templates table whose name is `title`.
pub fn template_row(b: &Browser, title: &str) -> Result<Element> {
    let mut found = None;
    b.wait_until(&format!("the template row {title:?}"), UI_CHANGE, |b| {
        let row = b.execute(
            "return Array.from(document.querySelectorAll('table.templates-table tbody tr'))
               .find((tr) => tr.querySelector('th').innerText.trim() === arguments[0]) || null;",
            vec![json!(title)],
        )?;
        found = Element::from_json(&row);
        Ok(found.is_some())
    })?;
    found.ok_or_else(|| HarnessError::new(format!("no template row {title:?}")))
}

/// Every template stored in localStorage, read the way the app reads them.
pub fn stored_templates(b: &Browser) -> Result<Vec<TemplateRecord>> {
    stored_entries(b, TEMPLATE_PREFIX)?
        .into_iter()
        .map(|(key, raw)| {
            decode_template(&raw).map_err(|problem| {
                HarnessError::new(format!(
                    "the template under {key} is unreadable: {problem:?}"
                ))
            })
        })
        .collect()
}

/// The one stored template whose working title is `title`.
pub fn stored_template(b: &Browser, title: &str) -> Result<TemplateRecord> {
    stored_templates(b)?
        .into_iter()
        .find(|r| r.working.title.zh == title)
        .ok_or_else(|| HarnessError::new(format!("no stored template titled {title:?}")))
}

/// Goes back from the editor to the start screen.
pub fn leave_editor(b: &Browser) -> Result<()> {
    b.click(&b.find_button(i18n::BACK_TO_START.zh)?)?;
    b.wait_for_text(i18n::TEMPLATES_HEADING.zh, UI_CHANGE)
}
