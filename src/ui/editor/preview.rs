//! The live preview: the template as a unit will see it (dimensions, weights, items, points)
//! and a sample score computed by the scoring core for answers at full marks, so an author
//! sees at once whether the points and weights add up to the intended total and grade. While
//! the template has problems the sample is not shown (it would look like a result and mean
//! nothing); the panel says it waits for them to be fixed. The panel scrolls on its own, so it
//! takes the keyboard focus (arrow keys scroll it).

use leptos::prelude::*;

use super::session::Editor;
use crate::domain::template_edit::{sample_answers, KindChoice};
use crate::domain::{score, Lang, Template};
use crate::ui::i18n;

#[component]
pub fn Preview() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let lang = editor.lang;
    let sheet = Memo::new(move |_| editor.template.with(|t| score(t, &sample_answers(t))));
    let total = move || sheet.with(|s| s.total.to_string());
    let grade = move || {
        let lang = lang.get();
        sheet.with(|s| editor.template.with(|t| t.grade_label(&s.grade, lang)))
    };
    // A sample score of a template with problems would look like a result and mean nothing.
    let sound = move || editor.issues.with(Vec::is_empty);
    let body = move || {
        let lang = lang.get();
        editor.template.with(|t| outline(t, lang))
    };
    view! {
        <aside class="edit-preview" aria-labelledby="edit-preview-heading" tabindex="0">
            <h3 id="edit-preview-heading">{move || i18n::PREVIEW.get(lang.get())}</h3>
            <p class="preview-title">{move || editor.template.with(|t| t.title.get(lang.get()).to_owned())}</p>
            <Show when=sound fallback=move || view! {
                <p class="hint" data-testid="preview-waits">{move || i18n::PREVIEW_WAITS.get(lang.get())}</p>
            }>
                <dl class="result-summary">
                    <div class="result-total">
                        <dt>{move || i18n::SAMPLE_SCORE.get(lang.get())}</dt>
                        <dd><output data-testid="preview-total">{total}</output></dd>
                    </div>
                    <div class="result-grade">
                        <dt>{move || i18n::GRADE.get(lang.get())}</dt>
                        <dd><output data-testid="preview-grade">{grade}</output></dd>
                    </div>
                </dl>
            </Show>
            {body}
        </aside>
    }
}

/// Dimensions with their weights, and under each its items with points and kind.
fn outline(t: &Template, lang: Lang) -> impl IntoView {
    let points = i18n::POINTS_UNIT.get(lang);
    let weight = i18n::WEIGHT.get(lang);
    t.dimensions
        .iter()
        .map(|d| {
            let items = d
                .indicators
                .iter()
                .map(|x| {
                    let line = format!(
                        "{} {} — {} {points} · {}",
                        x.id,
                        x.content.get(lang),
                        x.max_points,
                        KindChoice::of(&x.kind).label().get(lang)
                    );
                    view! { <li>{line}</li> }
                })
                .collect_view();
            let heading = format!("{} ({weight} {})", d.name.get(lang), d.weight);
            view! {
                <section class="preview-dimension">
                    <h4>{heading}</h4>
                    <ol>{items}</ol>
                </section>
            }
        })
        .collect_view()
}
