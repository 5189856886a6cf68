//! Benchmark (not a test): speed of the built single file in headless Chromium.
//!
//! `cargo bench --bench browser` (run by `cargo xtask bench`, after `cargo xtask dist`) prints
//! the median and spread of repeated runs, all measured inside the page with
//! `performance.now()` so WebDriver's own latency is not counted:
//! - open → interactive: navigation start to the app mounted (`window.eightfoldReadyAt`),
//!   cold (a fresh browser and profile per run, the file its first page: a double-click with
//!   no browser running), in a new tab of a running browser (a fresh browser and profile per
//!   run, idle for 2 s first: a double-click with the browser open) and warm (the same browser
//!   opening the file again), with where the time goes: the HTML parsed
//!   (`domInteractive`) and the boot's User Timing marks (`eightfold-boot-start`, the wasm
//!   block decoded, the app's `main` running, i.e. compiled and instantiated, and ready);
//! - input → total: one edit of a quota field to the total's text changing in the DOM;
//! - PDF: the "eightfold-pdf" User Timing measure of a click on "Download PDF" (layout,
//!   subsetting, PDF writing; on the first click also decoding the LZMA font block, reported
//!   on its own line with the "eightfold-font-decode" measure), and the size of the file;
//! - review mode: the "eightfold-consolidate" measure of choosing 200 unit files at once
//!   (reading them, importing each with its digest check, consolidating the batch).
//!
//! `EIGHTFOLD_BENCH_RUNS=n` sets the number of runs of every measure; `EIGHTFOLD_BENCH_ONLY=open`
//! measures only open → interactive (the three openings), for comparing builds of the start-up;
//! `EIGHTFOLD_DIST=path` benches that file instead of `dist/eightfold.html`.

use eightfold_browser_harness as harness;
use eightfold_browser_harness::review_steps;
use harness::{Browser, Result, Scratch, APP_START, UI_CHANGE};
use serde_json::{json, Value};
use std::path::Path;

fn runs(default: usize) -> usize {
    std::env::var("EIGHTFOLD_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Prints the spread of `samples` and whether the median is within `budget` (same unit).
fn report(label: &str, unit: &str, mut samples: Vec<f64>, budget: f64) {
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    let verdict = if at(0.5) <= budget { "met" } else { "NOT met" };
    println!(
        "{label}: median {:.1} {unit} (p10 {:.1}, p90 {:.1}, min {:.1}, max {:.1}, n = {}); \
         budget ≤ {budget} {unit}: {verdict}",
        at(0.5),
        at(0.1),
        at(0.9),
        samples[0],
        samples[samples.len() - 1],
        samples.len()
    );
}

fn number(value: Value) -> f64 {
    value.as_f64().unwrap_or(f64::NAN)
}

fn wait_ready(browser: &Browser) -> Result<()> {
    browser.wait_until("the app to start", APP_START, |b| {
        Ok(b.execute(
            "return document.documentElement.dataset.ready === 'true'",
            vec![],
        )? == json!(true))
    })
}

/// The moments of start-up, in order: (label, expression giving ms since navigation start).
const BOOT_STAGES: [(&str, &str); 8] = [
    ("HTML parsed (domInteractive)", "nav.domInteractive"),
    ("boot script starts", "mark('eightfold-boot-start')"),
    (
        "wasm block decoded (base64)",
        "mark('eightfold-wasm-decoded')",
    ),
    (
        "wasm inflated, compiled, instantiated (main runs)",
        "mark('eightfold-main')",
    ),
    ("app mounted (ready)", "window.eightfoldReadyAt"),
    (
        "first frame with the app drawn",
        "mark('eightfold-painted')",
    ),
    (
        "start screen complete (its lists, mounted after the first frame)",
        "mark('eightfold-start-complete')",
    ),
    (
        "document parsed to the end (DOMContentLoaded)",
        "nav.domContentLoadedEventStart",
    ),
];

/// The moments of [`BOOT_STAGES`] of the page just opened (NaN for a mark the build lacks).
fn boot_stages(browser: &Browser) -> Result<Vec<f64>> {
    let expressions: Vec<&str> = BOOT_STAGES.iter().map(|(_, e)| *e).collect();
    let script = format!(
        "const nav = performance.getEntriesByType('navigation')[0];
         const mark = (n) => {{ const e = performance.getEntriesByName(n); return e.length ? e[0].startTime : NaN; }};
         return [{}];",
        expressions.join(", ")
    );
    let values = browser.execute(&script, vec![])?;
    Ok(values
        .as_array()
        .map(|v| v.iter().cloned().map(number).collect())
        .unwrap_or_default())
}

/// How the file is opened for one open → interactive measure.
enum Opening<'a> {
    /// A double-click with no browser running: a fresh browser and profile per run, the file
    /// its first page (its renderer process is started for it).
    Cold,
    /// A double-click with the browser already running: a fresh browser and profile per run,
    /// left idle for a moment, then the file in a new tab (as the browser keeps a spare
    /// renderer process ready, this page does not wait for one to start).
    NewTabOfRunningBrowser,
    /// The same browser opening the file again.
    Warm(&'a Browser, &'a Path),
}

/// How long a freshly launched browser is left alone before the file is opened in a new tab.
const RUNNING_BROWSER_IDLE: std::time::Duration = std::time::Duration::from_secs(2);

/// Opens the file `runs` times as `opening` says and reports open → interactive with its
/// breakdown.
fn open_to_interactive(label: &str, runs: usize, opening: Opening) -> Result<()> {
    let mut stages: Vec<Vec<f64>> = vec![Vec::new(); BOOT_STAGES.len()];
    for _ in 0..runs {
        let fresh = match opening {
            Opening::Warm(browser, file) => {
                browser.open_file(file)?;
                None
            }
            Opening::Cold | Opening::NewTabOfRunningBrowser => {
                let scratch = Scratch::new()?;
                let browser = harness::launch(&scratch)?;
                let file = scratch.copy_dist()?;
                if matches!(opening, Opening::NewTabOfRunningBrowser) {
                    std::thread::sleep(RUNNING_BROWSER_IDLE);
                    browser.open_new_tab()?;
                }
                browser.open_file(&file)?;
                Some((browser, scratch))
            }
        };
        let browser = match (&fresh, &opening) {
            (Some((browser, _)), _) => browser,
            (None, Opening::Warm(browser, _)) => *browser,
            (None, _) => unreachable!("only a warm run reuses a browser"),
        };
        wait_ready(browser)?;
        // A build without a mark gets a second for it, then reports it missing.
        browser.wait_until("the document parsed and the app drawn", APP_START, |b| {
            Ok(b.execute(
                "const has = (n) => performance.getEntriesByName(n).length > 0;
                 return document.readyState !== 'loading'
                   && ((has('eightfold-painted') && has('eightfold-start-complete'))
                       || performance.now() > window.eightfoldReadyAt + 1000);",
                vec![],
            )? == json!(true))
        })?;
        for (k, value) in boot_stages(browser)?.into_iter().enumerate() {
            stages[k].push(value);
        }
        if let Some((browser, _scratch)) = fresh {
            browser.quit()?;
        }
    }
    let ready = BOOT_STAGES
        .iter()
        .position(|(_, e)| *e == "window.eightfoldReadyAt")
        .unwrap_or(0);
    report(label, "ms", stages[ready].clone(), 150.0);
    println!("  (medians of each stage, ms since navigation start)");
    for ((stage, _), samples) in BOOT_STAGES.iter().zip(stages) {
        let mut samples: Vec<f64> = samples.into_iter().filter(|v| v.is_finite()).collect();
        if samples.is_empty() {
            println!("  {stage}: — (no mark in this build)");
            continue;
        }
        samples.sort_by(f64::total_cmp);
        println!("  {stage}: median {:.1} ms", samples[samples.len() / 2]);
    }
    Ok(())
}

fn main() -> Result<()> {
    let scratch = Scratch::new()?;
    let file = scratch.copy_dist()?;
    open_to_interactive(
        "open → interactive, cold (fresh browser and profile per run)",
        runs(9),
        Opening::Cold,
    )?;
    open_to_interactive(
        "open → interactive, new tab of a running browser (fresh browser and profile per run)",
        runs(9),
        Opening::NewTabOfRunningBrowser,
    )?;
    let browser = harness::launch(&scratch)?;
    open_to_interactive(
        "open → interactive, warm (the same browser opens the file again)",
        runs(15),
        Opening::Warm(&browser, &file),
    )?;
    if std::env::var("EIGHTFOLD_BENCH_ONLY").is_ok_and(|only| only == "open") {
        return browser.quit();
    }

    let unit = browser.find_css("#new-unit")?;
    browser.type_into(&unit, "基准测试单位")?;
    browser.click(&browser.find_css("form.new-assessment button[type=submit]")?)?;
    browser.find_css("[data-testid=total]")?;

    let mut edit = Vec::new();
    for i in 0..runs(30) {
        let value = (i % 11 + 1).to_string();
        let ms = browser.execute_async(
            r#"const [value, done] = arguments;
               const input = document.querySelector('[id="ind-1.1-value"]');
               const total = document.querySelector('[data-testid=total]');
               const before = total.textContent;
               const observer = new MutationObserver(() => {
                 if (total.textContent !== before) { observer.disconnect(); done(performance.now() - t0); }
               });
               observer.observe(total, { childList: true, characterData: true, subtree: true });
               const t0 = performance.now();
               input.value = value;
               input.dispatchEvent(new Event('input', { bubbles: true }));"#,
            vec![json!(value)],
        )?;
        edit.push(number(ms));
    }
    report("input → updated total", "ms", edit, 16.0);

    let mut pdf = Vec::new();
    let downloads = scratch.downloads();
    for k in 1..=runs(10) {
        let button = browser.find_css("button.pdf-download")?;
        browser.click(&button)?;
        browser.wait_until("the PDF measure", UI_CHANGE, |b| {
            let count = b.execute(
                "return performance.getEntriesByName('eightfold-pdf').length",
                vec![],
            )?;
            Ok(count.as_u64().unwrap_or(0) >= k as u64)
        })?;
        pdf.push(number(browser.execute(
            "const e = performance.getEntriesByName('eightfold-pdf'); return e[e.length - 1].duration",
            vec![],
        )?));
    }
    let decode = number(browser.execute(
        "const e = performance.getEntriesByName('eightfold-font-decode'); return e.length ? e[0].duration : -1",
        vec![],
    )?);
    println!(
        "first PDF in the browser (font block decoded in the wasm, then the sheet): {:.1} ms, of which decoding the font block {decode:.1} ms",
        pdf[0]
    );
    report(
        "PDF generation in the browser (built-in eight-types template)",
        "ms",
        pdf,
        300.0,
    );
    let file = harness::wait_for_download(&downloads, ".pdf", UI_CHANGE)?;
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let verdict = if size <= 200 * 1024 { "met" } else { "NOT met" };
    println!(
        "PDF size (built-in eight-types template, one answer): {size} bytes; budget ≤ 200 KB: {verdict}"
    );
    browser.quit()?;

    // Review mode, in a browser of its own: a fresh page each run, then 200 unit files
    // chosen at once. Review mode keeps its batch in storage, so each run first empties it
    // (else the second run would find the first run's 200 files and add 200 duplicates).
    let review_scratch = Scratch::new()?;
    let file = review_scratch.copy_dist()?;
    let browser = harness::launch(&review_scratch)?;
    let units = review_steps::write_unit_files(&review_scratch.path().join("units"), 200)?;
    let mut consolidate = Vec::new();
    let blank = review_scratch.write_page("blank.html", "<!doctype html><title>blank</title>")?;
    for _ in 0..runs(5) {
        // From a page of the same (file://) storage that is not the app, so that no app page
        // writes its batch back on leaving.
        browser.open_file(&blank)?;
        browser.execute("localStorage.clear();", vec![])?;
        browser.open_file(&file)?;
        wait_ready(&browser)?;
        review_steps::open_review_mode(&browser)?;
        review_steps::choose_review_files(&browser, &units)?;
        browser.wait_until("the consolidate measure", APP_START, |b| {
            let count = b.execute(
                "return performance.getEntriesByName('eightfold-consolidate').length",
                vec![],
            )?;
            Ok(count.as_u64().unwrap_or(0) >= 1)
        })?;
        consolidate.push(number(browser.execute(
            "return performance.getEntriesByName('eightfold-consolidate')[0].duration",
            vec![],
        )?));
        review_steps::wait_units_rows(&browser, units.len())?;
    }
    report(
        "import and consolidate 200 unit files in review mode",
        "ms",
        consolidate,
        1000.0,
    );
    browser.quit()
}
