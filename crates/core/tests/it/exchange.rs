//! Assessment files, example by example: the stored fixtures (current and version 1), every
//! way a file can be wrong and the message it gets, digests, reviewed files and backups.
//! Properties over random assessments are in `exchange_props.rs`, fuzzing in
//! `exchange_fuzz.rs`.

use crate::exchange_fixtures;

use eightfold_core::domain::assessment::Review;
use eightfold_core::domain::{
    builtin_templates, eight_types, Answer, AnswerValue, Fixed, IndicatorId, Lang, TemplateId,
};
use eightfold_core::formats::exchange::{
    backup, export_assessment, export_reviewed, import_file, restore, Digest, DigestStatus,
    ImportError, ASSESSMENT_FORMAT, FORMAT_VERSION, MAX_FILE_BYTES,
};
use exchange_fixtures::{fixture_bytes, sample_assessment, sample_exported_at, sample_template};
use serde_json::{json, Value};

/// The digest of `v2-sample.eightfold.json`. If this changes, the canonical form changed and
/// every file already sent out would read as "changed after export": don't update it lightly.
const PINNED_V2_DIGEST: &str = "bf3b27e8686d20fba6461d99ff8d34612753257cd5d737d8341a7d90a5d315a4";
/// The digest of `v1-sample.eightfold.json` (version 1 canonical form).
const PINNED_V1_DIGEST: &str = "41b7e9143419345d427c34dc0134ee9cb6fb85dbd9f5e7edb95c4f4d9ef9cf4f";

fn import(bytes: &[u8]) -> Result<eightfold_core::formats::exchange::Imported, ImportError> {
    import_file("test.eightfold.json", bytes, &builtin_templates())
}

fn sample_file() -> Vec<u8> {
    let template = sample_template();
    export_assessment(
        &template,
        &sample_assessment(&template),
        sample_exported_at(),
    )
    .expect("the sample exports")
    .bytes
}

fn edited(bytes: &[u8], edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(bytes).expect("a JSON file");
    edit(&mut value);
    serde_json::to_vec_pretty(&value).expect("JSON serializes")
}

fn import_error(bytes: &[u8]) -> ImportError {
    match import(bytes) {
        Ok(imported) => panic!(
            "expected an error, imported {}",
            imported.assessment.unit.unit
        ),
        Err(error) => error,
    }
}

#[test]
fn the_stored_current_file_verifies_with_its_pinned_digest() {
    let imported = import(&fixture_bytes("v2-sample.eightfold.json")).expect("imports");
    assert_eq!(imported.digest_status, DigestStatus::Verified);
    assert_eq!(imported.digest.to_hex(), PINNED_V2_DIGEST);
    assert_eq!(imported.migrated_from, None);
    assert!(!imported.score_mismatch);
    let template = sample_template();
    assert_eq!(imported.template, template);
    assert_eq!(imported.assessment, sample_assessment(&template));
}

#[test]
fn the_stored_version_1_file_is_verified_then_migrated() {
    let imported = import(&fixture_bytes("v1-sample.eightfold.json")).expect("imports");
    assert_eq!(imported.migrated_from, Some(1));
    assert_eq!(imported.digest_status, DigestStatus::Verified);
    assert_eq!(imported.digest.to_hex(), PINNED_V1_DIGEST);
    assert_eq!(imported.assessment.unit.unit, "县教育局");
    assert_eq!(imported.assessment.review, None);
    assert_eq!(imported.template, sample_template());
    let answer = imported.assessment.answers.get(&IndicatorId::new("1.1"));
    assert_eq!(
        answer.map(|a| (&a.value, a.note.as_str())),
        Some((
            &AnswerValue::Quantity(Fixed::from_int(12)),
            "全年集中学习 12 天"
        ))
    );
    let sheet = imported.assessment.self_score(&imported.template);
    assert!(sheet.total > Fixed::ZERO);
}

#[test]
fn a_version_1_file_without_a_template_is_scored_with_the_apps_copy() {
    let bytes = fixture_bytes("v1-no-template.eightfold.json");
    let imported = import(&bytes).expect("imports with the built-in template");
    assert_eq!(imported.template, eight_types());
    assert_eq!(imported.migrated_from, Some(1));
    assert_eq!(imported.digest_status, DigestStatus::Verified);

    let error = import_file("x.json", &bytes, &[]).expect_err("no template to score with");
    assert_eq!(
        error,
        ImportError::UnknownTemplate {
            id: TemplateId::new("eight-types"),
            version: 1
        }
    );
    assert!(error.message(Lang::Zh).contains("eight-types"));
}

#[test]
fn an_export_imports_as_the_same_assessment_and_scores() {
    let template = sample_template();
    let assessment = sample_assessment(&template);
    let exported =
        export_assessment(&template, &assessment, sample_exported_at()).expect("exports");
    assert_eq!(
        exported.file_name,
        "县财政局-2026-exchange-sample.eightfold.json"
    );
    let imported = import(&exported.bytes).expect("imports");
    assert_eq!(imported.assessment, assessment);
    assert_eq!(imported.digest, exported.digest);
    assert_eq!(imported.digest_status, DigestStatus::Verified);
    assert_eq!(
        imported.assessment.self_score(&imported.template),
        assessment.self_score(&template)
    );
    assert_eq!(imported.exported_at, sample_exported_at());
}

#[test]
fn the_file_says_what_it_is_and_carries_template_scores_and_digest() {
    let value: Value = serde_json::from_slice(&sample_file()).expect("JSON");
    assert_eq!(value["format"], "eightfold-assessment");
    assert_eq!(value["format_version"], FORMAT_VERSION);
    assert_eq!(value["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(value["exported_at"], "2026-11-20T16:30:00+08:00");
    assert_eq!(value["template"]["id"], "exchange-sample");
    assert_eq!(value["assessment"]["unit"]["unit"], "县财政局");
    assert_eq!(
        value["assessment"]["answers"]["1.1"]["note"],
        "人均 10.5 天，见学习台账"
    );
    assert!(value["scores"]["self"]["total"].is_number());
    assert!(value["scores"]["review"]["grade"].is_string());
    assert_eq!(value["digest"]["algorithm"], "sha256");
    assert_eq!(value["digest"]["value"].as_str().map(str::len), Some(64));
}

#[test]
fn reformatting_a_file_keeps_its_digest_valid() {
    let bytes = sample_file();
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    let compact = serde_json::to_vec(&value).expect("JSON");
    let imported = import(&compact).expect("imports");
    assert_eq!(imported.digest_status, DigestStatus::Verified);
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&bytes);
    assert_eq!(
        import(&with_bom).expect("imports").digest_status,
        DigestStatus::Verified
    );
}

#[test]
fn a_hand_edited_file_imports_marked_changed_after_export() {
    let bytes = sample_file();
    let stated = import(&bytes).expect("imports").digest;
    let changed = edited(&bytes, |v| {
        v["assessment"]["unit"]["unit"] = json!("县财政局（改）")
    });
    let imported = import(&changed).expect("still imports");
    match imported.digest_status {
        DigestStatus::ChangedAfterExport { expected, actual } => {
            assert_eq!(expected, stated);
            assert_eq!(actual, imported.digest);
            assert_ne!(actual, expected);
        }
        other => panic!("expected ChangedAfterExport, got {other:?}"),
    }
    assert_eq!(imported.assessment.unit.unit, "县财政局（改）");
}

#[test]
fn a_file_without_digest_is_marked_missing() {
    let bytes = edited(&sample_file(), |v| {
        v.as_object_mut().map(|o| o.remove("digest"));
    });
    assert_eq!(
        import(&bytes).expect("imports").digest_status,
        DigestStatus::Missing
    );
}

#[test]
fn edited_scores_are_recomputed_and_reported() {
    let bytes = edited(&sample_file(), |v| {
        v["scores"]["self"]["total"] = json!(100)
    });
    let imported = import(&bytes).expect("imports");
    assert!(imported.score_mismatch);
    assert!(matches!(
        imported.digest_status,
        DigestStatus::ChangedAfterExport { .. }
    ));
    let template = sample_template();
    assert_eq!(
        imported.assessment.self_score(&imported.template).total,
        sample_assessment(&template).self_score(&template).total
    );
}

#[test]
fn a_reviewed_file_keeps_the_units_digest_and_has_its_own() {
    let template = sample_template();
    let mut assessment = sample_assessment(&template);
    assessment.review = None;
    let unit_file =
        export_assessment(&template, &assessment, sample_exported_at()).expect("exports");
    let received = import(&unit_file.bytes).expect("imports");

    let mut reviewed = received.assessment.clone();
    let mut review = Review {
        reviewer: "县直机关工委".to_owned(),
        ..Review::default()
    };
    review.answers.set(
        IndicatorId::new("1.3"),
        Answer::new(AnswerValue::YesNo(false)).with_note("未见读书活动记录"),
    );
    reviewed.review = Some(review);
    let original = received.review_of.unwrap_or(received.digest);
    let reviewed_file = export_reviewed(
        &received.template,
        &reviewed,
        original,
        sample_exported_at(),
        Lang::Zh,
    )
    .expect("exports");

    let back = import(&reviewed_file.bytes).expect("imports");
    assert_eq!(back.review_of, Some(unit_file.digest));
    assert_eq!(back.digest, reviewed_file.digest);
    assert_ne!(back.digest, unit_file.digest);
    assert_eq!(back.digest_status, DigestStatus::Verified);
    assert_eq!(back.assessment, reviewed);
}

#[test]
fn too_large_is_refused_before_parsing() {
    let mut bytes = vec![b' '; MAX_FILE_BYTES + 1];
    bytes[0] = b'{';
    assert_eq!(
        import_error(&bytes),
        ImportError::TooLarge {
            size: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES
        }
    );
    assert!(import_error(&bytes).message(Lang::Zh).contains("5.0 MB"));
}

#[test]
fn each_kind_of_unreadable_file_has_its_own_error() {
    assert_eq!(
        import_error(b"{\"a\": \"\xff\"}"),
        ImportError::NotUtf8 {
            offset: 7,
            expected: ASSESSMENT_FORMAT
        }
    );
    assert!(matches!(
        import_error("单位,年度\n财政局,2026".as_bytes()),
        ImportError::NotJson { line: 1, .. }
    ));
    assert!(matches!(
        import_error(b"{\"name\": \"something else\"}"),
        ImportError::WrongFormat { found: None, .. }
    ));
    let future = edited(&sample_file(), |v| {
        v["format_version"] = json!(FORMAT_VERSION + 1)
    });
    assert_eq!(
        import_error(&future),
        ImportError::FutureVersion {
            found: u64::from(FORMAT_VERSION + 1),
            supported: FORMAT_VERSION
        }
    );
    let template = sample_template();
    let drafts = vec![(template.clone(), sample_assessment(&template))];
    let backup_file = backup(&drafts, sample_exported_at()).expect("backs up");
    let error = import_error(&backup_file);
    assert!(
        matches!(&error, ImportError::WrongFormat { found: Some(f), .. } if f == "eightfold-backup")
    );
    assert!(error.message(Lang::Zh).contains("恢复备份"));
}

/// The Chinese message with the words it may keep in Latin letters (the app's file
/// extensions, "JSON", "UTF-8", field names) taken out: what is left must have no ASCII letter,
/// so no serde English reaches a Chinese reader.
fn latin_left_in(message: &str, allowed: &[&str]) -> String {
    let mut rest = message.to_owned();
    for word in allowed {
        rest = rest.replace(word, "");
    }
    rest.chars().filter(char::is_ascii_alphabetic).collect()
}

#[test]
fn a_file_that_is_not_ours_is_told_so_in_the_readers_language() {
    let cases: [(&[u8], &str); 4] = [
        (
            b"",
            "The file is empty. Export it again, or ask the sender for the file again.",
        ),
        (
            b"\xEF\xBB\xBF\r\n  ",
            "The file is empty. Export it again, or ask the sender for the file again.",
        ),
        (
            b"hello, this is not json",
            "This is not a file exported by Eightfold (its content is not JSON). \
             Choose a .eightfold.json file.",
        ),
        (
            b"{\"a\":1}\n",
            "This is not a file exported by Eightfold (it has no `format` field). \
             Choose a .eightfold.json file.",
        ),
    ];
    for (bytes, english) in cases {
        let error = import_error(bytes);
        assert_eq!(error.message(Lang::En), english, "{error:?}");
        let chinese = error.message(Lang::Zh);
        assert_eq!(
            latin_left_in(&chinese, &[".eightfold.json", "JSON", "format"]),
            "",
            "{chinese}"
        );
    }
    assert_eq!(
        import_error(b"").message(Lang::Zh),
        "文件是空的。请重新导出，或向发送方重新索取文件。"
    );
    assert_eq!(
        import_error(b"hello").message(Lang::Zh),
        "这不是八型机关考评导出的文件（内容不是 JSON）。请选择扩展名为 .eightfold.json 的文件。"
    );
    assert!(import_error(b"{\"a\":1}")
        .message(Lang::Zh)
        .starts_with("这不是八型机关考评导出的文件"));
}

#[test]
fn a_cut_or_broken_file_says_where_in_the_readers_language() {
    let file = sample_file();
    let truncated = import_error(&file[..file.len() / 2]);
    let chinese = truncated.message(Lang::Zh);
    assert!(chinese.starts_with("文件不完整"), "{chinese}");
    assert_eq!(latin_left_in(&chinese, &[]), "", "{chinese}");
    let english = truncated.message(Lang::En);
    assert!(english.starts_with("The file is incomplete"), "{english}");
    assert!(!english.contains("EOF"), "{english}");

    let damaged = import_error(b"{\n  \"format\": \"eightfold-assessment\",\n  oops\n}");
    let chinese = damaged.message(Lang::Zh);
    assert!(chinese.contains("第 3 行第 3 列"), "{chinese}");
    assert_eq!(latin_left_in(&chinese, &["JSON"]), "", "{chinese}");
    let english = damaged.message(Lang::En);
    assert!(english.contains("line 3, column 3"), "{english}");
    assert!(!english.contains("expected"), "{english}");

    let binary = import_error(b"\x89PNG\r\n\x1a\n\x00\x00");
    let chinese = binary.message(Lang::Zh);
    assert_eq!(
        latin_left_in(&chinese, &[".eightfold.json", "UTF-8", "JSON"]),
        "",
        "{chinese}"
    );
}

#[test]
fn a_bad_field_keeps_its_path_with_the_words_around_it_translated() {
    let bytes = edited(&sample_file(), |v| {
        v["assessment"]["unit"]
            .as_object_mut()
            .map(|unit| unit.remove("year"));
    });
    let error = import_error(&bytes);
    assert_eq!(
        error.message(Lang::Zh),
        "文件内容有误：assessment.unit：缺少 year 字段"
    );
    assert_eq!(
        error.message(Lang::En),
        "Invalid file content: assessment.unit: missing field `year`"
    );
    let future = edited(&sample_file(), |v| v["format_version"] = json!(99));
    let chinese = import_error(&future).message(Lang::Zh);
    assert!(chinese.contains("请升级本程序"), "{chinese}");
    assert_eq!(
        latin_left_in(&chinese, &["format_version"]),
        "",
        "{chinese}"
    );
}

#[test]
fn field_errors_name_the_field() {
    let bytes = edited(&sample_file(), |v| {
        v["assessment"]["answers"]["1.1"]["value"] = json!({"kind": "quantity", "value": "twelve"})
    });
    let error = import_error(&bytes);
    let field = error.field().expect("names a field");
    assert!(
        field.starts_with("assessment.answers[\"1.1\"].value"),
        "{field}"
    );
    assert!(error.message(Lang::En).contains(&field));
    assert!(
        error.message(Lang::En).contains("number"),
        "{}",
        error.message(Lang::En)
    );
    assert!(error.message(Lang::Zh).contains(&field));

    let missing = edited(&sample_file(), |v| {
        v["assessment"]["unit"]
            .as_object_mut()
            .map(|o| o.remove("year"));
    });
    let error = import_error(&missing);
    assert_eq!(error.field().as_deref(), Some("assessment.unit"));
    assert!(error.message(Lang::Zh).contains("year"));

    let unknown = edited(&sample_file(), |v| v["assessment"]["extra"] = json!(1));
    assert!(import_error(&unknown).message(Lang::En).contains("extra"));
}

#[test]
fn an_invalid_template_inside_is_refused_with_its_issues() {
    let bytes = edited(&sample_file(), |v| {
        v["template"]["dimensions"][0]["weight"] = json!(10)
    });
    match import_error(&bytes) {
        ImportError::InvalidTemplate { issues } => {
            assert!(
                issues.iter().any(|i| i.path == "template.dimensions"),
                "{issues:?}"
            );
        }
        other => panic!("expected InvalidTemplate, got {other:?}"),
    }
}

#[test]
fn an_assessment_for_another_template_version_is_refused() {
    let bytes = edited(&sample_file(), |v| {
        v["assessment"]["template_version"] = json!(99)
    });
    let error = import_error(&bytes);
    assert_eq!(
        error.field().as_deref(),
        Some("assessment.template_version")
    );
}

#[test]
fn every_error_message_names_its_field_in_both_languages() {
    let template = sample_template();
    let drafts = vec![(template.clone(), sample_assessment(&template))];
    let samples = [
        edited(&sample_file(), |v| v["format_version"] = json!(9)),
        edited(&sample_file(), |v| v["format_version"] = json!("two")),
        edited(&sample_file(), |v| v["format"] = json!("something")),
        edited(&sample_file(), |v| v["exported_at"] = json!("yesterday")),
        edited(&sample_file(), |v| v["digest"]["value"] = json!("abc")),
        edited(&sample_file(), |v| v["template"]["grade_bands"] = json!([])),
        edited(&sample_file(), |v| {
            v["assessment"]["answers"]["2.1"]["value"]["kind"] = json!("lots")
        }),
        edited(&sample_file(), |v| {
            v["scores"]["self"]["total"] = json!(1.234)
        }),
        backup(&drafts, sample_exported_at()).expect("backs up"),
    ];
    for bytes in samples {
        let error = import_error(&bytes);
        let field = error.field().expect("the error names a field");
        assert!(!field.is_empty(), "{error:?}");
        for lang in Lang::ALL {
            let message = error.message(lang);
            assert!(
                message.contains(&field),
                "{lang}: {message} should name {field}"
            );
        }
    }
}

#[test]
fn a_backup_restores_every_draft_and_reports_a_bad_entry_alone() {
    let template = sample_template();
    let eight = eight_types();
    let mut second = sample_assessment(&template);
    second.unit.unit = "县教育局".to_owned();
    second.review = None;
    let third = eightfold_core::domain::assessment::Assessment::new(
        eightfold_core::domain::assessment::AssessmentId("blank".to_owned()),
        &eight,
        second.unit.clone(),
        sample_exported_at(),
    );
    let drafts = vec![
        (template.clone(), sample_assessment(&template)),
        (template.clone(), second),
        (eight.clone(), third),
    ];
    let bytes = backup(&drafts, sample_exported_at()).expect("backs up");
    let restored = restore(&bytes, &builtin_templates()).expect("restores");
    assert_eq!(restored.digest_status, DigestStatus::Verified);
    let back: Vec<_> = restored
        .imported()
        .map(|i| (i.template.clone(), i.assessment.clone()))
        .collect();
    assert_eq!(back, drafts);
    assert!(restored
        .imported()
        .all(|i| i.digest_status == DigestStatus::Verified));

    let broken = edited(&bytes, |v| {
        v["entries"][1]["assessment"]["answers"]["1.2"]["value"] =
            json!({"kind": "level", "value": 7})
    });
    let restored = restore(&broken, &builtin_templates()).expect("restores the rest");
    assert!(matches!(
        restored.digest_status,
        DigestStatus::ChangedAfterExport { .. }
    ));
    assert_eq!(restored.imported().count(), 2);
    let failures: Vec<_> = restored.failures().collect();
    assert_eq!(failures.len(), 1);
    let (index, error) = failures[0];
    assert_eq!(index, 1);
    let field = error.field().expect("names the field");
    assert!(
        field.starts_with("entries[1].assessment.answers[\"1.2\"]"),
        "{field}"
    );
}

#[test]
fn restore_refuses_what_is_not_a_backup() {
    let error = restore(&sample_file(), &[]).expect_err("not a backup");
    assert!(
        matches!(&error, ImportError::WrongFormat { found: Some(f), .. } if f == "eightfold-assessment")
    );
    assert!(error.message(Lang::En).contains("Import"));
    assert!(matches!(
        restore(b"\x00\x01", &[]),
        Err(ImportError::NotJson { .. })
    ));
}

#[test]
fn digest_text_round_trips() {
    let digest = Digest::of_bytes(b"eightfold");
    assert_eq!(Digest::from_hex(&digest.to_string()), Some(digest));
}

/// Tidy: the import path handles untrusted bytes, so its code (tests aside) has no panicking
/// shortcuts; a failure must become an `ImportError`.
#[test]
fn exchange_code_has_no_panicking_shortcuts() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/formats/exchange");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("src/formats/exchange exists") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        files += 1;
        let source = std::fs::read_to_string(&path).expect("source is UTF-8");
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        for shortcut in [
            ".unwrap()",
            ".expect(",
            "panic!(",
            "unreachable!(",
            "todo!(",
        ] {
            assert!(
                !code.contains(shortcut),
                "{} uses {shortcut} outside tests",
                path.display()
            );
        }
    }
    assert!(files >= 10, "found only {files} files in {}", dir.display());
}
