//! The application shell: language, header, the current screen and the print-only sheet.

use leptos::prelude::*;

use super::editor::EditorScreen;
use super::form_screen::FormScreen;
use super::i18n;
use super::language_switch::LanguageSwitch;
use super::print_sheet::PrintSheet;
use super::question::{QuestionDialog, Questions};
use super::review::{ReviewScreen, ReviewState};
use super::save_status::StorageBanner;
use super::start_screen::StartScreen;
use super::state::{AppState, Screen};
use super::text::{tr, UiLang};
use crate::web::prefs;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(prefs::initial_lang());
    provide_context(state);
    provide_context(UiLang(state.lang));
    let questions = Questions::new();
    provide_context(questions);
    state.drafts.install();
    // Review mode's batch outlives visits to other screens (issue 9).
    let review = ReviewState::new();
    provide_context(review);
    review.install();
    Effect::new(move |_| {
        let lang = state.lang.get();
        prefs::save_lang(lang);
        prefs::set_document_lang(lang);
    });

    view! {
        // Behind an in-page question the page is inert: no focus, no clicks, not read out.
        <div class="app-page" inert=move || questions.showing()>
        <header class="app-header">
            <h1 class="app-title">{tr(i18n::APP_TITLE)}</h1>
            <LanguageSwitch />
        </header>
        <StorageBanner />
        <main class="app-main" id="main">
            {move || match state.screen.get() {
                Screen::Start => view! { <StartScreen /> }.into_any(),
                Screen::Editor => view! { <EditorScreen /> }.into_any(),
                Screen::Review => view! { <ReviewScreen /> }.into_any(),
                Screen::Form => {
                    // Re-mount the form when the draft under it is replaced (reload, copy).
                    state.drafts.epoch.track();
                    view! { <FormScreen /> }.into_any()
                }
            }}
        </main>
        </div>
        <QuestionDialog />
        <PrintSheet />
    }
}
