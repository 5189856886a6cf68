//! One running browser under WebDriver control: launched with a given profile and download
//! folder, closed — browser and driver processes killed — when dropped, even mid-panic.
//!
//! This file holds the session's life cycle, navigation, windows and what the harness
//! observes (console errors, network requests), each engine in its own way: Chromium's
//! DevTools logs, geckodriver's output and in-page listeners for console errors; DevTools
//! events or a recording proxy for requests. Person-like page actions live in `page.rs`,
//! print and crash in `printing.rs` and `crash.rs`, DevTools-only extras in `devtools.rs`.

use std::cell::RefCell;
use std::io::Write as _;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use super::driver_process::DriverProcess;
use super::engine::{Engine, Feature, LaunchOptions};
use super::error::Result;
use super::fixture::file_url;
use super::request_trap::RequestTrap;
use super::webdriver::{WebDriver, SCRIPT_TIMEOUT};
use super::{chromium_logs, firefox, page_errors, processes};

/// Budget for closing the session in `Drop`; after it the processes are killed anyway.
const QUIT_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Browser {
    engine: Engine,
    version: String,
    /// The browser's main process, when the driver reports it or it can be found.
    browser_pid: Option<u32>,
    webdriver: WebDriver,
    /// Dropped after the session is closed: kills the driver and any browser left over.
    driver: DriverProcess,
    /// The proxy that sees this browser's requests (engines whose driver does not report them).
    trap: Option<RequestTrap>,
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
        let reported_pid = ["goog:processID", "moz:processID"]
            .iter()
            .find_map(|key| capabilities.get(*key).and_then(Value::as_u64))
            .and_then(|pid| u32::try_from(pid).ok());
        // WebKitWebDriver reports no process id: MiniBrowser is in the driver's process group.
        let browser_pid = reported_pid.or_else(|| {
            processes::in_group(driver.pid())
                .into_iter()
                .find(|p| p.name == "MiniBrowser")
                .map(|p| p.pid)
        });
        // W3C's default of 30 s for a script is too short for axe-core over the editor's
        // hundreds of fields when the 2 cores are busy (Firefox took longer in CI); the HTTP
        // budget of one command stays the outer limit.
        webdriver.set_script_timeout(SCRIPT_TIMEOUT)?;
        if engine == Engine::WebKit {
            // Chromium and Firefox get their window size on the command line.
            webdriver.set_window_size(1280, 900)?;
        }
        announce(engine, &version);
        Ok(Browser {
            engine,
            version,
            browser_pid,
            webdriver,
            driver,
            trap: setup.trap,
            observed: RefCell::default(),
        })
    }

    /// When this engine cannot do `feature`, says so in the test output (naming the test and
    /// the engine) and returns the reason; the test then checks what it still can.
    pub fn limitation(&self, feature: Feature) -> Option<&'static str> {
        let reason = self.engine.cannot(feature)?;
        let current = std::thread::current();
        let test = current.name().unwrap_or("browser test");
        let _ = writeln!(
            std::io::stderr(),
            "[{test}] engine: {} cannot do {feature:?} here: {reason}",
            self.engine
        );
        Some(reason)
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
        self.navigate(&file_url(path)?)
    }

    pub fn navigate(&self, url: &str) -> Result<()> {
        self.collect_page_errors();
        self.webdriver.navigate(url)?;
        self.collect_page_errors();
        Ok(())
    }

    pub fn reload(&self) -> Result<()> {
        self.collect_page_errors();
        self.webdriver.refresh()?;
        self.collect_page_errors();
        Ok(())
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
        // WebKit (MiniBrowser): switching to a tab does not bring it to the front, and a page
        // in a hidden tab has its timers held back — its drafts would not save while a test
        // types into it. A second window keeps both pages visible, as two tabs a person
        // switches between would be when used.
        let kind = if self.engine == Engine::WebKit {
            "window"
        } else {
            "tab"
        };
        let handle = self.webdriver.new_window_of_kind(kind)?;
        self.webdriver.switch_to_window(&handle)?;
        Ok(handle)
    }

    pub fn switch_to_window(&self, handle: &str) -> Result<()> {
        self.webdriver.switch_to_window(handle)
    }

    /// The driver server's process group: the browser and its helper processes are in it.
    pub fn process_group(&self) -> u32 {
        self.driver.pid()
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

    /// On engines whose driver cannot report console errors: keeps what the in-page listener
    /// recorded (before the page goes away) and puts the listener into a freshly loaded page.
    /// A page that is gone (a crashed or closed tab) has nothing left to say.
    fn collect_page_errors(&self) {
        if self.engine.cannot(Feature::ConsoleFromPageStart).is_some() {
            if let Ok(errors) = page_errors::drain(&self.webdriver) {
                self.observed.borrow_mut().console_errors.extend(errors);
            }
        }
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
            }
            Engine::Firefox => {
                // geckodriver's output is the whole session's: read it all each time.
                let log = std::fs::read(self.driver.log_path())?;
                let errors = firefox::console_errors(&String::from_utf8_lossy(&log));
                self.observed.borrow_mut().console_errors = errors;
            }
            Engine::WebKit => self.collect_page_errors(),
        }
        if let Some(trap) = &self.trap {
            let mut requests = trap.requests();
            if self.engine == Engine::Firefox {
                requests.retain(|url| !firefox::is_browser_service(url));
            }
            self.observed.borrow_mut().network_requests = requests;
        }
        Ok(())
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
