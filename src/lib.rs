//! newsframe turns a folder of news articles into analysis-ready tables:
//! who is named, which organisations, amounts of money and counts, dates,
//! who said what, and how they relate.
//!
//! The pipeline flows one way, a module per stage:
//! [`sources`] (find and read documents) -> [`extract`] (per-document rows)
//! -> [`transform`] (entity resolution and tables, with polars) -> [`load`]
//! (CSV and Parquet, written atomically). [`pipeline`] runs them with
//! incremental reruns; the `newsframe` binary is a thin CLI on top.

pub mod document;
pub mod extract;
pub mod load;
pub mod pipeline;
pub mod sources;
pub mod transform;
