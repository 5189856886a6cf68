//! Help in both languages with the exit statuses; wrong usage ends with status 2.

use eightfold_core::i18n;

use super::support::eightfold;

#[test]
fn help_is_in_the_asked_language_and_documents_the_exit_statuses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zh = eightfold(dir.path(), &["--help"]);
    assert_eq!(zh.code, 0, "{}", zh.all());
    assert!(zh.stdout.contains(i18n::CLI_ABOUT.zh) && zh.stdout.contains(i18n::CLI_EXIT_CODES.zh));
    for verb in ["check", "score", "pdf", "consolidate", "template"] {
        assert!(zh.stdout.contains(verb), "{verb}: {}", zh.all());
    }
    let en = eightfold(dir.path(), &["consolidate", "--help", "--lang=en"]);
    assert_eq!(en.code, 0, "{}", en.all());
    assert!(
        en.stdout.contains(i18n::CLI_CONSOLIDATE_ABOUT.en),
        "{}",
        en.all()
    );
    assert!(
        en.stdout.contains(i18n::CLI_CSV_OUT.en) && en.stdout.contains(i18n::CLI_EXIT_CODES.en)
    );
}

#[test]
fn wrong_usage_ends_with_status_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(eightfold(dir.path(), &["check"]).code, 2);
    assert_eq!(
        eightfold(dir.path(), &["score", "a", "--lang", "fr"]).code,
        2
    );
    assert_eq!(eightfold(dir.path(), &["print"]).code, 2);
}
