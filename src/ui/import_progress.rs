//! How far a long import is: a progress bar and "正在读取 k / n 份文件" in the language shown,
//! for the drafts importer and review mode's batch import alike.

use leptos::prelude::*;

use super::state::use_state;
use crate::i18n::reading_files;

/// Shows `progress` (files read, files in all) while it is set; nothing otherwise.
#[component]
pub fn ImportProgress(progress: RwSignal<Option<(usize, usize)>>) -> impl IntoView {
    let state = use_state();
    move || {
        progress.get().map(|(done, total)| {
            view! {
                <p class="import-progress">
                    <progress max=total value=done></progress>
                    " "{move || reading_files(done, total).render(state.lang.get())}
                </p>
            }
        })
    }
}
