//! The criteria editor screen: toolbar (back, undo, redo, publish), what an import reported,
//! the template's titles, its dimensions and grade bands, every open problem, and the preview.
//!
//! Publishing is refused while the scoring core's validation reports anything: the button is
//! disabled and says how many problems are left, and each problem is shown next to its field.
//! The list of all problems names each place in words (not as a path) and takes the author to
//! its field.

use leptos::prelude::*;

use super::bands::BandsEditor;
use super::dimension::DimensionEditor;
use super::fields::text_field;
use super::place::issue_element;
use super::preview::Preview;
use super::reorder::Drag;
use super::session::Editor;
use crate::domain::issue_place::{Field, IssuePlace};
use crate::domain::template_edit::add_dimension;
use crate::domain::{Lang, Template, TemplateIssue};
use crate::drafts::PublishState;
use crate::ui::i18n::{self, fill};
use crate::ui::state::{use_state, Screen};
use crate::ui::text::tr;
use crate::web::focus::focus_element;

#[component]
pub fn EditorScreen() -> impl IntoView {
    let state = use_state();
    let keeper = state.criteria;
    let lang = state.lang;
    let Some(record) = keeper.editing.get_value() else {
        return view! { <p>{tr(i18n::NO_TEMPLATES)}</p> }.into_any();
    };
    let editor = Editor::new(state, record.working.clone());
    provide_context(editor);
    provide_context(Drag::new());

    let problems = move || editor.issues.with(Vec::len);
    let publish_state = move || {
        editor.template.track();
        keeper.editing.with_value(|r| r.as_ref().map(|r| r.state()))
    };
    let status = move || {
        let lang = lang.get();
        match publish_state() {
            Some(PublishState::Published { version }) => {
                fill(i18n::PUBLISHED_VERSION, lang, version)
            }
            Some(PublishState::Edited { version }) => fill(i18n::EDITED_SINCE, lang, version),
            _ => i18n::UNPUBLISHED.get(lang).to_owned(),
        }
    };
    let readiness = move || match problems() {
        0 => i18n::READY_TO_PUBLISH.get(lang.get()).to_owned(),
        n => fill(i18n::CANNOT_PUBLISH, lang.get(), n),
    };
    let publish = move |_: leptos::ev::MouseEvent| match keeper.publish(state) {
        Ok(record) => {
            let version = record.working.version;
            editor.template.set(record.working);
            editor.message.set(Some((
                true,
                fill(i18n::PUBLISHED_VERSION, lang.get_untracked(), version),
            )));
        }
        Err(error) => editor
            .message
            .set(Some((false, error.message(lang.get_untracked())))),
    };
    let back = move |_: leptos::ev::MouseEvent| {
        keeper.notices.set(Vec::new());
        keeper.refresh(state);
        state.drafts.reload_list();
        state.go(Screen::Start);
    };
    let heading = move || {
        let lang = lang.get();
        editor.template.with(|t| {
            let title = t.title.get(lang);
            if title.trim().is_empty() {
                i18n::EDITOR_HEADING.get(lang).to_owned()
            } else {
                format!("{} · {title}", i18n::EDITOR_HEADING.get(lang))
            }
        })
    };
    let dimension_count = move || editor.template.with(|t| t.dimensions.len());
    let all_problems = move || {
        let lang = lang.get();
        editor.issues.with(|issues| {
            editor.template.with(|t| {
                issues
                    .iter()
                    .map(|issue| problem_line(issue, t, lang))
                    .collect_view()
            })
        })
    };
    let notices = move || {
        keeper
            .notices
            .get()
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    let template_line = move || {
        let lang = lang.get();
        editor.template.with(|t| {
            format!(
                "{}: {} · {}",
                i18n::TEMPLATE_ID.get(lang),
                t.id,
                fill(i18n::VERSION_N, lang, t.version)
            )
        })
    };
    let dims_issues = [IssuePlace::template(Field::Dimensions)];

    view! {
        <div class="editor-screen">
            <div class="form-toolbar">
                <h2 class="form-heading" data-landing="">{heading}</h2>
                <button type="button" on:click=back>{tr(i18n::BACK_TO_START)}</button>
                <button type="button" prop:disabled=move || !editor.undoable.get().0 on:click=move |_| editor.undo()>
                    {tr(i18n::UNDO)}
                </button>
                <button type="button" prop:disabled=move || !editor.undoable.get().1 on:click=move |_| editor.redo()>
                    {tr(i18n::REDO)}
                </button>
                <button type="button" class="primary" prop:disabled={move || problems() > 0}
                    aria-describedby="editor-readiness" on:click=publish>
                    {tr(i18n::PUBLISH)}
                </button>
            </div>
            <div class="editor-status" role="status">
                <p class="template-state">{status}</p>
                <p id="editor-readiness" class:field-error=move || editor.issues.with(|i| !i.is_empty())>{readiness}</p>
                <p class="editor-message">
                    {move || editor.message.get().map(|(ok, text)| view! { <span class:save-ok=ok class:field-error=!ok>{text}</span> })}
                </p>
                <ul class="editor-notices">{notices}</ul>
            </div>
            <div class="editor-layout">
                <div class="editor-main">
                    <section class="edit-meta">
                        <p class="hint">{template_line}" · "{tr(i18n::AUTOSAVED)}</p>
                        {text_field(editor, "edit-title-zh".to_owned(), i18n::TEMPLATE_TITLE_ZH, IssuePlace::template(Field::Title(Lang::Zh)),
                            |t| Some(t.title.zh.clone()), |t, v| t.title.zh = v.trim().to_owned(), false)}
                        {text_field(editor, "edit-title-en".to_owned(), i18n::TEMPLATE_TITLE_EN, IssuePlace::template(Field::Title(Lang::En)),
                            |t| Some(t.title.en.clone()), |t, v| t.title.en = v.trim().to_owned(), false)}
                        {text_field(editor, "edit-description-zh".to_owned(), i18n::DESCRIPTION_ZH, IssuePlace::template(Field::Description(Lang::Zh)),
                            |t| Some(t.description.zh.clone()), |t, v| t.description.zh = v.trim().to_owned(), true)}
                        {text_field(editor, "edit-description-en".to_owned(), i18n::DESCRIPTION_EN, IssuePlace::template(Field::Description(Lang::En)),
                            |t| Some(t.description.en.clone()), |t, v| t.description.en = v.trim().to_owned(), true)}
                    </section>
                    <section class="edit-dimensions" aria-labelledby="edit-dimensions-heading">
                        <h3 id="edit-dimensions-heading">{tr(i18n::DIMENSIONS)}</h3>
                        <p class="hint">{tr(i18n::DRAG_HINT)}</p>
                        <p class="field-issue" id="edit-dimensions-issues">{move || editor.messages_at(&dims_issues)}</p>
                        <For each=move || 0..dimension_count() key=|d| *d children=move |d| view! { <DimensionEditor d=d /> } />
                        <button type="button" on:click=move |_| editor.edit(|t| { add_dimension(t); })>
                            {tr(i18n::ADD_DIMENSION)}
                        </button>
                    </section>
                    <BandsEditor />
                    <section class="edit-problems" aria-labelledby="edit-problems-heading">
                        <h3 id="edit-problems-heading">{tr(i18n::TEMPLATE_PROBLEMS)}</h3>
                        <ul class="problem-list">{all_problems}</ul>
                    </section>
                </div>
                <Preview />
            </div>
        </div>
    }
    .into_any()
}

/// One problem of the list: where it is in words (a button that takes the author to the field,
/// when the editor has one; the path in a file as its tooltip, for support), then what is wrong.
fn problem_line(issue: &TemplateIssue, template: &Template, lang: Lang) -> impl IntoView {
    let place = i18n::issue_place_words(issue.place, template, lang);
    let message = issue.message.get(lang).to_owned();
    let path = issue.path();
    let separator = i18n::label_separator(lang);
    let place = match issue_element(issue.place) {
        Some(target) => view! {
            <button type="button" class="problem-place" title=path
                on:click=move |_| focus_element(&target)>{place}</button>
        }
        .into_any(),
        None => view! { <span class="problem-place" title=path>{place}</span> }.into_any(),
    };
    view! { <li>{place}{separator}<span class="problem-message">{message}</span></li> }
}
