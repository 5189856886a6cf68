//! The editor's form controls: a labelled text, number, checkbox or choice bound to one part
//! of the template, with the validation messages for that part right under it.
//!
//! A control commits on `change` (leaving the field, Enter, a click), so each committed field
//! is one undo step and typing is never interrupted by a re-render. A number that does not
//! read (`12,5`, `abc`) is not committed: the field keeps it and says why.

use std::str::FromStr;

use leptos::prelude::*;

use super::session::Editor;
use crate::domain::issue_place::IssuePlace;
use crate::domain::{Fixed, Template};
use crate::ui::i18n::UiText;

/// Reads part of the template for display.
pub trait Getter<T>: Fn(&Template) -> Option<T> + Copy + Send + Sync + 'static {}
impl<T, F: Fn(&Template) -> Option<T> + Copy + Send + Sync + 'static> Getter<T> for F {}

/// Writes part of the template.
pub trait Setter<T>: Fn(&mut Template, T) + Copy + Send + Sync + 'static {}
impl<T, F: Fn(&mut Template, T) + Copy + Send + Sync + 'static> Setter<T> for F {}

/// The messages for `places`, under a field.
pub fn issues_under(editor: Editor, id: String, places: Vec<IssuePlace>) -> impl IntoView {
    view! {
        <p class="field-issue" id=id>
            {move || editor.messages_at(&places)}
        </p>
    }
}

/// A one-line (or, with `multiline`, a text area) text field.
pub fn text_field(
    editor: Editor,
    id: String,
    label: UiText,
    place: IssuePlace,
    get: impl Getter<String>,
    set: impl Setter<String>,
    multiline: bool,
) -> impl IntoView {
    let lang = editor.lang;
    let issues_id = format!("{id}-issues");
    let value = move || editor.template.with(|t| get(t).unwrap_or_default());
    let invalid = move || !editor.messages_at(&[place]).is_empty();
    let commit = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        editor.edit(|t| set(t, text));
    };
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="2" prop:value=value on:change=commit
                aria-invalid=move || invalid().to_string() aria-describedby=issues_id.clone()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" prop:value=value on:change=commit
                aria-invalid=move || invalid().to_string() aria-describedby=issues_id.clone() />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get(lang.get())}</label>
            {control}
            {issues_under(editor, issues_id, vec![place])}
        </div>
    }
}

/// A number field (points, weights, bounds): two decimals at most.
pub fn number_field(
    editor: Editor,
    id: String,
    label: UiText,
    place: IssuePlace,
    get: impl Getter<Fixed>,
    set: impl Setter<Fixed>,
) -> impl IntoView {
    parsed_field(editor, id, label, Some(place), get, set, |text| {
        Fixed::from_str(text).map_err(|e| e.message())
    })
}

/// A paragraph number of the seed document, or nothing (common practice). Validation has
/// nothing to say about it.
pub fn paragraph_field(
    editor: Editor,
    id: String,
    label: UiText,
    get: impl Getter<Option<u8>>,
    set: impl Setter<Option<u8>>,
) -> impl IntoView {
    parsed_field(
        editor,
        id,
        label,
        None,
        move |t| get(t).map(ParagraphText),
        move |t, p: ParagraphText| set(t, p.0),
        |text| {
            let text = text.trim();
            if text.is_empty() {
                return Ok(ParagraphText(None));
            }
            text.parse::<u8>()
                .ok()
                .filter(|&n| n > 0)
                .map(|n| ParagraphText(Some(n)))
                .ok_or_else(|| crate::domain::FixedParseError::NotANumber.message())
        },
    )
}

/// `Option<u8>` shown as its number or as nothing.
#[derive(Clone, Copy, PartialEq)]
struct ParagraphText(Option<u8>);

impl std::fmt::Display for ParagraphText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(n) => write!(f, "{n}"),
            None => Ok(()),
        }
    }
}

fn parsed_field<T: std::fmt::Display + Send + Sync + 'static>(
    editor: Editor,
    id: String,
    label: UiText,
    place: Option<IssuePlace>,
    get: impl Getter<T>,
    set: impl Setter<T>,
    parse: fn(&str) -> Result<T, crate::domain::Text>,
) -> impl IntoView {
    let lang = editor.lang;
    let issues_id = format!("{id}-issues");
    let error_id = format!("{id}-error");
    let unread = RwSignal::new(None::<crate::domain::Text>);
    let value = move || {
        editor
            .template
            .with(|t| get(t).map(|v| v.to_string()).unwrap_or_default())
    };
    let commit = move |ev: leptos::ev::Event| match parse(&event_target_value(&ev)) {
        Ok(parsed) => {
            unread.set(None);
            editor.edit(|t| set(t, parsed));
        }
        Err(message) => unread.set(Some(message)),
    };
    let places: Vec<IssuePlace> = place.into_iter().collect();
    let own = places.clone();
    let invalid = move || unread.with(Option::is_some) || !editor.messages_at(&own).is_empty();
    view! {
        <div class="field field-number">
            <label for=id.clone()>{move || label.get(lang.get())}</label>
            <input id=id type="text" inputmode="decimal" prop:value=value on:change=commit
                aria-invalid=move || invalid().to_string()
                aria-describedby=format!("{error_id} {issues_id}") />
            <p class="field-error" id=error_id>
                {move || unread.get().map(|m| m.get(lang.get()).to_owned())}
            </p>
            {issues_under(editor, issues_id, places)}
        </div>
    }
}

/// A checkbox.
pub fn check_field(
    editor: Editor,
    label: UiText,
    get: impl Getter<bool>,
    set: impl Setter<bool>,
) -> impl IntoView {
    let lang = editor.lang;
    view! {
        <label class="choice">
            <input type="checkbox"
                prop:checked=move || editor.template.with(|t| get(t).unwrap_or(false))
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    editor.edit(|t| set(t, checked));
                } />
            <span>{move || label.get(lang.get())}</span>
        </label>
    }
}

/// A choice among `options` (value, label); `get` gives the chosen value.
pub fn choice_field(
    editor: Editor,
    id: String,
    label: UiText,
    options: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
    get: impl Getter<String>,
    set: impl Setter<String>,
) -> impl IntoView {
    let lang = editor.lang;
    let current = move || editor.template.with(|t| get(t).unwrap_or_default());
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get(lang.get())}</label>
            <select id=id on:change=move |ev| {
                let chosen = event_target_value(&ev);
                editor.edit(|t| set(t, chosen));
            }>
                {move || {
                    let chosen = current();
                    options()
                        .into_iter()
                        .map(|(value, text)| {
                            let selected = value == chosen;
                            view! { <option value=value prop:selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
