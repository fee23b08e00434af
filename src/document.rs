//! The unit of work: one input document, its text and what the input folder says about it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One document as read by a source, before any extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Path relative to the input folder with `/` separators (spec §6).
    pub doc_id: String,
    /// Path of the file as given on the command line.
    pub source_path: String,
    /// The text exactly as decoded (offsets index into it, in code points).
    pub text: String,
    /// The document's row of `metadata.csv`, if any.
    pub meta: Metadata,
}

/// What is known about a document before extraction: what the source itself
/// says (a page's meta tags, a record's fields, WARC headers), overridden
/// field by field by its `metadata.csv` row. Empty cells are `None`.
/// Metadata wins over inference.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub url: Option<String>,
    pub publisher: Option<String>,
    /// As written in metadata.csv, or ISO `YYYY-MM-DD` from a source; parsed by the extract stage.
    pub published_date: Option<String>,
    /// Where `published_date` came from.
    pub date_source: Option<DateSource>,
    /// The byline: a page's author, a record's author field or metadata.csv's `author`.
    pub author: Option<String>,
    /// The site's own name (`og:site_name`, JSON-LD publisher); fills `publisher` when that is empty.
    pub site_name: Option<String>,
    /// Columns beyond the standard ones, kept for the documents table.
    pub extra: BTreeMap<String, String>,
}

/// Where a document's publication date came from (the documents table's `date_source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// metadata.csv, or the date field of a JSON Lines, CSV or Parquet record: the user gave it.
    Metadata,
    /// The HTML page's own metadata (meta tags, JSON-LD, `<time>`).
    Html,
    /// The WARC-Date of a web archive record, when nothing better was known.
    Warc,
    /// An embedded social post's date.
    SocialPost,
    /// A dateline in the text.
    Dateline,
    /// A full date in the text.
    Text,
}

impl DateSource {
    /// The snake_case name written in the documents table.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Metadata => "metadata",
            DateSource::Html => "html",
            DateSource::Warc => "warc",
            DateSource::SocialPost => "social_post",
            DateSource::Dateline => "dateline",
            DateSource::Text => "text",
        }
    }
}
