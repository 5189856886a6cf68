//! Totals and grades (自评 and 考评 side by side), the grade bands, and the sentences that
//! explain a lowered grade (veto, ★ cap) or a problem with an answer.

use crate::domain::{Fixed, GradeBand, GradeStanding, Lang, ScoreSheet, Template};

use super::super::labels::{labels, Labels};
use super::super::layout::{Align, Cell, Column, Flow, Row, RowKind, Table, TableStyle};
use super::SheetInput;

const NOTE_PT: f32 = 8.5;

pub(super) fn add(flow: &mut Flow<'_>, input: &SheetInput<'_>) {
    let l = labels(input.lang);
    // The heading, the totals table and the bands line stay together.
    flow.keep_room(60.0);
    flow.paragraph(l.summary_title, 10.5, true);
    flow.space(1.0);
    flow.table(&totals(input, l));

    flow.space(2.0);
    let colon = crate::i18n::label_separator(input.lang);
    let bands_line = format!("{}{colon}{}", l.bands, bands(input.template, input.lang));
    flow.paragraph(&bands_line, NOTE_PT, false);

    let mut rules: Vec<String> = explain(input.template, input.lang, input.sheet, "");
    if let Some(review) = input.review {
        let prefix = format!("{}{colon}", l.review_column);
        rules.extend(explain(input.template, input.lang, review.sheet, &prefix));
    }
    if !rules.is_empty() {
        flow.space(1.5);
        flow.paragraph(l.rules_title, NOTE_PT, true);
        for rule in rules {
            flow.paragraph(&format!("· {rule}"), NOTE_PT, false);
        }
    }
    let problems: Vec<String> = input
        .sheet
        .problems
        .iter()
        .map(|p| p.describe(input.template, input.lang))
        .collect();
    if !problems.is_empty() {
        flow.space(1.5);
        flow.paragraph(l.problems_title, NOTE_PT, true);
        for problem in problems {
            flow.paragraph(&format!("· {problem}"), NOTE_PT, false);
        }
    }
}

fn totals(input: &SheetInput<'_>, l: &Labels) -> Table {
    let lang = input.lang;
    let mut columns = vec![
        Column {
            width: 40.0,
            align: Align::Center,
        },
        Column {
            width: 70.0,
            align: Align::Center,
        },
    ];
    let mut head = vec![Cell::new(l.item), Cell::new(l.self_column)];
    if input.review.is_some() {
        columns.push(Column {
            width: 70.0,
            align: Align::Center,
        });
        head.push(Cell::new(l.review_column));
    }
    let sheets: Vec<&ScoreSheet> = std::iter::once(input.sheet)
        .chain(input.review.map(|r| r.sheet))
        .collect();
    let line = |label: &str, value: &dyn Fn(&ScoreSheet) -> String| {
        let mut cells = vec![Cell::new(label)];
        cells.extend(sheets.iter().map(|s| Cell::new(value(s))));
        Row::new(RowKind::Body, cells)
    };
    let grade = |s: &ScoreSheet| {
        let mut text = crate::i18n::grade_text(input.template, s, lang);
        if matches!(s.grade_standing(), GradeStanding::Final(_)) && s.grade_lowered() {
            let by_points = input.template.grade_label(&s.points_grade, lang);
            let by_points = crate::i18n::fill(crate::i18n::PDF_GRADE_BY_POINTS, lang, by_points);
            text.push_str(&crate::i18n::in_brackets(lang, by_points));
        }
        text
    };
    let mut rows = vec![
        line(l.base_total, &|s| s.base_total.to_string()),
        line(l.bonus, &|s| s.bonus.to_string()),
        line(l.total, &|s| s.total.to_string()),
        line(l.grade, &grade),
        line(l.completeness, &|s| {
            format!(
                "{} / {}",
                s.completeness.answered, s.completeness.applicable
            )
        }),
    ];
    rows[2].kind = RowKind::Total;
    rows[3].kind = RowKind::Total;
    Table {
        columns,
        header: Row::new(RowKind::Header, head),
        rows,
        style: TableStyle {
            size_pt: 9.5,
            ..TableStyle::default()
        },
    }
}

/// "优秀 ≥ 90；良好 80–<90；…" / "Excellent ≥ 90; Good 80–<90; …".
fn bands(template: &Template, lang: Lang) -> String {
    let top = template.grade_bands.first();
    let range = |b: &GradeBand| {
        if Some(b) == top {
            format!("≥ {}", b.from)
        } else if b.from == Fixed::ZERO {
            format!("< {}", b.to)
        } else {
            format!("{}–<{}", b.from, b.to)
        }
    };
    let parts: Vec<String> = template
        .grade_bands
        .iter()
        .map(|b| format!("{} {}", b.label.get(lang), range(b)))
        .collect();
    parts.join(crate::i18n::list_separator(lang))
}

fn explain(template: &Template, lang: Lang, sheet: &ScoreSheet, prefix: &str) -> Vec<String> {
    sheet
        .grade_rules
        .iter()
        .map(|rule| format!("{prefix}{}", rule.describe(template, lang)))
        .collect()
}
