//! Eightfold's core: everything that decides what a score, a file or a document is, with no
//! browser, no IO and no clock, so the page, the command line and other tools share it.
//!
//! Data flows one way: template + answers → [`fn@domain::score`] → view, PDF, export.
//! - [`domain`]: criteria templates, answers, scoring, validation, consolidation.
//! - [`formats`]: bytes in and out — exchange files, CSV, criteria tables, backups, PDF.
//! - [`actions`]: one function per document a person asks for (sheet, summary, files).
//! - [`drafts`]: the storage logic over a key-value trait (revisions, conflicts, quarantine).
//! - [`i18n`]: every user-facing text in Chinese and English.
//!
//! # Example: a unit's file, read as a committee reads it, scored and printed
//!
//! ```
//! use chrono::{FixedOffset, TimeZone};
//! use eightfold_core::actions::{evaluation_sheet_pdf, exported_file};
//! use eightfold_core::domain::{
//!     builtin_templates, eight_types, AnswerValue, Assessment, AssessmentId, IndicatorKind,
//!     Lang, UnitInfo,
//! };
//! use eightfold_core::formats::exchange::import_file;
//! use eightfold_core::formats::pdf::font_block;
//!
//! let now = FixedOffset::east_opt(8 * 3600)
//!     .unwrap()
//!     .with_ymd_and_hms(2026, 12, 5, 9, 0, 0)
//!     .unwrap();
//! let template = eight_types();
//! let unit = UnitInfo {
//!     unit: "上海市闵行区发展和改革委员会".to_owned(),
//!     year: 2026,
//!     period: "全年".to_owned(),
//!     assessor: "王喆堃".to_owned(),
//!     date: now.date_naive(),
//! };
//! let mut assessment = Assessment::new(AssessmentId("example".to_owned()), &template, unit, now);
//! // Every yes/no item met; the rest left unanswered.
//! for (_, indicator) in template.indicators() {
//!     if matches!(indicator.kind, IndicatorKind::YesNo) {
//!         assessment.answers.set_value(indicator.id.clone(), AnswerValue::YesNo(true));
//!     }
//! }
//!
//! // The unit exports its file; the committee imports it (checked against its digest).
//! let file = exported_file(&template, &assessment, now).unwrap();
//! assert!(file.file_name.ends_with(".eightfold.json"));
//! let imported = import_file(&file.file_name, &file.bytes, &builtin_templates()).unwrap();
//! let sheet = imported.assessment.self_score(&imported.template);
//! assert_eq!(sheet, assessment.self_score(&template));
//! println!("{} {}", sheet.total, sheet.grade);
//!
//! // The evaluation sheet PDF, with the font block the page and the command line embed.
//! let block = std::fs::read(concat!(
//!     env!("CARGO_MANIFEST_DIR"),
//!     "/../../assets/fonts/NotoSansSC-eightfold.otf.lzma"
//! ))
//! .unwrap();
//! let font = font_block::decode(&block).unwrap();
//! let pdf = evaluation_sheet_pdf(&imported.template, &imported.assessment, Lang::Zh, now, &font)
//!     .unwrap();
//! assert!(pdf.bytes.starts_with(b"%PDF") && pdf.file_name.ends_with(".pdf"));
//! // 闵 is in the embedded font; 喆 and 堃 are not: they are set in the reader's Chinese font,
//! // and the notice says so.
//! assert_eq!(pdf.fallback_chars, ['喆', '堃']);
//! println!("{}", pdf.fallback_notice(Lang::Zh).unwrap());
//! ```

pub mod actions;
pub mod domain;
pub mod drafts;
pub mod formats;
pub mod i18n;
mod json_path;
