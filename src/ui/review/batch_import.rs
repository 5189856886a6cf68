//! Importing a batch: many unit files at once, by file picker (`multiple`) or drag-and-drop.
//!
//! Every file goes through the exchange format's own import (`import_file`: checked,
//! migrated, digest verified, rescored); the ones that fail are listed with the reason and
//! the others join the batch. The work runs in slices (`web::slices`) so the page stays
//! responsive, and an import that runs long shows "Reading k of n files" as it goes. The time
//! from the files being chosen to the batch being consolidated is the User Timing measure
//! `eightfold-consolidate`.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::{use_review, Refused, ReviewState};
use crate::formats::exchange::{import_file, Imported, MAX_FILE_BYTES};
use crate::i18n::Message;
use crate::ui::i18n;
use crate::ui::import_progress::ImportProgress;
use crate::ui::state::{use_state, AppState};
use crate::ui::text::tr;
use crate::web::clock::Measure;
use crate::web::files::{files_from_drop, read_file, take_picked_files, File};
use crate::web::slices::{yield_to_browser, Slices};

/// Reads, imports and consolidates `files`, reporting the refused ones.
fn import_batch(state: AppState, review: ReviewState, files: Vec<File>) {
    if files.is_empty() {
        return;
    }
    let measure = Measure::start("eightfold-consolidate");
    spawn_local(async move {
        let known = state.templates.get_value();
        let total = files.len();
        let mut slices = Slices::new();
        let mut imported: Vec<Imported> = Vec::with_capacity(total);
        let mut refused = Vec::new();
        for (done, file) in files.into_iter().enumerate() {
            if slices.pause().await && slices.long() {
                review.progress.set(Some((done, total)));
            }
            let file = read_file(file, MAX_FILE_BYTES).await;
            let result = match &file.bytes {
                Ok(bytes) => import_file(&file.name, bytes, &known).map_err(Message::from),
                Err(error) => Err(Message::from(error.clone())),
            };
            match result {
                Ok(one) => imported.push(one),
                Err(message) => refused.push(Refused {
                    file_name: file.name,
                    message,
                }),
            }
        }
        if slices.long() {
            review.progress.set(Some((total, total)));
            yield_to_browser().await;
        }
        review.progress.set(None);
        review.refused.set(refused);
        review.add(imported);
        // Reading the memo here consolidates the batch before the measure ends.
        review.consolidation.with_untracked(|_| ());
        measure.end();
    });
}

#[component]
pub fn BatchImport() -> impl IntoView {
    let state = use_state();
    let review = use_review();
    let dragging = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        import_batch(state, review, take_picked_files(&ev));
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        import_batch(state, review, files_from_drop(&ev));
    };
    let refused = move || {
        review
            .refused
            .get()
            .into_iter()
            .map(|line| {
                view! {
                    <li class="import-failed">
                        <strong>{line.file_name}</strong>" — "{move || line.message.render(state.lang.get())}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section
            class="review-import"
            class:dragging=move || dragging.get()
            aria-labelledby="review-import-heading"
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <h2 id="review-import-heading">{tr(i18n::REVIEW_IMPORT)}</h2>
            <p>{tr(i18n::REVIEW_IMPORT_HINT)}</p>
            <label class="file-picker" for="review-files">{tr(i18n::REVIEW_FILES)}</label>
            <input id="review-files" type="file" multiple accept=".json,application/json" on:change=on_change />
            <div role="status">
                <ImportProgress progress=review.progress />
                <ul class="import-report">{refused}</ul>
            </div>
        </section>
    }
}
