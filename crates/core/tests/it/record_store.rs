//! The rules every stored kind of record shares, tested once on `RecordStore` for each codec
//! (drafts, criteria templates, review mode's batch): revision conflicts, text of a newer
//! layout left alone, damaged text moved to quarantine verbatim and never deleted, a write
//! that does not fit changing nothing. Each store's own tests cover what is its own.

use chrono::{DateTime, FixedOffset};
use eightfold_core::domain::template_edit::copy_of;
use eightfold_core::domain::{eight_types, Assessment, AssessmentId, TemplateId, UnitInfo};
use eightfold_core::drafts::keys::{draft_key, quarantine_key, template_key, REVIEW_BATCH};
use eightfold_core::drafts::kv::entry_bytes;
use eightfold_core::drafts::record_store::{Base, Entry, Removed};
use eightfold_core::drafts::{
    Codec, DraftCodec, DraftRecord, DraftStore, KeyValueStore, MemoryStore, Problem, RecordStore,
    ReviewCodec, ReviewRecord, ReviewStore, SaveError, TemplateCodec, TemplateRecord,
    TemplateStore, WriterId, REVIEW_SCHEMA, SCHEMA, TEMPLATE_SCHEMA,
};

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-02T09:30:00+08:00").unwrap_or_else(|e| panic!("{e}"))
}

/// One kind of record as these tests need it: where it is kept, its layout number, and a
/// readable record at a revision.
struct Kind {
    name: &'static str,
    key: String,
    schema: u32,
    at: fn(u64) -> String,
}

fn draft_at(revision: u64) -> String {
    let template = eight_types();
    let unit = UnitInfo {
        unit: "县教育局".to_owned(),
        year: 2025,
        period: "全年".to_owned(),
        assessor: "李华".to_owned(),
        date: now().date_naive(),
    };
    let assessment = Assessment::new(AssessmentId("a-1".to_owned()), &template, unit, now());
    let record = DraftRecord {
        revision,
        ..DraftRecord::new(assessment, &template)
    };
    record.to_json().unwrap_or_else(|e| panic!("{e}"))
}

fn template_at(revision: u64) -> String {
    let template = copy_of(&eight_types(), TemplateId::new("t-ours"));
    let record = TemplateRecord {
        revision,
        ..TemplateRecord::new(template, now())
    };
    record.to_json().unwrap_or_else(|e| panic!("{e}"))
}

fn batch_at(revision: u64) -> String {
    ReviewRecord::of(&[], revision, now(), WriterId::new("tab-x"))
        .to_json()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn drafts() -> Kind {
    Kind {
        name: "draft",
        key: draft_key(&AssessmentId("a-1".to_owned())),
        schema: SCHEMA,
        at: draft_at,
    }
}

fn templates() -> Kind {
    Kind {
        name: "template",
        key: template_key(&TemplateId::new("t-ours")),
        schema: TEMPLATE_SCHEMA,
        at: template_at,
    }
}

fn batches() -> Kind {
    Kind {
        name: "review batch",
        key: REVIEW_BATCH.to_owned(),
        schema: REVIEW_SCHEMA,
        at: batch_at,
    }
}

impl Kind {
    /// Text whose layout and revision read, but whose record does not: the damage a peek at
    /// the revision alone would not see.
    fn damaged_at(&self, revision: u64) -> String {
        format!(
            r#"{{"schema":{},"revision":{revision},"saved_at":"not a time"}}"#,
            self.schema
        )
    }

    fn newer(&self) -> String {
        r#"{"schema":99,"revision":1,"from":"a newer Eightfold"}"#.to_owned()
    }
}

fn store<C: Codec>(kv: &MemoryStore) -> RecordStore<MemoryStore, C> {
    RecordStore::new(kv.clone(), WriterId::new("tab-a"))
}

fn get(kv: &MemoryStore, key: &str) -> Option<String> {
    kv.get(key).unwrap_or_else(|e| panic!("{e}"))
}

fn put(kv: &MemoryStore, key: &str, text: &str) {
    kv.clone().set(key, text).unwrap_or_else(|e| panic!("{e}"));
}

fn a_stale_write_is_a_conflict<C: Codec>(kind: &Kind) {
    let kv = MemoryStore::new();
    put(&kv, &kind.key, &(kind.at)(3));
    let mut records = store::<C>(&kv);
    match records.check(&kind.key, Base::Seen(Some(2))) {
        Err(SaveError::Conflict { theirs }) => assert_eq!(C::revision(&theirs), 3, "{}", kind.name),
        other => panic!("{}: a stale write must conflict, got {other:?}", kind.name),
    }
    assert!(matches!(
        records.check(&kind.key, Base::Seen(None)),
        Err(SaveError::Conflict { .. })
    ));
    assert!(matches!(
        records.remove(&kind.key, Some(2)),
        Err(SaveError::Conflict { .. })
    ));
    assert_eq!(get(&kv, &kind.key), Some((kind.at)(3)), "{}", kind.name);
    assert_eq!(records.check(&kind.key, Base::Seen(Some(3))), Ok(Some(3)));
    assert_eq!(records.check(&kind.key, Base::Anything), Ok(Some(3)));
}

fn damaged_text_is_kept_aside_before_any_write<C: Codec>(kind: &Kind) {
    for damaged in [kind.damaged_at(1), kind.damaged_at(1)[..20].to_owned()] {
        // Before a save on the revision the damaged text claims.
        let kv = MemoryStore::new();
        put(&kv, &kind.key, &damaged);
        let mut records = store::<C>(&kv);
        assert_eq!(records.check(&kind.key, Base::Seen(Some(1))), Ok(None));
        assert_eq!(get(&kv, &kind.key), None, "{}", kind.name);
        assert_eq!(
            get(&kv, &quarantine_key(&kind.key, 0)),
            Some(damaged.clone())
        );

        // Before a removal: kept aside, never deleted, and the caller is told why.
        let kv = MemoryStore::new();
        put(&kv, &kind.key, &damaged);
        let mut records = store::<C>(&kv);
        match records.remove(&kind.key, Some(1)) {
            Ok(Removed::KeptAside(problem)) => assert_ne!(problem, Problem::KeptAside),
            other => panic!(
                "{}: damaged text must be kept aside, got {other:?}",
                kind.name
            ),
        }
        assert_eq!(
            get(&kv, &quarantine_key(&kind.key, 0)),
            Some(damaged.clone())
        );

        // When loaded: reported with its text, kept aside.
        let kv = MemoryStore::new();
        put(&kv, &kind.key, &damaged);
        match store::<C>(&kv).load(&kind.key) {
            Ok(Entry::Unreadable(entry)) => {
                assert!(entry.moved, "{}", kind.name);
                assert_eq!(
                    (entry.raw, entry.key),
                    (damaged.clone(), quarantine_key(&kind.key, 0))
                );
            }
            other => panic!(
                "{}: damaged text must be reported, got {other:?}",
                kind.name
            ),
        }
    }
}

fn text_changed_behind_the_store_is_read_again<C: Codec>(kind: &Kind) {
    let kv = MemoryStore::new();
    let mut records = store::<C>(&kv);
    records
        .write(&kind.key, &(kind.at)(1), 1)
        .unwrap_or_else(|e| panic!("{e:?}"));
    // Same revision, damaged record: this store wrote revision 1, but not this text.
    put(&kv, &kind.key, &kind.damaged_at(1));
    assert_eq!(records.check(&kind.key, Base::Seen(Some(1))), Ok(None));
    assert_eq!(
        get(&kv, &quarantine_key(&kind.key, 0)),
        Some(kind.damaged_at(1)),
        "{}",
        kind.name
    );
}

fn a_newer_layout_is_left_alone<C: Codec>(kind: &Kind) {
    let kv = MemoryStore::new();
    put(&kv, &kind.key, &kind.newer());
    let mut records = store::<C>(&kv);
    assert_eq!(
        records.check(&kind.key, Base::Seen(Some(1))),
        Err(SaveError::NewerVersion { schema: 99 })
    );
    assert_eq!(
        records.remove(&kind.key, Some(1)),
        Err(SaveError::NewerVersion { schema: 99 })
    );
    match records.load(&kind.key) {
        Ok(Entry::Unreadable(entry)) => assert!(!entry.moved && entry.key == kind.key),
        other => panic!(
            "{}: a newer layout must be reported, got {other:?}",
            kind.name
        ),
    }
    assert_eq!(get(&kv, &kind.key), Some(kind.newer()), "{}", kind.name);
    // Writing over it anyway (the user chose to) keeps it aside first.
    assert_eq!(records.check(&kind.key, Base::Anything), Ok(None));
    assert_eq!(get(&kv, &quarantine_key(&kind.key, 0)), Some(kind.newer()));
}

fn a_write_that_does_not_fit_changes_nothing<C: Codec>(kind: &Kind) {
    let limit = entry_bytes(&kind.key, "{}");
    let kv = MemoryStore::with_limit(limit);
    put(&kv, &kind.key, "{}");
    let mut records = store::<C>(&kv);
    match records.write(&kind.key, &(kind.at)(1), 1) {
        Err(SaveError::Quota { needed }) => assert!(needed > limit),
        other => panic!("{}: expected a quota error, got {other:?}", kind.name),
    }
    assert_eq!(get(&kv, &kind.key).as_deref(), Some("{}"), "{}", kind.name);
}

#[test]
fn every_kind_of_record_follows_the_same_rules() {
    for (kind, rules) in [
        (drafts(), rules::<DraftCodec> as fn(&Kind)),
        (templates(), rules::<TemplateCodec>),
        (batches(), rules::<ReviewCodec>),
    ] {
        rules(&kind);
    }
}

fn rules<C: Codec>(kind: &Kind) {
    a_stale_write_is_a_conflict::<C>(kind);
    damaged_text_is_kept_aside_before_any_write::<C>(kind);
    text_changed_behind_the_store_is_read_again::<C>(kind);
    a_newer_layout_is_left_alone::<C>(kind);
    a_write_that_does_not_fit_changes_nothing::<C>(kind);
}

/// The three stores' own saves keep damaged text the same way (a save over damaged text whose
/// revision reads used to overwrite a draft or a batch, and a stale one made a review conflict).
#[test]
fn each_store_keeps_damaged_text_aside_on_save() {
    let kinds = [drafts(), templates(), batches()];
    for kind in &kinds {
        for revision in [0, 1, 7] {
            let kv = MemoryStore::new();
            put(&kv, &kind.key, &kind.damaged_at(revision));
            let saved = match kind.name {
                "draft" => {
                    let record: DraftRecord =
                        serde_json::from_str(&draft_at(0)).unwrap_or_else(|e| panic!("{e}"));
                    DraftStore::new(kv.clone(), WriterId::new("tab-a"))
                        .save(&record, now())
                        .is_ok()
                }
                "template" => {
                    let record: TemplateRecord =
                        serde_json::from_str(&template_at(0)).unwrap_or_else(|e| panic!("{e}"));
                    TemplateStore::new(kv.clone(), WriterId::new("tab-a"))
                        .save(&record, now())
                        .is_ok()
                }
                _ => ReviewStore::new(kv.clone(), WriterId::new("tab-a"))
                    .save(&[], now())
                    .is_ok(),
            };
            assert!(saved, "{} over damaged revision {revision}", kind.name);
            assert_eq!(
                get(&kv, &quarantine_key(&kind.key, 0)),
                Some(kind.damaged_at(revision)),
                "{}: damaged text kept aside verbatim",
                kind.name
            );
        }
    }
}
