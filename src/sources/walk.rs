//! The folder walk: every file under the input folder, in path order, or a
//! problem for what cannot be listed.
//!
//! Symlinks are followed. A dangling symlink, a symlink loop, an unreadable
//! subfolder, a path too long for the system, a FIFO, socket or device is a
//! problem naming the path; the walk goes on. Hidden files and folders (a
//! name starting with `.`) are passed over, and so is the top-level
//! `metadata.csv`, which is read as metadata, not as a document table.

use std::path::{Path, PathBuf};

/// One thing the walk found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A regular file (or a symlink to one).
    File(PathBuf),
    /// A path that cannot be listed or read as a file, and why.
    Problem(PathBuf, String),
}

/// Lazy walk over a folder (see the module doc).
pub struct Walk {
    root: PathBuf,
    inner: walkdir::FilterEntry<walkdir::IntoIter, fn(&walkdir::DirEntry) -> bool>,
}

fn visible(e: &walkdir::DirEntry) -> bool {
    e.depth() == 0 || !e.file_name().as_encoded_bytes().starts_with(b".")
}

impl Walk {
    pub fn new(root: &Path) -> Walk {
        let inner = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name().into_iter().filter_entry(visible as fn(&_) -> bool);
        Walk { root: root.to_path_buf(), inner }
    }
}

/// Why a listing error happened, in words.
fn describe(e: &walkdir::Error) -> String {
    if let Some(ancestor) = e.loop_ancestor() {
        return format!("symlink loop (leads back to {})", ancestor.display());
    }
    match e.io_error() {
        Some(io) if io.kind() == std::io::ErrorKind::NotFound => "dangling symlink (its target does not exist)".into(),
        Some(io) if io.kind() == std::io::ErrorKind::PermissionDenied => "cannot be listed: permission denied".into(),
        Some(io) if io.raw_os_error() == Some(36) => "path too long for the system".into(),
        Some(io) if io.raw_os_error() == Some(40) => "symlink loop (too many levels of links)".into(),
        Some(io) => format!("cannot be listed: {io}"),
        None => format!("cannot be listed: {e}"),
    }
}

/// What kind of non-regular file this is, in words.
fn special_kind(ft: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "a device";
        }
    }
    let _ = ft;
    "not a regular file"
}

impl Iterator for Walk {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            match self.inner.next()? {
                Err(e) => {
                    let path = e.path().map_or_else(|| self.root.clone(), Path::to_path_buf);
                    return Some(Entry::Problem(path, describe(&e)));
                }
                Ok(entry) => {
                    let ft = entry.file_type();
                    if ft.is_dir() {
                        continue;
                    }
                    if entry.depth() == 1 && entry.file_name() == "metadata.csv" {
                        continue;
                    }
                    if ft.is_file() {
                        return Some(Entry::File(entry.into_path()));
                    }
                    return Some(Entry::Problem(entry.path().to_path_buf(), format!("{}, not a document file", special_kind(&ft))));
                }
            }
        }
    }
}
