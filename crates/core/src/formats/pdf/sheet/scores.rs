//! The score table: one group per dimension (heading, indicator rows, subtotal), with the
//! columns 考核内容 / 评分标准 / 分值 / 自评分 / 考评分 / 备注.

use crate::domain::{Dimension, Indicator, IndicatorKind, Lang, ScoreSheet};
use crate::i18n;

use super::super::labels::{labels, section_number, Labels};
use super::super::layout::{Align, Cell, Column, Row, RowKind, Table, TableStyle};
use super::SheetInput;

/// Column widths in millimetres; they add up to the 180 mm frame.
const WIDTHS: [f32; 6] = [42.0, 52.0, 11.0, 14.0, 14.0, 47.0];

pub(super) fn table(input: &SheetInput<'_>) -> Table {
    let l = labels(input.lang);
    let centre = |w: f32| Column {
        width: w,
        align: Align::Center,
    };
    let left = |w: f32| Column {
        width: w,
        align: Align::Left,
    };
    let header = Row::new(
        RowKind::Header,
        [
            l.content,
            l.standard,
            l.max,
            l.self_score,
            l.review_score,
            l.notes,
        ]
        .into_iter()
        .map(|t| Cell::new(t).aligned(Align::Center))
        .collect(),
    );
    let mut rows = Vec::new();
    for (n, dimension) in input.template.dimensions.iter().enumerate() {
        rows.push(group_row(input.lang, n + 1, dimension));
        for indicator in &dimension.indicators {
            rows.push(indicator_row(input, l, indicator));
        }
        rows.push(subtotal_row(input, l, dimension));
    }
    Table {
        columns: vec![
            left(WIDTHS[0]),
            left(WIDTHS[1]),
            centre(WIDTHS[2]),
            centre(WIDTHS[3]),
            centre(WIDTHS[4]),
            left(WIDTHS[5]),
        ],
        header,
        rows,
        style: TableStyle::default(),
    }
}

fn group_row(lang: Lang, n: usize, dimension: &Dimension) -> Row {
    let text = i18n::fill_each(
        i18n::PDF_GROUP_HEADING,
        lang,
        &[
            &section_number(lang, n),
            &dimension.name.get(lang),
            &dimension.weight,
        ],
    );
    Row::new(RowKind::Group, vec![Cell::spanning(text, 6)])
}

fn indicator_row(input: &SheetInput<'_>, l: &Labels, indicator: &Indicator) -> Row {
    let lang = input.lang;
    let mut content = format!("{} ", indicator.id);
    if indicator.must_pass.is_some() {
        content.push_str(l.must_pass_tag);
    }
    match indicator.kind {
        IndicatorKind::Veto => content.push_str(l.veto_tag),
        IndicatorKind::Bonus { .. } => content.push_str(l.bonus_tag),
        _ => {}
    }
    content.push_str(indicator.content.get(lang));
    let max = i18n::max_text(indicator, lang);
    let score =
        |sheet: &ScoreSheet| i18n::points_text(indicator, sheet.indicator(&indicator.id), lang);
    let review = input.review.map(|r| score(r.sheet)).unwrap_or_default();
    Row::new(
        RowKind::Body,
        vec![
            Cell::new(content),
            Cell::new(indicator.standard.get(lang)),
            Cell::new(max),
            Cell::new(score(input.sheet)),
            Cell::new(review),
            Cell::new(notes(input, l, indicator)),
        ],
    )
}

/// The answer in words, the unit's note, and the reviewer's comment, one per line.
fn notes(input: &SheetInput<'_>, l: &Labels, indicator: &Indicator) -> String {
    let mut parts = Vec::new();
    if let Some(answer) = input.answers.get(&indicator.id) {
        let said = i18n::answer_text(indicator, &answer.value, input.lang);
        if !said.is_empty() && said != l.not_applicable {
            parts.push(said);
        }
        if !answer.note.trim().is_empty() {
            parts.push(answer.note.trim().to_owned());
        }
    }
    if let Some(review) = input.review {
        if let Some(answer) = review.answers.get(&indicator.id) {
            if !answer.note.trim().is_empty() {
                let separator = i18n::label_separator(input.lang);
                parts.push(format!(
                    "{}{separator}{}",
                    l.review_comment,
                    answer.note.trim()
                ));
            }
        }
    }
    parts.join("\n")
}

fn subtotal_row(input: &SheetInput<'_>, l: &Labels, dimension: &Dimension) -> Row {
    let lang = input.lang;
    let of = |sheet: &ScoreSheet| sheet.dimension(&dimension.id).cloned();
    let own = of(input.sheet);
    let label = match &own {
        Some(d) if d.applicable => i18n::fill_each(
            i18n::PDF_SUBTOTAL_RATE,
            lang,
            &[&l.subtotal, &d.percent, &d.weighted, &d.weight],
        ),
        _ => format!("{} {}", l.subtotal, l.not_applicable),
    };
    let points = |d: Option<crate::domain::DimensionScore>| match d {
        Some(d) if d.applicable => d.points.to_string(),
        Some(_) => l.not_applicable.to_owned(),
        None => String::new(),
    };
    let max = own
        .as_ref()
        .filter(|d| d.applicable)
        .map(|d| d.max.to_string())
        .unwrap_or_default();
    let review = input
        .review
        .map(|r| points(of(r.sheet)))
        .unwrap_or_default();
    Row::new(
        RowKind::Total,
        vec![
            Cell::spanning(label, 2).aligned(Align::Right),
            Cell::new(max),
            Cell::new(points(own)),
            Cell::new(review),
            Cell::new(""),
        ],
    )
}
