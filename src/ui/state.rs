//! The app's reactive state: a few signals around plain domain data.
//!
//! The assessment being edited lives in one signal; its score is a memo of
//! [`crate::domain::score`], so every view shows the same numbers and none computes its own.

use leptos::prelude::*;

use super::draft_keeper::DraftKeeper;
use super::template_keeper::TemplateKeeper;
use crate::web::view_place::{self, Place};

use crate::domain::{
    score, Answer, AnswerValue, Assessment, IndicatorId, Lang, ScoreSheet, Template,
};

/// What is open: a template and the assessment filled against it.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub template: Template,
    pub assessment: Assessment,
}

/// Which screen is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Form,
    /// The criteria template editor (the template is `AppState::criteria.editing`).
    Editor,
    /// Review mode: the working committee's batch of unit files (`ui::review`).
    Review,
}

/// Shared by every component through Leptos context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    pub templates: StoredValue<Vec<Template>>,
    pub session: RwSignal<Option<Session>>,
    /// The self-assessment score of the open session.
    pub score: Memo<Option<ScoreSheet>>,
    pub drafts: DraftKeeper,
    /// The committee's own criteria templates and the form file's template.
    pub criteria: TemplateKeeper,
    /// Where the user was on the start screen when they left it, to return there.
    start_place: StoredValue<Place>,
}

impl AppState {
    pub fn new(lang: Lang) -> AppState {
        let session = RwSignal::new(None::<Session>);
        let lang = RwSignal::new(lang);
        let screen = RwSignal::new(Screen::Start);
        let score = Memo::new(move |_| {
            session.with(|open| {
                open.as_ref()
                    .map(|s| score(&s.template, &s.assessment.answers))
            })
        });
        let criteria = TemplateKeeper::new();
        AppState {
            lang,
            screen,
            // Built-ins, published templates and, first, a form file's own template.
            templates: StoredValue::new(criteria.available()),
            session,
            score,
            drafts: DraftKeeper::new(session, lang, screen),
            criteria,
            start_place: StoredValue::new(Place::default()),
        }
    }

    /// Shows another screen: its view starts at the top with focus on its heading; the start
    /// screen comes back where the user left it.
    pub fn go(&self, screen: Screen) {
        let from = self.screen.get_untracked();
        if from == screen {
            return;
        }
        if from == Screen::Start {
            self.start_place.set_value(view_place::current_place());
        }
        self.screen.set(screen);
        if screen == Screen::Start {
            view_place::return_to(self.start_place.get_value());
        } else {
            view_place::land_on_new_screen();
        }
    }

    /// Runs `f` on the open session and its score, tracking both; `None` when nothing is open.
    pub fn with_scored<T>(&self, f: impl FnOnce(&Session, &ScoreSheet) -> T) -> Option<T> {
        self.session.with(|session| {
            self.score.with(|sheet| match (session, sheet) {
                (Some(session), Some(sheet)) => Some(f(session, sheet)),
                _ => None,
            })
        })
    }

    /// The answer to one indicator of the open assessment.
    pub fn answer(&self, id: &IndicatorId) -> Option<Answer> {
        self.session
            .with(|open| open.as_ref()?.assessment.answers.get(id).cloned())
    }

    pub fn set_value(&self, id: &IndicatorId, value: AnswerValue) {
        self.edit(|assessment| assessment.answers.set_value(id.clone(), value));
    }

    pub fn set_note(&self, id: &IndicatorId, note: String) {
        self.edit(|assessment| assessment.answers.set_note(id.clone(), note));
    }

    /// Applies a change to the open assessment and stamps its modification time.
    pub fn edit(&self, change: impl FnOnce(&mut Assessment)) {
        self.session.update(|open| {
            if let Some(open) = open {
                change(&mut open.assessment);
                open.assessment.modified = crate::web::clock::now();
            }
        });
    }
}

/// The state provided by [`crate::ui::App`].
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
