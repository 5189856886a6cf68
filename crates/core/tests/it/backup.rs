//! The backup as a way to move everything the browser keeps to another PC: drafts (with a
//! reviewed file's `review_of`), the criteria template library and review mode's batch come
//! back exactly; without a review batch the backup is version 2 byte for byte, as older copies
//! read it; a version-1 backup still restores as it always did; one broken entry (or a broken
//! review batch) is refused alone, by its path; restoring a template never overwrites a
//! different one silently, and restoring a review batch never touches a batch already here.

use crate::exchange_fixtures;

use chrono::{DateTime, FixedOffset};
use eightfold_core::domain::assessment::{Assessment, AssessmentId};
use eightfold_core::domain::consolidate::review_from_self;
use eightfold_core::domain::template_edit::copy_of;
use eightfold_core::domain::AnswerValue;
use eightfold_core::domain::PublishError;
use eightfold_core::domain::{builtin_templates, eight_types, Lang, Template, TemplateId, Text};
use eightfold_core::drafts::keys::REVIEW_BATCH;
use eightfold_core::drafts::keys::{quarantine_key, template_key};
use eightfold_core::drafts::review_record::read_backup_batch;
use eightfold_core::drafts::review_store::BatchRestore;
use eightfold_core::drafts::SaveError;
use eightfold_core::drafts::{BatchFile, ReviewStore};
use eightfold_core::drafts::{
    DraftRecord, DraftStore, KeyValueStore, MemoryStore, RestoreOutcome, TemplateError,
    TemplateRecord, TemplateStore, WriterId, REVIEWED_SCHEMA, SCHEMA,
};
use eightfold_core::formats::exchange::backup::{
    write_backup_with_review, BACKUP_VERSION_WITHOUT_REVIEW,
};
use eightfold_core::formats::exchange::envelope::APP_VERSION;
use eightfold_core::formats::exchange::{
    backup, export_assessment, export_reviewed, import_file, restore, write_backup, BackupDraft,
    BackupTemplate, DigestStatus, ImportError, Restored, BACKUP_VERSION, MAX_BACKUP_BYTES,
};
use exchange_fixtures::{fixture_bytes, sample_assessment, sample_exported_at, sample_template};
use serde_json::{json, Value};

fn at() -> DateTime<FixedOffset> {
    sample_exported_at()
}

/// A committee's own template, published as version `version`.
fn ours(id: &str, title: &str, version: u32) -> Template {
    let mut template = copy_of(&eight_types(), TemplateId::new(id));
    template.title = Text::new(title, "Our county's criteria");
    template.version = version;
    template
}

/// Published and then edited further: the working copy differs (and would not validate).
fn edited_after_publishing() -> BackupTemplate {
    let published = ours("t-ours", "本县考核细则", 2);
    let mut working = published.clone();
    working.title.zh = "本县考核细则（修订中）".to_owned();
    working.dimensions[0].weight = eightfold_core::domain::Fixed::from_int(1);
    BackupTemplate {
        working,
        published: Some(published),
    }
}

/// Never published: only a working copy.
fn never_published() -> BackupTemplate {
    BackupTemplate {
        working: ours("t-draft", "尚未发布的细则", 1),
        published: None,
    }
}

fn library() -> Vec<BackupTemplate> {
    vec![edited_after_publishing(), never_published()]
}

/// Two drafts on the sample template, the second a reviewed file's (with `review_of`).
fn drafts() -> Vec<BackupDraft> {
    let template = sample_template();
    let first = sample_assessment(&template);
    let mut unreviewed = first.clone();
    unreviewed.review = None;
    let unit_file = export_assessment(&template, &unreviewed, at()).expect("exports");
    let mut second = sample_assessment(&template);
    second.id = AssessmentId("reviewed".to_owned());
    second.unit.unit = "县教育局".to_owned();
    vec![
        BackupDraft {
            template: template.clone(),
            assessment: first,
            review_of: None,
        },
        BackupDraft {
            template,
            assessment: second,
            review_of: Some(unit_file.digest),
        },
    ]
}

fn read_back(bytes: &[u8]) -> Restored {
    restore(bytes, &builtin_templates()).unwrap_or_else(|e| panic!("{e}"))
}

/// A change to a backup's JSON.
type Edit = Box<dyn Fn(&mut Value)>;

fn edited(bytes: &[u8], edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(bytes).expect("JSON");
    edit(&mut value);
    serde_json::to_vec_pretty(&value).expect("JSON")
}

fn back(restored: &Restored) -> Vec<BackupTemplate> {
    restored
        .restored_templates()
        .map(|t| t.template.clone())
        .collect()
}

#[test]
fn drafts_templates_and_review_of_come_back_exactly() {
    let bytes = write_backup(&drafts(), &library(), at()).expect("backs up");
    let restored = read_back(&bytes);
    assert_eq!(restored.format_version, BACKUP_VERSION_WITHOUT_REVIEW);
    assert_eq!(restored.format_version, 2);
    assert_eq!(restored.review_batch, None);
    assert_eq!(restored.digest_status, DigestStatus::Verified);
    assert_eq!(restored.created_at, at());
    let drafts_back: Vec<BackupDraft> = restored
        .imported()
        .map(|i| BackupDraft {
            template: i.template.clone(),
            assessment: i.assessment.clone(),
            review_of: i.review_of,
        })
        .collect();
    assert_eq!(drafts_back, drafts());
    assert!(restored
        .imported()
        .all(|i| i.digest_status == DigestStatus::Verified));
    assert_eq!(back(&restored), library());
    assert!(restored
        .restored_templates()
        .all(|t| t.digest_status == DigestStatus::Verified));
    assert_eq!(restored.failures().count(), 0);
    assert_eq!(restored.template_failures().count(), 0);
}

/// The drafts of one browser's storage as a backup writes them (as `ui::file_actions` does).
fn backed_up(store: &mut DraftStore<MemoryStore>) -> Vec<BackupDraft> {
    let report = store.load_all().expect("loads");
    assert!(report.quarantined.is_empty(), "{:?}", report.quarantined);
    report
        .drafts
        .into_iter()
        .map(|d| {
            let template = d.record.resolve_template(store.builtins()).expect("scored");
            d.record.to_backup(template.clone())
        })
        .collect()
}

#[test]
fn a_draft_kept_from_a_reviewed_file_keeps_review_of_through_a_backup_and_restore() {
    // PC A: the unit's file, the committee's reviewed file of it imported and kept as a
    // draft, and a plain draft beside it.
    let template = sample_template();
    let mut unit = sample_assessment(&template);
    unit.review = None;
    let unit_file = export_assessment(&template, &unit, at()).expect("exports");
    let mut reviewed = sample_assessment(&template);
    reviewed.id = AssessmentId("reviewed".to_owned());
    let reviewed_file =
        export_reviewed(&template, &reviewed, unit_file.digest, at(), Lang::Zh).expect("exports");
    let imported = import_file(
        &reviewed_file.file_name,
        &reviewed_file.bytes,
        &builtin_templates(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let pc_a = MemoryStore::new();
    let mut drafts_a = DraftStore::new(pc_a.clone(), WriterId::new("pc-a"));
    drafts_a
        .save(&DraftRecord::imported(imported), now())
        .expect("saves");
    drafts_a
        .save(&DraftRecord::new(unit.clone(), &template), now())
        .expect("saves");

    let bytes = write_backup(&backed_up(&mut drafts_a), &[], now()).expect("backs up");
    let json: Value = serde_json::from_slice(&bytes).expect("JSON");
    let entries = json["entries"].as_array().expect("entries");
    let review_of: Vec<&Value> = entries.iter().map(|e| &e["review_of"]).collect();
    assert!(
        review_of.contains(&&json!({ "algorithm": "sha256", "value": unit_file.digest.to_hex() })),
        "the backup names the unit's file: {review_of:?}"
    );
    assert!(
        review_of.contains(&&Value::Null),
        "the plain draft has none"
    );

    // PC B: every entry restored as the import panel keeps it.
    let restored = read_back(&bytes);
    assert_eq!(restored.failures().count(), 0);
    let pc_b = MemoryStore::new();
    let mut drafts_b = DraftStore::new(pc_b.clone(), WriterId::new("pc-b"));
    for entry in restored.imported() {
        drafts_b
            .save(&DraftRecord::imported(entry.clone()), now())
            .expect("saves");
    }
    let back = drafts_b.load_all().expect("loads").drafts;
    assert_eq!(back.len(), 2);
    for draft in &back {
        let record = &draft.record;
        let before = drafts_a
            .load(record.id())
            .expect("loads")
            .expect("on PC A")
            .into_record();
        assert_eq!(record.assessment, before.assessment);
        assert_eq!(record.review_of, before.review_of);
    }
    let reviewed_back = back
        .iter()
        .find(|d| d.record.id().0 == "reviewed")
        .expect("restored");
    assert_eq!(reviewed_back.record.review_of, Some(unit_file.digest));
    assert_eq!(reviewed_back.record.schema, REVIEWED_SCHEMA);
    let plain_back = back
        .iter()
        .find(|d| d.record.id() == &unit.id)
        .expect("restored");
    assert_eq!(plain_back.record.review_of, None);
    assert_eq!(plain_back.record.schema, SCHEMA);
}

#[test]
fn the_drafts_only_backup_is_version_2_with_an_empty_library() {
    let template = sample_template();
    let bytes = backup(&[(template.clone(), sample_assessment(&template))], at()).expect("ok");
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(value["format_version"], json!(2));
    assert_eq!(value["templates"], json!([]));
    let restored = read_back(&bytes);
    assert_eq!(restored.digest_status, DigestStatus::Verified);
    assert_eq!(restored.imported().count(), 1);
    assert!(restored.templates.is_empty());
}

#[test]
fn a_version_1_backup_restores_exactly_as_before() {
    let bytes = fixture_bytes("v1-backup.eightfold-backup.json");
    let restored = read_back(&bytes);
    assert_eq!(restored.format_version, 1);
    assert_eq!(restored.digest_status, DigestStatus::Verified);
    assert_eq!(restored.app_version, "0.1.0");
    assert!(restored.templates.is_empty());
    let template = sample_template();
    let mut second = sample_assessment(&template);
    second.unit.unit = "县教育局".to_owned();
    second.id = AssessmentId("second".to_owned());
    second.review = None;
    let expected: Vec<(Template, Assessment)> = vec![
        (template.clone(), sample_assessment(&template)),
        (template, second),
    ];
    let got: Vec<(Template, Assessment)> = restored
        .imported()
        .map(|i| (i.template.clone(), i.assessment.clone()))
        .collect();
    assert_eq!(got, expected);
    assert!(restored
        .imported()
        .all(|i| i.digest_status == DigestStatus::Verified && i.review_of.is_none()));

    // A version-1 backup never had a template library: one that claims to is refused.
    let claims = edited(&bytes, |v| v["templates"] = json!([]));
    let error = restore(&claims, &[]).expect_err("not version 1");
    assert_eq!(error.field().as_deref(), Some("templates"));
    // And a changed entry still shows in the digest of the whole, as before.
    let changed = edited(&bytes, |v| {
        v["entries"][0]["assessment"]["unit"]["unit"] = json!("x")
    });
    assert!(matches!(
        restored_status(&changed),
        DigestStatus::ChangedAfterExport { .. }
    ));
}

fn restored_status(bytes: &[u8]) -> DigestStatus {
    read_back(bytes).digest_status
}

#[test]
fn a_broken_template_entry_is_refused_alone_by_its_path() {
    let bytes = write_backup(&drafts(), &library(), at()).expect("backs up");

    // The published version no longer validates: refused with the path.
    let invalid = edited(&bytes, |v| {
        v["templates"][0]["published"]["dimensions"][0]["weight"] = json!(10)
    });
    let restored = read_back(&invalid);
    assert!(matches!(
        restored.digest_status,
        DigestStatus::ChangedAfterExport { .. }
    ));
    assert_eq!(restored.imported().count(), 2, "the drafts still restore");
    assert_eq!(back(&restored), vec![never_published()]);
    let failures: Vec<_> = restored.template_failures().collect();
    assert_eq!(failures.len(), 1);
    let (index, error) = failures[0];
    assert_eq!(index, 0);
    assert!(matches!(error, ImportError::InvalidTemplate { .. }));
    let field = error.field().expect("names the field");
    assert_eq!(field, "templates[0].published.dimensions");
    for lang in Lang::ALL {
        assert!(error.message(lang).contains(&field), "{lang}");
    }

    // Not a template record at all, a missing field, an unknown one, mismatched ids.
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|v| v["templates"][1] = json!("garbage")),
            "templates[1]",
        ),
        (
            Box::new(|v| {
                v["templates"][1]
                    .as_object_mut()
                    .map(|o| o.remove("working"));
            }),
            "templates[1]",
        ),
        (
            Box::new(|v| v["templates"][1]["extra"] = json!(1)),
            "templates[1].extra",
        ),
        (
            Box::new(|v| v["templates"][0]["published"]["id"] = json!("t-other")),
            "templates[0].published.id",
        ),
        (
            Box::new(|v| v["templates"][1]["working"]["id"] = json!(" ")),
            "templates[1].working.id",
        ),
        (
            Box::new(|v| v["templates"][1]["digest"]["value"] = json!("abc")),
            "templates[1].digest.value",
        ),
    ];
    for (edit, path) in cases {
        let broken = edited(&bytes, edit);
        let restored = read_back(&broken);
        assert_eq!(restored.imported().count(), 2);
        assert_eq!(restored.restored_templates().count(), 1, "{path}");
        let (_, error) = restored.template_failures().next().expect("one failure");
        let field = error.field().expect("names the field");
        assert_eq!(field, path, "{error:?}");
        for lang in Lang::ALL {
            assert!(error.message(lang).contains(&field), "{lang}: {error:?}");
        }
    }
}

#[test]
fn a_template_changed_after_the_backup_is_read_and_marked_like_a_draft() {
    let bytes = write_backup(&drafts(), &library(), at()).expect("backs up");
    let changed = edited(&bytes, |v| {
        v["templates"][1]["working"]["title"]["zh"] = json!("被改过的标题")
    });
    let restored = read_back(&changed);
    let statuses: Vec<bool> = restored
        .restored_templates()
        .map(|t| t.digest_status == DigestStatus::Verified)
        .collect();
    assert_eq!(statuses, vec![true, false]);
    assert!(matches!(
        restored.digest_status,
        DigestStatus::ChangedAfterExport { .. }
    ));
}

#[test]
fn the_backup_keeps_its_limits() {
    let too_large = vec![b' '; MAX_BACKUP_BYTES + 1];
    assert!(matches!(
        restore(&too_large, &[]),
        Err(ImportError::TooLarge { .. })
    ));
    let bytes = write_backup(&drafts(), &library(), at()).expect("backs up");
    let future = edited(&bytes, |v| v["format_version"] = json!(4));
    assert_eq!(
        restore(&future, &[]),
        Err(ImportError::FutureVersion {
            found: 4,
            supported: BACKUP_VERSION
        })
    );
    assert_eq!(BACKUP_VERSION, 3);
    let not_a_list = edited(&bytes, |v| v["templates"] = json!({}));
    let error = restore(&not_a_list, &[]).expect_err("the library is a list");
    assert_eq!(error.field().as_deref(), Some("templates"));
}

// Restoring into the template store.

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-12-01T10:00:00+08:00").unwrap_or_else(|e| panic!("{e}"))
}

fn store(kv: &MemoryStore) -> TemplateStore<MemoryStore> {
    TemplateStore::new(kv.clone(), WriterId::new("restoring-tab"))
}

fn put_back(
    store: &mut TemplateStore<MemoryStore>,
    template: &BackupTemplate,
) -> Result<RestoreOutcome, TemplateError> {
    store.restore_from_backup(&template.working, template.published.as_ref(), now())
}

fn kept(store: &mut TemplateStore<MemoryStore>) -> Vec<TemplateRecord> {
    let mut records = store.load_all().expect("loads").templates;
    records.sort_by(|a, b| a.working.id.as_str().cmp(b.working.id.as_str()));
    records
}

#[test]
fn templates_are_restored_into_an_empty_store_with_working_copy_and_published_version() {
    let kv = MemoryStore::new();
    let mut store = store(&kv);
    for template in library() {
        match put_back(&mut store, &template) {
            Ok(RestoreOutcome::New(record)) => {
                assert_eq!(record.working, template.working);
                assert_eq!(record.published, template.published);
            }
            other => panic!("expected a new template, got {other:?}"),
        }
    }
    let records = kept(&mut store);
    let held: Vec<BackupTemplate> = records
        .into_iter()
        .map(|r| BackupTemplate {
            working: r.working,
            published: r.published,
        })
        .collect();
    let mut expected = library();
    expected.sort_by(|a, b| a.working.id.as_str().cmp(b.working.id.as_str()));
    assert_eq!(held, expected);
    // The published versions are what new assessments can use.
    assert_eq!(
        store.published(),
        vec![edited_after_publishing().published.expect("published")]
    );
}

#[test]
fn an_identical_template_is_skipped_and_a_different_one_is_never_overwritten_silently() {
    let kv = MemoryStore::new();
    let mut store = store(&kv);
    let template = edited_after_publishing();
    put_back(&mut store, &template).expect("restores");
    let before = kept(&mut store);

    // The same again: skipped, nothing written.
    assert_eq!(
        put_back(&mut store, &template),
        Ok(RestoreOutcome::AlreadyHere)
    );
    assert_eq!(kept(&mut store), before);

    // Same id and version, different content: reported, nothing changed.
    let mut different = template.clone();
    if let Some(published) = different.published.as_mut() {
        published.description.zh = "另一台电脑上的说明".to_owned();
    }
    let here = match put_back(&mut store, &different) {
        Ok(RestoreOutcome::Differs { here }) => *here,
        other => panic!("expected a difference, got {other:?}"),
    };
    assert_eq!(vec![here.clone()], before);
    assert_eq!(kept(&mut store), before);
    // A different working copy alone is a difference too.
    let mut other_working = template.clone();
    other_working.working.title.zh = "另一份修改".to_owned();
    assert!(matches!(
        put_back(&mut store, &other_working),
        Ok(RestoreOutcome::Differs { .. })
    ));

    // Keep both: the backup's under a new id, the one here untouched.
    let copy = store
        .restore_as_copy(&different.working, different.published.as_ref(), now())
        .expect("kept as a copy");
    assert_ne!(copy.working.id, template.working.id);
    assert_eq!(
        copy.published.as_ref().map(|p| &p.id),
        Some(&copy.working.id)
    );
    let mut expected_copy = different.clone();
    expected_copy.working.id = copy.working.id.clone();
    if let Some(published) = expected_copy.published.as_mut() {
        published.id = copy.working.id.clone();
    }
    assert_eq!(copy.working, expected_copy.working);
    assert_eq!(copy.published, expected_copy.published);
    let now_kept = kept(&mut store);
    assert_eq!(now_kept.len(), 2);
    assert!(now_kept.contains(&before[0]), "the one here is untouched");

    // Replace, as the user asked: the backup's content under the same id.
    let replaced = store
        .restore_replacing(
            &here,
            &different.working,
            different.published.as_ref(),
            now(),
        )
        .expect("replaced");
    assert_eq!(replaced.working.id, template.working.id);
    assert_eq!(replaced.published, different.published);
    assert_eq!(replaced.revision, here.revision + 1);
    // Replacing on top of a stale record is a conflict, never an overwrite.
    assert!(matches!(
        store.restore_replacing(&here, &template.working, template.published.as_ref(), now()),
        Err(TemplateError::Store(SaveError::Conflict { .. }))
    ));
}

#[test]
fn built_in_ids_and_unpublishable_versions_are_refused_and_unreadable_entries_kept_aside() {
    let kv = MemoryStore::new();
    let mut store = store(&kv);
    let builtin = eight_types();
    let under_builtin = BackupTemplate {
        working: builtin.clone(),
        published: Some(builtin.clone()),
    };
    assert!(matches!(
        put_back(&mut store, &under_builtin),
        Err(TemplateError::Refused(PublishError::ReservedId { .. }))
    ));
    let mut invalid = edited_after_publishing();
    if let Some(published) = invalid.published.as_mut() {
        published.dimensions[0].weight = eightfold_core::domain::Fixed::from_int(1);
    }
    assert!(matches!(
        put_back(&mut store, &invalid),
        Err(TemplateError::Refused(PublishError::Invalid { .. }))
    ));
    assert!(kept(&mut store).is_empty());

    // An unreadable entry under the id is moved aside, never deleted, and the backup's stored.
    let mut raw_kv = kv.clone();
    let key = template_key(&never_published().working.id);
    raw_kv.set(&key, "{not json").expect("sets");
    assert!(matches!(
        put_back(&mut store, &never_published()),
        Ok(RestoreOutcome::New(_))
    ));
    assert_eq!(
        raw_kv.get(&quarantine_key(&key, 0)).expect("reads"),
        Some("{not json".to_owned()),
        "the unreadable entry is kept aside"
    );
    assert_eq!(kept(&mut store).len(), 1);
}

// Review mode's batch.

/// What a reviewing committee has half done: three unit files, one with a review started and
/// not exported (a score changed, a comment), one reviewed file that names its unit's file
/// (`review_of`), and one edited after export.
fn review_batch() -> Vec<BatchFile> {
    let template = sample_template();
    let unit = |i: usize| {
        let mut assessment = sample_assessment(&template);
        assessment.id = AssessmentId(format!("unit-{i}"));
        assessment.unit.unit = format!("县直单位{i}");
        assessment.review = None;
        let file = export_assessment(&template, &assessment, at()).expect("exports");
        import_file(&file.file_name, &file.bytes, &[]).unwrap_or_else(|e| panic!("{e}"))
    };
    let mut reviewing = unit(1);
    let mut review = review_from_self(&reviewing.assessment, "考评工作委员会");
    let (_, first) = template.indicators().next().expect("an indicator");
    review
        .answers
        .set_value(first.id.clone(), AnswerValue::NotApplicable);
    review
        .answers
        .set_note(first.id.clone(), "现场核查未见材料");
    reviewing.assessment.review = Some(review);

    let original = unit(2);
    let mut reviewed = original.assessment.clone();
    reviewed.review = Some(review_from_self(&reviewed, "县直机关工委"));
    let file =
        export_reviewed(&template, &reviewed, original.digest, now(), Lang::Zh).expect("exports");
    let reviewed = import_file(&file.file_name, &file.bytes, &[]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(reviewed.review_of, Some(original.digest));

    let mut edited = unit(3);
    edited.digest_status = DigestStatus::ChangedAfterExport {
        expected: edited.digest,
        actual: original.digest,
    };
    vec![
        BatchFile {
            imported: unit(0),
            unsaved: false,
        },
        BatchFile {
            imported: reviewing,
            unsaved: true,
        },
        BatchFile {
            imported: reviewed,
            unsaved: false,
        },
        BatchFile {
            imported: edited,
            unsaved: true,
        },
    ]
}

fn review_tab(kv: &MemoryStore, writer: &str) -> ReviewStore<MemoryStore> {
    ReviewStore::new(kv.clone(), WriterId::new(writer))
}

/// PC A's storage with `batch` saved in it, and the batch as a backup takes it.
fn pc_with_batch(batch: &[BatchFile]) -> (MemoryStore, Value) {
    let kv = MemoryStore::new();
    let mut store = review_tab(&kv, "pc-a");
    store.save(batch, now()).expect("saves");
    let stored = store
        .stored_for_backup()
        .expect("reads")
        .expect("a batch is stored");
    (kv, stored)
}

fn backup_with_batch() -> (MemoryStore, Vec<u8>) {
    let (kv, stored) = pc_with_batch(&review_batch());
    let bytes =
        write_backup_with_review(&drafts(), &library(), Some(&stored), at()).expect("backs up");
    (kv, bytes)
}

/// `value` without what changes with every release: each `app_version` and each digest
/// (which covers it).
fn without_release(mut value: Value) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(object) => {
                object.remove("app_version");
                object.remove("digest");
                object.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut value);
    value
}

/// The backup as a copy of the app from before version 3 reads it: a version check, then
/// `deny_unknown_fields` on the whole file.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "only reading it matters")]
struct OlderReader {
    format: String,
    format_version: u32,
    app_version: String,
    created_at: String,
    entries: Vec<Value>,
    #[serde(default)]
    templates: Option<Vec<Value>>,
    #[serde(default)]
    digest: Option<Value>,
}

fn older_copy_reads(bytes: &[u8]) -> bool {
    let value: Value = serde_json::from_slice(bytes).expect("JSON");
    value["format_version"].as_u64().is_some_and(|v| v <= 2)
        && serde_json::from_value::<OlderReader>(value).is_ok()
}

#[test]
fn without_a_review_batch_the_backup_is_version_2_byte_for_byte() {
    let bytes = write_backup_with_review(&drafts(), &library(), None, at()).expect("backs up");
    assert_eq!(
        bytes,
        write_backup(&drafts(), &library(), at()).expect("backs up")
    );
    // Written by the app before version 3 existed (`v2-backup.eightfold-backup.json`, from
    // these drafts and templates): the same bytes, but for the release that wrote them.
    let before = fixture_bytes("v2-backup.eightfold-backup.json");
    let before_json: Value = serde_json::from_slice(&before).expect("JSON");
    if before_json["app_version"] == json!(APP_VERSION) {
        assert_eq!(bytes, before, "byte for byte");
    }
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(
        without_release(value.clone()),
        without_release(before_json),
        "the same content"
    );
    assert_eq!(value["format_version"], json!(2));
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "app_version",
            "created_at",
            "digest",
            "entries",
            "format",
            "format_version",
            "templates"
        ]
    );
    assert!(older_copy_reads(&bytes), "an older copy reads it");
    assert_eq!(read_back(&bytes).digest_status, DigestStatus::Verified);

    // A browser without a stored batch (or with one that cannot be read) adds none.
    let kv = MemoryStore::new();
    assert_eq!(review_tab(&kv, "pc-a").stored_for_backup(), Ok(None));
    kv.clone()
        .set(REVIEW_BATCH, "{\"schema\": 1, \"files\": [")
        .expect("sets");
    assert_eq!(review_tab(&kv, "pc-a").stored_for_backup(), Ok(None));
}

#[test]
fn a_review_batch_makes_version_3_and_comes_back_exactly_on_another_pc() {
    let batch = review_batch();
    let (pc_a, bytes) = backup_with_batch();
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(value["format_version"], json!(3));
    let stored_a = pc_a.get(REVIEW_BATCH).expect("reads").expect("stored");
    assert_eq!(
        value["review_batch"],
        serde_json::from_str::<Value>(&stored_a).expect("JSON"),
        "the batch exactly as stored"
    );
    assert!(!older_copy_reads(&bytes), "an older copy refuses it whole");

    let restored = read_back(&bytes);
    assert_eq!(restored.format_version, 3);
    assert_eq!(restored.digest_status, DigestStatus::Verified);
    assert_eq!(restored.imported().count(), 2, "the drafts");
    assert_eq!(back(&restored), library(), "the templates");
    let files = read_backup_batch(restored.review_batch.as_ref().expect("a batch"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(files, batch);

    // PC B, with no batch: the backup's becomes its batch, as a reload there finds it.
    let pc_b = MemoryStore::new();
    let mut tab_b = review_tab(&pc_b, "pc-b");
    assert_eq!(tab_b.load().expect("loads").files, Vec::new());
    assert_eq!(
        tab_b.restore_from_backup(&files, now()),
        Ok(BatchRestore::Restored(batch.clone()))
    );
    let back_b = review_tab(&pc_b, "after-reload").load().expect("loads");
    assert_eq!(back_b.unreadable, None);
    assert_eq!(
        back_b.files, batch,
        "files, order, reviews, marks, review_of"
    );
    let reviewing = &back_b.files[1];
    assert!(reviewing.unsaved && !back_b.files[0].unsaved && back_b.files[3].unsaved);
    let review = reviewing
        .imported
        .assessment
        .review
        .as_ref()
        .expect("review");
    assert_eq!(review.reviewer, "考评工作委员会");
    let (_, first) = sample_template()
        .indicators()
        .next()
        .map(|(d, i)| (d.clone(), i.clone()))
        .expect("an indicator");
    let answer = review.answers.get(&first.id).expect("answered");
    assert_eq!(answer.value, AnswerValue::NotApplicable);
    assert_eq!(answer.note, "现场核查未见材料");
    assert!(back_b.files[2].imported.review_of.is_some());
    assert!(matches!(
        back_b.files[3].imported.digest_status,
        DigestStatus::ChangedAfterExport { .. }
    ));
    // The restoring tab goes on saving over what it stored.
    let mut next = batch.clone();
    next[0].unsaved = true;
    tab_b.save(&next, now()).expect("saves without a conflict");
}

#[test]
fn a_batch_already_here_is_kept_and_the_backups_is_not_merged() {
    let (_, bytes) = backup_with_batch();
    let files = read_backup_batch(read_back(&bytes).review_batch.as_ref().expect("a batch"))
        .unwrap_or_else(|e| panic!("{e}"));

    // This browser has a batch of its own (one file): it stays, byte for byte.
    let here = review_batch()[..1].to_vec();
    let (kv, _) = pc_with_batch(&here);
    let before = kv.get(REVIEW_BATCH).expect("reads");
    assert_eq!(
        review_tab(&kv, "restoring").restore_from_backup(&files, now()),
        Ok(BatchRestore::KeptHere {
            backup: files.len(),
            here: 1
        })
    );
    assert_eq!(kv.get(REVIEW_BATCH).expect("reads"), before);

    // Text under the key that cannot be read is moved aside, never lost, then the backup's
    // batch is stored.
    let broken = MemoryStore::new();
    broken.clone().set(REVIEW_BATCH, "{not json").expect("sets");
    assert_eq!(
        review_tab(&broken, "restoring").restore_from_backup(&files, now()),
        Ok(BatchRestore::Restored(files.clone()))
    );
    assert_eq!(
        broken.get(&quarantine_key(REVIEW_BATCH, 0)).expect("reads"),
        Some("{not json".to_owned())
    );
    assert_eq!(
        review_tab(&broken, "after-reload")
            .load()
            .expect("loads")
            .files,
        files
    );
}

#[test]
fn a_broken_batch_is_refused_by_its_path_while_drafts_and_templates_restore() {
    let (_, bytes) = backup_with_batch();
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|v| v["review_batch"]["files"][1]["assessment"]["unit"]["year"] = json!("x")),
            "review_batch.files[1].assessment.unit.year",
        ),
        (
            Box::new(|v| {
                v["review_batch"]["files"][2]
                    .as_object_mut()
                    .map(|o| o.remove("digest"));
            }),
            "review_batch.files[2]",
        ),
        (
            Box::new(|v| v["review_batch"]["files"][0]["template"] = json!(7)),
            "review_batch.files[0].template",
        ),
        (
            Box::new(|v| v["review_batch"]["files"][0]["extra"] = json!(1)),
            "review_batch.files[0].extra",
        ),
        (
            Box::new(|v| v["review_batch"]["schema"] = json!(99)),
            "review_batch.schema",
        ),
        (
            Box::new(|v| v["review_batch"] = json!("garbage")),
            "review_batch",
        ),
    ];
    for (edit, path) in cases {
        let broken = edited(&bytes, edit);
        let restored = read_back(&broken);
        assert!(
            matches!(
                restored.digest_status,
                DigestStatus::ChangedAfterExport { .. }
            ),
            "{path}"
        );
        assert_eq!(restored.imported().count(), 2, "the drafts still restore");
        assert_eq!(back(&restored), library(), "the templates still restore");
        let error =
            read_backup_batch(restored.review_batch.as_ref().expect("a batch")).expect_err(path);
        let field = error.field().expect("names the field");
        assert_eq!(field, path, "{error:?}");
        for lang in Lang::ALL {
            assert!(error.message(lang).contains(&field), "{lang}: {error:?}");
        }
    }

    // Only version 3 has a review batch.
    let v2_with_batch = edited(&bytes, |v| v["format_version"] = json!(2));
    let error = restore(&v2_with_batch, &[]).expect_err("not version 2");
    assert_eq!(error.field().as_deref(), Some("review_batch"));
}

#[test]
fn a_batch_edited_after_the_backup_shows_in_the_backups_digest() {
    let (_, bytes) = backup_with_batch();
    let (_, first) = sample_template()
        .indicators()
        .next()
        .map(|(d, i)| (d.clone(), i.clone()))
        .expect("an indicator");
    let changed = edited(&bytes, |v| {
        v["review_batch"]["files"][1]["assessment"]["review"]["answers"][first.id.as_str()]
            ["note"] = json!("改过的意见")
    });
    let restored = read_back(&changed);
    assert!(matches!(
        restored.digest_status,
        DigestStatus::ChangedAfterExport { .. }
    ));
    // Still a readable batch: restored, and the report says the backup was changed.
    let files = read_backup_batch(restored.review_batch.as_ref().expect("a batch"))
        .unwrap_or_else(|e| panic!("{e}"));
    let note = files[1]
        .imported
        .assessment
        .review
        .as_ref()
        .expect("review")
        .answers
        .get(&first.id)
        .map(|a| a.note.clone());
    assert_eq!(note.as_deref(), Some("改过的意见"));
    // Unchanged, it verifies.
    assert_eq!(read_back(&bytes).digest_status, DigestStatus::Verified);
}
