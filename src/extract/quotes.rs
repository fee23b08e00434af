//! Direct quotes and embedded social posts with their speakers (spec §4). STUB.

use super::text::Analysis;
use super::{Mention, Quote};
use chrono::NaiveDate;

/// Quotes in the document; speakers are indices into `mentions`.
pub fn extract(_a: &Analysis, _mentions: &[Mention], _doc_date: Option<NaiveDate>) -> Vec<Quote> {
    Vec::new()
}
