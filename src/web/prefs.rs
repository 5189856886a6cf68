//! Small preferences (the UI language) kept between visits.
//!
//! Losing a preference is harmless, so when storage is unavailable (Safari private mode
//! throws, a blocked browser returns none) reads give `None` and writes are dropped.

use crate::domain::Lang;

const LANG_KEY: &str = "eightfold:prefs:lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language chosen on an earlier visit, else the browser's preference (Chinese when any
/// preferred language is Chinese before English), else Chinese.
pub fn initial_lang() -> Lang {
    let saved = storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|tag| Lang::from_tag(&tag));
    saved.or_else(browser_lang).unwrap_or(Lang::Zh)
}

fn browser_lang() -> Option<Lang> {
    let navigator = web_sys::window()?.navigator();
    let languages = navigator.languages();
    languages
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .find_map(|tag| Lang::from_tag(&tag))
}

pub fn save_lang(lang: Lang) {
    if let Some(storage) = storage() {
        // A full or blocked storage only loses the preference; the drafts report their own faults.
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

/// Sets `<html lang>` so screen readers and fonts pick the right language.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}
