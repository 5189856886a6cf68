//! How a run ends: the exit statuses `--help` documents, and a failure as a message.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use eightfold_core::domain::Lang;
use eightfold_core::i18n;

/// The end of a run, as an exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// 0: every file was read and passed.
    Clean,
    /// 1: a file failed its check or could not be read (the others were still handled).
    FilesFailed,
    /// 3: an output file could not be written.
    OutputFailed,
}

impl Outcome {
    pub fn exit_code(self) -> ExitCode {
        ExitCode::from(match self {
            Outcome::Clean => 0,
            Outcome::FilesFailed => 1,
            Outcome::OutputFailed => 3,
        })
    }

    /// `Clean` unless `failed`.
    pub fn files(failed: bool) -> Outcome {
        if failed {
            Outcome::FilesFailed
        } else {
            Outcome::Clean
        }
    }
}

/// A run that stopped: the message to print (already in the person's language).
#[derive(Debug)]
pub struct Failure {
    pub outcome: Outcome,
    pub message: String,
}

impl Failure {
    /// An input file that could not be used.
    pub fn input(path: &Path, message: String) -> Failure {
        Failure {
            outcome: Outcome::FilesFailed,
            message: format!("{}: {message}", path.display()),
        }
    }
}

/// Writes `bytes` to `path`; the failure names the file and the system's reason.
pub fn write_file(path: &Path, bytes: &[u8], lang: Lang) -> Result<(), Failure> {
    std::fs::write(path, bytes).map_err(|error| Failure {
        outcome: Outcome::OutputFailed,
        message: i18n::fill_each(
            i18n::CLI_CANNOT_WRITE,
            lang,
            &[&path.display(), &system_reason(&error, lang)],
        ),
    })
}

/// Reads `path` whole; the message names the system's reason.
pub fn read_file(path: &Path, lang: Lang) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|error| cannot_read(&error, lang))
}

/// "cannot be read: <reason>", in the language of the output.
pub fn cannot_read(error: &std::io::Error, lang: Lang) -> String {
    i18n::fill(i18n::CLI_CANNOT_READ, lang, system_reason(error, lang))
}

/// Why a file operation failed, in the language of the output: the common reasons in our
/// words; any other quoted as the system words it (its text is the C library's, in English).
fn system_reason(error: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind;
    let text = match error.kind() {
        ErrorKind::NotFound => i18n::CLI_IO_NOT_FOUND,
        ErrorKind::PermissionDenied => i18n::CLI_IO_PERMISSION,
        ErrorKind::IsADirectory => i18n::CLI_IO_IS_FOLDER,
        ErrorKind::NotADirectory => i18n::CLI_IO_NOT_FOLDER,
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => i18n::CLI_IO_DISK_FULL,
        ErrorKind::ReadOnlyFilesystem => i18n::CLI_IO_READ_ONLY,
        _ => return i18n::fill(i18n::CLI_IO_OTHER, lang, error),
    };
    text.get(lang).to_owned()
}

/// Writes one line to standard output, like `println!`, except that a reader that stopped
/// reading (`eightfold score … | head`) ends the run quietly instead of a panic: what it wanted
/// was printed. Any other write error ends it with the system's reason.
pub fn print_line(line: std::fmt::Arguments<'_>) {
    let mut out = std::io::stdout().lock();
    if let Err(error) = out.write_fmt(line).and_then(|()| out.write_all(b"\n")) {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            let _ = writeln!(std::io::stderr(), "{error}");
        }
        std::process::exit(if error.kind() == std::io::ErrorKind::BrokenPipe {
            0
        } else {
            3
        });
    }
}

/// `println!` for the command's output: [`print_line`].
macro_rules! say {
    () => { $crate::outcome::print_line(format_args!("")) };
    ($($arg:tt)*) => { $crate::outcome::print_line(format_args!($($arg)*)) };
}
