//! Questions asked in the page: a short text, the facts to decide on, and buttons that say
//! what they do. The app never uses the browser's `confirm`/`alert`/`prompt` (a browser that
//! suppresses dialogs would decide alone, and "OK"/"Cancel" do not say what happens;
//! `tests/tidy_ui.rs` keeps them out).
//!
//! One question shows at a time, over the page, with focus on its first choice; the page
//! behind is `inert` and Tab goes round the choices, so focus stays in the question. The last
//! choice is always the one that changes nothing, and Escape picks it. Questions asked while
//! one is showing wait their turn.

use std::collections::VecDeque;

use leptos::prelude::*;

use super::i18n::UiText;
use super::state::use_state;
use crate::web::view_place::{self, FocusReturn};

/// What a question shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub text: String,
    /// Lines under the text: what the user decides between (e.g. the dates of two versions).
    pub details: Vec<String>,
    /// Button labels; the last changes nothing.
    pub choices: Vec<UiText>,
}

/// What runs with the index of the choice made.
type Answer = Box<dyn FnOnce(usize)>;

struct Asked {
    question: Question,
    answer: Answer,
}

/// The app's questions (provided by [`crate::ui::App`]).
#[derive(Clone, Copy)]
pub struct Questions {
    shown: RwSignal<Option<Question>>,
    answer: StoredValue<Option<Answer>, LocalStorage>,
    focus_back: StoredValue<Option<FocusReturn>, LocalStorage>,
    waiting: StoredValue<VecDeque<Asked>, LocalStorage>,
}

impl Questions {
    pub fn new() -> Questions {
        Questions {
            shown: RwSignal::new(None),
            answer: StoredValue::new_local(None),
            focus_back: StoredValue::new_local(None),
            waiting: StoredValue::new_local(VecDeque::new()),
        }
    }

    /// Shows `question`; `answer` gets the index of the choice made.
    pub fn ask(&self, question: Question, answer: impl FnOnce(usize) + 'static) {
        let asked = Asked {
            question,
            answer: Box::new(answer),
        };
        if self.shown.with_untracked(Option::is_some) {
            self.waiting
                .update_value(|waiting| waiting.push_back(asked));
        } else {
            self.show(asked);
        }
    }

    /// Asks `text` with the choices `act` and Cancel; runs `then` on `act`.
    pub fn ask_before(&self, text: String, act: UiText, then: impl FnOnce() + 'static) {
        let question = Question {
            text,
            details: Vec::new(),
            choices: vec![act, super::i18n::CANCEL],
        };
        self.ask(question, move |choice| {
            if choice == 0 {
                then();
            }
        });
    }

    /// [`Questions::ask`] for async work (an import going through its files in turn).
    pub async fn answer(&self, question: Question) -> usize {
        let cancel = question.choices.len().saturating_sub(1);
        let (sender, receiver) = futures_channel::oneshot::channel();
        self.ask(question, move |choice| {
            let _ = sender.send(choice);
        });
        receiver.await.unwrap_or(cancel)
    }

    /// Whether a question is on show (the page behind is then `inert`).
    pub fn showing(&self) -> bool {
        self.shown.with(Option::is_some)
    }

    fn show(&self, asked: Asked) {
        self.focus_back
            .set_value(Some(view_place::remember_focus()));
        self.answer.set_value(Some(asked.answer));
        self.shown.set(Some(asked.question));
        view_place::focus_first(".question-dialog button");
    }

    fn choose(&self, choice: usize) {
        let answer = self.answer.try_update_value(Option::take).flatten();
        self.shown.set(None);
        if let Some(back) = self.focus_back.try_update_value(Option::take).flatten() {
            back.restore();
        }
        if let Some(answer) = answer {
            answer(choice);
        }
        let next = self.waiting.try_update_value(VecDeque::pop_front).flatten();
        if let Some(next) = next {
            self.show(next);
        }
    }
}

impl Default for Questions {
    fn default() -> Self {
        Questions::new()
    }
}

/// The questions of [`crate::ui::App`].
pub fn use_questions() -> Questions {
    expect_context::<Questions>()
}

/// The question on show, over the page.
#[component]
pub fn QuestionDialog() -> impl IntoView {
    let state = use_state();
    let questions = use_questions();
    let dialog = move || {
        questions.shown.get().map(|question| {
            let cancel = question.choices.len().saturating_sub(1);
            let details = question
                .details
                .iter()
                .map(|line| view! { <li>{line.clone()}</li> })
                .collect_view();
            let buttons = question
                .choices
                .iter()
                .enumerate()
                .map(|(k, label)| {
                    let label = *label;
                    view! {
                        <button type="button" class:question-safe=k == cancel on:click=move |_| questions.choose(k)>
                            {move || label.get(state.lang.get())}
                        </button>
                    }
                })
                .collect_view();
            view! {
                <div class="question-backdrop">
                    <div
                        class="question-dialog"
                        role="alertdialog"
                        aria-modal="true"
                        aria-labelledby="question-text"
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            if ev.key() == "Escape" {
                                questions.choose(cancel);
                            } else {
                                view_place::keep_tab_within(&ev);
                            }
                        }
                    >
                        <p id="question-text">{question.text.clone()}</p>
                        <ul class="question-details">{details}</ul>
                        <div class="question-choices">{buttons}</div>
                    </div>
                </div>
            }
        })
    };
    view! { {dialog} }
}
