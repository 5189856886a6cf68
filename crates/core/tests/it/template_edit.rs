//! The criteria editor's operations on a template: a blank template that validation guides to
//! completion, copies under a new id, new parts with free ids, kinds with working defaults,
//! reordering within and across dimensions, and a preview sample that scores a sound template
//! at 100.

use eightfold_core::domain::template_edit::{
    add_band, add_dimension, add_indicator, add_level, blank_template, copy_of, default_bands,
    move_indicator, move_item, remove_item, sample_answers, set_kind, KindChoice,
};
use eightfold_core::domain::{
    builtin_templates, score, validate, Fixed, IndicatorKind, Template, TemplateId, Text,
};

fn paths(template: &Template) -> Vec<String> {
    validate(template).iter().map(|i| i.path()).collect()
}

#[test]
fn a_blank_template_asks_only_for_its_words() {
    let mut t = blank_template(TemplateId::new("t-new"));
    assert_eq!(t.version, 1);
    assert_eq!(
        paths(&t),
        vec![
            "title.zh",
            "title.en",
            "description.zh",
            "description.en",
            "dimensions[0].name.zh",
            "dimensions[0].name.en",
            "dimensions[0].indicators[0].content.zh",
            "dimensions[0].indicators[0].content.en",
            "dimensions[0].indicators[0].standard.zh",
            "dimensions[0].indicators[0].standard.en",
        ]
    );
    t.title = Text::new("新模板", "New");
    t.description = Text::new("说明", "About");
    t.dimensions[0].name = Text::new("学习型", "Learning");
    let item = &mut t.dimensions[0].indicators[0];
    item.content = Text::new("学习制度", "Study rules");
    item.standard = Text::new("有制度得分", "Rules in place");
    assert_eq!(paths(&t), Vec::<String>::new());
    assert_eq!(score(&t, &sample_answers(&t)).total, Fixed::HUNDRED);
}

#[test]
fn new_parts_get_ids_no_other_part_uses() {
    let mut t = blank_template(TemplateId::new("t-new"));
    let d = add_dimension(&mut t);
    assert_eq!(d, 1);
    assert_eq!(t.dimensions[1].id.as_str(), "d2");
    assert_eq!(t.dimensions[1].indicators[0].id.as_str(), "2.1");
    // An author renumbered 2.1 as 1.2: the next item of dimension 1 skips it.
    t.dimensions[1].indicators[0].id = eightfold_core::domain::IndicatorId::new("1.2");
    let i = add_indicator(&mut t, 0).unwrap_or_default();
    assert_eq!(t.dimensions[0].indicators[i].id.as_str(), "1.3");
    assert_eq!(add_indicator(&mut t, 9), None);
    let b = add_band(&mut t);
    assert_eq!(t.grade_bands[b].id.as_str(), "grade1");
    // Removing the first dimension and adding one reuses its free id.
    remove_item(&mut t.dimensions, 0);
    add_dimension(&mut t);
    assert_eq!(t.dimensions[1].id.as_str(), "d1");
}

#[test]
fn changing_the_kind_gives_parameters_that_validate() {
    let mut t = blank_template(TemplateId::new("t-new"));
    t.title = Text::new("模板", "Template");
    t.description = Text::new("说明", "About");
    t.dimensions[0].name = Text::new("学习型", "Learning");
    let base = t.dimensions[0].indicators[0].clone();
    for choice in KindChoice::ALL {
        let mut item = base.clone();
        item.content = Text::new("内容", "Content");
        item.standard = Text::new("标准", "Standard");
        item.must_pass = Some(eightfold_core::domain::MustPass {
            cap: eightfold_core::domain::GradeId::new("pass"),
        });
        set_kind(&mut item, choice);
        assert_eq!(KindChoice::of(&item.kind), choice);
        assert_eq!(KindChoice::from_code(choice.code()), Some(choice));
        let mut with_item = t.clone();
        with_item.dimensions[0].indicators = vec![item.clone()];
        if !item.kind.counts_in_max() {
            // A dimension needs a scored item; bonus and veto go beside one.
            let mut scored = base.clone();
            scored.id = eightfold_core::domain::IndicatorId::new("1.9");
            scored.content = Text::new("内容", "Content");
            scored.standard = Text::new("标准", "Standard");
            with_item.dimensions[0].indicators.push(scored);
        }
        assert_eq!(paths(&with_item), Vec::<String>::new(), "{choice:?}");
    }
    let mut veto = base.clone();
    set_kind(&mut veto, KindChoice::Veto);
    assert_eq!(veto.max_points, Fixed::ZERO);
    set_kind(&mut veto, KindChoice::Scale);
    assert_eq!(
        veto.max_points,
        Fixed::from_int(10),
        "a scored kind gets points again"
    );
    let before = veto.clone();
    assert_eq!(add_level(&mut veto), Some(4));
    assert_ne!(veto, before);
    let mut yes_no = base;
    assert_eq!(add_level(&mut yes_no), None);
}

#[test]
fn items_move_within_and_across_dimensions() {
    let mut t = blank_template(TemplateId::new("t-new"));
    add_indicator(&mut t, 0);
    add_indicator(&mut t, 0);
    add_dimension(&mut t);
    let ids = |t: &Template| -> Vec<Vec<String>> {
        t.dimensions
            .iter()
            .map(|d| d.indicators.iter().map(|i| i.id.to_string()).collect())
            .collect()
    };
    assert_eq!(ids(&t), vec![vec!["1.1", "1.2", "1.3"], vec!["2.1"]]);
    assert!(move_indicator(&mut t, (0, 2), (0, 0)));
    assert_eq!(ids(&t), vec![vec!["1.3", "1.1", "1.2"], vec!["2.1"]]);
    assert!(move_indicator(&mut t, (0, 0), (1, 1)));
    assert_eq!(ids(&t), vec![vec!["1.1", "1.2"], vec!["2.1", "1.3"]]);
    assert!(!move_indicator(&mut t, (0, 5), (1, 0)));
    assert!(!move_indicator(&mut t, (0, 0), (1, 9)));
    assert_eq!(ids(&t), vec![vec!["1.1", "1.2"], vec!["2.1", "1.3"]]);
    assert!(move_item(&mut t.dimensions, 1, 0));
    assert_eq!(ids(&t), vec![vec!["2.1", "1.3"], vec!["1.1", "1.2"]]);
    assert!(!move_item(&mut t.dimensions, 0, 2));
}

#[test]
fn copies_keep_the_criteria_under_a_new_id_and_version_1() {
    for source in builtin_templates() {
        let copy = copy_of(&source, TemplateId::new("t-copy"));
        assert_eq!(copy.id.as_str(), "t-copy");
        assert_eq!(copy.version, 1);
        assert!(copy.title.zh.starts_with(&source.title.zh) && copy.title.zh != source.title.zh);
        assert_eq!(copy.dimensions, source.dimensions);
        assert_eq!(paths(&copy), Vec::<String>::new());
        // The preview's sample gives full marks everywhere: a sound template totals 100.
        let sheet = score(&copy, &sample_answers(&copy));
        assert_eq!(sheet.total, Fixed::HUNDRED, "{}", source.id);
        assert!(sheet.problems.is_empty());
        assert_eq!(sheet.completeness.remaining(), 0);
    }
}

#[test]
fn the_default_bands_tile_0_to_100() {
    let mut t = blank_template(TemplateId::new("t-new"));
    t.grade_bands = default_bands();
    assert!(paths(&t).iter().all(|p| !p.starts_with("grade_bands")));
    // A gap between two bands is reported at the band after it.
    t.grade_bands[2].to = Fixed::from_int(75);
    assert!(
        paths(&t).contains(&"grade_bands[1].from".to_owned()),
        "{:?}",
        paths(&t)
    );
    assert!(matches!(
        t.dimensions[0].indicators[0].kind,
        IndicatorKind::YesNo
    ));
}
