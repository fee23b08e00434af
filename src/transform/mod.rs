//! Transform stage: from each document's extraction to its table rows, and
//! from every document's entities to the corpus-level `entities` table.
//!
//! [`doc`] resolves a document's mentions into entities ([`resolve`]) and
//! builds all its rows with stable ids; it runs per document, in parallel,
//! and its result is what the incremental store keeps. [`entities`] is the
//! one cross-document step: it aggregates the documents' small entity lists
//! (never their texts). [`tables`] lays the rows out as polars DataFrames,
//! batch by batch, for the writers.

pub mod doc;
pub mod entities;
pub mod interval;
pub mod resolve;
pub mod tables;

pub use doc::{DocEntities, DocTables, amount_id, document, quote_id};
pub use entities::{EntityIndex, EntityRow};
pub use tables::{DOC_TABLES, TABLES};

/// Bumped when a table's columns or their meaning change.
pub const SCHEMA_VERSION: u32 = 3;
