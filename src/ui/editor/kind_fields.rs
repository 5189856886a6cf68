//! An indicator's kind and the parameters that kind takes: the levels of a rating scale, the
//! target and unit of a quota, the points per occurrence of a deduction or bonus.
//!
//! The parameter fields are re-created only when the kind itself changes (a memo of the
//! kind's choice), so editing a level's points never re-renders the field being typed in.

use leptos::prelude::*;

use super::fields::{choice_field, issues_under, number_field, text_field};
use super::place::{indicator, indicator_element, indicator_mut, level, level_mut};
use super::session::Editor;
use crate::domain::issue_place::{Field, IssuePlace, Part};
use crate::domain::template_edit::{add_level, remove_item, set_kind, KindChoice};
use crate::domain::{IndicatorKind, Lang, QuotaMode, Text};
use crate::ui::i18n::{self, fill};

#[component]
pub fn KindFields(d: usize, i: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let lang = editor.lang;
    let element = indicator_element(d, i);
    let choice = Memo::new(move |_| {
        editor
            .template
            .with(|t| indicator(t, d, i).map(|x| KindChoice::of(&x.kind)))
    });
    let options = move || {
        let lang = lang.get();
        KindChoice::ALL
            .iter()
            .map(|k| (k.code().to_owned(), k.label().get(lang).to_owned()))
            .collect()
    };
    let kind_select = choice_field(
        editor,
        format!("{element}-kind"),
        i18n::KIND,
        options,
        move |t| indicator(t, d, i).map(|x| KindChoice::of(&x.kind).code().to_owned()),
        move |t, code| {
            if let (Some(x), Some(chosen)) = (indicator_mut(t, d, i), KindChoice::from_code(&code))
            {
                set_kind(x, chosen);
            }
        },
    );
    let parameters = move || {
        let element = element.clone();
        match choice.get() {
            Some(KindChoice::Scale) => levels(editor, d, i, element).into_any(),
            Some(KindChoice::Quota) => quota(editor, d, i, element).into_any(),
            Some(KindChoice::Deduction | KindChoice::Bonus) => number_field(
                editor,
                format!("{element}-per"),
                i18n::PER_OCCURRENCE_POINTS,
                IssuePlace::at(Part::Indicator(d, i), Field::PerOccurrence),
                move |t| match &indicator(t, d, i)?.kind {
                    IndicatorKind::Deduction { per_occurrence }
                    | IndicatorKind::Bonus { per_occurrence } => Some(*per_occurrence),
                    _ => None,
                },
                move |t, v| {
                    if let Some(x) = indicator_mut(t, d, i) {
                        if let IndicatorKind::Deduction { per_occurrence }
                        | IndicatorKind::Bonus { per_occurrence } = &mut x.kind
                        {
                            *per_occurrence = v;
                        }
                    }
                },
            )
            .into_any(),
            Some(KindChoice::YesNo | KindChoice::Veto) | None => ().into_any(),
        }
    };
    view! {
        <div class="edit-kind">
            {kind_select}
            {parameters}
        </div>
    }
}

fn levels(editor: Editor, d: usize, i: usize, element: String) -> impl IntoView {
    let lang = editor.lang;
    let count = move || {
        editor
            .template
            .with(|t| match indicator(t, d, i).map(|x| &x.kind) {
                Some(IndicatorKind::Scale { levels }) => levels.len(),
                _ => 0,
            })
    };
    let own = [IssuePlace::at(Part::Indicator(d, i), Field::Levels)];
    view! {
        <fieldset class="edit-levels">
            <legend>{move || i18n::LEVELS.get(lang.get())}</legend>
            <p class="field-issue">{move || editor.messages_at(&own)}</p>
            <For each=move || 0..count() key=|l| *l children=move |l| {
                let row = format!("{element}-level-{l}");
                let at = move |field| IssuePlace::at(Part::Level(d, i, l), field);
                view! {
                    <div class="edit-level" id=row.clone()>
                        <span class="level-name">{move || fill(i18n::LEVEL_N, lang.get(), l + 1)}</span>
                        {text_field(editor, format!("{row}-zh"), i18n::NAME_ZH, at(Field::Name(Lang::Zh)),
                            move |t| level(t, d, i, l).map(|x| x.label.zh.clone()),
                            move |t, v| if let Some(x) = level_mut(t, d, i, l) { x.label.zh = v.trim().to_owned() }, false)}
                        {text_field(editor, format!("{row}-en"), i18n::NAME_EN, at(Field::Name(Lang::En)),
                            move |t| level(t, d, i, l).map(|x| x.label.en.clone()),
                            move |t, v| if let Some(x) = level_mut(t, d, i, l) { x.label.en = v.trim().to_owned() }, false)}
                        {number_field(editor, format!("{row}-points"), i18n::MAX_POINTS, at(Field::Points),
                            move |t| level(t, d, i, l).map(|x| x.points),
                            move |t, v| if let Some(x) = level_mut(t, d, i, l) { x.points = v })}
                        {issues_under(editor, format!("{row}-issues"), vec![at(Field::Id)])}
                        <button type="button" class="remove" on:click=move |_| editor.edit(|t| {
                            if let Some(x) = indicator_mut(t, d, i) {
                                if let IndicatorKind::Scale { levels } = &mut x.kind {
                                    remove_item(levels, l);
                                }
                            }
                        })>{move || i18n::REMOVE.get(lang.get())}</button>
                    </div>
                }
            } />
            <button type="button" on:click=move |_| editor.edit(|t| {
                if let Some(x) = indicator_mut(t, d, i) {
                    add_level(x);
                }
            })>{move || i18n::ADD_LEVEL.get(lang.get())}</button>
        </fieldset>
    }
}

fn quota(editor: Editor, d: usize, i: usize, element: String) -> impl IntoView {
    let lang = editor.lang;
    let at = move |field| IssuePlace::at(Part::Indicator(d, i), field);
    let quota_of = move |t: &crate::domain::Template| match &indicator(t, d, i)?.kind {
        IndicatorKind::Quota { target, unit, mode } => Some((*target, unit.clone(), *mode)),
        _ => None,
    };
    let with_quota =
        move |t: &mut crate::domain::Template,
              change: &dyn Fn(&mut crate::domain::Fixed, &mut Text, &mut QuotaMode)| {
            if let Some(x) = indicator_mut(t, d, i) {
                if let IndicatorKind::Quota { target, unit, mode } = &mut x.kind {
                    change(target, unit, mode);
                }
            }
        };
    let modes = move || {
        let lang = lang.get();
        vec![
            (
                "proportional".to_owned(),
                i18n::PROPORTIONAL.get(lang).to_owned(),
            ),
            (
                "all_or_nothing".to_owned(),
                i18n::ALL_OR_NOTHING.get(lang).to_owned(),
            ),
        ]
    };
    view! {
        <div class="edit-grid">
            {number_field(editor, format!("{element}-target"), i18n::TARGET, at(Field::Target),
                move |t| quota_of(t).map(|q| q.0),
                move |t, v| with_quota(t, &|target, _, _| *target = v))}
            {text_field(editor, format!("{element}-unit-zh"), i18n::UNIT_ZH, at(Field::Unit(Lang::Zh)),
                move |t| quota_of(t).map(|q| q.1.zh),
                move |t, v| with_quota(t, &|_, unit, _| unit.zh = v.trim().to_owned()), false)}
            {text_field(editor, format!("{element}-unit-en"), i18n::UNIT_EN, at(Field::Unit(Lang::En)),
                move |t| quota_of(t).map(|q| q.1.en),
                move |t, v| with_quota(t, &|_, unit, _| unit.en = v.trim().to_owned()), false)}
            {choice_field(editor, format!("{element}-mode"), i18n::QUOTA_MODE, modes,
                move |t| quota_of(t).map(|q| match q.2 {
                    QuotaMode::Proportional => "proportional".to_owned(),
                    QuotaMode::AllOrNothing => "all_or_nothing".to_owned(),
                }),
                move |t, v| {
                    let chosen = if v == "all_or_nothing" { QuotaMode::AllOrNothing } else { QuotaMode::Proportional };
                    with_quota(t, &|_, _, mode| *mode = chosen);
                })}
        </div>
    }
}
