//! `cargo xtask glyphs`: do the PDF readers we name place the 200-units-per-em font's glyphs
//! where the 1000-upem font puts them?
//!
//! The committed font block is drawn at 200 units per em (`font_scale.py`). This chore cuts the
//! same subset again at Noto's own 1000 units per em (the `cargo xtask font` pipeline without
//! the rescale, checked to rescale into the committed block table for table), makes the same
//! evaluation sheets and committee summary with each font through the core's actions, and has
//! `glyph_check.py` render both at 600 dpi in poppler, PDFium and pdf.js and compare them, read
//! the names back from each reader, and check `/W` and the embedded CFF's FontMatrix.
//! Everything it installs or writes stays in `target/glyph-check/` (fontTools, pypdfium2, Pillow
//! and numpy in a venv; pdfjs-dist and @napi-rs/canvas from npm): nothing is committed.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, FixedOffset};
use eightfold_core::actions::{evaluation_sheet_pdf, summary_pdf, SummaryRequest};
use eightfold_core::domain::consolidate::{consolidate, ConsolidateOptions, FileCheck, UnitInput};
use eightfold_core::domain::{
    eight_types, Answer, AnswerValue, Answers, Assessment, AssessmentId, IndicatorKind, Lang,
    Template, UnitInfo,
};
use eightfold_core::formats::pdf::font_block;

use crate::font::{pyftsubset_args, workspace_root, OUTPUT as FONT_BLOCK, SOURCE_TTC};

/// Python packages, pinned so a rerun compares the same readers.
const PIP_PACKAGES: [&str; 5] = [
    "fonttools==4.68.0",
    "pypdfium2==5.15.2",
    "pillow==13.0.0",
    "pypdf==7.1.1",
    "numpy==2.4.6",
];
/// npm packages: the canvas is the version pdf.js itself asks for, so both use one copy.
const NPM_PACKAGES: [&str; 2] = ["pdfjs-dist@5.6.205", "@napi-rs/canvas@0.1.100"];

/// Units whose names GB2312 level 1 cannot write (the issue-15 cases).
const UNITS: [&str; 3] = [
    "上海市闵行区发展和改革委员会",
    "亳州市谯城区发展和改革委员会",
    "歙县发展和改革局",
];
/// 喆 and 堃 are outside the embedded font: the reader's fallback font draws them.
const ASSESSOR: &str = "王喆堃";
const DISTRICTS: [&str; 10] = [
    "闵行区",
    "亳州市谯城区",
    "歙县",
    "建邺区",
    "涿州市",
    "郯城县",
    "黟县",
    "濮阳县",
    "婺源县",
    "泸州市",
];
const AGENCIES: [&str; 5] = ["发展和改革局", "财政局", "司法局", "教育局", "民政局"];

pub fn glyphs() -> Result<(), String> {
    let root = workspace_root();
    let cache = root.join("target").join("glyph-check");
    std::fs::create_dir_all(&cache).map_err(|e| format!("{}: {e}", cache.display()))?;
    let python = python_env(&cache)?;
    node_env(&cache)?;

    let fonts = cache.join("fonts");
    std::fs::create_dir_all(&fonts).map_err(|e| format!("{}: {e}", fonts.display()))?;
    let block = std::fs::read(root.join(FONT_BLOCK)).map_err(|e| format!("{FONT_BLOCK}: {e}"))?;
    let committed = font_block::decode(&block).map_err(|e| e.to_string())?;
    let font_200 = fonts.join("font-200.otf");
    write(&font_200, &committed)?;
    let font_1000 = fonts.join("font-1000.otf");
    cut_1000_upem(&root, &python, &font_200, &font_1000)?;
    let script = root.join("xtask/src/glyph_check.py");
    run(Command::new(&python)
        .arg(&script)
        .arg("same-subset")
        .arg(&font_1000)
        .arg(&font_200)
        .arg(root.join("xtask/src/font_scale.py")))?;

    let pdfs = cache.join("pdf");
    for (upem, path) in [("1000", &font_1000), ("200", &font_200)] {
        let font = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let dir = pdfs.join(upem);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        make_documents(&font, &dir)?;
    }
    run(Command::new(&python)
        .arg(&script)
        .arg("compare")
        .arg(&pdfs)
        .arg(&font_200)
        .arg(root.join("xtask/src/glyph_check_pdfjs.mjs"))
        .arg(cache.join("node")))
}

/// The `cargo xtask font` subset before its rescale step, cut from the committed font's own
/// character map so both fonts hold the same glyphs.
fn cut_1000_upem(root: &Path, python: &Path, font_200: &Path, out: &Path) -> Result<(), String> {
    let chars = out.with_extension("chars.txt");
    let script = root.join("xtask/src/glyph_check.py");
    run(Command::new(python)
        .arg(&script)
        .arg("charset")
        .arg(font_200)
        .arg(&chars))?;
    let pyftsubset = python.with_file_name("pyftsubset");
    run(Command::new(pyftsubset)
        .arg(SOURCE_TTC)
        .args(pyftsubset_args(&chars, out)))
}

/// Three sheets and the summary of fifty units, all with the fixed time of the fixtures, each
/// with the names its readers must give back (`NAME.names.txt`, one a line).
fn make_documents(font: &[u8], dir: &Path) -> Result<(), String> {
    let template = eight_types();
    let now = fixed_time();
    for (index, unit) in UNITS.iter().enumerate() {
        let assessment = assessment(&template, unit, index);
        let sheet = evaluation_sheet_pdf(&template, &assessment, Lang::Zh, now, font)
            .map_err(|e| e.message(Lang::En))?;
        write(&dir.join(format!("sheet-{}.pdf", index + 1)), &sheet.bytes)?;
        let names = format!("{unit}\n{ASSESSOR}\n");
        write(
            &dir.join(format!("sheet-{}.names.txt", index + 1)),
            names.as_bytes(),
        )?;
    }
    let names = fifty_units();
    let assessments: Vec<Assessment> = names
        .iter()
        .enumerate()
        .map(|(index, name)| assessment(&template, name, index))
        .collect();
    let inputs: Vec<UnitInput<'_>> = assessments
        .iter()
        .map(|assessment| UnitInput {
            template: &template,
            assessment,
            check: FileCheck::Verified,
            migrated_from: None,
        })
        .collect();
    let consolidation = consolidate(&inputs, &ConsolidateOptions::default());
    let reviewers = vec![ASSESSOR.to_owned()];
    let request = SummaryRequest {
        template: &template,
        consolidation: &consolidation,
        group: 0,
        chart_unit: None,
        file_names: &names,
        reviewers: &reviewers,
    };
    let summary = summary_pdf(request, Lang::Zh, now, font).map_err(|e| e.message(Lang::En))?;
    write(&dir.join("summary.pdf"), &summary.bytes)?;
    // The reviewer is the document's author (`pdfinfo`), not printed on its pages.
    let names = format!("{}\n", names.join("\n"));
    write(&dir.join("summary.names.txt"), names.as_bytes())
}

fn fifty_units() -> Vec<String> {
    DISTRICTS
        .iter()
        .flat_map(|d| AGENCIES.iter().map(move |a| format!("{d}{a}")))
        .collect()
}

/// Full marks, except that the `lost`-th scale item earns its lowest level, so units differ.
fn assessment(template: &Template, unit: &str, lost: usize) -> Assessment {
    let info = UnitInfo {
        unit: unit.to_owned(),
        year: 2026,
        period: "全年".into(),
        assessor: ASSESSOR.into(),
        date: fixed_time().date_naive(),
    };
    let mut assessment = Assessment::new(
        AssessmentId(format!("glyphs-{lost}")),
        template,
        info,
        fixed_time(),
    );
    let mut answers = Answers::new();
    let mut scales = 0;
    for (_, indicator) in template.indicators() {
        let value = match &indicator.kind {
            IndicatorKind::Scale { levels } => {
                scales += 1;
                let level = if scales == lost % 20 + 1 {
                    levels.iter().min_by_key(|l| l.points)
                } else {
                    levels.iter().max_by_key(|l| l.points)
                };
                level.map_or(AnswerValue::Unanswered, |l| {
                    AnswerValue::Level(l.id.clone())
                })
            }
            IndicatorKind::YesNo => AnswerValue::YesNo(true),
            IndicatorKind::Quota { target, .. } => AnswerValue::Quantity(*target),
            IndicatorKind::Deduction { .. } => AnswerValue::Count(0),
            IndicatorKind::Bonus { .. } => AnswerValue::Count(1),
            IndicatorKind::Veto => AnswerValue::Veto(false),
        };
        answers.set(indicator.id.clone(), Answer::new(value));
    }
    assessment.answers = answers;
    assessment
}

fn fixed_time() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-12-21T09:30:00+08:00").unwrap_or_default()
}

/// A venv in the cache with the pinned Python packages; returns its `python`.
fn python_env(cache: &Path) -> Result<PathBuf, String> {
    let venv = cache.join("venv");
    let python = venv.join("bin").join("python");
    let stamp = venv.join("eightfold-packages.txt");
    let wanted = PIP_PACKAGES.join("\n");
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        return Ok(python);
    }
    run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
    run(Command::new(&python)
        .args(["-m", "pip", "install", "--quiet"])
        .args(PIP_PACKAGES))?;
    write(&stamp, wanted.as_bytes())?;
    Ok(python)
}

/// `node_modules` in the cache with the pinned npm packages.
fn node_env(cache: &Path) -> Result<(), String> {
    let dir = cache.join("node");
    let stamp = dir.join("eightfold-packages.txt");
    let wanted = NPM_PACKAGES.join("\n");
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        return Ok(());
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    write(&dir.join("package.json"), b"{\"private\": true}\n")?;
    run(Command::new("npm")
        .current_dir(&dir)
        .args(["install", "--silent", "--no-audit", "--no-fund"])
        .args(NPM_PACKAGES))?;
    write(&stamp, wanted.as_bytes())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed with {status}"))
    }
}
