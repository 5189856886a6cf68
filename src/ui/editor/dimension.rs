//! One dimension in the editor: its names and weight, its indicators (reorderable, also by
//! dragging between dimensions), and the issues that concern the dimension as a whole.

use leptos::prelude::*;

use super::fields::{number_field, text_field};
use super::indicator::IndicatorEditor;
use super::place::{dimension, dimension_element, dimension_mut};
use super::reorder::{drag_handle, item_actions, Drag, Dragged, List};
use super::session::Editor;
use crate::domain::issue_place::{Field, IssuePlace, Part};
use crate::domain::template_edit::add_indicator;
use crate::domain::Lang;
use crate::ui::i18n::{self, fill};

#[component]
pub fn DimensionEditor(d: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let drag = expect_context::<Drag>();
    let lang = editor.lang;
    let part = Part::Dimension(d);
    let element = dimension_element(d);
    let heading = format!("{element}-heading");
    let name = Signal::derive(move || {
        let lang = lang.get();
        let title = fill(i18n::DIMENSION_N, lang, d + 1);
        editor.template.with(|t| match dimension(t, d) {
            Some(dim) if !dim.name.get(lang).trim().is_empty() => {
                format!("{title} {}", dim.name.get(lang))
            }
            _ => title,
        })
    });
    let own_issues = [
        IssuePlace::whole(part),
        IssuePlace::at(part, Field::Id),
        IssuePlace::at(part, Field::Indicators),
    ];
    let count = move || {
        editor
            .template
            .with(|t| dimension(t, d).map_or(0, |x| x.indicators.len()))
    };
    view! {
        <section class="edit-dimension" id=element.clone() aria-labelledby=heading.clone()
            on:dragover=move |ev| drag.over(Dragged::Dimension(d), &ev)
            on:drop=move |ev| drag.drop_on(editor, Dragged::Dimension(d), &ev)>
            <div class="edit-head">
                <h3 id=heading.clone()>{drag_handle(editor, drag, Dragged::Dimension(d))}" "{name}</h3>
                {item_actions(editor, List::Dimensions, d, name)}
            </div>
            <p class="field-issue">{move || editor.messages_at(&own_issues)}</p>
            <div class="edit-grid">
                {text_field(editor, format!("{element}-name-zh"), i18n::NAME_ZH, IssuePlace::at(part, Field::Name(Lang::Zh)),
                    move |t| dimension(t, d).map(|x| x.name.zh.clone()),
                    move |t, v| if let Some(x) = dimension_mut(t, d) { x.name.zh = v.trim().to_owned() }, false)}
                {text_field(editor, format!("{element}-name-en"), i18n::NAME_EN, IssuePlace::at(part, Field::Name(Lang::En)),
                    move |t| dimension(t, d).map(|x| x.name.en.clone()),
                    move |t, v| if let Some(x) = dimension_mut(t, d) { x.name.en = v.trim().to_owned() }, false)}
                {number_field(editor, format!("{element}-weight"), i18n::WEIGHT, IssuePlace::at(part, Field::Weight),
                    move |t| dimension(t, d).map(|x| x.weight),
                    move |t, v| if let Some(x) = dimension_mut(t, d) { x.weight = v })}
            </div>
            <For each=move || 0..count() key=|i| *i children=move |i| view! { <IndicatorEditor d=d i=i /> } />
            <button type="button" on:click=move |_| editor.edit(|t| { add_indicator(t, d); })>
                {move || i18n::ADD_INDICATOR.get(lang.get())}
            </button>
        </section>
    }
}
