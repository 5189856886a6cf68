//! The one lookup of the text table for components: the current language as a context of its
//! own, so any component reads a text without naming the app's state or shell.

use leptos::prelude::*;

use super::i18n::UiText;
use crate::domain::Lang;

/// The language the page shows, provided once by the app shell.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// The current language's signal.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<UiLang>().0
}

/// A reactive UI string in the current language.
pub fn tr(text: UiText) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || text.get(lang.get())
}
