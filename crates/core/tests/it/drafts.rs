//! Native tests of the draft storage logic (issue 6): migration, quarantine, newer layouts,
//! the two layouts written (schema 2, and schema 3 only for a draft that keeps a reviewed
//! file's `review_of`), revision conflicts between tabs, quota, discard and undo, copies,
//! usage, summaries, messages and the autosave timing policy. Two `DraftStore`s over clones of one `MemoryStore` stand for
//! two browser tabs over one localStorage.

use chrono::{DateTime, FixedOffset, NaiveDate};

use eightfold_core::domain::{
    eight_types, score, AnswerValue, Assessment, AssessmentId, IndicatorId, Lang, LevelId,
    Template, Text, UnitInfo,
};
use eightfold_core::drafts::keys::{draft_key, quarantine_key, quarantined_from};
use eightfold_core::drafts::kv::{entry_bytes, utf16_bytes};
use eightfold_core::drafts::{
    DraftRecord, DraftStore, KeyValueStore, MemoryStore, Problem, SaveError, StorageScope,
    StoreError, WriterId, NOMINAL_QUOTA_BYTES, SCHEMA,
};

const V1_FIXTURE: &str = include_str!("../fixtures/drafts/v1-record.json");
const FUTURE_FIXTURE: &str = include_str!("../fixtures/drafts/future-record.json");
const TRUNCATED_FIXTURE: &str = include_str!("../fixtures/drafts/truncated-record.txt");

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn noon() -> DateTime<FixedOffset> {
    at("2025-03-14T12:00:00+08:00")
}

fn unit(name: &str) -> UnitInfo {
    UnitInfo {
        unit: name.to_owned(),
        year: 2024,
        period: "全年".to_owned(),
        assessor: "李华".to_owned(),
        date: NaiveDate::from_ymd_opt(2025, 3, 14).unwrap(),
    }
}

fn draft(id: &str, unit_name: &str) -> DraftRecord {
    let template = eight_types();
    let assessment = Assessment::new(
        AssessmentId(id.to_owned()),
        &template,
        unit(unit_name),
        noon(),
    );
    DraftRecord::new(assessment, &template)
}

fn with_note(mut record: DraftRecord, note: &str) -> DraftRecord {
    record
        .assessment
        .answers
        .set_note(IndicatorId::new("1.1"), note);
    record
}

fn tab(kv: &MemoryStore, writer: &str) -> DraftStore<MemoryStore> {
    DraftStore::new(kv.clone(), WriterId::new(writer))
}

fn raw(kv: &MemoryStore, key: &str) -> Option<String> {
    kv.get(key).unwrap()
}

fn id(text: &str) -> AssessmentId {
    AssessmentId(text.to_owned())
}

mod migration {
    use super::*;

    #[test]
    fn a_schema_1_record_loads_migrated_and_is_written_back_in_the_current_layout() {
        let mut kv = MemoryStore::new();
        kv.set("eightfold:draft:a-v1-fixture", V1_FIXTURE).unwrap();
        let mut store = tab(&kv, "tab-a");

        let report = store.load_all().unwrap();

        assert!(report.quarantined.is_empty());
        assert_eq!(report.migrated.len(), 1);
        let migrated = &report.migrated[0];
        assert_eq!((migrated.from, migrated.to), (1, SCHEMA));
        assert!(migrated.written_back);
        assert_eq!(migrated.id, id("a-v1-fixture"));

        let loaded = &report.drafts[0].record;
        assert_eq!(loaded.schema, SCHEMA);
        assert_eq!(loaded.revision, 1);
        assert_eq!(loaded.saved_at, at("2025-03-14T16:20:05+08:00"));
        assert_eq!(loaded.assessment.unit.unit, "县财政局");
        assert_eq!(loaded.assessment.unit.assessor, "王明");
        assert_eq!(loaded.assessment.answers.len(), 3);
        let note = loaded
            .assessment
            .answers
            .get(&IndicatorId::new("1.5"))
            .unwrap();
        assert_eq!(note.value, AnswerValue::YesNo(true));
        assert_eq!(note.note, "见学习台账");
        assert_eq!(
            loaded.template, None,
            "schema 1 only knew built-in templates"
        );

        let stored: serde_json::Value =
            serde_json::from_str(&raw(&kv, "eightfold:draft:a-v1-fixture").unwrap()).unwrap();
        assert_eq!(stored["schema"], 2);
        assert_eq!(stored["revision"], 1);
        assert_eq!(stored["assessment"]["unit"]["unit"], "县财政局");
        assert!(stored.get("version").is_none());

        let again = store.load_all().unwrap();
        assert!(again.migrated.is_empty(), "migration happens once");
        assert_eq!(&again.drafts[0].record, loaded);
    }

    #[test]
    fn the_migrated_draft_is_scored_in_its_summary() {
        let mut kv = MemoryStore::new();
        kv.set("eightfold:draft:a-v1-fixture", V1_FIXTURE).unwrap();
        let report = tab(&kv, "tab-a").load_all().unwrap();
        let loaded = &report.drafts[0];

        let expected = score(&eight_types(), &loaded.record.assessment.answers);
        let scores = loaded.summary.scores.as_ref().unwrap();
        assert_eq!(scores.total, expected.total);
        assert_eq!(scores.completeness, expected.completeness);
        assert_eq!(scores.completeness.answered, 3);
        assert_eq!(scores.grade, expected.grade);
        assert_eq!(loaded.summary.year, 2024);
        assert_eq!(loaded.summary.period, "全年");
        assert_eq!(
            loaded
                .summary
                .template_title
                .as_ref()
                .map(|t| t.zh.as_str()),
            Some(eight_types().title.zh.as_str())
        );
    }

    #[test]
    fn a_schema_1_record_not_yet_migrated_counts_as_revision_1_when_saving() {
        let mut kv = MemoryStore::new();
        kv.set("eightfold:draft:a-v1-fixture", V1_FIXTURE).unwrap();
        let mut store = tab(&kv, "tab-a");
        let opened = store
            .load(&id("a-v1-fixture"))
            .unwrap()
            .unwrap()
            .into_record();

        let stale = DraftRecord {
            revision: 0,
            ..opened.clone()
        };
        assert!(matches!(
            store.save(&stale, noon()),
            Err(SaveError::Conflict { .. })
        ));
        let saved = store.save(&opened, noon()).unwrap();
        assert_eq!(saved.record.revision, 2);
        assert_eq!(saved.record.writer, WriterId::new("tab-a"));
    }

    #[test]
    fn when_storage_is_full_the_migrated_draft_still_loads_and_says_so() {
        // Compact JSON, as the old version wrote it: the current layout is larger.
        let compact = serde_json::from_str::<serde_json::Value>(V1_FIXTURE)
            .unwrap()
            .to_string();
        let key = "eightfold:draft:a-v1-fixture";
        let mut kv = MemoryStore::with_limit(entry_bytes(key, &compact));
        kv.set(key, &compact).unwrap();

        let report = tab(&kv, "tab-a").load_all().unwrap();

        assert_eq!(report.drafts.len(), 1);
        assert_eq!(report.drafts[0].record.assessment.unit.unit, "县财政局");
        assert!(!report.migrated[0].written_back);
        assert_eq!(raw(&kv, key), Some(compact));
        assert!(report.migrated[0].message(Lang::En).contains("next save"));
    }
}

mod quarantine {
    use super::*;

    #[test]
    fn corrupt_entries_are_moved_aside_verbatim_and_the_others_load() {
        let mut kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        store.save(&draft("a-good-1", "县教育局"), noon()).unwrap();
        store.save(&draft("a-good-2", "县卫健局"), noon()).unwrap();
        let wrong_key = draft("a-other", "县水利局").to_json().unwrap();
        let bad = [
            ("eightfold:draft:a-cut", TRUNCATED_FIXTURE.to_owned()),
            ("eightfold:draft:a-array", "[1, 2, 3]".to_owned()),
            (
                "eightfold:draft:a-bad-field",
                draft("a-bad-field", "县民政局")
                    .to_json()
                    .unwrap()
                    .replace("\"year\":2024", "\"year\":\"二〇二四\""),
            ),
            ("eightfold:draft:a-moved", wrong_key),
        ];
        for (key, text) in &bad {
            kv.set(key, text).unwrap();
        }
        kv.set("other-tool:settings", "not ours {").unwrap();

        let report = store.load_all().unwrap();

        let mut units: Vec<_> = report
            .drafts
            .iter()
            .map(|d| d.summary.unit.clone())
            .collect();
        units.sort();
        assert_eq!(units, ["县卫健局", "县教育局"]);
        assert_eq!(report.quarantined.len(), bad.len());
        for (key, text) in &bad {
            let entry = report
                .quarantined
                .iter()
                .find(|entry| entry.original_key == *key)
                .unwrap();
            assert!(entry.moved);
            assert_eq!(entry.key, quarantine_key(key, 0));
            assert_eq!(&entry.raw, text);
            assert_eq!(raw(&kv, &entry.key).as_ref(), Some(text), "kept verbatim");
            assert_eq!(raw(&kv, key), None, "no longer among the drafts");
        }
        let problem = |key: &str| {
            &report
                .quarantined
                .iter()
                .find(|entry| entry.original_key == key)
                .unwrap()
                .problem
        };
        assert!(matches!(
            problem("eightfold:draft:a-cut"),
            Problem::NotJson { .. }
        ));
        assert_eq!(problem("eightfold:draft:a-array"), &Problem::NoSchema);
        match problem("eightfold:draft:a-bad-field") {
            Problem::Invalid { schema, path, .. } => {
                assert_eq!(*schema, 2);
                assert_eq!(path, "assessment.unit.year");
            }
            other => panic!("expected an invalid field, got {other:?}"),
        }
        assert_eq!(
            problem("eightfold:draft:a-moved"),
            &Problem::WrongKey {
                key_id: "a-moved".to_owned(),
                record_id: "a-other".to_owned()
            }
        );
        assert_eq!(
            raw(&kv, "other-tool:settings").as_deref(),
            Some("not ours {")
        );
    }

    #[test]
    fn entries_kept_aside_are_reported_again_on_every_load_with_the_same_reason() {
        let mut kv = MemoryStore::new();
        kv.set("eightfold:draft:a-cut", TRUNCATED_FIXTURE).unwrap();
        let mut store = tab(&kv, "tab-a");
        let first = store.load_all().unwrap();

        let second = tab(&kv, "tab-b").load_all().unwrap();

        assert_eq!(second.quarantined, first.quarantined);
        assert!(second.drafts.is_empty());
    }

    #[test]
    fn a_second_corruption_of_the_same_key_does_not_overwrite_the_first_copy() {
        let mut kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        kv.set("eightfold:draft:a-x", "first damage").unwrap();
        store.load_all().unwrap();
        kv.set("eightfold:draft:a-x", "second damage").unwrap();

        let report = store.load_all().unwrap();

        let first = quarantine_key("eightfold:draft:a-x", 0);
        let second = quarantine_key("eightfold:draft:a-x", 1);
        assert_eq!(raw(&kv, &first).as_deref(), Some("first damage"));
        assert_eq!(raw(&kv, &second).as_deref(), Some("second damage"));
        assert_eq!(quarantined_from(&second), Some("eightfold:draft:a-x"));
        assert_eq!(report.quarantined.len(), 2);
    }

    #[test]
    fn a_save_over_an_unreadable_entry_keeps_the_old_text_aside_first() {
        let mut kv = MemoryStore::new();
        kv.set("eightfold:draft:a-1", TRUNCATED_FIXTURE).unwrap();
        let mut store = tab(&kv, "tab-a");

        let saved = store.save(&draft("a-1", "县审计局"), noon()).unwrap();

        assert_eq!(saved.record.revision, 1);
        assert_eq!(
            raw(&kv, &quarantine_key("eightfold:draft:a-1", 0)).as_deref(),
            Some(TRUNCATED_FIXTURE)
        );
    }

    #[test]
    fn when_storage_is_too_full_to_copy_the_entry_stays_where_it_was() {
        let mut kv =
            MemoryStore::with_limit(entry_bytes("eightfold:draft:a-cut", TRUNCATED_FIXTURE));
        kv.set("eightfold:draft:a-cut", TRUNCATED_FIXTURE).unwrap();

        let report = tab(&kv, "tab-a").load_all().unwrap();

        let entry = &report.quarantined[0];
        assert!(!entry.moved);
        assert_eq!(entry.key, "eightfold:draft:a-cut");
        assert_eq!(
            raw(&kv, "eightfold:draft:a-cut").as_deref(),
            Some(TRUNCATED_FIXTURE)
        );
        assert!(entry.message(Lang::En).contains("too full"));
    }

    #[test]
    fn only_quarantined_entries_can_be_deleted_and_only_on_request() {
        let mut kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        store.save(&draft("a-1", "县审计局"), noon()).unwrap();
        kv.set("eightfold:draft:a-cut", TRUNCATED_FIXTURE).unwrap();
        let report = store.load_all().unwrap();
        let kept = report.quarantined[0].key.clone();

        assert!(!store.delete_quarantined("eightfold:draft:a-1").unwrap());
        assert!(raw(&kv, "eightfold:draft:a-1").is_some());
        assert!(store.delete_quarantined(&kept).unwrap());
        assert_eq!(raw(&kv, &kept), None);
        assert!(store.load_all().unwrap().quarantined.is_empty());
    }
}

mod newer_layout {
    use super::*;

    const KEY: &str = "eightfold:draft:a-from-the-future";

    #[test]
    fn a_future_schema_is_reported_and_left_under_its_key() {
        let mut kv = MemoryStore::new();
        kv.set(KEY, FUTURE_FIXTURE).unwrap();
        let mut store = tab(&kv, "tab-a");

        for _ in 0..2 {
            let report = store.load_all().unwrap();
            assert!(report.drafts.is_empty());
            let entry = &report.quarantined[0];
            assert_eq!(entry.problem, Problem::FutureSchema { schema: 4 });
            assert!(!entry.moved);
            assert_eq!(entry.raw, FUTURE_FIXTURE);
            assert!(entry.message(Lang::En).contains("newer Eightfold"));
            assert!(entry.message(Lang::En).contains("update"));
            assert!(entry.message(Lang::Zh).contains("更新版本"));
        }
        assert_eq!(raw(&kv, KEY).as_deref(), Some(FUTURE_FIXTURE));
        assert_eq!(kv.keys().unwrap().len(), 1, "nothing copied, nothing added");
    }

    #[test]
    fn this_version_never_writes_over_or_discards_it() {
        let mut kv = MemoryStore::new();
        kv.set(KEY, FUTURE_FIXTURE).unwrap();
        let mut store = tab(&kv, "tab-a");

        let save = store.save(&draft("a-from-the-future", "县统计局"), noon());
        assert_eq!(save, Err(SaveError::NewerVersion { schema: 4 }));
        let discard = store.discard(&id("a-from-the-future"), 12);
        assert_eq!(discard, Err(SaveError::NewerVersion { schema: 4 }));
        assert_eq!(raw(&kv, KEY).as_deref(), Some(FUTURE_FIXTURE));
    }
}

/// A draft kept from a reviewed file carries `review_of`, the digest of the unit's file it
/// reviews. It is written as schema 3, and only then: every other draft stays schema 2, which
/// older copies of the app sharing the storage read as before.
mod reviewed_drafts {
    use super::*;
    use eightfold_core::drafts::{decode, Decoded, REVIEWED_SCHEMA};
    use eightfold_core::formats::exchange::{
        export_assessment, export_reviewed, import_file, Digest, Imported,
    };
    use serde_json::{json, Value};

    /// The digest of the unit's own file, as a reviewed file names it.
    fn unit_file() -> Digest {
        Digest::of_bytes("县交通局 2024 自评文件".as_bytes())
    }

    fn reviewed(id: &str, unit_name: &str) -> DraftRecord {
        DraftRecord {
            review_of: Some(unit_file()),
            ..draft(id, unit_name)
        }
    }

    fn stored(kv: &MemoryStore, key: &str) -> Value {
        serde_json::from_str(&raw(kv, key).expect("stored")).expect("JSON")
    }

    fn keys(value: &Value) -> Vec<&str> {
        value
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect()
    }

    /// `draft`'s JSON with `schema` and `review_of` set as given (`None` removes the key).
    fn written_as(record: &DraftRecord, schema: u32, review_of: Option<Value>) -> String {
        let mut value: Value = serde_json::from_str(&record.to_json().unwrap()).unwrap();
        value["schema"] = json!(schema);
        let object = value.as_object_mut().unwrap();
        match review_of {
            Some(review_of) => object.insert("review_of".to_owned(), review_of),
            None => object.remove("review_of"),
        };
        value.to_string()
    }

    fn import(name: &str, bytes: &[u8]) -> Imported {
        import_file(name, bytes, &[eight_types()]).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_draft_without_review_of_is_still_written_as_schema_2() {
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        let saved = store.save(&draft("a-1", "县交通局"), noon()).unwrap();

        let json = stored(&kv, "eightfold:draft:a-1");
        assert_eq!(json["schema"], 2);
        assert_eq!(
            keys(&json),
            ["assessment", "revision", "saved_at", "schema", "writer"],
            "exactly the schema-2 fields (sorted): no review_of key"
        );
        assert_eq!(saved.record.schema, SCHEMA);
        assert_eq!(saved.record.layout(), 2);
        // The text starts as every schema-2 writer's did, and names no review_of anywhere.
        let text = raw(&kv, "eightfold:draft:a-1").unwrap();
        let head = concat!(
            r#"{"schema":2,"revision":1,"saved_at":"2025-03-14T12:00:00+08:00","#,
            r#""writer":"tab-a","assessment":{"#
        );
        assert!(text.starts_with(head), "{text}");
        assert!(!text.contains("review_of"));

        let again = store
            .save(&with_note(saved.record, "见台账"), noon())
            .unwrap();
        assert_eq!(again.record.schema, 2);
        assert_eq!(stored(&kv, "eightfold:draft:a-1")["schema"], 2);
    }

    #[test]
    fn a_reviewed_draft_is_written_as_schema_3_and_comes_back_with_its_review_of() {
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        let saved = store.save(&reviewed("a-r", "县交通局"), noon()).unwrap();

        assert_eq!(saved.record.schema, REVIEWED_SCHEMA);
        let json = stored(&kv, "eightfold:draft:a-r");
        assert_eq!(json["schema"], 3);
        assert_eq!(json["review_of"], json!(unit_file().to_hex()));

        let loaded = store.load(&id("a-r")).unwrap().unwrap();
        assert_eq!(loaded, Decoded::Current(saved.record.clone()));
        let report = store.load_all().unwrap();
        assert!(report.quarantined.is_empty() && report.migrated.is_empty());
        assert_eq!(report.drafts[0].record, saved.record);

        let again = store
            .save(
                &with_note(saved.record, "复核"),
                at("2025-03-14T12:05:00+08:00"),
            )
            .unwrap();
        assert_eq!(again.record.review_of, Some(unit_file()));
        assert_eq!(again.record.revision, 2);
        let json = stored(&kv, "eightfold:draft:a-r");
        assert_eq!(json["schema"], 3);
        assert_eq!(json["review_of"], json!(unit_file().to_hex()));
    }

    #[test]
    fn schema_2_and_schema_3_records_decode() {
        let record = with_note(draft("a-2", "县水利局"), "见台账");

        let two = decode(&written_as(&record, 2, None)).unwrap();
        assert_eq!(two, Decoded::Current(record.clone()));

        let three = decode(&written_as(&record, 3, Some(json!(unit_file().to_hex())))).unwrap();
        let Decoded::Current(three) = three else {
            panic!("schema 3 is a current layout, not migrated: {three:?}");
        };
        assert_eq!(three.schema, 3);
        assert_eq!(three.review_of, Some(unit_file()));
        assert_eq!(three.assessment, record.assessment);

        // Upper-case hex is the same digest.
        let upper = written_as(&record, 3, Some(json!(unit_file().to_hex().to_uppercase())));
        assert_eq!(
            decode(&upper).unwrap().into_record().review_of,
            Some(unit_file())
        );
    }

    #[test]
    fn the_written_layout_follows_review_of_not_the_schema_field() {
        let stale_marker = DraftRecord {
            schema: 2,
            ..reviewed("a-r", "县交通局")
        };
        let json: Value = serde_json::from_str(&stale_marker.to_json().unwrap()).unwrap();
        assert_eq!(json["schema"], 3);

        // A schema-3 record without review_of reads, and its next save is schema 2 again.
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        let plain = store
            .save(&draft("a-3", "县民政局"), noon())
            .unwrap()
            .record;
        let mut kv_edit = kv.clone();
        kv_edit
            .set("eightfold:draft:a-3", &written_as(&plain, 3, None))
            .unwrap();
        let opened = store.load(&id("a-3")).unwrap().unwrap().into_record();
        assert_eq!((opened.schema, opened.review_of), (3, None));
        store.save(&opened, noon()).unwrap();
        assert_eq!(stored(&kv, "eightfold:draft:a-3")["schema"], 2);
        assert!(stored(&kv, "eightfold:draft:a-3")
            .get("review_of")
            .is_none());
    }

    #[test]
    fn a_schema_3_record_with_a_bad_review_of_is_invalid_at_that_path() {
        let record = draft("a-bad", "县民政局");
        let not_hex = decode(&written_as(&record, 3, Some(json!("not-a-digest"))));
        match not_hex {
            Err(Problem::Invalid {
                schema: 3,
                path,
                message,
            }) => {
                assert_eq!(path, "review_of");
                assert!(message.contains("64 hex digits"), "{message}");
            }
            other => panic!("expected an invalid schema-3 record, got {other:?}"),
        }
        let as_in_a_file = json!({ "algorithm": "sha256", "value": unit_file().to_hex() });
        for bad in [json!(42), json!(&unit_file().to_hex()[..63]), as_in_a_file] {
            let problem = decode(&written_as(&record, 3, Some(bad.clone())));
            assert!(
                matches!(&problem, Err(Problem::Invalid { schema: 3, path, .. }) if path == "review_of"),
                "{bad}: {problem:?}"
            );
        }

        // Loading moves it aside verbatim, with a message naming the field; the others load.
        let text = written_as(&record, 3, Some(json!("not-a-digest")));
        let mut kv = MemoryStore::new();
        kv.set("eightfold:draft:a-bad", &text).unwrap();
        let mut store = tab(&kv, "tab-a");
        store.save(&reviewed("a-good", "县交通局"), noon()).unwrap();
        let report = store.load_all().unwrap();
        assert_eq!(report.drafts.len(), 1);
        let entry = &report.quarantined[0];
        assert!(entry.moved);
        assert_eq!(entry.raw, text);
        assert!(
            matches!(&entry.problem, Problem::Invalid { schema: 3, path, .. } if path == "review_of")
        );
        assert!(entry.message(Lang::En).contains("review_of"));
        assert!(entry.message(Lang::Zh).contains("review_of"));
    }

    #[test]
    fn a_schema_2_record_with_review_of_is_refused_as_an_older_copy_would() {
        let text = written_as(
            &draft("a-odd", "县民政局"),
            2,
            Some(json!(unit_file().to_hex())),
        );
        match decode(&text) {
            Err(Problem::Invalid {
                schema: 2,
                path,
                message,
            }) => {
                assert_eq!(path, "review_of");
                assert!(message.contains("schema 3"), "{message}");
            }
            other => panic!("expected an invalid schema-2 record, got {other:?}"),
        }
    }

    #[test]
    fn copies_renames_discards_and_conflicts_keep_review_of() {
        let kv = MemoryStore::new();
        let mut tab_a = tab(&kv, "tab-a");
        let tab_b = tab(&kv, "tab-b");
        let saved = tab_a
            .save(&reviewed("a-r", "县交通局"), noon())
            .unwrap()
            .record;
        let later = at("2025-03-15T09:30:00+08:00");

        let duplicate = tab_a.duplicate(&id("a-r"), later).unwrap().record;
        assert_eq!(duplicate.copied_from, Some(id("a-r")));
        assert_eq!(duplicate.review_of, Some(unit_file()));
        assert_eq!(
            stored(&kv, &draft_key(duplicate.id()))["review_of"],
            json!(unit_file().to_hex())
        );

        let renamed = tab_a.rename(&saved, "交通局 复核", later).unwrap().record;
        assert_eq!(renamed.review_of, Some(unit_file()));

        // Tab B edits the first save, now stale: the conflict hands back theirs with its
        // review_of, and "keep mine as a copy" keeps mine's.
        let mut tab_b = tab_b;
        let Err(SaveError::Conflict { theirs }) = tab_b.save(&with_note(saved.clone(), "B"), later)
        else {
            panic!("expected a conflict");
        };
        assert_eq!(theirs.review_of, Some(unit_file()));
        let mine = tab_b
            .save_as_copy(&with_note(saved, "B"), later)
            .unwrap()
            .record;
        assert_eq!(mine.review_of, Some(unit_file()));
        assert_eq!(stored(&kv, &draft_key(mine.id()))["schema"], 3);

        let removed = tab_a
            .discard(&id("a-r"), renamed.revision)
            .unwrap()
            .unwrap();
        tab_a.restore(&removed).unwrap();
        let back = tab_a.load(&id("a-r")).unwrap().unwrap().into_record();
        assert_eq!(back, renamed);
    }

    #[test]
    fn moving_to_another_template_keeps_review_of() {
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        let saved = store
            .save(&reviewed("a-r", "县交通局"), noon())
            .unwrap()
            .record;
        let mut next = eight_types();
        next.version += 1;
        let mut moved = saved.clone();
        moved.assessment.template_version = next.version;
        moved.keep_template(&next);

        store.save(&moved, noon()).unwrap();
        let back = store.load(&id("a-r")).unwrap().unwrap().into_record();
        assert_eq!(back.template, Some(next));
        assert_eq!(back.review_of, Some(unit_file()));
    }

    #[test]
    fn an_imported_reviewed_file_becomes_a_draft_that_exports_the_same_review_of() {
        let template = eight_types();
        let assessment = draft("a-unit", "县交通局").assessment;
        let unit_export = export_assessment(&template, &assessment, noon()).unwrap();
        let reviewed_export =
            export_reviewed(&template, &assessment, unit_export.digest, noon(), Lang::Zh).unwrap();

        let record =
            DraftRecord::imported(import(&reviewed_export.file_name, &reviewed_export.bytes));
        assert_eq!(record.review_of, Some(unit_export.digest));
        assert_eq!(record.assessment, assessment);
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        store.save(&record, noon()).unwrap();
        assert_eq!(stored(&kv, "eightfold:draft:a-unit")["schema"], 3);

        // The draft exported again, as the form's export does, still names the unit's file.
        let kept = store.load(&id("a-unit")).unwrap().unwrap().into_record();
        let review_of = kept.review_of.expect("kept");
        let again =
            export_reviewed(&template, &kept.assessment, review_of, later(), Lang::Zh).unwrap();
        let reread = import(&again.file_name, &again.bytes);
        assert_eq!(reread.review_of, Some(unit_export.digest));

        let plain = DraftRecord::imported(import(&unit_export.file_name, &unit_export.bytes));
        assert_eq!(plain.review_of, None);
        assert_eq!(plain.layout(), SCHEMA);
    }

    fn later() -> DateTime<FixedOffset> {
        at("2025-03-20T08:00:00+08:00")
    }
}

mod conflicts {
    use super::*;

    /// Tab A saves draft a-1, then again with the note "A"; tab B edits the first save (note
    /// "B"), which is now stale. Returns tab A, tab B and B's edit, not yet saved.
    fn b_edited_what_a_saved_over(
        kv: &MemoryStore,
    ) -> (
        DraftStore<MemoryStore>,
        DraftStore<MemoryStore>,
        DraftRecord,
    ) {
        let mut tab_a = tab(kv, "tab-a");
        let tab_b = tab(kv, "tab-b");
        let base = tab_a
            .save(&draft("a-1", "县交通局"), noon())
            .unwrap()
            .record;
        tab_a.save(&with_note(base.clone(), "A"), noon()).unwrap();
        (tab_a, tab_b, with_note(base, "B"))
    }

    #[test]
    fn a_stale_tab_cannot_overwrite_a_newer_save() {
        let kv = MemoryStore::new();
        let mut tab_a = tab(&kv, "tab-a");
        let mut tab_b = tab(&kv, "tab-b");
        let first = tab_a
            .save(&with_note(draft("a-1", "县交通局"), "v1"), noon())
            .unwrap();
        let b_copy = tab_b.load(&id("a-1")).unwrap().unwrap().into_record();
        assert_eq!(b_copy, first.record);

        let newer = tab_a
            .save(&with_note(first.record.clone(), "A's newer text"), noon())
            .unwrap();
        let refused = tab_b.save(&with_note(b_copy.clone(), "B's stale edit"), noon());

        match refused {
            Err(SaveError::Conflict { theirs }) => assert_eq!(*theirs, newer.record),
            other => panic!("expected a conflict, got {other:?}"),
        }
        let stored = tab_a.load(&id("a-1")).unwrap().unwrap().into_record();
        assert_eq!(stored, newer.record, "the newer save is intact");
        assert_eq!(stored.writer, WriterId::new("tab-a"));
    }

    #[test]
    fn keep_mine_as_a_copy_saves_both_versions() {
        let kv = MemoryStore::new();
        let (mut tab_a, mut tab_b, mine) = b_edited_what_a_saved_over(&kv);
        assert!(tab_b.save(&mine, noon()).is_err());

        let copy = tab_b
            .save_as_copy(&mine, at("2025-03-14T12:05:00+08:00"))
            .unwrap();

        assert_ne!(copy.record.id(), &id("a-1"));
        assert_eq!(copy.record.copied_from, Some(id("a-1")));
        assert_eq!(copy.record.revision, 1);
        assert_eq!(copy.record.assessment.answers, mine.assessment.answers);
        let report = tab_a.load_all().unwrap();
        let mut notes: Vec<_> = report
            .drafts
            .iter()
            .map(|d| {
                d.record
                    .assessment
                    .answers
                    .get(&IndicatorId::new("1.1"))
                    .unwrap()
                    .note
                    .clone()
            })
            .collect();
        notes.sort();
        assert_eq!(notes, ["A", "B"]);
    }

    #[test]
    fn reload_theirs_then_save_goes_through() {
        let kv = MemoryStore::new();
        let (_, mut tab_b, mine) = b_edited_what_a_saved_over(&kv);
        let Err(SaveError::Conflict { theirs }) = tab_b.save(&mine, noon()) else {
            panic!("expected a conflict");
        };

        let saved = tab_b
            .save(&with_note(*theirs, "A, then B"), noon())
            .unwrap();

        assert_eq!(saved.record.revision, 3);
        assert_eq!(saved.record.writer, WriterId::new("tab-b"));
    }

    #[test]
    fn a_new_draft_cannot_take_an_id_already_stored() {
        let kv = MemoryStore::new();
        let mut tab_a = tab(&kv, "tab-a");
        let mut tab_b = tab(&kv, "tab-b");
        tab_a.save(&draft("a-1", "县交通局"), noon()).unwrap();

        let clash = tab_b.save(&draft("a-1", "县林业局"), noon());

        assert!(matches!(clash, Err(SaveError::Conflict { .. })));
    }

    #[test]
    fn fresh_ids_differ_between_tabs_and_avoid_stored_ones() {
        let kv = MemoryStore::new();
        let mut tab_a = tab(&kv, "tab-a");
        let mut tab_b = tab(&kv, "tab-b");
        let a = tab_a.fresh_id(noon()).unwrap();
        let b = tab_b.fresh_id(noon()).unwrap();
        assert_ne!(a, b);
        tab_a.save(&draft(a.as_str(), "县交通局"), noon()).unwrap();
        let next = tab_a.fresh_id(noon()).unwrap();
        assert_ne!(next, a);
    }
}

mod quota {
    use super::*;

    #[test]
    fn a_save_that_does_not_fit_is_refused_and_the_stored_draft_is_unchanged() {
        let small = draft("a-1", "县交通局");
        let key = draft_key(small.id());
        // Room for the first save and a little more, not for a long note.
        let room = entry_bytes(&key, &small.to_json().unwrap()) + 400;
        let kv = MemoryStore::with_limit(room);
        let mut store = tab(&kv, "tab-a");
        let first = store.save(&small, noon()).unwrap();
        let before = raw(&kv, &key);

        let long_note = "会议记录".repeat(200);
        let big = with_note(first.record.clone(), &long_note);
        let refused = store.save(&big, noon());

        let Err(SaveError::Quota { needed }) = refused else {
            panic!("expected quota exceeded, got {refused:?}");
        };
        let attempted = DraftRecord {
            revision: 2,
            saved_at: noon(),
            writer: WriterId::new("tab-a"),
            ..big
        };
        assert_eq!(needed, entry_bytes(&key, &attempted.to_json().unwrap()));
        assert_eq!(raw(&kv, &key), before);
        let message = SaveError::Quota { needed }.message(Lang::En);
        assert!(message.contains("export"));
        assert!(SaveError::Quota { needed }
            .message(Lang::Zh)
            .contains("导出"));
    }

    #[test]
    fn an_unavailable_backend_refuses_saves_with_the_banner_message() {
        struct Blocked;
        impl KeyValueStore for Blocked {
            fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
                Err(StoreError::Unavailable)
            }
            fn set(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
                Err(StoreError::Unavailable)
            }
            fn remove(&mut self, _: &str) -> Result<(), StoreError> {
                Err(StoreError::Unavailable)
            }
            fn keys(&self) -> Result<Vec<String>, StoreError> {
                Err(StoreError::Unavailable)
            }
        }
        let mut store = DraftStore::new(Blocked, WriterId::new("tab-a"));

        let refused = store.save(&draft("a-1", "县交通局"), noon());

        assert_eq!(refused, Err(SaveError::Unavailable));
        assert_eq!(store.load_all(), Err(StoreError::Unavailable));
        let banner = SaveError::Unavailable.message(Lang::En);
        assert!(banner.contains("will not survive closing this page"));
        assert!(banner.contains("export"));
    }
}

mod discard_and_copies {
    use super::*;

    #[test]
    fn discard_returns_the_draft_and_restore_puts_it_back_exactly() {
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        let saved = store
            .save(&with_note(draft("a-1", "县交通局"), "x"), noon())
            .unwrap();
        let before = raw(&kv, "eightfold:draft:a-1");

        let removed = store
            .discard(&id("a-1"), saved.record.revision)
            .unwrap()
            .unwrap();
        assert_eq!(removed, saved.record);
        assert!(store.load_all().unwrap().drafts.is_empty());

        store.restore(&removed).unwrap();
        assert_eq!(raw(&kv, "eightfold:draft:a-1"), before);
        assert_eq!(store.load_all().unwrap().drafts[0].record, saved.record);
    }

    #[test]
    fn a_stale_discard_is_refused() {
        let kv = MemoryStore::new();
        let mut tab_a = tab(&kv, "tab-a");
        let mut tab_b = tab(&kv, "tab-b");
        let first = tab_a.save(&draft("a-1", "县交通局"), noon()).unwrap();
        tab_b
            .save(&with_note(first.record.clone(), "B"), noon())
            .unwrap();

        let refused = tab_a.discard(&id("a-1"), first.record.revision);

        assert!(matches!(refused, Err(SaveError::Conflict { .. })));
        assert!(tab_a.load(&id("a-1")).unwrap().is_some());
        assert_eq!(tab_a.discard(&id("a-none"), 0), Ok(None));
    }

    #[test]
    fn undo_after_another_tab_reused_the_draft_is_refused() {
        let kv = MemoryStore::new();
        let mut tab_a = tab(&kv, "tab-a");
        let mut tab_b = tab(&kv, "tab-b");
        let saved = tab_a.save(&draft("a-1", "县交通局"), noon()).unwrap();
        let removed = tab_a.discard(&id("a-1"), 1).unwrap().unwrap();
        // Tab B still had the draft open and keeps saving: its work comes back, not lost.
        let b_save = tab_b.save(&with_note(saved.record, "B"), noon()).unwrap();

        let undo = tab_a.restore(&removed);

        match undo {
            Err(SaveError::Conflict { theirs }) => assert_eq!(*theirs, b_save.record),
            other => panic!("expected a conflict, got {other:?}"),
        }
    }

    #[test]
    fn duplicate_and_rename() {
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        let mut original = draft("a-1", "县交通局");
        original.assessment.answers.set_value(
            IndicatorId::new("1.3"),
            AnswerValue::Level(LevelId::new("good")),
        );
        let saved = store.save(&original, noon()).unwrap();
        let later = at("2025-03-15T09:30:00+08:00");

        let copy = store.duplicate(&id("a-1"), later).unwrap().record;
        assert_ne!(copy.id(), saved.record.id());
        assert_eq!(copy.copied_from, Some(id("a-1")));
        assert_eq!(copy.assessment.answers, original.assessment.answers);
        assert_eq!(copy.assessment.unit, original.assessment.unit);
        assert_eq!(copy.assessment.created, later);

        let renamed = store
            .rename(&saved.record, "  交通局 2024 初稿 ", later)
            .unwrap()
            .record;
        assert_eq!(renamed.label, "交通局 2024 初稿");
        assert_eq!(renamed.revision, saved.record.revision + 1);
        let summary = store.summarize(&renamed);
        assert_eq!(summary.title(), "交通局 2024 初稿");
        assert_eq!(store.summarize(&copy).title(), "县交通局 · 2024 全年");
        assert_eq!(store.load_all().unwrap().drafts.len(), 2);
        assert!(matches!(
            store.duplicate(&id("a-missing"), later),
            Err(SaveError::NotFound { .. })
        ));
    }
}

mod usage_and_summaries {
    use super::*;

    #[test]
    fn usage_counts_our_keys_and_values_as_utf16() {
        let mut kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        assert_eq!(store.usage().unwrap().used_bytes, 0);
        let saved = store.save(&draft("a-1", "县交通局"), noon()).unwrap();
        kv.set("eightfold:prefs", "{\"lang\":\"zh-CN\"}").unwrap();
        kv.set("other-tool:big", &"x".repeat(10_000)).unwrap();

        let usage = store.usage().unwrap();

        let json = raw(&kv, "eightfold:draft:a-1").unwrap();
        let expected = 2
            * ("eightfold:draft:a-1".len() as u64 + json.encode_utf16().count() as u64)
            + 2 * ("eightfold:prefs".len() as u64 + "{\"lang\":\"zh-CN\"}".len() as u64);
        assert_eq!(usage.used_bytes, expected);
        assert_eq!(saved.bytes, entry_bytes("eightfold:draft:a-1", &json));
        assert_eq!(usage.quota_bytes, NOMINAL_QUOTA_BYTES);
        assert_eq!(utf16_bytes("八型"), 4);
        assert_eq!(utf16_bytes("a😀"), 6);
        assert!(!usage.is_high());
    }

    #[test]
    fn small_usage_is_told_in_kilobytes_not_as_zero_megabytes() {
        let mut kv = MemoryStore::new();
        kv.set("eightfold:draft:a-1", &"x".repeat(20_000)).unwrap();
        let usage = tab(&kv, "tab-a").usage().unwrap();
        let english = usage.message(Lang::En);
        assert!(english.starts_with("40 KB of about 5.0 MB"), "{english}");
        assert!(usage.message(Lang::Zh).contains("40 KB"));
        kv.set("eightfold:big", &"x".repeat(60_000)).unwrap();
        let usage = tab(&kv, "tab-a").usage().unwrap();
        assert!(usage.message(Lang::En).starts_with("0.2 MB of about"));
    }

    #[test]
    fn high_usage_nudges_an_export() {
        let mut kv = MemoryStore::new();
        kv.set("eightfold:big", &"x".repeat(2_200_000)).unwrap();
        let usage = tab(&kv, "tab-a").usage().unwrap();
        assert_eq!(usage.percent(), 83);
        assert!(usage.is_high());
        assert!(usage.message(Lang::En).contains("export"));
        assert!(usage.message(Lang::Zh).contains("导出"));
        assert!(usage
            .message(Lang::En)
            .starts_with("4.2 MB of about 5.0 MB"));
    }

    #[test]
    fn a_template_that_is_not_built_in_travels_with_the_draft() {
        let mut edited: Template = eight_types();
        edited.id = "eight-types-county-x".into();
        edited.title = Text::new("某县八型机关自评", "County X eight types");
        let assessment = Assessment::new(id("a-1"), &edited, unit("县交通局"), noon());

        let record = DraftRecord::new(assessment.clone(), &edited);
        let builtin = DraftRecord::new(assessment, &eight_types());

        assert_eq!(record.template.as_ref(), Some(&edited));
        assert_eq!(builtin.template, None);
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        store.save(&record, noon()).unwrap();
        let summary = &store.load_all().unwrap().drafts[0].summary;
        assert_eq!(
            summary.template_title.as_ref().map(|t| t.en.as_str()),
            Some("County X eight types")
        );
        assert!(summary.scores.is_some());
    }

    #[test]
    fn a_draft_whose_template_is_gone_still_lists_without_scores() {
        let mut record = draft("a-1", "县交通局");
        record.assessment.template_version = 99;
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        store.save(&record, noon()).unwrap();

        let summary = &store.load_all().unwrap().drafts[0].summary;

        assert_eq!(summary.scores, None);
        assert_eq!(summary.template_title, None);
        assert_eq!(summary.unit, "县交通局");
    }

    #[test]
    fn drafts_are_listed_most_recently_changed_first() {
        let kv = MemoryStore::new();
        let mut store = tab(&kv, "tab-a");
        for (name, modified) in [
            ("a-old", "2025-01-01T08:00:00+08:00"),
            ("a-new", "2025-03-01T08:00:00+08:00"),
            ("a-mid", "2025-02-01T08:00:00+08:00"),
        ] {
            let mut record = draft(name, "县交通局");
            record.assessment.modified = at(modified);
            store.save(&record, noon()).unwrap();
        }
        let order: Vec<_> = store
            .load_all()
            .unwrap()
            .drafts
            .into_iter()
            .map(|d| d.summary.id.0)
            .collect();
        assert_eq!(order, ["a-new", "a-mid", "a-old"]);
    }
}

mod messages {
    use super::*;
    use eightfold_core::drafts::{not_a_backup, unavailable_banner};

    fn has_cjk(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_fault_has_a_message_in_both_languages() {
        let theirs = Box::new(draft("a-1", "县交通局"));
        let problems = [
            Problem::NotJson {
                message: "EOF".into(),
            },
            Problem::NoSchema,
            Problem::UnknownSchema { schema: "0".into() },
            Problem::FutureSchema { schema: 4 },
            Problem::Invalid {
                schema: 2,
                path: "assessment.unit.year".into(),
                message: "bad".into(),
            },
            Problem::WrongKey {
                key_id: "a".into(),
                record_id: "b".into(),
            },
            Problem::KeptAside,
        ];
        let errors = [
            SaveError::Conflict { theirs },
            SaveError::NewerVersion { schema: 4 },
            SaveError::Quota { needed: 70_000 },
            SaveError::Unavailable,
            SaveError::NotFound { id: id("a-1") },
            SaveError::Unreadable {
                id: id("a-1"),
                problem: Problem::NoSchema,
            },
            SaveError::Storage("SecurityError".into()),
        ];
        let scopes = [
            StorageScope::SharedByLocalFiles,
            StorageScope::PerFilePath,
            StorageScope::PerSite,
            StorageScope::MemoryOnly,
        ];
        let mut texts: Vec<(String, String)> = Vec::new();
        texts.extend(
            problems
                .iter()
                .map(|p| (p.message(Lang::Zh), p.message(Lang::En))),
        );
        texts.extend(
            errors
                .iter()
                .map(|e| (e.message(Lang::Zh), e.message(Lang::En))),
        );
        texts.extend(
            scopes
                .iter()
                .map(|s| (s.message(Lang::Zh), s.message(Lang::En))),
        );
        texts.push((not_a_backup(Lang::Zh), not_a_backup(Lang::En)));
        texts.push((unavailable_banner(Lang::Zh), unavailable_banner(Lang::En)));
        for (zh, en) in &texts {
            assert!(has_cjk(zh), "Chinese message without Chinese: {zh}");
            assert!(!has_cjk(en), "English message with Chinese: {en}");
            assert!(en.len() > 20 && zh.chars().count() > 8, "{zh} / {en}");
        }
    }

    #[test]
    fn the_conflict_message_names_the_choices() {
        let mut theirs = draft("a-1", "县交通局");
        theirs.revision = 7;
        theirs.saved_at = at("2025-03-14T14:03:12+08:00");
        let error = SaveError::Conflict {
            theirs: Box::new(theirs),
        };
        let en = error.message(Lang::En);
        assert!(en.contains("14:03:12") && en.contains("revision 7"));
        assert!(en.contains("load the newer version") && en.contains("keep yours as a copy"));
        assert!(error.message(Lang::Zh).contains("另存为副本"));
    }

    #[test]
    fn firefox_users_are_told_how_to_bring_drafts_to_a_moved_file() {
        let en = StorageScope::PerFilePath.message(Lang::En);
        assert!(en.contains("Firefox") && en.contains("export") && en.contains("import"));
    }
}

mod two_tabs_property {
    //! Any interleaving of two tabs' edits, saves, reloads, copies, discards, undos, outside
    //! damage and a full storage never replaces or removes stored data that the acting tab had
    //! not seen, never deletes damaged text, and leaves storage untouched on every refusal.

    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    #[derive(Clone, Debug)]
    enum Op {
        Edit { tab: usize, note: u8 },
        Save { tab: usize },
        Reload { tab: usize },
        KeepMineAsCopy { tab: usize },
        Discard { tab: usize },
        Undo { tab: usize },
        Damage { text: u8 },
        LoadAll { tab: usize },
    }

    fn op() -> impl Strategy<Value = Op> {
        let tab = 0..2_usize;
        prop_oneof![
            4 => (tab.clone(), any::<u8>()).prop_map(|(tab, note)| Op::Edit { tab, note }),
            4 => tab.clone().prop_map(|tab| Op::Save { tab }),
            2 => tab.clone().prop_map(|tab| Op::Reload { tab }),
            1 => tab.clone().prop_map(|tab| Op::KeepMineAsCopy { tab }),
            1 => tab.clone().prop_map(|tab| Op::Discard { tab }),
            1 => tab.clone().prop_map(|tab| Op::Undo { tab }),
            1 => any::<u8>().prop_map(|text| Op::Damage { text }),
            1 => tab.prop_map(|tab| Op::LoadAll { tab }),
        ]
    }

    /// What one tab holds: the draft as it last loaded or saved it, plus its unsaved edits.
    struct Tab {
        store: DraftStore<MemoryStore>,
        working: DraftRecord,
        discarded: Option<DraftRecord>,
    }

    fn snapshot(kv: &MemoryStore) -> BTreeMap<String, String> {
        kv.keys()
            .unwrap()
            .into_iter()
            .map(|key| {
                let value = kv.get(&key).unwrap().unwrap();
                (key, value)
            })
            .collect()
    }

    fn main_key() -> String {
        draft_key(&id("a-main"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn the_newest_saved_data_is_never_lost_silently(
            ops in proptest::collection::vec(op(), 1..40),
            limited in any::<bool>(),
        ) {
            let kv = if limited { MemoryStore::with_limit(6_000) } else { MemoryStore::new() };
            let start = draft("a-main", "县交通局");
            let mut tabs: Vec<Tab> = ["tab-a", "tab-b"]
                .into_iter()
                .map(|writer| Tab { store: tab(&kv, writer), working: start.clone(), discarded: None })
                .collect();
            let mut damage: Vec<String> = Vec::new();

            for op in ops {
                let before = snapshot(&kv);
                let stored_before = before.get(&main_key()).cloned();
                // The revision this op's tab last saw, for the "seen it" check below.
                let acting = match &op {
                    Op::Edit { tab, .. } | Op::Save { tab } | Op::Reload { tab }
                    | Op::KeepMineAsCopy { tab } | Op::Discard { tab } | Op::Undo { tab }
                    | Op::LoadAll { tab } => Some(*tab),
                    Op::Damage { .. } => None,
                };
                let seen = acting.map(|t| tabs[t].working.revision);
                let mut refused = false;
                match op {
                    Op::Edit { tab, note } => {
                        let t = &mut tabs[tab];
                        t.working = with_note(t.working.clone(), &format!("{tab}:{note}"));
                    }
                    Op::Save { tab } => {
                        let t = &mut tabs[tab];
                        match t.store.save(&t.working, noon()) {
                            Ok(outcome) => {
                                prop_assert_eq!(outcome.record.revision, t.working.revision + 1);
                                t.working = outcome.record;
                            }
                            Err(SaveError::Conflict { theirs }) => {
                                let stored = stored_before.clone().unwrap();
                                prop_assert_eq!(
                                    eightfold_core::drafts::decode(&stored).unwrap().into_record(),
                                    *theirs
                                );
                                refused = true;
                            }
                            Err(SaveError::Quota { .. }) => refused = true,
                            Err(other) => prop_assert!(false, "unexpected {:?}", other),
                        }
                    }
                    Op::Reload { tab } => {
                        let t = &mut tabs[tab];
                        if let Ok(Some(decoded)) = t.store.load(&id("a-main")) {
                            t.working = decoded.into_record();
                        }
                    }
                    Op::KeepMineAsCopy { tab } => {
                        let t = &mut tabs[tab];
                        match t.store.save_as_copy(&t.working, noon()) {
                            Ok(copy) => {
                                let stored = kv.get(&draft_key(copy.record.id())).unwrap().unwrap();
                                prop_assert_eq!(
                                    eightfold_core::drafts::decode(&stored).unwrap().into_record().assessment.answers,
                                    t.working.assessment.answers.clone()
                                );
                            }
                            Err(SaveError::Quota { .. }) => refused = true,
                            Err(other) => prop_assert!(false, "unexpected {:?}", other),
                        }
                    }
                    Op::Discard { tab } => {
                        let t = &mut tabs[tab];
                        match t.store.discard(&id("a-main"), t.working.revision) {
                            Ok(removed) => {
                                if let Some(removed) = &removed {
                                    prop_assert_eq!(Some(removed.to_json().unwrap()), stored_before.clone());
                                }
                                t.discarded = removed;
                            }
                            Err(SaveError::Conflict { .. }) => refused = true,
                            Err(SaveError::Unreadable { .. }) => {}
                            Err(SaveError::Quota { .. }) => refused = true,
                            Err(other) => prop_assert!(false, "unexpected {:?}", other),
                        }
                    }
                    Op::Undo { tab } => {
                        let t = &mut tabs[tab];
                        if let Some(removed) = t.discarded.take() {
                            match t.store.restore(&removed) {
                                Ok(_) => {}
                                Err(SaveError::Conflict { .. }) | Err(SaveError::Quota { .. })
                                | Err(SaveError::Unreadable { .. }) => refused = true,
                                Err(other) => prop_assert!(false, "unexpected {:?}", other),
                            }
                        }
                    }
                    Op::Damage { text } => {
                        let garbage = format!("{{\"schema\":2,\"revision\":{text}, damaged");
                        let mut backend = kv.clone();
                        if backend.set(&main_key(), &garbage).is_ok() {
                            // Damage overwriting damage is the outside world's doing, not ours.
                            damage.retain(|old| Some(old) != stored_before.as_ref());
                            damage.push(garbage);
                        }
                    }
                    Op::LoadAll { tab } => {
                        tabs[tab].store.load_all().unwrap();
                    }
                }
                let after = snapshot(&kv);

                if refused {
                    // Nothing readable changed; unreadable text may only have moved aside.
                    for (key, value) in &before {
                        let unchanged = after.get(key) == Some(value);
                        let kept_aside = eightfold_core::drafts::decode(value).is_err()
                            && after.values().any(|kept| kept == value);
                        prop_assert!(unchanged || kept_aside, "a refused operation changed {}", key);
                    }
                    for key in after.keys().filter(|key| !before.contains_key(*key)) {
                        prop_assert!(quarantined_from(key).is_some(), "a refused operation wrote {}", key);
                    }
                }
                // The main draft was replaced or removed by a tab: only over what it had seen.
                let stored_after = after.get(&main_key()).cloned();
                if acting.is_some() && stored_before != stored_after {
                    if let Some(old) = &stored_before {
                        match eightfold_core::drafts::decode(old) {
                            Ok(old) => prop_assert_eq!(
                                Some(old.record().revision), seen,
                                "overwrote or removed a revision the tab had not seen"
                            ),
                            // Unreadable text is never dropped: it is kept aside.
                            Err(_) => prop_assert!(after.values().any(|value| value == old)),
                        }
                    }
                }
                // Damaged text, once in storage, is never deleted.
                for garbage in &damage {
                    prop_assert!(after.values().any(|value| value == garbage));
                }
            }
        }
    }
}
