//! Where a template problem is, in words: every place `validate` reports names its part by
//! dimension name (or position), indicator number (or position) and the field's label as the
//! editor shows it, in both languages; and each place is written into files as its path.

use eightfold_core::domain::issue_place::{Field, IssuePlace, Part};
use eightfold_core::domain::{
    eight_types, validate, Fixed, GradeId, IndicatorId, IndicatorKind, Lang, LevelId, MustPass,
    QuotaMode, Template, Text,
};
use eightfold_core::i18n::issue_place_words;
use Field::*;
use Lang::{En, Zh};

fn words(place: IssuePlace, template: &Template) -> (String, String) {
    (
        issue_place_words(place, template, Lang::Zh),
        issue_place_words(place, template, Lang::En),
    )
}

/// `place` is written as `path` in files and reads as `zh` / `en` on screen.
fn says(place: IssuePlace, path: &str, zh: &str, en: &str) {
    assert_eq!(place.path(), path);
    assert_eq!(
        words(place, &eight_types()),
        (zh.to_owned(), en.to_owned()),
        "{path}"
    );
}

fn template(field: Field) -> IssuePlace {
    IssuePlace::template(field)
}

fn dimension(field: Option<Field>) -> IssuePlace {
    IssuePlace {
        part: Part::Dimension(0),
        field,
    }
}

fn band(field: Option<Field>) -> IssuePlace {
    IssuePlace {
        part: Part::Band(0),
        field,
    }
}

#[test]
fn template_fields_are_named_by_their_labels() {
    says(
        template(Title(Zh)),
        "title.zh",
        "模板名称（中文）",
        "Title (Chinese)",
    );
    says(
        template(Title(En)),
        "title.en",
        "模板名称（英文）",
        "Title (English)",
    );
    says(
        template(Description(Zh)),
        "description.zh",
        "说明（中文）",
        "Description (Chinese)",
    );
    says(
        template(Description(En)),
        "description.en",
        "说明（英文）",
        "Description (English)",
    );
    says(template(TemplateId), "id", "模板标识", "Template id");
    says(
        template(SchemaVersion),
        "schema_version",
        "模板格式版本",
        "Template format version",
    );
    says(template(Dimensions), "dimensions", "考核维度", "Dimensions");
    says(
        template(GradeBands),
        "grade_bands",
        "等次区间",
        "Grade bands",
    );
}

#[test]
fn dimension_fields_are_named_by_the_dimension_and_the_label() {
    says(
        dimension(None),
        "dimensions[0]",
        "学习型机关",
        "Learning institution",
    );
    says(
        dimension(Some(Name(Zh))),
        "dimensions[0].name.zh",
        "学习型机关 · 名称（中文）",
        "Learning institution · Name (Chinese)",
    );
    says(
        dimension(Some(Name(En))),
        "dimensions[0].name.en",
        "学习型机关 · 名称（英文）",
        "Learning institution · Name (English)",
    );
    says(
        dimension(Some(Weight)),
        "dimensions[0].weight",
        "学习型机关 · 权重",
        "Learning institution · Weight",
    );
    says(
        dimension(Some(Id)),
        "dimensions[0].id",
        "学习型机关 · 内部标识",
        "Learning institution · Internal id",
    );
    says(
        dimension(Some(Indicators)),
        "dimensions[0].indicators",
        "学习型机关 · 指标",
        "Learning institution · Indicators",
    );
}

#[test]
fn indicator_fields_are_named_by_dimension_number_and_label() {
    let both = |(part, field): (Part, Option<Field>), rest: &str, zh: &str, en: &str| {
        says(
            IssuePlace { part, field },
            &format!("dimensions[0].indicators[2]{rest}"),
            &format!("学习型机关 › 1.3{zh}"),
            &format!("Learning institution › 1.3{en}"),
        );
    };
    let indicator = |field| (Part::Indicator(0, 2), field);
    let level = |field| (Part::Level(0, 2, 1), field);
    both(indicator(None), "", "", "");
    both(indicator(Some(Number)), ".id", " · 编号", " · Number");
    both(
        indicator(Some(Content(Zh))),
        ".content.zh",
        " · 考核内容（中文）",
        " · Content (Chinese)",
    );
    both(
        indicator(Some(Content(En))),
        ".content.en",
        " · 考核内容（英文）",
        " · Content (English)",
    );
    both(
        indicator(Some(Standard(Zh))),
        ".standard.zh",
        " · 评分标准（中文）",
        " · Scoring standard (Chinese)",
    );
    both(
        indicator(Some(Standard(En))),
        ".standard.en",
        " · 评分标准（英文）",
        " · Scoring standard (English)",
    );
    both(
        indicator(Some(Points)),
        ".max_points",
        " · 分值",
        " · Points",
    );
    both(
        indicator(Some(Levels)),
        ".kind.levels",
        " · 评定档次",
        " · Levels",
    );
    both(
        indicator(Some(Target)),
        ".kind.target",
        " · 目标值",
        " · Target",
    );
    both(
        indicator(Some(Unit(Zh))),
        ".kind.unit.zh",
        " · 计量单位（中文）",
        " · Unit (Chinese)",
    );
    both(
        indicator(Some(Unit(En))),
        ".kind.unit.en",
        " · 计量单位（英文）",
        " · Unit (English)",
    );
    both(
        indicator(Some(PerOccurrence)),
        ".kind.per_occurrence",
        " · 每次分值",
        " · Points per occurrence",
    );
    both(
        indicator(Some(Field::MustPass)),
        ".must_pass",
        " · ★ 必达项",
        " · ★ Must-pass item",
    );
    both(
        indicator(Some(MustPassCap)),
        ".must_pass.cap",
        " · 未达满分时等次最高为",
        " · Below full marks the grade is at most",
    );
    both(level(None), ".kind.levels[1]", " › 档次 2", " › Level 2");
    both(
        level(Some(Id)),
        ".kind.levels[1].id",
        " › 档次 2 · 内部标识",
        " › Level 2 · Internal id",
    );
    both(
        level(Some(Name(Zh))),
        ".kind.levels[1].label.zh",
        " › 档次 2 · 名称（中文）",
        " › Level 2 · Name (Chinese)",
    );
    both(
        level(Some(Name(En))),
        ".kind.levels[1].label.en",
        " › 档次 2 · 名称（英文）",
        " › Level 2 · Name (English)",
    );
    both(
        level(Some(Points)),
        ".kind.levels[1].points",
        " › 档次 2 · 分值",
        " › Level 2 · Points",
    );
}

#[test]
fn grade_bands_are_named_by_position_and_label() {
    says(
        band(None),
        "grade_bands[0]",
        "等次区间 › 等次 1 优秀",
        "Grade bands › Grade 1 Excellent",
    );
    says(
        band(Some(Id)),
        "grade_bands[0].id",
        "等次区间 › 等次 1 优秀 · 内部标识",
        "Grade bands › Grade 1 Excellent · Internal id",
    );
    says(
        band(Some(Name(Zh))),
        "grade_bands[0].label.zh",
        "等次区间 › 等次 1 优秀 · 名称（中文）",
        "Grade bands › Grade 1 Excellent · Name (Chinese)",
    );
    says(
        band(Some(Name(En))),
        "grade_bands[0].label.en",
        "等次区间 › 等次 1 优秀 · 名称（英文）",
        "Grade bands › Grade 1 Excellent · Name (English)",
    );
    says(
        band(Some(From)),
        "grade_bands[0].from",
        "等次区间 › 等次 1 优秀 · 下限（含）",
        "Grade bands › Grade 1 Excellent · From (included)",
    );
    says(
        band(Some(To)),
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
        words(IssuePlace::at(Part::Indicator(1, 0), Points), &t),
        (
            "维度 2 › 第 1 项指标 · 分值".to_owned(),
            "Dimension 2 › Indicator 1 · Points".to_owned()
        )
    );
    assert_eq!(
        words(IssuePlace::at(Part::Band(3), To), &t),
        (
            "等次区间 › 等次 4 · 上限".to_owned(),
            "Grade bands › Grade 4 · Up to".to_owned()
        )
    );
    // A position past the end (a stale issue) is still named, by position.
    assert_eq!(
        words(IssuePlace::at(Part::Indicator(9, 4), Standard(En)), &t),
        (
            "维度 10 › 第 5 项指标 · 评分标准（英文）".to_owned(),
            "Dimension 10 › Indicator 5 · Scoring standard (English)".to_owned()
        )
    );
}

#[test]
fn places_are_written_as_the_paths_of_a_template_file() {
    assert_eq!(
        IssuePlace::at(Part::Level(1, 3, 2), Points).path(),
        "dimensions[1].indicators[3].kind.levels[2].points"
    );
    assert_eq!(
        IssuePlace::at(Part::Band(2), From).path(),
        "grade_bands[2].from"
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
            for lang in Lang::ALL {
                let place = issue_place_words(issue.place, &template, lang);
                assert!(
                    !place.is_empty()
                        && !place.contains('[')
                        && !place.contains('_')
                        && !place.contains(".zh"),
                    "{} → {place}",
                    issue.path()
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
                    assert!(!message.contains(internal), "{}: {message}", issue.path());
                }
            }
        }
    }
}
