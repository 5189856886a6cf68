//! `eightfold consolidate DIR|FILE…`: review mode's consolidation of a batch, from a folder.
//!
//! Files are read and imported in parallel (`rayon`, a progress bar from `indicatif`), each
//! by the page's import; the batch keeps the given order (folders in name order) and is
//! consolidated by the same core function review mode's memo calls, with the same options,
//! so the CSV and the summary PDF — made by the same actions — match the page's byte for
//! byte for the same files. Refused files and files changed after export are named, and the
//! run then ends with status 1; the rest are consolidated.

use std::path::{Path, PathBuf};

use chrono::Local;
use eightfold_core::actions::{
    consolidated_csv_file, corrective_actions_csv, reviewer_names, summary_pdf, Document,
    SummaryRequest,
};
use eightfold_core::domain::consolidate::{
    consolidate, period_text, ConsolidateOptions, Consolidation, Group, Stats, UnitInput,
};
use eightfold_core::domain::{Lang, Template};
use eightfold_core::formats::exchange::DigestStatus;
use eightfold_core::formats::review::file_check;
use eightfold_core::formats::review::words::{basis, reason};
use eightfold_core::i18n;

use crate::font::cjk_font;
use crate::inputs::{expand, import_batch, ImportedBatch};
use crate::outcome::{write_file, Failure, Outcome};

/// Where to write the documents (each optional).
#[derive(Clone, Copy, Debug, Default)]
pub struct Outputs<'a> {
    pub csv: Option<&'a Path>,
    pub pdf: Option<&'a Path>,
    pub corrective: Option<&'a Path>,
}

/// "title (version 3)", as the page names a template.
pub fn template_title(template: &Template, lang: Lang) -> String {
    format!(
        "{}{}",
        template.title.get(lang),
        i18n::in_brackets(lang, i18n::fill(i18n::VERSION_N, lang, template.version))
    )
}

/// The batch the page would hold after importing `paths`: the imported files in order
/// (templates kept once), and the refused ones with their messages.
pub fn read_batch(paths: &[PathBuf], lang: Lang) -> ImportedBatch {
    let (found, unlisted) = expand(paths, lang);
    let mut batch = import_batch(&found, lang);
    batch.refused.splice(0..0, unlisted);
    batch
}

/// The page's consolidation of the batch (review mode's options): each file as
/// `formats::review::unit_input` makes it of an imported file.
pub fn consolidate_batch(batch: &ImportedBatch) -> Consolidation {
    let inputs: Vec<UnitInput<'_>> = batch
        .files
        .iter()
        .filter_map(|file| {
            Some(UnitInput {
                template: batch.templates.get(file.template)?,
                assessment: &file.assessment,
                check: file_check(&file.digest_status),
                migrated_from: file.migrated_from,
            })
        })
        .collect();
    consolidate(&inputs, &ConsolidateOptions::default())
}

/// The template of a group, as review mode takes it: that of its first ranked file.
pub fn group_template<'b>(group: &Group, batch: &'b ImportedBatch) -> Option<&'b Template> {
    let first = group.ranking.first()?.unit.index;
    let file = batch.files.get(first)?;
    batch.templates.get(file.template)
}

pub fn run(paths: &[PathBuf], outputs: Outputs<'_>, lang: Lang) -> Result<Outcome, Failure> {
    let batch = read_batch(paths, lang);
    let consolidation = consolidate_batch(&batch);
    let names: Vec<String> = batch.files.iter().map(|f| f.name.clone()).collect();
    let reviewers = reviewer_names(batch.files.iter().map(|f| &f.assessment));
    let sep = i18n::label_separator(lang);

    let changed: Vec<&PathBuf> = batch
        .files
        .iter()
        .filter(|f| matches!(f.digest_status, DigestStatus::ChangedAfterExport { .. }))
        .map(|f| &f.path)
        .collect();
    if !batch.refused.is_empty() {
        say!("{}", i18n::CLI_REFUSED.get(lang));
        for (path, message) in &batch.refused {
            say!("    {}{sep}{message}", path.display());
        }
    }
    if !changed.is_empty() {
        say!("{}", i18n::CLI_CHANGED_FILES.get(lang));
        for path in &changed {
            say!("    {}", path.display());
        }
    }
    for notice in consolidation.notices() {
        say!(
            "{}",
            notice.describe(lang, &|i| names.get(i).cloned().unwrap_or_default())
        );
    }
    let font = if outputs.pdf.is_some() {
        Some(cjk_font().map_err(|e| Failure {
            outcome: Outcome::OutputFailed,
            message: i18n::fill(i18n::CLI_PDF_FONT, lang, e),
        })?)
    } else {
        None
    };
    let many = consolidation.groups.len() > 1;
    for (index, group) in consolidation.groups.iter().enumerate() {
        let Some(template) = group_template(group, &batch) else {
            continue;
        };
        print_group(index, group, template, &consolidation, lang);
        let target = |path: &Path| numbered(path, many.then_some(index + 1));
        let mut documents: Vec<(PathBuf, Document)> = Vec::new();
        let made = |result: Result<Document, _>| {
            result.map_err(|e: eightfold_core::actions::ActionError| Failure {
                outcome: Outcome::OutputFailed,
                message: e.message(lang),
            })
        };
        if let Some(path) = outputs.csv {
            let document = made(consolidated_csv_file(&consolidation, index, template, lang))?;
            documents.push((target(path), document));
        }
        if let (Some(path), Some(font)) = (outputs.pdf, &font) {
            let request = SummaryRequest {
                template,
                consolidation: &consolidation,
                group: index,
                chart_unit: None,
                file_names: &names,
                reviewers: &reviewers,
            };
            let document = made(summary_pdf(
                request,
                lang,
                Local::now().fixed_offset(),
                font,
            ))?;
            documents.push((target(path), document));
        }
        if let Some(path) = outputs.corrective {
            let document = made(corrective_actions_csv(
                &consolidation,
                index,
                template,
                lang,
            ))?;
            documents.push((target(path), document));
        }
        for (path, document) in documents {
            write_file(&path, &document.bytes, lang)?;
            say!("{}", i18n::fill(i18n::CLI_WROTE, lang, path.display()));
            if let Some(notice) = document.fallback_notice(lang) {
                say!("{notice}");
            }
        }
    }
    let total = batch.files.len() + batch.refused.len();
    say!();
    say!(
        "{}",
        i18n::fill_each(
            i18n::CLI_BATCH,
            lang,
            &[&total, &batch.files.len(), &batch.refused.len()]
        )
    );
    Ok(Outcome::files(
        !batch.refused.is_empty() || !changed.is_empty(),
    ))
}

/// `path` itself, or with `-n` before its extension for group `n` of several.
fn numbered(path: &Path, group: Option<usize>) -> PathBuf {
    let Some(n) = group else {
        return path.to_path_buf();
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}

fn print_group(
    index: usize,
    group: &Group,
    template: &Template,
    consolidation: &Consolidation,
    lang: Lang,
) {
    let sep = i18n::label_separator(lang);
    let gap = i18n::field_gap(lang);
    let set_aside = consolidation
        .set_aside
        .iter()
        .filter(|u| u.template == group.template && u.period == group.period)
        .count();
    let title = format!(
        "{} {}{gap}{}",
        template_title(template, lang),
        period_text(&group.period),
        i18n::fill(i18n::REVIEW_GROUP_OPTION, lang, group.len() + set_aside)
    );
    say!();
    say!(
        "{}",
        i18n::fill_each(i18n::CLI_GROUP, lang, &[&(index + 1), &title])
    );
    say!();
    say!(
        "{}\t{}\t{}\t{}\t{}",
        i18n::REVIEW_RANK.get(lang),
        i18n::REVIEW_UNIT.get(lang),
        i18n::TOTAL.get(lang),
        i18n::GRADE.get(lang),
        i18n::CLI_BASIS.get(lang),
    );
    for ranked in &group.ranking {
        let unit = &ranked.unit;
        say!(
            "{}\t{}\t{}\t{}\t{}",
            ranked.rank,
            unit.unit,
            unit.total(),
            template.grade_label(unit.grade(), lang),
            basis(unit, lang),
        );
    }
    say!();
    say!("{}", i18n::REVIEW_STATS.get(lang));
    say!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
        i18n::REVIEW_TYPE.get(lang),
        i18n::REVIEW_WEIGHT.get(lang),
        i18n::REVIEW_COUNT.get(lang),
        i18n::REVIEW_MEAN.get(lang),
        i18n::REVIEW_MIN.get(lang),
        i18n::REVIEW_MAX.get(lang),
        i18n::REVIEW_SPREAD.get(lang),
    );
    let row = |name: &str, weight: String, stats: Option<&Stats>| {
        say!("{name}\t{weight}\t{}", Stats::figures(stats).join("\t"));
    };
    for dimension in &template.dimensions {
        let stats = group
            .dimension_stats(&dimension.id)
            .and_then(|s| s.percent.as_ref());
        row(
            dimension.name.get(lang),
            dimension.weight.to_string(),
            stats,
        );
    }
    row(
        i18n::TOTAL.get(lang),
        "100".to_owned(),
        group.stats.total.as_ref(),
    );
    let listed: Vec<_> = group
        .ranking
        .iter()
        .filter(|r| !r.unit.corrective.is_empty())
        .collect();
    if !listed.is_empty() {
        say!();
        say!("{}", i18n::CORRECTIVE.get(lang));
        for ranked in listed {
            let items: Vec<String> = ranked
                .unit
                .corrective
                .iter()
                .map(|item| {
                    format!(
                        "{}{}",
                        item.indicator,
                        i18n::in_brackets(lang, reason(item.reason, lang))
                    )
                })
                .collect();
            say!(
                "{} {}{sep}{}",
                ranked.rank,
                ranked.unit.unit,
                items.join(i18n::list_separator(lang))
            );
        }
    }
}
