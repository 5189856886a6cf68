//! `eightfold template from-csv`: a criteria table (UTF-8 or GB18030) into a template file.

use eightfold_core::domain::validate;
use eightfold_core::formats::exchange::import_template_file;
use eightfold_core::i18n;

use super::support::eightfold;

fn committee_table() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/fixtures/criteria/committee-table.csv"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_gb18030_table_becomes_a_template_file_that_imports() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gb = encoding_rs::GB18030
        .encode(&committee_table())
        .0
        .into_owned();
    std::fs::write(dir.path().join("县委考核指标.csv"), gb).expect("write");
    let run = eightfold(
        dir.path(),
        &["template", "from-csv", "县委考核指标.csv", "-o", "t.json"],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains("已根据指标表生成模板文件 t.json"),
        "{}",
        run.all()
    );
    let imported = import_template_file(&std::fs::read(dir.path().join("t.json")).expect("read"))
        .expect("the written file imports");
    assert_eq!(imported.template.title.zh, "县委考核指标");
    assert!(validate(&imported.template).is_empty());
    assert!(imported.template.id.as_str().starts_with("csv-"));
}

#[test]
fn a_table_with_problems_is_described_in_the_editors_words_and_not_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let table = committee_table().replacen("学习型机关,40,", "学习型机关,45,", 1);
    std::fs::write(dir.path().join("t.csv"), table).expect("write");
    let run = eightfold(
        dir.path(),
        &["template", "from-csv", "t.csv", "--lang", "en"],
    );
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stdout.contains(i18n::TEMPLATE_PROBLEMS.en),
        "{}",
        run.all()
    );
    assert!(
        run.stdout.contains(i18n::CLI_TEMPLATE_NOT_WRITTEN.en),
        "{}",
        run.all()
    );
    let written = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(written, 1, "only the table is there");
}
