//! The command line's verbs and options (clap's derive), with help texts taken from
//! `eightfold_core::i18n` in the language `--lang` asks for.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use eightfold_core::domain::Lang;
use eightfold_core::i18n::{self, UiText};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Parser)]
#[command(name = "eightfold", version)]
pub struct Cli {
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Zh)]
    pub lang: LangArg,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    Score {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    Pdf {
        file: PathBuf,
        #[arg(short, long)]
        out: Option<PathBuf>,
    },
    Consolidate {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long)]
        csv: Option<PathBuf>,
        #[arg(long)]
        pdf: Option<PathBuf>,
        #[arg(long)]
        corrective: Option<PathBuf>,
    },
    Template {
        #[command(subcommand)]
        command: TemplateCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    FromCsv {
        table: PathBuf,
        #[arg(short, long)]
        out: Option<PathBuf>,
    },
}

/// The language asked for, read before parsing so that help and errors use it.
fn requested_lang(args: &[OsString]) -> Lang {
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if value == Some("en") {
            return Lang::En;
        }
    }
    Lang::Zh
}

fn help(arg: Arg, text: UiText, lang: Lang) -> Arg {
    arg.help(text.get(lang))
}

/// The clap command with every help text in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let about = |text: UiText| text.get(lang);
    Cli::command()
        .about(about(i18n::CLI_ABOUT))
        .after_help(about(i18n::CLI_EXIT_CODES))
        .mut_arg("lang", |a| help(a, i18n::CLI_LANG_HELP, lang))
        .mut_subcommand("check", |c| {
            c.about(about(i18n::CLI_CHECK_ABOUT))
                .after_help(about(i18n::CLI_EXIT_CODES))
                .mut_arg("paths", |a| help(a, i18n::CLI_CHECK_PATHS, lang))
        })
        .mut_subcommand("score", |c| {
            c.about(about(i18n::CLI_SCORE_ABOUT))
                .after_help(about(i18n::CLI_EXIT_CODES))
                .mut_arg("file", |a| help(a, i18n::CLI_SCORE_FILE, lang))
                .mut_arg("json", |a| help(a, i18n::CLI_JSON_HELP, lang))
        })
        .mut_subcommand("pdf", |c| {
            c.about(about(i18n::CLI_PDF_ABOUT))
                .after_help(about(i18n::CLI_EXIT_CODES))
                .mut_arg("file", |a| help(a, i18n::CLI_SCORE_FILE, lang))
                .mut_arg("out", |a| help(a, i18n::CLI_OUT_HELP, lang))
        })
        .mut_subcommand("consolidate", |c| {
            c.about(about(i18n::CLI_CONSOLIDATE_ABOUT))
                .after_help(about(i18n::CLI_EXIT_CODES))
                .mut_arg("paths", |a| help(a, i18n::CLI_CONSOLIDATE_PATHS, lang))
                .mut_arg("csv", |a| help(a, i18n::CLI_CSV_OUT, lang))
                .mut_arg("pdf", |a| help(a, i18n::CLI_SUMMARY_OUT, lang))
                .mut_arg("corrective", |a| help(a, i18n::CLI_CORRECTIVE_OUT, lang))
        })
        .mut_subcommand("template", |c| {
            c.about(about(i18n::CLI_TEMPLATE_ABOUT))
                .mut_subcommand("from-csv", |c| {
                    c.about(about(i18n::CLI_FROM_CSV_ABOUT))
                        .after_help(about(i18n::CLI_EXIT_CODES))
                        .mut_arg("table", |a| help(a, i18n::CLI_TABLE_HELP, lang))
                        .mut_arg("out", |a| help(a, i18n::CLI_OUT_HELP, lang))
                })
        })
}

/// The parsed command line; wrong usage prints clap's message and exits with status 2
/// (help and version with 0).
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let matches = command(requested_lang(&args)).get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}
