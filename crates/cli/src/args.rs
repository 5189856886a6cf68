//! The command line's verbs and options (clap's derive). Every word clap would print — help
//! texts, headings, value names, usage lines and usage errors — is taken from
//! `eightfold_core::i18n` in the language `--lang` asks for, so a Chinese user never meets
//! clap's English.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::{ContextKind, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
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
    #[arg(
        long,
        global = true,
        value_enum,
        default_value_t = LangArg::Zh,
        hide_possible_values = true,
        hide_default_value = true
    )]
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
    let described = Cli::command()
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
        });
    in_words_of(described, lang, &[]).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(about(i18n::CLI_VERSION_HELP)),
    )
}

/// Clap's own words in `lang` for `command` and every command below it: the help flag, the
/// headings, the value names and the usage line (`path` holds the names of the commands above).
fn in_words_of(command: clap::Command, lang: Lang, path: &[String]) -> clap::Command {
    let words = |text: UiText| text.get(lang);
    let mut command = command
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .subcommand_value_name(words(i18n::CLI_COMMAND_PLACEHOLDER))
        .mut_args(|arg| {
            let value = match arg.get_id().as_str() {
                "paths" => Some(i18n::CLI_VALUE_PATH),
                "file" | "out" | "csv" | "pdf" | "corrective" => Some(i18n::CLI_VALUE_FILE),
                "table" => Some(i18n::CLI_VALUE_TABLE),
                "lang" => Some(i18n::CLI_VALUE_LANG),
                _ => None,
            };
            match value {
                Some(value) => arg.value_name(words(value)),
                None => arg,
            }
        })
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(words(i18n::CLI_HELP_HELP)),
        );
    // The sections are written out because clap puts an ASCII colon after its own headings.
    let mut sections = Vec::new();
    if command.get_positionals().next().is_some() {
        sections.push((i18n::CLI_ARGUMENTS_HEADING, "{positionals}"));
    }
    sections.push((i18n::CLI_OPTIONS_HEADING, "{options}"));
    if command.has_subcommands() {
        sections.push((i18n::CLI_COMMANDS_HEADING, "{subcommands}"));
    }
    let sections: Vec<String> = sections
        .into_iter()
        .map(|(heading, body)| format!("{}\n{body}", words(heading)))
        .collect();
    let template = format!(
        "{{about-with-newline}}\n{}{{usage}}\n\n{}{{after-help}}",
        words(i18n::CLI_USAGE_HEADING),
        sections.join("\n\n")
    );
    command = command.help_template(template);
    let mut names = path.to_vec();
    names.push(command.get_name().to_owned());
    let mut usage = names.join(" ");
    usage.push(' ');
    usage.push_str(words(i18n::CLI_OPTIONS_PLACEHOLDER));
    for arg in command.get_positionals() {
        let name = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map_or_else(|| arg.get_id().to_string(), ToString::to_string);
        let many = if arg.get_num_args().is_some_and(|n| n.max_values() > 1) {
            "..."
        } else {
            ""
        };
        usage.push_str(&format!(" <{name}>{many}"));
    }
    if command.has_subcommands() {
        usage.push_str(&format!(" <{}>", words(i18n::CLI_COMMAND_PLACEHOLDER)));
    }
    command = command.override_usage(usage);
    let below: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in below {
        command = command.mut_subcommand(name, |c| in_words_of(c, lang, &names));
    }
    command
}

/// A usage error in `lang`: what was wrong, with clap's suggestion, and where to find help.
fn usage_error(error: &clap::Error, lang: Lang) -> String {
    let context = |kind: ContextKind| error.get(kind).map(ToString::to_string);
    let argument = context(ContextKind::InvalidArg).unwrap_or_default();
    let problem = match error.kind() {
        ErrorKind::UnknownArgument => i18n::fill(i18n::CLI_ERROR_UNKNOWN_ARGUMENT, lang, &argument),
        ErrorKind::InvalidSubcommand => i18n::fill(
            i18n::CLI_ERROR_UNKNOWN_COMMAND,
            lang,
            context(ContextKind::InvalidSubcommand).unwrap_or_default(),
        ),
        ErrorKind::InvalidValue => {
            let value = context(ContextKind::InvalidValue).unwrap_or_default();
            let mut line =
                i18n::fill_each(i18n::CLI_ERROR_INVALID_VALUE, lang, &[&value, &argument]);
            if let Some(valid) = context(ContextKind::ValidValue) {
                line.push_str(&i18n::fill(i18n::CLI_ERROR_POSSIBLE_VALUES, lang, valid));
            }
            line
        }
        ErrorKind::MissingRequiredArgument => i18n::fill(i18n::CLI_ERROR_MISSING, lang, &argument),
        _ => i18n::CLI_ERROR_USAGE.get(lang).to_owned(),
    };
    let mut message = i18n::fill(i18n::CLI_ERROR, lang, problem);
    let suggested = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(context);
    if let Some(suggested) = suggested {
        message.push('\n');
        message.push_str(&i18n::fill(i18n::CLI_ERROR_DID_YOU_MEAN, lang, suggested));
    }
    message.push('\n');
    message.push_str(i18n::CLI_ERROR_SEE_HELP.get(lang));
    message
}

/// Exit status of wrong usage (see `CLI_EXIT_CODES`).
const USAGE_STATUS: i32 = 2;

/// The parsed command line. Help and version print and exit with status 0; wrong usage prints
/// what was wrong in the asked language and exits with status 2.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = requested_lang(&args);
    let parsed = command(lang)
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => cli,
        Err(error)
            if matches!(
                error.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            error.exit()
        }
        Err(error) => {
            eprintln!("{}", usage_error(&error, lang));
            std::process::exit(USAGE_STATUS)
        }
    }
}
