//! Extract stage: from one document to rows, with no knowledge of other documents.
//!
//! Each extractor is a small module with a pure function from an analysed
//! document to rows. Inside the extractors offsets are byte offsets into the
//! text; [`extract`] converts every offset to code points (the spec's unit)
//! before returning, so later stages never see bytes.
//!
//! Rows refer to each other by index within the document: a quote's speaker
//! or an amount's owner is an index into [`Extraction::mentions`]; the
//! transform stage turns those into entity ids.

pub mod amounts;
pub mod dates;
pub mod docmeta;
pub mod entities;
pub mod numbers;
pub mod quotes;
pub mod relations;
pub mod social;
pub mod text;

use crate::document::Document;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use text::{Analysis, CharIndex};

/// Bumped whenever an extractor's output can change, so cached rows are re-extracted.
pub const EXTRACTOR_VERSION: u32 = 1;

/// Entity types of spec §1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityType {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityType {
    pub const ALL: [EntityType; 4] = [EntityType::Person, EntityType::Org, EntityType::Loc, EntityType::Misc];

    /// The spec's name: PERSON, ORG, LOC, MISC.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// An entity mention (spec §1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: EntityType,
    pub sentence: usize,
}

/// How a stated number relates to the true one (spec §2 table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Approx,
    Over,
    Under,
    AtLeast,
    AtMost,
    Range,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
        }
    }
}

/// An amount (spec §2). `kind` is money, percent or count (scored) or another
/// kind such as quantity, duration, age (kept, not scored).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentence: usize,
    pub kind: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// ISO 4217 code for money.
    pub currency: Option<String>,
    /// Counted noun for counts ("jobs"), measure unit for quantities.
    pub unit: Option<String>,
    /// Index into the document's mentions of who pays, raises, holds... the amount.
    pub owner: Option<usize>,
}

/// A calendar expression (spec §3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentence: usize,
    /// ISO 8601 at its own granularity: 2025-01-22, 2025-W04, 2024-06, 2019-Q3, 2015, 2022/2023.
    pub value: String,
    /// day, week, month, quarter, year.
    pub granularity: String,
    /// Resolved against the document date ("Wednesday", "last year").
    pub relative: bool,
}

/// A direct quote or embedded social post (spec §4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentence: usize,
    /// Index into the document's mentions of the speaker, when one was found.
    pub speaker: Option<usize>,
    /// Reporting verb ("said", "tweeted"); empty for embedded posts.
    pub verb: Option<String>,
    /// "prose" for quotes in running text, "social" for embedded posts.
    pub channel: String,
    /// Social handle of an embedded post's author, with its "@".
    pub handle: Option<String>,
    /// ISO date of an embedded post.
    pub posted_at: Option<String>,
}

/// A relation between entities (role, payment, founded, sued, acquired...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Index into the document's mentions.
    pub subject: usize,
    pub predicate: String,
    /// Index into the document's mentions, when the object is an entity.
    pub object: Option<usize>,
    /// Index into the document's amounts (payments).
    pub amount: Option<usize>,
    /// ISO date when the sentence dates the relation.
    pub date: Option<String>,
    /// The evidence sentence and its offsets.
    pub evidence: String,
    pub start: usize,
    pub end: usize,
    /// Free-text argument when the object is not an entity (a role's title: "CEO").
    pub detail: Option<String>,
}

/// Document-level facts: metadata where given, else inferred from the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub published_date: Option<NaiveDate>,
    /// metadata, social_post, dateline, text, or empty when unknown.
    pub date_source: Option<String>,
    pub n_chars: usize,
}

/// Everything extracted from one document, offsets in code points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub info: DocInfo,
    pub mentions: Vec<Mention>,
    pub amounts: Vec<Amount>,
    pub dates: Vec<DateMention>,
    pub quotes: Vec<Quote>,
    pub relations: Vec<Relation>,
}

/// For each token of `a`, the index of the mention covering it: the lookup
/// that the amounts, quotes and entity-rule passes share.
pub fn mention_at(a: &Analysis, mentions: &[Mention]) -> Vec<Option<usize>> {
    let mut at = vec![None; a.tokens.len()];
    for (k, m) in mentions.iter().enumerate() {
        for slot in &mut at[a.token_range(m.start, m.end)] {
            *slot = Some(k);
        }
    }
    at
}

/// Models loaded once per run and shared by all documents.
pub struct Models {
    pub ner: entities::Tagger,
}

impl Models {
    /// The models committed with newsframe (embedded in the binary).
    pub fn bundled() -> anyhow::Result<Self> {
        Ok(Models { ner: entities::Tagger::bundled()? })
    }
}

/// Run every extractor over one document.
pub fn extract(doc: &Document, models: &Models) -> Extraction {
    let a = Analysis::new(&doc.text);
    let mentions = entities::extract(&a, &models.ner);
    let info = docmeta::extract(&a, &doc.meta);
    let dates = dates::extract(&a, info.published_date);
    let amounts = amounts::extract(&a, &mentions);
    let quotes = quotes::extract(&a, &mentions, info.published_date);
    let relations = relations::extract(&a, &mentions, &amounts, &dates);
    let mut x = Extraction { info, mentions, amounts, dates, quotes, relations };
    to_code_points(&mut x, &doc.text);
    x
}

/// Convert every byte offset of `x` to a code point offset.
fn to_code_points(x: &mut Extraction, text: &str) {
    let ci = CharIndex::new(text);
    let conv = |s: &mut usize, e: &mut usize| {
        *s = ci.to_char(*s);
        *e = ci.to_char(*e);
    };
    x.mentions.iter_mut().for_each(|r| conv(&mut r.start, &mut r.end));
    x.amounts.iter_mut().for_each(|r| conv(&mut r.start, &mut r.end));
    x.dates.iter_mut().for_each(|r| conv(&mut r.start, &mut r.end));
    x.quotes.iter_mut().for_each(|r| conv(&mut r.start, &mut r.end));
    x.relations.iter_mut().for_each(|r| conv(&mut r.start, &mut r.end));
    x.info.n_chars = text.chars().count();
}
