//! The line at the top of a form file's start screen: which template this file carries (new
//! assessments use it by default), or why the carried template cannot be used.

use leptos::prelude::*;

use super::i18n::{self, fill};
use super::state::use_state;
use super::template_keeper::Embedded;

#[component]
pub fn EmbeddedNotice() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let embedded = state.criteria.embedded.get_value();
    move || match &embedded {
        Embedded::None => ().into_any(),
        Embedded::Template(imported) => {
            let template = &imported.template;
            let name = format!(
                "{} {}",
                template.title.get(lang.get()),
                fill(i18n::VERSION_N, lang.get(), template.version)
            );
            view! { <p class="embedded-notice" role="note">{fill(i18n::EMBEDDED_NOTICE, lang.get(), name)}</p> }
                .into_any()
        }
        Embedded::Broken(error) => {
            let message = fill(i18n::EMBEDDED_BROKEN, lang.get(), error.message(lang.get()));
            view! { <p class="field-error embedded-notice" role="alert">{message}</p> }.into_any()
        }
    }
}
