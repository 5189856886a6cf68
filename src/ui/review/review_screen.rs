//! Review mode (考评汇总): the working committee's screen. A batch of unit files is imported
//! at once and consolidated — notices about mixed templates and duplicates, the group shown
//! (template version and period), the sortable units table with the ranking, per-type
//! statistics, a unit against the average, year-over-year change — with the consolidated CSV
//! and summary PDF to download; or, for one unit, its review page.

use leptos::prelude::*;

use super::batch_import::BatchImport;
use super::compare_radar::CompareRadar;
use super::downloads::{download_csv, download_summary_pdf};
use super::review_print::ReviewPrint;
use super::state::use_review;
use super::stats_table::StatsTable;
use super::storage_notice::StorageNotice;
use super::unit_review::UnitReview;
use super::units_table::UnitsTable;
use super::year_changes::YearChanges;
use crate::domain::consolidate::period_text;
use crate::ui::i18n::{self, Message};
use crate::ui::question::use_questions;
use crate::ui::state::{use_state, Screen};
use crate::ui::text::tr;

/// Notices about the batch, the group chooser and the downloads.
#[component]
fn BatchSummary() -> impl IntoView {
    let state = use_state();
    let review = use_review();
    let questions = use_questions();
    let lang = state.lang;
    let error = RwSignal::new(None::<String>);
    // Not an error: the summary was made, and this names what the reader's font shows.
    let pdf_notice = RwSignal::new(None::<Message>);
    let pdf_busy = RwSignal::new(false);
    let notices = move || {
        let lang = lang.get();
        let names: Vec<String> = review
            .files
            .with(|files| files.iter().map(|f| f.imported.file_name.clone()).collect());
        let name = |i: usize| names.get(i).cloned().unwrap_or_default();
        review.consolidation.with(|c| {
            c.notices()
                .iter()
                .map(|n| view! { <li>{n.describe(lang, &name)}</li> })
                .collect_view()
        })
    };
    let groups = move || {
        let lang = lang.get();
        let current = review.group.get();
        review.consolidation.with(|c| {
            c.groups
                .iter()
                .enumerate()
                .map(|(k, g)| {
                    let text = format!(
                        "{} · {} · {}",
                        g.title.get(lang),
                        period_text(&g.period),
                        i18n::fill(i18n::REVIEW_GROUP_OPTION, lang, g.len())
                    );
                    view! { <option value=k.to_string() selected=k == current>{text}</option> }
                })
                .collect_view()
        })
    };
    let count = move || i18n::fill(i18n::REVIEW_LOADED, lang.get(), review.files.with(Vec::len));
    view! {
        <section class="review-batch">
            <p class="review-count">{count}</p>
            <ul class="review-notices" role="status">{notices}</ul>
            <div class="field">
                <label for="review-group">{tr(i18n::REVIEW_GROUP)}</label>
                <select id="review-group" on:change=move |ev| {
                    review.group.set(event_target_value(&ev).parse().unwrap_or(0));
                    review.chart_unit.set(None);
                }>
                    {groups}
                </select>
            </div>
            <div class="form-toolbar">
                <button type="button" on:click=move |_| error.set(download_csv(review, lang.get_untracked()))>
                    {tr(i18n::REVIEW_DOWNLOAD_CSV)}
                </button>
                <button type="button" prop:disabled=move || pdf_busy.get() on:click=move |_| {
                    pdf_busy.set(true);
                    error.set(None);
                    pdf_notice.set(None);
                    download_summary_pdf(review, lang.get_untracked(), move |outcome| {
                        pdf_busy.set(false);
                        match outcome {
                            Ok(notice) => pdf_notice.set(notice),
                            Err(e) => error.set(Some(e)),
                        }
                    });
                }>
                    {move || if pdf_busy.get() { tr(i18n::PDF_WORKING)() } else { tr(i18n::REVIEW_DOWNLOAD_PDF)() }}
                </button>
                <button type="button" on:click=move |_| crate::web::print::print_page()>
                    {tr(i18n::REVIEW_PRINT_CORRECTIVE)}
                </button>
                <button type="button" on:click=move |_| {
                    if review.has_unsaved() {
                        let ask = i18n::REVIEW_DISCARD_CONFIRM.get(lang.get_untracked()).to_owned();
                        questions.ask_before(ask, i18n::REVIEW_DISCARD_WORK, move || review.clear());
                    } else {
                        review.clear();
                    }
                }>
                    {tr(i18n::REVIEW_CLEAR)}
                </button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <p class="pdf-notice" role="status">
                {move || pdf_notice.with(|notice| notice.as_ref().map(|n| n.render(lang.get())))}
            </p>
        </section>
    }
}

#[component]
pub fn ReviewScreen() -> impl IntoView {
    let state = use_state();
    let review = use_review();
    let has_files = move || review.files.with(|f| !f.is_empty());
    let body = move || match review.open.get() {
        Some(index) => view! { <UnitReview index=index /> }.into_any(),
        None => view! {
            <BatchImport />
            {move || if has_files() {
                view! {
                    <BatchSummary />
                    <UnitsTable />
                    <div class="review-panels">
                        <StatsTable />
                        <CompareRadar />
                    </div>
                    <YearChanges />
                }
                .into_any()
            } else {
                view! { <p class="hint">{tr(i18n::REVIEW_EMPTY)}</p> }.into_any()
            }}
        }
        .into_any(),
    };
    view! {
        <div class="review-screen">
            <div class="form-toolbar review-toolbar">
                <h2 class="form-heading" data-landing="">{tr(i18n::REVIEW_MODE)}</h2>
                <button type="button" on:click=move |_| state.go(Screen::Start)>
                    {tr(i18n::BACK_TO_START)}
                </button>
            </div>
            <StorageNotice />
            {body}
            <ReviewPrint />
        </div>
    }
}
