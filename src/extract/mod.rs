//! Extract stage: from one document to rows, with no knowledge of other documents.
//!
//! [`analysis`] computes once per document what every extractor reads
//! (tokens, lowercase forms, sentences, lines); each extractor is then a
//! small module with a pure function from the analysed document to rows
//! ([`rows`]). Inside the extractors offsets are bytes; [`extract`] converts
//! every row to code points (the spec's unit) once, before returning, so later
//! stages never see bytes.

pub mod amounts;
pub mod analysis;
pub mod dates;
pub mod docmeta;
pub mod entities;
pub mod quotes;
pub mod relations;
pub mod rows;
pub mod social;

use crate::document::Document;
use analysis::{Analysis, Bytes};
pub use rows::*;

/// For each token of `a`, the index of the mention covering it: the lookup
/// that the amounts, quotes and entity-rule passes share.
pub fn mention_at(a: &Analysis, mentions: &[Mention<Bytes>]) -> Vec<Option<usize>> {
    let mut at = vec![None; a.tokens.len()];
    for (k, m) in mentions.iter().enumerate() {
        for slot in &mut at[a.token_range(m.span.start, m.span.end)] {
            *slot = Some(k);
        }
    }
    at
}

/// Models loaded once per run and shared by all documents.
pub struct Models {
    /// The entity tagger.
    pub ner: entities::Tagger,
}

impl Models {
    /// The models committed with newsframe (embedded in the binary).
    pub fn bundled() -> anyhow::Result<Self> {
        Ok(Models { ner: entities::Tagger::bundled()? })
    }
}

/// Run every extractor over one document; offsets in code points.
pub fn extract(doc: &Document, models: &Models) -> Extraction {
    let a = Analysis::new(&doc.text);
    let mentions = entities::extract(&a, &models.ner);
    let info = docmeta::extract(&a, &doc.meta);
    let dates = dates::extract(&a, info.published_date);
    let amounts = amounts::extract(&a, &mentions);
    let quotes = quotes::extract(&a, &mentions, info.published_date);
    let relations = relations::extract(&a, &mentions, &amounts, &dates);
    Extraction::<Bytes> { info, mentions, amounts, dates, quotes, relations }.into_chars(&doc.text)
}
