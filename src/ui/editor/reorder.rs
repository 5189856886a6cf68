//! Reordering dimensions, indicators and bands: by the keyboard (Move up / Move down buttons,
//! focus following the moved part) and by dragging a ⠿ handle onto another part.
//!
//! The moves themselves are [`crate::domain::template_edit`]'s; this file only turns buttons
//! and drag events into them.

use std::time::Duration;

use leptos::prelude::*;

use super::place::{dimension_element, indicator_element};
use super::session::Editor;
use crate::domain::template_edit::{move_indicator, move_item};
use crate::domain::Template;
use crate::ui::i18n;
use crate::web::drag::start_move;
use crate::web::focus::focus_first_within;

/// What is being dragged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dragged {
    Dimension(usize),
    Indicator(usize, usize),
}

/// The drag in progress, shared by the editor's parts.
#[derive(Clone, Copy)]
pub struct Drag(StoredValue<Option<Dragged>>);

impl Drag {
    pub fn new() -> Drag {
        Drag(StoredValue::new(None))
    }

    pub fn start(&self, what: Dragged, ev: &leptos::ev::DragEvent) {
        self.0.set_value(Some(what));
        start_move(ev);
    }

    /// Lets `target` accept the drop (by cancelling `dragover`) when it can take what is dragged.
    pub fn over(&self, target: Dragged, ev: &leptos::ev::DragEvent) {
        let accepts = matches!(
            (self.0.get_value(), target),
            (Some(Dragged::Indicator(..)), _)
                | (Some(Dragged::Dimension(_)), Dragged::Dimension(_))
        );
        if accepts {
            ev.prevent_default();
        }
    }

    /// Moves what is dragged onto `target`: an indicator takes the place of the indicator it
    /// is dropped on, or goes to the end of the dimension; a dimension takes the other's place.
    pub fn drop_on(&self, editor: Editor, target: Dragged, ev: &leptos::ev::DragEvent) {
        let Some(dragged) = self.0.get_value() else {
            return;
        };
        ev.prevent_default();
        ev.stop_propagation();
        self.0.set_value(None);
        editor.edit(|t| {
            match (dragged, target) {
                (Dragged::Indicator(d, i), Dragged::Indicator(to_d, to)) => {
                    move_indicator(t, (d, i), (to_d, to));
                }
                (Dragged::Indicator(d, i), Dragged::Dimension(to_d)) => {
                    let len = t.dimensions.get(to_d).map_or(0, |dim| dim.indicators.len());
                    let to = if d == to_d {
                        len.saturating_sub(1)
                    } else {
                        len
                    };
                    move_indicator(t, (d, i), (to_d, to));
                }
                (Dragged::Dimension(d), Dragged::Dimension(to_d)) => {
                    move_item(&mut t.dimensions, d, to_d);
                }
                (Dragged::Dimension(_), Dragged::Indicator(..)) => {}
            };
        });
    }
}

/// The ⠿ handle that starts dragging `what`.
pub fn drag_handle(editor: Editor, drag: Drag, what: Dragged) -> impl IntoView {
    let lang = editor.lang;
    view! {
        <span class="drag-handle" draggable="true" aria-hidden="true"
            title=move || i18n::DRAG_HANDLE.get(lang.get())
            on:dragstart=move |ev| drag.start(what, &ev)>"⠿"</span>
    }
}

/// Which kind of list a pair of move buttons works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Dimensions,
    Indicators(usize),
    Bands,
}

/// Move up / Move down / Remove for item `at` of `list`; `name` says which item, for screen
/// readers. After a move the focus follows the item to its new place.
pub fn item_actions(editor: Editor, list: List, at: usize, name: Signal<String>) -> impl IntoView {
    let lang = editor.lang;
    let shift = move |up: bool| {
        let len = editor.template.with_untracked(|t| length(t, list));
        let to = if up {
            at.checked_sub(1)
        } else {
            Some(at + 1).filter(|&n| n < len)
        };
        let Some(to) = to else {
            return;
        };
        editor.edit(|t| {
            items_move(t, list, at, to);
        });
        focus_later(
            element_of(list, to),
            if up {
                "button.move-up"
            } else {
                "button.move-down"
            },
        );
    };
    let remove = move |_| {
        editor.edit(|t| match list {
            List::Dimensions => {
                crate::domain::template_edit::remove_item(&mut t.dimensions, at);
            }
            List::Indicators(d) => {
                if let Some(dim) = t.dimensions.get_mut(d) {
                    crate::domain::template_edit::remove_item(&mut dim.indicators, at);
                }
            }
            List::Bands => {
                crate::domain::template_edit::remove_item(&mut t.grade_bands, at);
            }
        });
    };
    let aria = move |text: i18n::UiText| format!("{}: {}", text.get(lang.get()), name.get());
    view! {
        <span class="item-actions">
            <button type="button" class="move-up" aria-label=move || aria(i18n::MOVE_UP)
                prop:disabled=move || at == 0 on:click=move |_| shift(true)>
                {move || i18n::MOVE_UP.get(lang.get())}
            </button>
            <button type="button" class="move-down" aria-label=move || aria(i18n::MOVE_DOWN)
                prop:disabled={move || at + 1 >= editor.template.with(|t| length(t, list))}
                on:click=move |_| shift(false)>
                {move || i18n::MOVE_DOWN.get(lang.get())}
            </button>
            <button type="button" class="remove" aria-label=move || aria(i18n::REMOVE) on:click=remove>
                {move || i18n::REMOVE.get(lang.get())}
            </button>
        </span>
    }
}

fn length(t: &Template, list: List) -> usize {
    match list {
        List::Dimensions => t.dimensions.len(),
        List::Indicators(d) => t.dimensions.get(d).map_or(0, |dim| dim.indicators.len()),
        List::Bands => t.grade_bands.len(),
    }
}

fn items_move(t: &mut Template, list: List, from: usize, to: usize) -> bool {
    match list {
        List::Dimensions => move_item(&mut t.dimensions, from, to),
        List::Indicators(d) => move_indicator(t, (d, from), (d, to)),
        List::Bands => move_item(&mut t.grade_bands, from, to),
    }
}

fn element_of(list: List, at: usize) -> String {
    match list {
        List::Dimensions => dimension_element(at),
        List::Indicators(d) => indicator_element(d, at),
        List::Bands => super::place::band_element(at),
    }
}

/// Focuses the first `selector` inside element `id` once the view has caught up; an enabled
/// button is preferred, so the focus is never lost on a disabled one at the end of a list.
fn focus_later(id: String, selector: &'static str) {
    set_timeout(
        move || {
            let preferred = format!("{selector}:not(:disabled)");
            focus_first_within(&id, &[&preferred, ".item-actions button:not(:disabled)"]);
        },
        Duration::ZERO,
    );
}
