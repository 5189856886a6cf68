//! The units of the shown group: rank, unit, self and review scores, grade, completeness,
//! date and file status, sortable by any column, each with its review page a click away.
//! Files set aside as duplicates are listed after the ranked ones, marked as such.

use leptos::prelude::*;

use super::sort::{sort_rows, SortColumn, SortKeys, SortOrder};
use super::state::use_review;
use crate::domain::consolidate::{FileCheck, UnitResult};
use crate::domain::{Lang, Template};
use crate::formats::review::words::unit_file_status;
use crate::ui::i18n::{self, UiText};
use crate::ui::question::use_questions;
use crate::ui::text::tr;

/// "校验一致" / "导出后被修改" / "无校验值", then the older format and the duplicate mark.
pub fn status_text(unit: &UnitResult, set_aside: bool, lang: Lang) -> String {
    let mut parts = vec![unit_file_status(unit, lang)];
    if set_aside {
        parts.push(i18n::REVIEW_DUPLICATE.get(lang).to_owned());
    }
    parts.join(i18n::list_separator(lang))
}

/// One row, as shown.
#[derive(Clone, Debug, PartialEq)]
struct RowData {
    index: usize,
    rank: String,
    unit: String,
    self_score: String,
    review_score: String,
    differs: bool,
    grade: String,
    completeness: String,
    date: String,
    status: String,
    check: FileCheck,
}

fn keys(template: &Template, unit: &UnitResult, rank: Option<usize>) -> SortKeys {
    let c = unit.completeness();
    let share = (c.answered.saturating_mul(10_000))
        .checked_div(c.applicable)
        .map_or(10_000, |share| i64::try_from(share).unwrap_or(0));
    SortKeys {
        rank,
        unit: unit.unit_key.clone(),
        self_score: unit.own.total,
        review_score: unit.review.as_ref().map(|r| r.total),
        grade: template
            .grade_bands
            .iter()
            .position(|b| &b.id == unit.grade())
            .unwrap_or(usize::MAX),
        completeness: share,
        date: unit.date,
        status: (unit.check as u8, unit.migrated_from),
    }
}

fn row(template: &Template, unit: &UnitResult, rank: Option<usize>, lang: Lang) -> RowData {
    let c = unit.completeness();
    RowData {
        index: unit.index,
        rank: rank.map_or_else(|| "—".to_owned(), |r| r.to_string()),
        unit: unit.unit.clone(),
        self_score: unit.own.total.to_string(),
        review_score: unit
            .review
            .as_ref()
            .map_or_else(|| "—".to_owned(), |r| r.total.to_string()),
        differs: unit
            .review_difference()
            .is_some_and(|d| d != crate::domain::Fixed::ZERO),
        grade: i18n::grade_text(template, unit.standing(), lang),
        completeness: format!("{}/{}", c.answered, c.applicable),
        date: unit.date.to_string(),
        status: status_text(unit, rank.is_none(), lang),
        check: unit.check,
    }
}

#[component]
pub fn UnitsTable() -> impl IntoView {
    let review = use_review();
    let questions = use_questions();
    let lang_signal = crate::ui::state::use_state().lang;
    let rows = move || {
        let lang = lang_signal.get();
        let (column, order) = review.sort.get();
        let template = review.group_template()?;
        let mut rows: Vec<(SortKeys, RowData)> = review.consolidation.with(|c| {
            let group = c.groups.get(review.group.get())?;
            let ranked = group.ranking.iter().map(|r| (&r.unit, Some(r.rank)));
            let aside = c
                .set_aside
                .iter()
                .filter(|u| u.template == group.template && u.period == group.period)
                .map(|u| (u, None));
            Some(
                ranked
                    .chain(aside)
                    .map(|(unit, rank)| {
                        (
                            keys(&template, unit, rank),
                            row(&template, unit, rank, lang),
                        )
                    })
                    .collect(),
            )
        })?;
        sort_rows(&mut rows, column, order);
        let unsaved: Vec<bool> = review
            .files
            .with(|files| files.iter().map(|f| f.unsaved).collect());
        Some(
            rows.into_iter()
                .map(|(_, r)| {
                    let index = r.index;
                    let pending = unsaved.get(index).copied().unwrap_or(false);
                    view! {
                        <tr class:review-differs=r.differs class:unsaved=pending>
                            <td class="num">{r.rank}</td>
                            <th scope="row">{r.unit}{pending.then(|| view! { <span class="unsaved-mark" title=i18n::REVIEW_UNSAVED.get(lang)>" *"</span> })}</th>
                            <td class="num">{r.self_score}</td>
                            <td class="num">{r.review_score}</td>
                            <td>{r.grade}</td>
                            <td class="num">{r.completeness}</td>
                            <td>{r.date}</td>
                            <td class:file-warning=r.check != FileCheck::Verified>{r.status}</td>
                            <td class="unit-actions">
                                <button type="button" on:click=move |_| review.open.set(Some(index))>
                                    {tr(i18n::REVIEW_OPEN_UNIT)}
                                </button>
                                <button type="button" on:click=move |_| {
                                    if pending {
                                        let ask = i18n::REVIEW_DISCARD_CONFIRM.get(lang).to_owned();
                                        questions.ask_before(ask, i18n::REVIEW_DISCARD_WORK, move || review.remove(index));
                                    } else {
                                        review.remove(index);
                                    }
                                }>
                                    {tr(i18n::REVIEW_REMOVE)}
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view(),
        )
    };
    let heading = move |column: SortColumn, text: UiText| {
        let aria = move || {
            let (current, order) = review.sort.get();
            if current == column {
                order.aria()
            } else {
                "none"
            }
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort-button" on:click=move |_| {
                    review.sort.update(|(current, order)| {
                        if *current == column {
                            *order = order.flipped();
                        } else {
                            *current = column;
                            *order = SortOrder::Ascending;
                        }
                    });
                }>
                    {tr(text)}
                </button>
            </th>
        }
    };
    view! {
        <section class="review-units" aria-labelledby="review-units-heading">
            <h2 id="review-units-heading">{tr(i18n::REVIEW_UNITS)}</h2>
            <p class="hint">{tr(i18n::REVIEW_SORT_HINT)}</p>
            <div class="table-scroll">
                <table class="review-units-table">
                    <thead>
                        <tr>
                            {heading(SortColumn::Rank, i18n::REVIEW_RANK)}
                            {heading(SortColumn::Unit, i18n::REVIEW_UNIT)}
                            {heading(SortColumn::SelfScore, i18n::SELF_SCORE)}
                            {heading(SortColumn::ReviewScore, i18n::REVIEW_SCORE)}
                            {heading(SortColumn::Grade, i18n::GRADE)}
                            {heading(SortColumn::Completeness, i18n::COMPLETENESS)}
                            {heading(SortColumn::Date, i18n::DATE)}
                            {heading(SortColumn::FileStatus, i18n::REVIEW_FILE_STATUS)}
                            <th scope="col">{tr(i18n::ACTIONS)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
