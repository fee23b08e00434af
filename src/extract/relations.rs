//! Relations between entities: role, payment, founded, sued, acquired. STUB.

use super::text::Analysis;
use super::{Amount, DateMention, Mention, Relation};

/// Relations stated in the document's sentences.
pub fn extract(_a: &Analysis, _mentions: &[Mention], _amounts: &[Amount], _dates: &[DateMention]) -> Vec<Relation> {
    Vec::new()
}
