//! Zopfli for the data blocks: a gzip stream like any other (the page inflates it with
//! `DecompressionStream("gzip")` unchanged), 1–5 % smaller than gzip -9 on our wasm and font,
//! but seconds instead of milliseconds. So each output is kept in `target/zopfli/`, named by a
//! hash of the input bytes and the settings: the font, which never changes, is compressed once;
//! the wasm once per build that changes it. A cached file is used only if it inflates back to
//! the input, so a stale or damaged cache costs time, never a wrong file.

use crate::run::Result;
use sha2::Digest as _;
use std::fs;
use std::io::Read as _;
use std::num::NonZeroU64;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The pinned crate version (`xtask/Cargo.toml`); part of the cache key, since another version
/// may write other bytes.
const ZOPFLI_VERSION: &str = "0.8.3";

/// Zopfli's iterations for one block. More iterations search longer for a better encoding;
/// measured on our blocks (BENCHMARKS.md), the gain flattens after a few.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub iterations: NonZeroU64,
}

/// The wasm changes with every build: zopfli's default, ~6 s for 1.9 MB.
pub const WASM: Settings = Settings {
    iterations: NonZeroU64::new(15).unwrap(),
};

/// `bytes` as a gzip stream written by zopfli, from the cache in `cache_dir` when it holds one.
/// `name` names the block in messages and cache files; older files of the same name are removed.
pub fn gzip(cache_dir: &Path, name: &str, bytes: &[u8], settings: Settings) -> Result<Vec<u8>> {
    let path = cache_dir.join(format!("{name}-{}.gz", cache_key(bytes, settings)));
    if let Ok(cached) = fs::read(&path) {
        if inflates_to(&cached, bytes) {
            eprintln!("xtask: zopfli {name}: cached ({})", path.display());
            return Ok(cached);
        }
    }
    let started = Instant::now();
    let compressed = compress(bytes, settings)?;
    if !inflates_to(&compressed, bytes) {
        return Err(format!(
            "zopfli output for {name} does not inflate to its input"
        ));
    }
    eprintln!(
        "xtask: zopfli {name}: {} → {} bytes, {} iterations, {:.1} s",
        bytes.len(),
        compressed.len(),
        settings.iterations,
        started.elapsed().as_secs_f64()
    );
    store(cache_dir, name, &path, &compressed)?;
    Ok(compressed)
}

fn compress(bytes: &[u8], settings: Settings) -> Result<Vec<u8>> {
    let options = zopfli::Options {
        iteration_count: settings.iterations,
        ..zopfli::Options::default()
    };
    let mut out = Vec::new();
    zopfli::compress(options, zopfli::Format::Gzip, bytes, &mut out)
        .map_err(|e| format!("zopfli: {e}"))?;
    Ok(out)
}

/// Hex SHA-256 of the settings and the input bytes.
fn cache_key(bytes: &[u8], settings: Settings) -> String {
    let mut hash = sha2::Sha256::new();
    hash.update(format!(
        "zopfli {ZOPFLI_VERSION} gzip iterations={}\n",
        settings.iterations
    ));
    hash.update(bytes);
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn inflates_to(gzip: &[u8], expected: &[u8]) -> bool {
    let mut inflated = Vec::with_capacity(expected.len());
    flate2::read::GzDecoder::new(gzip)
        .read_to_end(&mut inflated)
        .is_ok_and(|_| inflated == expected)
}

/// Writes the entry through a temporary file and a rename (another `dist` may run at the same
/// time), then removes this block's older entries.
fn store(cache_dir: &Path, name: &str, path: &Path, compressed: &[u8]) -> Result<()> {
    fs::create_dir_all(cache_dir)
        .map_err(|e| format!("cannot create {}: {e}", cache_dir.display()))?;
    let temporary = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&temporary, compressed)
        .and_then(|()| fs::rename(&temporary, path))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    for old in older_entries(cache_dir, name, path) {
        let _ = fs::remove_file(old);
    }
    Ok(())
}

fn older_entries(cache_dir: &Path, name: &str, keep: &Path) -> Vec<PathBuf> {
    let prefix = format!("{name}-");
    let Ok(entries) = fs::read_dir(cache_dir) else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p != keep)
        .filter(|p| {
            p.file_name()
                .and_then(|f| f.to_str())
                .is_some_and(|f| f.starts_with(&prefix) && f.ends_with(".gz"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEW: Settings = Settings {
        iterations: NonZeroU64::new(1).unwrap(),
    };

    fn sample() -> Vec<u8> {
        "八型机关考评 eightfold "
            .repeat(200)
            .into_bytes()
            .into_iter()
            .chain(0..=255)
            .collect()
    }

    #[test]
    fn output_is_gzip_that_inflates_to_the_input() {
        let bytes = sample();
        let out = compress(&bytes, FEW).unwrap();
        assert_eq!(&out[..2], &[0x1f, 0x8b], "gzip magic");
        assert!(inflates_to(&out, &bytes));
        assert!(out.len() < bytes.len());
    }

    #[test]
    fn key_depends_on_bytes_and_settings() {
        let bytes = sample();
        assert_eq!(cache_key(&bytes, FEW), cache_key(&bytes, FEW));
        assert_ne!(cache_key(&bytes, FEW), cache_key(&bytes, WASM));
        assert_ne!(cache_key(&bytes, FEW), cache_key(&bytes[1..], FEW));
    }

    #[test]
    fn cache_is_reused_checked_and_pruned() {
        let dir = std::env::temp_dir().join(format!("xtask-zopfli-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let first = sample();
        let a = gzip(&dir, "block", &first, FEW).unwrap();
        let entry = dir.join(format!("block-{}.gz", cache_key(&first, FEW)));
        assert_eq!(fs::read(&entry).unwrap(), a);

        // A damaged entry is recomputed, not used.
        fs::write(&entry, b"not gzip").unwrap();
        assert_eq!(gzip(&dir, "block", &first, FEW).unwrap(), a);

        // New input for the same block replaces the old entry.
        let second: Vec<u8> = first.iter().rev().copied().collect();
        gzip(&dir, "block", &second, FEW).unwrap();
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(
            names,
            vec![dir.join(format!("block-{}.gz", cache_key(&second, FEW)))]
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn version_in_the_key_is_the_pinned_one() {
        let manifest = include_str!("../../Cargo.toml");
        assert!(
            manifest.contains(&format!("zopfli = {{ version = \"={ZOPFLI_VERSION}\"")),
            "xtask/Cargo.toml pins zopfli to ={ZOPFLI_VERSION}"
        );
    }
}
