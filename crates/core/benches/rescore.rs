//! Benchmark (not a test): how long a full rescore of the default template takes, which is
//! what the form does on every keystroke. Goal: ≤ 50 µs natively.
//!
//! `cargo bench --bench rescore` prints the median and spread of many timed runs in
//! microseconds, plus the one-off cost of loading and validating the built-in templates and of
//! exporting one unit's assessment file and importing it back (digest checked).
//! Plain `std::time::Instant`; set `EIGHTFOLD_BENCH_RUNS` to change the number of runs.

use std::hint::black_box;
use std::time::Instant;

use eightfold_core::domain::builtin::BUILTIN_SOURCES;
use eightfold_core::domain::{
    eight_types, parse_template, score, validate, Answer, AnswerValue, Answers, Assessment, Fixed,
    IndicatorKind, Template,
};
use eightfold_core::formats::exchange::{export_assessment, import_file};
use eightfold_testkit::exchange_fixtures::{sample_assessment, sample_exported_at};

/// A completely filled form with a bit of everything: levels, quotas short of target,
/// deductions, bonuses, N/A items and notes.
fn filled(template: &Template) -> Answers {
    template
        .indicators()
        .enumerate()
        .map(|(i, (_, indicator))| {
            let value = if indicator.na_allowed && i % 2 == 0 {
                AnswerValue::NotApplicable
            } else {
                match &indicator.kind {
                    IndicatorKind::Scale { levels } => {
                        AnswerValue::Level(levels[i % levels.len()].id.clone())
                    }
                    IndicatorKind::YesNo => AnswerValue::YesNo(i % 3 != 0),
                    IndicatorKind::Quota { target, .. } => AnswerValue::Quantity(
                        target
                            .mul_div(Fixed::from_int(9), Fixed::from_int(10))
                            .unwrap_or(*target),
                    ),
                    IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. } => {
                        AnswerValue::Count(1)
                    }
                    IndicatorKind::Veto => AnswerValue::Veto(false),
                }
            };
            let answer = Answer::new(value).with_note("会议记录、文件和台账见附件");
            (indicator.id.clone(), answer)
        })
        .collect()
}

/// Prints the spread of the samples, and with a budget (µs) whether the median is within it.
fn report(label: &str, mut samples_ns: Vec<u128>, budget_us: Option<f64>) {
    samples_ns.sort_unstable();
    let at = |q: f64| {
        let index = ((samples_ns.len() - 1) as f64 * q).round() as usize;
        samples_ns[index] as f64 / 1000.0
    };
    let verdict = budget_us.map_or_else(String::new, |budget| {
        let met = if at(0.5) <= budget { "met" } else { "NOT met" };
        format!("; budget ≤ {budget} µs: {met}")
    });
    println!(
        "{label}: median {:.2} µs, p10 {:.2} µs, p90 {:.2} µs, min {:.2} µs, max {:.2} µs ({} runs){verdict}",
        at(0.5),
        at(0.1),
        at(0.9),
        at(0.0),
        at(1.0),
        samples_ns.len()
    );
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<u128> {
    for _ in 0..runs.min(200) {
        black_box(f());
    }
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_nanos()
        })
        .collect()
}

fn main() {
    let runs: usize = std::env::var("EIGHTFOLD_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(5000);

    let template = eight_types();
    let answers = filled(&template);
    let sheet = score(&template, &answers);
    println!(
        "template {} v{}: {} dimensions, {} indicators, {} answers; total {} ({})",
        template.id,
        template.version,
        template.dimensions.len(),
        template.indicators().count(),
        answers.len(),
        sheet.total,
        sheet.grade
    );
    report(
        "rescore eight-types (full form)",
        time(runs, || score(black_box(&template), black_box(&answers))),
        Some(50.0),
    );
    report(
        "rescore eight-types (empty form)",
        time(runs, || {
            score(black_box(&template), black_box(&Answers::new()))
        }),
        None,
    );
    let json = BUILTIN_SOURCES[0].1;
    report(
        "parse eight-types JSON",
        time(runs / 10 + 1, || parse_template(black_box(json))),
        None,
    );
    report(
        "validate eight-types",
        time(runs / 10 + 1, || validate(black_box(&template))),
        None,
    );

    // One unit's file (the tests' sample unit, every item answered, no review): written with
    // its digest, then read back with the digest checked.
    let at = sample_exported_at();
    let assessment = Assessment {
        answers: answers.clone(),
        review: None,
        ..sample_assessment(&template)
    };
    let file = match export_assessment(&template, &assessment, at) {
        Ok(file) => file,
        Err(e) => panic!("export failed: {e:?}"),
    };
    println!(
        "assessment file (eight-types, every item answered with a note): {} bytes",
        file.bytes.len()
    );
    report(
        "export one assessment",
        time(runs / 10 + 1, || {
            export_assessment(black_box(&template), black_box(&assessment), at)
        }),
        None,
    );
    report(
        "import one assessment (digest checked)",
        time(runs / 10 + 1, || {
            import_file("unit.eightfold.json", black_box(&file.bytes), &[])
        }),
        None,
    );
}
