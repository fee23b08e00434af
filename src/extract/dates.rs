//! Calendar expressions normalised to ISO 8601 (spec §3). STUB.

use super::DateMention;
use super::text::Analysis;
use chrono::NaiveDate;

/// Dates in the document, relative ones resolved against `doc_date`.
pub fn extract(_a: &Analysis, _doc_date: Option<NaiveDate>) -> Vec<DateMention> {
    Vec::new()
}

/// The document's publication date inferred from its text, with how it was found
/// ("social_post", "dateline", "text").
pub fn infer_document_date(_a: &Analysis) -> Option<(NaiveDate, &'static str)> {
    None
}
