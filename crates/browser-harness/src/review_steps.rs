//! Steps the review-mode journeys share (and `benches/browser.rs` reuses): generate unit
//! files natively with `export_assessment` and varied answers, open review mode, import a
//! batch through the file picker, and read the units table the way a person reads it.
//!
//! Expected rankings come from `domain::consolidate` run on the same files imported by the
//! app's own `import_file`, never from literals. No assertions here beyond "the page reached
//! the state this step waits for".

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use eightfold_core::domain::consolidate::{consolidate, ConsolidateOptions, Consolidation};
use eightfold_core::domain::{
    builtin_templates, eight_types, Answer, AnswerValue, Answers, Assessment, AssessmentId, Fixed,
    IndicatorKind, Template, UnitInfo,
};
use eightfold_core::formats::exchange::{export_assessment, import_file, Imported};
use eightfold_core::formats::review::unit_input;
use eightfold_core::i18n;
use serde_json::json;

use crate::{Browser, HarnessError, Result, UI_CHANGE};

const NAMES: [&str; 20] = [
    "县财政局",
    "县教育局",
    "县卫生健康局",
    "县司法局",
    "县审计局",
    "县民政局",
    "县人社局",
    "县自然资源局",
    "县住建局",
    "县交通运输局",
    "县水利局",
    "县农业农村局",
    "县商务局",
    "县文旅局",
    "县应急管理局",
    "县市场监管局",
    "县统计局",
    "县医保局",
    "县信访局",
    "县档案馆",
];

/// The unit name of file `i`: twenty distinct names, then numbered ones.
pub fn unit_name(i: usize) -> String {
    let name = NAMES[i % NAMES.len()];
    if i < NAMES.len() {
        name.to_owned()
    } else {
        format!("{name}{}", i / NAMES.len() + 1)
    }
}

fn at(minute: i64) -> DateTime<FixedOffset> {
    let base = DateTime::parse_from_rfc3339("2026-11-20T09:00:00+08:00")
        .unwrap_or_else(|e| panic!("a fixed time: {e}"));
    base + Duration::minutes(minute)
}

/// A small deterministic pseudo-random sequence, so each file differs but runs repeat.
fn mix(seed: u64) -> u64 {
    seed.wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407)
        >> 33
}

/// Varied answers for unit `i`: every indicator answered, most near full marks, some lower.
/// Units 3 and 13 answer alike (a tie in the ranking).
pub fn varied_answers(template: &Template, i: usize) -> Answers {
    let seed = if i == 13 { 3 } else { i as u64 };
    template
        .indicators()
        .enumerate()
        .map(|(k, (_, indicator))| {
            let r = mix(seed * 131 + k as u64 * 7 + 1);
            let low = r % 4 == 0;
            let value = match &indicator.kind {
                IndicatorKind::Scale { levels } => {
                    let pick = if low {
                        (r / 4) as usize % levels.len()
                    } else {
                        0
                    };
                    AnswerValue::Level(levels[pick.min(levels.len() - 1)].id.clone())
                }
                IndicatorKind::YesNo => AnswerValue::YesNo(!low),
                IndicatorKind::Quota { target, .. } => {
                    let share = if low { (r / 4 % 100) as i64 } else { 100 };
                    AnswerValue::Quantity(
                        target
                            .mul_div(Fixed::from_int(share), Fixed::HUNDRED)
                            .unwrap_or(*target),
                    )
                }
                IndicatorKind::Deduction { .. } => AnswerValue::Count(u32::from(low)),
                IndicatorKind::Bonus { .. } => AnswerValue::Count((r % 3) as u32),
                IndicatorKind::Veto => AnswerValue::Veto(false),
            };
            (indicator.id.clone(), Answer::new(value))
        })
        .collect()
}

/// The assessment of unit `i` on the eight-types template, 2026 annual.
pub fn unit_assessment(template: &Template, i: usize) -> Assessment {
    let unit = UnitInfo {
        unit: unit_name(i),
        year: 2026,
        period: i18n::PERIOD_DEFAULT.zh.to_owned(),
        assessor: "填报人".to_owned(),
        date: NaiveDate::from_ymd_opt(2026, 11, 1 + (i % 28) as u32).unwrap_or_default(),
    };
    let mut assessment = Assessment::new(
        AssessmentId(format!("unit-{i}")),
        template,
        unit,
        at(i as i64),
    );
    assessment.answers = varied_answers(template, i);
    assessment
}

/// Exports `count` unit files into `dir` and returns their paths, in order.
pub fn write_unit_files(dir: &Path, count: usize) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let template = eight_types();
    (0..count)
        .map(|i| {
            let assessment = unit_assessment(&template, i);
            let file = export_assessment(&template, &assessment, at(60 + i as i64))
                .map_err(|e| HarnessError::new(format!("exporting unit {i}: {e:?}")))?;
            let path = dir.join(&file.file_name);
            std::fs::write(&path, &file.bytes)?;
            Ok(path)
        })
        .collect()
}

/// Imports `paths` with the app's own importer, as the page does.
pub fn import_natively(paths: &[PathBuf]) -> Result<Vec<Imported>> {
    let known = builtin_templates();
    paths
        .iter()
        .map(|path| {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            import_file(&name, &std::fs::read(path)?, &known)
                .map_err(|e| HarnessError::new(format!("{name}: {e:?}")))
        })
        .collect()
}

/// What the core makes of a batch.
pub fn consolidated(files: &[Imported]) -> Consolidation {
    let inputs: Vec<_> = files.iter().map(unit_input).collect();
    consolidate(&inputs, &ConsolidateOptions::default())
}

/// From the start screen, opens review mode.
pub fn open_review_mode(browser: &Browser) -> Result<()> {
    browser.click(&browser.find_button(i18n::REVIEW_ENTER.zh)?)?;
    browser.wait_for_text(i18n::REVIEW_IMPORT.zh, UI_CHANGE)
}

/// Chooses `paths` all at once in review mode's file picker (WebDriver sends several paths
/// separated by newlines to an `<input multiple>`).
pub fn choose_review_files(browser: &Browser, paths: &[PathBuf]) -> Result<()> {
    let text = paths
        .iter()
        .map(|p| {
            p.to_str()
                .map(str::to_owned)
                .ok_or_else(|| HarnessError::new(format!("not UTF-8: {}", p.display())))
        })
        .collect::<Result<Vec<_>>>()?
        .join("\n");
    let picker = browser.find_css("#review-files")?;
    browser.type_into(&picker, &text)
}

/// The rows of the units table as (rank, unit, self score, review score), top to bottom.
pub fn units_rows(browser: &Browser) -> Result<Vec<[String; 4]>> {
    let rows = browser.execute(
        "return Array.from(document.querySelectorAll('table.review-units-table tbody tr'),
           (tr) => [tr.cells[0].innerText, tr.cells[1].innerText, tr.cells[2].innerText,
                    tr.cells[3].innerText].map((t) => t.replace(/\\s*\\*$/, '').trim()));",
        vec![],
    )?;
    Ok(rows
        .as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|row| {
                    let cell = |k: usize| row.get(k)?.as_str().map(str::to_owned);
                    Some([cell(0)?, cell(1)?, cell(2)?, cell(3)?])
                })
                .collect()
        })
        .unwrap_or_default())
}

/// Waits until the units table has `count` rows and returns them.
pub fn wait_units_rows(browser: &Browser, count: usize) -> Result<Vec<[String; 4]>> {
    let mut rows = Vec::new();
    browser.wait_until(
        &format!("{count} rows in the units table"),
        UI_CHANGE,
        |b| {
            rows = units_rows(b)?;
            Ok(rows.len() == count)
        },
    )?;
    Ok(rows)
}

/// The row of the units table whose unit is `unit`.
pub fn unit_row(browser: &Browser, unit: &str) -> Result<crate::Element> {
    let found = browser.execute(
        "return Array.from(document.querySelectorAll('table.review-units-table tbody tr'))
           .find((tr) => tr.cells[1].innerText.replace(/\\s*\\*$/, '').trim() === arguments[0])
           || null;",
        vec![json!(unit)],
    )?;
    crate::Element::from_json(&found)
        .ok_or_else(|| HarnessError::new(format!("no row for {unit:?} in the units table")))
}
