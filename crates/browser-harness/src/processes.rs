//! The processes one driver started, found through `/proc`: the driver runs in a process group
//! of its own and the browser and its helpers inherit it. Used where a driver does not report
//! the browser's process id (WebKitWebDriver), and to kill a page's renderer process (a crash)
//! in engines without a DevTools `Page.crash`.

use std::path::Path;

/// A live process: its id and its short name (`/proc/<pid>/comm`, at most 15 bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Process {
    pub pid: u32,
    pub name: String,
}

/// The live processes (not zombies) of process group `group`.
pub fn in_group(group: u32) -> Vec<Process> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let proc_dir = Path::new("/proc").join(pid.to_string());
            let stat = std::fs::read_to_string(proc_dir.join("stat")).ok()?;
            let (state, pgrp) = state_and_group(&stat)?;
            if pgrp != group || matches!(state, 'Z' | 'X') {
                return None;
            }
            let name = std::fs::read_to_string(proc_dir.join("comm")).ok()?;
            Some(Process {
                pid,
                name: name.trim_end().to_owned(),
            })
        })
        .collect()
}

/// Whether `pid` is a live process (not gone, not a zombie waiting to be reaped).
pub fn is_running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| state_and_group(&stat))
        .is_some_and(|(state, _)| !matches!(state, 'Z' | 'X'))
}

/// Sends SIGKILL to `pid`.
pub fn kill(pid: u32) {
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        // SAFETY: kill(2) only signals another process; it has no memory effects here.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
        }
    }
}

/// The state letter and the process group of a `/proc/<pid>/stat` line. The command name in
/// parentheses may hold spaces and parentheses, so fields are counted after the last `)`.
fn state_and_group(stat: &str) -> Option<(char, u32)> {
    let rest = stat.rsplit_once(')')?.1;
    let mut fields = rest.split_whitespace();
    let state = fields.next()?.chars().next()?;
    let _parent = fields.next()?;
    let group = fields.next()?.parse().ok()?;
    Some((state, group))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_lines_with_odd_names_are_read() {
        let stat = "4242 (file:// Content) S 4200 4100 4100 0 -1 4194560 1234";
        assert_eq!(state_and_group(stat), Some(('S', 4100)));
        let zombie = "17 (a) b) Z 1 17 17 0";
        assert_eq!(state_and_group(zombie), Some(('Z', 17)));
    }

    #[test]
    fn this_process_is_in_its_own_group() {
        let me = std::process::id();
        // SAFETY: getpgrp(2) only reads this process's group id.
        let group = u32::try_from(unsafe { libc::getpgrp() }).unwrap_or_default();
        assert!(is_running(me));
        assert!(in_group(group).iter().any(|p| p.pid == me));
    }
}
