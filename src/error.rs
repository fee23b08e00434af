//! The library's errors: what went wrong at its boundary, typed so that a
//! caller can tell a busy output folder from a missing input or a full disk.

use std::path::PathBuf;

/// Why a run (or a table write) could not be done.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input folder or file does not exist.
    #[error("input {} does not exist or cannot be read", .0.display())]
    InputMissing(PathBuf),
    /// The output folder cannot be created or written.
    #[error("output folder {} is not writable: {source}", .path.display())]
    OutputNotWritable {
        /// The output folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Another run holds the output folder's lock.
    #[error("another newsframe run is writing to {}; try again when it ends", .0.display())]
    Locked(PathBuf),
    /// Reading or writing a file failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done, naming the file.
        context: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// A table could not be built or written.
    #[error("table {table}: {message}")]
    Table {
        /// The table (or file) concerned.
        table: String,
        /// What went wrong.
        message: String,
    },
    /// No readable document was found while the output holds some (see `--allow-empty`).
    #[error(
        "no readable document in {} while {} holds {documents}; the tables were left as they are (pass --allow-empty to replace them)",
        .input.display(),
        .output.display()
    )]
    EmptyInput {
        /// The input.
        input: PathBuf,
        /// The output folder.
        output: PathBuf,
        /// How many documents the output holds.
        documents: usize,
    },
    /// A model could not be loaded.
    #[error("model: {0}")]
    Model(String),
}

impl Error {
    /// An I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }

    /// A table error from anything printable (polars errors among them).
    pub fn table(table: impl Into<String>, e: impl std::fmt::Display) -> Self {
        Error::Table { table: table.into(), message: e.to_string() }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
