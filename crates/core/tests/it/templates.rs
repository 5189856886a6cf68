//! Templates: every built-in one loads and validates, and validation names the field of each
//! kind of mistake.

use eightfold_core::domain::builtin::{BUILTIN_SOURCES, EIGHT_TYPES_ID, RESPONSIBILITY_SYSTEM_ID};
use eightfold_core::domain::{
    builtin_templates, eight_types, parse_template, responsibility_system, validate, Fixed,
    GradeId, IndicatorKind, Lang, MustPass, QuotaMode, Source, Template, TemplateIssue, Text,
};

fn issues_at(template: &Template, path: &str) -> Vec<TemplateIssue> {
    validate(template)
        .into_iter()
        .filter(|issue| issue.path() == path)
        .collect()
}

fn assert_only_issue_at(template: &Template, path: &str, words: &str) {
    let issues = validate(template);
    assert_eq!(
        issues.len(),
        1,
        "expected one issue at {path}, got {issues:#?}"
    );
    assert_eq!(issues[0].path(), path);
    assert!(
        issues[0].message.en.contains(words),
        "message {:?} should mention {words:?}",
        issues[0].message.en
    );
    assert!(issues[0].message.missing().is_empty(), "both languages");
}

#[test]
fn every_builtin_template_parses_and_validates() {
    assert_eq!(BUILTIN_SOURCES.len(), 2);
    for (id, json) in BUILTIN_SOURCES {
        let template = parse_template(json).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(template.id.as_str(), id);
        let issues = validate(&template);
        assert!(issues.is_empty(), "{id}: {issues:#?}");
    }
    let loaded = builtin_templates();
    assert_eq!(loaded.len(), BUILTIN_SOURCES.len());
    assert_eq!(loaded[0].id.as_str(), EIGHT_TYPES_ID);
    assert_eq!(eight_types(), loaded[0]);
    assert_eq!(
        responsibility_system().id.as_str(),
        RESPONSIBILITY_SYSTEM_ID
    );
}

#[test]
fn builtin_json_is_stored_in_canonical_form() {
    // The JSON files round-trip through the types without losing or adding anything.
    for (id, json) in BUILTIN_SOURCES {
        let template = parse_template(json).unwrap_or_else(|e| panic!("{id}: {e}"));
        let original: serde_json::Value = serde_json::from_str(json).unwrap();
        let reserialized = serde_json::to_value(&template).unwrap();
        assert_eq!(original, reserialized, "{id}");
    }
}

#[test]
fn the_compiled_in_templates_are_the_files_without_their_indentation() {
    // build.rs strips the layout of src/domain/builtin/*.json; the data must not change.
    let files = [
        (
            EIGHT_TYPES_ID,
            include_str!("../../src/domain/builtin/eight-types.json"),
        ),
        (
            RESPONSIBILITY_SYSTEM_ID,
            include_str!("../../src/domain/builtin/responsibility-system.json"),
        ),
    ];
    for ((id, compiled), (file_id, file)) in BUILTIN_SOURCES.iter().zip(files) {
        assert_eq!(*id, file_id);
        let compiled_value: serde_json::Value = serde_json::from_str(compiled).unwrap();
        let file_value: serde_json::Value = serde_json::from_str(file).unwrap();
        assert_eq!(compiled_value, file_value, "{id}");
        assert!(
            !compiled.contains('\n'),
            "{id}: compiled in with its line breaks"
        );
        let removed = file.chars().filter(|c| c.is_whitespace()).count()
            - compiled.chars().filter(|c| c.is_whitespace()).count();
        assert_eq!(
            compiled.len() + removed,
            file.len(),
            "{id}: only whitespace removed"
        );
    }
}

#[test]
fn eight_types_has_the_eight_dimensions_in_order() {
    let template = eight_types();
    let ids: Vec<&str> = template.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "learning",
            "innovative",
            "efficient",
            "service",
            "rule_of_law",
            "thrifty",
            "civilized",
            "clean"
        ]
    );
    let names: Vec<&str> = template
        .dimensions
        .iter()
        .map(|d| d.name.get(Lang::Zh))
        .collect();
    assert_eq!(
        names,
        [
            "学习型机关",
            "创新型机关",
            "高效型机关",
            "服务型机关",
            "法治型机关",
            "节约型机关",
            "文明型机关",
            "廉洁型机关"
        ]
    );
    assert_eq!(template.title.zh, "八型机关建设自评（县级机关）");
    for dimension in &template.dimensions {
        let n = dimension.indicators.len();
        assert!((4..=8).contains(&n), "{}: {n} indicators", dimension.id);
    }
    assert!(template.indicators().count() >= 40);
}

#[test]
fn eight_types_uses_every_kind_and_rule() {
    let template = eight_types();
    let has = |pred: &dyn Fn(&IndicatorKind) -> bool| {
        template
            .indicators()
            .any(|(_, indicator)| pred(&indicator.kind))
    };
    assert!(has(&|k| matches!(k, IndicatorKind::Scale { .. })));
    assert!(has(&|k| matches!(k, IndicatorKind::YesNo)));
    assert!(has(&|k| matches!(
        k,
        IndicatorKind::Quota {
            mode: QuotaMode::Proportional,
            ..
        }
    )));
    assert!(has(&|k| matches!(
        k,
        IndicatorKind::Quota {
            mode: QuotaMode::AllOrNothing,
            ..
        }
    )));
    assert!(has(&|k| matches!(k, IndicatorKind::Deduction { .. })));
    assert_eq!(
        template
            .indicators()
            .filter(|(_, i)| matches!(i.kind, IndicatorKind::Bonus { .. }))
            .count(),
        2
    );
    let veto = template
        .indicators()
        .find(|(_, i)| i.kind == IndicatorKind::Veto)
        .map(|(d, i)| (d.id.as_str(), i.id.as_str()));
    assert_eq!(veto, Some(("clean", "8.1")));
    assert!(template.indicators().any(|(_, i)| i.must_pass
        == Some(MustPass {
            cap: GradeId::new("pass")
        })));
    assert!(template.indicators().any(|(_, i)| i.na_allowed));
    assert!(template
        .indicators()
        .any(|(_, i)| i.note_required_below_full));
}

#[test]
fn eight_types_carries_the_seed_numbers() {
    let template = eight_types();
    let (_, education) = template
        .indicator(&"1.1".into())
        .expect("collective education item");
    assert_eq!(education.source, Source::Seed { paragraph: 3 });
    match &education.kind {
        IndicatorKind::Quota { target, unit, .. } => {
            assert_eq!(*target, Fixed::from_int(12));
            assert_eq!(unit.zh, "天");
        }
        other => panic!("1.1 should be a quota, found {other:?}"),
    }
    // Paragraph 5: letters and calls, disciplinary cases, unhealthy tendencies.
    let from_paragraph_5: Vec<&str> = template
        .indicators()
        .filter(|(_, i)| i.source == Source::Seed { paragraph: 5 })
        .map(|(_, i)| i.content.zh.as_str())
        .collect();
    assert!(from_paragraph_5.iter().any(|c| c.contains("信访")));
    assert!(from_paragraph_5.iter().any(|c| c.contains("违纪")));
    assert!(from_paragraph_5.iter().any(|c| c.contains("不正之风")));
    for (_, indicator) in template.indicators() {
        if let Source::Seed { paragraph } = indicator.source {
            assert!((1..=13).contains(&paragraph), "{}", indicator.id);
        }
    }
}

#[test]
fn responsibility_system_carries_paragraphs_10_to_12() {
    let template = responsibility_system();
    assert!((3..=5).contains(&template.dimensions.len()));
    let quota = |id: &str| match template.indicator(&id.into()).map(|(_, i)| &i.kind) {
        Some(IndicatorKind::Quota { target, .. }) => *target,
        other => panic!("{id} should be a quota, found {other:?}"),
    };
    assert_eq!(
        quota("1.1"),
        Fixed::from_int(1),
        "standing committee ≥ 1 a year"
    );
    assert_eq!(
        quota("1.2"),
        Fixed::from_int(2),
        "leaders hear reports ≥ 2 a year"
    );
    let text: String = template
        .indicators()
        .map(|(_, i)| i.content.zh.clone())
        .collect();
    for phrase in [
        "实绩考核",
        "教育经费",
        "党费",
        "专职委员多于兼职委员",
        "目标责任制考核",
        "作风和绩效评议",
        "民主生活会",
    ] {
        assert!(text.contains(phrase), "missing {phrase}");
    }
}

#[test]
fn a_broken_json_names_the_field() {
    let mut value: serde_json::Value = serde_json::from_str(BUILTIN_SOURCES[0].1).unwrap();
    value["dimensions"][2]["indicators"][0]["max_points"] = serde_json::json!("thirty");
    let error = parse_template(&value.to_string()).unwrap_err();
    assert_eq!(error.path, "dimensions[2].indicators[0].max_points");
    assert!(error.to_string().contains("not a number"), "{error}");

    value["dimensions"][2]["indicators"][0]["max_points"] = serde_json::json!(30);
    value["dimensions"][0]["weigth"] = serde_json::json!(10);
    let error = parse_template(&value.to_string()).unwrap_err();
    assert!(error.message.contains("weigth"), "{error}");

    assert!(parse_template("{} trailing").is_err());
}

// --- validation catches each mistake, at the right path ---

#[test]
fn duplicate_ids_are_reported_at_the_second_occurrence() {
    let mut template = eight_types();
    template.dimensions[3].indicators[1].id = "1.1".into();
    assert_only_issue_at(
        &template,
        "dimensions[3].indicators[1].id",
        "duplicate indicator number “1.1” (also used by indicator 1 of dimension 1)",
    );

    let mut template = eight_types();
    template.dimensions[7].id = "learning".into();
    assert_only_issue_at(&template, "dimensions[7].id", "duplicate dimension id");

    let mut template = eight_types();
    template.grade_bands[1].id = "excellent".into();
    assert_only_issue_at(&template, "grade_bands[1].id", "duplicate grade id");

    let mut template = eight_types();
    if let IndicatorKind::Scale { levels } = &mut template.dimensions[0].indicators[2].kind {
        levels[3].id = "good".into();
    }
    assert_only_issue_at(
        &template,
        "dimensions[0].indicators[2].kind.levels[3].id",
        "duplicate level id",
    );
}

#[test]
fn weights_must_add_up_to_100() {
    let mut template = eight_types();
    template.dimensions[0].weight = Fixed::from_int(20);
    assert_only_issue_at(&template, "dimensions", "add up to 105, not 100");
}

#[test]
fn weights_must_be_positive() {
    let mut template = eight_types();
    template.dimensions[0].weight = Fixed::ZERO;
    template.dimensions[1].weight = Fixed::from_int(25);
    assert_only_issue_at(&template, "dimensions[0].weight", "above 0");
}

#[test]
fn band_gap_is_reported() {
    let mut template = eight_types();
    // 良好 now starts at 81: totals in [80, 81) have no grade.
    template.grade_bands[1].from = Fixed::from_int(81);
    assert_only_issue_at(&template, "grade_bands[1].from", "totals from 80 up to 81");
}

#[test]
fn band_overlap_is_reported() {
    let mut template = eight_types();
    // 合格 now reaches 85, overlapping 良好 [80, 90).
    template.grade_bands[2].to = Fixed::from_int(85);
    assert_only_issue_at(
        &template,
        "grade_bands[1].from",
        "80 up to 85 is also in grade 3",
    );
}

#[test]
fn bands_must_span_0_to_100_best_first() {
    let mut template = eight_types();
    template.grade_bands[0].to = Fixed::from_int(95);
    assert_only_issue_at(
        &template,
        "grade_bands[0].to",
        "end at 100 (they end at 95)",
    );

    let mut template = eight_types();
    template.grade_bands[3].from = Fixed::from_int(10);
    assert_only_issue_at(&template, "grade_bands[3].from", "start at 0");

    let mut template = eight_types();
    template.grade_bands.swap(0, 1);
    assert_only_issue_at(&template, "grade_bands[1].from", "best first");

    let mut template = eight_types();
    template.grade_bands.clear();
    let issues = issues_at(&template, "grade_bands");
    assert_eq!(issues.len(), 1, "{issues:#?}");
    assert!(issues[0].message.en.contains("at least one grade band"));
    // The ★ items now name a band that does not exist.
    assert!(!issues_at(&template, "dimensions[0].indicators[0].must_pass.cap").is_empty());
}

#[test]
fn missing_english_is_reported_per_field() {
    let mut template = eight_types();
    template.dimensions[4].indicators[2].standard.en = "  ".into();
    assert_only_issue_at(
        &template,
        "dimensions[4].indicators[2].standard.en",
        "English text is missing",
    );

    let mut template = eight_types();
    template.grade_bands[2].label = Text::new("合格", "");
    assert_only_issue_at(&template, "grade_bands[2].label.en", "English");

    let mut template = eight_types();
    template.title.zh.clear();
    assert_only_issue_at(&template, "title.zh", "Chinese text is missing");
}

#[test]
fn maxima_must_be_positive_and_vetoes_zero() {
    let mut template = eight_types();
    template.dimensions[1].indicators[0].max_points = Fixed::ZERO;
    let issues = issues_at(&template, "dimensions[1].indicators[0].max_points");
    assert_eq!(issues.len(), 1, "{issues:#?}");
    assert!(issues[0].message.en.contains("above 0"));

    let mut template = eight_types();
    template.dimensions[7].indicators[0].max_points = Fixed::from_int(5);
    assert_only_issue_at(
        &template,
        "dimensions[7].indicators[0].max_points",
        "veto item has 0 points",
    );
}

#[test]
fn scale_levels_must_fit_the_maximum() {
    let mut template = eight_types();
    if let IndicatorKind::Scale { levels } = &mut template.dimensions[0].indicators[2].kind {
        levels[0].points = Fixed::from_int(16);
    }
    let issues = validate(&template);
    let paths: Vec<String> = issues.iter().map(|i| i.path()).collect();
    assert_eq!(
        paths,
        [
            "dimensions[0].indicators[2].kind.levels",
            "dimensions[0].indicators[2].kind.levels[0].points"
        ],
        "{issues:#?}"
    );
}

#[test]
fn kind_parameters_must_be_positive() {
    let mut template = eight_types();
    if let IndicatorKind::Quota { target, .. } = &mut template.dimensions[0].indicators[0].kind {
        *target = Fixed::ZERO;
    }
    assert_only_issue_at(
        &template,
        "dimensions[0].indicators[0].kind.target",
        "target must be above 0",
    );

    let mut template = eight_types();
    if let IndicatorKind::Deduction { per_occurrence } =
        &mut template.dimensions[2].indicators[2].kind
    {
        *per_occurrence = Fixed::from_int(-5);
    }
    assert_only_issue_at(
        &template,
        "dimensions[2].indicators[2].kind.per_occurrence",
        "above 0",
    );
}

#[test]
fn must_pass_cap_names_a_band() {
    let mut template = eight_types();
    template.dimensions[0].indicators[0].must_pass = Some(MustPass {
        cap: GradeId::new("satisfactory"),
    });
    assert_only_issue_at(
        &template,
        "dimensions[0].indicators[0].must_pass.cap",
        "“satisfactory”",
    );
}

#[test]
fn empty_template_and_dimension_are_reported() {
    let mut template = eight_types();
    template.dimensions[5].indicators.clear();
    assert_only_issue_at(
        &template,
        "dimensions[5].indicators",
        "at least one indicator",
    );

    let mut template = eight_types();
    template.dimensions.clear();
    assert_only_issue_at(&template, "dimensions", "at least one dimension");
}

#[test]
fn future_schema_version_is_reported() {
    let mut template = eight_types();
    template.schema_version = 2;
    assert_only_issue_at(&template, "schema_version", "unsupported");
}

#[test]
fn several_mistakes_are_all_reported() {
    let mut template = eight_types();
    template.dimensions[0].name.en.clear();
    template.dimensions[0].weight = Fixed::from_int(16);
    template.grade_bands[3].to = Fixed::from_int(59);
    let paths: Vec<String> = validate(&template).iter().map(|i| i.path()).collect();
    assert_eq!(
        paths,
        ["dimensions[0].name.en", "dimensions", "grade_bands[2].from"]
    );
}
