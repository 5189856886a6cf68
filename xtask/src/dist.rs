//! `cargo xtask dist`: one self-contained `dist/eightfold.html`.
//!
//! Under `file://`, ES module imports and `fetch` of a `.wasm` file fail, so everything is
//! inlined: CSS in `<style>`, the wasm as a gzip+base64 data block and the CJK font for PDFs
//! as base64 of its committed LZMA block, both never executed by the browser (the gzip written
//! by zopfli and cached, `dist/zopfli.rs`; the font decoded in the wasm on the first PDF),
//! and the wasm-bindgen glue plus `boot/start.js` in one inline module script whose SHA-256
//! goes into the CSP. No step here touches the network.
//!
//! Where the blocks sit decides how soon the app starts: the wasm block comes before the boot
//! script (an `async` module, run as soon as it is parsed), the font block after it, so the
//! parser reads the font's megabyte of base64 while the wasm compiles rather than before.

use crate::prerequisites::{ensure_wasm_target, WASM_TARGET};
use crate::run::{cargo, root, run, target_dir, Result};
use base64::Engine as _;
use sha2::Digest as _;
use std::fmt;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

mod zopfli;

const START_JS: &str = include_str!("boot/start.js");
const FONT: &str = "assets/fonts/NotoSansSC-eightfold.otf.lzma";

/// One part of the file and its size, raw and gzip'd on its own (gzip -9), and for a data
/// block the size of the zopfli gzip stream inlined in the file.
pub struct Part {
    pub name: &'static str,
    pub raw: usize,
    pub gzip: usize,
    pub inlined: Option<usize>,
}

/// What `dist` built: the file and the size of its parts.
pub struct DistReport {
    pub path: PathBuf,
    pub parts: Vec<Part>,
}

impl fmt::Display for DistReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "built {}", self.path.display())?;
        for part in &self.parts {
            write!(
                f,
                "  {:<10} {:>9} bytes raw {:>9} bytes gzip",
                part.name, part.raw, part.gzip
            )?;
            match part.inlined {
                Some(inlined) => writeln!(f, " {inlined:>9} bytes zopfli (inlined)")?,
                None => writeln!(f)?,
            }
        }
        Ok(())
    }
}

/// The web app's binary: `src/main.rs` of the root package, built for wasm32.
const APP_BIN: &str = "eightfold-app";

pub fn dist() -> Result<DistReport> {
    ensure_wasm_target()?;
    run(cargo().args([
        "build",
        "--release",
        "--target",
        WASM_TARGET,
        "--bin",
        APP_BIN,
    ]))?;
    let root = root();
    let wasm_in = target_dir()
        .join(WASM_TARGET)
        .join("release")
        .join(format!("{APP_BIN}.wasm"));
    let (glue_js, wasm) = bindgen(&wasm_in)?;
    let css = stylesheet(&root)?;
    let font = read_optional(&root.join(FONT))?;

    let cache = target_dir().join("zopfli");
    let wasm_gzip = zopfli::gzip(&cache, "eightfold-wasm", &wasm, zopfli::WASM)?;
    let wasm_block = data_block("eightfold-wasm", &wasm_gzip);
    // The font block is already LZMA: inlined as it is, decoded by the wasm.
    let font_block = match &font {
        Some(lzma) => lzma_block("eightfold-font-cjk", lzma),
        None => String::new(),
    };
    let boot = format!("{glue_js}\n{START_JS}");
    let shell = read(&root.join("index.html"))?;
    let html = fill_shell(&shell, &css, &wasm_block, &font_block, &boot)?;

    let out_dir = root.join("dist");
    fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let path = out_dir.join("eightfold.html");
    fs::write(&path, &html).map_err(|e| format!("cannot write {}: {e}", path.display()))?;

    let mut parts = vec![
        block_part("wasm", &wasm, &wasm_gzip),
        part("js", boot.as_bytes()),
        part("css", css.as_bytes()),
    ];
    if let Some(lzma) = &font {
        parts.push(block_part("font lzma", lzma, lzma));
    }
    parts.push(part("html total", html.as_bytes()));
    Ok(DistReport { path, parts })
}

/// Set (to anything) to keep the wasm's function names, for profiling: the file grows.
const WASM_NAMES_ENV: &str = "EIGHTFOLD_WASM_NAMES";

/// Runs wasm-bindgen as a library: `--target web` glue without a default `.wasm` URL.
fn bindgen(wasm: &Path) -> Result<(String, Vec<u8>)> {
    let mut output = wasm_bindgen_cli_support::Bindgen::new()
        .input_path(wasm)
        .web(true)
        .map_err(|e| format!("wasm-bindgen: {e}"))?
        .typescript(false)
        .omit_default_module_path(true)
        // Function names stay only on request, for a readable profile in the browser's tools.
        .remove_name_section(std::env::var_os(WASM_NAMES_ENV).is_none())
        .remove_producers_section(true)
        .generate_output()
        .map_err(|e| format!("wasm-bindgen on {}: {e:#}", wasm.display()))?;
    let snippets: Vec<&String> = output
        .snippets()
        .iter()
        .filter(|(_, sources)| !sources.is_empty())
        .map(|(name, _)| name)
        .collect();
    if !snippets.is_empty() || !output.local_modules().is_empty() {
        return Err(format!(
            "a dependency ships JS snippets ({:?}) or local modules ({:?}): they would be \
             separate files, which a single offline HTML file cannot load",
            snippets,
            output.local_modules().keys().collect::<Vec<_>>()
        ));
    }
    let js = output.js().to_owned();
    if !js.contains("async function __wbg_init(") {
        return Err(
            "the wasm-bindgen glue has no `__wbg_init`: boot/start.js needs updating".into(),
        );
    }
    Ok((js, output.wasm_mut().emit_wasm()))
}

fn stylesheet(root: &Path) -> Result<String> {
    let screen = read(&root.join("style/main.css"))?;
    let print = read(&root.join("style/print.css"))?;
    Ok(format!("{screen}\n@media print {{\n{print}\n}}\n"))
}

/// A `<script>` block the browser never runs: a gzip stream in base64, inflated on demand.
fn data_block(id: &str, gzip: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(gzip);
    format!(
        "<script type=\"application/octet-stream\" data-encoding=\"gzip-base64\" id=\"{id}\">{encoded}</script>"
    )
}

/// A `<script>` block the browser never runs: LZMA bytes in base64, decoded by the wasm.
fn lzma_block(id: &str, lzma: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(lzma);
    format!(
        "<script type=\"application/octet-stream\" data-encoding=\"lzma-base64\" id=\"{id}\">{encoded}</script>"
    )
}

/// `assets` go before the boot script, `late_assets` after it (read only once parsed).
fn fill_shell(
    shell: &str,
    css: &str,
    assets: &str,
    late_assets: &str,
    boot: &str,
) -> Result<String> {
    if boot.contains("</script") || css.contains("</style") {
        return Err("inline script or style contains a closing tag; it would end early".into());
    }
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(boot));
    let html = shell
        .replace("{{eightfold:script-hashes}}", &format!("'sha256-{hash}'"))
        .replace("{{eightfold:style}}", css)
        .replace("{{eightfold:assets}}", assets)
        .replace("{{eightfold:late-assets}}", late_assets)
        .replace("{{eightfold:boot}}", boot);
    if html.contains("{{eightfold:") {
        return Err("index.html has a `{{eightfold:…}}` marker that dist does not know".into());
    }
    Ok(html)
}

pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("gzip: {e}"))
}

fn part(name: &'static str, bytes: &[u8]) -> Part {
    Part {
        name,
        raw: bytes.len(),
        gzip: gzip(bytes).map(|g| g.len()).unwrap_or(0),
        inlined: None,
    }
}

fn block_part(name: &'static str, bytes: &[u8], inlined: &[u8]) -> Part {
    Part {
        inlined: Some(inlined.len()),
        ..part(name, bytes)
    }
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn read_optional(path: &Path) -> Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}
