//! The start screen: what Eightfold is, the eight types, and a new assessment; beside them on
//! a wide screen, what is kept here (drafts, import, templates, review mode).

use leptos::prelude::*;

use super::drafts_list::DraftsList;
use super::embedded_notice::EmbeddedNotice;
use super::i18n;
use super::import_panel::ImportPanel;
use super::new_assessment::NewAssessment;
use super::review::ReviewEntry;
use super::state::use_state;
use super::templates_panel::TemplatesPanel;
use super::text::tr;
use crate::web::{clock, first_paint};

#[component]
pub fn StartScreen() -> impl IntoView {
    let state = use_state();
    let eight_types = move || {
        let lang = state.lang.get();
        state.templates.with_value(|templates| {
            templates
                .iter()
                .find(|t| t.id.as_str() == "eight-types")
                .map(|t| {
                    t.dimensions
                        .iter()
                        .map(|d| view! { <li>{d.name.get(lang).to_owned()}</li> })
                        .collect_view()
                })
        })
    };
    // On opening, what is kept here follows the first frame (web::first_paint).
    let kept_shown = RwSignal::new(first_paint::drawn());
    if !kept_shown.get_untracked() {
        first_paint::after_first_frame(move || {
            if kept_shown.try_set(true).is_none() {
                // After the lists are drawn (the render effect runs in a task queued first).
                leptos::task::spawn_local(async { clock::mark("eightfold-start-complete") });
            }
        });
    }
    view! {
        <section class="start-screen">
            <p class="tagline">{tr(i18n::APP_TAGLINE)}</p>
            <EmbeddedNotice />
            // Two columns on a wide screen (style/main.css): a new assessment beside the drafts;
            // one column, in this order, on a phone.
            <div class="start-begin">
                <section class="eight-types" aria-labelledby="eight-types-heading">
                    <h2 id="eight-types-heading">{tr(i18n::EIGHT_TYPES)}</h2>
                    <ol class="eight-types-list">{eight_types}</ol>
                </section>
                <NewAssessment />
            </div>
            <div class="start-kept">
                {move || {
                    kept_shown
                        .get()
                        .then(|| {
                            view! {
                                <DraftsList />
                                <ImportPanel />
                                <TemplatesPanel />
                                <ReviewEntry />
                            }
                        })
                }}
            </div>
        </section>
    }
}
