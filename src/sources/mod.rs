//! Sources: find the documents under an input folder, read and check them,
//! and attach their `metadata.csv` rows.
//!
//! A file that cannot be used (unreadable, empty, binary, not UTF-8) becomes a
//! [`Problem`] naming the file and the reason; the other documents go on.

mod metadata;

use crate::document::{Document, Metadata};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub use metadata::read_metadata;

/// File extensions read as plain-text documents.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text"];

/// A file that was skipped, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The document id (path relative to the input folder), or the file name.
    pub path: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// What reading an input folder gives: documents in doc_id order, and problems.
#[derive(Debug, Default)]
pub struct Inputs {
    pub documents: Vec<Document>,
    pub problems: Vec<Problem>,
}

/// `path` relative to `root` with `/` separators: the spec's doc_id.
pub fn doc_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Text files under `root`, recursively, sorted by path (hidden folders skipped).
pub fn discover(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name();
    for entry in walker.into_iter().filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')) {
        let entry = entry.map_err(|e| anyhow::anyhow!("cannot list {}: {e}", e.path().unwrap_or(root).display()))?;
        let is_text =
            entry.path().extension().and_then(|x| x.to_str()).is_some_and(|x| TEXT_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()));
        if entry.file_type().is_file() && is_text {
            out.push(entry.into_path());
        }
    }
    Ok(out)
}

/// Decode a file's bytes as a document text, or say why it cannot be one.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file".into());
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    String::from_utf8(bytes).map_err(|e| format!("not valid UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

/// Read every document under `root` with its metadata row.
pub fn read(root: &Path) -> anyhow::Result<Inputs> {
    let mut inputs = Inputs::default();
    let meta_path = root.join("metadata.csv");
    let mut meta: BTreeMap<String, Metadata> = BTreeMap::new();
    if meta_path.is_file() {
        match read_metadata(&meta_path) {
            Ok(m) => meta = m,
            Err(e) => inputs.problems.push(Problem { path: "metadata.csv".into(), reason: format!("{e:#}; metadata ignored") }),
        }
    }
    for path in discover(root)? {
        let id = doc_id(root, &path);
        match std::fs::read(&path).map_err(|e| format!("cannot read: {e}")).and_then(decode) {
            Ok(text) => inputs.documents.push(Document {
                meta: meta.get(&id).cloned().unwrap_or_default(),
                doc_id: id,
                source_path: path.to_string_lossy().into_owned(),
                text,
            }),
            Err(reason) => inputs.problems.push(Problem { path: id, reason }),
        }
    }
    Ok(inputs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_reports_why() {
        assert_eq!(decode(b"hello".to_vec()), Ok("hello".to_string()));
        assert_eq!(decode(b" \n\t".to_vec()), Err("empty file".to_string()));
        assert!(decode(vec![b'a', 0, b'b']).unwrap_err().contains("binary"));
        assert!(decode(vec![b'a', 0xff, b'b']).unwrap_err().contains("offset 1"));
    }

    #[test]
    fn reads_folder_recursively_with_metadata_and_problems() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("sub")).unwrap();
        std::fs::write(root.join("b.txt"), "Second.").unwrap();
        std::fs::write(root.join("sub/a.txt"), "First.").unwrap();
        std::fs::write(root.join("empty.txt"), "").unwrap();
        std::fs::write(root.join("notes.md"), "ignored").unwrap();
        std::fs::write(
            root.join("metadata.csv"),
            "doc_id,title,url,publisher,published_date,section\nsub/a.txt,A title,,Pub,2025-01-02,tech\n",
        )
        .unwrap();
        let inputs = read(root).unwrap();
        let ids: Vec<&str> = inputs.documents.iter().map(|d| d.doc_id.as_str()).collect();
        assert_eq!(ids, ["b.txt", "sub/a.txt"]);
        let a = &inputs.documents[1];
        assert_eq!(a.meta.title.as_deref(), Some("A title"));
        assert_eq!(a.meta.published_date.as_deref(), Some("2025-01-02"));
        assert_eq!(a.meta.url, None);
        assert_eq!(a.meta.extra.get("section").map(String::as_str), Some("tech"));
        assert_eq!(inputs.problems, [Problem { path: "empty.txt".into(), reason: "empty file".into() }]);
    }
}
