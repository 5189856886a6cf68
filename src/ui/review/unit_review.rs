//! A unit's review page: the reviewer enters review scores (考评分) and comments next to the
//! unit's self scores, sees both totals and grades and their difference, exports the reviewed
//! file, and sees (and can print) the unit's corrective-action list. Under the heading, the
//! file's sheet code (表单码) as its content is now, to match a printed sheet by eye: the
//! unit's stamped sheet until review work changes the content, the reviewed file's after.
//! A reviewed file is exported only with the reviewer's name: the committee signs for it.

use leptos::prelude::*;

use super::corrective_list::corrective_list;
use super::downloads::export_reviewed_file;
use super::review_row::{review_row, signed};
use super::state::use_review;
use crate::domain::consolidate::{period_text, PeriodKey};
use crate::domain::{score, ScoreSheet};
use crate::formats::exchange::{sheet_code, unit_sheet_code};
use crate::ui::i18n;
use crate::ui::state::use_state;
use crate::ui::text::tr;

#[component]
pub fn UnitReview(index: usize) -> impl IntoView {
    let review = use_review();
    let lang = use_state().lang;
    let Some(file) = review
        .files
        .with_untracked(|files| files.get(index).map(|f| f.imported.clone()))
    else {
        return view! { <p>{tr(i18n::REVIEW_EMPTY)}</p> }.into_any();
    };
    let template = file.template.clone();
    let own = score(&template, &file.assessment.answers);
    let review_template = template.clone();
    let review_sheet: Memo<Option<ScoreSheet>> = Memo::new(move |_| {
        review.files.with(|files| {
            files
                .get(index)
                .and_then(|f| f.imported.assessment.review.as_ref())
                .map(|r| score(&review_template, &r.answers))
        })
    });
    let message = RwSignal::new(None::<String>);
    let reviewer = RwSignal::new(
        file.assessment
            .review
            .as_ref()
            .map(|r| r.reviewer.clone())
            .unwrap_or_default(),
    );
    // Set when an export was refused for want of a reviewer's name; shown until one is typed.
    let reviewer_missing = RwSignal::new(false);
    let name_missing = move || reviewer_missing.get() && reviewer.with(|r| r.trim().is_empty());
    let reviewer_field = NodeRef::<leptos::html::Input>::new();
    let unit = &file.assessment.unit;
    let who = format!(
        "{} · {}",
        unit.unit,
        period_text(&PeriodKey {
            year: unit.year,
            period: unit.period.trim().to_owned(),
        })
    );
    let title = template.title.clone();
    let heading = move || format!("{who} · {}", title.get(lang.get()));
    let totals_template = template.clone();
    let own_total = own.total;
    let own_sheet = own.clone();
    let totals = move || {
        let lang = lang.get();
        let grade = |s: &crate::domain::ScoreSheet| i18n::grade_text(&totals_template, s, lang);
        let own_line = format!("{} · {}", own_total, grade(&own_sheet));
        let review_line = review_sheet.with(|s| {
            s.as_ref()
                .map(|s| (format!("{} · {}", s.total, grade(s)), s.total))
        });
        view! {
            <dl class="review-totals">
                <div>
                    <dt>{i18n::SELF_SCORE.get(lang)}</dt>
                    <dd data-testid="self-total">{own_line}</dd>
                </div>
                <div>
                    <dt>{i18n::REVIEW_SCORE.get(lang)}</dt>
                    <dd data-testid="review-total">
                        {review_line.as_ref().map(|(line, _)| line.clone()).unwrap_or_else(|| "—".to_owned())}
                    </dd>
                </div>
                <div>
                    <dt>{i18n::REVIEW_DIFFERENCE.get(lang)}</dt>
                    <dd>{review_line.map(|(_, total)| signed(total.saturating_sub(own_total))).unwrap_or_default()}</dd>
                </div>
            </dl>
        }
    };
    let rows_template = template.clone();
    let rows = move || {
        let lang = lang.get();
        rows_template
            .dimensions
            .iter()
            .map(|dimension| {
                let own_dimension = own.dimension(&dimension.id).map(|d| d.points.to_string());
                let id = dimension.id.clone();
                let review_dimension = move || {
                    review_sheet.with(|s| {
                        s.as_ref()
                            .and_then(|s| s.dimension(&id))
                            .map(|d| d.points.to_string())
                            .unwrap_or_default()
                    })
                };
                let body = dimension
                    .indicators
                    .iter()
                    .map(|indicator| review_row(review, index, indicator, &own, review_sheet, lang))
                    .collect_view();
                view! {
                    <tbody>
                        <tr class="dimension-row">
                            <th scope="rowgroup" colspan="2">{dimension.name.get(lang).to_owned()}</th>
                            <td class="num">{own_dimension}</td>
                            <td></td>
                            <td class="num">{review_dimension}</td>
                            <td></td>
                        </tr>
                        {body}
                    </tbody>
                }
            })
            .collect_view()
    };
    let corrective_template = template.clone();
    let corrective = move || {
        let lang = lang.get();
        review.unit_result(index).map(|unit| {
            corrective_list(
                &corrective_template,
                &unit,
                review.options().threshold_percent,
                lang,
            )
        })
    };
    // The unit's code stays what the unit's PDF printed, however the review goes on; the
    // code with the review is the one the reviewed file (and a sheet printed from it) carries.
    let code_text = move || {
        let lang = lang.get();
        review.files.with(|files| {
            let file = files.get(index)?;
            let (template, assessment) = (&file.imported.template, &file.imported.assessment);
            let unit = unit_sheet_code(template, assessment).ok()?;
            let mut line = i18n::fill(i18n::SHEET_CODE_UNIT, lang, unit.short());
            if assessment.review.is_some() {
                if let Ok(reviewed) = sheet_code(template, assessment) {
                    line.push_str(" · ");
                    line.push_str(&i18n::fill(
                        i18n::SHEET_CODE_REVIEWED,
                        lang,
                        reviewed.short(),
                    ));
                }
            }
            Some(line)
        })
    };
    let unsaved = move || {
        review
            .files
            .with(|files| files.get(index).is_some_and(|f| f.unsaved))
    };
    view! {
        <div class="unit-review">
            <div class="form-toolbar">
                <h2 class="form-heading">{heading}</h2>
                <button type="button" on:click=move |_| review.open.set(None)>{tr(i18n::REVIEW_BACK)}</button>
                <button type="button" class="primary" prop:disabled=move || review_sheet.with(Option::is_none) on:click=move |_| {
                    // A reviewed file names who reviewed it: without a name it is refused, and
                    // the field that needs one is pointed out and focused.
                    if reviewer.get_untracked().trim().is_empty() {
                        reviewer_missing.set(true);
                        message.set(None);
                        if let Some(field) = reviewer_field.get_untracked() {
                            let _ = field.focus();
                        }
                        return;
                    }
                    message.set(Some(export_reviewed_file(review, index, lang.get_untracked())));
                }>
                    {tr(i18n::REVIEW_EXPORT)}
                </button>
                <button type="button" on:click=move |_| crate::web::print::print_page()>
                    {tr(i18n::REVIEW_PRINT_CORRECTIVE)}
                </button>
                <span class="save-status save-pending">{move || unsaved().then(|| i18n::REVIEW_UNSAVED.get(lang.get()))}</span>
            </div>
            <p class="review-message" role="status">{move || message.get()}</p>
            <p class="hint">{file.file_name.clone()}" · "<span class="sheet-code">{code_text}</span></p>
            <div class="field reviewer-field">
                <label for="reviewer-name">{tr(i18n::REVIEWER)}</label>
                <input id="reviewer-name" type="text" node_ref=reviewer_field
                    aria-invalid=move || name_missing().to_string()
                    aria-describedby="reviewer-name-error"
                    prop:value=move || reviewer.get() on:input=move |ev| {
                    let name = event_target_value(&ev);
                    reviewer.set(name.clone());
                    review.set_reviewer(index, name);
                } />
                <p class="field-error" id="reviewer-name-error" role="alert">
                    {move || name_missing().then(|| i18n::REVIEWER_MISSING.get(lang.get()))}
                </p>
            </div>
            {move || review_sheet.with(Option::is_none).then(|| view! {
                <p class="hint">{tr(i18n::REVIEW_NOT_STARTED)}</p>
                <button type="button" class="primary" on:click=move |_| {
                    review.start_review(index, &reviewer.get_untracked());
                }>
                    {tr(i18n::REVIEW_START)}
                </button>
            })}
            {totals}
            <div class="table-scroll">
                <table class="review-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(i18n::CONTENT)}</th>
                            <th scope="col">{tr(i18n::MAX_POINTS)}</th>
                            <th scope="col">{tr(i18n::SELF_SCORE)}</th>
                            <th scope="col">{tr(i18n::REVIEW_OPEN_UNIT)}</th>
                            <th scope="col">{tr(i18n::REVIEW_SCORE)}</th>
                            <th scope="col">{tr(i18n::REVIEW_COMMENT)}</th>
                        </tr>
                    </thead>
                    {rows}
                </table>
            </div>
            {corrective}
        </div>
    }
    .into_any()
}
