//! One document's table rows, complete and self-contained.
//!
//! Entity resolution within the document ([`super::resolve`]) gives every
//! mention its local entity; the entity's id is derived from its type and
//! name alone ([`entity_id`]), so it never depends on other documents and
//! never changes when unrelated documents arrive or leave. Every row of a
//! document can therefore be built as soon as the document is extracted (in
//! parallel, and cached by the incremental store); the cross-document step
//! only aggregates the small per-document entity lists ([`DocEntities`]).

use super::resolve::{bracket_definitions, entity_id, resolve_document};
use crate::document::{DateSource, Document};
use crate::extract::{AmountKind, Channel, EntityType, Extraction, Granularity, Predicate, Qualifier};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Lowercase hex sha256 of bytes (`documents.content_sha256` of a text).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(64);
    for b in Sha256::digest(bytes) {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 15)] as char);
    }
    out
}

/// Stable id of an amount: `DOC#amount-START`.
pub fn amount_id(doc_id: &str, start: usize) -> String {
    format!("{doc_id}#amount-{start}")
}

/// Stable id of a quote: `DOC#quote-START`.
pub fn quote_id(doc_id: &str, start: usize) -> String {
    format!("{doc_id}#quote-{start}")
}

/// A row of `documents`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRow {
    /// The document's id (spec §6).
    pub doc_id: String,
    /// Where it was read from.
    pub source_path: String,
    /// Its headline.
    pub title: Option<String>,
    /// Who published it.
    pub publisher: Option<String>,
    /// When it was published.
    pub published_date: Option<NaiveDate>,
    /// Where the date came from.
    pub date_source: Option<DateSource>,
    /// Length of the text in code points.
    pub n_chars: usize,
    /// sha256 of the text.
    pub content_sha256: String,
    /// The text all offsets index into.
    pub text: String,
    /// Where it was published.
    pub url: Option<String>,
    /// The byline.
    pub author: Option<String>,
    /// ISO 639-1 code of its language; only English documents have rows in the other tables.
    pub language: String,
    /// Extra metadata columns by name.
    pub extra: BTreeMap<String, String>,
}

/// A row of `mentions` (the document's id is the [`DocTables`]').
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRow {
    /// The entity it names.
    pub entity_id: String,
    /// The text it covers.
    pub text: String,
    /// Its entity's type.
    pub label: EntityType,
    /// Code point offsets.
    pub start: usize,
    /// End, exclusive.
    pub end: usize,
    /// 0-based sentence index.
    pub sentence: usize,
}

/// A row of `amounts`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AmountRow {
    /// `DOC#amount-START`.
    pub amount_id: String,
    /// The text it covers.
    pub text: String,
    /// Code point offsets.
    pub start: usize,
    /// End, exclusive.
    pub end: usize,
    /// 0-based sentence index.
    pub sentence: usize,
    /// What it counts.
    pub kind: AmountKind,
    /// Stated value in base units.
    pub value: Option<f64>,
    /// Lower bound.
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// Qualifier.
    pub qualifier: Qualifier,
    /// ISO 4217 code.
    pub currency: Option<String>,
    /// Counted noun or measure unit.
    pub unit: Option<String>,
    /// The entity that owns it.
    pub entity_id: Option<String>,
}

/// A row of `dates`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateRow {
    /// The text it covers.
    pub text: String,
    /// Code point offsets.
    pub start: usize,
    /// End, exclusive.
    pub end: usize,
    /// 0-based sentence index.
    pub sentence: usize,
    /// ISO 8601 value.
    pub value: String,
    /// Its granularity.
    pub granularity: Granularity,
    /// Resolved against the document date.
    pub relative: bool,
}

/// A row of `quotes`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRow {
    /// `DOC#quote-START`.
    pub quote_id: String,
    /// The quoted words.
    pub text: String,
    /// Code point offsets.
    pub start: usize,
    /// End, exclusive.
    pub end: usize,
    /// The speaker's canonical name.
    pub speaker: Option<String>,
    /// The speaker's entity.
    pub speaker_entity_id: Option<String>,
    /// Reporting verb.
    pub verb: Option<String>,
    /// Prose or social.
    pub channel: Channel,
    /// Handle of an embedded post's author.
    pub handle: Option<String>,
    /// Date of an embedded post.
    pub posted_at: Option<String>,
    /// 0-based sentence index.
    pub sentence: usize,
}

/// A row of `relations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelationRow {
    /// The subject's entity.
    pub subject_id: String,
    /// What the relation says.
    pub predicate: Predicate,
    /// The object's entity.
    pub object_id: Option<String>,
    /// The amount paid.
    pub amount_id: Option<String>,
    /// The date of the event.
    pub date: Option<String>,
    /// The evidence sentence.
    pub evidence: String,
    /// Code point offsets of the evidence.
    pub start: usize,
    /// End, exclusive.
    pub end: usize,
    /// Title of a role, verb of a payment.
    pub detail: Option<String>,
}

/// One entity of one document, as the cross-document step sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocEntity {
    /// Its id.
    pub entity_id: String,
    /// Its name in this document (the fullest form).
    pub name: String,
    /// Its type.
    pub label: EntityType,
    /// The other names and handles it goes by here.
    pub aliases: Vec<String>,
    /// How many mentions it has here.
    pub n_mentions: usize,
}

/// What the cross-document step needs of a document: its entities and the
/// names of its extra metadata columns. Small, so that the step never reads texts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocEntities {
    /// The document's entities, in id order.
    pub entities: Vec<DocEntity>,
    /// Names of the extra metadata columns the document has.
    pub extra_columns: Vec<String>,
}

/// Every row one document contributes to the tables, in table order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocTables {
    /// Its `documents` row.
    pub document: DocumentRow,
    /// Its mentions, by offset.
    pub mentions: Vec<MentionRow>,
    /// Its amounts, by offset.
    pub amounts: Vec<AmountRow>,
    /// Its dates, by offset.
    pub dates: Vec<DateRow>,
    /// Its quotes, by offset.
    pub quotes: Vec<QuoteRow>,
    /// Its relations, by evidence offset, predicate, subject and object.
    pub relations: Vec<RelationRow>,
}

/// Resolve a document's entities and build its rows; `sha256` is the text's hash.
pub fn document(doc: &Document, sha256: &str, x: &Extraction) -> (DocTables, DocEntities) {
    let handles: Vec<(usize, String)> = x.quotes.iter().filter_map(|q| Some((q.speaker?, q.handle.clone()?))).collect();
    let resolved = resolve_document(&x.mentions, &handles, &bracket_definitions(&doc.text, &x.mentions));
    let ids: Vec<String> = resolved.entities.iter().map(|e| entity_id(e.label, &e.name)).collect();
    let eid = |m: usize| ids[resolved.of_mention[m]].clone();
    let entity_of = |m: usize| &resolved.entities[resolved.of_mention[m]];
    let doc_id = &doc.doc_id;

    let mut mentions: Vec<MentionRow> = x
        .mentions
        .iter()
        .enumerate()
        .map(|(k, m)| MentionRow {
            entity_id: eid(k),
            text: m.text.clone(),
            label: entity_of(k).label,
            start: m.span.start,
            end: m.span.end,
            sentence: m.sentence,
        })
        .collect();
    mentions.sort_by_key(|r| (r.start, r.end));
    let mut amounts: Vec<AmountRow> = x
        .amounts
        .iter()
        .map(|a| AmountRow {
            amount_id: amount_id(doc_id, a.span.start),
            text: a.text.clone(),
            start: a.span.start,
            end: a.span.end,
            sentence: a.sentence,
            kind: a.kind,
            value: a.value,
            low: a.low,
            high: a.high,
            qualifier: a.qualifier,
            currency: a.currency.clone(),
            unit: a.unit.clone(),
            entity_id: a.owner.map(eid),
        })
        .collect();
    amounts.sort_by_key(|r| (r.start, r.end));
    let mut dates: Vec<DateRow> = x
        .dates
        .iter()
        .map(|d| DateRow {
            text: d.text.clone(),
            start: d.span.start,
            end: d.span.end,
            sentence: d.sentence,
            value: d.value.clone(),
            granularity: d.granularity,
            relative: d.relative,
        })
        .collect();
    dates.sort_by_key(|r| (r.start, r.end));
    let mut quotes: Vec<QuoteRow> = x
        .quotes
        .iter()
        .map(|q| QuoteRow {
            quote_id: quote_id(doc_id, q.span.start),
            text: q.text.clone(),
            start: q.span.start,
            end: q.span.end,
            speaker: q.speaker.map(|m| entity_of(m).name.clone()),
            speaker_entity_id: q.speaker.map(eid),
            verb: q.verb.clone(),
            channel: q.channel,
            handle: q.handle.clone(),
            posted_at: q.posted_at.clone(),
            sentence: q.sentence,
        })
        .collect();
    quotes.sort_by_key(|r| (r.start, r.end));
    let mut relations: Vec<RelationRow> = x
        .relations
        .iter()
        .map(|r| RelationRow {
            subject_id: eid(r.subject),
            predicate: r.predicate,
            object_id: r.object.map(eid),
            amount_id: r.amount.and_then(|k| x.amounts.get(k)).map(|a| amount_id(doc_id, a.span.start)),
            date: r.date.clone(),
            evidence: r.evidence.clone(),
            start: r.span.start,
            end: r.span.end,
            detail: r.detail.clone(),
        })
        .collect();
    relations.sort_by(|a, b| {
        (a.start, a.predicate.as_str(), &a.subject_id, &a.object_id).cmp(&(b.start, b.predicate.as_str(), &b.subject_id, &b.object_id))
    });

    let mut n_mentions = vec![0usize; resolved.entities.len()];
    for &e in &resolved.of_mention {
        n_mentions[e] += 1;
    }
    let mut entities: Vec<DocEntity> = resolved
        .entities
        .iter()
        .zip(&ids)
        .zip(n_mentions)
        .filter(|(_, n)| *n > 0)
        .map(|((e, id), n)| DocEntity {
            entity_id: id.clone(),
            name: e.name.clone(),
            label: e.label,
            aliases: e.aliases.iter().cloned().collect(),
            n_mentions: n,
        })
        .collect();
    entities.sort_by(|a, b| a.entity_id.cmp(&b.entity_id));

    let info = &x.info;
    let document = DocumentRow {
        doc_id: doc_id.clone(),
        source_path: doc.source_path.clone(),
        title: info.title.clone(),
        publisher: info.publisher.clone(),
        published_date: info.published_date,
        date_source: info.date_source,
        n_chars: info.n_chars,
        content_sha256: sha256.to_string(),
        text: doc.text.clone(),
        url: info.url.clone(),
        author: doc.meta.author.clone(),
        language: info.language.clone(),
        extra: doc.meta.extra.clone(),
    };
    let extra_columns = document.extra.keys().cloned().collect();
    (DocTables { document, mentions, amounts, dates, quotes, relations }, DocEntities { entities, extra_columns })
}
