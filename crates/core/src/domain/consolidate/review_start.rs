//! How a review begins: from the unit's own answers.
//!
//! A reviewer checks a self-assessment and changes what they disagree with, so the review
//! answers start as a copy of the self answers — values only: the unit's notes stay the
//! unit's, and the reviewer's comments start empty. Until a reviewer starts, a file has no
//! review at all (and ranks on its self score).

use crate::domain::{Answer, Answers, Assessment, Review};

/// A review of `assessment` by `reviewer`, starting from the unit's answer values.
pub fn review_from_self(assessment: &Assessment, reviewer: &str) -> Review {
    let answers: Answers = assessment
        .answers
        .iter()
        .map(|(id, answer)| (id.clone(), Answer::new(answer.value.clone())))
        .collect();
    Review {
        reviewer: reviewer.trim().to_owned(),
        answers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{eight_types, AnswerValue, AssessmentId, IndicatorId, UnitInfo};

    #[test]
    fn values_are_copied_and_notes_are_not() {
        let template = eight_types();
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-25T10:00:00+08:00")
            .expect("a valid time");
        let unit = UnitInfo {
            unit: "县财政局".into(),
            year: 2026,
            period: String::new(),
            assessor: String::new(),
            date: at.date_naive(),
        };
        let mut assessment = Assessment::new(AssessmentId("a".into()), &template, unit, at);
        assessment.answers.set(
            IndicatorId::new("1.5"),
            Answer::new(AnswerValue::YesNo(false)).with_note("见附件"),
        );
        assessment
            .answers
            .set_note(IndicatorId::new("1.6"), "只有说明");
        let review = review_from_self(&assessment, " 考评组 ");
        assert_eq!(review.reviewer, "考评组");
        assert_eq!(
            review.answers.get(&IndicatorId::new("1.5")),
            Some(&Answer::new(AnswerValue::YesNo(false)))
        );
        // A note alone is no answer: nothing to copy.
        assert_eq!(review.answers.len(), 1);
    }
}
