//! Messages kept as data (`i18n::Message`, the import errors) word themselves in either
//! language: every kind renders in both, an English rendering has no Chinese in it, and a
//! Chinese one has no English sentence (file names, paths and values aside). Each importer
//! names its own kind of file.

use eightfold_core::domain::{builtin_templates, Lang, TemplateId, Text};
use eightfold_core::formats::exchange::file_issue::FileIssue;
use eightfold_core::formats::exchange::{
    import_file, import_template_file, restore, ImportError, ASSESSMENT_FORMAT, TEMPLATE_FORMAT,
};
use eightfold_core::i18n::{self, Message};
use serde_json::Value;

use crate::exchange_fixtures::fixture_bytes;

fn has_cjk(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c))
}

/// Three Latin words in a row, outside quotes and file names: an English phrase.
fn latin_phrase(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic() && c != ' ' && c != '`' && c != '_')
        .flat_map(|run| run.split("  "))
        .collect();
    words
        .into_iter()
        .map(str::trim)
        .find(|run| {
            run.split(' ')
                .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()) && !w.is_empty())
                .count()
                >= 3
        })
        .map(str::to_owned)
}

fn check_both(what: &str, zh: &str, en: &str) {
    assert!(!zh.is_empty() && !en.is_empty(), "{what}: empty rendering");
    assert!(
        has_cjk(zh),
        "{what}: the Chinese rendering has no Chinese: {zh}"
    );
    assert!(
        !has_cjk(en),
        "{what}: the English rendering has Chinese: {en}"
    );
    assert_eq!(
        latin_phrase(zh),
        None,
        "{what}: the Chinese rendering has an English phrase: {zh}"
    );
    assert_ne!(zh, en, "{what}: the same text in both languages");
}

fn every_import_error() -> Vec<ImportError> {
    let issue = FileIssue {
        path: "template.dimensions[0].weight".to_owned(),
        message: Text::new("权重须大于 0", "The weight must be above 0"),
    };
    let mut errors = vec![
        ImportError::TooLarge {
            size: 6 << 20,
            limit: 5 << 20,
        },
        ImportError::NotUtf8 {
            offset: 3,
            expected: ASSESSMENT_FORMAT,
        },
        ImportError::Empty,
        ImportError::WrongFormat {
            found: None,
            expected: ASSESSMENT_FORMAT,
        },
        ImportError::WrongFormat {
            found: Some("something-else".to_owned()),
            expected: TEMPLATE_FORMAT,
        },
        ImportError::FutureVersion {
            found: 9,
            supported: 2,
        },
        ImportError::UnknownTemplate {
            id: TemplateId::new("county-2027"),
            version: 4,
        },
        ImportError::InvalidTemplate {
            issues: vec![issue; 7],
        },
        ImportError::TemplateMismatch {
            path: "assessment.template_id".to_owned(),
            named: (TemplateId::new("county-2026"), 2),
            carried: (TemplateId::new("county-2027"), 1),
        },
    ];
    // serde's own details, as the importer meets them.
    for detail in [
        "missing field `year`",
        "unknown field `yeer`, expected one of `unit`, `year`",
        "duplicate field `year`",
        "unknown variant `maybe`, expected `yes` or `no`",
        "invalid type: string \"twelve\", expected a number with at most two decimals",
        "invalid length 3, expected a pair",
        "the content could not be re-serialized: key must be a string",
    ] {
        errors.push(ImportError::Field {
            path: "assessment.answers[\"3.1\"].value".to_owned(),
            detail: detail.to_owned(),
        });
    }
    for bytes in [
        &b"unit,year\nA,2026"[..],
        b"{\"format\": \"eightfold-",
        b"{\"a\": @}",
    ] {
        errors.push(
            import_file("x.eightfold.json", bytes, &builtin_templates()).expect_err("not JSON"),
        );
    }
    errors
}

#[test]
fn every_import_error_is_worded_in_both_languages() {
    for error in every_import_error() {
        check_both(
            &format!("{error:?}"),
            &error.message(Lang::Zh),
            &error.message(Lang::En),
        );
    }
}

#[test]
fn a_template_mismatch_reads_as_chinese_in_chinese() {
    let error = ImportError::TemplateMismatch {
        path: "assessment.template_version".to_owned(),
        named: (TemplateId::new("county-2026"), 2),
        carried: (TemplateId::new("county-2026"), 3),
    };
    let zh = error.message(Lang::Zh);
    assert!(zh.contains("第 2 版") && zh.contains("第 3 版"), "{zh}");
    assert!(!zh.contains("carries") && !zh.contains(" version "), "{zh}");
    assert!(error.message(Lang::En).contains("version 2"));
}

#[test]
fn an_import_of_a_mismatched_file_is_reported_in_chinese() {
    let mut file: Value =
        serde_json::from_slice(&fixture_bytes("v2-sample.eightfold.json")).expect("JSON");
    file["assessment"]["template_version"] = Value::from(99);
    let bytes = serde_json::to_vec(&file).expect("serializes");
    let error = import_file("x.eightfold.json", &bytes, &builtin_templates()).expect_err("refused");
    assert!(
        matches!(error, ImportError::TemplateMismatch { .. }),
        "{error:?}"
    );
    check_both(
        "mismatch",
        &error.message(Lang::Zh),
        &error.message(Lang::En),
    );
}

#[test]
fn each_importer_names_its_own_kind_of_file() {
    let not_json = b"just some text";
    let assessment = import_file("a.txt", not_json, &builtin_templates()).expect_err("refused");
    let template = import_template_file(not_json).expect_err("refused");
    let backup = restore(not_json, &builtin_templates()).expect_err("refused");
    for lang in [Lang::Zh, Lang::En] {
        assert!(assessment.message(lang).contains(".eightfold.json"));
        assert!(template.message(lang).contains(".eightfold-template.json"));
        assert!(backup.message(lang).contains(".eightfold-backup.json"));
    }
    let not_utf8 = import_template_file(b"{\"a\": \"\xff\"}").expect_err("refused");
    assert!(not_utf8
        .message(Lang::Zh)
        .contains(".eightfold-template.json"));
}

#[test]
fn a_message_kept_as_data_is_worded_in_the_language_of_the_moment() {
    let error = import_file("x.eightfold.json", b"", &builtin_templates()).expect_err("empty");
    let line = Message::labelled(
        Message::Text(i18n::BACKUP_RESTORED),
        Message::List(vec![
            Message::fill(i18n::BACKUP_DRAFTS_RESTORED, Message::plain(3)),
            Message::fill(
                i18n::TEMPLATE_RESTORED,
                Message::Both(Text::new("县级模板", "County template")),
            ),
            Message::from(error),
            Message::Joined(vec![
                Message::Text(i18n::DIGEST_OK),
                Message::plain(" · "),
                Message::Filled(i18n::SHEET_CODE, vec![Message::plain("AB12-CD34")]),
            ]),
        ]),
    );
    let zh = line.render(Lang::Zh);
    let en = line.render(Lang::En);
    assert_eq!(
        zh,
        "备份已恢复：草稿 3 份；已恢复考核模板：县级模板；文件是空的。请重新导出，或向发送方重新索取文件。；校验一致 · 表单码 AB12-CD34"
    );
    assert_eq!(
        en,
        "Backup restored: 3 draft(s); Criteria template restored: County template; The file is empty. Export it again, or ask the sender for the file again.; digest OK · sheet code AB12-CD34"
    );
    check_both("report line", &zh, &en);
}
