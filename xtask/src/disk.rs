//! Free disk where cargo builds, checked before the chores that build a lot.
//!
//! A build that runs out of disk fails deep inside rustc or the linker ("No space left on
//! device", or the linker dying with `Bus error`) minutes after it started, which says nothing
//! about the cause. Saying up front how much is free and how much the chore writes tells the
//! user what is missing. It warns rather than fails: a warm `target/` needs far less.

use crate::run::{output, target_dir};
use std::path::Path;
use std::process::Command;

/// What a fresh `cargo xtask test` leaves in `target/` (measured on a fresh clone with
/// `.ci/run`; README.md gives the figure), rounded up with room to spare.
pub const FRESH_TEST_BYTES: u64 = 3 << 30;
/// What a fresh `cargo xtask dist` leaves in `target/` (release wasm, xtask, tools): about
/// 1 GB, rounded up.
pub const FRESH_DIST_BYTES: u64 = 3 << 29;

/// Prints a warning when the disk holding the build directory has less than `needed` bytes
/// free. Silent when there is enough, or when `df` cannot tell.
pub fn warn_if_short(needed: u64, chore: &str) {
    let dir = target_dir();
    let Some(free) = free_bytes(&dir) else {
        return;
    };
    if free < needed {
        eprintln!(
            "xtask: warning: only {} free on the disk of {}; a fresh `cargo xtask {chore}` writes \
             about {} there (less when it was built before). If the build fails with \
             \"No space left on device\" or a linker `Bus error`, free disk (e.g. `cargo clean`) \
             and run it again.",
            gigabytes(free),
            dir.display(),
            gigabytes(needed),
        );
    }
}

/// Free bytes on the file system of `dir` (or of its nearest existing ancestor), from `df`.
fn free_bytes(dir: &Path) -> Option<u64> {
    let existing = dir.ancestors().find(|path| path.exists())?;
    let text = output(Command::new("df").arg("-Pk").arg(existing))?;
    available_kib(&text).map(|kib| kib * 1024)
}

/// The "Available" column (KiB) of `df -Pk` output for one path.
fn available_kib(df_output: &str) -> Option<u64> {
    let mut lines = df_output.lines();
    let header = lines.next()?;
    let column = header
        .split_whitespace()
        .position(|name| name.eq_ignore_ascii_case("Available"))?;
    // A long device name may wrap the row onto two lines in some `df`s; join what follows.
    let row: Vec<&str> = lines.flat_map(str::split_whitespace).collect();
    row.get(column)?.parse().ok()
}

fn gigabytes(bytes: u64) -> String {
    format!("{:.1} GB", bytes as f64 / (1u64 << 30) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_available_column_of_posix_df_output() {
        let text = "Filesystem     1024-blocks      Used Available Capacity Mounted on\n\
                    /dev/vda         263174212  62914560  33554432      66% /\n";
        assert_eq!(available_kib(text), Some(33_554_432));
    }

    #[test]
    fn reads_a_row_wrapped_after_a_long_device_name() {
        let text = "Filesystem 1024-blocks Used Available Capacity Mounted on\n\
                    /dev/mapper/a-very-long-volume-name\n\
                    1000 400 600 40% /work\n";
        assert_eq!(available_kib(text), Some(600));
    }

    #[test]
    fn unreadable_output_gives_nothing() {
        assert_eq!(available_kib(""), None);
        assert_eq!(available_kib("Filesystem Size\n/dev/vda 12\n"), None);
        assert_eq!(
            available_kib("Filesystem 1024-blocks Used Available\n/dev/vda 1 2 lots\n"),
            None
        );
    }

    #[test]
    fn sizes_are_shown_in_gigabytes() {
        assert_eq!(gigabytes(FRESH_TEST_BYTES), "3.0 GB");
        assert_eq!(gigabytes(FRESH_DIST_BYTES), "1.5 GB");
    }
}
