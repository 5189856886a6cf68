//! Template versions: what changed between version 1 and version 2 of a committee's criteria,
//! and moving a draft's answers across so that every answer with a place keeps it and every
//! other one is named, never dropped silently.

use eightfold_core::domain::template_diff::{
    diff, move_answers, value_fits, Change, Fate, Repointed,
};
use eightfold_core::domain::template_edit::{add_indicator, blank_template, set_kind, KindChoice};
use eightfold_core::domain::{
    parse_template, score, Answer, AnswerProblem, AnswerValue, Answers, DimensionId, Fixed,
    IndicatorId, IndicatorKind, LevelId, Template, TemplateId, Text,
};

fn id(text: &str) -> IndicatorId {
    IndicatorId::new(text)
}

/// Version 1: two dimensions, five items of four kinds.
fn version_1() -> Template {
    let mut t = blank_template(TemplateId::new("county-2026"));
    t.title = Text::new("县直机关考核", "County agencies");
    t.dimensions[0].indicators.clear();
    eightfold_core::domain::template_edit::add_dimension(&mut t);
    t.dimensions[1].indicators.clear();
    let mut item = |d: usize, number: &str, zh: &str, kind: KindChoice| {
        let i = add_indicator(&mut t, d).unwrap_or_default();
        let indicator = &mut t.dimensions[d].indicators[i];
        indicator.id = id(number);
        indicator.content = Text::new(zh, zh);
        set_kind(indicator, kind);
    };
    item(0, "1.1", "建立学习制度", KindChoice::YesNo);
    item(0, "1.2", "学习效果", KindChoice::Scale);
    item(0, "1.3", "集中学习天数", KindChoice::Quota);
    item(1, "2.1", "违反作风规定", KindChoice::Deduction);
    item(1, "2.2", "服务群众满意度", KindChoice::YesNo);
    t
}

/// Version 2: 1.2 loses its "fair" level, 1.3 is gone, 2.1 moves to the first dimension,
/// 2.2 is renumbered 2.5, and 2.3 is new.
fn version_2() -> Template {
    let mut t = version_1();
    t.version = 2;
    if let IndicatorKind::Scale { levels } = &mut t.dimensions[0].indicators[1].kind {
        levels.retain(|level| level.id.as_str() != "fair");
    }
    t.dimensions[0].indicators.remove(2);
    let moved = t.dimensions[1].indicators.remove(0);
    t.dimensions[0].indicators.push(moved);
    t.dimensions[1].indicators[0].id = id("2.5");
    let i = add_indicator(&mut t, 1).unwrap_or_default();
    t.dimensions[1].indicators[i].id = id("2.3");
    t.dimensions[1].indicators[i].content = Text::new("新增：政务公开", "Open government");
    t
}

fn answers_on_version_1() -> Answers {
    [
        ("1.1", AnswerValue::YesNo(true), "制度文件见附件"),
        (
            "1.2",
            AnswerValue::Level(LevelId::new("fair")),
            "部分科室未达标",
        ),
        (
            "1.3",
            AnswerValue::Quantity(Fixed::from_int(10)),
            "人均 10 天",
        ),
        ("2.1", AnswerValue::Count(1), ""),
        ("2.2", AnswerValue::YesNo(false), "满意度调查 82%"),
    ]
    .into_iter()
    .map(|(number, value, note)| (id(number), Answer::new(value).with_note(note)))
    .collect()
}

#[test]
fn the_diff_names_added_removed_repointed_and_changed_items() {
    let changes = diff(&version_1(), &version_2());
    assert_eq!((changes.from_version, changes.to_version), (1, 2));
    assert_eq!(changes.added, vec![id("2.3")]);
    assert_eq!(changes.removed, vec![id("1.3")]);
    assert_eq!(
        changes.repointed,
        vec![Repointed {
            from: id("2.2"),
            to: id("2.5")
        }]
    );
    let changed: Vec<(&str, &[Change])> = changes
        .changed
        .iter()
        .map(|c| (c.id.as_str(), c.changes.as_slice()))
        .collect();
    assert_eq!(
        changed,
        vec![
            ("1.2", &[Change::Kind][..]),
            (
                "2.1",
                &[Change::Dimension {
                    from: DimensionId::new("d2"),
                    to: DimensionId::new("d1")
                }][..]
            ),
        ]
    );
    assert_eq!(changes.new_id_of(&id("2.2")), Some(&id("2.5")));
    assert_eq!(changes.new_id_of(&id("1.3")), None);
    assert!(diff(&version_1(), &version_1()).is_empty());
}

#[test]
fn moving_keeps_every_answer_that_has_a_place_and_names_the_rest() {
    let (old, new) = (version_1(), version_2());
    let answers = answers_on_version_1();
    let moved = move_answers(&old, &new, &answers);

    let fates: Vec<(&str, Option<&str>, Fate)> = moved
        .moved
        .iter()
        .map(|m| {
            (
                m.from.as_str(),
                m.to.as_ref().map(IndicatorId::as_str),
                m.fate,
            )
        })
        .collect();
    assert_eq!(
        fates,
        vec![
            ("1.1", Some("1.1"), Fate::Kept),
            ("1.2", Some("1.2"), Fate::NoteOnly),
            ("1.3", None, Fate::NoPlace),
            ("2.1", Some("2.1"), Fate::Kept),
            ("2.2", Some("2.5"), Fate::Repointed),
        ]
    );
    // Kept and re-pointed answers arrive whole; a value that no longer fits leaves its note.
    assert_eq!(moved.answers.get(&id("1.1")), answers.get(&id("1.1")));
    assert_eq!(moved.answers.get(&id("2.1")), answers.get(&id("2.1")));
    assert_eq!(moved.answers.get(&id("2.5")), answers.get(&id("2.2")));
    assert_eq!(
        moved.answers.get(&id("1.2")),
        Some(&Answer::new(AnswerValue::Unanswered).with_note("部分科室未达标"))
    );
    assert_eq!(moved.answers.get(&id("1.3")), None);
    // What did not make it is exactly what is listed, with the original answer.
    let lost: Vec<(&str, &Answer)> = moved.lost().map(|m| (m.from.as_str(), &m.answer)).collect();
    assert_eq!(lost.len(), 2);
    assert_eq!(lost[0], ("1.2", &answers.0[&id("1.2")]));
    assert_eq!(lost[1], ("1.3", &answers.0[&id("1.3")]));
    assert!(!moved.is_lossless());
    // The moved answers score on version 2 without a single problem.
    assert_eq!(score(&new, &moved.answers).problems, Vec::new());
}

#[test]
fn moving_to_the_same_criteria_changes_nothing() {
    let old = version_1();
    let mut same = old.clone();
    same.version = 2;
    let answers = answers_on_version_1();
    let moved = move_answers(&old, &same, &answers);
    assert_eq!(moved.answers, answers);
    assert!(moved.is_lossless());
    assert!(moved.moved.iter().all(|m| m.fate == Fate::Kept));
}

#[test]
fn value_fits_agrees_with_the_scoring_engine_for_every_kind() {
    let template = parse_template(include_str!("../fixtures/exchange/template-all-kinds.json"))
        .unwrap_or_else(|e| panic!("fixture: {e}"));
    let values = [
        AnswerValue::Unanswered,
        AnswerValue::NotApplicable,
        AnswerValue::Level(LevelId::new("good")),
        AnswerValue::Level(LevelId::new("no-such-level")),
        AnswerValue::YesNo(true),
        AnswerValue::Quantity(Fixed::from_int(5)),
        AnswerValue::Quantity(Fixed::from_int(-1)),
        AnswerValue::Count(2),
        AnswerValue::Veto(true),
    ];
    let mut fits = 0;
    for (_, indicator) in template.indicators() {
        for value in &values {
            let answers: Answers = [(indicator.id.clone(), Answer::new(value.clone()))]
                .into_iter()
                .collect();
            let refused = score(&template, &answers).problems.iter().any(|p| {
                !matches!(
                    p,
                    AnswerProblem::NoteRequired { .. } | AnswerProblem::UnknownIndicator { .. }
                )
            });
            assert_eq!(
                value_fits(indicator, value),
                !refused,
                "{} ({:?}) with {value:?}",
                indicator.id,
                indicator.kind
            );
            fits += usize::from(!refused);
        }
    }
    // Both outcomes occur, so the comparison covers something.
    assert!(fits > 7 && fits < 7 * values.len(), "{fits}");
}
