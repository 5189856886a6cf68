//! The evaluation sheet PDF, checked with independent readers: poppler's `pdftotext` and
//! `pdffonts`, and `qpdf --check` (Debian packages `poppler-utils` and `qpdf`).
//!
//! Each fixture (full marks, zero, veto, N/A, long notes over a page break, 60+ indicators,
//! English) is generated with the committed font and read back: the text is present and in
//! order, every row sits on one page, the header and footer are on every page, total and
//! grade match `domain::score`, the one font is embedded as a small subset, qpdf is happy.

use crate::sheets;

use std::io::Write;
use std::process::{Command, Stdio};

use eightfold_core::domain::{builtin_templates, IndicatorKind, Lang, Template};
use eightfold_core::formats::exchange::{export_assessment, import_file, sheet_code};
use eightfold_core::formats::pdf::{evaluation_sheet, labels::labels, FontFace, PdfError};
use eightfold_core::i18n;
use sheets::Fixture;

const INSTALL_HINT: &str =
    "install the PDF readers these tests use: apt-get install poppler-utils poppler-data qpdf";

/// Runs `tool args… <pdf file>` and returns whether it succeeded and what it printed (stdout,
/// then stderr); panics with an install hint if the tool is missing. Every PDF test reads its
/// documents back through this.
pub(crate) fn run_tool(tool: &str, args: &[&str], pdf: &[u8]) -> (bool, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sheet.pdf");
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(pdf))
        .expect("write pdf");
    let output = Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} ({e}); {INSTALL_HINT}"));
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

/// The text of each page, as `pdftotext -layout` sees it.
pub(crate) fn pages(pdf: &[u8]) -> Vec<String> {
    let (ok, text) = run_tool("pdftotext", &["-layout", "-enc", "UTF-8"], pdf);
    assert!(ok, "pdftotext failed: {text}");
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// All text in content-stream order (`pdftotext -raw`), whitespace removed: each table cell's
/// lines come out together, so a whole row reads as one run.
fn raw_text(pdf: &[u8]) -> String {
    let (ok, text) = run_tool("pdftotext", &["-raw", "-enc", "UTF-8"], pdf);
    assert!(ok, "pdftotext failed: {text}");
    squash(&text)
}

/// A row as `raw_text` reads it: content (with id and tags), standard, max, self score.
fn row_run(template: &Template, lang: Lang, id: &str, self_score: &str) -> String {
    let (_, indicator) = template
        .indicators()
        .find(|(_, i)| i.id.as_str() == id)
        .expect("indicator exists");
    let max = i18n::max_text(indicator, lang);
    let start = row_start(template, lang, id);
    let content = indicator.content.get(lang);
    let rest: String = content.chars().skip(2).collect();
    squash(&format!(
        "{start}{rest}{}{max}{self_score}",
        indicator.standard.get(lang)
    ))
}

fn generate(fixture: &Fixture, lang: Lang) -> Vec<u8> {
    let made =
        evaluation_sheet(&fixture.input(lang), &sheets::font()).expect("the sheet is generated");
    assert_eq!(made.fallback_chars, Vec::<char>::new(), "{lang:?}");
    made.bytes
}

/// `text` without whitespace: pdftotext decides spacing from glyph positions and drops the
/// spaces next to Chinese characters, so comparisons ignore whitespace.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn contains(haystack: &str, needle: &str) -> bool {
    squash(haystack).contains(&squash(needle))
}

/// Pages on which `needle` occurs.
fn pages_with(pages: &[String], needle: &str) -> Vec<usize> {
    pages
        .iter()
        .enumerate()
        .filter(|(_, p)| contains(p, needle))
        .map(|(i, _)| i)
        .collect()
}

/// How an indicator's first cell starts on the sheet: its id, its tags, two characters.
fn row_start(template: &Template, lang: Lang, id: &str) -> String {
    let l = labels(lang);
    let (_, indicator) = template
        .indicators()
        .find(|(_, i)| i.id.as_str() == id)
        .expect("indicator exists");
    let mut start = format!("{id} ");
    if indicator.must_pass.is_some() {
        start.push_str(l.must_pass_tag);
    }
    match indicator.kind {
        IndicatorKind::Veto => start.push_str(l.veto_tag),
        IndicatorKind::Bonus { .. } => start.push_str(l.bonus_tag),
        _ => {}
    }
    start.extend(indicator.content.get(lang).chars().take(2));
    start.trim_end().to_owned()
}

/// Every check that holds for any sheet: qpdf, fonts, header and footer on each page, all
/// indicator rows present once and in template order.
fn check_common(fixture: &Fixture, lang: Lang, pdf: &[u8]) -> Vec<String> {
    let (ok, report) = run_tool("qpdf", &["--check"], pdf);
    assert!(
        ok && report.contains("No syntax or stream encoding errors"),
        "qpdf --check: {report}"
    );

    let (ok, fonts) = run_tool("pdffonts", &[], pdf);
    assert!(ok, "pdffonts failed: {fonts}");
    let rows: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(rows.len(), 1, "exactly one font: {fonts}");
    let cols: Vec<&str> = rows[0].split_whitespace().collect();
    assert!(
        cols[0].contains('+'),
        "font name carries a subset tag: {fonts}"
    );
    // name, type (3 words "CID Type 0C"), encoding, emb, sub, uni, object, gen
    assert_eq!(
        &cols[cols.len() - 5..cols.len() - 2],
        ["yes", "yes", "yes"],
        "emb sub uni: {fonts}"
    );

    let font = sheets::font();
    assert!(
        pdf.len() * 4 < font.len(),
        "the PDF ({} bytes) embeds only a subset of the {}-byte font",
        pdf.len(),
        font.len()
    );

    let l = labels(lang);
    let pages = pages(pdf);
    let total = pages.len();
    let colon = if lang == Lang::Zh { "：" } else { ":" };
    for (k, page) in pages.iter().enumerate() {
        let number = eightfold_core::formats::pdf::labels::page_of(lang, k + 1, total);
        assert!(
            contains(page, &number),
            "page {} has its number {number:?}",
            k + 1
        );
        assert!(
            contains(page, &format!("{}{colon}{}", l.sheet_code, fixture.code)),
            "page {} shows the sheet code",
            k + 1
        );
        assert!(
            contains(page, "2026-12-21 09:30"),
            "page {} shows the generation time",
            k + 1
        );
    }
    // The table header is on every page the table reaches.
    let last_row = fixture
        .template
        .indicators()
        .last()
        .map(|(_, i)| i.id.as_str().to_owned());
    let last_row_page = last_row
        .map(|id| pages_with(&pages, &row_start(&fixture.template, lang, &id)))
        .and_then(|p| p.first().copied())
        .expect("last row is printed");
    for (k, page) in pages.iter().enumerate().take(last_row_page + 1) {
        // (The score columns are narrow: "Review score" wraps, so check the wide ones.)
        assert!(
            contains(page, l.content) && contains(page, l.standard) && contains(page, l.notes),
            "page {} repeats the table header",
            k + 1
        );
    }
    // Every indicator row is printed once, on one page, in template order.
    let joined = squash(&pages.concat());
    let mut from = 0;
    for (_, indicator) in fixture.template.indicators() {
        let start = row_start(&fixture.template, lang, indicator.id.as_str());
        let on = pages_with(&pages, &start);
        assert_eq!(
            on.len(),
            1,
            "row {start:?} is on exactly one page, found {on:?}"
        );
        let start = squash(&start);
        let at = joined[from..]
            .find(&start)
            .unwrap_or_else(|| panic!("row {start:?} out of order"));
        from += at + start.len();
    }
    // The title block and the unit.
    assert!(contains(&pages[0], l.sheet_title));
    assert!(contains(&pages[0], fixture.template.title.get(lang)));
    assert!(contains(&pages[0], &fixture.unit.unit_name));
    pages
}

/// The line of the summary table that starts with `label`, e.g. "总分 … 100".
pub(crate) fn summary_line<'p>(pages: &'p [String], label: &str) -> &'p str {
    pages
        .iter()
        .flat_map(|p| p.lines())
        .find(|line| {
            // The row's label, then its cells: not a wrapped text that starts with the word.
            line.trim_start()
                .strip_prefix(label)
                .is_some_and(|rest| rest.starts_with(char::is_whitespace))
        })
        .unwrap_or_else(|| panic!("no summary line {label:?}"))
}

fn check_total_and_grade(fixture: &Fixture, lang: Lang, pages: &[String]) {
    let l = labels(lang);
    let total = summary_line(pages, l.total);
    assert!(
        total
            .split_whitespace()
            .any(|w| w == fixture.sheet.total.to_string()),
        "total {} in {total:?}",
        fixture.sheet.total
    );
    let grade = summary_line(pages, l.grade);
    let label = eightfold_core::i18n::grade_text(&fixture.template, &fixture.sheet, lang);
    assert!(contains(grade, &label), "grade {label} in {grade:?}");
}

#[test]
fn full_marks_prints_100_and_the_top_grade() {
    let fixture = sheets::full_marks();
    assert_eq!(fixture.sheet.total.to_string(), "100");
    let pdf = generate(&fixture, Lang::Zh);
    let pages = check_common(&fixture, Lang::Zh, &pdf);
    check_total_and_grade(&fixture, Lang::Zh, &pages);
    assert!(contains(summary_line(&pages, i18n::GRADE.zh), "优秀"));
    // Every row prints its full points as the self score.
    let raw = raw_text(&pdf);
    for (_, indicator) in fixture.template.indicators() {
        let points = fixture
            .sheet
            .indicator(&indicator.id)
            .map(|s| s.points.to_string())
            .unwrap_or_default();
        if !matches!(indicator.kind, IndicatorKind::Veto) {
            assert_eq!(
                points,
                indicator.max_points.to_string(),
                "fixture gives full marks"
            );
        }
        let cell = i18n::points_text(indicator, fixture.sheet.indicator(&indicator.id), Lang::Zh);
        let run = row_run(&fixture.template, Lang::Zh, indicator.id.as_str(), &cell);
        assert!(raw.contains(&run), "row {} reads {run:?}", indicator.id);
    }
    let text = pages.concat();
    for needle in [
        i18n::SIGN_LEADER.zh,
        i18n::SIGN_SEAL.zh,
        i18n::SIGN_DATE.zh,
        i18n::SCORE_RATE_BY_TYPE.zh,
        i18n::PDF_SCORE_SUMMARY.zh,
        i18n::GRADE_BANDS.zh,
    ] {
        assert!(contains(&text, needle), "{needle:?} on the sheet");
    }
}

#[test]
fn zero_prints_0_and_fail() {
    let fixture = sheets::zero();
    assert_eq!(fixture.sheet.total.to_string(), "0");
    let pdf = generate(&fixture, Lang::Zh);
    let pages = check_common(&fixture, Lang::Zh, &pdf);
    check_total_and_grade(&fixture, Lang::Zh, &pages);
    assert!(contains(summary_line(&pages, i18n::GRADE.zh), "不合格"));
}

#[test]
fn a_triggered_veto_prints_the_lowest_grade_and_the_reason() {
    let (fixture, id) = sheets::veto();
    let pdf = generate(&fixture, Lang::Zh);
    let pages = check_common(&fixture, Lang::Zh, &pdf);
    check_total_and_grade(&fixture, Lang::Zh, &pages);
    let grade = summary_line(&pages, i18n::GRADE.zh);
    let by_points = i18n::fill(i18n::PDF_GRADE_BY_POINTS, Lang::Zh, "优秀");
    let expected = format!("不合格{}", i18n::in_brackets(Lang::Zh, by_points));
    assert!(contains(grade, &expected), "{grade:?}");
    let text = pages.concat();
    let rule = fixture.sheet.grade_rules[0].describe(&fixture.template, Lang::Zh);
    assert!(rule.contains(id.as_str()));
    assert!(contains(&text, &rule), "the rule note {rule:?} is printed");
    assert!(
        contains(&text, "触发一票否决"),
        "the veto answer is printed"
    );
}

#[test]
fn not_applicable_items_say_so_and_keep_the_100_scale() {
    let (fixture, ids) = sheets::not_applicable();
    assert!(
        !ids.is_empty(),
        "the built-in template allows N/A somewhere"
    );
    assert_eq!(fixture.sheet.total.to_string(), "100");
    let pdf = generate(&fixture, Lang::Zh);
    let pages = check_common(&fixture, Lang::Zh, &pdf);
    check_total_and_grade(&fixture, Lang::Zh, &pages);
    let raw = raw_text(&pdf);
    for id in &ids {
        let run = row_run(
            &fixture.template,
            Lang::Zh,
            id.as_str(),
            i18n::NOT_APPLICABLE.zh,
        );
        assert!(raw.contains(&run), "row {id} reads {run:?}");
    }
}

#[test]
fn long_notes_wrap_and_rows_move_whole_to_the_next_page() {
    let fixture = sheets::long_notes();
    let pdf = generate(&fixture, Lang::Zh);
    let pages = check_common(&fixture, Lang::Zh, &pdf);
    check_total_and_grade(&fixture, Lang::Zh, &pages);
    assert!(
        pages.len() >= 5,
        "long notes need many pages, got {}",
        pages.len()
    );
    for (_, indicator) in fixture.template.indicators() {
        let start = row_start(&fixture.template, Lang::Zh, indicator.id.as_str());
        let end = format!("END-{}", indicator.id);
        assert_eq!(
            pages_with(&pages, &start),
            pages_with(&pages, &end),
            "row {} starts and ends on the same page",
            indicator.id
        );
    }
    // Text from imported files is printed as text, markup and all.
    let text = pages.concat();
    assert!(
        text.contains("<img") && text.contains("onerror=alert(1)>"),
        "markup printed as text"
    );
    assert!(contains(&text, "考评意见："));
}

#[test]
fn sixty_four_indicators_span_pages_with_the_header_on_each() {
    let fixture = sheets::many_indicators(8);
    assert_eq!(fixture.template.indicators().count(), 64);
    let pdf = generate(&fixture, Lang::Zh);
    let pages = check_common(&fixture, Lang::Zh, &pdf);
    check_total_and_grade(&fixture, Lang::Zh, &pages);
    assert!(pages.len() >= 4, "got {} pages", pages.len());
    assert!(
        pdf.len() < 200_000,
        "the sheet is {} bytes; goal ≤ 200 KB",
        pdf.len()
    );
}

#[test]
fn the_english_sheet_uses_english_labels_and_texts() {
    let fixture = sheets::full_marks().with_review("Committee", sheets::zero().answers);
    let pdf = generate(&fixture, Lang::En);
    let pages = check_common(&fixture, Lang::En, &pdf);
    check_total_and_grade(&fixture, Lang::En, &pages);
    let text = pages.concat();
    let bands = format!(
        "{}{}Excellent",
        i18n::GRADE_BANDS.en,
        i18n::label_separator(Lang::En)
    );
    for needle in [
        i18n::SHEET_TITLE.en,
        i18n::STANDARD.en,
        i18n::NOTES.en,
        i18n::PDF_BASE_TOTAL.en,
        i18n::SUBTOTAL.en,
        "Page 1 of",
        i18n::SIGN_LEADER.en,
        &bands,
    ] {
        assert!(contains(&text, needle), "{needle:?} on the English sheet");
    }
    let first = fixture.template.dimensions[0].name.get(Lang::En);
    assert!(contains(&text, first), "dimension name {first:?}");
    let review_total = summary_line(&pages, "Total");
    let review = fixture
        .review
        .as_ref()
        .map(|r| r.2.total.to_string())
        .unwrap_or_default();
    assert!(
        review_total.split_whitespace().any(|w| w == review),
        "review total {review} in {review_total:?}"
    );
}

/// The code in the footer is the one an exported file of the same assessment has, whenever it
/// was exported, and the reviewed sheet's code is its reviewed file's.
#[test]
fn the_footer_prints_the_sheet_code_of_the_exported_file() {
    let builtins = builtin_templates();
    for fixture in [sheets::full_marks(), sheets::long_notes()] {
        let exported_at =
            chrono::DateTime::parse_from_rfc3339("2027-03-05T16:45:12+08:00").expect("a time");
        let file = export_assessment(&fixture.template, &fixture.assessment, exported_at)
            .expect("exports");
        let imported = import_file(&file.file_name, &file.bytes, &builtins).expect("imports");
        let code = sheet_code(&imported.template, &imported.assessment)
            .expect("a code")
            .short();
        assert_eq!(code.len(), 12);
        assert_ne!(code, file.digest.short(), "the code is not the file digest");
        let pages = pages(&generate(&fixture, Lang::Zh));
        for (k, page) in pages.iter().enumerate() {
            assert!(
                contains(page, &format!("{}：{code}", i18n::SHEET_CODE_LABEL.zh)),
                "page {} prints the exported file's sheet code {code}:\n{page}",
                k + 1
            );
        }
    }
}

#[test]
fn an_unreadable_font_is_an_error_not_a_panic() {
    let fixture = sheets::full_marks();
    assert_eq!(
        evaluation_sheet(&fixture.input(Lang::Zh), b"not a font"),
        Err(PdfError::FontUnreadable)
    );
}

#[test]
fn the_bundled_font_covers_every_built_in_template_and_label() {
    let font = sheets::font();
    for template in builtin_templates() {
        let mut text = String::new();
        for lang in Lang::ALL {
            text.push_str(template.title.get(lang));
            text.push_str(template.description.get(lang));
            for band in &template.grade_bands {
                text.push_str(band.label.get(lang));
            }
            for dimension in &template.dimensions {
                text.push_str(dimension.name.get(lang));
                for indicator in &dimension.indicators {
                    text.push_str(indicator.content.get(lang));
                    text.push_str(indicator.standard.get(lang));
                    if let IndicatorKind::Scale { levels } = &indicator.kind {
                        for level in levels {
                            text.push_str(level.label.get(lang));
                        }
                    }
                    if let IndicatorKind::Quota { unit, .. } = &indicator.kind {
                        text.push_str(unit.get(lang));
                    }
                }
            }
        }
        assert_eq!(
            FontFace::parse(&font).expect("font").missing(text.chars()),
            Vec::<char>::new(),
            "template {}",
            template.id
        );
    }
    for lang in Lang::ALL {
        let fixture = sheets::long_notes();
        assert_eq!(
            evaluation_sheet(&fixture.input(lang), &font)
                .expect("a sheet")
                .fallback_chars,
            Vec::<char>::new()
        );
    }
}

/// The text of page `n` (from 1), read on its own with `pdftotext -f n -l n`.
fn page_text(pdf: &[u8], n: usize) -> String {
    let n = n.to_string();
    let (ok, text) = run_tool(
        "pdftotext",
        &["-f", &n, "-l", &n, "-layout", "-enc", "UTF-8"],
        pdf,
    );
    assert!(ok, "pdftotext failed: {text}");
    text
}

/// Full marks with a note of `lines` sentences on the last indicator: each step pushes what
/// follows the table a little further down, so a range of them ends at every height.
fn pushed_down(lines: usize) -> Fixture {
    let mut fixture = sheets::full_marks();
    let last = fixture
        .template
        .indicators()
        .last()
        .map(|(_, i)| i.id.clone())
        .expect("an indicator");
    let note = "已按要求整改并留存台账。".repeat(lines);
    fixture.answers.set_note(last, note);
    sheets::Fixture::new(fixture.template, fixture.answers)
}

#[test]
fn the_signature_block_never_stands_alone_on_the_last_page() {
    let font = sheets::font();
    let face = eightfold_core::formats::pdf::FontFace::parse(&font).expect("the font");
    for lang in Lang::ALL {
        let l = labels(lang);
        let mut moved_along = 0;
        for lines in 0..40 {
            let fixture = pushed_down(lines);
            let laid_out = eightfold_core::formats::pdf::layout_sheet(&fixture.input(lang), &face);
            let at = laid_out
                .iter()
                .position(|p| p.texts().any(|t| t.starts_with(l.signature)))
                .expect("a signature block");
            // Besides the signature boxes and the footer, the page holds the sheet's content.
            let page = &laid_out[at];
            let others = page
                .texts()
                .filter(|t| {
                    ![
                        l.signature,
                        l.seal,
                        l.sign_date,
                        l.sheet_code,
                        l.generated_at,
                    ]
                    .iter()
                    .any(|label| t.starts_with(label))
                        && !t.contains(&fixture.code)
                        && !t.contains("2026-12-21")
                })
                .count();
            assert!(
                others > 1,
                "{lang:?}, {lines} lines: the signature is alone on page {}",
                at + 1
            );
            // The chart (and its title) went along with the signature to a new page: read it
            // back from the PDF, page by page.
            let chart_first = page.texts().next() == Some(l.radar_title);
            if chart_first && at > 0 && moved_along < 2 {
                moved_along += 1;
                let pdf = generate(&fixture, lang);
                let text = page_text(&pdf, at + 1);
                assert!(contains(&text, l.signature), "{text}");
                assert!(contains(&text, l.radar_title), "{text}");
                let before = page_text(&pdf, at);
                assert!(contains(&before, l.summary_title), "{before}");
            }
        }
        assert!(
            moved_along > 0,
            "{lang:?}: no fixture ended near the bottom of a page"
        );
    }
}

/// A summary of two units of 2026 and, with `earlier`, one of them in 2025 too.
fn summary_text(lang: Lang, earlier: bool) -> String {
    use eightfold_core::domain::consolidate::{
        consolidate, ConsolidateOptions, FileCheck, UnitInput,
    };
    use eightfold_core::formats::pdf::summary::{summary_pdf, SummaryInput};
    let first = sheets::full_marks();
    let mut second = sheets::zero().assessment;
    second.unit.unit = "县司法局".into();
    let mut files = vec![first.assessment.clone(), second];
    if earlier {
        let mut before = first.assessment.clone();
        before.unit.year = 2025;
        files.push(before);
    }
    let inputs: Vec<UnitInput<'_>> = files
        .iter()
        .map(|assessment| UnitInput {
            template: &first.template,
            assessment,
            check: FileCheck::Verified,
            migrated_from: None,
        })
        .collect();
    let consolidation = consolidate(&inputs, &ConsolidateOptions::default());
    let group = consolidation
        .groups
        .iter()
        .position(|g| g.period.year == 2026)
        .expect("the 2026 group");
    let names: Vec<String> = files.iter().map(|a| a.unit.unit.clone()).collect();
    let input = SummaryInput {
        template: &first.template,
        consolidation: &consolidation,
        group,
        lang,
        chart_unit: None,
        file_names: &names,
        generated_at: "2026-12-21 09:30",
        created: sheets::generated(),
        reviewer: "考评委员会",
    };
    let pdf = summary_pdf(&input, &sheets::font())
        .expect("a summary PDF")
        .bytes;
    raw_text(&pdf)
}

#[test]
fn summary_sections_are_numbered_as_printed() {
    use eightfold_core::formats::pdf::summary::labels::{numbered, summary_labels};
    for lang in Lang::ALL {
        let l = summary_labels(lang);
        let all = [
            l.ranking_title,
            l.averages_title,
            l.chart_title,
            l.changes_title,
            l.corrective_title,
        ];
        let check = |text: &str, titles: &[&str]| {
            let mut from = 0;
            for (k, title) in titles.iter().enumerate() {
                let heading = squash(&numbered(lang, k + 1, title));
                let at = text[from..]
                    .find(&heading)
                    .unwrap_or_else(|| panic!("{lang:?}: no {heading:?} after byte {from}"));
                from += at + heading.len();
            }
            for title in all {
                let next = squash(&numbered(lang, titles.len() + 1, title));
                assert!(
                    !text.contains(&next),
                    "{lang:?}: a section numbered {next:?} after the last one"
                );
            }
        };
        // No earlier period in the batch: no year-over-year section, and no gap for it.
        let without = summary_text(lang, false);
        assert!(!without.contains(&squash(l.changes_title)));
        check(
            &without,
            &[
                l.ranking_title,
                l.averages_title,
                l.chart_title,
                l.corrective_title,
            ],
        );
        let with = summary_text(lang, true);
        check(
            &with,
            &[
                l.ranking_title,
                l.averages_title,
                l.chart_title,
                l.changes_title,
                l.corrective_title,
            ],
        );
    }
}
