//! Scoring rules, one test per rule and per interaction, on small templates whose totals are
//! computed by hand in the comments.

use eightfold_core::domain::{
    score, Answer, AnswerProblem, AnswerValue, Answers, Dimension, Fixed, GradeBand, GradeId,
    GradeRule, Indicator, IndicatorKind, IndicatorStatus, Lang, MustPass, QuotaMode, ScaleLevel,
    ScoreSheet, Source, Template, Text,
};

// --- building small templates ---

fn n(text: &str) -> Fixed {
    text.parse().unwrap()
}

fn text(s: &str) -> Text {
    Text::new(format!("{s}（中）"), s)
}

fn item(id: &str, max: &str, kind: IndicatorKind) -> Indicator {
    Indicator {
        id: id.into(),
        content: text(id),
        standard: text(id),
        max_points: n(max),
        kind,
        source: Source::CommonPractice,
        na_allowed: false,
        note_required_below_full: false,
        must_pass: None,
    }
}

fn na(mut indicator: Indicator) -> Indicator {
    indicator.na_allowed = true;
    indicator
}

fn star(mut indicator: Indicator) -> Indicator {
    indicator.must_pass = Some(MustPass {
        cap: GradeId::new("pass"),
    });
    indicator
}

fn needs_note(mut indicator: Indicator) -> Indicator {
    indicator.note_required_below_full = true;
    indicator
}

fn yes_no(id: &str, max: &str) -> Indicator {
    item(id, max, IndicatorKind::YesNo)
}

/// Levels good = max, fair = 60 % of max, poor = 0.
fn scale(id: &str, max: &str) -> Indicator {
    let max = n(max);
    let level = |id: &str, points: Fixed| ScaleLevel {
        id: id.into(),
        label: text(id),
        points,
    };
    let levels = vec![
        level("good", max),
        level("fair", max.mul_div(n("60"), n("100")).unwrap()),
        level("poor", Fixed::ZERO),
    ];
    item(id, &max.to_string(), IndicatorKind::Scale { levels })
}

fn quota(id: &str, max: &str, target: &str, mode: QuotaMode) -> Indicator {
    let kind = IndicatorKind::Quota {
        target: n(target),
        unit: Text::new("天", "days"),
        mode,
    };
    item(id, max, kind)
}

fn deduction(id: &str, max: &str, per: &str) -> Indicator {
    item(
        id,
        max,
        IndicatorKind::Deduction {
            per_occurrence: n(per),
        },
    )
}

fn bonus(id: &str, cap: &str, per: &str) -> Indicator {
    item(
        id,
        cap,
        IndicatorKind::Bonus {
            per_occurrence: n(per),
        },
    )
}

fn veto(id: &str) -> Indicator {
    item(id, "0", IndicatorKind::Veto)
}

fn dim(id: &str, weight: &str, indicators: Vec<Indicator>) -> Dimension {
    Dimension {
        id: id.into(),
        name: text(id),
        weight: n(weight),
        indicators,
    }
}

fn band(id: &str, zh: &str, en: &str, from: &str, to: &str) -> GradeBand {
    GradeBand {
        id: id.into(),
        label: Text::new(zh, en),
        from: n(from),
        to: n(to),
    }
}

fn template(dimensions: Vec<Dimension>) -> Template {
    Template {
        schema_version: 1,
        id: "test".into(),
        version: 1,
        title: text("test"),
        description: text("test"),
        dimensions,
        grade_bands: vec![
            band("excellent", "优秀", "Excellent", "90", "100"),
            band("good", "良好", "Good", "80", "90"),
            band("pass", "合格", "Pass", "60", "80"),
            band("fail", "不合格", "Fail", "0", "60"),
        ],
    }
}

fn answers(values: &[(&str, AnswerValue)]) -> Answers {
    values
        .iter()
        .map(|(id, value)| ((*id).into(), Answer::new(value.clone())))
        .collect()
}

fn level(id: &str) -> AnswerValue {
    AnswerValue::Level(id.into())
}

fn qty(value: &str) -> AnswerValue {
    AnswerValue::Quantity(n(value))
}

fn points_of(sheet: &ScoreSheet, id: &str) -> Fixed {
    sheet.indicator(&id.into()).unwrap().points
}

fn grade(sheet: &ScoreSheet) -> &str {
    sheet.grade.as_str()
}

/// A: weight 60, scale a1 (max 10) + yes/no a2 (max 10); B: weight 40, yes/no b1 (max 20).
fn two_dimensions() -> Template {
    template(vec![
        dim("a", "60", vec![na(scale("a1", "10")), yes_no("a2", "10")]),
        dim("b", "40", vec![na(yes_no("b1", "20"))]),
    ])
}

// --- scale, yes/no, weights ---

#[test]
fn scale_and_yes_no_are_weighted_into_the_total() {
    // a1 fair = 6, a2 yes = 10: A = 16/20 = 80 %, weighted 60 × 16/20 = 48.
    // b1 yes = 20: B = 20/20, weighted 40. Total 88 → 良好.
    let sheet = score(
        &two_dimensions(),
        &answers(&[
            ("a1", level("fair")),
            ("a2", AnswerValue::YesNo(true)),
            ("b1", AnswerValue::YesNo(true)),
        ]),
    );
    let a = &sheet.dimensions[0];
    assert_eq!(
        (a.points, a.max, a.percent, a.weighted),
        (n("16"), n("20"), n("80"), n("48"))
    );
    assert_eq!(sheet.dimensions[1].weighted, n("40"));
    assert_eq!(sheet.base_total, n("88"));
    assert_eq!(sheet.total, n("88"));
    assert_eq!(grade(&sheet), "good");
    assert!(sheet.completeness.is_complete());
    assert!(sheet.problems.is_empty());
    assert!(sheet.indicator(&"a1".into()).unwrap().below_full);
    assert!(!sheet.indicator(&"a2".into()).unwrap().below_full);
}

#[test]
fn unanswered_items_score_zero_but_keep_their_maximum() {
    // Only a2 = 10: A = 10/20, weighted 30; B = 0/20, weighted 0. Total 30 → 不合格.
    let sheet = score(
        &two_dimensions(),
        &answers(&[("a2", AnswerValue::YesNo(true))]),
    );
    assert_eq!(sheet.dimensions[0].max, n("20"));
    assert_eq!(sheet.dimensions[0].weighted, n("30"));
    assert_eq!(sheet.dimensions[1].max, n("20"));
    assert_eq!(sheet.total, n("30"));
    assert_eq!(grade(&sheet), "fail");
    assert_eq!(sheet.completeness.answered, 1);
    assert_eq!(sheet.completeness.applicable, 3);
    assert_eq!(sheet.completeness.remaining(), 2);
    let a1 = sheet.indicator(&"a1".into()).unwrap();
    assert_eq!(a1.status, IndicatorStatus::Unanswered);
    assert_eq!((a1.points, a1.max), (Fixed::ZERO, n("10")));
    assert!(!a1.below_full, "unanswered is not 'below full marks'");
}

#[test]
fn an_empty_form_scores_zero() {
    let sheet = score(&two_dimensions(), &Answers::new());
    assert_eq!(sheet.total, Fixed::ZERO);
    assert_eq!(grade(&sheet), "fail");
    assert!(sheet.grade_rules.is_empty());
    assert_eq!(sheet.completeness.answered, 0);
}

#[test]
fn each_dimension_is_rounded_once_and_the_total_is_their_sum() {
    // Two dimensions of weight 50, each 1 of 3 points: 50 × 1/3 = 16.666… → 16.67 each.
    // Total = 16.67 + 16.67 = 33.34 (the sum of the weighted column as printed).
    let third = |d: &str| {
        dim(
            d,
            "50",
            vec![
                yes_no(&format!("{d}1"), "1"),
                yes_no(&format!("{d}2"), "1"),
                yes_no(&format!("{d}3"), "1"),
            ],
        )
    };
    let sheet = score(
        &template(vec![third("a"), third("b")]),
        &answers(&[
            ("a1", AnswerValue::YesNo(true)),
            ("b1", AnswerValue::YesNo(true)),
        ]),
    );
    assert_eq!(sheet.dimensions[0].weighted, n("16.67"));
    assert_eq!(sheet.dimensions[0].percent, n("33.33"));
    assert_eq!(sheet.total, n("33.34"));
}

// --- not applicable ---

#[test]
fn not_applicable_leaves_the_dimension_maximum() {
    // a1 N/A, a2 yes: A = 10/10, weighted 60. b1 yes: 40. Total 100 → 优秀.
    let sheet = score(
        &two_dimensions(),
        &answers(&[
            ("a1", AnswerValue::NotApplicable),
            ("a2", AnswerValue::YesNo(true)),
            ("b1", AnswerValue::YesNo(true)),
        ]),
    );
    assert_eq!(sheet.dimensions[0].max, n("10"));
    assert_eq!(sheet.total, Fixed::HUNDRED);
    assert_eq!(grade(&sheet), "excellent");
    let a1 = sheet.indicator(&"a1".into()).unwrap();
    assert_eq!(a1.status, IndicatorStatus::NotApplicable);
    assert_eq!(a1.max, Fixed::ZERO);
    assert_eq!(sheet.completeness.applicable, 2);
    assert!(sheet.completeness.is_complete());
}

#[test]
fn a_dimension_that_is_all_not_applicable_drops_out_and_the_rest_is_rescaled() {
    // a1 fair = 6, a2 N/A: A = 6/10, weighted 60 × 6/10 = 36.
    // B all N/A: max 0, drops out. base = 36 × 100 / 60 = 60.00 → 合格 (exactly on the boundary).
    let sheet = score(
        &two_dimensions(),
        &answers(&[
            ("a1", level("fair")),
            ("a2", AnswerValue::NotApplicable),
            ("b1", AnswerValue::NotApplicable),
        ]),
    );
    // a2 is not N/A-able: it counts as unanswered, so redo with an N/A-able a2.
    assert_eq!(
        sheet.problems,
        vec![AnswerProblem::NotApplicableNotAllowed {
            indicator: "a2".into()
        }]
    );
    assert_eq!(sheet.dimensions[0].max, n("20"));

    let mut template = two_dimensions();
    template.dimensions[0].indicators[1].na_allowed = true;
    let sheet = score(
        &template,
        &answers(&[
            ("a1", level("fair")),
            ("a2", AnswerValue::NotApplicable),
            ("b1", AnswerValue::NotApplicable),
        ]),
    );
    assert_eq!(sheet.dimensions[0].weighted, n("36"));
    let b = &sheet.dimensions[1];
    assert!(!b.applicable);
    assert_eq!(
        (b.max, b.weighted, b.percent),
        (Fixed::ZERO, Fixed::ZERO, Fixed::ZERO)
    );
    assert_eq!(sheet.base_total, n("60"));
    assert_eq!(grade(&sheet), "pass");
}

#[test]
fn rescaling_rounds_once_more() {
    // A weight 60: a1 yes (1 point), a2 no (of 6): 1/7 → 60 × 1/7 = 8.571… → 8.57.
    // B all N/A drops out: base = 8.57 × 100 / 60 = 14.283… → 14.28.
    let mut template = two_dimensions();
    template.dimensions[0].indicators = vec![yes_no("a1", "1"), yes_no("a2", "6")];
    let sheet = score(
        &template,
        &answers(&[
            ("a1", AnswerValue::YesNo(true)),
            ("a2", AnswerValue::YesNo(false)),
            ("b1", AnswerValue::NotApplicable),
        ]),
    );
    assert_eq!(sheet.dimensions[0].weighted, n("8.57"));
    assert_eq!(sheet.base_total, n("14.28"));
}

#[test]
fn a_full_marks_form_with_not_applicable_items_still_scores_100() {
    // a1 N/A, a2 yes (10/10 → 60), b1 N/A (drops out): 60 × 100 / 60 = 100.
    let sheet = score(
        &two_dimensions(),
        &answers(&[
            ("a1", AnswerValue::NotApplicable),
            ("a2", AnswerValue::YesNo(true)),
            ("b1", AnswerValue::NotApplicable),
        ]),
    );
    assert_eq!(sheet.total, Fixed::HUNDRED);
    assert_eq!(grade(&sheet), "excellent");
}

#[test]
fn when_nothing_applies_the_total_is_zero() {
    let mut template = two_dimensions();
    template.dimensions[0].indicators[1].na_allowed = true;
    let all_na = answers(&[
        ("a1", AnswerValue::NotApplicable),
        ("a2", AnswerValue::NotApplicable),
        ("b1", AnswerValue::NotApplicable),
    ]);
    let sheet = score(&template, &all_na);
    assert_eq!(sheet.total, Fixed::ZERO);
    assert_eq!(sheet.completeness.applicable, 0);
    assert!(sheet.completeness.is_complete());
}

// --- quotas ---

#[test]
fn proportional_and_all_or_nothing_quotas() {
    // Target 12 days, max 25.
    // Proportional: 9 days → 25 × 9/12 = 18.75; 1 day → 25/12 = 2.0833… → 2.08;
    //   12 or 15 days → 25 (capped at full marks); 0 → 0.
    // All-or-nothing: 9 → 0; 12 → 25; 15 → 25.
    let t = template(vec![dim(
        "a",
        "100",
        vec![
            quota("p", "25", "12", QuotaMode::Proportional),
            quota("q", "25", "12", QuotaMode::AllOrNothing),
        ],
    )]);
    let both = |value: &str| {
        let sheet = score(&t, &answers(&[("p", qty(value)), ("q", qty(value))]));
        (points_of(&sheet, "p"), points_of(&sheet, "q"))
    };
    assert_eq!(both("9"), (n("18.75"), Fixed::ZERO));
    assert_eq!(both("1"), (n("2.08"), Fixed::ZERO));
    assert_eq!(both("12"), (n("25"), n("25")));
    assert_eq!(both("15"), (n("25"), n("25")));
    assert_eq!(both("0"), (Fixed::ZERO, Fixed::ZERO));
    assert_eq!(both("11.99"), (n("24.98"), Fixed::ZERO)); // 25 × 11.99/12 = 24.979…
}

#[test]
fn proportional_quota_rounds_half_up() {
    // Max 1, target 8, value 1: 1 × 1/8 = 0.125 → 0.13.
    let t = template(vec![dim(
        "a",
        "100",
        vec![quota("p", "1", "8", QuotaMode::Proportional)],
    )]);
    let sheet = score(&t, &answers(&[("p", qty("1"))]));
    assert_eq!(points_of(&sheet, "p"), n("0.13"));
    // Dimension: 0.13 / 1 → weighted 100 × 0.13 = 13.
    assert_eq!(sheet.total, n("13"));
}

#[test]
fn a_negative_quantity_is_a_problem_and_counts_as_unanswered() {
    let t = template(vec![dim(
        "a",
        "100",
        vec![quota("p", "25", "12", QuotaMode::Proportional)],
    )]);
    let sheet = score(&t, &answers(&[("p", qty("-3"))]));
    assert_eq!(
        sheet.indicator(&"p".into()).unwrap().status,
        IndicatorStatus::Unanswered
    );
    assert_eq!(
        sheet.problems,
        vec![AnswerProblem::QuantityOutOfRange {
            indicator: "p".into(),
            value: n("-3")
        }]
    );
    let en = sheet.problems[0].describe(&t, Lang::En);
    assert_eq!(
        en,
        "Item p: -3 is out of range (it cannot be negative); counted as unanswered"
    );
}

// --- deductions ---

#[test]
fn deductions_stop_at_zero() {
    // Max 10, −3 each: 0 → 10; 2 → 4; 3 → 1; 4 → 12 > 10 → 0 (扣完为止); u32::MAX → 0.
    let t = template(vec![dim("a", "100", vec![deduction("d", "10", "3")])]);
    let points = |count: u32| {
        points_of(
            &score(&t, &answers(&[("d", AnswerValue::Count(count))])),
            "d",
        )
    };
    assert_eq!(points(0), n("10"));
    assert_eq!(points(2), n("4"));
    assert_eq!(points(3), n("1"));
    assert_eq!(points(4), Fixed::ZERO);
    assert_eq!(points(u32::MAX), Fixed::ZERO);
    // The dimension still counts the full 10 as its maximum: 4 of 10 → 40.
    let sheet = score(&t, &answers(&[("d", AnswerValue::Count(2))]));
    assert_eq!((sheet.dimensions[0].max, sheet.total), (n("10"), n("40")));
}

// --- bonuses ---

/// X weight 100: x1 yes/no (max 10) and x2 bonus (+2 each, cap 3).
fn with_bonus() -> Template {
    template(vec![dim(
        "x",
        "100",
        vec![yes_no("x1", "10"), bonus("x2", "3", "2")],
    )])
}

#[test]
fn bonuses_are_capped_outside_the_maximum_and_added_after_weighting() {
    let t = with_bonus();
    // x1 no: base 0. One commendation: +2 → total 2. Two: 4 > cap 3 → +3.
    let sheet = score(
        &t,
        &answers(&[
            ("x1", AnswerValue::YesNo(false)),
            ("x2", AnswerValue::Count(1)),
        ]),
    );
    assert_eq!(
        sheet.dimensions[0].max,
        n("10"),
        "the bonus is not in the maximum"
    );
    assert_eq!(sheet.dimensions[0].points, Fixed::ZERO, "nor in the points");
    assert_eq!(
        (sheet.base_total, sheet.bonus, sheet.total),
        (Fixed::ZERO, n("2"), n("2"))
    );
    let x2 = sheet.indicator(&"x2".into()).unwrap();
    assert_eq!((x2.points, x2.max, x2.below_full), (n("2"), n("3"), false));

    let sheet = score(
        &t,
        &answers(&[
            ("x1", AnswerValue::YesNo(false)),
            ("x2", AnswerValue::Count(2)),
        ]),
    );
    assert_eq!(sheet.bonus, n("3"));
    assert_eq!(sheet.total, n("3"));
}

#[test]
fn the_total_with_bonus_is_capped_at_100() {
    // x1 yes: base 100; +2 bonus → min(100, 102) = 100.
    let sheet = score(
        &with_bonus(),
        &answers(&[
            ("x1", AnswerValue::YesNo(true)),
            ("x2", AnswerValue::Count(1)),
        ]),
    );
    assert_eq!(
        (sheet.base_total, sheet.bonus, sheet.total),
        (n("100"), n("2"), n("100"))
    );
}

#[test]
fn a_bonus_can_lift_the_total_across_a_band_boundary() {
    // X weight 100: p proportional (max 100, target 100), value 88 → base 88; bonus +2 → 90 → 优秀.
    let t = template(vec![dim(
        "x",
        "100",
        vec![
            quota("p", "100", "100", QuotaMode::Proportional),
            bonus("b", "3", "2"),
        ],
    )]);
    let sheet = score(
        &t,
        &answers(&[("p", qty("88")), ("b", AnswerValue::Count(1))]),
    );
    assert_eq!((sheet.base_total, sheet.total), (n("88"), n("90")));
    assert_eq!(sheet.points_grade.as_str(), "excellent");
    assert_eq!(grade(&sheet), "excellent");
}

// --- grade bands ---

/// One dimension whose total equals the quantity answered (max 100, target 100).
fn direct() -> Template {
    template(vec![dim(
        "x",
        "100",
        vec![quota("p", "100", "100", QuotaMode::Proportional)],
    )])
}

#[test]
fn grades_on_and_around_band_boundaries() {
    let t = direct();
    let grade_of = |value: &str| {
        let sheet = score(&t, &answers(&[("p", qty(value))]));
        assert_eq!(sheet.total, n(value));
        sheet.grade.as_str().to_owned()
    };
    assert_eq!(grade_of("100"), "excellent");
    assert_eq!(grade_of("90"), "excellent");
    assert_eq!(grade_of("89.99"), "good");
    assert_eq!(grade_of("80"), "good");
    assert_eq!(grade_of("79.99"), "pass");
    assert_eq!(grade_of("60"), "pass");
    assert_eq!(grade_of("59.99"), "fail");
    assert_eq!(grade_of("0"), "fail");
}

#[test]
fn a_score_of_89_95_survives_a_json_round_trip_as_the_same_grade() {
    let t = direct();
    let before = answers(&[("p", qty("89.95"))]);
    let sheet = score(&t, &before);
    assert_eq!(sheet.total, n("89.95"));
    assert_eq!(grade(&sheet), "good");

    let json = serde_json::to_string(&before).unwrap();
    assert!(json.contains("89.95"), "{json}");
    let after: Answers = serde_json::from_str(&json).unwrap();
    assert_eq!(after, before);
    let again = score(&t, &after);
    assert_eq!(again, sheet);

    let sheet_json = serde_json::to_string(&sheet).unwrap();
    let sheet_back: ScoreSheet = serde_json::from_str(&sheet_json).unwrap();
    assert_eq!(sheet_back.total, n("89.95"));
    assert_eq!(sheet_back.grade.as_str(), "good");
    assert_eq!(sheet_back, sheet);
}

// --- veto ---

/// X weight 100: x1 yes/no (max 10), v veto, b bonus (+2, cap 3).
fn with_veto() -> Template {
    template(vec![dim(
        "x",
        "100",
        vec![yes_no("x1", "10"), veto("v"), bonus("b", "3", "2")],
    )])
}

#[test]
fn a_triggered_veto_gives_the_lowest_grade_whatever_the_points_and_bonus() {
    // x1 yes: base 100; bonus +2 → total 100 (capped); veto → 不合格, points untouched.
    let t = with_veto();
    let sheet = score(
        &t,
        &answers(&[
            ("x1", AnswerValue::YesNo(true)),
            ("v", AnswerValue::Veto(true)),
            ("b", AnswerValue::Count(1)),
        ]),
    );
    assert_eq!(
        (sheet.base_total, sheet.bonus, sheet.total),
        (n("100"), n("2"), n("100"))
    );
    assert_eq!(sheet.points_grade.as_str(), "excellent");
    assert_eq!(grade(&sheet), "fail");
    assert!(sheet.grade_lowered());
    assert_eq!(
        sheet.grade_rules,
        vec![GradeRule::Veto {
            indicator: "v".into()
        }]
    );
    assert_eq!(
        sheet.grade_rules[0].describe(&t, Lang::Zh),
        "一票否决：第 v 项被触发，等次定为不合格"
    );
    assert_eq!(
        sheet.grade_rules[0].describe(&t, Lang::En),
        "Veto: item v was triggered; grade set to Fail"
    );
    let v = sheet.indicator(&"v".into()).unwrap();
    assert_eq!(
        (v.points, v.max, v.below_full),
        (Fixed::ZERO, Fixed::ZERO, false)
    );
    assert_eq!(
        sheet.dimensions[0].max,
        n("10"),
        "a veto adds nothing to the maximum"
    );
}

#[test]
fn an_untriggered_or_unanswered_veto_changes_nothing() {
    let t = with_veto();
    for v in [Some(AnswerValue::Veto(false)), None] {
        let mut given = answers(&[("x1", AnswerValue::YesNo(true))]);
        if let Some(value) = v.clone() {
            given.set("v".into(), Answer::new(value));
        }
        let sheet = score(&t, &given);
        assert_eq!(grade(&sheet), "excellent", "{v:?}");
        assert!(sheet.grade_rules.is_empty());
    }
    // Answered "not triggered" counts as answered; unanswered does not.
    let sheet = score(&t, &answers(&[("v", AnswerValue::Veto(false))]));
    assert_eq!(sheet.completeness.answered, 1);
    assert_eq!(sheet.completeness.applicable, 3);
}

// --- ★ must-pass ---

/// X weight 100: s ★ yes/no (max 5, cap 合格) and o yes/no (max 95).
fn with_star() -> Template {
    template(vec![dim(
        "x",
        "100",
        vec![star(yes_no("s", "5")), yes_no("o", "95")],
    )])
}

#[test]
fn a_failed_star_item_caps_the_grade() {
    // s no, o yes: 95/100 → 95 → 优秀 by points, capped at 合格.
    let t = with_star();
    let sheet = score(
        &t,
        &answers(&[
            ("s", AnswerValue::YesNo(false)),
            ("o", AnswerValue::YesNo(true)),
        ]),
    );
    assert_eq!(sheet.total, n("95"));
    assert_eq!(sheet.points_grade.as_str(), "excellent");
    assert_eq!(grade(&sheet), "pass");
    let rule = GradeRule::MustPassCap {
        indicator: "s".into(),
        cap: "pass".into(),
    };
    assert_eq!(sheet.grade_rules, vec![rule.clone()]);
    assert_eq!(
        rule.describe(&t, Lang::En),
        "Grade capped at Pass: ★ item s not met"
    );
    assert_eq!(
        rule.describe(&t, Lang::Zh),
        "等次最高为合格：★ 第 s 项未达满分"
    );
}

#[test]
fn a_star_cap_never_raises_a_lower_grade() {
    // s no, o no: 0 → 不合格; the cap (合格) does not lift it, but the rule is still listed.
    let sheet = score(
        &with_star(),
        &answers(&[
            ("s", AnswerValue::YesNo(false)),
            ("o", AnswerValue::YesNo(false)),
        ]),
    );
    assert_eq!(grade(&sheet), "fail");
    assert_eq!(sheet.grade_rules.len(), 1);
    assert!(!sheet.grade_lowered());
}

#[test]
fn an_unanswered_or_met_star_item_caps_nothing() {
    // s unanswered, o yes: 95 → 优秀. s yes, o yes: 100 → 优秀.
    let t = with_star();
    let sheet = score(&t, &answers(&[("o", AnswerValue::YesNo(true))]));
    assert_eq!((sheet.total, grade(&sheet)), (n("95"), "excellent"));
    assert!(sheet.grade_rules.is_empty());
    let sheet = score(
        &t,
        &answers(&[
            ("s", AnswerValue::YesNo(true)),
            ("o", AnswerValue::YesNo(true)),
        ]),
    );
    assert_eq!((sheet.total, grade(&sheet)), (n("100"), "excellent"));
}

#[test]
fn a_star_quota_just_below_target_caps_the_grade() {
    // ★ proportional quota max 25, target 12: 11.99 days → 24.98 (below full) → capped.
    // o yes 75. Total 99.98 → 优秀 by points → 合格.
    let t = template(vec![dim(
        "x",
        "100",
        vec![
            star(quota("q", "25", "12", QuotaMode::Proportional)),
            yes_no("o", "75"),
        ],
    )]);
    let sheet = score(
        &t,
        &answers(&[("q", qty("11.99")), ("o", AnswerValue::YesNo(true))]),
    );
    assert_eq!(sheet.total, n("99.98"));
    assert_eq!(grade(&sheet), "pass");
}

#[test]
fn veto_and_star_together_give_the_lowest_grade() {
    let t = template(vec![dim(
        "x",
        "100",
        vec![star(yes_no("s", "5")), yes_no("o", "95"), veto("v")],
    )]);
    let sheet = score(
        &t,
        &answers(&[
            ("s", AnswerValue::YesNo(false)),
            ("o", AnswerValue::YesNo(true)),
            ("v", AnswerValue::Veto(true)),
        ]),
    );
    assert_eq!(grade(&sheet), "fail");
    assert_eq!(
        sheet.grade_rules,
        vec![
            GradeRule::MustPassCap {
                indicator: "s".into(),
                cap: "pass".into()
            },
            GradeRule::Veto {
                indicator: "v".into()
            },
        ]
    );
}

// --- notes and answer problems ---

#[test]
fn a_note_is_required_below_full_marks_where_the_template_says_so() {
    let t = template(vec![dim(
        "x",
        "100",
        vec![needs_note(deduction("d", "10", "2"))],
    )]);
    // −2 without a note: 8 points still count, the note is reported missing.
    let sheet = score(&t, &answers(&[("d", AnswerValue::Count(1))]));
    assert_eq!(points_of(&sheet, "d"), n("8"));
    assert!(sheet.indicator(&"d".into()).unwrap().note_missing);
    assert_eq!(
        sheet.problems,
        vec![AnswerProblem::NoteRequired {
            indicator: "d".into()
        }]
    );
    assert_eq!(
        sheet.problems[0].describe(&t, Lang::Zh),
        "第 d 项未得满分，须填写说明"
    );

    // With a note, or at full marks, nothing is missing.
    let mut with_note = Answers::new();
    with_note.set(
        "d".into(),
        Answer::new(AnswerValue::Count(1)).with_note("已整改"),
    );
    assert!(score(&t, &with_note).problems.is_empty());
    assert!(score(&t, &answers(&[("d", AnswerValue::Count(0))]))
        .problems
        .is_empty());
}

#[test]
fn a_note_alone_keeps_the_item_unanswered() {
    let t = with_star();
    let mut given = Answers::new();
    given.set_note("s".into(), "材料正在收集");
    let sheet = score(&t, &given);
    assert_eq!(
        sheet.indicator(&"s".into()).unwrap().status,
        IndicatorStatus::Unanswered
    );
    assert_eq!(sheet.completeness.answered, 0);
    assert!(sheet.problems.is_empty());
}

#[test]
fn answers_that_do_not_fit_count_as_unanswered_and_are_reported() {
    let t = two_dimensions();
    let sheet = score(
        &t,
        &answers(&[
            ("a1", level("excellent")),
            ("a2", AnswerValue::Count(3)),
            ("b1", AnswerValue::Quantity(n("20"))),
            ("zz", AnswerValue::YesNo(true)),
        ]),
    );
    assert_eq!(sheet.total, Fixed::ZERO);
    assert_eq!(sheet.completeness.answered, 0);
    assert_eq!(
        sheet.problems,
        vec![
            AnswerProblem::UnknownLevel {
                indicator: "a1".into(),
                level: "excellent".into()
            },
            AnswerProblem::KindMismatch {
                indicator: "a2".into()
            },
            AnswerProblem::KindMismatch {
                indicator: "b1".into()
            },
            AnswerProblem::UnknownIndicator {
                indicator: "zz".into()
            },
        ]
    );
    let described: Vec<String> = sheet
        .problems
        .iter()
        .map(|p| p.describe(&t, Lang::En))
        .collect();
    assert_eq!(
        described,
        [
            "Item a1 has no level “excellent”; counted as unanswered",
            "Item a2 expects yes or no; the answer given does not fit and counts as unanswered",
            "Item b1 expects yes or no; the answer given does not fit and counts as unanswered",
            "Item zz is not in this template; its answer was not scored",
        ]
    );
    assert_eq!(
        sheet.problems[0].describe(&t, Lang::Zh),
        "第 a1 项没有“excellent”这一档次，按未作答处理"
    );
}

// --- robustness on odd templates ---

#[test]
fn odd_templates_never_panic() {
    // No dimensions, no bands: total 0, empty grade.
    let mut empty = template(vec![]);
    empty.grade_bands.clear();
    let sheet = score(&empty, &answers(&[("x", AnswerValue::YesNo(true))]));
    assert_eq!(sheet.total, Fixed::ZERO);
    assert_eq!(sheet.grade.as_str(), "");

    // Zero and negative weights, negative maxima, an empty dimension, a bonus-only dimension.
    let odd = template(vec![
        dim("zero", "0", vec![yes_no("a", "10")]),
        dim("neg", "-5", vec![yes_no("b", "10")]),
        dim("empty", "50", vec![]),
        dim("bonus_only", "25", vec![bonus("c", "5", "1")]),
        dim("ok", "25", vec![yes_no("d", "-10"), yes_no("e", "10")]),
    ]);
    let all = answers(&[
        ("a", AnswerValue::YesNo(true)),
        ("b", AnswerValue::YesNo(true)),
        ("c", AnswerValue::Count(u32::MAX)),
        ("d", AnswerValue::YesNo(true)),
        ("e", AnswerValue::YesNo(true)),
    ]);
    let sheet = score(&odd, &all);
    // Only "ok" (weight 25, 10/10 → 25) counts: 25 × 100 / 25 = 100; bonus capped at 5.
    assert_eq!(sheet.base_total, n("100"));
    assert_eq!(sheet.bonus, n("5"));
    assert_eq!(sheet.total, n("100"));
    assert!(!sheet.dimensions[2].applicable);
    assert!(!sheet.dimensions[3].applicable);
}

#[test]
fn self_and_review_answers_are_scored_by_the_same_function() {
    let t = two_dimensions();
    let self_answers = answers(&[
        ("a1", level("good")),
        ("a2", AnswerValue::YesNo(true)),
        ("b1", AnswerValue::YesNo(true)),
    ]);
    let review_answers = answers(&[
        ("a1", level("fair")),
        ("a2", AnswerValue::YesNo(true)),
        ("b1", AnswerValue::YesNo(true)),
    ]);
    // Self: 100. Review: a1 6 → A 16/20 → 48; + 40 = 88.
    assert_eq!(score(&t, &self_answers).total, n("100"));
    assert_eq!(score(&t, &review_answers).total, n("88"));
}
