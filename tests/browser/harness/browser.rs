//! One running browser under WebDriver control: launched with a given profile and download
//! folder, closed — browser and driver processes killed — when dropped, even mid-panic.
//!
//! This file holds the session's life cycle, navigation, windows and what the harness
//! observes (console errors, network requests). Person-like page actions live in `page.rs`,
//! DevTools-only extras in `devtools.rs`.

use std::cell::RefCell;
use std::io::Write as _;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use super::chromium_logs;
use super::driver_process::DriverProcess;
use super::engine::{Engine, LaunchOptions};
use super::error::{fail, Result};
use super::fixture::file_url;
use super::webdriver::WebDriver;

/// Budget for closing the session in `Drop`; after it the processes are killed anyway.
const QUIT_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Browser {
    engine: Engine,
    version: String,
    /// The browser's main process, when the driver reports it (chromedriver does).
    browser_pid: Option<u32>,
    webdriver: WebDriver,
    /// Dropped after the session is closed: kills the driver and any browser left over.
    driver: DriverProcess,
    /// Everything seen so far in the engine's logs (they are handed out only once).
    observed: RefCell<Observed>,
}

#[derive(Default)]
struct Observed {
    console_errors: Vec<String>,
    network_requests: Vec<String>,
}

impl Browser {
    /// Starts `engine` with `options` and opens a session on it.
    pub fn launch(engine: Engine, options: &LaunchOptions) -> Result<Browser> {
        std::fs::create_dir_all(&options.profile)?;
        std::fs::create_dir_all(&options.downloads)?;
        let setup = engine.setup(options)?;
        let (driver, mut webdriver) = DriverProcess::start(&setup.driver, &options.driver_log)?;
        let capabilities = webdriver.new_session(setup.capabilities).map_err(|e| {
            e.context(format_args!(
                "starting a {engine} session\n--- driver output ---\n{}",
                driver.log_tail()
            ))
        })?;
        let version = capabilities
            .get("browserVersion")
            .and_then(Value::as_str)
            .unwrap_or("(unknown version)")
            .to_owned();
        let browser_pid = capabilities
            .get("goog:processID")
            .and_then(Value::as_u64)
            .and_then(|pid| u32::try_from(pid).ok());
        announce(engine, &version);
        Ok(Browser {
            engine,
            version,
            browser_pid,
            webdriver,
            driver,
            observed: RefCell::default(),
        })
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// The browser's version as the driver reported it.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Process ids of the driver and, when known, the browser: both are gone after drop.
    pub fn process_ids(&self) -> (u32, Option<u32>) {
        (self.driver.pid(), self.browser_pid)
    }

    /// The raw W3C client, for commands the harness does not wrap.
    pub fn webdriver(&self) -> &WebDriver {
        &self.webdriver
    }

    /// Opens a local file the way a person double-clicking it would: by `file://` URL.
    pub fn open_file(&self, path: &Path) -> Result<()> {
        self.webdriver.navigate(&file_url(path)?)
    }

    pub fn navigate(&self, url: &str) -> Result<()> {
        self.webdriver.navigate(url)
    }

    pub fn reload(&self) -> Result<()> {
        self.webdriver.refresh()
    }

    pub fn current_url(&self) -> Result<String> {
        self.webdriver.current_url()
    }

    /// Runs a script in the page (see [`WebDriver::execute`]).
    pub fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.webdriver.execute(script, args)
    }

    /// Runs a script that answers by calling its last argument (see
    /// [`WebDriver::execute_async`]).
    pub fn execute_async(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.webdriver.execute_async(script, args)
    }

    /// PNG bytes of what is on screen.
    pub fn screenshot(&self) -> Result<Vec<u8>> {
        self.webdriver.screenshot()
    }

    /// The page printed to PDF on A4 paper, through W3C WebDriver (every engine).
    pub fn print_pdf(&self) -> Result<Vec<u8>> {
        self.webdriver.print_a4()
    }

    /// Opens a new tab, switches to it and returns its handle.
    pub fn open_new_tab(&self) -> Result<String> {
        let handle = self.webdriver.new_window()?;
        self.webdriver.switch_to_window(&handle)?;
        Ok(handle)
    }

    pub fn switch_to_window(&self, handle: &str) -> Result<()> {
        self.webdriver.switch_to_window(handle)
    }

    pub fn window_handles(&self) -> Result<Vec<String>> {
        self.webdriver.window_handles()
    }

    /// Every console error the pages of this session have logged so far.
    pub fn console_errors(&self) -> Result<Vec<String>> {
        self.collect_logs()?;
        Ok(self.observed.borrow().console_errors.clone())
    }

    /// Every request to the network (not `file:`, `data:`, `blob:`, ...) seen so far, by URL.
    pub fn network_requests(&self) -> Result<Vec<String>> {
        self.collect_logs()?;
        Ok(self.observed.borrow().network_requests.clone())
    }

    /// Closes the session and kills the processes, reporting a failure to close cleanly
    /// (dropping does the same but stays silent).
    pub fn quit(mut self) -> Result<()> {
        self.webdriver.delete_session(QUIT_TIMEOUT)
    }

    fn collect_logs(&self) -> Result<()> {
        match self.engine {
            Engine::Chromium => {
                let browser_log = chromium_logs::drain(&self.webdriver, "browser")?;
                let performance_log = chromium_logs::drain(&self.webdriver, "performance")?;
                let mut observed = self.observed.borrow_mut();
                observed
                    .console_errors
                    .extend(chromium_logs::console_errors(&browser_log));
                observed
                    .network_requests
                    .extend(chromium_logs::network_requests(&performance_log));
                Ok(())
            }
            other => {
                fail!("reading console errors and network requests is not yet supported on {other}")
            }
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.webdriver.delete_session(QUIT_TIMEOUT);
    }
}

/// Names the engine in the test output. Written to the process's stderr directly, which the
/// test runner does not capture, so it shows for passing tests too.
fn announce(engine: Engine, version: &str) {
    let current = std::thread::current();
    let test = current.name().unwrap_or("browser test");
    let _ = writeln!(std::io::stderr(), "[{test}] engine: {engine} {version}");
}
