//! The pipeline's stages in memory, for embedding newsframe: the Python
//! package, notebooks, and distributed engines (Ray, Spark) that map
//! [`extract_tables`] over partitions of documents and then run the
//! cross-document step [`entities_table`] once.
//!
//! Records become documents exactly as the CLI reads a JSON Lines record
//! ([`record_document`]); each document is extracted and turned into rows by
//! the same functions `newsframe run` uses ([`document_rows`]); the tables are
//! the same polars frames, with the same columns and types, as the CLI's
//! files. The entity step needs each document's small entity list, which
//! [`extract_tables`] returns as the `doc_entities` table.

use crate::document::Document;
use crate::extract::{self, EntityType, Models};
use crate::sources::{FieldNames, Fields, Problem};
use crate::transform::doc::DocEntity;
use crate::transform::{self, DOC_TABLES, DocEntities, DocTables, EntityIndex};
use crate::{Error, Result};
use polars::prelude::*;
use rayon::prelude::*;
use std::collections::BTreeSet;

/// The name of the per-document entity lists table that [`extract_tables`]
/// returns beside the CLI's tables (the input of [`entities_table`]).
pub const DOC_ENTITIES: &str = "doc_entities";

pub use crate::transform::doc::sha256_hex;

/// One input record: its id and text, and what else is known of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// The document id (the CLI's `FILE#KEY` for a record of `FILE`).
    pub doc_id: String,
    /// `documents.source_path`; the id when `None`.
    pub source_path: Option<String>,
    /// The text, or a web page's HTML (its main text is then extracted).
    pub text: String,
    /// The headline.
    pub title: Option<String>,
    /// The publication date, in any form a record's date field may have.
    pub date: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// The byline.
    pub author: Option<String>,
    /// Who published it.
    pub publisher: Option<String>,
}

/// A record as a document, read as the CLI reads a JSON Lines record with
/// these fields; `Err` says why it is not a document (an empty text, ...).
pub fn record_document(r: &Record, max_doc_bytes: usize) -> Result<Document, Problem> {
    let mut fields: Fields = vec![("text".into(), r.text.clone())];
    for (name, v) in [("title", &r.title), ("date", &r.date), ("url", &r.url), ("author", &r.author), ("publisher", &r.publisher)] {
        if let Some(v) = v {
            fields.push((name.into(), v.clone()));
        }
    }
    let source_path = r.source_path.as_deref().unwrap_or(&r.doc_id);
    crate::sources::record_document(r.doc_id.clone(), source_path, &fields, &FieldNames::default(), max_doc_bytes)
        .map_err(|reason| Problem { path: r.doc_id.clone(), reason })
}

/// Records as documents, in order; a record that is not a document (an
/// empty text, an id given twice) is a problem instead, as with the CLI.
pub fn record_documents(records: &[Record], max_doc_bytes: usize) -> (Vec<Document>, Vec<Problem>) {
    let mut seen = std::collections::HashSet::new();
    let (mut docs, mut problems) = (Vec::with_capacity(records.len()), Vec::new());
    for (i, r) in records.iter().enumerate() {
        if !seen.insert(r.doc_id.as_str()) {
            problems
                .push(Problem { path: r.doc_id.clone(), reason: format!("record {}: id repeats an earlier record's id; skipped", i + 1) });
            continue;
        }
        match record_document(r, max_doc_bytes) {
            Ok(d) => docs.push(d),
            Err(p) => problems.push(p),
        }
    }
    (docs, problems)
}

/// Extract one document and build its rows and entity list, as `newsframe run` does.
pub fn document_rows(doc: &Document, sha256: &str, models: &Models) -> (DocTables, DocEntities) {
    let x = extract::extract(doc, models);
    transform::document(doc, sha256, &x)
}

/// The per-document tables of a batch of documents, and their entity lists.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The CLI's per-document tables ([`DOC_TABLES`]) then [`DOC_ENTITIES`], in that order.
    pub tables: Vec<(&'static str, DataFrame)>,
}

impl Extracted {
    /// A table by name.
    pub fn table(&self, name: &str) -> Option<&DataFrame> {
        self.tables.iter().find(|(n, _)| *n == name).map(|(_, df)| df)
    }
}

/// Extract `docs` in parallel (rayon) and lay their rows out as the CLI's
/// per-document tables, rows in the order of `docs`, plus the `doc_entities` table.
pub fn extract_tables(docs: &[Document], models: &Models) -> Result<Extracted> {
    let rows: Vec<(DocTables, DocEntities)> = docs.par_iter().map(|d| document_rows(d, &sha256_hex(d.text.as_bytes()), models)).collect();
    let extra: Vec<String> = rows.iter().flat_map(|(_, e)| e.extra_columns.iter().cloned()).collect::<BTreeSet<_>>().into_iter().collect();
    let refs: Vec<&DocTables> = rows.iter().map(|(t, _)| t).collect();
    let mut tables = Vec::with_capacity(DOC_TABLES.len() + 1);
    for t in DOC_TABLES {
        tables.push((t, transform::tables::batch_frame(t, &refs, &extra).map_err(|e| Error::table(t, e))?));
    }
    let lists: Vec<(&str, &DocEntities)> = rows.iter().map(|(t, e)| (t.document.doc_id.as_str(), e)).collect();
    tables.push((DOC_ENTITIES, doc_entities_frame(&lists).map_err(|e| Error::table(DOC_ENTITIES, e))?));
    Ok(Extracted { tables })
}

/// The `doc_entities` table: one row per entity of each document
/// (doc_id, entity_id, name, type, aliases, n_mentions).
pub fn doc_entities_frame(docs: &[(&str, &DocEntities)]) -> PolarsResult<DataFrame> {
    let rows = || docs.iter().flat_map(|(id, d)| d.entities.iter().map(move |e| (*id, e)));
    let aliases: Vec<Series> = rows().map(|(_, e)| Series::new(PlSmallStr::EMPTY, e.aliases.clone())).collect();
    DataFrame::new_infer_height(vec![
        Column::new("doc_id".into(), rows().map(|(id, _)| id).collect::<Vec<_>>()),
        Column::new("entity_id".into(), rows().map(|(_, e)| e.entity_id.as_str()).collect::<Vec<_>>()),
        Column::new("name".into(), rows().map(|(_, e)| e.name.as_str()).collect::<Vec<_>>()),
        Column::new("type".into(), rows().map(|(_, e)| e.label.as_str()).collect::<Vec<_>>()),
        Column::new("aliases".into(), aliases.as_slice()).cast(&DataType::List(Box::new(DataType::String)))?,
        Column::new("n_mentions".into(), rows().map(|(_, e)| e.n_mentions as i64).collect::<Vec<_>>()),
    ])
}

/// The corpus-level `entities` table (stable ids, counts, aliases,
/// `canonical_id`) from `doc_entities` rows of any number of batches, in any
/// order: the same rows `newsframe run` writes for the same documents.
pub fn entities_table(doc_entities: &DataFrame) -> Result<DataFrame> {
    let err = |e: PolarsError| Error::table(DOC_ENTITIES, e);
    let sorted = doc_entities.sort(["doc_id", "entity_id"], SortMultipleOptions::default()).map_err(err)?;
    let str_col = |name: &str| -> Result<StringChunked> { Ok(sorted.column(name).map_err(err)?.str().map_err(err)?.clone()) };
    let (doc_ids, ids, names, types) = (str_col("doc_id")?, str_col("entity_id")?, str_col("name")?, str_col("type")?);
    let n_mentions = sorted.column("n_mentions").map_err(err)?.cast(&DataType::Int64).map_err(err)?;
    let n_mentions = n_mentions.i64().map_err(err)?;
    let aliases = sorted.column("aliases").map_err(err)?.list().map_err(err)?.clone();
    let mut index = EntityIndex::default();
    let mut doc = DocEntities::default();
    let mut current: Option<String> = None;
    for i in 0..sorted.height() {
        let row = |c: &StringChunked, what: &str| {
            c.get(i).map(str::to_string).ok_or_else(|| Error::table(DOC_ENTITIES, format!("row {i}: {what} is null")))
        };
        let doc_id = row(&doc_ids, "doc_id")?;
        if current.as_deref() != Some(doc_id.as_str()) {
            index.add(&std::mem::take(&mut doc));
            current = Some(doc_id);
        }
        let ty = row(&types, "type")?;
        let label = *EntityType::ALL
            .iter()
            .find(|t| t.as_str() == ty)
            .ok_or_else(|| Error::table(DOC_ENTITIES, format!("row {i}: unknown entity type {ty:?}")))?;
        let alias_list = match aliases.get_as_series(i) {
            Some(s) => {
                let ca = s.str().map_err(err)?;
                (0..ca.len()).filter_map(|j| ca.get(j).map(str::to_string)).collect()
            }
            None => Vec::new(),
        };
        let n = n_mentions.get(i).ok_or_else(|| Error::table(DOC_ENTITIES, format!("row {i}: n_mentions is null")))?;
        doc.entities.push(DocEntity {
            entity_id: row(&ids, "entity_id")?,
            name: row(&names, "name")?,
            label,
            aliases: alias_list,
            n_mentions: usize::try_from(n).map_err(|e| Error::table(DOC_ENTITIES, format!("row {i}: n_mentions {n}: {e}")))?,
        });
    }
    index.add(&doc);
    transform::tables::entities_frame(&index.rows()).map_err(|e| Error::table("entities", e))
}
