//! Fuzzing template loading, validation and scoring on stable Rust with proptest: arbitrary
//! text, templates built field by field from awkward values, and mutations of the real ones
//! (the built-in templates and the all-kinds fixture): replaced, removed, duplicated, copied-over
//! and renamed JSON fields, edge-case numbers, and byte-level damage.
//!
//! A template comes from a file someone else wrote, so `parse_template`, `validate` and
//! `score` must never panic on one. Besides that, each case checks what must hold: a refusal
//! says something; every validation issue names its field and speaks both languages; a
//! template that loads is written back and reloaded unchanged; scoring any answers is
//! deterministic and stays on 0–100; and on a template validation accepts, full marks score
//! exactly 100 and no answers score 0.
//!
//! Cases per test come from `EIGHTFOLD_FUZZ_CASES` (default 10 000, the normal run); the long
//! run is `cargo xtask fuzz`.

use crate::answers::{seeded_answers, seeds, Seed};
use crate::damage::{self, Mutation, Original};
use crate::exchange_fixtures;
use crate::fuzz;

use std::sync::OnceLock;

use eightfold_core::domain::builtin::BUILTIN_SOURCES;
use eightfold_core::domain::template_edit::sample_answers;
use eightfold_core::domain::{
    parse_template, score, validate, AnswerValue, Answers, Fixed, Lang, Template,
};
use exchange_fixtures::fixture_bytes;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};

/// The real templates to damage.
fn bases() -> &'static [Original] {
    static BASES: OnceLock<Vec<Original>> = OnceLock::new();
    BASES.get_or_init(|| {
        let fixture = String::from_utf8(fixture_bytes("template-all-kinds.json"))
            .expect("the fixture template is UTF-8");
        let mut texts: Vec<String> = BUILTIN_SOURCES
            .iter()
            .map(|(_, json)| (*json).to_owned())
            .collect();
        // The small template twice: its cases are the fastest and hit every kind.
        texts.push(fixture.clone());
        texts.push(fixture);
        texts
            .into_iter()
            .map(|text| Original::new(text.into_bytes()))
            .collect()
    })
}

/// Numbers that sit on an edge: zero, negative, more than two decimals, beyond `i64` and
/// `u32`, not finite in `f64`, and the ordinary ones the templates use.
const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "0.01",
    "0.005",
    "-0.01",
    "2.5",
    "12",
    "99.99",
    "100",
    "100.01",
    "4294967295",
    "4294967296",
    "92233720368547758",
    "9223372036854775807",
    "18446744073709551616",
    "1e15",
    "1e308",
    "1e999",
    "-1e999",
    "5e-324",
];

fn number() -> impl Strategy<Value = Value> {
    prop::sample::select(NUMBERS).prop_map(|text| {
        serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned()))
    })
}

/// Words a template uses for its kinds and ids, and strings that are awkward as text.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "scale", "yes_no", "quota", "deduction", "bonus", "veto", "seed",
            "common_practice", "proportional", "all_or_nothing", "excellent", "good", "pass",
            "fail", "1.1", "1.2", "learning", "",
        ])
        .prop_map(str::to_owned),
        1 => "\\PC{0,12}",
        1 => prop::sample::select(vec![" ", "\u{0}", "\u{202E}", "<b>", "七", "1.1 ", "é"])
            .prop_map(str::to_owned),
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        word().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(word(), inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        // A number from [`NUMBERS`] (most fields are numbers or hold them).
        4 => (any::<Index>(), number()).prop_map(|(pointer, with)| Mutation::Replace { pointer, with }),
        3 => (any::<Index>(), any_json()).prop_map(|(pointer, with)| Mutation::Replace { pointer, with }),
        2 => any::<Index>().prop_map(|pointer| Mutation::Remove { pointer }),
        2 => any::<Index>().prop_map(|pointer| Mutation::Duplicate { pointer }),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(from, to)| Mutation::CopyOver { from, to }),
        1 => (any::<Index>(), word()).prop_map(|(pointer, key)| Mutation::Rename { pointer, key }),
        1 => (any::<Index>(), 1_u8..=255).prop_map(|(at, xor)| Mutation::Flip { at, xor }),
        1 => any::<Index>().prop_map(|at| Mutation::Truncate { at }),
        1 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..6))
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
    ]
}

/// The template's JSON after `mutations`; bytes that are no longer UTF-8 are read lossily, as
/// a text field would be.
fn mutate(base: &Original, mutations: &[Mutation], pretty: bool) -> String {
    String::from_utf8_lossy(&damage::mutate(base, mutations, pretty)).into_owned()
}

/// A text in both languages, sometimes blank or missing one.
fn text() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => Just(json!({ "zh": "学习型", "en": "Learning" })),
        1 => (word(), word()).prop_map(|(zh, en)| json!({ "zh": zh, "en": en })),
        1 => Just(json!({ "zh": "只有中文" })),
    ]
}

fn kind() -> impl Strategy<Value = Value> {
    let level = (word(), number()).prop_map(
        |(id, points)| json!({ "id": id, "label": { "zh": "好", "en": "Good" }, "points": points }),
    );
    prop_oneof![
        prop::collection::vec(level, 0..5)
            .prop_map(|levels| json!({ "type": "scale", "levels": levels })),
        Just(json!({ "type": "yes_no" })),
        (number(), any::<bool>()).prop_map(|(target, all)| json!({
            "type": "quota",
            "target": target,
            "unit": { "zh": "天", "en": "days" },
            "mode": if all { "all_or_nothing" } else { "proportional" },
        })),
        number().prop_map(|per| json!({ "type": "deduction", "per_occurrence": per })),
        number().prop_map(|per| json!({ "type": "bonus", "per_occurrence": per })),
        Just(json!({ "type": "veto" })),
    ]
}

fn indicator() -> impl Strategy<Value = Value> {
    (
        word(),
        number(),
        kind(),
        any::<bool>(),
        any::<bool>(),
        prop::option::of(word()),
        text(),
    )
        .prop_map(|(id, max, kind, na, note, cap, content)| {
            let mut indicator = json!({
                "id": id,
                "content": content,
                "standard": { "zh": "标准", "en": "Standard" },
                "max_points": max,
                "kind": kind,
                "source": { "type": "common_practice" },
                "na_allowed": na,
                "note_required_below_full": note,
            });
            if let (Some(cap), Some(map)) = (cap, indicator.as_object_mut()) {
                map.insert("must_pass".to_owned(), json!({ "cap": cap }));
            }
            indicator
        })
}

/// A template built field by field: the right shape (so it mostly loads) holding awkward
/// values (so validation and scoring meet every edge).
fn generated_template() -> impl Strategy<Value = Value> {
    let dimension = (word(), number(), prop::collection::vec(indicator(), 0..5)).prop_map(
        |(id, weight, indicators)| {
            json!({ "id": id, "name": { "zh": "维度", "en": "Dimension" }, "weight": weight, "indicators": indicators })
        },
    );
    let band = (word(), number(), number()).prop_map(|(id, from, to)| {
        json!({ "id": id, "label": { "zh": "等次", "en": "Grade" }, "from": from, "to": to })
    });
    (
        prop::sample::select(vec![0_u32, 1, 2]),
        word(),
        text(),
        prop::collection::vec(dimension, 0..4),
        prop::collection::vec(band, 0..5),
    )
        .prop_map(|(schema, id, title, dimensions, bands)| {
            json!({
                "schema_version": schema,
                "id": id,
                "version": 1,
                "title": title,
                "description": { "zh": "说明", "en": "About" },
                "dimensions": dimensions,
                "grade_bands": bands,
            })
        })
}

/// Everything a template that loaded must satisfy, whatever it holds.
fn check_loaded(template: &Template, seeds: &[Seed]) -> Result<(), TestCaseError> {
    let issues = validate(template);
    for issue in &issues {
        prop_assert!(
            !issue.path().is_empty(),
            "an issue without a field: {issue:?}"
        );
        prop_assert!(
            issue.message.missing().is_empty(),
            "an issue in one language only: {issue:?}"
        );
    }

    let written = serde_json::to_string(template).expect("a template serializes");
    let reloaded = parse_template(&written);
    prop_assert_eq!(reloaded.as_ref(), Ok(template), "written back: {}", written);

    let answers = seeded_answers(template, seeds);
    let sheet = score(template, &answers);
    prop_assert!(
        sheet.total >= Fixed::ZERO && sheet.total <= Fixed::HUNDRED,
        "{sheet:?}"
    );
    prop_assert_eq!(
        &score(template, &answers),
        &sheet,
        "scoring is deterministic"
    );
    prop_assert_eq!(sheet.dimensions.len(), template.dimensions.len());
    for lang in Lang::ALL {
        let grade = template.grade_label(&sheet.grade, lang);
        prop_assert!(
            !grade.trim().is_empty() || !issues.is_empty(),
            "a valid template labels every grade: {:?}",
            sheet.grade
        );
        for (_, indicator) in template.indicators() {
            if let Some(answer) = answers.get(&indicator.id) {
                let shown = eightfold_core::i18n::answer_text(indicator, &answer.value, lang);
                prop_assert_eq!(
                    shown.is_empty(),
                    answer.value == AnswerValue::Unanswered,
                    "an answer reads as something, only a missing one as nothing: {:?} {:?}",
                    &answer.value,
                    shown
                );
            }
        }
    }

    if issues.is_empty() {
        let full = score(template, &sample_answers(template));
        prop_assert_eq!(full.total, Fixed::HUNDRED, "full marks on a valid template");
        let none = score(template, &Answers::new());
        prop_assert_eq!(none.total, Fixed::ZERO, "no answers on a valid template");
    }
    Ok(())
}

/// Loads `json`: a refusal must say something; a template must pass [`check_loaded`].
fn check_text(json: &str, seeds: &[Seed]) -> Result<(), TestCaseError> {
    match parse_template(json) {
        Ok(template) => check_loaded(&template, seeds),
        Err(error) => {
            prop_assert!(!error.to_string().trim().is_empty(), "{error:?}");
            Ok(())
        }
    }
}

proptest! {
    #![proptest_config(fuzz::config())]

    #[test]
    fn arbitrary_text_is_refused_or_loaded_without_panicking(
        text in prop_oneof![
            "\\PC{0,200}",
            "[{}\\[\\]\":,0-9a-z_. -]{0,200}",
            any_json().prop_map(|value| value.to_string()),
        ],
        seeds in seeds(1..16),
    ) {
        check_text(&text, &seeds)?;
    }

    #[test]
    fn generated_templates_validate_and_score_without_panicking(
        template in generated_template(),
        seeds in seeds(1..16),
    ) {
        check_text(&template.to_string(), &seeds)?;
    }

    #[test]
    fn mutated_real_templates_validate_and_score_without_panicking(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
        pretty in any::<bool>(),
        seeds in seeds(1..16),
    ) {
        let json = mutate(which.get(bases()), &mutations, pretty);
        check_text(&json, &seeds)?;
    }
}

/// The mutations start from sound templates, and the edge numbers include ones a template
/// may hold and ones it may not.
#[test]
fn the_bases_are_sound_and_the_numbers_are_on_both_sides_of_the_edge() {
    assert_eq!(bases().len(), BUILTIN_SOURCES.len() + 2);
    for base in bases() {
        let template = parse_template(&base.value.to_string()).unwrap_or_else(|e| panic!("{e}"));
        assert!(validate(&template).is_empty(), "{}", template.id);
        assert!(base.pointers.len() > 50, "{}", template.id);
        assert_eq!(
            score(&template, &sample_answers(&template)).total,
            Fixed::HUNDRED
        );
    }
    let readable = NUMBERS
        .iter()
        .filter(|n| serde_json::from_str::<Fixed>(n).is_ok())
        .count();
    assert!(
        readable > 0 && readable < NUMBERS.len(),
        "{readable} of {}",
        NUMBERS.len()
    );
}
