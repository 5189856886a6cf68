//! `eightfold`: the toolkit beyond the page. Checks, scores, prints and consolidates the
//! files units and committees exchange, from a shell or a script, with the core the page runs
//! (`eightfold_core`): the same import checks, the same scores, the same documents made by the
//! same actions. Every word it prints is in `eightfold_core::i18n`; a problem is a message
//! and an exit status (see `--help`), never a panic or Rust debug output.

#[macro_use]
mod outcome;

mod args;
mod check;
mod consolidate;
mod font;
mod inputs;
mod pdf;
mod score;
mod template;

use std::process::ExitCode;

use args::{Command, TemplateCommand};

fn main() -> ExitCode {
    let cli = args::parse();
    let lang = cli.lang.into();
    let result = match cli.command {
        Command::Check { paths } => check::run(&paths, lang),
        Command::Score { file, json } => score::run(&file, json, lang),
        Command::Pdf { file, out } => pdf::run(&file, out.as_deref(), lang),
        Command::Consolidate {
            paths,
            csv,
            pdf,
            corrective,
        } => consolidate::run(
            &paths,
            consolidate::Outputs {
                csv: csv.as_deref(),
                pdf: pdf.as_deref(),
                corrective: corrective.as_deref(),
            },
            lang,
        ),
        Command::Template {
            command: TemplateCommand::FromCsv { table, out },
        } => template::from_csv(&table, out.as_deref(), lang),
    };
    match result {
        Ok(outcome) => outcome.exit_code(),
        Err(failure) => {
            eprintln!("{}", failure.message);
            failure.outcome.exit_code()
        }
    }
}
