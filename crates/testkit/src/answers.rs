//! Reusable proptest strategies: answers over a template's indicators, whole assessments, and
//! the awkward text real users type (Chinese, formulas, HTML, control characters).
//!
//! Values mostly fit their
//! indicator (so scores vary meaningfully) but sometimes do not (wrong kind, unknown level,
//! negative quantity, not-applicable where not allowed, answers to unknown ids), because files
//! from other app versions carry such answers and they must survive a round trip unchanged.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use eightfold_core::domain::assessment::{Assessment, AssessmentId, Review, UnitInfo};
use eightfold_core::domain::{
    Answer, AnswerValue, Answers, Fixed, Indicator, IndicatorId, IndicatorKind, LevelId, Template,
};
use proptest::prelude::*;

/// Text a person might type into a unit name, a note or a comment.
pub fn user_text() -> BoxedStrategy<String> {
    prop_oneof![
        2 => Just(String::new()),
        3 => "[一-龥，。、；：“”（）0-9a-z ]{1,24}",
        2 => "\\PC{0,30}",
        1 => any::<String>(),
        2 => prop::sample::select(vec![
            "=HYPERLINK(\"http://example.com\",\"点我\")",
            "+1+1",
            "-2+3",
            "@SUM(A1:A9)",
            "\t=1",
            "\r=1",
            " =cmd|' /C calc'!A0",
            "＝１＋１",
            "<img src=x onerror=alert(1)>",
            "<script>alert('x')</script>",
            "会议记录见附件\n第二行，含 \"引号\" 与逗号,",
            "line\r\nbreak",
        ])
        .prop_map(String::from),
    ]
    .boxed()
}

/// Any value of any kind, with any payload.
pub fn any_value() -> BoxedStrategy<AnswerValue> {
    prop_oneof![
        Just(AnswerValue::Unanswered),
        Just(AnswerValue::NotApplicable),
        "[a-z-]{1,12}".prop_map(|id| AnswerValue::Level(LevelId::new(id))),
        any::<bool>().prop_map(AnswerValue::YesNo),
        any::<i64>().prop_map(|h| AnswerValue::Quantity(Fixed::from_hundredths(h))),
        any::<u32>().prop_map(AnswerValue::Count),
        any::<bool>().prop_map(AnswerValue::Veto),
    ]
    .boxed()
}

/// A value that fits `indicator`'s kind.
pub fn fitting_value(indicator: &Indicator) -> BoxedStrategy<AnswerValue> {
    match &indicator.kind {
        IndicatorKind::Scale { levels } if !levels.is_empty() => {
            let ids: Vec<LevelId> = levels.iter().map(|level| level.id.clone()).collect();
            prop::sample::select(ids)
                .prop_map(AnswerValue::Level)
                .boxed()
        }
        IndicatorKind::Scale { .. } => Just(AnswerValue::Unanswered).boxed(),
        IndicatorKind::YesNo => any::<bool>().prop_map(AnswerValue::YesNo).boxed(),
        IndicatorKind::Quota { target, .. } => {
            let top = target.hundredths().saturating_mul(2).max(1);
            (0..=top)
                .prop_map(|h| AnswerValue::Quantity(Fixed::from_hundredths(h)))
                .boxed()
        }
        IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. } => {
            prop_oneof![6 => 0_u32..8, 1 => any::<u32>()]
                .prop_map(AnswerValue::Count)
                .boxed()
        }
        IndicatorKind::Veto => prop_oneof![4 => Just(false), 1 => Just(true)]
            .prop_map(AnswerValue::Veto)
            .boxed(),
    }
}

/// Mostly a fitting value; sometimes not applicable, unanswered or any value at all.
pub fn value_for(indicator: &Indicator) -> BoxedStrategy<AnswerValue> {
    prop_oneof![
        12 => fitting_value(indicator),
        2 => Just(AnswerValue::NotApplicable),
        1 => Just(AnswerValue::Unanswered),
        1 => any_value(),
    ]
    .boxed()
}

/// A value and a note for `indicator`.
pub fn answer_for(indicator: &Indicator) -> BoxedStrategy<Answer> {
    (value_for(indicator), user_text())
        .prop_map(|(value, note)| Answer::new(value).with_note(note))
        .boxed()
}

/// Answers to some of `template`'s indicators (each answered with probability ~3/4), and now
/// and then an answer to an id the template does not have.
pub fn answers_for(template: &Template) -> BoxedStrategy<Answers> {
    let per_indicator: Vec<BoxedStrategy<Option<(IndicatorId, Answer)>>> = template
        .indicators()
        .map(|(_, indicator)| {
            let id = indicator.id.clone();
            prop::option::weighted(0.75, answer_for(indicator))
                .prop_map(move |answer| answer.map(|a| (id.clone(), a)))
                .boxed()
        })
        .collect();
    let stray = prop::option::weighted(
        0.1,
        ("x[0-9]{1,3}", any_value())
            .prop_map(|(id, value)| (IndicatorId::new(id), Answer::new(value))),
    );
    (per_indicator, stray)
        .prop_map(|(answers, stray)| answers.into_iter().flatten().chain(stray).collect())
        .boxed()
}

/// A time with a whole-minute UTC offset (what a browser reports), with nanoseconds.
pub fn date_time() -> BoxedStrategy<DateTime<FixedOffset>> {
    (0_i64..4_102_444_800, 0_u32..1_000_000_000, -720_i32..=840)
        .prop_filter_map("representable", |(secs, nanos, minutes)| {
            let offset = FixedOffset::east_opt(minutes * 60)?;
            offset.timestamp_opt(secs, nanos).single()
        })
        .boxed()
}

pub fn unit_info() -> BoxedStrategy<UnitInfo> {
    (
        user_text(),
        prop_oneof![4 => 2000_i32..2100, 1 => any::<i32>()],
        user_text(),
        user_text(),
        (1900_i32..2200, 1_u32..=12, 1_u32..=28),
    )
        .prop_filter_map("valid date", |(unit, year, period, assessor, (y, m, d))| {
            Some(UnitInfo {
                unit,
                year,
                period,
                assessor,
                date: NaiveDate::from_ymd_opt(y, m, d)?,
            })
        })
        .boxed()
}

/// An assessment of `template` with random unit info, answers, and sometimes a review.
pub fn assessment_for(template: &Template) -> BoxedStrategy<Assessment> {
    let review = prop::option::weighted(
        0.4,
        (user_text(), answers_for(template))
            .prop_map(|(reviewer, answers)| Review { reviewer, answers }),
    );
    let template_id = template.id.clone();
    let template_version = template.version;
    (
        "[a-z0-9-]{1,24}",
        unit_info(),
        answers_for(template),
        review,
        date_time(),
        date_time(),
    )
        .prop_map(
            move |(id, unit, answers, review, created, modified)| Assessment {
                id: AssessmentId(id),
                template_id: template_id.clone(),
                template_version,
                unit,
                answers,
                review,
                created,
                modified,
            },
        )
        .boxed()
}

/// One of `templates` with an assessment of it.
pub fn template_and_assessment(templates: Vec<Template>) -> BoxedStrategy<(Template, Assessment)> {
    prop::sample::select(templates)
        .prop_flat_map(|template| {
            let assessment = assessment_for(&template);
            (Just(template), assessment)
        })
        .boxed()
}

/// A fixed instant in +08:00, for examples.
pub fn beijing(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(8 * 3600).expect("+08:00 is a valid offset");
    offset
        .with_ymd_and_hms(year, month, day, hour, minute, 0)
        .single()
        .expect("a valid local time")
}

/// Random material an answer is derived from once the template is known: for a template that
/// is itself generated, or for every built-in template in one case. Each indicator in turn
/// takes the next seed (round the list again when there are more indicators than seeds).
#[derive(Clone, Debug)]
pub struct Seed {
    pick: u8,
    n: u32,
    quantity: i64,
    flag: bool,
}

impl Seed {
    /// A count or position to derive a value from.
    pub fn n(&self) -> u32 {
        self.n
    }

    /// A quantity in hundredths, of any sign.
    pub fn quantity(&self) -> i64 {
        self.quantity
    }
}

pub fn seed() -> impl Strategy<Value = Seed> {
    (
        any::<u8>(),
        prop_oneof![4 => 0_u32..12, 1 => any::<u32>()],
        prop_oneof![4 => -500_i64..25_000, 1 => any::<i64>()],
        any::<bool>(),
    )
        .prop_map(|(pick, n, quantity, flag)| Seed {
            pick,
            n,
            quantity,
            flag,
        })
}

pub fn seeds(count: impl Into<prop::collection::SizeRange>) -> impl Strategy<Value = Vec<Seed>> {
    prop::collection::vec(seed(), count)
}

/// A value that fits `indicator`'s kind (a quantity between 0 and twice the target).
pub fn seeded_fitting_value(indicator: &Indicator, s: &Seed) -> AnswerValue {
    match &indicator.kind {
        IndicatorKind::Scale { levels } => match levels.get(s.n as usize % levels.len().max(1)) {
            Some(level) => AnswerValue::Level(level.id.clone()),
            None => AnswerValue::Unanswered,
        },
        IndicatorKind::YesNo => AnswerValue::YesNo(s.flag),
        IndicatorKind::Quota { target, .. } => {
            let span = target
                .hundredths()
                .saturating_mul(2)
                .saturating_add(1)
                .max(1);
            AnswerValue::Quantity(Fixed::from_hundredths(s.quantity.rem_euclid(span)))
        }
        IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. } => AnswerValue::Count(s.n),
        IndicatorKind::Veto => AnswerValue::Veto(s.flag && s.n % 3 == 0),
    }
}

/// Any value at all, most often one that fits; `None` for no answer.
pub fn seeded_value(indicator: &Indicator, s: &Seed) -> Option<AnswerValue> {
    match s.pick % 8 {
        0 => None,
        1 => Some(AnswerValue::NotApplicable),
        2 => Some(match s.n % 6 {
            0 => AnswerValue::Level(LevelId::new("no-such-level")),
            1 => AnswerValue::YesNo(s.flag),
            2 => AnswerValue::Quantity(Fixed::from_hundredths(s.quantity)),
            3 => AnswerValue::Count(s.n),
            4 => AnswerValue::Veto(s.flag),
            _ => AnswerValue::Unanswered,
        }),
        _ => Some(seeded_fitting_value(indicator, s)),
    }
}

/// Answers to `template` from `seeds` (some with a note), and one to an indicator the
/// template does not have.
pub fn seeded_answers(template: &Template, seeds: &[Seed]) -> Answers {
    let mut answers: Answers = template
        .indicators()
        .zip(seeds.iter().cycle())
        .filter_map(|((_, indicator), s)| {
            let note = if s.flag { "证明材料见附件" } else { "" };
            seeded_value(indicator, s)
                .map(|value| (indicator.id.clone(), Answer::new(value).with_note(note)))
        })
        .collect();
    answers.set_value(
        IndicatorId::new("no-such-indicator"),
        AnswerValue::YesNo(true),
    );
    answers
}
