//! newsframe turns a folder of news articles into analysis-ready tables:
//! who is named, which organisations, amounts of money and counts, dates,
//! who said what, and how they relate.
//!
//! The pipeline flows one way, a module per stage:
//! [`sources`] (find and read documents) -> [`extract`] (per-document rows)
//! -> [`transform`] (entity resolution and tables, with polars) -> [`load`]
//! (CSV and Parquet, written atomically). [`pipeline`] runs them with
//! incremental reruns; the `newsframe` binary is a thin CLI on top.

#![warn(missing_docs)]

#[macro_use]
mod macros;

pub mod api;
pub mod document;
mod error;
pub mod extract;
pub mod fingerprint;
pub mod lexicon;
pub mod load;
pub mod pipeline;
pub mod sources;
pub mod store;
pub mod transform;

pub use error::{Error, Result};

/// The fingerprint of this build's extractors, word lists and models (see [`fingerprint`]):
/// cached extractions made with another one are extracted again.
pub const EXTRACTOR_FINGERPRINT: &str = env!("NEWSFRAME_EXTRACTOR_FINGERPRINT");
