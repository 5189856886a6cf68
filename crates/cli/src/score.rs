//! `eightfold score FILE`: the file's score as the page shows it — total, grade, the rules
//! that changed it, each type's score, the review's when there is one — or as JSON.

use std::path::Path;

use eightfold_core::domain::{builtin_templates, Lang, ScoreSheet, Template};
use eightfold_core::i18n;
use serde::Serialize;

use crate::inputs::import_path;
use crate::outcome::{Failure, Outcome};

#[derive(Serialize)]
struct ScoreJson {
    unit: String,
    year: i32,
    period: String,
    template_id: String,
    template_version: u32,
    #[serde(rename = "self")]
    own: SheetJson,
    review: Option<SheetJson>,
}

#[derive(Serialize)]
struct SheetJson {
    total: String,
    bonus: String,
    grade: String,
    grade_label: String,
    points_grade: String,
    rules: Vec<String>,
    answered: usize,
    applicable: usize,
    dimensions: Vec<DimensionJson>,
}

#[derive(Serialize)]
struct DimensionJson {
    id: String,
    name: String,
    weight: String,
    applicable: bool,
    percent: String,
    weighted: String,
}

fn sheet_json(template: &Template, sheet: &ScoreSheet, lang: Lang) -> SheetJson {
    SheetJson {
        total: sheet.total.to_string(),
        bonus: sheet.bonus.to_string(),
        grade: sheet.grade.to_string(),
        grade_label: template.grade_label(&sheet.grade, lang),
        points_grade: sheet.points_grade.to_string(),
        rules: sheet
            .grade_rules
            .iter()
            .map(|r| r.describe(template, lang))
            .collect(),
        answered: sheet.completeness.answered,
        applicable: sheet.completeness.applicable,
        dimensions: sheet
            .dimensions
            .iter()
            .map(|d| DimensionJson {
                id: d.id.to_string(),
                name: template
                    .dimension(&d.id)
                    .map(|t| t.name.get(lang).to_owned())
                    .unwrap_or_default(),
                weight: d.weight.to_string(),
                applicable: d.applicable,
                percent: d.percent.to_string(),
                weighted: d.weighted.to_string(),
            })
            .collect(),
    }
}

pub fn run(file: &Path, json: bool, lang: Lang) -> Result<Outcome, Failure> {
    let imported =
        import_path(file, &builtin_templates(), lang).map_err(|m| Failure::input(file, m))?;
    let template = &imported.template;
    let assessment = &imported.assessment;
    let own = sheet_json(template, &assessment.self_score(template), lang);
    let review = assessment
        .review_score(template)
        .map(|sheet| sheet_json(template, &sheet, lang));
    if json {
        let report = ScoreJson {
            unit: assessment.unit.unit.clone(),
            year: assessment.unit.year,
            period: assessment.unit.period.clone(),
            template_id: template.id.to_string(),
            template_version: template.version,
            own,
            review,
        };
        match serde_json::to_string_pretty(&report) {
            Ok(text) => say!("{text}"),
            Err(error) => {
                return Err(Failure::input(file, error.to_string()));
            }
        }
        return Ok(Outcome::Clean);
    }
    let sep = i18n::label_separator(lang);
    let gap = i18n::field_gap(lang);
    say!(
        "{}{sep}{}{gap}{}{sep}{}{gap}{}{sep}{}",
        i18n::UNIT_NAME.get(lang),
        assessment.unit.unit,
        i18n::YEAR.get(lang),
        assessment.unit.year,
        i18n::TEMPLATE.get(lang),
        crate::consolidate::template_title(template, lang),
    );
    print_sheet(i18n::SELF_SCORE.get(lang), &own, lang);
    if let Some(review) = &review {
        print_sheet(i18n::REVIEW_SCORE.get(lang), review, lang);
    }
    Ok(Outcome::Clean)
}

fn print_sheet(heading: &str, sheet: &SheetJson, lang: Lang) {
    let sep = i18n::label_separator(lang);
    let gap = i18n::field_gap(lang);
    say!();
    say!("{heading}");
    say!(
        "  {}{sep}{}{}{gap}{}{sep}{}{gap}{}{sep}{}/{}",
        i18n::TOTAL.get(lang),
        sheet.total,
        i18n::in_brackets(lang, i18n::OUT_OF_100.get(lang)),
        i18n::GRADE.get(lang),
        sheet.grade_label,
        i18n::COMPLETENESS.get(lang),
        sheet.answered,
        sheet.applicable,
    );
    if sheet.bonus != "0" {
        say!("  {}{sep}{}", i18n::BONUS.get(lang), sheet.bonus);
    }
    if !sheet.rules.is_empty() {
        say!("  {}{}", i18n::RULES_APPLIED.get(lang), sep.trim_end());
        for rule in &sheet.rules {
            say!("    {rule}");
        }
    }
    say!("  {}{}", i18n::DIMENSIONS.get(lang), sep.trim_end());
    for d in &sheet.dimensions {
        let value = if d.applicable {
            format!(
                "{} / {}{}",
                d.weighted,
                d.weight,
                i18n::in_brackets(lang, format!("{}%", d.percent))
            )
        } else {
            i18n::NOT_APPLICABLE.get(lang).to_owned()
        };
        say!("    {}{sep}{value}", d.name);
    }
}
