//! Every fixed word printed on the committee's summary PDF, in Chinese and English.
//!
//! Its own table (the evaluation sheet has `super::super::labels`) so the two documents can
//! change independently; `cargo xtask font` scans this file too, so its characters stay in the
//! bundled font.

use crate::domain::Lang;

/// The printed labels of one language. Section titles carry no number: the sections are
/// numbered as they are printed ([`numbered`]), so an absent one leaves no gap.
pub struct SummaryLabels {
    pub title: &'static str,
    pub units: &'static str,
    pub generated_at: &'static str,
    pub notices_title: &'static str,
    pub ranking_title: &'static str,
    pub rank: &'static str,
    pub unit: &'static str,
    pub self_score: &'static str,
    pub review_score: &'static str,
    pub total: &'static str,
    pub grade: &'static str,
    pub answered: &'static str,
    pub file_status: &'static str,
    pub averages_title: &'static str,
    pub dimension: &'static str,
    pub weight: &'static str,
    pub count: &'static str,
    pub mean: &'static str,
    pub min: &'static str,
    pub max: &'static str,
    pub spread: &'static str,
    pub total_row: &'static str,
    pub chart_title: &'static str,
    pub average: &'static str,
    pub changes_title: &'static str,
    pub earlier: &'static str,
    pub later: &'static str,
    pub change: &'static str,
    pub template_changed: &'static str,
    pub corrective_title: &'static str,
    pub corrective_rule: &'static str,
    pub indicator: &'static str,
    pub points: &'static str,
    pub reason: &'static str,
    pub reviewer_comment: &'static str,
    pub measure: &'static str,
    pub deadline: &'static str,
    pub owner: &'static str,
    pub nothing_below: &'static str,
    /// The corrective-action list of a large group, one line per unit: the threshold, the
    /// group's units and the limit fill its three `{}`.
    pub corrective_brief: &'static str,
    pub corrective_count: &'static str,
    /// Between indicator numbers on that line.
    pub id_separator: &'static str,
}

const ZH: SummaryLabels = SummaryLabels {
    title: "考评汇总表",
    units: "单位数",
    generated_at: "生成时间",
    notices_title: "说明",
    ranking_title: "排名",
    rank: "排名",
    unit: "单位",
    self_score: "自评分",
    review_score: "考评分",
    total: "总分",
    grade: "等次",
    answered: "已填写",
    file_status: "文件状态",
    averages_title: "各类型得分率（%）",
    dimension: "类型",
    weight: "权重",
    count: "单位数",
    mean: "平均",
    min: "最低",
    max: "最高",
    spread: "极差",
    total_row: "总分（满分 100）",
    chart_title: "单位与平均得分率对比（%）",
    average: "平均",
    changes_title: "与上一考核期比较",
    earlier: "上一期",
    later: "本期",
    change: "变化",
    template_changed: "考核模板不同",
    corrective_title: "整改清单",
    corrective_rule: "列出得分低于该项分值 {}% 的指标、未填报的指标和触发一票否决的指标；整改措施、完成时限和责任人由单位填写。",
    indicator: "指标",
    points: "得分/分值",
    reason: "原因",
    reviewer_comment: "考评意见",
    measure: "整改措施",
    deadline: "完成时限",
    owner: "责任人",
    nothing_below: "无需整改的指标。",
    corrective_brief: "列出得分低于该项分值 {}% 的指标、未填报的指标和触发一票否决的指标。本组有 {} 个单位，多于 {} 个，因此每个单位只列一行：需整改的指标数和指标编号。完整的整改清单（每个指标的得分、原因和考评意见）见整改清单 CSV 文件。",
    corrective_count: "需整改指标数",
    id_separator: "、",
};

const EN: SummaryLabels = SummaryLabels {
    title: "Review summary",
    units: "Units",
    generated_at: "Generated",
    notices_title: "Notes",
    ranking_title: "Ranking",
    rank: "Rank",
    unit: "Unit",
    self_score: "Self",
    review_score: "Review",
    total: "Total",
    grade: "Grade",
    answered: "Answered",
    file_status: "File status",
    averages_title: "Score rate by type (%)",
    dimension: "Type",
    weight: "Weight",
    count: "Units",
    mean: "Mean",
    min: "Min",
    max: "Max",
    spread: "Spread",
    total_row: "Total (out of 100)",
    chart_title: "A unit against the average score rate (%)",
    average: "Average",
    changes_title: "Change from the previous period",
    earlier: "Previous",
    later: "This period",
    change: "Change",
    template_changed: "template changed",
    corrective_title: "Corrective actions",
    corrective_rule: "Indicators scored under {}% of their points, unanswered ones and triggered vetoes; the unit fills in the measure, the deadline and the person responsible.",
    indicator: "Indicator",
    points: "Points",
    reason: "Reason",
    reviewer_comment: "Reviewer's comment",
    measure: "Measure",
    deadline: "Deadline",
    owner: "Owner",
    nothing_below: "No indicator needs corrective action.",
    corrective_brief: "Indicators scored under {}% of their points, unanswered ones and triggered vetoes. This group has {} units, more than {}, so each unit gets one line: how many indicators need corrective action, and which. The full list (each indicator's points, reason and reviewer's comment) is in the corrective-action CSV.",
    corrective_count: "Indicators",
    id_separator: ", ",
};

/// Chinese section numbers, as a government document counts them.
const ZH_NUMBERS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// Section `n` (from 1) titled `title`: "三、整改清单" / "3. Corrective actions".
pub fn numbered(lang: Lang, n: usize, title: &str) -> String {
    match (lang, n.checked_sub(1).and_then(|k| ZH_NUMBERS.get(k))) {
        (Lang::Zh, Some(number)) => format!("{number}、{title}"),
        (Lang::Zh, None) => format!("{n}、{title}"),
        (Lang::En, _) => format!("{n}. {title}"),
    }
}

impl SummaryLabels {
    /// The headings of a corrective-action list (整改清单) after its unit columns, in order:
    /// the summary PDF's table and the corrective-action CSV share them.
    pub fn corrective_headings(&self) -> [&'static str; 7] {
        [
            self.indicator,
            self.points,
            self.reason,
            self.reviewer_comment,
            self.measure,
            self.deadline,
            self.owner,
        ]
    }
}

/// The labels of `lang`.
pub fn summary_labels(lang: Lang) -> &'static SummaryLabels {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
