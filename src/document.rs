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

string_enum! {
    /// Where a document's publication date came from (`documents.date_source`).
    DateSource {
        /// `metadata.csv`, or a date field of the input record.
        Metadata = "metadata",
        /// The web page's own metadata (meta tags, JSON-LD, `<time>`).
        Html = "html",
        /// The WARC record's date, when nothing better is known.
        Warc = "warc",
        /// The date of an embedded social post whose weekday fits the text.
        SocialPost = "social_post",
        /// A dateline ("BRUSSELS 1996-08-22", "Updated March 3, 2021").
        Dateline = "dateline",
        /// A full date in the text consistent with the weekdays it mentions.
        Text = "text",
    }
}

/// A row of `metadata.csv`; empty cells are `None`. Metadata wins over inference.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub url: Option<String>,
    pub publisher: Option<String>,
    /// As written in the file; parsed by the extract stage.
    pub published_date: Option<String>,
    /// Columns beyond the standard ones, kept for the documents table.
    pub extra: BTreeMap<String, String>,
}
