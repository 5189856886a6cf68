//! The grade bands in the editor: each band's names and bounds, in order best first, with the
//! coverage issues (gaps, overlaps, not starting at 0 or ending at 100) next to the band named.

use leptos::prelude::*;

use super::fields::{number_field, text_field};
use super::place::{band, band_element, band_mut};
use super::reorder::{item_actions, List};
use super::session::Editor;
use crate::domain::issue_place::{Field, IssuePlace, Part};
use crate::domain::template_edit::add_band;
use crate::domain::Lang;
use crate::ui::i18n::{self, fill};

#[component]
pub fn BandsEditor() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let lang = editor.lang;
    let count = move || editor.template.with(|t| t.grade_bands.len());
    let own = [IssuePlace::template(Field::GradeBands)];
    view! {
        <section class="edit-bands" aria-labelledby="edit-bands-heading">
            <h3 id="edit-bands-heading">{move || i18n::GRADE_BANDS.get(lang.get())}</h3>
            <p class="field-issue">{move || editor.messages_at(&own)}</p>
            <For each=move || 0..count() key=|b| *b children=move |b| view! { <BandRow b=b /> } />
            <button type="button" on:click=move |_| editor.edit(|t| { add_band(t); })>
                {move || i18n::ADD_BAND.get(lang.get())}
            </button>
        </section>
    }
}

#[component]
fn BandRow(b: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let lang = editor.lang;
    let element = band_element(b);
    let part = Part::Band(b);
    let name = Signal::derive(move || {
        let lang = lang.get();
        let title = fill(i18n::BAND_N, lang, b + 1);
        editor.template.with(|t| match band(t, b) {
            Some(x) if !x.label.get(lang).trim().is_empty() => {
                format!("{title} {}", x.label.get(lang))
            }
            _ => title,
        })
    });
    let own = [IssuePlace::whole(part), IssuePlace::at(part, Field::Id)];
    view! {
        <fieldset class="edit-band" id=element.clone()>
            <legend>{name}</legend>
            {item_actions(editor, List::Bands, b, name)}
            <p class="field-issue">{move || editor.messages_at(&own)}</p>
            <div class="edit-grid">
                {text_field(editor, format!("{element}-zh"), i18n::NAME_ZH, IssuePlace::at(part, Field::Name(Lang::Zh)),
                    move |t| band(t, b).map(|x| x.label.zh.clone()),
                    move |t, v| if let Some(x) = band_mut(t, b) { x.label.zh = v.trim().to_owned() }, false)}
                {text_field(editor, format!("{element}-en"), i18n::NAME_EN, IssuePlace::at(part, Field::Name(Lang::En)),
                    move |t| band(t, b).map(|x| x.label.en.clone()),
                    move |t, v| if let Some(x) = band_mut(t, b) { x.label.en = v.trim().to_owned() }, false)}
                {number_field(editor, format!("{element}-from"), i18n::BAND_FROM, IssuePlace::at(part, Field::From),
                    move |t| band(t, b).map(|x| x.from),
                    move |t, v| if let Some(x) = band_mut(t, b) { x.from = v })}
                {number_field(editor, format!("{element}-to"), i18n::BAND_TO, IssuePlace::at(part, Field::To),
                    move |t| band(t, b).map(|x| x.to),
                    move |t, v| if let Some(x) = band_mut(t, b) { x.to = v })}
            </div>
        </fieldset>
    }
}
