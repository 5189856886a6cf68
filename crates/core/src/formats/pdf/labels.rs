//! Every fixed word printed on the PDF documents, in Chinese and English.
//!
//! Kept in one table so both languages stay complete and so `cargo xtask font` (which scans
//! the sources) puts every character here into the bundled font.

use crate::domain::Lang;

/// The printed labels of one language.
pub struct Labels {
    pub sheet_title: &'static str,
    pub template: &'static str,
    pub unit: &'static str,
    pub year: &'static str,
    pub period: &'static str,
    pub assessor: &'static str,
    pub date: &'static str,
    pub reviewer: &'static str,
    pub content: &'static str,
    pub standard: &'static str,
    pub max: &'static str,
    pub self_score: &'static str,
    pub review_score: &'static str,
    pub notes: &'static str,
    pub weight: &'static str,
    pub subtotal: &'static str,
    pub not_applicable: &'static str,
    pub unanswered: &'static str,
    pub veto_tag: &'static str,
    pub veto_points: &'static str,
    pub bonus_tag: &'static str,
    pub must_pass_tag: &'static str,
    pub review_comment: &'static str,
    pub summary_title: &'static str,
    pub item: &'static str,
    pub self_column: &'static str,
    pub review_column: &'static str,
    pub base_total: &'static str,
    pub bonus: &'static str,
    pub total: &'static str,
    pub grade: &'static str,
    pub grade_by_points: &'static str,
    pub completeness: &'static str,
    pub bands: &'static str,
    pub rules_title: &'static str,
    pub problems_title: &'static str,
    pub radar_title: &'static str,
    pub signature: &'static str,
    pub seal: &'static str,
    pub sign_date: &'static str,
    pub generated_at: &'static str,
    pub sheet_code: &'static str,
}

const ZH: Labels = Labels {
    sheet_title: "考核评分表",
    template: "考核模板",
    unit: "单位名称",
    year: "考核年度",
    period: "考核期间",
    assessor: "填报人",
    date: "填报日期",
    reviewer: "考评人",
    content: "考核内容",
    standard: "评分标准",
    max: "分值",
    self_score: "自评分",
    review_score: "考评分",
    notes: "备注",
    weight: "权重",
    subtotal: "小计",
    not_applicable: "不适用",
    unanswered: "未填",
    veto_tag: "【一票否决】",
    veto_points: "否决项",
    bonus_tag: "【加分项】",
    must_pass_tag: "★",
    review_comment: "考评意见：",
    summary_title: "得分汇总",
    item: "项目",
    self_column: "自评",
    review_column: "考评",
    base_total: "加权得分",
    bonus: "加分",
    total: "总分",
    grade: "等级",
    grade_by_points: "按分数应为",
    completeness: "已填写",
    bands: "等级标准",
    rules_title: "等级说明",
    problems_title: "填报提示",
    radar_title: "各类型得分率（%）",
    signature: "负责人签字",
    seal: "单位盖章",
    sign_date: "日期",
    generated_at: "生成时间",
    sheet_code: "表单码",
};

const EN: Labels = Labels {
    sheet_title: "Evaluation sheet",
    template: "Template",
    unit: "Unit",
    year: "Year",
    period: "Period",
    assessor: "Assessor",
    date: "Date",
    reviewer: "Reviewer",
    content: "Content",
    standard: "Standard",
    max: "Max",
    self_score: "Self score",
    review_score: "Review score",
    notes: "Notes",
    weight: "weight",
    subtotal: "Subtotal",
    not_applicable: "N/A",
    unanswered: "not answered",
    veto_tag: "[Veto] ",
    veto_points: "veto",
    bonus_tag: "[Bonus] ",
    must_pass_tag: "★",
    review_comment: "Reviewer: ",
    summary_title: "Summary",
    item: "Item",
    self_column: "Self",
    review_column: "Review",
    base_total: "Weighted score",
    bonus: "Bonus",
    total: "Total",
    grade: "Grade",
    grade_by_points: "by points",
    completeness: "Answered",
    bands: "Grade bands",
    rules_title: "Grade notes",
    problems_title: "Answer notes",
    radar_title: "Score rate by type (%)",
    signature: "Signature of the head",
    seal: "Seal of the unit",
    sign_date: "Date",
    generated_at: "Generated",
    sheet_code: "Sheet code",
};

/// The labels of `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// "第 3 页 共 7 页" / "Page 3 of 7".
pub fn page_of(lang: Lang, page: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {page} 页 共 {total} 页"),
        Lang::En => format!("Page {page} of {total}"),
    }
}

/// Section numbers as printed: 一、二、… in Chinese, 1. 2. … in English.
pub fn section_number(lang: Lang, n: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match lang {
        Lang::En => format!("{n}."),
        Lang::Zh if n == 0 || n >= 100 => format!("{n}、"),
        Lang::Zh => {
            let (tens, ones) = (n / 10, n % 10);
            let tens_text = match tens {
                0 => String::new(),
                1 => "十".to_owned(),
                t => format!("{}十", DIGITS[t]),
            };
            format!("{tens_text}{}、", DIGITS[ones])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_section_numbers() {
        let got: Vec<String> = [1, 8, 10, 11, 20, 23]
            .iter()
            .map(|n| section_number(Lang::Zh, *n))
            .collect();
        assert_eq!(
            got,
            ["一、", "八、", "十、", "十一、", "二十、", "二十三、"]
        );
        assert_eq!(section_number(Lang::En, 3), "3.");
    }

    #[test]
    fn page_numbers_in_both_languages() {
        assert_eq!(page_of(Lang::Zh, 2, 5), "第 2 页 共 5 页");
        assert_eq!(page_of(Lang::En, 2, 5), "Page 2 of 5");
    }
}
