//! Money, percents and counts with normalised values and qualifiers (spec §2). STUB.

use super::text::Analysis;
use super::{Amount, Mention};

/// Amounts in the document; `mentions` let an amount name its owner.
pub fn extract(_a: &Analysis, _mentions: &[Mention]) -> Vec<Amount> {
    Vec::new()
}
