//! The extractor fingerprint: a hash of everything an extraction depends on.
//!
//! Cached extractions are reused only while the fingerprint they were made
//! with equals the running build's. It is derived, never remembered: the
//! build script (`build.rs`, which includes this file) hashes the files
//! named in [`INPUTS`] (the extractor code, the word lists, the models, and
//! the per-document transform whose rows the store keeps beside them) and
//! bakes the result into the binary as [`crate::EXTRACTOR_FINGERPRINT`].
//! Any change to any of them, however small, changes it.

use std::io;
use std::path::{Path, PathBuf};

/// What a stored document's rows depend on, relative to the crate root:
/// files, or folders taken whole (recursively). The store keeps each
/// document's resolved table rows, so the per-document transform counts.
pub const INPUTS: &[&str] =
    &["src/extract", "src/lexicon", "src/document.rs", "src/macros.rs", "src/transform/doc.rs", "src/transform/resolve.rs", "models"];

/// Every file under `inputs` (relative to `root`), sorted, as (relative path with `/`, absolute path).
pub fn input_files(root: &Path, inputs: &[&str]) -> io::Result<Vec<(String, PathBuf)>> {
    fn walk(root: &Path, p: &Path, out: &mut Vec<(String, PathBuf)>) -> io::Result<()> {
        if p.is_dir() {
            for e in std::fs::read_dir(p)? {
                walk(root, &e?.path(), out)?;
            }
        } else if p.is_file() {
            let rel = p.strip_prefix(root).unwrap_or(p);
            let rel: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            out.push((rel.join("/"), p.to_path_buf()));
        }
        Ok(())
    }
    let mut out = Vec::new();
    for i in inputs {
        walk(root, &root.join(i), &mut out)?;
    }
    out.sort();
    Ok(out)
}

/// FNV-1a, 64 bits: small, dependency-free and stable across Rust versions.
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// The fingerprint of the files under `inputs`: their paths and contents, in
/// a fixed order, hashed twice with different seeds into 32 hex digits.
pub fn fingerprint(root: &Path, inputs: &[&str]) -> io::Result<String> {
    let (mut a, mut b) = (0xcbf2_9ce4_8422_2325u64, 0x8422_2325_cbf2_9ce4u64);
    for (rel, path) in input_files(root, inputs)? {
        let bytes = std::fs::read(&path)?;
        for part in [rel.as_bytes(), &(bytes.len() as u64).to_le_bytes(), &bytes] {
            a = fnv(a, part);
            b = fnv(b ^ 0x9e37_79b9_7f4a_7c15, part);
        }
    }
    Ok(format!("{a:016x}{b:016x}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_to_any_input_changes_the_fingerprint() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let files = [
            "src/extract/a.rs",
            "src/extract/sub/b.rs",
            "src/lexicon/words.txt",
            "src/document.rs",
            "src/macros.rs",
            "src/transform/doc.rs",
            "src/transform/resolve.rs",
            "models/ner.bin",
        ];
        for f in files {
            std::fs::create_dir_all(root.join(f).parent().unwrap()).unwrap();
            std::fs::write(root.join(f), f).unwrap();
        }
        std::fs::write(root.join("src/main.rs"), "not an input").unwrap();
        let base = fingerprint(root, INPUTS).unwrap();
        assert_eq!(base.len(), 32);
        assert_eq!(fingerprint(root, INPUTS).unwrap(), base, "deterministic");
        std::fs::write(root.join("src/main.rs"), "changed, but not an input").unwrap();
        assert_eq!(fingerprint(root, INPUTS).unwrap(), base);
        for f in files {
            let p = root.join(f);
            let old = std::fs::read(&p).unwrap();
            std::fs::write(&p, [old.as_slice(), b"!"].concat()).unwrap();
            assert_ne!(fingerprint(root, INPUTS).unwrap(), base, "{f}");
            std::fs::write(&p, &old).unwrap();
        }
        // A renamed file changes it too.
        std::fs::rename(root.join("src/extract/a.rs"), root.join("src/extract/c.rs")).unwrap();
        assert_ne!(fingerprint(root, INPUTS).unwrap(), base);
    }

    #[test]
    fn the_build_carries_the_fingerprint_of_this_tree() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(fingerprint(root, INPUTS).unwrap(), crate::EXTRACTOR_FINGERPRINT);
        let files = input_files(root, INPUTS).unwrap();
        for must in ["src/extract/mod.rs", "src/lexicon/mod.rs", "models/ner.bin"] {
            assert!(files.iter().any(|(rel, _)| rel == must), "{must} is not hashed");
        }
    }
}
