//! The state of the criteria editor: the template being edited, its undo history, the
//! validation issues of the scoring core, and saving after every edit.
//!
//! Every change goes through [`Editor::edit`], which records the state before it, saves the
//! working copy (revision-checked, like a draft) and lets the issues memo recompute; the
//! components only say *what* to change, as a closure over the template.

use leptos::prelude::*;

use super::history::History;
use crate::domain::issue_place::IssuePlace;
use crate::domain::{validate, Lang, Template, TemplateIssue};
use crate::ui::i18n;
use crate::ui::state::AppState;
use crate::ui::template_keeper::TemplateKeeper;

/// Handles only, so components can copy it into their closures.
#[derive(Clone, Copy)]
pub struct Editor {
    pub template: RwSignal<Template>,
    history: StoredValue<History<Template>>,
    /// (can undo, can redo), for the toolbar.
    pub undoable: RwSignal<(bool, bool)>,
    /// Validation of the current template by the scoring core.
    pub issues: Memo<Vec<TemplateIssue>>,
    /// The outcome of the last save or publish: good news or not, and what to say.
    pub message: RwSignal<Option<(bool, String)>>,
    pub lang: RwSignal<Lang>,
    keeper: TemplateKeeper,
}

impl Editor {
    pub fn new(state: AppState, template: Template) -> Editor {
        let template = RwSignal::new(template);
        Editor {
            template,
            history: StoredValue::new(History::new()),
            undoable: RwSignal::new((false, false)),
            issues: Memo::new(move |_| template.with(validate)),
            message: RwSignal::new(None),
            lang: state.lang,
            keeper: state.criteria,
        }
    }

    /// Applies `change` to the template as one undoable step, and saves.
    pub fn edit(&self, change: impl FnOnce(&mut Template)) {
        let before = self.template.get_untracked();
        let mut after = before.clone();
        change(&mut after);
        if after == before {
            return;
        }
        self.history.update_value(|h| h.record(before));
        self.commit(after);
    }

    pub fn undo(&self) {
        let current = self.template.get_untracked();
        if let Some(previous) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.commit(previous);
        }
    }

    pub fn redo(&self) {
        let current = self.template.get_untracked();
        if let Some(next) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.commit(next);
        }
    }

    fn commit(&self, template: Template) {
        let saved = self.keeper.save_working(&template);
        self.template.set(template);
        self.undoable
            .set(self.history.with_value(|h| (h.can_undo(), h.can_redo())));
        match saved {
            Ok(()) => self.message.set(None),
            Err(error) => self
                .message
                .set(Some((false, error.message(self.lang.get_untracked())))),
        }
    }

    /// The messages of the issues at one of `places`, in the current language, as one line.
    /// Tracks the issues and the language.
    pub fn messages_at(&self, places: &[IssuePlace]) -> String {
        let lang = self.lang.get();
        self.issues.with(|issues| {
            issues
                .iter()
                .filter(|issue| places.contains(&issue.place))
                .map(|issue| issue.message.get(lang))
                .collect::<Vec<_>>()
                .join(i18n::list_separator(lang))
        })
    }
}
