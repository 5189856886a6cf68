//! What a person must know about a batch before trusting its ranking: templates or versions
//! that were mixed (and so kept apart), and duplicate files that were set aside.
//!
//! Notices are data; `describe` words them in either language. Files are named through a
//! callback because only the caller knows the file names.

use super::duplicates::Duplicate;
use super::unit::{PeriodKey, TemplateKey};
use crate::domain::{Lang, Text};
use crate::i18n;

/// One template version used in a batch, with its number of files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateUse {
    pub template: TemplateKey,
    pub title: Text,
    pub files: usize,
}

/// Something about the batch that changes how its numbers read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// More than one template, or template version: each is ranked and averaged on its own.
    MixedTemplates(Vec<TemplateUse>),
    /// Several files of one unit and period: one is used, the others set aside.
    Duplicate(Duplicate),
}

/// "2026 全年", or just "2026" when the period is blank.
pub fn period_text(period: &PeriodKey) -> String {
    if period.period.is_empty() {
        period.year.to_string()
    } else {
        format!("{} {}", period.year, period.period)
    }
}

impl Notice {
    /// The notice as a sentence; `file_name` names the file at a batch index.
    pub fn describe(&self, lang: Lang, file_name: &dyn Fn(usize) -> String) -> String {
        match self {
            Notice::MixedTemplates(uses) => {
                let list: Vec<String> = uses
                    .iter()
                    .map(|u| {
                        i18n::fill_each(
                            i18n::NOTICE_TEMPLATE_USE,
                            lang,
                            &[&u.title.get(lang), &u.template.version, &u.files],
                        )
                    })
                    .collect();
                i18n::fill_each(
                    i18n::NOTICE_MIXED_TEMPLATES,
                    lang,
                    &[&uses.len(), &list.join(i18n::list_separator(lang))],
                )
            }
            Notice::Duplicate(duplicate) => {
                let period = period_text(&duplicate.period);
                let kept = file_name(duplicate.kept);
                let others: Vec<String> = duplicate
                    .set_aside
                    .iter()
                    .map(|&i| format!("“{}”", file_name(i)))
                    .collect();
                let count = others.len() + 1;
                i18n::fill_each(
                    i18n::NOTICE_DUPLICATE,
                    lang,
                    &[
                        &duplicate.unit,
                        &period,
                        &count,
                        &kept,
                        &others.join(i18n::enumeration_separator(lang)),
                    ],
                )
            }
        }
    }
}
