//! Waiting on conditions instead of sleeping: a test says what it waits for and how long it
//! is willing to wait; the harness polls and, on timeout, says what it saw last.
//!
//! Timeouts here are ceilings for a slow shared machine, never assertions about speed: a
//! condition that holds ends the wait at the next poll.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::error::{HarnessError, Result};

/// How often a condition is checked.
pub const POLL_INTERVAL: Duration = Duration::from_millis(25);
/// Ceiling for the app to start from a fresh file (wasm decode + instantiate + first render).
pub const APP_START: Duration = Duration::from_secs(20);
/// Ceiling for the page to react to one action (a click, typing, a download).
pub const UI_CHANGE: Duration = Duration::from_secs(10);

/// The answer of one poll: finished with a value, or not yet (with what was seen instead).
pub enum Check<T> {
    Done(T),
    NotYet(String),
}

/// Polls `probe` every [`POLL_INTERVAL`] until it is `Done`, an error, or `timeout` passes.
/// The timeout message names `what` and the last thing the probe saw.
pub fn wait_until<T>(
    what: &str,
    timeout: Duration,
    mut probe: impl FnMut() -> Result<Check<T>>,
) -> Result<T> {
    let start = Instant::now();
    loop {
        let seen = match probe()? {
            Check::Done(value) => return Ok(value),
            Check::NotYet(seen) => seen,
        };
        if start.elapsed() >= timeout {
            return Err(HarnessError::Timeout {
                what: what.to_owned(),
                waited: start.elapsed(),
                last_seen: seen,
            });
        }
        std::thread::sleep(POLL_INTERVAL);
    }
}

/// Names browsers give a download that is still being written.
const PARTIAL_MARKERS: [&str; 3] = [".crdownload", ".part", ".download"];

/// Waits until `dir` holds a finished download whose name ends with `suffix`: no partial file
/// is left in the folder and its size stayed the same across two polls. Returns its path.
pub fn wait_for_download(dir: &Path, suffix: &str, timeout: Duration) -> Result<PathBuf> {
    let mut sizes: HashMap<PathBuf, u64> = HashMap::new();
    wait_until(
        &format!("a download ending in {suffix:?} in {}", dir.display()),
        timeout,
        || {
            let listing = list_files(dir)?;
            let partial = listing
                .iter()
                .any(|(name, _)| PARTIAL_MARKERS.iter().any(|m| name.contains(m)));
            let seen = describe(&listing);
            if partial {
                return Ok(Check::NotYet(seen));
            }
            for (name, size) in &listing {
                if !name.ends_with(suffix) {
                    continue;
                }
                let path = dir.join(name);
                if sizes.insert(path.clone(), *size) == Some(*size) {
                    return Ok(Check::Done(path));
                }
            }
            Ok(Check::NotYet(seen))
        },
    )
}

/// (file name, size) of each file in `dir`; a missing folder is empty.
fn list_files(dir: &Path) -> Result<Vec<(String, u64)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry?;
        // A browser renames its partial download when it is complete: an entry listed a
        // moment ago may be gone by now (seen with Chromium in a loaded CI run).
        let meta = match entry.metadata() {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e.into()),
        };
        if meta.is_file() {
            files.push((entry.file_name().to_string_lossy().into_owned(), meta.len()));
        }
    }
    files.sort();
    Ok(files)
}

fn describe(files: &[(String, u64)]) -> String {
    if files.is_empty() {
        return "(empty folder)".to_owned();
    }
    files
        .iter()
        .map(|(name, size)| format!("{name} ({size} bytes)"))
        .collect::<Vec<_>>()
        .join(", ")
}
