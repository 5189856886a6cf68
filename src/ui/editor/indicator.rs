//! One indicator in the editor: number, content and standard in both languages, full marks,
//! kind and its parameters, source, "not applicable", note requirement and the ★ rule.

use leptos::prelude::*;

use super::fields::{check_field, choice_field, number_field, paragraph_field, text_field};
use super::kind_fields::KindFields;
use super::place::{indicator, indicator_element, indicator_mut};
use super::reorder::{drag_handle, item_actions, Drag, Dragged, List};
use super::session::Editor;
use crate::domain::issue_place::{Field, IssuePlace, Part};
use crate::domain::{GradeId, IndicatorId, Lang, MustPass, Source};
use crate::ui::i18n;

#[component]
pub fn IndicatorEditor(d: usize, i: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let drag = expect_context::<Drag>();
    let lang = editor.lang;
    let element = indicator_element(d, i);
    let legend = format!("{element}-legend");
    let name = Signal::derive(move || {
        let lang = lang.get();
        editor.template.with(|t| {
            indicator(t, d, i)
                .map(|x| {
                    format!("{} {}", x.id, x.content.get(lang))
                        .trim()
                        .to_owned()
                })
                .unwrap_or_default()
        })
    });
    let id = {
        let element = element.clone();
        move |suffix: &str| format!("{element}-{suffix}")
    };
    let at = move |field| IssuePlace::at(Part::Indicator(d, i), field);
    let has_must_pass = move || {
        editor
            .template
            .with(|t| indicator(t, d, i).is_some_and(|x| x.must_pass.is_some()))
    };
    let bands = move || {
        let lang = lang.get();
        editor.template.with(|t| {
            t.grade_bands
                .iter()
                .map(|b| (b.id.to_string(), b.label.get(lang).to_owned()))
                .collect()
        })
    };
    let cap_issues = [at(Field::MustPass), at(Field::MustPassCap)];
    let cap_id = id("cap");
    view! {
        <fieldset class="edit-indicator" id=element.clone() aria-labelledby=legend.clone()
            on:dragover=move |ev| drag.over(Dragged::Indicator(d, i), &ev)
            on:drop=move |ev| drag.drop_on(editor, Dragged::Indicator(d, i), &ev)>
            <legend id=legend.clone()>{drag_handle(editor, drag, Dragged::Indicator(d, i))}" "{name}</legend>
            {item_actions(editor, List::Indicators(d), i, name)}
            <div class="edit-grid">
                {text_field(editor, id("id"), i18n::INDICATOR_ID, at(Field::Number),
                    move |t| indicator(t, d, i).map(|x| x.id.to_string()),
                    move |t, v| if let Some(x) = indicator_mut(t, d, i) { x.id = IndicatorId::new(v.trim()) }, false)}
                {number_field(editor, id("max"), i18n::MAX_POINTS, at(Field::Points),
                    move |t| indicator(t, d, i).map(|x| x.max_points),
                    move |t, v| if let Some(x) = indicator_mut(t, d, i) { x.max_points = v })}
            </div>
            {text_field(editor, id("content-zh"), i18n::CONTENT_ZH, at(Field::Content(Lang::Zh)),
                move |t| indicator(t, d, i).map(|x| x.content.zh.clone()),
                move |t, v| if let Some(x) = indicator_mut(t, d, i) { x.content.zh = v.trim().to_owned() }, true)}
            {text_field(editor, id("content-en"), i18n::CONTENT_EN, at(Field::Content(Lang::En)),
                move |t| indicator(t, d, i).map(|x| x.content.en.clone()),
                move |t, v| if let Some(x) = indicator_mut(t, d, i) { x.content.en = v.trim().to_owned() }, true)}
            {text_field(editor, id("standard-zh"), i18n::STANDARD_ZH, at(Field::Standard(Lang::Zh)),
                move |t| indicator(t, d, i).map(|x| x.standard.zh.clone()),
                move |t, v| if let Some(x) = indicator_mut(t, d, i) { x.standard.zh = v.trim().to_owned() }, true)}
            {text_field(editor, id("standard-en"), i18n::STANDARD_EN, at(Field::Standard(Lang::En)),
                move |t| indicator(t, d, i).map(|x| x.standard.en.clone()),
                move |t, v| if let Some(x) = indicator_mut(t, d, i) { x.standard.en = v.trim().to_owned() }, true)}
            <KindFields d=d i=i />
            {paragraph_field(editor, id("source"), i18n::SOURCE_PARAGRAPH,
                move |t| indicator(t, d, i).map(|x| match x.source {
                    Source::Seed { paragraph } => Some(paragraph),
                    Source::CommonPractice => None,
                }),
                move |t, v| if let Some(x) = indicator_mut(t, d, i) {
                    x.source = v.map_or(Source::CommonPractice, |paragraph| Source::Seed { paragraph });
                })}
            <div class="edit-flags">
                {check_field(editor, i18n::NA_ALLOWED,
                    move |t| indicator(t, d, i).map(|x| x.na_allowed),
                    move |t, v| if let Some(x) = indicator_mut(t, d, i) { x.na_allowed = v })}
                {check_field(editor, i18n::NOTE_REQUIRED,
                    move |t| indicator(t, d, i).map(|x| x.note_required_below_full),
                    move |t, v| if let Some(x) = indicator_mut(t, d, i) { x.note_required_below_full = v })}
                {check_field(editor, i18n::MUST_PASS_ITEM,
                    move |t| indicator(t, d, i).map(|x| x.must_pass.is_some()),
                    move |t, v| {
                        let cap = default_cap(t);
                        if let Some(x) = indicator_mut(t, d, i) {
                            x.must_pass = v.then_some(MustPass { cap });
                        }
                    })}
            </div>
            <Show when=has_must_pass>
                {choice_field(editor, cap_id.clone(), i18n::MUST_PASS_CAP, bands,
                    move |t| indicator(t, d, i).and_then(|x| x.must_pass.as_ref()).map(|m| m.cap.to_string()),
                    move |t, v| if let Some(x) = indicator_mut(t, d, i) { x.must_pass = Some(MustPass { cap: GradeId::new(v) }) })}
            </Show>
            <p class="field-issue">{move || editor.messages_at(&cap_issues)}</p>
        </fieldset>
    }
}

/// A new ★ item caps at 合格 ("pass") when the template has it, else at its second-lowest band.
fn default_cap(t: &crate::domain::Template) -> GradeId {
    let bands = &t.grade_bands;
    bands
        .iter()
        .find(|b| b.id.as_str() == "pass")
        .or_else(|| bands.len().checked_sub(2).and_then(|n| bands.get(n)))
        .or_else(|| bands.first())
        .map(|b| b.id.clone())
        .unwrap_or_default()
}
