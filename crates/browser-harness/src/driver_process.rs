//! Starting a WebDriver server (chromedriver, geckodriver, WebKitWebDriver) on a free port and
//! making sure it — and every browser process it launched — is gone when the test ends, even
//! when the test panics.
//!
//! The driver runs in its own process group; dropping [`DriverProcess`] kills that whole group.
//! It does not know which engine it runs: the engine module supplies the command line.

use std::fs::File;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::error::{fail, Result};
use super::wait::POLL_INTERVAL;
use super::webdriver::WebDriver;

/// Where a driver's arguments take the port number.
pub const PORT_PLACEHOLDER: &str = "{port}";
/// How long a driver may take to answer `/status` with `ready: true`.
const READY_TIMEOUT: Duration = Duration::from_secs(30);
/// Attempts with a new free port when the driver exits at once (another test took the port).
const START_ATTEMPTS: usize = 3;

/// How to start one engine's WebDriver server.
#[derive(Clone, Debug)]
pub struct DriverCommand {
    pub program: PathBuf,
    /// Arguments; [`PORT_PLACEHOLDER`] inside any of them becomes the chosen port.
    pub args: Vec<String>,
    /// Variables added to the driver's environment (the browser it starts inherits them).
    pub env: Vec<(String, String)>,
}

impl DriverCommand {
    /// `program` with `args` and the environment of the tests unchanged.
    pub fn new(program: PathBuf, args: Vec<String>) -> DriverCommand {
        DriverCommand {
            program,
            args,
            env: Vec::new(),
        }
    }
}

/// A running driver server. Dropping it kills the server and everything it started.
pub struct DriverProcess {
    child: Child,
    log: PathBuf,
}

impl DriverProcess {
    /// Starts the driver, its output going to `log`, and waits until it accepts sessions.
    pub fn start(command: &DriverCommand, log: &Path) -> Result<(DriverProcess, WebDriver)> {
        let mut last_problem = String::new();
        for _ in 0..START_ATTEMPTS {
            let port = free_port()?;
            let mut process = DriverProcess::spawn(command, port, log)?;
            let client = WebDriver::new(format!("http://127.0.0.1:{port}"));
            match process.wait_ready(&client) {
                Ok(()) => return Ok((process, client)),
                Err(problem) => last_problem = problem,
            }
        }
        fail!(
            "{} did not become ready: {last_problem}\n--- driver output ({}) ---\n{}",
            command.program.display(),
            log.display(),
            self::tail(log)
        )
    }

    fn spawn(command: &DriverCommand, port: u16, log: &Path) -> Result<DriverProcess> {
        let out = File::create(log)?;
        let err = out.try_clone()?;
        let port = port.to_string();
        let args = command
            .args
            .iter()
            .map(|a| a.replace(PORT_PLACEHOLDER, &port));
        let child = Command::new(&command.program)
            .args(args)
            .envs(command.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .process_group(0)
            .spawn()
            .map_err(|e| {
                super::error::HarnessError::new(format!(
                    "could not start {}: {e}",
                    command.program.display()
                ))
            })?;
        Ok(DriverProcess {
            child,
            log: log.to_path_buf(),
        })
    }

    /// `Err` carries why the driver is not usable (it exited, or never said ready).
    fn wait_ready(&mut self, client: &WebDriver) -> std::result::Result<(), String> {
        let deadline = Instant::now() + READY_TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("it exited with {status}"));
            }
            if let Ok(true) = client.is_ready() {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "no ready /status after {} s",
                    READY_TIMEOUT.as_secs()
                ));
            }
            std::thread::sleep(POLL_INTERVAL);
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Where the driver's output (and the browser's, which inherits it) is written.
    pub fn log_path(&self) -> &Path {
        &self.log
    }

    /// The driver's own output so far (for failure messages).
    pub fn log_tail(&self) -> String {
        tail(&self.log)
    }
}

impl Drop for DriverProcess {
    fn drop(&mut self) {
        // The driver is our unreaped child, so its pid — which is also the process group id —
        // cannot have been reused yet: killing the group reaches only what this driver started.
        if let Ok(pid) = libc::pid_t::try_from(self.child.id()) {
            // SAFETY: kill(2) with a negative pid signals a process group; it has no memory
            // effects on this process.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port that was free a moment ago (the OS picks it).
fn free_port() -> Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

/// The last lines of a log file, or a note that it could not be read.
fn tail(log: &Path) -> String {
    match std::fs::read_to_string(log) {
        Ok(text) => {
            let lines: Vec<&str> = text.lines().collect();
            lines[lines.len().saturating_sub(40)..].join("\n")
        }
        Err(e) => format!("(could not read {}: {e})", log.display()),
    }
}
