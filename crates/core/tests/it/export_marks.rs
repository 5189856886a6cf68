//! Export marks: the drafts list tells a draft changed since its last export from one that is
//! not, without touching the draft's stored bytes (a draft without `review_of` stays schema 2
//! byte for byte for older copies of the app).

use chrono::{DateTime, FixedOffset, NaiveDate};

use eightfold_core::domain::{
    eight_types, AnswerValue, Assessment, AssessmentId, Fixed, IndicatorId, UnitInfo,
};
use eightfold_core::drafts::keys::{draft_key, export_key};
use eightfold_core::drafts::{
    DraftRecord, DraftStore, ExportStanding, KeyValueStore, MemoryStore, WriterId, SCHEMA,
};

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn saved_draft(store: &mut DraftStore<MemoryStore>) -> DraftRecord {
    let template = eight_types();
    let unit = UnitInfo {
        unit: "县统计局".to_owned(),
        year: 2026,
        period: "全年".to_owned(),
        assessor: "王芳".to_owned(),
        date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    };
    let created = at("2026-12-01T09:00:00+08:00");
    let assessment = Assessment::new(
        AssessmentId("a-export".to_owned()),
        &template,
        unit,
        created,
    );
    store
        .save(&DraftRecord::new(assessment, &template), created)
        .unwrap()
        .record
}

fn standing(store: &mut DraftStore<MemoryStore>) -> Option<ExportStanding> {
    let report = store.load_all().unwrap();
    assert_eq!(report.drafts.len(), 1);
    assert!(report.quarantined.is_empty(), "{:?}", report.quarantined);
    report.drafts[0].summary.export
}

#[test]
fn a_draft_never_exported_has_no_mark() {
    let kv = MemoryStore::new();
    let mut store = DraftStore::new(kv, WriterId::new("tab"));
    saved_draft(&mut store);
    assert_eq!(standing(&mut store), None);
}

#[test]
fn an_export_marks_the_draft_unchanged_and_an_edit_after_it_changed() {
    let kv = MemoryStore::new();
    let mut store = DraftStore::new(kv.clone(), WriterId::new("tab"));
    let record = saved_draft(&mut store);
    let exported = at("2026-12-02T10:30:00+08:00");
    store
        .mark_exported(&eight_types(), &record, exported)
        .unwrap();
    assert_eq!(
        standing(&mut store),
        Some(ExportStanding {
            exported_at: exported,
            changed: false
        })
    );

    // A new name is not a change of what the sheet shows.
    let renamed = store
        .rename(&record, "统计局 年终", at("2026-12-02T11:00:00+08:00"))
        .unwrap()
        .record;
    assert_eq!(standing(&mut store).map(|s| s.changed), Some(false));

    let mut edited = renamed.clone();
    edited.assessment.answers.set_value(
        IndicatorId::new("1.1"),
        AnswerValue::Quantity(Fixed::from_int(6)),
    );
    store
        .save(&edited, at("2026-12-02T11:05:00+08:00"))
        .unwrap();
    assert_eq!(
        standing(&mut store),
        Some(ExportStanding {
            exported_at: exported,
            changed: true
        })
    );
}

#[test]
fn the_mark_is_its_own_entry_and_leaves_the_draft_bytes_as_they_were() {
    let kv = MemoryStore::new();
    let mut store = DraftStore::new(kv.clone(), WriterId::new("tab"));
    let record = saved_draft(&mut store);
    let before = kv.get(&draft_key(record.id())).unwrap().unwrap();
    store
        .mark_exported(&eight_types(), &record, at("2026-12-02T10:30:00+08:00"))
        .unwrap();
    let after = kv.get(&draft_key(record.id())).unwrap().unwrap();
    assert_eq!(before, after, "the draft's stored bytes are untouched");
    let stored: serde_json::Value = serde_json::from_str(&after).unwrap();
    assert_eq!(stored["schema"], SCHEMA);
    assert_eq!(SCHEMA, 2);
    let mark = kv.get(&export_key(record.id())).unwrap().unwrap();
    assert!(mark.contains("2026-12-02T10:30:00+08:00"), "{mark}");
}

#[test]
fn an_unreadable_mark_counts_as_no_export_and_is_not_a_draft_problem() {
    let mut kv = MemoryStore::new();
    let mut store = DraftStore::new(kv.clone(), WriterId::new("tab"));
    let record = saved_draft(&mut store);
    kv.set(
        &export_key(record.id()),
        "{\"schema\": 1, \"exported_at\": ",
    )
    .unwrap();
    assert_eq!(standing(&mut store), None);
    store
        .mark_exported(&eight_types(), &record, at("2026-12-03T08:00:00+08:00"))
        .unwrap();
    assert_eq!(standing(&mut store).map(|s| s.changed), Some(false));
}
