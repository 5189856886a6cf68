//! A browser left running would slow every later test on a two-core machine: dropping a
//! `Browser` — also while a test panics — ends the driver and the browser it started.

use crate::harness::wait::{wait_until, Check};
use crate::harness::{Browser, Engine, Result, Scratch, UI_CHANGE};

#[test]
fn a_panicking_test_leaves_no_browser_running() -> Result<()> {
    let scratch = Scratch::new()?;
    let page = scratch.write_page("quiet.html", include_str!("../pages/quiet.html"))?;
    let options = scratch.launch_options();
    let engine = Engine::from_env()?;
    let outcome = std::thread::spawn(move || -> Result<()> {
        let browser = Browser::launch(engine, &options)?;
        browser.open_file(&page)?;
        std::panic::panic_any(browser.process_ids())
    })
    .join();
    let (driver, browser) = match outcome {
        Ok(Err(error)) => return Err(error),
        Ok(Ok(())) => panic!("the test thread did not panic"),
        Err(payload) => match payload.downcast::<(u32, Option<u32>)>() {
            Ok(ids) => *ids,
            Err(_) => panic!("the test thread panicked before the browser was open"),
        },
    };
    let Some(browser) = browser else {
        panic!("the driver did not report the browser's process id");
    };
    wait_until("the driver and the browser to end", UI_CHANGE, || {
        let running: Vec<u32> = [driver, browser]
            .into_iter()
            .filter(|pid| is_running(*pid))
            .collect();
        if running.is_empty() {
            Ok(Check::Done(()))
        } else {
            Ok(Check::NotYet(format!("still running: {running:?}")))
        }
    })
}

/// Whether `pid` is a live process (not gone, not a zombie waiting to be reaped).
fn is_running(pid: u32) -> bool {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    let state = stat
        .rsplit(')')
        .next()
        .and_then(|rest| rest.trim_start().chars().next());
    !matches!(state, Some('Z' | 'X') | None)
}
