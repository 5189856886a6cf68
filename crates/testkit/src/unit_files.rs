//! The unit files a committee receives, made as the page makes them: assessments of the
//! built-in template answered by the core's generators ([`crate::answers`]) and exported by the
//! page's action (`actions::exported_file`). The command line's tests and its consolidate
//! bench run `eightfold` on them.

use std::path::{Path, PathBuf};

use eightfold_core::actions::exported_file;
use eightfold_core::domain::{eight_types, Answers, Assessment, Review, Template};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};

use crate::answers::{answers_for, assessment_for, beijing};
use crate::exchange_fixtures::year_file;

/// Answers to `template` by the core's generator from `seed`, each note a plain sentence
/// (the generator's awkward text has characters no font in the app draws).
fn plain_answers(template: &Template, seed: u64) -> Answers {
    let mut runner = TestRunner::new_with_rng(
        Default::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[seed as u8; 32]),
    );
    let mut answers = answers_for(template)
        .new_tree(&mut runner)
        .expect("answers")
        .current();
    for answer in answers.0.values_mut() {
        answer.note = "见佐证材料第 3 页".to_owned();
    }
    answers
}

/// A unit's 2026 file of the built-in template, answered by the core's generator `seed`.
pub fn unit(name: &str, seed: u64) -> (Template, Assessment) {
    let template = eight_types();
    let answers = plain_answers(&template, seed);
    let assessment = year_file(&template, name, 2026, answers, beijing(2026, 12, 1, 9, 0));
    (template, assessment)
}

/// [`unit`] with a review by the committee, answered by the generator `seed + 100`.
pub fn reviewed_unit(name: &str, seed: u64) -> (Template, Assessment) {
    let (template, mut assessment) = unit(name, seed);
    assessment.review = Some(Review {
        reviewer: "县考评组".to_owned(),
        answers: plain_answers(&template, seed + 100),
    });
    (template, assessment)
}

/// `count` generated unit files of the built-in template, as a committee receives them: most
/// of 2026, every tenth of 2025, some names as people type them (the generator's awkward
/// text), one unit sent twice, some with a review started.
pub fn batch(count: usize) -> Vec<(Template, Assessment)> {
    let template = eight_types();
    let mut runner = TestRunner::deterministic();
    let strategy = assessment_for(&template);
    (0..count)
        .map(|i| {
            let mut assessment = strategy
                .new_tree(&mut runner)
                .expect("assessment")
                .current();
            assessment.unit.year = if i % 10 == 9 { 2025 } else { 2026 };
            assessment.unit.period = "全年".to_owned();
            if i % 4 != 3 {
                assessment.unit.unit = format!("县第{}局", i % 150);
            }
            (template.clone(), assessment)
        })
        .collect()
}

/// Writes each file as the page exports it, named `unit-0001.eightfold.json` and so on, in
/// `dir`; returns the paths in order.
pub fn write_batch(dir: &Path, files: &[(Template, Assessment)]) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).expect("batch dir");
    files
        .iter()
        .enumerate()
        .map(|(i, (template, assessment))| {
            let document =
                exported_file(template, assessment, beijing(2026, 12, 2, 10, 0)).expect("exports");
            let path = dir.join(format!("unit-{:04}.eightfold.json", i + 1));
            std::fs::write(&path, &document.bytes).expect("write unit file");
            path
        })
        .collect()
}

/// Writes one unit's file into `dir`; returns its path.
pub fn write_unit(dir: &Path, name: &str, seed: u64) -> PathBuf {
    let (template, assessment) = unit(name, seed);
    let document =
        exported_file(&template, &assessment, beijing(2026, 12, 2, 10, 0)).expect("exports");
    let path = dir.join(&document.file_name);
    std::fs::write(&path, &document.bytes).expect("write unit file");
    path
}

/// A folder with `good` unit files and the three a committee meets: a broken file (cut
/// short), a tampered one (a unit's name edited after export: the digest no longer matches)
/// and a foreign one (a spreadsheet export, not an Eightfold file).
pub fn troubled_folder(dir: &Path, good: usize) -> (PathBuf, PathBuf, PathBuf) {
    for i in 0..good {
        write_unit(dir, &format!("县第{i}局"), i as u64 + 1);
    }
    let broken_source = std::fs::read(write_unit(dir, "县残缺局", 90)).expect("read");
    let broken = dir.join("县残缺局-2026-eight-types.eightfold.json");
    std::fs::write(&broken, &broken_source[..broken_source.len() / 2]).expect("write");
    let tampered = write_unit(dir, "县改动局", 91);
    let text = std::fs::read_to_string(&tampered).expect("read");
    std::fs::write(
        &tampered,
        text.replace("\"unit\": \"县改动局\"", "\"unit\": \"县已改动局\""),
    )
    .expect("write");
    let foreign = dir.join("名单.json");
    std::fs::write(&foreign, "{\"rows\": [[\"单位\", \"得分\"]]}").expect("write");
    (broken, tampered, foreign)
}
