//! Consolidation of a batch of unit files (issue 9): ranking, per-type averages and spreads,
//! duplicates, mixed templates, year-over-year change and corrective-action lists.
//!
//! The property tests build random batches (two templates, a few units with names that
//! differ only in blanks, two years, random self and review answers) and compare every figure
//! with an independent computation written here from the documented rules — counting instead
//! of sorting for ranks, a different rounding formula for means — never with literals.

use crate::answers;
use crate::exchange_fixtures;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use eightfold_core::domain::consolidate::{
    consolidate, ConsolidateOptions, Consolidation, CorrectiveReason, FileCheck, Notice, UnitInput,
    DEFAULT_THRESHOLD,
};
use eightfold_core::domain::template_edit::sample_answers;
use eightfold_core::domain::{
    builtin_templates, eight_types, score, Answer, AnswerValue, Answers, Assessment, AssessmentId,
    Fixed, IndicatorId, IndicatorKind, Lang, LevelId, Review, ScoreSheet, Template, UnitInfo,
};
use exchange_fixtures::year_file;
use proptest::prelude::*;

const UNITS: [&str; 5] = [
    "县财政局",
    "县教育局",
    "县卫生健康局",
    "县司法局",
    "县审计局",
];

/// One generated file.
#[derive(Clone, Debug)]
struct Spec {
    template: usize,
    unit: usize,
    /// Write the name with extra blanks (it must still match the plain one).
    spaced: bool,
    year: i32,
    answers: Answers,
    review: Option<Answers>,
    minutes: i64,
}

fn spec(templates: &[Template]) -> BoxedStrategy<Spec> {
    let count = templates.len();
    let templates = templates.to_vec();
    (0..count)
        .prop_flat_map(move |t| {
            let template = &templates[t];
            (
                Just(t),
                0..UNITS.len(),
                any::<bool>(),
                2025_i32..=2026,
                answers::answers_for(template),
                prop::option::weighted(0.4, answers::answers_for(template)),
                0_i64..10_000,
            )
        })
        .prop_map(
            |(template, unit, spaced, year, answers, review, minutes)| Spec {
                template,
                unit,
                spaced,
                year,
                answers,
                review,
                minutes,
            },
        )
        .boxed()
}

fn base_time() -> DateTime<FixedOffset> {
    answers::beijing(2026, 11, 1, 9, 0)
}

fn assessment(template: &Template, spec: &Spec, index: usize) -> Assessment {
    let name = UNITS[spec.unit];
    let unit = if spec.spaced {
        format!("  {name}\u{3000}")
    } else {
        name.to_owned()
    };
    Assessment {
        id: AssessmentId(format!("a-{index}")),
        template_id: template.id.clone(),
        template_version: template.version,
        unit: UnitInfo {
            unit,
            year: spec.year,
            period: "全年".to_owned(),
            assessor: String::new(),
            date: NaiveDate::from_ymd_opt(spec.year, 12, 1).unwrap_or_default(),
        },
        answers: spec.answers.clone(),
        review: spec.review.clone().map(|answers| Review {
            reviewer: "考评组".to_owned(),
            answers,
        }),
        created: base_time(),
        modified: base_time() + Duration::minutes(spec.minutes),
    }
}

fn batch(templates: &[Template], specs: &[Spec]) -> Vec<(Template, Assessment)> {
    specs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let template = templates[s.template].clone();
            let assessment = assessment(&template, s, i);
            (template, assessment)
        })
        .collect()
}

fn inputs(files: &[(Template, Assessment)]) -> Vec<UnitInput<'_>> {
    files
        .iter()
        .map(|(template, assessment)| UnitInput {
            template,
            assessment,
            check: FileCheck::Verified,
            migrated_from: None,
        })
        .collect()
}

// ---- the independent computation -------------------------------------------------------

/// What the test computes for one file, straight from `score`.
struct Expected {
    index: usize,
    name: String,
    template: (String, u32),
    year: i32,
    reviewed: bool,
    modified: DateTime<FixedOffset>,
    standing: ScoreSheet,
}

fn expected(files: &[(Template, Assessment)]) -> Vec<Expected> {
    files
        .iter()
        .enumerate()
        .map(|(index, (template, a))| {
            let own = score(template, &a.answers);
            let review = a.review.as_ref().map(|r| score(template, &r.answers));
            Expected {
                index,
                name: a.unit.unit.split_whitespace().collect::<Vec<_>>().join(" "),
                template: (a.template_id.to_string(), a.template_version),
                year: a.unit.year,
                reviewed: review.is_some(),
                modified: a.modified,
                standing: review.unwrap_or(own),
            }
        })
        .collect()
}

/// The file kept for each unit and year: reviewed beats unreviewed, then latest change,
/// then first in the batch.
fn kept(all: &[Expected]) -> Vec<&Expected> {
    let mut best: BTreeMap<(String, i32), &Expected> = BTreeMap::new();
    for e in all {
        let key = (e.name.clone(), e.year);
        let better = match best.get(&key) {
            None => true,
            Some(current) => {
                (e.reviewed, e.modified, std::cmp::Reverse(e.index))
                    > (
                        current.reviewed,
                        current.modified,
                        std::cmp::Reverse(current.index),
                    )
            }
        };
        if better {
            best.insert(key, e);
        }
    }
    best.into_values().collect()
}

fn grade_position(template: &Template, sheet: &ScoreSheet) -> usize {
    template
        .grade_bands
        .iter()
        .position(|b| b.id == sheet.grade)
        .unwrap_or(usize::MAX)
}

/// Rank by counting the units strictly ahead: a better grade, or the same grade and a
/// higher total.
fn expected_rank(template: &Template, me: &Expected, group: &[&Expected]) -> usize {
    let mine = (grade_position(template, &me.standing), me.standing.total);
    1 + group
        .iter()
        .filter(|other| {
            let theirs = (
                grade_position(template, &other.standing),
                other.standing.total,
            );
            theirs.0 < mine.0 || (theirs.0 == mine.0 && theirs.1 > mine.1)
        })
        .count()
}

/// Mean of non-negative hundredths, rounded half up: floor((2·sum + n) / 2n).
fn expected_mean(values: &[i64]) -> i64 {
    let sum: i128 = values.iter().map(|&v| i128::from(v)).sum();
    let n = values.len() as i128;
    ((2 * sum + n) / (2 * n)) as i64
}

fn check_against_independent(
    templates: &[Template],
    files: &[(Template, Assessment)],
    result: &Consolidation,
) -> Result<(), TestCaseError> {
    let all = expected(files);
    let kept = kept(&all);
    // Every file is either ranked once or set aside once.
    prop_assert_eq!(result.file_count(), files.len());
    let ranked_indices: Vec<usize> = result
        .groups
        .iter()
        .flat_map(|g| g.ranking.iter().map(|r| r.unit.index))
        .collect();
    let mut expected_kept: Vec<usize> = kept.iter().map(|e| e.index).collect();
    let mut got_kept = ranked_indices.clone();
    expected_kept.sort_unstable();
    got_kept.sort_unstable();
    prop_assert_eq!(&got_kept, &expected_kept, "which files are ranked");

    // Groups: one per template version and year, never mixing them.
    let mut groups: BTreeMap<((String, u32), i32), Vec<&Expected>> = BTreeMap::new();
    for e in &kept {
        groups
            .entry((e.template.clone(), e.year))
            .or_default()
            .push(e);
    }
    prop_assert_eq!(result.groups.len(), groups.len());
    for group in &result.groups {
        let key = (
            (group.template.id.to_string(), group.template.version),
            group.period.year,
        );
        let Some(members) = groups.get(&key) else {
            return Err(TestCaseError::fail(format!("unexpected group {key:?}")));
        };
        let Some(template) = templates.iter().find(|t| t.id == group.template.id) else {
            return Err(TestCaseError::fail("group of an unknown template"));
        };
        prop_assert_eq!(group.ranking.len(), members.len());
        let mut previous = 0;
        for ranked in &group.ranking {
            let Some(me) = members.iter().find(|e| e.index == ranked.unit.index) else {
                return Err(TestCaseError::fail("a ranked file from another group"));
            };
            prop_assert_eq!(ranked.rank, expected_rank(template, me, members));
            prop_assert!(ranked.rank >= previous, "listed in ranking order");
            previous = ranked.rank;
            prop_assert_eq!(ranked.unit.total(), me.standing.total);
        }
        // Totals' statistics.
        let totals: Vec<i64> = members
            .iter()
            .map(|e| e.standing.total.hundredths())
            .collect();
        let Some(stats) = group.stats.total else {
            return Err(TestCaseError::fail("a group without total statistics"));
        };
        let (min, max) = (
            totals.iter().copied().min().unwrap_or(0),
            totals.iter().copied().max().unwrap_or(0),
        );
        prop_assert_eq!(stats.count, totals.len());
        prop_assert_eq!(stats.mean.hundredths(), expected_mean(&totals));
        prop_assert_eq!(stats.min.hundredths(), min);
        prop_assert_eq!(stats.max.hundredths(), max);
        prop_assert_eq!(stats.spread.hundredths(), max - min);
        // Per-type statistics, over the units the dimension applies to.
        for dimension in &template.dimensions {
            let rates: Vec<i64> = members
                .iter()
                .filter_map(|e| e.standing.dimension(&dimension.id))
                .filter(|d| d.applicable)
                .map(|d| d.percent.hundredths())
                .collect();
            let weighted: Vec<i64> = members
                .iter()
                .filter_map(|e| e.standing.dimension(&dimension.id))
                .filter(|d| d.applicable)
                .map(|d| d.weighted.hundredths())
                .collect();
            let Some(got) = group.dimension_stats(&dimension.id) else {
                return Err(TestCaseError::fail("a dimension without statistics"));
            };
            for (values, stats) in [(&rates, &got.percent), (&weighted, &got.weighted)] {
                match stats {
                    None => prop_assert!(values.is_empty()),
                    Some(s) => {
                        let lo = values.iter().copied().min().unwrap_or(0);
                        let hi = values.iter().copied().max().unwrap_or(0);
                        prop_assert_eq!(s.count, values.len());
                        prop_assert_eq!(s.mean.hundredths(), expected_mean(values));
                        prop_assert_eq!((s.min.hundredths(), s.max.hundredths()), (lo, hi));
                        prop_assert_eq!(s.spread.hundredths(), hi - lo);
                    }
                }
            }
        }
    }

    // Year-over-year: a unit kept in both years has one change, later minus earlier.
    let mut by_unit: BTreeMap<&str, Vec<&Expected>> = BTreeMap::new();
    for e in &kept {
        by_unit.entry(e.name.as_str()).or_default().push(e);
    }
    let mut expected_changes = Vec::new();
    for (_, mut files) in by_unit {
        files.sort_by_key(|e| (e.year, e.index));
        for pair in files.windows(2) {
            expected_changes.push((
                pair[0].index,
                pair[1].index,
                pair[1].standing.total.hundredths() - pair[0].standing.total.hundredths(),
            ));
        }
    }
    let mut got_changes: Vec<(usize, usize, i64)> = result
        .changes
        .iter()
        .map(|c| (c.from.index, c.to.index, c.change.hundredths()))
        .collect();
    expected_changes.sort_unstable();
    got_changes.sort_unstable();
    prop_assert_eq!(got_changes, expected_changes);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn ranking_averages_and_spreads_match_an_independent_computation(
        specs in prop::collection::vec(spec(&builtin_templates()), 1..24)
    ) {
        let templates = builtin_templates();
        let files = batch(&templates, &specs);
        let result = consolidate(&inputs(&files), &ConsolidateOptions::default());
        check_against_independent(&templates, &files, &result)?;
    }

    #[test]
    fn consolidating_is_deterministic_and_batch_order_keeps_the_groups(
        specs in prop::collection::vec(spec(&builtin_templates()[..1]), 1..16)
    ) {
        let templates = builtin_templates();
        let files = batch(&templates, &specs);
        let once = consolidate(&inputs(&files), &ConsolidateOptions::default());
        prop_assert_eq!(&once, &consolidate(&inputs(&files), &ConsolidateOptions::default()));
        let mut reversed = files.clone();
        reversed.reverse();
        let other = consolidate(&inputs(&reversed), &ConsolidateOptions::default());
        // Reversing the batch can only change which of two equally recent duplicates is
        // kept, never the groups or their sizes.
        prop_assert_eq!(
            once.groups.iter().map(|g| (g.template.clone(), g.period.clone(), g.len())).collect::<Vec<_>>(),
            other.groups.iter().map(|g| (g.template.clone(), g.period.clone(), g.len())).collect::<Vec<_>>()
        );
    }
}

// ---- examples ---------------------------------------------------------------------------

fn file(template: &Template, unit: &str, year: i32, answers: Answers) -> Assessment {
    year_file(template, unit, year, answers, base_time())
}

fn run(files: &[(Template, Assessment)]) -> Consolidation {
    consolidate(&inputs(files), &ConsolidateOptions::default())
}

#[test]
fn equal_grades_and_totals_share_a_rank_and_the_next_rank_skips() {
    let t = eight_types();
    let full = sample_answers(&t);
    let mut lower = full.clone();
    lower.set_value(IndicatorId::new("1.5"), AnswerValue::YesNo(false));
    let files = vec![
        (t.clone(), file(&t, "丙", 2026, full.clone())),
        (t.clone(), file(&t, "甲", 2026, full.clone())),
        (t.clone(), file(&t, "丁", 2026, lower)),
        (t.clone(), file(&t, "乙", 2026, full)),
    ];
    let result = run(&files);
    let ranks: Vec<(usize, &str)> = result.groups[0]
        .ranking
        .iter()
        .map(|r| (r.rank, r.unit.unit.as_str()))
        .collect();
    // Ties listed by name (code point order), then the next rank skips to 4.
    assert_eq!(ranks, vec![(1, "丙"), (1, "乙"), (1, "甲"), (4, "丁")]);
}

#[test]
fn a_vetoed_unit_ranks_below_better_grades_whatever_its_points() {
    let t = eight_types();
    let full = sample_answers(&t);
    let veto_id = t
        .indicators()
        .find(|(_, i)| matches!(i.kind, IndicatorKind::Veto))
        .map(|(_, i)| i.id.clone())
        .expect("the built-in template has a veto item");
    let mut vetoed = full.clone();
    vetoed.set_value(veto_id, AnswerValue::Veto(true));
    let mut weaker = full.clone();
    for id in ["1.1", "1.3", "1.5", "2.1", "3.1"] {
        weaker.remove(&IndicatorId::new(id));
    }
    let files = vec![
        (t.clone(), file(&t, "否决单位", 2026, vetoed)),
        (t.clone(), file(&t, "普通单位", 2026, weaker)),
    ];
    let result = run(&files);
    let group = &result.groups[0];
    let vetoed_total = group.ranking[1].unit.total();
    assert_eq!(group.ranking[0].unit.unit, "普通单位");
    assert!(
        vetoed_total > group.ranking[0].unit.total(),
        "the example needs the vetoed unit to have more points"
    );
    assert_eq!(group.ranking[1].rank, 2);
}

#[test]
fn mixed_templates_are_grouped_apart_and_reported() {
    let templates = builtin_templates();
    let (a, b) = (&templates[0], &templates[1]);
    let files = vec![
        (a.clone(), file(a, "县财政局", 2026, sample_answers(a))),
        (b.clone(), file(b, "县教育局", 2026, sample_answers(b))),
        (a.clone(), file(a, "县司法局", 2026, Answers::new())),
    ];
    let result = run(&files);
    assert_eq!(result.groups.len(), 2);
    for group in &result.groups {
        for ranked in &group.ranking {
            assert_eq!(files[ranked.unit.index].1.template_id, group.template.id);
        }
    }
    let sizes: Vec<usize> = result.groups.iter().map(|g| g.len()).collect();
    assert_eq!(sizes.iter().sum::<usize>(), 3);
    let notices = result.notices();
    let Some(Notice::MixedTemplates(uses)) = notices.first() else {
        panic!("no mixed-template notice: {notices:?}");
    };
    assert_eq!(uses.len(), 2);
    let name = |i: usize| format!("file{i}");
    for lang in [Lang::Zh, Lang::En] {
        let text = notices[0].describe(lang, &name);
        assert!(
            text.contains(a.title.get(lang)) && text.contains(b.title.get(lang)),
            "{text}"
        );
    }
    assert!(notices[0].describe(Lang::Zh, &name).contains("不合并计算"));
}

#[test]
fn a_template_version_is_a_template_of_its_own() {
    let t = eight_types();
    let mut newer = t.clone();
    newer.version += 1;
    let files = vec![
        (t.clone(), file(&t, "县财政局", 2026, sample_answers(&t))),
        (
            newer.clone(),
            file(&newer, "县教育局", 2026, sample_answers(&newer)),
        ),
    ];
    let result = run(&files);
    assert_eq!(result.groups.len(), 2);
    assert!(matches!(result.notices().first(), Some(Notice::MixedTemplates(u)) if u.len() == 2));
}

#[test]
fn duplicates_of_a_unit_and_period_are_set_aside_and_reported() {
    let t = eight_types();
    let original = file(&t, "县财政局", 2026, sample_answers(&t));
    let mut reviewed = file(&t, " 县财政局  ", 2026, sample_answers(&t));
    reviewed.review = Some(Review {
        reviewer: "考评组".into(),
        answers: Answers::new(),
    });
    let other_year = file(&t, "县财政局", 2025, sample_answers(&t));
    let files = vec![
        (t.clone(), original),
        (t.clone(), reviewed),
        (t.clone(), other_year),
    ];
    let result = run(&files);
    assert_eq!(result.duplicates.len(), 1);
    let duplicate = &result.duplicates[0];
    assert_eq!(duplicate.kept, 1, "the reviewed file is kept");
    assert_eq!(duplicate.set_aside, vec![0]);
    assert_eq!(result.set_aside.len(), 1);
    assert_eq!(result.result(0).map(|(_, rank)| rank), Some(None));
    assert!(result
        .result(1)
        .is_some_and(|(u, rank)| u.is_reviewed() && rank == Some(1)));
    let names = |i: usize| ["财政.json", "财政-考评.json", "财政-2025.json"][i].to_owned();
    let notices = result.notices();
    assert_eq!(notices.len(), 1);
    let text = notices[0].describe(Lang::Zh, &names);
    assert!(
        text.contains("财政-考评.json") && text.contains("财政.json"),
        "{text}"
    );
    // The 2025 file is another period: not a duplicate, but a year-over-year change.
    assert_eq!(result.changes.len(), 1);
    assert_eq!(
        (result.changes[0].from.index, result.changes[0].to.index),
        (2, 1)
    );
}

#[test]
fn year_over_year_change_is_the_later_total_minus_the_earlier() {
    let t = eight_types();
    let mut lower = sample_answers(&t);
    lower.set_value(
        IndicatorId::new("1.3"),
        AnswerValue::Level(LevelId::new("poor")),
    );
    let files = vec![
        (t.clone(), file(&t, "县审计局", 2026, sample_answers(&t))),
        (t.clone(), file(&t, "县审计局", 2025, lower.clone())),
    ];
    let result = run(&files);
    assert_eq!(result.changes.len(), 1);
    let change = &result.changes[0];
    let before = score(&t, &lower).total;
    let after = score(&t, &sample_answers(&t)).total;
    assert_eq!(change.from.period.year, 2025);
    assert_eq!(change.change, after.saturating_sub(before));
    assert!(change.change.is_positive() && change.same_template);
    // Two periods: two groups, each with its own ranking.
    assert_eq!(result.groups.len(), 2);
}

#[test]
fn the_corrective_list_takes_indicators_under_the_threshold_with_the_reviewers_comment() {
    let t = eight_types();
    let mut a = file(&t, "县卫生健康局", 2026, sample_answers(&t));
    // 1.3 is a rating scale: pick each level in turn and compare with the 60 % rule.
    let (_, scale) = t.indicator(&IndicatorId::new("1.3")).expect("1.3 exists");
    let IndicatorKind::Scale { levels } = &scale.kind else {
        panic!("1.3 is a rating scale");
    };
    for level in levels {
        let mut review = sample_answers(&t);
        review.set(
            IndicatorId::new("1.3"),
            Answer::new(AnswerValue::Level(level.id.clone())).with_note("台账不全"),
        );
        review.remove(&IndicatorId::new("2.1"));
        a.review = Some(Review {
            reviewer: "考评组".into(),
            answers: review,
        });
        let result = run(&[(t.clone(), a.clone())]);
        let items = &result.groups[0].ranking[0].unit.corrective;
        let listed = items.iter().find(|i| i.indicator.as_str() == "1.3");
        let below = level.points.hundredths() * 100 < 60 * scale.max_points.hundredths();
        assert_eq!(
            listed.is_some(),
            below,
            "level {} ({})",
            level.id,
            level.points
        );
        if let Some(item) = listed {
            assert_eq!(item.reason, CorrectiveReason::BelowThreshold);
            assert_eq!(item.reviewer_comment, "台账不全");
            assert_eq!(item.points, level.points);
        }
        let unanswered = items.iter().find(|i| i.indicator.as_str() == "2.1");
        assert_eq!(
            unanswered.map(|i| i.reason),
            Some(CorrectiveReason::Unanswered)
        );
    }
    // A threshold of 0 lists nothing answered.
    let none = consolidate(
        &inputs(&[(
            t.clone(),
            file(&t, "县卫生健康局", 2026, sample_answers(&t)),
        )]),
        &ConsolidateOptions {
            threshold_percent: Fixed::ZERO,
        },
    );
    assert!(none.groups[0].ranking[0].unit.corrective.is_empty());
    assert_eq!(
        ConsolidateOptions::default().threshold_percent,
        DEFAULT_THRESHOLD
    );
}

#[test]
fn a_triggered_veto_is_on_the_corrective_list() {
    let t = eight_types();
    let mut answers = sample_answers(&t);
    let veto = t
        .indicators()
        .find(|(_, i)| matches!(i.kind, IndicatorKind::Veto))
        .map(|(_, i)| i.id.clone())
        .expect("a veto item");
    answers.set_value(veto.clone(), AnswerValue::Veto(true));
    let result = run(&[(t.clone(), file(&t, "县司法局", 2026, answers))]);
    let items = &result.groups[0].ranking[0].unit.corrective;
    assert_eq!(items.len(), 1);
    assert_eq!(
        (&items[0].indicator, items[0].reason),
        (&veto, CorrectiveReason::VetoTriggered)
    );
}

#[test]
fn an_empty_batch_has_nothing_to_rank() {
    let result = consolidate(&[], &ConsolidateOptions::default());
    assert!(result.groups.is_empty() && result.notices().is_empty());
    assert_eq!(result.file_count(), 0);
}
