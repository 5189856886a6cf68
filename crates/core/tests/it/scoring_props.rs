//! Properties of scoring on the built-in templates with random answers (right, wrong and
//! missing): totals stay on 0–100, improving an answer never lowers the total, scoring is
//! deterministic, and not-applicable items keep the 100 scale.

use crate::answers::{self, seed, seeded_answers, seeded_fitting_value, Seed};

use eightfold_core::domain::template_edit::full_marks;
use eightfold_core::domain::{
    builtin_templates, score, Answer, AnswerValue, Answers, Fixed, Indicator, IndicatorKind,
    ScoreSheet, Template,
};
use proptest::prelude::*;

/// More seeds than any built-in template has indicators.
fn seeds() -> impl Strategy<Value = Vec<Seed>> {
    answers::seeds(64)
}

/// True when scoring takes the value as given (not treated as unanswered).
fn fits(indicator: &Indicator, value: &AnswerValue) -> bool {
    match (&indicator.kind, value) {
        (IndicatorKind::Scale { .. }, AnswerValue::Level(id)) => indicator.level(id).is_some(),
        (IndicatorKind::YesNo, AnswerValue::YesNo(_)) => true,
        (IndicatorKind::Quota { .. }, AnswerValue::Quantity(q)) => !q.is_negative(),
        (IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. }, AnswerValue::Count(_)) => {
            true
        }
        (IndicatorKind::Veto, AnswerValue::Veto(_)) => true,
        _ => false,
    }
}

/// A value at least as good as `current` by the template's own terms (a higher level, yes
/// instead of no, a larger quantity, fewer deductions, more bonuses, no veto), or `None` when
/// the current answer is "not applicable" or does not fit (nothing to improve on).
fn improved(indicator: &Indicator, current: Option<&AnswerValue>, s: &Seed) -> Option<AnswerValue> {
    let current = match current {
        None | Some(AnswerValue::Unanswered) => return Some(seeded_fitting_value(indicator, s)),
        Some(value) if fits(indicator, value) => value,
        Some(_) => return None,
    };
    Some(match (&indicator.kind, current) {
        (IndicatorKind::Scale { levels }, AnswerValue::Level(id)) => {
            let now = indicator.level(id)?.points;
            let better: Vec<_> = levels.iter().filter(|l| l.points >= now).collect();
            AnswerValue::Level(better.get(s.n() as usize % better.len().max(1))?.id.clone())
        }
        (IndicatorKind::YesNo, AnswerValue::YesNo(_)) => AnswerValue::YesNo(true),
        (IndicatorKind::Quota { .. }, AnswerValue::Quantity(q)) => AnswerValue::Quantity(
            q.saturating_add(Fixed::from_hundredths(s.quantity().saturating_abs())),
        ),
        (IndicatorKind::Deduction { .. }, AnswerValue::Count(c)) => {
            AnswerValue::Count(c - s.n() % c.saturating_add(1))
        }
        (IndicatorKind::Bonus { .. }, AnswerValue::Count(c)) => {
            AnswerValue::Count(c.saturating_add(s.n() % 5))
        }
        (IndicatorKind::Veto, AnswerValue::Veto(_)) => AnswerValue::Veto(false),
        _ => return None,
    })
}

/// Position of the grade among the bands, 0 = best.
fn rank(template: &Template, sheet: &ScoreSheet) -> usize {
    template
        .grade_bands
        .iter()
        .position(|band| band.id == sheet.grade)
        .unwrap_or(usize::MAX)
}

fn points_rank(template: &Template, sheet: &ScoreSheet) -> usize {
    template
        .grade_bands
        .iter()
        .position(|band| band.id == sheet.points_grade)
        .unwrap_or(usize::MAX)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn totals_stay_within_0_and_100(seeds in seeds()) {
        for template in builtin_templates() {
            let sheet = score(&template, &seeded_answers(&template, &seeds));
            prop_assert!(sheet.total >= Fixed::ZERO && sheet.total <= Fixed::HUNDRED);
            prop_assert!(sheet.base_total >= Fixed::ZERO && sheet.base_total <= Fixed::HUNDRED);
            prop_assert!(sheet.bonus >= Fixed::ZERO);
            for dimension in &sheet.dimensions {
                prop_assert!(dimension.points <= dimension.max);
                prop_assert!(dimension.percent <= Fixed::HUNDRED);
                prop_assert!(dimension.weighted <= dimension.weight);
                for indicator in &dimension.indicators {
                    prop_assert!(indicator.points >= Fixed::ZERO);
                    prop_assert!(indicator.points <= indicator.max);
                }
            }
            prop_assert!(sheet.completeness.answered <= sheet.completeness.applicable);
            prop_assert!(template.band(&sheet.grade).is_some());
        }
    }

    #[test]
    fn scoring_is_deterministic(seeds in seeds()) {
        for template in builtin_templates() {
            let answers = seeded_answers(&template, &seeds);
            let first = score(&template, &answers);
            prop_assert_eq!(&score(&template, &answers), &first);
            // Built in the opposite order, the same answers score the same.
            let reversed: Answers = answers
                .iter()
                .rev()
                .map(|(id, answer)| (id.clone(), answer.clone()))
                .collect();
            prop_assert_eq!(&score(&template, &reversed), &first);
            // And after a JSON round trip.
            let json = serde_json::to_string(&answers).unwrap();
            let back: Answers = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&score(&template, &back), &first);
        }
    }

    #[test]
    fn improving_one_answer_never_lowers_the_total(
        seeds in seeds(),
        which in any::<prop::sample::Index>(),
        better in seed(),
    ) {
        for template in builtin_templates() {
            let answers = seeded_answers(&template, &seeds);
            let indicators: Vec<&Indicator> = template.indicators().map(|(_, i)| i).collect();
            let indicator = indicators[which.index(indicators.len())];
            let current = answers.get(&indicator.id).map(|a| &a.value);
            let Some(new_value) = improved(indicator, current, &better) else {
                continue;
            };
            let mut after = answers.clone();
            after.set_value(indicator.id.clone(), new_value.clone());
            let (old, new) = (score(&template, &answers), score(&template, &after));

            prop_assert!(
                new.total >= old.total,
                "{}: {:?} → {:?} lowered the total {} → {}",
                indicator.id, current, new_value, old.total, new.total
            );
            prop_assert!(points_rank(&template, &new) <= points_rank(&template, &old));
            if rank(&template, &new) > rank(&template, &old) {
                // Only a veto or ★ item answered for the first time may lower the grade.
                let rule_item = indicator.kind == IndicatorKind::Veto || indicator.must_pass.is_some();
                let was_unanswered = matches!(current, None | Some(AnswerValue::Unanswered));
                prop_assert!(rule_item && was_unanswered, "{}: grade lowered", indicator.id);
                prop_assert!(new.grade_rules.iter().any(|r| r.indicator() == &indicator.id));
            }
        }
    }

    #[test]
    fn full_marks_with_some_items_not_applicable_score_100(
        picks in prop::collection::vec(any::<bool>(), 64),
        bonuses in prop::collection::vec(any::<u32>(), 64),
    ) {
        for template in builtin_templates() {
            let answers: Answers = template
                .indicators()
                .zip(picks.iter().zip(&bonuses))
                .map(|((_, indicator), (&not_applicable, &bonus))| {
                    let value = if not_applicable && indicator.na_allowed {
                        AnswerValue::NotApplicable
                    } else if matches!(indicator.kind, IndicatorKind::Bonus { .. }) {
                        // Bonuses cannot lift a full-marks form above 100.
                        AnswerValue::Count(bonus)
                    } else {
                        full_marks(indicator).unwrap_or(AnswerValue::Unanswered)
                    };
                    (indicator.id.clone(), Answer::new(value))
                })
                .collect();
            let sheet = score(&template, &answers);
            prop_assert_eq!(sheet.base_total, Fixed::HUNDRED);
            prop_assert_eq!(sheet.total, Fixed::HUNDRED);
            prop_assert_eq!(sheet.grade.as_str(), "excellent");
            prop_assert!(sheet.completeness.is_complete());
            prop_assert!(sheet.problems.is_empty());
        }
    }

    #[test]
    fn an_all_not_applicable_dimension_is_as_if_it_were_not_there(
        seeds in seeds(),
        dropped in prop::collection::vec(any::<bool>(), 8),
    ) {
        for mut template in builtin_templates() {
            // Let every item of the dropped dimensions be N/A-able, answer them all N/A.
            let mut answers = seeded_answers(&template, &seeds);
            let mut without = template.clone();
            without.dimensions.clear();
            for (d, dimension) in template.dimensions.iter_mut().enumerate() {
                if dropped[d % dropped.len()] {
                    for indicator in &mut dimension.indicators {
                        indicator.na_allowed = true;
                        answers.set_value(indicator.id.clone(), AnswerValue::NotApplicable);
                    }
                } else {
                    without.dimensions.push(dimension.clone());
                }
            }
            let with_na = score(&template, &answers);
            let absent = score(&without, &answers);
            // Full marks on what is left still make 100 (0 when nothing is left).
            let mut full = answers.clone();
            for (_, indicator) in without.indicators() {
                let value = full_marks(indicator).unwrap_or(AnswerValue::Unanswered);
                full.set_value(indicator.id.clone(), value);
            }
            let expected = if without.dimensions.is_empty() { Fixed::ZERO } else { Fixed::HUNDRED };
            prop_assert_eq!(score(&template, &full).total, expected);
            prop_assert_eq!(with_na.base_total, absent.base_total);
            prop_assert_eq!(with_na.total, absent.total);
            prop_assert_eq!(&with_na.grade, &absent.grade);
            for dimension in &with_na.dimensions {
                // Built-in dimensions always keep an item that cannot be N/A.
                let kept = without.dimension(&dimension.id).is_some();
                prop_assert_eq!(dimension.applicable, kept);
            }
        }
    }
}
