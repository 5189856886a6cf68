//! An answer in words ("较好", "12 天", "2 次", "不适用"), the one place every output — form
//! summary, print sheet, PDF, CSV — gets the human-readable form of a value from.

use super::answer::AnswerValue;
use super::template::{Indicator, IndicatorKind};
use super::text::Lang;

/// The value of an answer as a person would write it on the paper sheet; empty when unanswered.
pub fn answer_text(indicator: &Indicator, value: &AnswerValue, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match value {
        AnswerValue::Unanswered => String::new(),
        AnswerValue::NotApplicable => if zh { "不适用" } else { "N/A" }.to_owned(),
        AnswerValue::Level(id) => indicator
            .level(id)
            .map(|level| level.label.get(lang).to_owned())
            .unwrap_or_else(|| id.to_string()),
        AnswerValue::YesNo(true) => if zh { "是" } else { "Yes" }.to_owned(),
        AnswerValue::YesNo(false) => if zh { "否" } else { "No" }.to_owned(),
        AnswerValue::Quantity(quantity) => match &indicator.kind {
            IndicatorKind::Quota { unit, .. } if zh => format!("{quantity}{}", unit.get(lang)),
            IndicatorKind::Quota { unit, .. } => format!("{quantity} {}", unit.get(lang)),
            _ => quantity.to_string(),
        },
        AnswerValue::Count(count) if zh => format!("{count} 次"),
        AnswerValue::Count(1) => "1 occurrence".to_owned(),
        AnswerValue::Count(count) => format!("{count} occurrences"),
        AnswerValue::Veto(true) => if zh {
            "触发一票否决"
        } else {
            "Veto triggered"
        }
        .to_owned(),
        AnswerValue::Veto(false) => if zh { "未触发" } else { "Not triggered" }.to_owned(),
    }
}
