//! The assessment form: the unit details, navigation by dimension, the indicators, and the
//! live result.

use leptos::prelude::*;

use super::file_actions::export_open;
use super::form::dimension_nav::DimensionNav;
use super::form::dimension_section::DimensionSection;
use super::form::result_panel::ResultPanel;
use super::form::unit_details::UnitDetails;
use super::i18n::{self, Message};
use super::pdf_download::download_pdf;
use super::save_status::SaveStatusBar;
use super::state::{use_state, Screen};
use super::template_update::TemplateUpdate;
use super::text::tr;

#[component]
pub fn FormScreen() -> impl IntoView {
    let state = use_state();
    // The form's structure depends only on the template; answers update inside each field.
    let template = state
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.template.clone()));
    let Some(template) = template else {
        return view! { <p>{tr(i18n::START_NEW)}</p> }.into_any();
    };
    let export_error = RwSignal::new(None::<String>);
    // Not an error: the PDF was made, and this names what the reader's font shows.
    let pdf_notice = RwSignal::new(None::<Message>);
    let pdf_busy = RwSignal::new(false);
    let heading = move || {
        let lang = state.lang.get();
        state.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    let unit = &s.assessment.unit;
                    format!(
                        "{} · {} {} · {}",
                        unit.unit,
                        unit.year,
                        unit.period,
                        s.template.title.get(lang)
                    )
                })
                .unwrap_or_default()
        })
    };
    let sections = template
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, dimension)| {
            view! { <DimensionSection index=index dimension=dimension.clone() /> }
        })
        .collect_view();
    view! {
        <div class="form-screen">
            <div class="form-toolbar">
                <h2 class="form-heading">{heading}</h2>
                <button type="button" on:click=move |_| {
                    state.drafts.flush();
                    state.drafts.reload_list();
                    state.go(Screen::Start);
                }>
                    {tr(i18n::BACK_TO_START)}
                </button>
                <button type="button" on:click=move |_| crate::web::print::print_page()>
                    {tr(i18n::PRINT)}
                </button>
                <button type="button" on:click=move |_| export_error.set(export_open(state, false).err())>
                    {tr(i18n::EXPORT_JSON)}
                </button>
                <button type="button" on:click=move |_| export_error.set(export_open(state, true).err())>
                    {tr(i18n::EXPORT_CSV)}
                </button>
                <button type="button" class="pdf-download" prop:disabled=move || pdf_busy.get() on:click=move |_| {
                    pdf_busy.set(true);
                    export_error.set(None);
                    pdf_notice.set(None);
                    download_pdf(state, move |outcome| {
                        pdf_busy.set(false);
                        match outcome {
                            Ok(notice) => pdf_notice.set(notice),
                            Err(error) => export_error.set(Some(error)),
                        }
                    });
                }>
                    {move || if pdf_busy.get() { tr(i18n::PDF_WORKING)() } else { tr(i18n::DOWNLOAD_PDF)() }}
                </button>
                <SaveStatusBar />
            </div>
            <p class="field-error" role="alert">{move || export_error.get()}</p>
            <p class="pdf-notice" role="status">
                {move || pdf_notice.with(|notice| notice.as_ref().map(|n| n.render(state.lang.get())))}
            </p>
            <UnitDetails />
            <TemplateUpdate />
            <div class="form-layout">
                <DimensionNav template=template.clone() />
                <div class="form-indicators">{sections}</div>
                <ResultPanel />
            </div>
        </div>
    }
    .into_any()
}
