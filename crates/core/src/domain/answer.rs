//! What an assessor answered: one optional value and a note per indicator.
//!
//! Answers are keyed by indicator id and kept apart from the template, so the same template
//! scores the unit's self-assessment (自评) and the reviewer's answers (考评) alike. An absent
//! entry means unanswered. A note can be written before a value is chosen, so a value of
//! [`AnswerValue::Unanswered`] with a note is a normal state; the helpers below drop an entry
//! once it holds neither a value nor a note, so "unanswered" has one canonical form.
//! Whether a value fits its indicator is judged by scoring, not here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::fixed::Fixed;
use super::ids::{IndicatorId, LevelId};

/// All answers of one assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<IndicatorId, Answer>);

/// The answer to one indicator: a value and the evidence or explanation behind it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default)]
    pub value: AnswerValue,
    #[serde(default)]
    pub note: String,
}

/// A value, one variant per kind of indicator (plus "not applicable" and "not yet").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    /// No value chosen yet (a note may already be written).
    #[default]
    Unanswered,
    /// The item does not apply to this unit (only where the template allows it).
    NotApplicable,
    /// A rating-scale level.
    Level(LevelId),
    /// Met or not met.
    YesNo(bool),
    /// A number measured against a quota's target.
    Quantity(Fixed),
    /// Occurrences, for deductions and bonuses.
    Count(u32),
    /// Whether a veto item was triggered.
    Veto(bool),
}

impl Answer {
    pub fn new(value: AnswerValue) -> Answer {
        Answer {
            value,
            note: String::new(),
        }
    }

    /// Adds a note (evidence or explanation).
    pub fn with_note(mut self, note: impl Into<String>) -> Answer {
        self.note = note.into();
        self
    }

    /// True when it holds neither a value nor a note.
    pub fn is_empty(&self) -> bool {
        self.value == AnswerValue::Unanswered && self.note.is_empty()
    }
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, id: &IndicatorId) -> Option<&Answer> {
        self.0.get(id)
    }

    /// Stores an answer; an empty one removes the entry.
    pub fn set(&mut self, id: IndicatorId, answer: Answer) {
        if answer.is_empty() {
            self.0.remove(&id);
        } else {
            self.0.insert(id, answer);
        }
    }

    /// Changes the value and keeps the note.
    pub fn set_value(&mut self, id: IndicatorId, value: AnswerValue) {
        let note = self
            .remove(&id)
            .map(|answer| answer.note)
            .unwrap_or_default();
        self.set(id, Answer { value, note });
    }

    /// Changes the note and keeps the value.
    pub fn set_note(&mut self, id: IndicatorId, note: impl Into<String>) {
        let value = self
            .remove(&id)
            .map(|answer| answer.value)
            .unwrap_or_default();
        self.set(
            id,
            Answer {
                value,
                note: note.into(),
            },
        );
    }

    pub fn remove(&mut self, id: &IndicatorId) -> Option<Answer> {
        self.0.remove(id)
    }

    /// In indicator-id order.
    pub fn iter(
        &self,
    ) -> impl DoubleEndedIterator<Item = (&IndicatorId, &Answer)> + ExactSizeIterator {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(IndicatorId, Answer)> for Answers {
    fn from_iter<T: IntoIterator<Item = (IndicatorId, Answer)>>(iter: T) -> Answers {
        let mut answers = Answers::new();
        for (id, answer) in iter {
            answers.set(id, answer);
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_tagged_in_json() {
        let json = |v: AnswerValue| serde_json::to_string(&v).unwrap();
        assert_eq!(
            json(AnswerValue::Level(LevelId::new("good"))),
            r#"{"kind":"level","value":"good"}"#
        );
        assert_eq!(
            json(AnswerValue::Quantity(Fixed::from_hundredths(1250))),
            r#"{"kind":"quantity","value":12.5}"#
        );
        assert_eq!(
            json(AnswerValue::NotApplicable),
            r#"{"kind":"not_applicable"}"#
        );
        assert_eq!(
            json(AnswerValue::YesNo(true)),
            r#"{"kind":"yes_no","value":true}"#
        );
    }

    #[test]
    fn answers_are_a_plain_map_and_a_note_alone_is_kept() {
        let mut answers = Answers::new();
        let id = IndicatorId::new("1.1");
        answers.set_note(id.clone(), "会议记录见附件");
        assert_eq!(
            answers.get(&id).map(|a| &a.value),
            Some(&AnswerValue::Unanswered)
        );
        answers.set_value(id.clone(), AnswerValue::Count(2));
        assert_eq!(
            answers.get(&id).map(|a| a.note.as_str()),
            Some("会议记录见附件")
        );
        let json = serde_json::to_string(&answers).unwrap();
        assert_eq!(
            json,
            r#"{"1.1":{"value":{"kind":"count","value":2},"note":"会议记录见附件"}}"#
        );
        assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), answers);
        answers.set_note(id.clone(), "");
        answers.set_value(id.clone(), AnswerValue::Unanswered);
        assert!(answers.is_empty());
    }
}
