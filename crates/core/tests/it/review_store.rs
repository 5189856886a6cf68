//! Native tests of review mode's stored batch: a reload, a crash or a second tab never costs
//! the review scores typed. Two `ReviewStore`s over clones of one `MemoryStore` stand for two
//! page loads (or two tabs) over one localStorage; the batch files are made by the app's own
//! export and import, as review mode gets them. A backup takes the batch as stored and
//! restores it only into a browser without one.

use crate::exchange_fixtures;
use crate::fuzz;

use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset};
use eightfold_core::domain::consolidate::review_from_self;
use eightfold_core::domain::{
    builtin_templates, eight_types, Answer, AnswerValue, Answers, IndicatorKind, Template,
};
use eightfold_core::domain::{Assessment, AssessmentId, Lang, UnitInfo};
use eightfold_core::drafts::keys::{is_ours, quarantine_key, REVIEW_BATCH};
use eightfold_core::drafts::kv::entry_bytes;
use eightfold_core::drafts::review_record::{decode_review, read_backup_batch};
use eightfold_core::drafts::review_store::BatchRestore;
use eightfold_core::drafts::{
    BatchFile, DraftStore, KeyValueStore, MemoryStore, Problem, ReviewRecord, ReviewSaveError,
    ReviewStore, WriterId, NOMINAL_QUOTA_BYTES, REVIEW_SCHEMA,
};
use eightfold_core::formats::exchange::{
    export_assessment, export_reviewed, import_file, DigestStatus, Imported,
};
use eightfold_core::i18n;
use exchange_fixtures::sample_exported_at;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn noon() -> DateTime<FixedOffset> {
    at("2026-11-25T12:00:00+08:00")
}

/// Every indicator answered, with a short note, as a unit's file usually is.
fn filled(template: &Template) -> Answers {
    template
        .indicators()
        .map(|(_, indicator)| {
            let value = match &indicator.kind {
                IndicatorKind::Scale { levels } => AnswerValue::Level(levels[0].id.clone()),
                IndicatorKind::YesNo => AnswerValue::YesNo(true),
                IndicatorKind::Quota { target, .. } => AnswerValue::Quantity(*target),
                IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. } => {
                    AnswerValue::Count(1)
                }
                IndicatorKind::Veto => AnswerValue::Veto(false),
            };
            (
                indicator.id.clone(),
                Answer::new(value).with_note("见台账第三册，已按要求整理归档"),
            )
        })
        .collect()
}

/// Unit file `i` on `template`, exported and imported again by the app's own code.
fn unit_file(template: &Template, i: usize) -> Imported {
    let unit = UnitInfo {
        unit: format!("县直单位{i:03}"),
        year: 2026,
        period: "全年".to_owned(),
        assessor: "李明".to_owned(),
        date: sample_exported_at().date_naive(),
    };
    let mut assessment = Assessment::new(
        AssessmentId(format!("unit-{i}")),
        template,
        unit,
        sample_exported_at(),
    );
    assessment.answers = filled(template);
    let file = export_assessment(template, &assessment, sample_exported_at()).unwrap();
    import_file(&file.file_name, &file.bytes, &[]).unwrap()
}

fn loaded(imported: Imported) -> BatchFile {
    BatchFile {
        imported,
        unsaved: false,
    }
}

/// A batch with everything a batch can hold: two templates, a review in progress (unsaved),
/// a reviewed file that names the unit's digest, a file changed after export and one from an
/// older format.
fn varied_batch() -> Vec<BatchFile> {
    let templates = builtin_templates();
    let eight = eight_types();
    let other = templates
        .iter()
        .find(|t| t.id != eight.id)
        .cloned()
        .expect("a second built-in template");
    let mut batch: Vec<BatchFile> = (0..3).map(|i| loaded(unit_file(&eight, i))).collect();
    batch.push(loaded(unit_file(&other, 3)));

    // The reviewer started unit 1 and changed a score: not exported yet.
    let reviewing = &mut batch[1];
    let mut review = review_from_self(&reviewing.imported.assessment, "考评工作委员会");
    let (_, first) = eight.indicators().next().expect("an indicator");
    review
        .answers
        .set_value(first.id.clone(), AnswerValue::NotApplicable);
    review
        .answers
        .set_note(first.id.clone(), "现场核查未见材料");
    reviewing.imported.assessment.review = Some(review);
    reviewing.unsaved = true;

    // A reviewed file, as exported by review mode and imported again.
    let original = unit_file(&eight, 4);
    let mut reviewed = original.assessment.clone();
    reviewed.review = Some(review_from_self(&reviewed, "县直机关工委"));
    let file = export_reviewed(&eight, &reviewed, original.digest, noon(), Lang::Zh).unwrap();
    let reimported = import_file(&file.file_name, &file.bytes, &[]).unwrap();
    assert_eq!(reimported.review_of, Some(original.digest));
    batch.push(loaded(reimported));

    // A file someone edited after export.
    let mut tampered = unit_file(&eight, 5);
    tampered.digest_status = DigestStatus::ChangedAfterExport {
        expected: tampered.digest,
        actual: original.digest,
    };
    tampered.migrated_from = Some(1);
    tampered.score_mismatch = true;
    batch.push(BatchFile {
        imported: tampered,
        unsaved: true,
    });
    batch
}

fn tab(kv: &MemoryStore, writer: &str) -> ReviewStore<MemoryStore> {
    ReviewStore::new(kv.clone(), WriterId::new(writer))
}

/// The stored batch as a page load after a reload finds it.
fn reloaded(kv: &MemoryStore) -> Vec<BatchFile> {
    let load = tab(kv, "after-reload").load().unwrap();
    assert_eq!(load.unreadable, None);
    load.files
}

#[test]
fn a_batch_comes_back_exactly_with_review_scores_and_unsaved_marks() {
    let kv = MemoryStore::new();
    let batch = varied_batch();
    let mut store = tab(&kv, "tab-a");
    assert_eq!(store.load().unwrap().files, Vec::new());
    let saved = store.save(&batch, noon()).unwrap();
    assert_eq!(saved.revision, 1);

    let back = reloaded(&kv);
    assert_eq!(back, batch, "the batch, in order, as it was");
    assert!(back[1].unsaved && back[5].unsaved && !back[0].unsaved);
    assert!(back[1].imported.assessment.review.is_some());

    // A later change is found after the next reload, not the first one.
    let mut changed = batch.clone();
    changed[0].unsaved = true;
    changed.swap(2, 3);
    store.save(&changed, noon()).unwrap();
    assert_eq!(reloaded(&kv), changed);
}

#[test]
fn a_template_is_stored_once_for_two_hundred_files() {
    let eight = eight_types();
    let template_bytes = serde_json::to_string(&eight).unwrap().len();
    let batch: Vec<BatchFile> = (0..200).map(|i| loaded(unit_file(&eight, i))).collect();
    let kv = MemoryStore::with_limit(NOMINAL_QUOTA_BYTES);
    let saved = tab(&kv, "tab-a").save(&batch, noon()).unwrap();

    let raw = kv.get(REVIEW_BATCH).unwrap().unwrap();
    let record: ReviewRecord = serde_json::from_str(&raw).unwrap();
    assert_eq!(record.templates, vec![eight.clone()]);
    assert!(record.files.iter().all(|file| file.template == 0));
    let assessment_bytes: usize = batch
        .iter()
        .map(|f| serde_json::to_string(&f.imported.assessment).unwrap().len())
        .sum();
    assert!(
        raw.len() < template_bytes * 2 + assessment_bytes * 2,
        "{} chars stored for a {template_bytes}-char template and {assessment_bytes} chars of \
         assessments",
        raw.len()
    );
    assert!(
        saved.bytes < NOMINAL_QUOTA_BYTES / 2,
        "200 unit files take {} bytes of the quota, leaving too little for drafts",
        saved.bytes
    );
    assert_eq!(reloaded(&kv), batch);
}

#[test]
fn the_key_is_ours_and_the_record_is_versioned() {
    assert!(is_ours(REVIEW_BATCH));
    let kv = MemoryStore::new();
    tab(&kv, "tab-a").save(&varied_batch(), noon()).unwrap();
    let raw = kv.get(REVIEW_BATCH).unwrap().unwrap();
    let value: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(value["schema"], REVIEW_SCHEMA);
    assert_eq!(value["writer"], "tab-a");
    // The drafts list neither loads the batch as a draft nor reports it as unreadable.
    let report = DraftStore::new(kv.clone(), WriterId::new("tab-b"))
        .load_all()
        .unwrap();
    assert!(report.drafts.is_empty() && report.quarantined.is_empty());
}

/// Stores `raw` as the batch, loads it and checks it was kept aside, verbatim.
fn kept_aside(raw: &str) -> Problem {
    let kv = MemoryStore::new();
    kv.clone().set(REVIEW_BATCH, raw).unwrap();
    let mut store = tab(&kv, "tab-a");
    let load = store.load().unwrap();
    assert_eq!(load.files, Vec::new());
    let entry = load.unreadable.expect("the unreadable batch is reported");
    assert!(entry.moved, "kept aside");
    assert_eq!(entry.raw, raw);
    assert_eq!(entry.key, quarantine_key(REVIEW_BATCH, 0));
    assert_eq!(kv.get(&entry.key).unwrap().as_deref(), Some(raw));
    assert_eq!(kv.get(REVIEW_BATCH).unwrap(), None);

    // The drafts list offers it for download with the same reason.
    let report = DraftStore::new(kv.clone(), WriterId::new("tab-b"))
        .load_all()
        .unwrap();
    assert_eq!(report.quarantined.len(), 1);
    assert_eq!(report.quarantined[0].raw, raw);
    assert_eq!(report.quarantined[0].problem, entry.problem);
    let told = report.quarantined[0].message(Lang::En);
    assert!(
        told.starts_with("A review batch could not be read"),
        "{told}"
    );

    // The next save writes a new batch beside it; the kept text stays.
    let batch = vec![loaded(unit_file(&eight_types(), 0))];
    store.save(&batch, noon()).unwrap();
    assert_eq!(reloaded(&kv), batch);
    assert_eq!(kv.get(&entry.key).unwrap().as_deref(), Some(raw));
    entry.problem
}

#[test]
fn a_corrupt_batch_is_kept_aside_not_lost() {
    let kv = MemoryStore::new();
    tab(&kv, "tab-a").save(&varied_batch(), noon()).unwrap();
    let whole = kv.get(REVIEW_BATCH).unwrap().unwrap();
    let cut = &whole[..whole.len() / 2];
    assert!(matches!(kept_aside(cut), Problem::NotJson { .. }));
    assert_eq!(kept_aside("[1, 2, 3]"), Problem::NoSchema);
    assert_eq!(kept_aside("{\"files\": []}"), Problem::NoSchema);
}

#[test]
fn an_unknown_version_or_a_dangling_template_is_kept_aside() {
    let kv = MemoryStore::new();
    tab(&kv, "tab-a").save(&varied_batch(), noon()).unwrap();
    let mut value: Value = serde_json::from_str(&kv.get(REVIEW_BATCH).unwrap().unwrap()).unwrap();

    value["schema"] = Value::from(0);
    assert_eq!(
        kept_aside(&value.to_string()),
        Problem::UnknownSchema {
            schema: "0".to_owned()
        }
    );
    value["schema"] = Value::from("one");
    assert!(matches!(
        kept_aside(&value.to_string()),
        Problem::UnknownSchema { .. }
    ));

    value["schema"] = Value::from(REVIEW_SCHEMA);
    value["files"][2]["template"] = Value::from(7);
    let Problem::Invalid { path, .. } = kept_aside(&value.to_string()) else {
        panic!("a file naming a missing template is not reported as invalid");
    };
    assert_eq!(path, "files[2].template");

    value["files"][2]["template"] = Value::from(0);
    value["files"][0]["assessment"]["unit"] = Value::from(12);
    let Problem::Invalid { path, .. } = kept_aside(&value.to_string()) else {
        panic!("a damaged file is not reported as invalid");
    };
    assert!(path.starts_with("files[0].assessment.unit"), "{path}");
}

#[test]
fn a_batch_from_a_newer_version_is_left_in_place_until_the_user_keeps_this_one() {
    let kv = MemoryStore::new();
    let future = r#"{"schema": 9, "revision": 4, "whatever": true}"#;
    kv.clone().set(REVIEW_BATCH, future).unwrap();
    let mut store = tab(&kv, "tab-a");
    let load = store.load().unwrap();
    let entry = load.unreadable.unwrap();
    assert_eq!(entry.problem, Problem::FutureSchema { schema: 9 });
    assert!(!entry.moved);
    assert_eq!(kv.get(REVIEW_BATCH).unwrap().as_deref(), Some(future));

    let batch = varied_batch();
    assert_eq!(
        store.save(&batch, noon()),
        Err(ReviewSaveError::NewerVersion { schema: 9 })
    );
    assert_eq!(kv.get(REVIEW_BATCH).unwrap().as_deref(), Some(future));
    assert_eq!(
        store.clear(),
        Err(ReviewSaveError::NewerVersion { schema: 9 })
    );

    store.save_over(&batch, noon()).unwrap();
    assert_eq!(reloaded(&kv), batch);
    assert_eq!(
        kv.get(&quarantine_key(REVIEW_BATCH, 0)).unwrap().as_deref(),
        Some(future),
        "the newer batch is kept aside, not overwritten"
    );
}

const FILLER: &str = "eightfold:draft:old";

#[test]
fn a_full_storage_is_reported_and_nothing_is_lost() {
    let eight = eight_types();
    let small = vec![loaded(unit_file(&eight, 0))];
    let kv = MemoryStore::new();
    let first = tab(&kv, "probe").save(&small, noon()).unwrap();
    // Room for the small batch and an old draft, little more.
    let filler = "x".repeat(usize::try_from(first.bytes).unwrap() * 2);
    let kv = MemoryStore::with_limit(first.bytes + entry_bytes(FILLER, &filler) + 1_000);
    kv.clone().set(FILLER, &filler).unwrap();
    let mut store = tab(&kv, "tab-a");
    store.save(&small, noon()).unwrap();

    let mut bigger = small.clone();
    bigger.extend((1..4).map(|i| loaded(unit_file(&eight, i))));
    bigger[2].unsaved = true;
    let kept = bigger.clone();
    let Err(ReviewSaveError::Quota { needed }) = store.save(&bigger, noon()) else {
        panic!("a save past the quota is not reported as a quota error");
    };
    assert!(needed > first.bytes);
    assert_eq!(bigger, kept, "the batch in memory is untouched");
    assert_eq!(reloaded(&kv), small, "the last stored batch is still there");

    // The user is told plainly that review work is not kept and what to do.
    assert!(i18n::REVIEW_STORE_QUOTA
        .en
        .contains("not kept in this browser"));
    assert!(i18n::REVIEW_STORE_QUOTA
        .en
        .contains("export the reviewed files"));
    assert!(i18n::REVIEW_STORE_QUOTA.zh.contains("导出"));

    // Once the user makes room (discards an old draft), the same tab saves the whole batch.
    kv.clone().remove(FILLER).unwrap();
    store.save(&bigger, noon()).unwrap();
    assert_eq!(reloaded(&kv), bigger);
}

#[test]
fn another_tabs_batch_is_never_overwritten_without_asking() {
    let kv = MemoryStore::new();
    let batch = varied_batch();
    tab(&kv, "first").save(&batch, noon()).unwrap();
    let mut a = tab(&kv, "tab-a");
    let mut b = tab(&kv, "tab-b");
    assert_eq!(a.load().unwrap().files, batch);
    assert_eq!(b.load().unwrap().files, batch);

    let mut mine = batch.clone();
    mine[0].unsaved = true;
    a.save(&mine, noon()).unwrap();
    let theirs = batch[..2].to_vec();
    let Err(ReviewSaveError::Conflict { theirs: stored }) = b.save(&theirs, noon()) else {
        panic!("a stale tab's save is not refused");
    };
    assert_eq!((stored.record.revision, stored.files), (2, mine.clone()));
    assert_eq!(reloaded(&kv), mine, "tab A's batch is intact");
    assert!(matches!(b.clear(), Err(ReviewSaveError::Conflict { .. })));
    assert_eq!(reloaded(&kv), mine, "a stale clear removes nothing");

    // Tab B's user chooses to keep theirs: now tab A is the stale one.
    let saved = b.save_over(&theirs, noon()).unwrap();
    assert_eq!(saved.revision, 3);
    assert_eq!(reloaded(&kv), theirs);
    assert!(matches!(
        a.save(&mine, noon()),
        Err(ReviewSaveError::Conflict { .. })
    ));
    // Loading again takes the stored batch as the new base.
    assert_eq!(a.load().unwrap().files, theirs);
    a.save(&mine, noon()).unwrap();
    assert_eq!(reloaded(&kv), mine);
}

#[test]
fn clearing_the_batch_clears_the_stored_copy() {
    let kv = MemoryStore::new();
    let mut store = tab(&kv, "tab-a");
    store.save(&varied_batch(), noon()).unwrap();
    store.clear().unwrap();
    assert_eq!(kv.get(REVIEW_BATCH).unwrap(), None);
    assert_eq!(reloaded(&kv), Vec::new());

    // Removing the last file is an empty batch: nothing is left stored either.
    store.save(&varied_batch(), noon()).unwrap();
    let saved = store.save(&[], noon()).unwrap();
    assert_eq!(saved.bytes, 0);
    assert_eq!(kv.get(REVIEW_BATCH).unwrap(), None);

    // Clearing over unreadable text keeps the text aside.
    kv.clone().set(REVIEW_BATCH, "{oops").unwrap();
    store.clear().unwrap();
    assert_eq!(kv.get(REVIEW_BATCH).unwrap(), None);
    assert_eq!(
        kv.get(&quarantine_key(REVIEW_BATCH, 0)).unwrap().as_deref(),
        Some("{oops")
    );
}

#[test]
fn a_backup_takes_the_batch_as_stored_and_restores_it_only_where_there_is_none() {
    let batch = varied_batch();
    let kv = MemoryStore::new();
    let mut store = tab(&kv, "tab-a");
    assert_eq!(store.stored_for_backup(), Ok(None));
    store.save(&batch, noon()).unwrap();
    let raw = kv.get(REVIEW_BATCH).unwrap().unwrap();
    let stored = store.stored_for_backup().unwrap().expect("a batch");
    assert_eq!(
        stored,
        serde_json::from_str::<Value>(&raw).unwrap(),
        "as stored"
    );
    assert_eq!(read_backup_batch(&stored), Ok(batch.clone()));
    // A batch this tab could not store goes in the same form.
    let mine = store
        .unstored_for_backup(&batch[..2], noon())
        .expect("a batch");
    assert_eq!(read_backup_batch(&mine), Ok(batch[..2].to_vec()));
    assert_eq!(store.unstored_for_backup(&[], noon()), None);

    // Another browser, empty: stored, and the restoring tab saves on over it.
    let other = MemoryStore::new();
    let mut restoring = tab(&other, "tab-b");
    assert_eq!(
        restoring.restore_from_backup(&batch, noon()),
        Ok(BatchRestore::Restored(batch.clone()))
    );
    assert_eq!(reloaded(&other), batch);
    restoring.save(&batch[..1], noon()).unwrap();
    assert_eq!(reloaded(&other), batch[..1].to_vec());

    // A browser with a batch keeps it, whatever the backup holds.
    assert_eq!(
        tab(&other, "tab-c").restore_from_backup(&batch, noon()),
        Ok(BatchRestore::KeptHere {
            backup: batch.len(),
            here: 1
        })
    );
    assert_eq!(reloaded(&other), batch[..1].to_vec());

    // A batch of a newer Eightfold is backed up as it is, and never written over.
    let future = r#"{"schema": 9, "revision": 4, "whatever": true}"#;
    let newer = MemoryStore::new();
    newer.clone().set(REVIEW_BATCH, future).unwrap();
    let mut newer_tab = tab(&newer, "tab-d");
    assert_eq!(
        newer_tab.stored_for_backup(),
        Ok(Some(serde_json::from_str(future).unwrap()))
    );
    assert_eq!(
        newer_tab.restore_from_backup(&batch, noon()),
        Err(ReviewSaveError::NewerVersion { schema: 9 })
    );
    assert_eq!(newer.get(REVIEW_BATCH).unwrap().as_deref(), Some(future));
}

#[test]
fn the_size_reported_is_what_the_browser_charges() {
    let kv = MemoryStore::new();
    let saved = tab(&kv, "tab-a").save(&varied_batch(), noon()).unwrap();
    let raw = kv.get(REVIEW_BATCH).unwrap().unwrap();
    assert_eq!(saved.bytes, entry_bytes(REVIEW_BATCH, &raw));
    assert_eq!(saved.bytes, kv.total_bytes());
}

/// One small valid stored batch, its JSON value and every pointer in it (made once).
fn small_record() -> (String, Value, Vec<String>) {
    static RECORD: OnceLock<(String, Value, Vec<String>)> = OnceLock::new();
    RECORD.get_or_init(make_small_record).clone()
}

fn make_small_record() -> (String, Value, Vec<String>) {
    let kv = MemoryStore::new();
    let template = exchange_fixtures::sample_template();
    let mut file = loaded(unit_file(&template, 0));
    file.imported.assessment = exchange_fixtures::sample_assessment(&template);
    file.unsaved = true;
    tab(&kv, "tab-a").save(&[file], noon()).unwrap();
    let raw = kv.get(REVIEW_BATCH).unwrap().unwrap();
    let value: Value = serde_json::from_str(&raw).unwrap();
    let mut pointers = Vec::new();
    collect_pointers(&value, String::new(), &mut pointers);
    (raw, value, pointers)
}

fn collect_pointers(value: &Value, here: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                collect_pointers(child, format!("{here}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (k, child) in items.iter().enumerate() {
                collect_pointers(child, format!("{here}/{k}"), out);
            }
        }
        _ => {}
    }
    out.push(here);
}

/// Loads `raw` as the stored batch: it either comes back whole or is kept aside verbatim.
fn check_any_text(raw: &str) -> Result<(), TestCaseError> {
    let kv = MemoryStore::new();
    kv.clone().set(REVIEW_BATCH, raw).unwrap();
    let mut store = tab(&kv, "tab-a");
    let load = store.load().unwrap();
    match load.unreadable {
        None => {
            let (record, files) = decode_review(raw).unwrap();
            prop_assert_eq!(files.len(), record.files.len());
            prop_assert_eq!(load.files, files);
        }
        Some(entry) => {
            prop_assert!(load.files.is_empty());
            prop_assert_eq!(&entry.raw, raw);
            let kept = kv.get(&entry.key).unwrap();
            prop_assert_eq!(kept.as_deref(), Some(raw));
        }
    }
    // Saving afterwards never loses what was stored.
    let before: Vec<String> = kv
        .keys()
        .unwrap()
        .iter()
        .filter_map(|k| kv.get(k).unwrap())
        .collect();
    let _ = store.save(&[], noon());
    let _ = store.clear();
    let after: Vec<String> = kv
        .keys()
        .unwrap()
        .iter()
        .filter_map(|k| kv.get(k).unwrap())
        .collect();
    for text in before {
        if decode_review(&text).is_err() || text != raw {
            prop_assert!(after.contains(&text), "stored text was lost: {}", text);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(fuzz::config())]

    #[test]
    fn arbitrary_stored_text_never_panics(raw in any::<String>()) {
        check_any_text(&raw)?;
    }

    #[test]
    fn a_stored_batch_cut_short_never_panics(cut in any::<Index>()) {
        let (raw, _, _) = small_record();
        let mut end = cut.index(raw.len());
        while !raw.is_char_boundary(end) {
            end -= 1;
        }
        check_any_text(&raw[..end])?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn an_edited_stored_batch_never_panics(
        at in any::<Index>(),
        replacement in prop_oneof![
            Just(Value::Null),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            ".{0,12}".prop_map(Value::from),
            Just(Value::Array(Vec::new())),
            Just(serde_json::json!({})),
            Just(Value::from(u64::MAX)),
        ],
        remove in any::<bool>(),
    ) {
        let (_, mut value, pointers) = small_record();
        let pointer = &pointers[at.index(pointers.len())];
        if remove && !pointer.is_empty() {
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            match value.pointer_mut(parent) {
                Some(Value::Object(map)) => { map.remove(key); }
                Some(Value::Array(items)) => {
                    if let Ok(k) = key.parse::<usize>() { items.remove(k); }
                }
                _ => {}
            }
        } else if let Some(slot) = value.pointer_mut(pointer) {
            *slot = replacement;
        }
        check_any_text(&value.to_string())?;
    }
}
