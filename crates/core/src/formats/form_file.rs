//! Distributable form files: the app's own single HTML file with one criteria template
//! embedded as the default, which a working committee sends to its units.
//!
//! The template travels as a template file ([`crate::formats::exchange::template_file`], so it
//! keeps its version and digest) inside a `<script type="application/json">` data block: the
//! browser never runs it, and the Content-Security-Policy (which allows only the hash of the
//! boot script) does not apply to it. Every `<` in the JSON is written `\u003c`, so no text in
//! a template can close the block or open a comment inside it. The boot script itself is left
//! byte for byte as it was, so its hash in the CSP still matches.
//!
//! This module only edits text: the app's HTML comes from `crate::web::form_file`, which kept
//! the page as it was before the app changed it.

use std::fmt;

use crate::domain::{Lang, Template};
use crate::i18n;

use super::exchange::template_file::template_file_stem;

/// The element id of the embedded template's data block.
pub const EMBEDDED_TEMPLATE_ID: &str = "eightfold-embedded-template";
/// The start of the boot script's opening tag (its attributes may follow: `async`), before
/// which the data block goes.
const BOOT_SCRIPT: &str = "<script type=\"module\"";

/// Why a form file could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormFileError {
    /// The page text is not Eightfold's single file (no boot script in it).
    NotTheApp,
    /// The template file is not UTF-8 text.
    NotText,
}

impl FormFileError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FormFileError::NotTheApp => i18n::FORM_FILE_NOT_THE_APP,
            FormFileError::NotText => i18n::FORM_FILE_NOT_TEXT,
        }
        .get(lang)
        .to_owned()
    }
}

impl fmt::Display for FormFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FormFileError {}

/// The app's HTML `app_html` with `template_file` (the bytes of a template file) embedded as
/// its default template, replacing any template embedded before, and the page title naming
/// `template`.
pub fn make_form_file(
    app_html: &str,
    template: &Template,
    template_file: &[u8],
) -> Result<String, FormFileError> {
    let json = std::str::from_utf8(template_file).map_err(|_| FormFileError::NotText)?;
    let mut html = without_embedded(app_html);
    let boot = html.find(BOOT_SCRIPT).ok_or(FormFileError::NotTheApp)?;
    html.insert_str(boot, &format!("{}\n", data_block(json)));
    Ok(with_title(&html, template))
}

/// The data block holding `json`.
pub fn data_block(json: &str) -> String {
    format!(
        "<script type=\"application/json\" id=\"{EMBEDDED_TEMPLATE_ID}\">{}</script>",
        json.replace('<', "\\u003c")
    )
}

/// `<title>-v<version>.html`.
pub fn form_file_name(template: &Template) -> String {
    format!("{}.html", template_file_stem(template))
}

/// `html` without any embedded-template data block (and the line break after it).
fn without_embedded(html: &str) -> String {
    let mut out = html.to_owned();
    let marker = format!("id=\"{EMBEDDED_TEMPLATE_ID}\"");
    while let Some(at) = out.find(&marker) {
        let Some(start) = out[..at].rfind("<script") else {
            break;
        };
        let Some(close) = out[at..].find("</script>") else {
            break;
        };
        let mut end = at + close + "</script>".len();
        if out[end..].starts_with('\n') {
            end += 1;
        }
        out.replace_range(start..end, "");
    }
    out
}

/// The page title becomes "<template title> · Eightfold", so units see what the file is for.
fn with_title(html: &str, template: &Template) -> String {
    let (Some(open), Some(close)) = (html.find("<title>"), html.find("</title>")) else {
        return html.to_owned();
    };
    let start = open + "<title>".len();
    if close < start {
        return html.to_owned();
    }
    let title = format!("{} · Eightfold", escape_text(&template.title.zh));
    format!("{}{title}{}", &html[..start], &html[close..])
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
