//! Files of criteria templates started from the UI: export a template file, make a form file,
//! import a template file or a criteria table. The documents are [`crate::actions`]', the
//! formats [`crate::formats`]; the bytes come and go through [`crate::web`]; each function
//! returns the line to show the user.

use leptos::prelude::{GetUntracked, Set};

use super::file_actions::download_document;
use super::i18n::{self, fill, Message};
use super::state::AppState;
use crate::actions;
use crate::domain::{Lang, Template};
use crate::drafts::Adopted;
use crate::formats::criteria_csv::criteria_from_csv;
use crate::formats::exchange::{import_template_file, DigestStatus};
use crate::web::clock;
use crate::web::form_file::pristine_html;
use crate::web::text_decode::decode_text;

/// "title (version n)", as messages name a template.
pub fn template_name(template: &Template, lang: Lang) -> String {
    format!(
        "{} ({})",
        template.title.get(lang),
        fill(i18n::VERSION_N, lang, template.version)
    )
}

/// Downloads `template` (a published version) as a `.eightfold-template.json` file.
pub fn export_template_file(template: &Template, lang: Lang) -> Result<(), String> {
    let document = actions::template_file(template, clock::now()).map_err(|e| e.message(lang))?;
    download_document(&document, lang)
}

/// Downloads this app with `template` embedded as its default: the file units fill.
pub fn download_form_file(template: &Template, lang: Lang) -> Result<(), String> {
    let app = pristine_html().unwrap_or_default();
    let document = actions::form_file(&app, template, clock::now(), lang)?;
    download_document(&document, lang)
}

/// A template's title and version as a message, worded when shown (as [`template_name`]).
pub fn template_name_message(template: &Template) -> Message {
    Message::Joined(vec![
        Message::Both(template.title.clone()),
        Message::plain(" ("),
        Message::fill(i18n::VERSION_N, Message::plain(template.version)),
        Message::plain(")"),
    ])
}

/// Imports a template file; `Ok` carries the line saying what happened.
pub fn import_template_bytes(state: AppState, bytes: &[u8]) -> Result<Message, Message> {
    let imported = import_template_file(bytes)?;
    let name = template_name_message(&imported.template);
    let adopted = state.criteria.adopt(state, &imported.template)?;
    let said = match adopted {
        Adopted::New(_) => i18n::TEMPLATE_IMPORTED,
        Adopted::Updated { .. } => i18n::TEMPLATE_UPDATED,
        Adopted::AlreadyHere => i18n::TEMPLATE_ALREADY_HERE,
    };
    let digest = match imported.digest_status {
        DigestStatus::Verified => i18n::DIGEST_OK,
        DigestStatus::ChangedAfterExport { .. } => i18n::CHANGED_AFTER_EXPORT,
        DigestStatus::Missing => i18n::DIGEST_MISSING,
    };
    Ok(Message::Joined(vec![
        Message::fill(said, name),
        Message::plain(" · "),
        Message::Text(digest),
    ]))
}

/// Starts a template draft from a criteria table (UTF-8 or GB18030 CSV) and opens it in the
/// editor. `Ok` carries the lines to show: what was created and each cell not read as written.
pub fn import_criteria_bytes(
    state: AppState,
    file_name: &str,
    bytes: &[u8],
) -> Result<Vec<String>, String> {
    let lang = state.lang.get_untracked();
    let text = decode_text(bytes)
        .map_err(|encoding| fill(i18n::ENCODING_UNSUPPORTED, lang, encoding.label()))?;
    let title = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem)
        .trim();
    let placeholder = crate::domain::TemplateId::new("csv");
    let read = criteria_from_csv(&text, placeholder, title).map_err(|e| e.message(lang))?;
    let mut lines = vec![fill(i18n::CSV_IMPORTED, lang, title)];
    if !read.warnings.is_empty() {
        lines.push(i18n::CSV_WARNINGS.get(lang).to_owned());
        lines.extend(read.warnings.iter().map(|w| w.describe(lang)));
    }
    state.criteria.notices.set(lines.clone());
    state.criteria.create_with_fresh_id(state, read.template)?;
    Ok(lines)
}
