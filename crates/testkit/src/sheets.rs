//! Evaluation-sheet fixtures shared by the core's `tests/it/pdf.rs` and `benches/pdf.rs`: answer sets that
//! exercise full marks, zero, a veto, not-applicable items, long notes and a 60+ indicator
//! template. Scores always come from `domain::score`, never from the fixture.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate};
use eightfold_core::domain::{
    eight_types, score, Answer, AnswerValue, Answers, Assessment, AssessmentId, Fixed, IndicatorId,
    IndicatorKind, Lang, Review, ScoreSheet, Template, UnitInfo,
};
use eightfold_core::formats::exchange::sheet_code;
use eightfold_core::formats::pdf::{SheetInput, SheetReview, SheetUnit};

/// The committed CJK font block (LZMA), as the page inlines it.
pub fn font_block() -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../assets/fonts/NotoSansSC-eightfold.otf.lzma");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The committed CJK font block, decoded the way the web layer decodes it.
pub fn font() -> Vec<u8> {
    eightfold_core::formats::pdf::font_block::decode(&font_block()).expect("the font block decodes")
}

/// One sheet's worth of data, with the assessment it is printed from.
pub struct Fixture {
    pub template: Template,
    pub answers: Answers,
    pub sheet: ScoreSheet,
    pub review: Option<(String, Answers, ScoreSheet)>,
    pub unit: SheetUnit,
    /// The same content as an assessment, to export and to take the sheet code of.
    pub assessment: Assessment,
    /// Short form of the assessment's sheet code, as the footer prints it.
    pub code: String,
}

impl Fixture {
    pub fn new(template: Template, answers: Answers) -> Fixture {
        let sheet = score(&template, &answers);
        let unit = UnitInfo {
            unit: "县发展和改革局".into(),
            year: 2026,
            period: "全年".into(),
            assessor: "李明".into(),
            date: NaiveDate::from_ymd_opt(2026, 12, 20).expect("a date"),
        };
        let created = DateTime::parse_from_rfc3339("2026-12-01T08:00:00+08:00").expect("a time");
        let mut assessment = Assessment::new(
            AssessmentId("pdf-fixture".into()),
            &template,
            unit.clone(),
            created,
        );
        assessment.answers = answers.clone();
        Fixture {
            sheet,
            review: None,
            unit: SheetUnit::of(&unit),
            code: code_of(&template, &assessment),
            template,
            answers,
            assessment,
        }
    }

    pub fn with_review(mut self, reviewer: &str, answers: Answers) -> Fixture {
        let sheet = score(&self.template, &answers);
        self.assessment.review = Some(Review {
            reviewer: reviewer.into(),
            answers: answers.clone(),
        });
        self.code = code_of(&self.template, &self.assessment);
        self.review = Some((reviewer.into(), answers, sheet));
        self
    }

    pub fn input(&self, lang: Lang) -> SheetInput<'_> {
        SheetInput {
            template: &self.template,
            lang,
            unit: &self.unit,
            answers: &self.answers,
            sheet: &self.sheet,
            review: self
                .review
                .as_ref()
                .map(|(reviewer, answers, sheet)| SheetReview {
                    reviewer,
                    answers,
                    sheet,
                }),
            generated_at: "2026-12-21 09:30",
            created: generated(),
            sheet_code: &self.code,
        }
    }
}

/// When the fixtures' PDFs are made (`generated_at` in the document info).
pub fn generated() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-12-21T09:30:00+08:00").expect("a time")
}

fn code_of(template: &Template, assessment: &Assessment) -> String {
    sheet_code(template, assessment)
        .expect("a sheet code")
        .short()
}

/// The answer that earns an indicator's full marks (bonus at its cap, no veto triggered).
pub fn best(kind: &IndicatorKind, max: Fixed) -> AnswerValue {
    match kind {
        IndicatorKind::Scale { levels } => levels
            .iter()
            .max_by_key(|l| l.points)
            .map(|l| AnswerValue::Level(l.id.clone()))
            .unwrap_or(AnswerValue::Unanswered),
        IndicatorKind::YesNo => AnswerValue::YesNo(true),
        IndicatorKind::Quota { target, .. } => AnswerValue::Quantity(*target),
        IndicatorKind::Deduction { .. } => AnswerValue::Count(0),
        IndicatorKind::Bonus { per_occurrence } => {
            let per = per_occurrence.hundredths().max(1);
            AnswerValue::Count(u32::try_from((max.hundredths() + per - 1) / per).unwrap_or(1))
        }
        IndicatorKind::Veto => AnswerValue::Veto(false),
    }
}

/// The answer that earns nothing (no veto triggered).
pub fn worst(kind: &IndicatorKind) -> AnswerValue {
    match kind {
        IndicatorKind::Scale { levels } => levels
            .iter()
            .min_by_key(|l| l.points)
            .map(|l| AnswerValue::Level(l.id.clone()))
            .unwrap_or(AnswerValue::Unanswered),
        IndicatorKind::YesNo => AnswerValue::YesNo(false),
        IndicatorKind::Quota { .. } => AnswerValue::Quantity(Fixed::ZERO),
        IndicatorKind::Deduction { .. } => AnswerValue::Count(1000),
        IndicatorKind::Bonus { .. } => AnswerValue::Count(0),
        IndicatorKind::Veto => AnswerValue::Veto(false),
    }
}

fn answer_all(
    template: &Template,
    value: impl Fn(&IndicatorKind, Fixed) -> AnswerValue,
) -> Answers {
    let mut answers = Answers::new();
    for (_, indicator) in template.indicators() {
        answers.set(
            indicator.id.clone(),
            Answer::new(value(&indicator.kind, indicator.max_points)),
        );
    }
    answers
}

pub fn full_marks() -> Fixture {
    let t = eight_types();
    let answers = answer_all(&t, best);
    Fixture::new(t, answers)
}

pub fn zero() -> Fixture {
    let t = eight_types();
    let answers = answer_all(&t, |k, _| worst(k));
    Fixture::new(t, answers)
}

/// Full marks except the first veto item, which is triggered. Returns the fixture and the id.
pub fn veto() -> (Fixture, IndicatorId) {
    let t = eight_types();
    let mut answers = answer_all(&t, best);
    let id = t
        .indicators()
        .find(|(_, i)| matches!(i.kind, IndicatorKind::Veto))
        .map(|(_, i)| i.id.clone())
        .expect("the built-in template has a veto item");
    answers.set(
        id.clone(),
        Answer::new(AnswerValue::Veto(true)).with_note("领导班子成员受到党纪处分"),
    );
    (Fixture::new(t, answers), id)
}

/// Full marks, with every item that allows it marked not applicable. Returns those ids.
pub fn not_applicable() -> (Fixture, Vec<IndicatorId>) {
    let t = eight_types();
    let mut answers = answer_all(&t, best);
    let ids: Vec<IndicatorId> = t
        .indicators()
        .filter(|(_, i)| i.na_allowed)
        .map(|(_, i)| i.id.clone())
        .collect();
    for id in &ids {
        answers.set(id.clone(), Answer::new(AnswerValue::NotApplicable));
    }
    (Fixture::new(t, answers), ids)
}

/// A note long enough to wrap over many lines, ending with `END-<id>` so a test can find
/// the end of the row.
pub fn long_note(id: &IndicatorId) -> String {
    let body = "本年度对照考核要求逐项开展自查，组织专题学习和集中研讨，建立问题清单、任务清单和责任清单，\
                逐条推进整改落实，并将整改情况在机关内部公开接受监督。Self-inspection covered every \
                requirement with study sessions and a published list of corrective measures. ";
    format!("{}END-{id}", body.repeat(2))
}

/// Full marks with long notes on every item, plus a reviewer who comments on each: the rows
/// are tall enough that several must move to the next page whole.
pub fn long_notes() -> Fixture {
    let t = eight_types();
    let mut answers = answer_all(&t, best);
    let ids: Vec<IndicatorId> = t.indicators().map(|(_, i)| i.id.clone()).collect();
    for id in &ids {
        answers.set_note(id.clone(), long_note(id));
    }
    let mut review = answers.clone();
    for id in &ids {
        review.set_note(
            id.clone(),
            format!("材料齐全，情况属实 <img src=x onerror=alert(1)> {id}"),
        );
    }
    Fixture::new(t, answers).with_review("县直机关工委考核组", review)
}

/// The built-in template grown to `per_dimension` indicators in each of its eight dimensions
/// (copies renumbered "d.n"), answered at full marks.
pub fn many_indicators(per_dimension: usize) -> Fixture {
    let mut t = eight_types();
    for (d, dimension) in t.dimensions.iter_mut().enumerate() {
        let originals = dimension.indicators.clone();
        dimension.indicators = (0..per_dimension)
            .map(|k| {
                let mut indicator = originals[k % originals.len()].clone();
                indicator.id = IndicatorId::new(format!("{}.{}", d + 1, k + 1));
                indicator
            })
            .collect();
    }
    let answers = answer_all(&t, best);
    Fixture::new(t, answers)
}
