//! What a person must know about a batch before trusting its ranking: templates or versions
//! that were mixed (and so kept apart), and duplicate files that were set aside.
//!
//! Notices are data; `describe` words them in either language. Files are named through a
//! callback because only the caller knows the file names.

use super::duplicates::Duplicate;
use super::unit::{PeriodKey, TemplateKey};
use crate::domain::{Lang, Text};

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
        let zh = lang == Lang::Zh;
        match self {
            Notice::MixedTemplates(uses) => {
                let list: Vec<String> = uses
                    .iter()
                    .map(|u| {
                        let title = u.title.get(lang);
                        let version = u.template.version;
                        if zh {
                            format!("{title} 第 {version} 版（{} 份）", u.files)
                        } else {
                            format!("{title} version {version} ({} files)", u.files)
                        }
                    })
                    .collect();
                if zh {
                    format!(
                        "本批文件使用了 {} 个不同的考核模板或版本：{}。各模板分组排名和统计，不合并计算平均分。",
                        uses.len(),
                        list.join("；")
                    )
                } else {
                    format!(
                        "This batch uses {} different templates or template versions: {}. Each is ranked and averaged on its own, never together.",
                        uses.len(),
                        list.join("; ")
                    )
                }
            }
            Notice::Duplicate(duplicate) => {
                let period = period_text(&duplicate.period);
                let kept = file_name(duplicate.kept);
                let others: Vec<String> =
                    duplicate.set_aside.iter().map(|&i| file_name(i)).collect();
                let count = others.len() + 1;
                if zh {
                    format!(
                        "重复文件：{}（{period}）共有 {count} 份文件，采用“{kept}”，另有 {} 未计入排名和统计。",
                        duplicate.unit,
                        others
                            .iter()
                            .map(|o| format!("“{o}”"))
                            .collect::<Vec<_>>()
                            .join("、")
                    )
                } else {
                    format!(
                        "Duplicate files: {} ({period}) has {count} files; “{kept}” is used, and these are left out of the ranking and statistics: {}.",
                        duplicate.unit,
                        others
                            .iter()
                            .map(|o| format!("“{o}”"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }
            }
        }
    }
}
