//! `cargo xtask font`: rebuilds the committed CJK font `assets/fonts/NotoSansSC-eightfold.otf`.
//!
//! The app never runs this: the prepared font is committed, so the normal build needs no font
//! tools. Run it only when the character set must grow (a new built-in template, new label
//! text). It needs Debian's `fonts-noto-cjk` (Noto Sans CJK SC, SIL OFL 1.1) and fontTools'
//! `pyftsubset` (`pip install fonttools`), and it keeps:
//! - the 3755 GB2312 level-1 hanzi (decoded with Python's `gb2312` codec, which `pyftsubset`
//!   brings along anyway), ASCII, Latin-1, CJK punctuation, fullwidth forms and a few symbols;
//! - every non-ASCII character of `src/**/*.json` and `src/**/*.rs` (built-in templates, UI
//!   and PDF labels), so text the app itself ships can always be drawn.
//!
//! Hinting, OpenType layout features and CFF subroutines are dropped (the note
//! `pdf-size-and-cjk-font.md` measured each), and so are the vertical-metrics tables: the PDF
//! sets text horizontally only. Per-document subsetting happens later, in `formats::pdf`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where Debian's `fonts-noto-cjk` installs the regular weight collection.
const SOURCE_TTC: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
/// Face 2 of the collection is "Noto Sans CJK SC" (simplified Chinese glyph forms).
const SC_FACE: &str = "2";
/// The committed output, relative to the workspace root.
const OUTPUT: &str = "assets/fonts/NotoSansSC-eightfold.otf";
/// GB2312 level 1 holds exactly this many hanzi.
const GB2312_LEVEL1_COUNT: usize = 3755;
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

    let output = root.join(OUTPUT);
    if let Some(dir) = output.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let status = Command::new("pyftsubset")
        .arg(source)
        .args(pyftsubset_args(&text_file, &output))
        .status()
        .map_err(|e| {
            format!("cannot run pyftsubset ({e}): install it with `pip install fonttools`")
        })?;
    if !status.success() {
        return Err(format!("pyftsubset failed with {status}"));
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
fn pyftsubset_args(text_file: &Path, output: &Path) -> Vec<String> {
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

fn workspace_root() -> PathBuf {
    let xtask_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    xtask_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or(xtask_dir)
}

/// Everything the bundled font must cover, sorted and without duplicates.
fn character_set(root: &Path) -> Result<BTreeSet<char>, String> {
    let mut chars = gb2312_level1()?;
    chars.extend((0x20u8..=0x7e).map(char::from));
    chars.extend((0xa0u32..=0xff).filter_map(char::from_u32));
    chars.extend((0x3000u32..=0x303f).filter_map(char::from_u32));
    chars.extend((0xff00u32..=0xffef).filter_map(char::from_u32));
    chars.extend(EXTRA_SYMBOLS.chars());
    let mut files = Vec::new();
    collect_sources(&root.join("src"), &mut files)?;
    for file in files {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        chars.extend(text.chars().filter(|c| !c.is_ascii() && !c.is_control()));
    }
    Ok(chars)
}

/// GB2312 rows 16–55 (bytes 0xB0A1..=0xD7F9) decoded by Python's codec.
fn gb2312_level1() -> Result<BTreeSet<char>, String> {
    const SCRIPT: &str = "import sys\n\
        out = []\n\
        for hi in range(0xB0, 0xD8):\n\
        \x20   for lo in range(0xA1, 0xFF):\n\
        \x20       try:\n\
        \x20           out.append(bytes([hi, lo]).decode('gb2312'))\n\
        \x20       except UnicodeDecodeError:\n\
        \x20           pass\n\
        sys.stdout.write(''.join(out))\n";
    let output = Command::new("python3")
        .args(["-c", SCRIPT])
        .output()
        .map_err(|e| format!("cannot run python3 ({e}); pyftsubset needs it too"))?;
    if !output.status.success() {
        return Err(format!(
            "python3 could not decode GB2312: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8(output.stdout).map_err(|e| format!("python3 output: {e}"))?;
    let chars: BTreeSet<char> = text.chars().collect();
    if chars.len() != GB2312_LEVEL1_COUNT {
        return Err(format!(
            "expected {GB2312_LEVEL1_COUNT} GB2312 level-1 characters, got {}",
            chars.len()
        ));
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
