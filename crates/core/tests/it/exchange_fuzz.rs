//! Fuzzing the import and restore paths on stable Rust with proptest: arbitrary bytes, and
//! mutations of valid files (byte flips, truncations, insertions, spliced JSON tokens, and
//! JSON-level edits: replaced, removed, swapped and renamed fields).
//!
//! Besides "never panics", each case checks what must hold: an error's message is non-empty
//! in both languages and names its field; a file that imports with a verified digest is
//! exactly the original assessment and template, with matching scores.
//!
//! A batch of such files, read by `batch_import` (each distinct template once), gives exactly
//! what `import_file` gives each file alone, messages included.
//!
//! Cases per test come from `EIGHTFOLD_FUZZ_CASES` (default 10 000, the normal run); the long
//! run is `cargo xtask fuzz`.

use crate::damage::{mutate, Mutation, Original};
use crate::exchange_fixtures;
use crate::fuzz::{self, check_import_error};

use std::sync::OnceLock;

use eightfold_core::domain::assessment::{Assessment, Review};
use eightfold_core::domain::{builtin_templates, eight_types, Fixed, Lang, Template, TemplateId};
use eightfold_core::formats::exchange::{
    batch_import, export_assessment, export_reviewed, import_file, restore, write_backup,
    BackupDraft, BackupTemplate, Digest, DigestStatus, Imported,
};
use exchange_fixtures::{fixture_bytes, sample_assessment, sample_exported_at, sample_template};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;
use serde_json::Value;

/// A valid file and what it holds.
struct Base {
    file: Original,
    /// What the file holds, for assessment files; the drafts, for backups.
    content: Vec<(Template, Assessment)>,
}

fn base(bytes: Vec<u8>, content: Vec<(Template, Assessment)>) -> Base {
    Base {
        file: Original::new(bytes),
        content,
    }
}

fn known() -> &'static [Template] {
    static KNOWN: OnceLock<Vec<Template>> = OnceLock::new();
    KNOWN.get_or_init(builtin_templates)
}

/// Assessment files of every layout and kind: current, version 1 with and without template,
/// reviewed, compact, and one on the large built-in template.
fn assessment_bases() -> &'static [Base] {
    static BASES: OnceLock<Vec<Base>> = OnceLock::new();
    BASES.get_or_init(|| {
        let template = sample_template();
        let assessment = sample_assessment(&template);
        let at = sample_exported_at();
        let export =
            |t: &Template, a: &Assessment| export_assessment(t, a, at).expect("exports").bytes;
        let stored = |name: &str| {
            let bytes = fixture_bytes(name);
            let imported = import_file(name, &bytes, known()).expect("a fixture imports");
            base(bytes, vec![(imported.template, imported.assessment)])
        };
        let mut unreviewed = assessment.clone();
        unreviewed.review = None;
        let original = export_assessment(&template, &unreviewed, at).expect("exports");
        let reviewed = export_reviewed(&template, &assessment, original.digest, at, Lang::Zh)
            .expect("exports");
        let eight = eight_types();
        let mut on_builtin = sample_assessment(&eight);
        on_builtin.review = Some(Review::default());
        let compact = serde_json::to_vec(
            &serde_json::from_slice::<Value>(&export(&template, &assessment)).expect("JSON"),
        )
        .expect("JSON");
        vec![
            base(
                export(&template, &assessment),
                vec![(template.clone(), assessment.clone())],
            ),
            base(compact, vec![(template.clone(), assessment.clone())]),
            base(reviewed.bytes, vec![(template.clone(), assessment.clone())]),
            base(export(&eight, &on_builtin), vec![(eight, on_builtin)]),
            stored("v1-sample.eightfold.json"),
            stored("v1-no-template.eightfold.json"),
        ]
    })
}

/// A backup of two drafts (the second a reviewed file's, with `review_of`) and a template
/// library (one published and edited since, one never published).
fn backup_base() -> &'static Base {
    static BASE: OnceLock<Base> = OnceLock::new();
    BASE.get_or_init(|| {
        let template = sample_template();
        let mut second = sample_assessment(&template);
        second.unit.unit = "县教育局".to_owned();
        let drafts = vec![
            (template.clone(), sample_assessment(&template)),
            (template, second),
        ];
        let entries: Vec<BackupDraft> = drafts
            .iter()
            .zip(backup_review_of())
            .map(|((template, assessment), review_of)| BackupDraft {
                template: template.clone(),
                assessment: assessment.clone(),
                review_of: *review_of,
            })
            .collect();
        base(
            write_backup(&entries, backup_library(), sample_exported_at()).expect("backs up"),
            drafts,
        )
    })
}

/// The `review_of` of each draft in [`backup_base`].
fn backup_review_of() -> &'static [Option<Digest>] {
    static REVIEW_OF: OnceLock<Vec<Option<Digest>>> = OnceLock::new();
    REVIEW_OF.get_or_init(|| vec![None, Some(Digest::of_bytes(b"the unit's own file"))])
}

/// The template library in [`backup_base`].
fn backup_library() -> &'static [BackupTemplate] {
    static LIBRARY: OnceLock<Vec<BackupTemplate>> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let published = sample_template();
        let mut working = published.clone();
        working.title.zh = "修订中的细则".to_owned();
        let mut unpublished = eight_types();
        unpublished.id = TemplateId::new("t-never-published");
        vec![
            BackupTemplate {
                working,
                published: Some(published),
            },
            BackupTemplate {
                working: unpublished,
                published: None,
            },
        ]
    })
}

const TOKENS: &[&str] = &[
    "null",
    "0",
    "-1",
    "1e999",
    "-0.001",
    "18446744073709551616",
    "\"\"",
    "{}",
    "[]",
    "true",
    "\"twelve\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    ",",
    ":",
    "\"",
    "{",
    "]",
    "\u{FEFF}",
    "七",
];

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        prop::sample::select(vec![
            "quantity",
            "level",
            "count",
            "yes_no",
            "veto",
            "not_applicable",
            "sha256",
            "eightfold-assessment",
            "2026-11-20T16:30:00+08:00",
            "2026-02-30",
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (any::<Index>(), 1_u8..=255).prop_map(|(at, xor)| Mutation::Flip { at, xor }),
        1 => any::<Index>().prop_map(|at| Mutation::Truncate { at }),
        1 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        1 => (any::<Index>(), 1_usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        1 => (any::<Index>(), prop::sample::select(TOKENS))
            .prop_map(|(at, token)| Mutation::Insert { at, bytes: token.as_bytes().to_vec() }),
        3 => (any::<Index>(), any_json()).prop_map(|(pointer, with)| Mutation::Replace { pointer, with }),
        2 => any::<Index>().prop_map(|pointer| Mutation::Remove { pointer }),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap { a, b }),
        1 => any::<Index>().prop_map(|pointer| Mutation::Rename { pointer, key: "value".to_owned() }),
        1 => ("[a-z_]{1,10}", any::<Index>()).prop_map(|(key, pointer)| Mutation::Rename { pointer, key }),
    ]
}

/// What every successful import must satisfy; `original` is what the unmutated file held.
fn check_imported(
    imported: &Imported,
    original: &(Template, Assessment),
) -> Result<(), TestCaseError> {
    let sheet = imported.assessment.self_score(&imported.template);
    prop_assert!(sheet.total >= Fixed::ZERO && sheet.total <= Fixed::HUNDRED);
    if imported.digest_status == DigestStatus::Verified {
        prop_assert_eq!(&imported.template, &original.0);
        prop_assert_eq!(&imported.assessment, &original.1);
        prop_assert!(!imported.score_mismatch);
    }
    Ok(())
}

proptest! {
    #![proptest_config(fuzz::config())]

    #[test]
    fn arbitrary_bytes_never_panic_and_are_explained(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..512),
            "[{}\\[\\]\":,0-9a-z_. -]{0,200}".prop_map(String::into_bytes),
            "\\PC{0,64}".prop_map(String::into_bytes),
        ],
    ) {
        match import_file("random.bin", &bytes, known()) {
            // Astronomically unlikely, but a valid file must then be a sound one.
            Ok(imported) => {
                let sheet = imported.assessment.self_score(&imported.template);
                prop_assert!(sheet.total <= Fixed::HUNDRED);
            }
            Err(error) => check_import_error(&error)?,
        }
        if let Err(error) = restore(&bytes, known()) {
            check_import_error(&error)?;
        }
    }

    #[test]
    fn mutated_assessment_files_never_panic_and_verify_only_the_original(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
        pretty in any::<bool>(),
    ) {
        let base = which.get(assessment_bases());
        let bytes = mutate(&base.file, &mutations, pretty);
        match import_file("mutated.eightfold.json", &bytes, known()) {
            Ok(imported) => check_imported(&imported, &base.content[0])?,
            Err(error) => check_import_error(&error)?,
        }
    }

    #[test]
    fn mutated_backups_never_panic_and_restore_what_they_can(
        mutations in prop::collection::vec(mutation(), 1..4),
        pretty in any::<bool>(),
    ) {
        let base = backup_base();
        let bytes = mutate(&base.file, &mutations, pretty);
        match restore(&bytes, known()) {
            Ok(restored) => {
                let verified = restored.digest_status == DigestStatus::Verified;
                if verified {
                    prop_assert_eq!(restored.entries.len(), base.content.len());
                }
                for (i, entry) in restored.entries.iter().enumerate() {
                    match entry {
                        Ok(imported) => {
                            if verified {
                                check_imported(imported, &base.content[i])?;
                                prop_assert_eq!(imported.review_of, backup_review_of()[i]);
                            }
                        }
                        Err(error) => {
                            prop_assert!(!verified, "a verified backup has no bad entry");
                            check_import_error(error)?;
                        }
                    }
                }
                let library = backup_library();
                if verified {
                    prop_assert_eq!(restored.templates.len(), library.len());
                }
                for (i, entry) in restored.templates.iter().enumerate() {
                    match entry {
                        // A template entry that verifies is exactly one that was backed up.
                        Ok(template) => {
                            if template.digest_status == DigestStatus::Verified {
                                prop_assert!(library.contains(&template.template));
                            }
                            if verified {
                                prop_assert_eq!(&template.template, &library[i]);
                            }
                        }
                        Err(error) => {
                            prop_assert!(!verified, "a verified backup has no bad template");
                            check_import_error(error)?;
                        }
                    }
                }
            }
            Err(error) => check_import_error(&error)?,
        }
    }
}

proptest! {
    // A case reads up to five files twice (as a batch, then one by one): a fifth of the cases.
    #![proptest_config(Config { cases: (fuzz::config().cases / 5).max(1), ..fuzz::config() })]

    #[test]
    fn a_batch_imports_every_file_exactly_as_import_file_does(
        files in prop::collection::vec(
            (any::<Index>(), prop::collection::vec(mutation(), 0..3), any::<bool>()),
            1..6,
        ),
    ) {
        // Unmutated files of one base share its template; mutated ones may carry another
        // valid template, a broken one, or be no assessment file at all.
        let files: Vec<(String, Vec<u8>)> = files
            .iter()
            .enumerate()
            .map(|(i, (which, mutations, pretty))| {
                let base = which.get(assessment_bases());
                (format!("unit-{i}.eightfold.json"), mutate(&base.file, mutations, *pretty))
            })
            .collect();
        let batch = batch_import(
            files.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())),
            known(),
        );
        prop_assert_eq!(batch.files.len(), files.len());
        for (i, template) in batch.templates.iter().enumerate() {
            prop_assert!(!batch.templates[..i].contains(template), "each template once");
        }
        for ((name, bytes), read) in files.iter().zip(batch.files) {
            match (read, import_file(name, bytes, known())) {
                (Ok(read), Ok(alone)) => {
                    let Some(template) = batch.templates.get(read.template).cloned() else {
                        return Err(TestCaseError::fail("a template outside the batch's list"));
                    };
                    prop_assert_eq!(read.map_template(|_| template), alone);
                }
                (Err(read), Err(alone)) => {
                    for lang in Lang::ALL {
                        prop_assert_eq!(read.message(lang), alone.message(lang));
                    }
                    prop_assert_eq!(&read, &alone);
                    check_import_error(&read)?;
                }
                (read, alone) => prop_assert!(false, "batch: {read:?}\nalone: {alone:?}"),
            }
        }
    }
}
