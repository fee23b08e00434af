//! Typed errors of the entity tagger's files: the model, the gazetteers, the
//! organisation lists and the training corpora. The binary adds context and
//! prints them; the library never uses `anyhow`.

use std::path::{Path, PathBuf};

/// What can go wrong reading, writing or parsing the tagger's files.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// A file could not be read or written.
    #[error("{}: {cause}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        cause: std::io::Error,
    },
    /// A model file that is truncated, not a newsframe model, or built for other features.
    #[error("NER model: {0}")]
    Model(String),
    /// A list or corpus whose content cannot be parsed (`what` names it, with the line).
    #[error("{what}: {reason}")]
    Invalid {
        /// The file (or list) and line.
        what: String,
        /// What is wrong.
        reason: String,
    },
    /// Training options that cannot work.
    #[error("{0}")]
    Options(String),
}

/// Result of the tagger's file operations.
pub type Result<T> = std::result::Result<T, NerError>;

/// `map_err` adapter: an I/O error on `path`.
pub fn io(path: &Path) -> impl FnOnce(std::io::Error) -> NerError + '_ {
    move |cause| NerError::Io { path: path.to_path_buf(), cause }
}

/// An [`NerError::Invalid`] for `what` (a file, list or line).
pub fn invalid(what: impl std::fmt::Display, reason: impl std::fmt::Display) -> NerError {
    NerError::Invalid { what: what.to_string(), reason: reason.to_string() }
}
