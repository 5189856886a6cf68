//! Criteria templates kept like drafts: revision-checked saves between tabs, unreadable entries
//! kept aside, publishing only valid templates with numbered versions, template files adopted
//! only when newer, and built-in ids left to the built-ins.

use chrono::{DateTime, Duration, FixedOffset};
use eightfold_core::domain::template_edit::{blank_template, copy_of};
use eightfold_core::domain::PublishError;
use eightfold_core::domain::{eight_types, Fixed, Template, TemplateId, Text};
use eightfold_core::drafts::keys::{quarantine_key, template_key, TEMPLATE_PREFIX};
use eightfold_core::drafts::SaveError;
use eightfold_core::drafts::{
    Adopted, DraftStore, KeyValueStore, MemoryStore, PublishState, TemplateError, TemplateRecord,
    TemplateStore, WriterId,
};

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-02T09:30:00+08:00").unwrap_or_else(|e| panic!("{e}"))
}

fn store(kv: &MemoryStore, tab: &str) -> TemplateStore<MemoryStore> {
    TemplateStore::new(kv.clone(), WriterId::new(tab))
}

/// A complete, valid template of our own.
fn ours() -> Template {
    let mut template = copy_of(&eight_types(), TemplateId::new("t-ours"));
    template.title = Text::new("本县考核细则", "Our county's criteria");
    template
}

fn saved(store: &mut TemplateStore<MemoryStore>, template: Template) -> TemplateRecord {
    store
        .save(&TemplateRecord::new(template, now()), now())
        .unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn a_save_on_a_stale_revision_is_refused_and_nothing_is_overwritten() {
    let kv = MemoryStore::new();
    let (mut tab_a, mut tab_b) = (store(&kv, "a"), store(&kv, "b"));
    let first = saved(&mut tab_a, ours());
    assert_eq!(first.revision, 1);

    let mut theirs = first.clone();
    theirs.working.title.zh = "另一个标签页的修改".to_owned();
    let theirs = tab_b
        .save(&theirs, now())
        .unwrap_or_else(|e| panic!("{e:?}"));

    let mut mine = first.clone();
    mine.working.title.zh = "本页的修改".to_owned();
    match tab_a.save(&mine, now()) {
        Err(TemplateError::Store(SaveError::Conflict { theirs: stored })) => {
            assert_eq!(*stored, theirs)
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let stored = tab_a
        .load(&mine.working.id)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        stored.map(|r| r.working.title.zh),
        Some("另一个标签页的修改".to_owned())
    );
}

#[test]
fn publishing_refuses_errors_and_numbers_each_changed_version() {
    let kv = MemoryStore::new();
    let mut tab = store(&kv, "a");

    let mut blank = saved(&mut tab, blank_template(TemplateId::new("t-blank")));
    match tab.publish(&blank, now()) {
        Err(TemplateError::Refused(PublishError::Invalid { issues })) => {
            assert!(issues.iter().any(|i| i.path() == "title.zh"), "{issues:#?}")
        }
        other => panic!("a blank template must not publish: {other:?}"),
    }
    assert_eq!(blank.state(), PublishState::Unpublished);
    blank = tab.load(&blank.working.id).ok().flatten().unwrap_or(blank);
    assert_eq!(blank.published, None, "nothing was published");

    let record = saved(&mut tab, ours());
    let v1 = tab
        .publish(&record, now())
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(v1.state(), PublishState::Published { version: 1 });
    assert_eq!(
        tab.publish(&v1, now()).map(|r| r.revision),
        Ok(v1.revision),
        "unchanged"
    );

    let mut edited = v1.clone();
    edited.working.dimensions[0].name.zh = "学习型机关（修订）".to_owned();
    let edited = tab.save(&edited, now()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(edited.state(), PublishState::Edited { version: 1 });
    assert_eq!(edited.next_version(), 2);
    let v2 = tab
        .publish(&edited, now())
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(v2.published.as_ref().map(|t| t.version), Some(2));
    assert_eq!(v2.working.version, 2);
    assert_eq!(tab.published(), vec![v2.working.clone()]);
}

#[test]
fn a_template_file_is_adopted_only_when_newer_and_built_in_ids_stay_reserved() {
    let kv = MemoryStore::new();
    let mut tab = store(&kv, "a");
    let mut v2 = ours();
    v2.version = 2;

    assert!(matches!(tab.adopt(&v2, now()), Ok(Adopted::New(_))));
    assert_eq!(tab.adopt(&v2, now()), Ok(Adopted::AlreadyHere));
    let mut v1 = ours();
    v1.version = 1;
    assert_eq!(
        tab.adopt(&v1, now()),
        Err(TemplateError::Refused(PublishError::NotNewer {
            have: 2,
            offered: 1
        }))
    );
    let mut v3 = ours();
    v3.version = 3;
    v3.dimensions[0].weight = Fixed::from_int(15);
    match tab.adopt(&v3, now()) {
        Ok(Adopted::Updated { record, from }) => {
            assert_eq!(from, 2);
            assert_eq!(record.published, Some(v3.clone()));
            assert_eq!(
                record.working, v3,
                "no local edits: the working copy follows"
            );
        }
        other => panic!("expected an update, got {other:?}"),
    }

    // Local edits not yet published survive a newer file.
    let mut record = tab
        .load(&v3.id)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("stored"));
    record.working.description.zh = "本地修改".to_owned();
    tab.save(&record, now()).unwrap_or_else(|e| panic!("{e:?}"));
    let mut v4 = v3.clone();
    v4.version = 4;
    match tab.adopt(&v4, now()) {
        Ok(Adopted::Updated { record, .. }) => {
            assert_eq!(record.published.map(|t| t.version), Some(4));
            assert_eq!(record.working.description.zh, "本地修改");
        }
        other => panic!("expected an update, got {other:?}"),
    }

    assert_eq!(tab.adopt(&eight_types(), now()), Ok(Adopted::AlreadyHere));
    let mut impostor = eight_types();
    impostor.title.zh = "改过的八型机关".to_owned();
    assert_eq!(
        tab.adopt(&impostor, now()),
        Err(TemplateError::Refused(PublishError::ReservedId {
            id: eight_types().id
        }))
    );
}

#[test]
fn an_unreadable_entry_is_kept_aside_and_the_others_load() {
    let mut kv = MemoryStore::new();
    let mut tab = store(&kv, "a");
    let good = saved(&mut tab, ours());
    let broken_key = format!("{TEMPLATE_PREFIX}t-broken");
    kv.set(&broken_key, "{\"schema\": 1, \"revision\": ")
        .unwrap_or_else(|e| panic!("{e}"));
    let future_key = format!("{TEMPLATE_PREFIX}t-future");
    kv.set(&future_key, "{\"schema\": 7}")
        .unwrap_or_else(|e| panic!("{e}"));

    let report = tab.load_all().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.templates, vec![good]);
    assert_eq!(report.quarantined.len(), 2);
    let kept = kv.get(&quarantine_key(&broken_key, 0)).ok().flatten();
    assert_eq!(kept.as_deref(), Some("{\"schema\": 1, \"revision\": "));
    assert_eq!(
        kv.get(&broken_key).ok().flatten(),
        None,
        "moved, not copied"
    );
    // A newer layout stays where it is, for the newer Eightfold that wrote it.
    assert_eq!(
        kv.get(&future_key).ok().flatten().as_deref(),
        Some("{\"schema\": 7}")
    );
}

#[test]
fn drafts_and_templates_share_storage_without_seeing_each_other() {
    let kv = MemoryStore::new();
    let mut templates = store(&kv, "a");
    saved(&mut templates, ours());
    let mut drafts = DraftStore::new(kv.clone(), WriterId::new("a"));
    let report = drafts.load_all().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        report.drafts.is_empty() && report.quarantined.is_empty(),
        "{report:?}"
    );
    assert!(kv.get(&template_key(&ours().id)).ok().flatten().is_some());
}

#[test]
fn deleting_needs_the_revision_seen_and_fresh_ids_are_free() {
    let kv = MemoryStore::new();
    let mut tab = store(&kv, "a");
    let record = saved(&mut tab, ours());
    assert!(matches!(
        tab.discard(&record.working.id, record.revision + 1),
        Err(TemplateError::Store(SaveError::Conflict { .. }))
    ));
    assert_eq!(
        tab.discard(&record.working.id, record.revision),
        Ok(Some(record.clone()))
    );
    assert_eq!(tab.load(&record.working.id), Ok(None));

    let later = now() + Duration::seconds(1);
    let first = tab.fresh_id(later).unwrap_or_else(|e| panic!("{e}"));
    saved(&mut tab, blank_template(first.clone()));
    let second = tab.fresh_id(later).unwrap_or_else(|e| panic!("{e}"));
    assert_ne!(first, second);
    assert!(second.as_str().starts_with("t-"));
}
