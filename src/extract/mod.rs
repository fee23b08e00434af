//! Extract stage: from one document to rows, with no knowledge of other documents.
//!
//! [`analysis`] computes once per document what every extractor reads
//! (tokens, lowercase forms, sentences, lines), and [`discourse`] what the
//! text says about its entities (mention index, quoted regions, roles,
//! pronoun and role-noun resolution, subjects of verbs); each extractor is then a
//! small module with a pure function from the analysed document to rows
//! ([`rows`]). Inside the extractors offsets are bytes; [`extract`] converts
//! every row to code points (the spec's unit) once, before returning, so later
//! stages never see bytes.

pub mod amounts;
pub mod analysis;
pub mod dates;
pub mod discourse;
pub mod docmeta;
pub mod entities;
pub mod numbers;
pub mod quotes;
pub mod relations;
pub mod rows;
pub mod social;

use crate::document::Document;
use analysis::{Analysis, Bytes};
pub use rows::*;

pub use discourse::mention_at;

/// Models loaded once per run and shared by all documents.
pub struct Models {
    /// The entity tagger.
    pub ner: entities::Tagger,
}

impl Models {
    /// The models committed with newsframe (embedded in the binary).
    pub fn bundled() -> entities::error::Result<Self> {
        Ok(Models { ner: entities::Tagger::bundled()? })
    }
}

/// Run every extractor over one document; offsets in code points. A
/// document in another language than English gets its facts
/// ([`DocInfo::language`] says which) and no rows: the extractors read
/// English, and would take another language's capitalised nouns for names.
pub fn extract(doc: &Document, models: &Models) -> Extraction {
    let a = Analysis::new(&doc.text);
    let info = docmeta::extract(&a, &doc.meta);
    if info.language != analysis::language::ENGLISH {
        return Extraction::<Bytes> { info, ..Default::default() }.into_chars(&doc.text);
    }
    let mentions = entities::extract(&a, &models.ner);
    let dates = dates::extract(&a, info.published_date);
    let amounts = amounts::extract(&a, &mentions);
    let quote_spans = quotes::QuoteSpans::find(&a, info.published_date);
    let discourse = discourse::Discourse::new(&a, &mentions, quote_spans.regions());
    let quotes = quotes::extract(&discourse, quote_spans);
    let relations = relations::extract(&discourse, &amounts, &dates);
    Extraction::<Bytes> { info, mentions, amounts, dates, quotes, relations }.into_chars(&doc.text)
}
