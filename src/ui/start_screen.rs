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
                <DraftsList />
                <ImportPanel />
                <TemplatesPanel />
                <ReviewEntry />
            </div>
        </section>
    }
}
