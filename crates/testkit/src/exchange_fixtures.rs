//! Fixtures for the exchange and review tests: the all-kinds template, a worked example
//! assessment, a unit's year file, the stored files under `crates/core/tests/fixtures/exchange/`, and the
//! records of a CSV file the app wrote. The rescore bench times its export and import on the
//! worked example's unit.
//!
//! The sample
//! template is a fixture of its own (not a built-in), so a change to the built-in criteria
//! never changes the pinned digest of the stored files.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use eightfold_core::domain::assessment::{Assessment, AssessmentId, Review, UnitInfo};
use eightfold_core::domain::{
    builtin_templates, parse_template, Answer, AnswerValue, Answers, Fixed, IndicatorId, LevelId,
    Template,
};
use eightfold_core::formats::exchange::UTF8_BOM;

pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/exchange")
        .join(name)
}

pub fn fixture_bytes(name: &str) -> Vec<u8> {
    let path = fixture_path(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("reading {}: {error}", path.display()))
}

/// `exchange-sample` version 3: two dimensions, every kind of indicator.
pub fn sample_template() -> Template {
    let bytes = fixture_bytes("template-all-kinds.json");
    let text = String::from_utf8(bytes).expect("the fixture template is UTF-8");
    parse_template(&text).unwrap_or_else(|error| panic!("the fixture template parses: {error}"))
}

/// The built-in templates and the sample template.
pub fn all_templates() -> Vec<Template> {
    let mut templates = builtin_templates();
    assert!(!templates.is_empty(), "the built-in templates load");
    templates.push(sample_template());
    templates
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(8 * 3600)
        .and_then(|offset| offset.with_ymd_and_hms(y, m, d, h, min, 0).single())
        .expect("a valid +08:00 time")
}

/// When the sample files were exported.
pub fn sample_exported_at() -> DateTime<FixedOffset> {
    at(2026, 11, 20, 16, 30)
}

/// A worked example: 县财政局 2026, every kind answered, Chinese notes, a review started.
pub fn sample_assessment(template: &Template) -> Assessment {
    let answer = |id: &str, value: AnswerValue, note: &str| {
        (IndicatorId::new(id), Answer::new(value).with_note(note))
    };
    let answers: Answers = [
        answer(
            "1.1",
            AnswerValue::Quantity(Fixed::from_hundredths(1050)),
            "人均 10.5 天，见学习台账",
        ),
        answer(
            "1.2",
            AnswerValue::Level(LevelId::new("fair")),
            "制度已印发",
        ),
        answer("1.3", AnswerValue::YesNo(true), ""),
        answer("2.1", AnswerValue::Count(1), "=1+1 （公式注入测试）"),
        answer("2.2", AnswerValue::NotApplicable, "本单位不涉及"),
        answer("2.3", AnswerValue::Count(2), "两项创新做法"),
        answer("2.4", AnswerValue::Veto(false), ""),
    ]
    .into_iter()
    .collect();
    let review_answers: Answers = [
        answer(
            "1.1",
            AnswerValue::Quantity(Fixed::from_int(9)),
            "台账记录为 9 天",
        ),
        answer("1.2", AnswerValue::Level(LevelId::new("poor")), ""),
    ]
    .into_iter()
    .collect();
    Assessment {
        id: AssessmentId("a-2026-czj".to_owned()),
        template_id: template.id.clone(),
        template_version: template.version,
        unit: UnitInfo {
            unit: "县财政局".to_owned(),
            year: 2026,
            period: "全年".to_owned(),
            assessor: "李明".to_owned(),
            date: NaiveDate::from_ymd_opt(2026, 11, 18).expect("a valid date"),
        },
        answers,
        review: Some(Review {
            reviewer: "县直机关工委".to_owned(),
            answers: review_answers,
        }),
        created: at(2026, 11, 2, 9, 15),
        modified: at(2026, 11, 18, 17, 40),
    }
}

/// A unit's whole-year file of `template`, filled in `year` with `answers`, no review; created
/// and last changed `at`.
pub fn year_file(
    template: &Template,
    unit: &str,
    year: i32,
    answers: Answers,
    at: DateTime<FixedOffset>,
) -> Assessment {
    Assessment {
        id: AssessmentId(format!("{unit}-{year}")),
        template_id: template.id.clone(),
        template_version: template.version,
        unit: UnitInfo {
            unit: unit.to_owned(),
            year,
            period: "全年".to_owned(),
            assessor: String::new(),
            date: NaiveDate::from_ymd_opt(year, 12, 1).unwrap_or_default(),
        },
        answers,
        review: None,
        created: at,
        modified: at,
    }
}

/// The records of a CSV file written by the app (after checking and dropping the BOM).
pub fn csv_records(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes
        .strip_prefix(UTF8_BOM)
        .expect("the CSV starts with a UTF-8 byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body)
        .records()
        .map(|record| {
            record
                .expect("a well-formed CSV record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}
