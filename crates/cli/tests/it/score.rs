//! `eightfold score`: the numbers of `domain::score`, as text and as JSON.

use eightfold_core::domain::{score, Lang};
use eightfold_core::i18n;

use eightfold_testkit::unit_files::{unit, write_unit};

use super::support::eightfold;

#[test]
fn the_score_is_the_cores_in_text_and_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_unit(dir.path(), "县财政局", 3);
    let (template, assessment) = unit("县财政局", 3);
    let sheet = score(&template, &assessment.answers);
    let file = path.to_str().expect("path");

    let json = eightfold(dir.path(), &["score", file, "--json"]);
    assert_eq!(json.code, 0, "{}", json.all());
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(value["self"]["total"], sheet.total.to_string());
    assert_eq!(value["self"]["grade"], sheet.grade.to_string());
    assert_eq!(
        value["self"]["rules"].as_array().map(Vec::len),
        Some(sheet.grade_rules.len())
    );
    assert_eq!(
        value["self"]["dimensions"].as_array().map(Vec::len),
        Some(template.dimensions.len())
    );
    assert_eq!(value["unit"], "县财政局");

    for (lang, flag) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let text = eightfold(dir.path(), &["score", file, "--lang", flag]);
        assert_eq!(text.code, 0, "{}", text.all());
        let total = format!(
            "{}{}{}",
            i18n::TOTAL.get(lang),
            i18n::label_separator(lang),
            sheet.total
        );
        assert!(text.stdout.contains(&total), "{total}:\n{}", text.all());
        assert!(text
            .stdout
            .contains(&template.grade_label(&sheet.grade, lang)));
        for dimension in &template.dimensions {
            assert!(
                text.stdout.contains(dimension.name.get(lang)),
                "{}",
                text.all()
            );
        }
    }
}

#[test]
fn a_file_that_is_not_an_assessment_is_refused_with_status_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("x.json"), "not json").expect("write");
    let run = eightfold(dir.path(), &["score", "x.json", "--lang", "en"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stderr.starts_with("x.json: "), "{}", run.all());
}

#[test]
fn a_reader_that_stops_reading_ends_the_run_quietly() {
    // `eightfold score … --json | head -1`: the pipe is closed before anything is written.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_unit(dir.path(), "县财政局", 3);
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_eightfold"))
        .args(["score", path.to_str().expect("path"), "--json"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("runs eightfold");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "", "nothing on stderr, no panic");
}
