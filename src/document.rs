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

/// What is known about a document before extraction: what the source itself
/// says (a page's meta tags, a record's fields, WARC headers), overridden
/// field by field by its `metadata.csv` row. Empty cells are `None`.
/// Metadata wins over inference.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// Where the document was published.
    pub url: Option<String>,
    /// Who published it.
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
