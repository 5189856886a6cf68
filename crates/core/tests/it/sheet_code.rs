//! The sheet code (表单码) printed on an evaluation sheet: the same for a draft, every export of
//! it whenever made, the file imported again and a version 1 file of the same content; another
//! for any change of what the sheet shows; and pinned, so its canonical form cannot drift.

use crate::exchange_fixtures;

use chrono::{DateTime, FixedOffset};
use eightfold_core::domain::assessment::{Assessment, AssessmentId};
use eightfold_core::domain::{Answer, AnswerValue, Fixed, IndicatorId, Lang, Template};
use eightfold_core::formats::exchange::{
    export_assessment, export_reviewed, import_file, sheet_code, unit_sheet_code, Imported,
    SheetCode,
};
use exchange_fixtures::{
    all_templates, fixture_bytes, sample_assessment, sample_exported_at, sample_template,
};

/// The sheet code of `sample_assessment`. If this changes, sheets already printed no longer
/// match their files: change the canonical form only with a new form version. (The value was
/// also reproduced outside Rust from `v2-sample.eightfold.json`, following the module docs:
/// Python's `json.dumps(content, ensure_ascii=False, separators=(",", ":"))` and `sha256`.)
const PINNED_SAMPLE_CODE: &str = "ca0f90601e2e07169bbdccdfdd437cc8bf1f6e92f30fe30efaafb0db58646751";

fn code(template: &Template, assessment: &Assessment) -> SheetCode {
    sheet_code(template, assessment).expect("a sheet code")
}

fn imported_code(imported: &Imported) -> SheetCode {
    code(&imported.template, &imported.assessment)
}

fn import(bytes: &[u8]) -> Imported {
    import_file("unit.eightfold.json", bytes, &all_templates()).expect("imports")
}

fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("an RFC 3339 time")
}

#[test]
fn the_sample_has_its_pinned_code() {
    let template = sample_template();
    let code = code(&template, &sample_assessment(&template));
    assert_eq!(code.digest().to_hex(), PINNED_SAMPLE_CODE);
    assert_eq!(code.short(), PINNED_SAMPLE_CODE[..12]);
    assert_eq!(code.to_string(), code.short());
}

#[test]
fn a_draft_and_every_export_of_it_share_the_code() {
    let template = sample_template();
    let draft = sample_assessment(&template);
    let expected = code(&template, &draft);
    let mut digests = Vec::new();
    for at in [
        "2026-11-20T16:30:00+08:00",
        "2026-11-20T16:30:01+08:00",
        "2027-01-05T09:00:00Z",
    ] {
        let file = export_assessment(&template, &draft, time(at)).expect("exports");
        let imported = import(&file.bytes);
        assert_eq!(imported_code(&imported), expected, "exported at {at}");
        digests.push(file.digest);
    }
    digests.dedup();
    assert_eq!(digests.len(), 3, "each export has its own digest");
}

#[test]
fn the_stored_current_file_has_the_drafts_code() {
    let template = sample_template();
    let imported = import(&fixture_bytes("v2-sample.eightfold.json"));
    assert_eq!(
        imported_code(&imported),
        code(&template, &sample_assessment(&template))
    );
}

#[test]
fn a_reviewed_export_has_the_code_of_its_content() {
    let template = sample_template();
    let assessment = sample_assessment(&template);
    let unit_file =
        export_assessment(&template, &assessment, sample_exported_at()).expect("exports");
    let reviewed = export_reviewed(
        &template,
        &assessment,
        unit_file.digest,
        time("2026-12-01T10:00:00+08:00"),
        Lang::Zh,
    )
    .expect("exports");
    assert_eq!(
        imported_code(&import(&reviewed.bytes)),
        code(&template, &assessment)
    );
}

#[test]
fn the_units_code_is_the_code_of_the_sheet_without_the_review() {
    let template = sample_template();
    let reviewed = sample_assessment(&template);
    assert!(reviewed.review.is_some(), "the sample holds a review");
    let unit_only = Assessment {
        review: None,
        ..reviewed.clone()
    };
    let unit_code = unit_sheet_code(&template, &reviewed).expect("a code");
    assert_eq!(unit_code, code(&template, &unit_only));
    assert_ne!(unit_code, code(&template, &reviewed), "the review is shown");
    assert_eq!(
        unit_sheet_code(&template, &unit_only).expect("a code"),
        code(&template, &unit_only)
    );
}

#[test]
fn a_version_1_file_has_the_code_of_the_same_content_in_version_2() {
    let v1 = import(&fixture_bytes("v1-sample.eightfold.json"));
    assert_eq!(v1.migrated_from, Some(1));
    // The same content exported today from another draft (another id, other times).
    let mut copy = v1.assessment.clone();
    copy.id = AssessmentId("another-draft".to_owned());
    copy.created = time("2027-02-01T08:00:00+08:00");
    copy.modified = time("2027-02-02T08:00:00+08:00");
    let v2 =
        export_assessment(&v1.template, &copy, time("2027-02-03T08:00:00+08:00")).expect("exports");
    assert_eq!(imported_code(&import(&v2.bytes)), imported_code(&v1));
}

#[test]
fn an_empty_answer_entry_prints_as_none_and_has_no_effect() {
    let template = sample_template();
    let mut assessment = sample_assessment(&template);
    let before = code(&template, &assessment);
    assessment
        .answers
        .0
        .insert(IndicatorId::new("9.9"), Answer::default());
    assert_eq!(code(&template, &assessment), before);
}

/// What is changed, and how.
type Change = (&'static str, fn(&mut Assessment));

#[test]
fn any_change_of_what_the_sheet_shows_changes_the_code() {
    let template = sample_template();
    let base = sample_assessment(&template);
    let base_code = code(&template, &base);
    let changes: Vec<Change> = vec![
        ("one answer", |a| {
            a.answers
                .set_value(IndicatorId::new("1.3"), AnswerValue::YesNo(false))
        }),
        ("one note", |a| {
            a.answers.set_note(IndicatorId::new("1.3"), "见附件")
        }),
        ("the unit name", |a| a.unit.unit = "县税务局".to_owned()),
        ("the year", |a| a.unit.year += 1),
        ("the period", |a| a.unit.period = "上半年".to_owned()),
        ("the assessor", |a| a.unit.assessor = "王芳".to_owned()),
        ("the date", |a| {
            a.unit.date = a.unit.date.succ_opt().expect("a next day")
        }),
        ("one review score", |a| {
            if let Some(review) = a.review.as_mut() {
                review.answers.set_value(
                    IndicatorId::new("1.1"),
                    AnswerValue::Quantity(Fixed::from_int(8)),
                );
            }
        }),
        ("the reviewer", |a| {
            if let Some(review) = a.review.as_mut() {
                review.reviewer = "考核组".to_owned();
            }
        }),
        ("no review", |a| a.review = None),
    ];
    for (what, change) in changes {
        let mut changed = base.clone();
        change(&mut changed);
        assert_ne!(changed, base, "{what}: the fixture changed");
        assert_ne!(code(&template, &changed), base_code, "{what}");
    }

    let mut newer = template.clone();
    newer.version += 1;
    assert_ne!(code(&newer, &base), base_code, "the template version");
}

#[test]
fn what_the_sheet_does_not_show_leaves_the_code_alone() {
    let template = sample_template();
    let base = sample_assessment(&template);
    let mut copy = base.clone();
    copy.id = AssessmentId("a-copy".to_owned());
    copy.created = time("2030-01-01T00:00:00Z");
    copy.modified = time("2030-01-02T00:00:00Z");
    assert_eq!(code(&template, &copy), code(&template, &base));
}
