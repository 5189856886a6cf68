//! `eightfold consolidate`: a folder of unit files, with the files a committee meets.

use eightfold_core::i18n;

use eightfold_testkit::exchange_fixtures::csv_records;
use eightfold_testkit::unit_files::{troubled_folder, write_unit};

use super::support::eightfold;

#[test]
fn broken_tampered_and_foreign_files_are_named_and_the_rest_consolidated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let batch = dir.path().join("batch");
    std::fs::create_dir(&batch).expect("dir");
    let (broken, tampered, foreign) = troubled_folder(&batch, 5);
    let run = eightfold(
        dir.path(),
        &[
            "consolidate",
            "batch",
            "--csv",
            "out.csv",
            "--pdf",
            "out.pdf",
            "--corrective",
            "todo.csv",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.all());
    for path in [&broken, &foreign] {
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let line = run.stdout.lines().find(|l| l.contains(name));
        assert!(
            line.is_some_and(|l| l.contains('：')),
            "{name} refused:\n{}",
            run.all()
        );
    }
    let tampered_name = tampered.file_name().and_then(|n| n.to_str()).expect("name");
    let after = run
        .stdout
        .split(i18n::CLI_CHANGED_FILES.zh)
        .nth(1)
        .unwrap_or_default();
    assert!(after.contains(tampered_name), "{}", run.all());
    assert!(
        run.stdout.contains("共 8 个文件：6 个已汇总，2 个未能导入"),
        "{}",
        run.all()
    );

    let rows = csv_records(&std::fs::read(dir.path().join("out.csv")).expect("CSV"));
    assert_eq!(rows.len(), 1 + 6, "header and the six consolidated units");
    assert!(rows
        .iter()
        .any(|r| r[1] == "县已改动局" && r.last().is_some_and(|s| s == "导出后被修改")));
    assert!(std::fs::read(dir.path().join("out.pdf"))
        .expect("PDF")
        .starts_with(b"%PDF"));
    let todo = csv_records(&std::fs::read(dir.path().join("todo.csv")).expect("CSV"));
    assert_eq!(todo[0][0], "排名");

    let english = eightfold(dir.path(), &["consolidate", "batch", "--lang", "en"]);
    assert_eq!(english.code, 1);
    assert!(
        english.stdout.contains(i18n::CLI_REFUSED.en),
        "{}",
        english.all()
    );
    assert!(
        english
            .stdout
            .contains("8 files: 6 consolidated, 2 not imported"),
        "{}",
        english.all()
    );
    assert!(
        english.stdout.contains(i18n::REVIEW_STATS.en),
        "{}",
        english.all()
    );
}

#[test]
fn a_clean_batch_ends_with_status_0_and_a_duplicate_is_reported_as_the_page_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let batch = dir.path().join("batch");
    std::fs::create_dir(&batch).expect("dir");
    write_unit(&batch, "县财政局", 1);
    let second = write_unit(&batch, "县教育局", 2);
    std::fs::copy(&second, batch.join("县教育局-再次发送.eightfold.json")).expect("copy");
    let run = eightfold(dir.path(), &["consolidate", "batch"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout
            .contains("重复文件：县教育局（2026 全年）共有 2 份文件"),
        "{}",
        run.all()
    );
}
