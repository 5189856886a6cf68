//! An answer in words ("较好", "12 天", "2 次", "不适用") for files a person reads.
//!
//! Exports show what was chosen rather than the internal encoding (`{"kind": "level", ...}`);
//! the labels come from the template, so a renamed level reads right. An answer that does not
//! fit its indicator (a stale level id) is shown as given, never dropped.

use crate::domain::{AnswerValue, Indicator, IndicatorKind, Lang};

/// `value`, answered to `indicator`, in `lang`. Unanswered is the empty string.
pub fn answer_text(indicator: &Indicator, value: &AnswerValue, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let pick = |zh_text: &str, en_text: &str| if zh { zh_text } else { en_text }.to_owned();
    match value {
        AnswerValue::Unanswered => String::new(),
        AnswerValue::NotApplicable => pick("不适用", "Not applicable"),
        AnswerValue::Level(level) => indicator
            .level(level)
            .map(|found| found.label.get(lang).to_owned())
            .unwrap_or_else(|| level.to_string()),
        AnswerValue::YesNo(true) => pick("是", "Yes"),
        AnswerValue::YesNo(false) => pick("否", "No"),
        AnswerValue::Quantity(quantity) => match &indicator.kind {
            IndicatorKind::Quota { unit, .. } => format!("{quantity} {}", unit.get(lang)),
            _ => quantity.to_string(),
        },
        AnswerValue::Count(n) => match (zh, *n) {
            (true, n) => format!("{n} 次"),
            (false, 1) => "1 occurrence".to_owned(),
            (false, n) => format!("{n} occurrences"),
        },
        AnswerValue::Veto(true) => pick("已触发", "Triggered"),
        AnswerValue::Veto(false) => pick("未触发", "Not triggered"),
    }
}
