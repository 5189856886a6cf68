//! The zh-CN / en switch for the whole UI and the template text.

use leptos::prelude::*;

use super::i18n;
use super::state::use_state;
use super::text::tr;
use crate::domain::Lang;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_state().lang;
    let button = move |choice: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                class="language-choice"
                lang=choice.code()
                aria-pressed=move || (lang.get() == choice).to_string()
                on:click=move |_| lang.set(choice)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="language-switch" role="group" aria-label=tr(i18n::LANGUAGE)>
            {button(Lang::Zh, "中文")}
            {button(Lang::En, "English")}
        </div>
    }
}
