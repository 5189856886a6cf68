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

/// Clap's own English words that must not reach a Chinese user.
const CLAP_ENGLISH: [&str; 9] = [
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "Print help",
    "possible values",
    "[default",
    "error:",
    "PATHS",
];

fn assert_no_clap_english(text: &str) {
    for word in CLAP_ENGLISH {
        assert!(!text.contains(word), "{word:?} in:\n{text}");
    }
}

#[test]
fn help_in_chinese_has_no_english_of_clap() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = eightfold(dir.path(), &["--help"]);
    assert_no_clap_english(&root.stdout);
    for heading in [
        i18n::CLI_USAGE_HEADING,
        i18n::CLI_OPTIONS_HEADING,
        i18n::CLI_COMMANDS_HEADING,
        i18n::CLI_HELP_HELP,
        i18n::CLI_VERSION_HELP,
    ] {
        assert!(root.stdout.contains(heading.zh), "{}", root.all());
    }
    let check = eightfold(dir.path(), &["check", "-h"]);
    assert_eq!(check.code, 0, "{}", check.all());
    assert_no_clap_english(&check.stdout);
    assert!(
        check.stdout.contains("eightfold check [选项] <路径>...")
            && check.stdout.contains(i18n::CLI_ARGUMENTS_HEADING.zh),
        "{}",
        check.all()
    );
    let from_csv = eightfold(dir.path(), &["template", "from-csv", "--help"]);
    assert!(
        from_csv
            .stdout
            .contains("eightfold template from-csv [选项] <指标表>"),
        "{}",
        from_csv.all()
    );
    let english = eightfold(dir.path(), &["check", "--help", "--lang", "en"]);
    assert!(
        english
            .stdout
            .contains("Usage: eightfold check [OPTIONS] <PATH>...")
            && english.stdout.contains("Print help"),
        "{}",
        english.all()
    );
}

#[test]
fn usage_errors_say_what_was_wrong_in_the_asked_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: [(&[&str], &str, &str); 5] = [
        (
            &["print"],
            "没有“print”这个命令",
            "there is no command 'print'",
        ),
        (&["chek", "a"], "是否想用：check", "did you mean: check"),
        (
            &["check"],
            "缺少必需的参数：<路径>...",
            "a required argument is missing: <PATH>...",
        ),
        (
            &["score", "a", "--lang", "fr"],
            "“fr”不是 --lang <语言> 可用的值；可用的值：zh, en",
            "",
        ),
        (
            &["score", "a", "--colour"],
            "无法识别的参数“--colour”",
            "unexpected argument '--colour'",
        ),
    ];
    for (args, zh, en) in cases {
        let run = eightfold(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.all());
        assert!(run.stderr.contains(zh), "{args:?}: {}", run.all());
        assert!(
            run.stderr.contains(i18n::CLI_ERROR_SEE_HELP.zh),
            "{}",
            run.all()
        );
        assert_no_clap_english(&run.stderr);
        if en.is_empty() {
            continue;
        }
        let mut english = args.to_vec();
        english.extend(["--lang", "en"]);
        let run = eightfold(dir.path(), &english);
        assert_eq!(run.code, 2, "{english:?}: {}", run.all());
        assert!(run.stderr.contains(en), "{english:?}: {}", run.all());
    }
}
