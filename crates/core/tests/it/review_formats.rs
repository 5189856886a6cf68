//! The committee's files (issue 9): the consolidated CSV and the summary PDF of a batch,
//! read back with independent readers (the `csv` crate; poppler's `pdftotext` and
//! `pdffonts`, and `qpdf --check`, from the Debian packages `poppler-utils` and `qpdf`).
//! Every expected number comes from `domain::consolidate`, never from literals.

use crate::answers;
use crate::exchange_fixtures;

use crate::pdf::run_tool as tool;

use eightfold_core::domain::consolidate::{
    consolidate, ConsolidateOptions, Consolidation, FileCheck, UnitInput,
};
use eightfold_core::domain::template_edit::sample_answers;
use eightfold_core::domain::{
    eight_types, Answer, AnswerValue, Answers, Assessment, IndicatorId, Lang, LevelId, Review,
    Template,
};
use eightfold_core::formats::pdf::summary::labels::summary_labels;
use eightfold_core::formats::pdf::summary::{summary_pdf, SummaryInput};
use eightfold_core::formats::pdf::{FontFace, PdfError};
use eightfold_core::formats::review::{consolidated_csv, consolidated_csv_name, summary_pdf_name};
use eightfold_core::i18n;
use exchange_fixtures::{csv_records, year_file};

const COMMENT: &str = "学习台账不完整，请补充会议记录";

fn font() -> Vec<u8> {
    crate::sheets::font()
}

/// A unit's file of `year`, as exported on 1 December.
fn assessment(template: &Template, unit: &str, year: i32, answers: Answers) -> Assessment {
    year_file(
        template,
        unit,
        year,
        answers,
        answers::beijing(year, 12, 1, 9, 0),
    )
}

/// Five units of 2026 (one reviewed with a comment, one with a name that looks like a
/// formula), a duplicate of one of them, and the 2025 file of another.
fn batch() -> (Template, Vec<(Assessment, FileCheck)>) {
    let t = eight_types();
    let full = sample_answers(&t);
    let mut weaker = full.clone();
    weaker.set_value(
        IndicatorId::new("1.3"),
        AnswerValue::Level(LevelId::new("poor")),
    );
    weaker.set_value(
        IndicatorId::new("2.1"),
        AnswerValue::Level(LevelId::new("fair")),
    );
    let mut reviewed = assessment(&t, "县财政局", 2026, full.clone());
    let mut review = full.clone();
    review.set(
        IndicatorId::new("1.3"),
        Answer::new(AnswerValue::Level(LevelId::new("poor"))).with_note(COMMENT),
    );
    reviewed.review = Some(Review {
        reviewer: "考评组".into(),
        answers: review,
    });
    let files = vec![
        (reviewed, FileCheck::Verified),
        (
            assessment(&t, "县教育局", 2026, full.clone()),
            FileCheck::Verified,
        ),
        (
            assessment(&t, "县司法局", 2026, weaker.clone()),
            FileCheck::ChangedAfterExport,
        ),
        (
            assessment(&t, "=HYPERLINK(\"x\")", 2026, Answers::new()),
            FileCheck::NoDigest,
        ),
        (
            assessment(&t, "县教育局", 2026, weaker.clone()),
            FileCheck::Verified,
        ),
        (assessment(&t, "县司法局", 2025, full), FileCheck::Verified),
    ];
    (t, files)
}

fn run(template: &Template, files: &[(Assessment, FileCheck)]) -> Consolidation {
    let inputs: Vec<UnitInput<'_>> = files
        .iter()
        .map(|(assessment, check)| UnitInput {
            template,
            assessment,
            check: *check,
            migrated_from: None,
        })
        .collect();
    consolidate(&inputs, &ConsolidateOptions::default())
}

/// The group of 2026.
fn group_2026(result: &Consolidation) -> usize {
    result
        .groups
        .iter()
        .position(|g| g.period.year == 2026)
        .expect("a 2026 group")
}

#[test]
fn the_csv_has_one_row_per_unit_in_ranking_order_with_each_dimension_and_the_total() {
    let (t, files) = batch();
    let result = run(&t, &files);
    let g = group_2026(&result);
    let group = &result.groups[g];
    let rows = csv_records(&consolidated_csv(&result, g, &t, Lang::Zh));
    let header = &rows[0];
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name:?} in {header:?}"))
    };
    for dimension in &t.dimensions {
        let name = format!("{}（{}）", dimension.name.zh, dimension.weight);
        assert!(header.contains(&name), "no column for {name}");
    }
    let (rank, unit, total) = (column("排名"), column("单位"), column("总分"));
    // Ranked units first, in the core's order; then the duplicate set aside.
    assert_eq!(rows.len(), 1 + group.len() + 1);
    for (row, ranked) in rows[1..].iter().zip(&group.ranking) {
        assert_eq!(row[rank], ranked.rank.to_string());
        let shown = row[unit].trim_start_matches('\'');
        assert_eq!(shown, ranked.unit.unit);
        assert_eq!(row[total], ranked.unit.total().to_string());
        for dimension in &t.dimensions {
            let name = format!("{}（{}）", dimension.name.zh, dimension.weight);
            let expected = ranked
                .unit
                .standing()
                .dimension(&dimension.id)
                .map(|d| d.weighted.to_string())
                .unwrap_or_default();
            assert_eq!(row[column(&name)], expected, "{} {name}", ranked.unit.unit);
        }
    }
    let last = rows.last().expect("rows");
    assert_eq!(last[rank], eightfold_core::i18n::REVIEW_DUPLICATE.zh);
    assert_eq!(last[unit], "县教育局");
    // The reviewed unit is scored on its review, and says so.
    let reviewed = rows
        .iter()
        .find(|r| r[unit] == "县财政局")
        .expect("the reviewed unit");
    assert_eq!(reviewed[column("计分依据")], "考评");
    assert_ne!(reviewed[column("自评总分")], reviewed[column("考评总分")]);
    // A name that looks like a formula is neutralised.
    assert!(rows.iter().any(|r| r[unit] == "'=HYPERLINK(\"x\")"));
    assert_eq!(
        consolidated_csv_name(group),
        "eight-types-2026-全年-summary.csv"
    );
}

#[test]
fn the_english_csv_has_english_headings_and_an_unknown_group_is_empty() {
    let (t, files) = batch();
    let result = run(&t, &files);
    let rows = csv_records(&consolidated_csv(
        &result,
        group_2026(&result),
        &t,
        Lang::En,
    ));
    assert_eq!(&rows[0][..4], ["Rank", "Unit", "Year", "Period"]);
    for dimension in &t.dimensions {
        let name = format!("{} ({})", dimension.name.en, dimension.weight);
        assert!(rows[0].contains(&name), "no column {name:?}");
    }
    assert!(rows[0].contains(&"Total".to_owned()));
    assert!(consolidated_csv(&result, 99, &t, Lang::En).is_empty());
}

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn input<'a>(
    t: &'a Template,
    result: &'a Consolidation,
    names: &'a [String],
    lang: Lang,
) -> SummaryInput<'a> {
    SummaryInput {
        template: t,
        consolidation: result,
        group: group_2026(result),
        lang,
        chart_unit: None,
        file_names: names,
        generated_at: "2026-12-21 09:30",
        created: crate::sheets::generated(),
        reviewer: "考评委员会",
    }
}

fn file_names(files: &[(Assessment, FileCheck)]) -> Vec<String> {
    files
        .iter()
        .map(|(a, _)| format!("{}-{}.eightfold.json", a.unit.unit, a.unit.year))
        .collect()
}

#[test]
fn the_summary_pdf_shows_ranking_averages_chart_changes_and_corrective_actions() {
    let (t, files) = batch();
    let result = run(&t, &files);
    let names = file_names(&files);
    let font = font();
    for lang in Lang::ALL {
        let made = summary_pdf(&input(&t, &result, &names, lang), &font).expect("a PDF");
        assert_eq!(made.fallback_chars, Vec::<char>::new(), "{lang:?}");
        let pdf = made.bytes;
        let (ok, report) = tool("qpdf", &["--check"], &pdf);
        assert!(
            ok && report.contains("No syntax or stream encoding errors"),
            "{report}"
        );
        let (ok, fonts) = tool("pdffonts", &[], &pdf);
        assert!(
            ok && fonts
                .lines()
                .skip(2)
                .filter(|l| !l.trim().is_empty())
                .count()
                == 1,
            "{fonts}"
        );
        let (ok, text) = tool("pdftotext", &["-raw", "-enc", "UTF-8"], &pdf);
        assert!(ok, "{text}");
        let text = squash(&text);
        let l = summary_labels(lang);
        for heading in [
            l.title,
            l.ranking_title,
            l.averages_title,
            l.chart_title,
            l.changes_title,
            l.corrective_title,
        ] {
            assert!(text.contains(&squash(heading)), "{lang:?}: no {heading:?}");
        }
        let group = &result.groups[group_2026(&result)];
        // Each ranked unit appears in rank order with its total.
        let mut from = 0;
        for ranked in &group.ranking {
            let run = squash(&format!("{}{}", ranked.rank, ranked.unit.unit));
            let at = text[from..]
                .find(&run)
                .unwrap_or_else(|| panic!("{lang:?}: {run:?} missing or out of order"));
            from += at + run.len();
            assert!(text.contains(&ranked.unit.total().to_string()));
        }
        // The per-type means and the total's.
        for dimension in &group.stats.dimensions {
            let mean = dimension.percent.expect("stats").mean.to_string();
            assert!(
                text.contains(&mean),
                "{lang:?}: mean {mean} of {}",
                dimension.id
            );
        }
        // The reviewer's comment is on the corrective-action list; the duplicate is noted.
        assert!(
            text.contains(&squash(COMMENT)),
            "{lang:?}: no reviewer comment"
        );
        assert!(
            text.contains(&squash(&names[4])),
            "{lang:?}: the duplicate is not named"
        );
        let (_, layout) = tool("pdftotext", &["-layout", "-enc", "UTF-8"], &pdf);
        let pages = layout
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .count();
        let last = eightfold_core::formats::pdf::labels::page_of(lang, pages, pages);
        assert!(
            squash(&layout).contains(&squash(&last)),
            "{lang:?}: page numbers"
        );
    }
    assert_eq!(
        summary_pdf_name(&result.groups[group_2026(&result)]),
        "eight-types-2026-全年-summary.pdf"
    );
}

#[test]
fn a_character_the_font_lacks_is_set_in_the_readers_font_and_named() {
    let (t, mut files) = batch();
    // 喆 is outside GB2312, so outside the bundled font.
    files[1].0.unit.unit = "县喆局".to_owned();
    let result = run(&t, &files);
    let names = file_names(&files);
    let summary = input(&t, &result, &names, Lang::Zh);
    let made = summary_pdf(&summary, &font()).expect("a PDF all the same");
    assert_eq!(made.fallback_chars, vec!['喆']);
    let (ok, text) = tool("pdftotext", &["-raw", "-enc", "UTF-8"], &made.bytes);
    assert!(ok && squash(&text).contains("县喆局"), "{text}");
    let (ok, fonts) = tool("pdffonts", &[], &made.bytes);
    assert!(ok && fonts.contains("STSong-Light"), "{fonts}");
    assert!(FontFace::parse(&font()).is_ok());
    assert_eq!(
        summary_pdf(&summary, b"not a font"),
        Err(PdfError::FontUnreadable)
    );
}

/// An incomplete unit file has no grade yet in the committee's table either: its grade cell
/// reads as the form's panel does, "待定（已填 0/46）", and every other unit's is its band.
#[test]
fn the_csv_grade_of_an_incomplete_unit_is_pending_as_on_the_form() {
    let (t, files) = batch();
    let result = run(&t, &files);
    let g = group_2026(&result);
    for lang in [Lang::Zh, Lang::En] {
        let rows = csv_records(&consolidated_csv(&result, g, &t, lang));
        let grade = rows[0]
            .iter()
            .position(|h| h == i18n::GRADE.get(lang))
            .expect("a grade column");
        let pending = i18n::fill_each(i18n::GRADE_PENDING, lang, &[&0, &46]);
        let mut seen_pending = false;
        for (row, ranked) in rows[1..].iter().zip(&result.groups[g].ranking) {
            let expected = i18n::grade_text(&t, ranked.unit.standing(), lang);
            assert_eq!(row[grade], expected, "{}", ranked.unit.unit);
            seen_pending |= row[grade] == pending;
        }
        assert!(
            seen_pending,
            "the empty file's grade is {pending:?}: {rows:?}"
        );
    }
}

/// A group of `units` units of 2026 with nothing answered (so every unit has a long
/// corrective-action list), its consolidation and file names.
fn large_group(units: usize) -> (Template, Vec<(Assessment, FileCheck)>) {
    let t = eight_types();
    let files = (0..units)
        .map(|i| {
            (
                assessment(&t, &format!("县第{}单位", i + 1), 2026, Answers::new()),
                FileCheck::Verified,
            )
        })
        .collect();
    (t, files)
}

#[test]
fn a_group_of_more_than_200_units_lists_each_unit_on_one_line_and_points_to_the_csv() {
    use eightfold_core::formats::pdf::summary::layout_summary;
    use eightfold_core::formats::pdf::summary::FULL_LIST_UNITS;
    let font = font();
    let face = FontFace::parse(&font).expect("the font");
    for (units, brief) in [(FULL_LIST_UNITS, false), (FULL_LIST_UNITS + 1, true)] {
        let (t, files) = large_group(units);
        let result = run(&t, &files);
        let names = file_names(&files);
        for lang in Lang::ALL {
            let l = summary_labels(lang);
            let pages = layout_summary(&input(&t, &result, &names, lang), &face);
            let texts: Vec<&str> = pages.iter().flat_map(|p| p.texts()).collect();
            let start = texts
                .iter()
                .rposition(|t| t.ends_with(l.corrective_title))
                .expect("the corrective-action section");
            let section = &texts[start..];
            let group = &result.groups[group_2026(&result)];
            let listed = |line: &str| section.iter().filter(|t| **t == line).count();
            for ranked in &group.ranking {
                // Each unit is named once, as the head of its table or its one line.
                let head = format!("{} {}", ranked.rank, ranked.unit.unit);
                assert_eq!(listed(&head), 1, "{lang:?} {units}: {head}");
                assert!(!ranked.unit.corrective.is_empty());
            }
            let count = group.ranking[0].unit.corrective.len().to_string();
            // A full list's row of indicator 1.1 starts "1.1 " and its content.
            let first = format!("{} ", t.dimensions[0].indicators[0].id);
            let full_rows = section.iter().filter(|t| t.starts_with(&first)).count();
            let note = squash(&section.concat());
            let points_to_csv = squash(l.corrective_brief.rsplit("{}").next().unwrap_or(""));
            if brief {
                assert!(
                    note.contains(&points_to_csv),
                    "{lang:?}: no word of the CSV"
                );
                assert!(note.contains(&squash(&units.to_string())));
                assert_eq!(full_rows, 0, "{lang:?}: no per-indicator rows");
                assert!(listed(&count) >= group.ranking.len(), "{lang:?}: counts");
                assert!(pages.len() < units, "{lang:?}: {} pages", pages.len());
            } else {
                assert!(!note.contains(&points_to_csv));
                assert_eq!(
                    full_rows, units,
                    "{lang:?}: a row per unit of indicator 1.1"
                );
            }
        }
    }
}
