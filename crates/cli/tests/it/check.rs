//! `eightfold check`: a verdict per file, each kind recognised, problems worded as the page
//! words them, status 1 when any fails.

use eightfold_core::actions::{backup_file, template_file, BackupContent};
use eightfold_core::domain::{eight_types, Lang};
use eightfold_core::formats::exchange::{import_file, BackupDraft};
use eightfold_core::i18n;

use eightfold_testkit::answers::beijing;
use eightfold_testkit::unit_files::{troubled_folder, unit, write_unit};

use super::support::eightfold;

fn committee_table() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/fixtures/criteria/committee-table.csv"
    );
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn good_files_of_every_kind_pass() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_unit(dir.path(), "县财政局", 1);
    let template = template_file(&eight_types(), beijing(2026, 12, 1, 9, 0)).expect("template");
    std::fs::write(dir.path().join(&template.file_name), &template.bytes).expect("write");
    let (t, a) = unit("县教育局", 2);
    let drafts = [BackupDraft {
        template: t,
        assessment: a,
        review_of: None,
    }];
    let content = BackupContent {
        drafts: &drafts,
        ..Default::default()
    };
    let backup = backup_file(content, beijing(2026, 12, 3, 9, 0)).expect("backup");
    std::fs::write(dir.path().join(&backup.file_name), &backup.bytes).expect("write");
    std::fs::write(dir.path().join("指标表.csv"), committee_table()).expect("write");
    let gb18030 = encoding_rs::GB18030
        .encode(&String::from_utf8(committee_table()).expect("UTF-8"))
        .0
        .into_owned();
    std::fs::write(dir.path().join("指标表-gbk.csv"), gb18030).expect("write");

    let run = eightfold(dir.path(), &["check", "."]);
    assert_eq!(run.code, 0, "{}", run.all());
    let ok = format!("[{}]", i18n::CLI_OK.zh);
    for kind in [
        i18n::CLI_KIND_ASSESSMENT,
        i18n::CLI_KIND_TEMPLATE,
        i18n::CLI_KIND_BACKUP,
        i18n::CLI_KIND_CRITERIA,
    ] {
        assert!(
            run.stdout
                .lines()
                .any(|l| l.starts_with(&ok) && l.contains(kind.zh)),
            "{kind:?} passes:\n{}",
            run.all()
        );
    }
    assert_eq!(run.stdout.matches(&ok).count(), 5, "{}", run.all());
    assert!(run.stdout.contains(i18n::DIGEST_OK.zh));
}

#[test]
fn a_broken_a_tampered_and_a_foreign_file_each_fail_with_the_pages_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (broken, tampered, foreign) = troubled_folder(dir.path(), 2);
    let run = eightfold(dir.path(), &["check", "."]);
    assert_eq!(run.code, 1, "{}", run.all());
    let failed = format!("[{}]", i18n::CLI_FAILED.zh);
    for path in [&broken, &tampered, &foreign] {
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        assert!(
            run.stdout
                .lines()
                .any(|l| l.starts_with(&failed) && l.contains(name)),
            "{name} fails:\n{}",
            run.all()
        );
    }
    assert_eq!(run.stdout.matches(&failed).count(), 3, "{}", run.all());
    assert!(
        run.stdout.contains(i18n::CHANGED_AFTER_EXPORT.zh),
        "{}",
        run.all()
    );
    // The broken and the foreign file: the field and the import's own message.
    for bytes_of in [&broken, &foreign] {
        let bytes = std::fs::read(bytes_of).expect("read");
        let error = import_file("x", &bytes, &[]).expect_err("refused");
        assert!(
            run.stdout.contains(&error.message(Lang::Zh)),
            "{}",
            run.all()
        );
    }
    assert!(run.stdout.contains("字段 format："), "{}", run.all());

    let english = eightfold(dir.path(), &["check", "--lang", "en", "."]);
    assert_eq!(english.code, 1);
    assert!(english.stdout.contains("[FAILED]") && english.stdout.contains("field format: "));
    assert!(
        english.stdout.contains(i18n::CHANGED_AFTER_EXPORT.en),
        "{}",
        english.all()
    );
}

#[test]
fn a_criteria_table_with_problems_names_the_row_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let table = String::from_utf8(committee_table())
        .expect("UTF-8")
        .replacen(",20,定量,", ",二十,定量,", 1);
    std::fs::write(dir.path().join("表.csv"), table).expect("write");
    let run = eightfold(dir.path(), &["check", "表.csv"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stdout.contains("第 2 行“分值”列"), "{}", run.all());
}

#[test]
fn a_missing_path_is_named_and_fails_in_the_words_of_the_output_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = eightfold(dir.path(), &["check", "没有这个文件.json"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stdout.contains("没有这个文件.json")
            && run.stdout.contains("无法读取：文件或文件夹不存在"),
        "{}",
        run.all()
    );
    // The system's own words ("No such file or directory (os error 2)") stay out of Chinese.
    assert!(
        !run.stdout.contains("os error") && !run.stdout.contains("No such"),
        "{}",
        run.all()
    );
    let run = eightfold(dir.path(), &["check", "--lang", "en", "missing.json"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stdout
            .contains("cannot be read: no such file or folder"),
        "{}",
        run.all()
    );
}

#[test]
fn an_output_that_cannot_be_written_names_the_file_and_why_in_chinese() {
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = write_unit(dir.path(), "县财政局", 1);
    let unit = unit.file_name().expect("name").to_str().expect("utf-8");
    let run = eightfold(dir.path(), &["pdf", unit, "-o", "没有的文件夹/评分表.pdf"]);
    assert_eq!(run.code, 3, "{}", run.all());
    assert!(
        run.stderr
            .contains("无法写入 没有的文件夹/评分表.pdf：文件或文件夹不存在"),
        "{}",
        run.all()
    );
}

#[test]
fn a_bad_field_is_named_once_in_the_pages_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_unit(dir.path(), "县财政局", 1);
    let text = std::fs::read_to_string(&path).expect("read");
    let renamed = text.replacen("\"total\"", "\"totalx\"", 1);
    assert_ne!(renamed, text, "the file has a total to rename");
    std::fs::write(&path, &renamed).expect("write");
    let error = import_file("x", renamed.as_bytes(), &[]).expect_err("refused");
    let field = error.field().expect("a field");
    for (lang, flag) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let run = eightfold(dir.path(), &["check", "--lang", flag, "."]);
        assert_eq!(run.code, 1, "{}", run.all());
        assert!(run.stdout.contains(&error.message(lang)), "{}", run.all());
        assert_eq!(run.stdout.matches(&field).count(), 1, "{}", run.all());
    }
}
