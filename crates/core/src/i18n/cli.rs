//! The command line (`crates/cli`): help texts, verdicts and reports.

use super::UiText;

ui_strings! {
    CLI_TEXTS;
    // The command line (`crates/cli`): help, verdicts and reports.
    CLI_ABOUT => "八型机关考评命令行：检查、评分、打印和汇总单位文件，与网页使用同一套代码，全程离线。", "Eightfold on the command line: check, score, print and consolidate unit files offline, with the code the page runs.";
    CLI_EXIT_CODES => "退出状态：0 全部成功；1 有文件未通过检查或未能读取；2 命令用法有误；3 无法写入输出文件。", "Exit status: 0 all went well; 1 a file failed its check or could not be read; 2 the command was used wrongly; 3 an output file could not be written.";
    CLI_LANG_HELP => "输出语言：zh（中文，默认）或 en", "Language of the output: zh (Chinese, the default) or en";
    CLI_CHECK_ABOUT => "检查评估文件、模板文件、备份和指标表，逐个给出结论", "Check assessment files, template files, backups and criteria tables, with a verdict for each";
    CLI_CHECK_PATHS => "要检查的文件或文件夹", "Files or folders to check";
    CLI_SCORE_ABOUT => "按文件所附模板计算总分、等次、影响等次的规则和各类型得分", "Score a file on its template: total, grade, the rules that changed it, each type's score";
    CLI_SCORE_FILE => "评估文件（.eightfold.json）", "An assessment file (.eightfold.json)";
    CLI_JSON_HELP => "以 JSON 输出", "Print JSON";
    CLI_PDF_ABOUT => "生成与网页相同的考核评分表 PDF（同一表单码、同样内容）", "Make the evaluation sheet PDF the page makes (same sheet code, same text)";
    CLI_OUT_HELP => "输出文件（默认：按网页的命名写在当前文件夹）", "Output file (default: the page's file name, in the current folder)";
    CLI_CONSOLIDATE_ABOUT => "汇总一批单位文件：分组、重复与混用模板提示、排名、各类型统计、整改清单", "Consolidate a batch of unit files: groups, duplicates and mixed templates, ranking, per-type statistics, corrective actions";
    CLI_CONSOLIDATE_PATHS => "单位文件或存放单位文件的文件夹", "Unit files, or folders holding them";
    CLI_CSV_OUT => "汇总表 CSV 的输出文件（多组时按组在文件名后加序号）", "Where to write the consolidated CSV (numbered per group when there are several)";
    CLI_SUMMARY_OUT => "汇总 PDF 的输出文件（多组时按组在文件名后加序号）", "Where to write the summary PDF (numbered per group when there are several)";
    CLI_CORRECTIVE_OUT => "整改清单 CSV 的输出文件（多组时按组在文件名后加序号）", "Where to write the corrective-action lists as CSV (numbered per group when there are several)";
    CLI_TEMPLATE_ABOUT => "考核模板文件", "Criteria template files";
    CLI_FROM_CSV_ABOUT => "把指标表（UTF-8 或 GB18030 编码的 CSV）转换为模板文件", "Turn a criteria table (CSV in UTF-8 or GB18030) into a template file";
    CLI_TABLE_HELP => "指标表 CSV", "The criteria table (CSV)";
    CLI_OK => "通过", "ok";
    CLI_FAILED => "未通过", "FAILED";
    CLI_NOTE => "注意", "note";
    CLI_KIND_ASSESSMENT => "评估文件", "assessment file";
    CLI_KIND_TEMPLATE => "模板文件", "template file";
    CLI_KIND_BACKUP => "备份", "backup";
    CLI_KIND_CRITERIA => "指标表", "criteria table";
    CLI_FIELD => "字段 {}", "field {}";
    CLI_CANNOT_READ => "无法读取：{}", "cannot be read: {}";
    CLI_CANNOT_WRITE => "无法写入 {}：{}", "{} could not be written: {}";
    CLI_NO_FILES => "{} 中没有可读取的文件", "No files to read in {}";
    CLI_BACKUP_CONTENT => "{} 份草稿，{} 个模板", "{} drafts, {} templates";
    CLI_WROTE => "已写入 {}", "Wrote {}";
    CLI_READING => "读取并校验文件", "Reading and checking files";
    CLI_REFUSED => "未能导入的文件：", "Files not imported:";
    CLI_BATCH => "共 {} 个文件：{} 个已汇总，{} 个未能导入", "{} files: {} consolidated, {} not imported";
    CLI_GROUP => "第 {} 组：{}", "Group {}: {}";
    CLI_CHANGED_FILES => "导出后被修改的文件（已汇总并在文件状态中注明）：", "Files changed after export (consolidated, and marked so in their status):";
    CLI_TEMPLATE_WRITTEN => "已根据指标表生成模板文件 {}", "Template file made from the table: {}";
    CLI_TEMPLATE_NOT_WRITTEN => "模板还有问题，未生成模板文件；请修正指标表，或在网页的编辑器中打开它。", "The template has problems, so no template file was made; fix the table, or open it in the page's editor.";
    CLI_PDF_FONT => "内置中文字体无法使用：{}", "The bundled Chinese font cannot be used: {}";
    CLI_BASIS => "计分依据", "Scored on";
    RANKING_BASIS_REVIEW => "考评", "review";
    RANKING_BASIS_SELF => "自评", "self";
    PAGE_OF => "第 {} 页 共 {} 页", "Page {} of {}";
}
