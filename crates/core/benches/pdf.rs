//! Native timing of the evaluation sheet: the 64-indicator Chinese sheet generated N times,
//! median and spread in milliseconds, plus its size. `cargo bench --bench pdf` (or
//! `cargo xtask bench`) prints one line for BENCHMARKS.md. The browser figure is measured
//! separately; this one tracks the engine itself.

use std::time::Instant;

use eightfold_core::domain::Lang;
use eightfold_core::formats::pdf::evaluation_sheet;
use eightfold_testkit::sheets;

const RUNS: usize = 25;

fn main() {
    let block = sheets::font_block();
    let mut decode = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        let font = eightfold_core::formats::pdf::font_block::decode(&block);
        decode.push(start.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(font).ok();
    }
    decode.sort_by(f64::total_cmp);
    println!(
        "font block: {} bytes LZMA; decode, native: median {:.1} ms (min {:.1}, max {:.1}, n={RUNS})",
        block.len(),
        decode[RUNS / 2],
        decode[0],
        decode[RUNS - 1]
    );
    let font = sheets::font();
    let fixture = sheets::many_indicators(8);
    let input = fixture.input(Lang::Zh);
    let mut times = Vec::with_capacity(RUNS);
    let mut size = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let pdf = match evaluation_sheet(&input, &font) {
            Ok(pdf) => pdf,
            Err(e) => {
                eprintln!("pdf bench: {e}");
                std::process::exit(1);
            }
        };
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        size = std::hint::black_box(pdf).bytes.len();
    }
    times.sort_by(f64::total_cmp);
    let median = times[RUNS / 2];
    let (min, max) = (times[0], times[RUNS - 1]);
    let time_verdict = if median <= 300.0 { "met" } else { "NOT met" };
    let size_verdict = if size <= 200 * 1024 { "met" } else { "NOT met" };
    println!(
        "pdf: 64-indicator Chinese sheet, native: median {median:.1} ms (min {min:.1}, max {max:.1}, n={RUNS}); size {size} bytes ({:.1} KB); budgets ≤ 300 ms: {time_verdict}, ≤ 200 KB: {size_verdict}",
        size as f64 / 1024.0
    );
}
