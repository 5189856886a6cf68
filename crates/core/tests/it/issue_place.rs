//! Where a template problem is, in words: every path shape `validate` writes names its place
//! by dimension name (or position), indicator number (or position) and the field's label as
//! the editor shows it, in both languages; an unknown shape is shown as it is.

use eightfold_core::domain::issue_place::{issue_place, Field, IssuePlace, Part};
use eightfold_core::domain::{
    eight_types, validate, Fixed, GradeId, IndicatorId, IndicatorKind, Lang, LevelId, MustPass,
    QuotaMode, Template, Text,
};
use eightfold_core::i18n::issue_place_words;

fn words(path: &str, template: &Template) -> (String, String) {
    (
        issue_place_words(path, template, Lang::Zh),
        issue_place_words(path, template, Lang::En),
    )
}

fn says(path: &str, zh: &str, en: &str) {
    assert_eq!(
        words(path, &eight_types()),
        (zh.to_owned(), en.to_owned()),
        "{path}"
    );
}

#[test]
fn template_fields_are_named_by_their_labels() {
    says("title.zh", "模板名称（中文）", "Title (Chinese)");
    says("title.en", "模板名称（英文）", "Title (English)");
    says("description.zh", "说明（中文）", "Description (Chinese)");
    says("description.en", "说明（英文）", "Description (English)");
    says("id", "模板标识", "Template id");
    says("schema_version", "模板格式版本", "Template format version");
    says("dimensions", "考核维度", "Dimensions");
    says("grade_bands", "等次区间", "Grade bands");
}

#[test]
fn dimension_fields_are_named_by_the_dimension_and_the_label() {
    says("dimensions[0]", "学习型机关", "Learning institution");
    says(
        "dimensions[0].name.zh",
        "学习型机关 · 名称（中文）",
        "Learning institution · Name (Chinese)",
    );
    says(
        "dimensions[0].name.en",
        "学习型机关 · 名称（英文）",
        "Learning institution · Name (English)",
    );
    says(
        "dimensions[0].weight",
        "学习型机关 · 权重",
        "Learning institution · Weight",
    );
    says(
        "dimensions[0].id",
        "学习型机关 · 内部标识",
        "Learning institution · Internal id",
    );
    says(
        "dimensions[0].indicators",
        "学习型机关 · 指标",
        "Learning institution · Indicators",
    );
}

#[test]
fn indicator_fields_are_named_by_dimension_number_and_label() {
    let at = |rest: &str| format!("dimensions[0].indicators[2]{rest}");
    let both = |rest: &str, zh: &str, en: &str| {
        says(
            &at(rest),
            &format!("学习型机关 › 1.3{zh}"),
            &format!("Learning institution › 1.3{en}"),
        );
    };
    both("", "", "");
    both(".id", " · 编号", " · Number");
    both(".content.zh", " · 考核内容（中文）", " · Content (Chinese)");
    both(".content.en", " · 考核内容（英文）", " · Content (English)");
    both(
        ".standard.zh",
        " · 评分标准（中文）",
        " · Scoring standard (Chinese)",
    );
    both(
        ".standard.en",
        " · 评分标准（英文）",
        " · Scoring standard (English)",
    );
    both(".max_points", " · 分值", " · Points");
    both(".kind.levels", " · 评定档次", " · Levels");
    both(".kind.target", " · 目标值", " · Target");
    both(".kind.unit.zh", " · 计量单位（中文）", " · Unit (Chinese)");
    both(".kind.unit.en", " · 计量单位（英文）", " · Unit (English)");
    both(
        ".kind.per_occurrence",
        " · 每次分值",
        " · Points per occurrence",
    );
    both(".must_pass", " · ★ 必达项", " · ★ Must-pass item");
    both(
        ".must_pass.cap",
        " · 未达满分时等次最高为",
        " · Below full marks the grade is at most",
    );
    both(".kind.levels[1]", " › 档次 2", " › Level 2");
    both(
        ".kind.levels[1].id",
        " › 档次 2 · 内部标识",
        " › Level 2 · Internal id",
    );
    both(
        ".kind.levels[1].label.zh",
        " › 档次 2 · 名称（中文）",
        " › Level 2 · Name (Chinese)",
    );
    both(
        ".kind.levels[1].label.en",
        " › 档次 2 · 名称（英文）",
        " › Level 2 · Name (English)",
    );
    both(
        ".kind.levels[1].points",
        " › 档次 2 · 分值",
        " › Level 2 · Points",
    );
}

#[test]
fn grade_bands_are_named_by_position_and_label() {
    says(
        "grade_bands[0]",
        "等次区间 › 等次 1 优秀",
        "Grade bands › Grade 1 Excellent",
    );
    says(
        "grade_bands[0].id",
        "等次区间 › 等次 1 优秀 · 内部标识",
        "Grade bands › Grade 1 Excellent · Internal id",
    );
    says(
        "grade_bands[0].label.zh",
        "等次区间 › 等次 1 优秀 · 名称（中文）",
        "Grade bands › Grade 1 Excellent · Name (Chinese)",
    );
    says(
        "grade_bands[0].label.en",
        "等次区间 › 等次 1 优秀 · 名称（英文）",
        "Grade bands › Grade 1 Excellent · Name (English)",
    );
    says(
        "grade_bands[0].from",
        "等次区间 › 等次 1 优秀 · 下限（含）",
        "Grade bands › Grade 1 Excellent · From (included)",
    );
    says(
        "grade_bands[0].to",
        "等次区间 › 等次 1 优秀 · 上限",
        "Grade bands › Grade 1 Excellent · Up to",
    );
}

#[test]
fn blank_names_and_numbers_are_replaced_by_positions() {
    let mut t = eight_types();
    t.dimensions[1].name = Text::new("", "");
    t.dimensions[1].indicators[0].id = IndicatorId::new(" ");
    t.grade_bands[3].label = Text::new("", "");
    assert_eq!(
        words("dimensions[1].indicators[0].max_points", &t),
        (
            "维度 2 › 第 1 项指标 · 分值".to_owned(),
            "Dimension 2 › Indicator 1 · Points".to_owned()
        )
    );
    assert_eq!(
        words("grade_bands[3].to", &t),
        (
            "等次区间 › 等次 4 · 上限".to_owned(),
            "Grade bands › Grade 4 · Up to".to_owned()
        )
    );
    // A position past the end (a stale issue) is still named, by position.
    assert_eq!(
        words("dimensions[9].indicators[4].standard.en", &t),
        (
            "维度 10 › 第 5 项指标 · 评分标准（英文）".to_owned(),
            "Dimension 10 › Indicator 5 · Scoring standard (English)".to_owned()
        )
    );
}

#[test]
fn unknown_shapes_are_shown_as_they_are() {
    let t = eight_types();
    for path in [
        "",
        "dimensions[",
        "dimensions[x].name.zh",
        "dimensions[0].colour",
        "dimensions[0].name.fr",
        "dimensions[0].indicators[0].kind.levels[0].colour",
        "dimensions[99999999999999999999999].weight",
        "grade_bands[0].label",
        "version",
        "title",
        "模板]]][[",
    ] {
        assert_eq!(issue_place(path), None, "{path}");
        assert_eq!(words(path, &t), (path.to_owned(), path.to_owned()));
    }
}

#[test]
fn paths_read_into_parts_and_fields() {
    assert_eq!(
        issue_place("dimensions[1].indicators[3].kind.levels[2].points"),
        Some(IssuePlace {
            part: Part::Level(1, 3, 2),
            field: Some(Field::Points)
        })
    );
    assert_eq!(
        issue_place("grade_bands[2].from"),
        Some(IssuePlace {
            part: Part::Band(2),
            field: Some(Field::From)
        })
    );
}

/// A template with as many problems as `validate` knows, of every shape.
fn broken() -> Template {
    let mut t = eight_types();
    t.schema_version = 0;
    t.id = Default::default();
    t.title = Text::new("", "");
    t.description = Text::new("", "");
    t.dimensions[1].id = t.dimensions[0].id.clone();
    t.dimensions[1].name = Text::new("", "");
    t.dimensions[1].weight = Fixed::ZERO;
    t.dimensions[2].indicators.clear();
    let dim = &mut t.dimensions[0];
    dim.indicators[1].id = dim.indicators[0].id.clone();
    let x = &mut dim.indicators[0];
    x.content = Text::new("", "");
    x.standard = Text::new("", "");
    x.max_points = Fixed::ZERO;
    x.must_pass = Some(MustPass {
        cap: GradeId::new("nowhere"),
    });
    if let IndicatorKind::Scale { levels } = &mut dim.indicators[2].kind {
        levels[1].id = levels[0].id.clone();
        levels[2].id = LevelId::new("");
        levels[2].label = Text::new("", "");
        levels[3].points = Fixed::from_int(-1);
    }
    dim.indicators[3].kind = IndicatorKind::Quota {
        target: Fixed::ZERO,
        unit: Text::new("", ""),
        mode: QuotaMode::Proportional,
    };
    dim.indicators[4].kind = IndicatorKind::Bonus {
        per_occurrence: Fixed::ZERO,
    };
    dim.indicators[4].must_pass = Some(MustPass {
        cap: GradeId::new("pass"),
    });
    dim.indicators[5].kind = IndicatorKind::Scale { levels: Vec::new() };
    t.dimensions[3].indicators[0].kind = IndicatorKind::Veto;
    t.dimensions[3].indicators[0].max_points = Fixed::from_int(3);
    t.grade_bands[1].id = t.grade_bands[0].id.clone();
    t.grade_bands[1].label = Text::new("", "");
    t.grade_bands[2].to = Fixed::from_int(50);
    t.grade_bands[3].from = Fixed::from_int(10);
    t
}

#[test]
fn every_problem_validate_reports_has_a_place_in_words() {
    let mut empty = eight_types();
    empty.dimensions.clear();
    empty.grade_bands.clear();
    let mut overlapping = eight_types();
    overlapping.grade_bands[0].from = Fixed::from_int(70);
    overlapping.grade_bands[3].to = Fixed::from_int(90);
    for template in [broken(), empty, overlapping] {
        let issues = validate(&template);
        assert!(!issues.is_empty(), "{issues:#?}");
        for issue in issues {
            assert!(issue_place(&issue.path).is_some(), "{}", issue.path);
            for lang in Lang::ALL {
                let place = issue_place_words(&issue.path, &template, lang);
                assert!(
                    !place.contains('[') && !place.contains('_') && !place.contains(".zh"),
                    "{} → {place}",
                    issue.path
                );
            }
        }
    }
}

#[test]
fn messages_name_fields_by_their_labels_not_their_json_names() {
    for template in [broken()] {
        for issue in validate(&template) {
            for lang in Lang::ALL {
                let message = issue.message.get(lang);
                for internal in [
                    "max_points",
                    "per_occurrence",
                    "grade_bands[",
                    "dimensions[",
                    "must_pass",
                ] {
                    assert!(!message.contains(internal), "{}: {message}", issue.path);
                }
            }
        }
    }
}
