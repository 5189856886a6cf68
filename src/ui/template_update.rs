//! When a draft's template has a newer version here: what changed (items added, removed,
//! renumbered, changed) and which answers would not make it, and the choice to move the
//! answers over or keep the version the draft was started on.
//!
//! The comparison and the move are [`crate::domain::template_diff`]'s. Nothing is dropped
//! without being listed first, and when anything would be, the draft as it was is saved as a
//! copy before the move.

use leptos::prelude::*;

use super::i18n::{self, fill};
use super::state::{use_state, AppState};
use crate::domain::template_diff::{diff, move_answers, Fate, TemplateDiff};
use crate::domain::{Lang, Template};
use crate::ui::i18n::answer_text;
use crate::web::clock;

#[component]
pub fn TemplateUpdate() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let offer = state.session.with_untracked(|open| {
        let open = open.as_ref()?;
        let newer = state.templates.with_value(|all| {
            all.iter()
                .find(|t| t.id == open.template.id && t.version > open.template.version)
                .cloned()
        })?;
        Some((open.template.clone(), newer))
    });
    let Some((old, new)) = offer else {
        return ().into_any();
    };
    let dismissed = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let changes = diff(&old, &new);
    let old = StoredValue::new(old);
    let new = StoredValue::new(new);
    let body = move || {
        let lang = lang.get();
        old.with_value(|old| new.with_value(|new| summary(state, old, new, &changes, lang)))
    };
    let version = new.with_value(|t| t.version);
    let move_over = move |_| {
        let lang = lang.get_untracked();
        match move_to(state, &old.get_value(), &new.get_value(), lang) {
            Ok(()) => dismissed.set(true),
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <Show when=move || !dismissed.get()>
            <section class="template-update" aria-labelledby="template-update-heading">
                <h3 id="template-update-heading">
                    {move || fill(i18n::NEWER_TEMPLATE, lang.get(), old.with_value(|t| t.version))}
                </h3>
                {body.clone()}
                <p class="field-error" role="alert">{move || error.get()}</p>
                <button type="button" class="primary" on:click=move_over>
                    {move || fill(i18n::MOVE_ANSWERS, lang.get(), version)}
                </button>
                " "
                <button type="button" on:click=move |_| dismissed.set(true)>
                    {move || i18n::KEEP_VERSION.get(lang.get())}
                </button>
            </section>
        </Show>
    }
    .into_any()
}

/// The changes and the fate of the current answers, as lists.
fn summary(
    state: AppState,
    old: &Template,
    new: &Template,
    changes: &TemplateDiff,
    lang: Lang,
) -> impl IntoView {
    let describe = |template: &Template, id: &crate::domain::IndicatorId| {
        template
            .indicator(id)
            .map(|(_, x)| format!("{id} {}", x.content.get(lang)))
            .unwrap_or_else(|| id.to_string())
    };
    let mut groups: Vec<(i18n::UiText, Vec<String>)> = vec![
        (
            i18n::CHANGES_ADDED,
            changes.added.iter().map(|id| describe(new, id)).collect(),
        ),
        (
            i18n::CHANGES_REMOVED,
            changes.removed.iter().map(|id| describe(old, id)).collect(),
        ),
        (
            i18n::CHANGES_REPOINTED,
            changes
                .repointed
                .iter()
                .map(|r| format!("{} → {}", describe(old, &r.from), r.to))
                .collect(),
        ),
        (
            i18n::CHANGES_CHANGED,
            changes
                .changed
                .iter()
                .map(|c| describe(new, &c.id))
                .collect(),
        ),
    ];
    let answers = state
        .session
        .with(|s| s.as_ref().map(|s| s.assessment.answers.clone()))
        .unwrap_or_default();
    let moved = move_answers(old, new, &answers);
    let lost = |fate: Fate| -> Vec<String> {
        moved
            .lost()
            .filter(|m| m.fate == fate)
            .map(|m| {
                let value = old
                    .indicator(&m.from)
                    .map(|(_, x)| answer_text(x, &m.answer.value, lang))
                    .unwrap_or_default();
                format!("{}: {value} {}", describe(old, &m.from), m.answer.note)
                    .trim()
                    .to_owned()
            })
            .collect()
    };
    groups.push((i18n::ANSWERS_NO_PLACE, lost(Fate::NoPlace)));
    groups.push((i18n::ANSWERS_NOTE_ONLY, lost(Fate::NoteOnly)));
    let all_kept = moved.is_lossless();
    let lists = groups
        .into_iter()
        .filter(|(_, items)| !items.is_empty())
        .map(|(heading, items)| {
            view! {
                <h4>{heading.get(lang)}</h4>
                <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
            }
        })
        .collect_view();
    view! {
        <div class="template-changes">{lists}</div>
        {all_kept.then(|| view! { <p class="save-ok">{i18n::ANSWERS_ALL_KEPT.get(lang)}</p> })}
    }
}

/// Moves the open draft to `new`: a copy of the draft as it is is kept first when any answer
/// (or value) would not make it; then the answers, the version and the template change together.
fn move_to(state: AppState, old: &Template, new: &Template, lang: Lang) -> Result<(), String> {
    let answers = state
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.assessment.answers.clone()))
        .unwrap_or_default();
    let moved = move_answers(old, new, &answers);
    if !moved.is_lossless() {
        let unit = state
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.assessment.unit.unit.clone()))
            .unwrap_or_default();
        let label = format!("{} · {unit}", fill(i18n::VERSION_N, lang, old.version));
        state
            .drafts
            .save_copy_aside(&label)
            .map_err(|e| e.message(lang))?;
    }
    state.session.update(|open| {
        if let Some(open) = open {
            open.template = new.clone();
            open.assessment.template_version = new.version;
            open.assessment.answers = moved.answers;
            open.assessment.modified = clock::now();
        }
    });
    // The form's layout follows the template: build it again for the new version.
    state.drafts.epoch.update(|e| *e += 1);
    Ok(())
}
