//! Transform stage: resolve mentions into entities with stable ids and build
//! the output tables (spec §5) as polars DataFrames, rows sorted.
//!
//! Input is every document's extraction; nothing here reads files. Entity
//! resolution rules live in [`resolve`]; this module assigns global ids,
//! counts (with polars) and lays out the columns.

pub mod resolve;

use crate::document::Document;
use crate::extract::{EntityType, Extraction};
use crate::sources::Problem;
use anyhow::Result;
use polars::prelude::*;
use resolve::{Resolved, entity_id, resolve_document};
use std::collections::{BTreeMap, BTreeSet};

/// Bumped when a table's columns or their meaning change.
pub const SCHEMA_VERSION: u32 = 2;

/// One document with its content hash and extraction: the transform's input.
pub struct Extracted<'a> {
    pub doc: &'a Document,
    pub sha256: &'a str,
    pub x: &'a Extraction,
}

/// The output tables in writing order, each a name and a frame.
pub struct Tables(pub Vec<(&'static str, DataFrame)>);

impl Tables {
    pub fn get(&self, name: &str) -> Option<&DataFrame> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, df)| df)
    }
}

/// Table names in the order they are written.
pub const TABLES: [&str; 8] = ["documents", "entities", "mentions", "amounts", "dates", "quotes", "relations", "problems"];

/// Stable id of an amount: `DOC#amount-START`.
pub fn amount_id(doc_id: &str, start: usize) -> String {
    format!("{doc_id}#amount-{start}")
}

/// Stable id of a quote: `DOC#quote-START`.
pub fn quote_id(doc_id: &str, start: usize) -> String {
    format!("{doc_id}#quote-{start}")
}

/// A global entity: the id's parts and what documents said of it.
struct Global {
    label: EntityType,
    names: BTreeMap<String, usize>,
    aliases: BTreeSet<String>,
}

/// Entity ids for every document's local entities, merged across documents:
/// same type and name are one entity, and a one-word person name joins the one
/// full name (of any document) that ends with it.
fn assign_ids(docs: &[Resolved]) -> (Vec<Vec<String>>, BTreeMap<String, Global>) {
    let full_by_surname: BTreeMap<String, BTreeSet<String>> = docs
        .iter()
        .flat_map(|d| &d.entities)
        .filter(|e| e.label == EntityType::Person && e.name.split_whitespace().count() > 1)
        .fold(BTreeMap::new(), |mut m, e| {
            let last = e.name.split_whitespace().last().unwrap().to_lowercase();
            m.entry(last).or_insert_with(BTreeSet::new).insert(entity_id(e.label, &e.name));
            m
        });
    let mut globals: BTreeMap<String, Global> = BTreeMap::new();
    let ids = docs
        .iter()
        .map(|doc| {
            doc.entities
                .iter()
                .map(|e| {
                    let own = entity_id(e.label, &e.name);
                    let id = match full_by_surname.get(&e.name.to_lowercase()) {
                        Some(ids) if e.label == EntityType::Person && ids.len() == 1 => ids.first().unwrap().clone(),
                        _ => own,
                    };
                    let g = globals.entry(id.clone()).or_insert_with(|| Global {
                        label: e.label,
                        names: BTreeMap::new(),
                        aliases: BTreeSet::new(),
                    });
                    *g.names.entry(e.name.clone()).or_default() += 1;
                    g.aliases.extend(e.aliases.iter().cloned());
                    id
                })
                .collect()
        })
        .collect();
    (ids, globals)
}

impl Global {
    /// The fullest name (most words), then the most used, then the first in order.
    fn name(&self) -> &str {
        self.names
            .iter()
            .max_by_key(|(n, c)| (n.split_whitespace().count(), **c, std::cmp::Reverse(*n)))
            .map(|(n, _)| n.as_str())
            .unwrap_or("")
    }
}

fn strs(v: Vec<String>) -> Series {
    Series::new(PlSmallStr::EMPTY, v)
}

fn usizes(v: impl IntoIterator<Item = usize>) -> Vec<i64> {
    v.into_iter().map(|x| x as i64).collect()
}

/// Sort a frame's rows by the given columns (stable, so ties keep extraction order).
fn sorted(df: DataFrame, by: &[&str]) -> Result<DataFrame> {
    let by: Vec<PlSmallStr> = by.iter().map(|s| PlSmallStr::from(*s)).collect();
    Ok(df.sort(by, SortMultipleOptions::default().with_maintain_order(true))?)
}

/// Build every output table.
pub fn build(docs: &[Extracted], problems: &[Problem]) -> Result<Tables> {
    let resolved: Vec<_> = docs
        .iter()
        .map(|d| {
            let handles: Vec<(usize, String)> = d.x.quotes.iter().filter_map(|q| Some((q.speaker?, q.handle.clone()?))).collect();
            resolve_document(&d.x.mentions, &handles)
        })
        .collect();
    let (ids, globals) = assign_ids(&resolved);
    // Entity id of mention `m` of document `i`.
    let eid = |i: usize, m: usize| -> String { ids[i][resolved[i].of_mention[m]].clone() };

    let documents = documents_table(docs)?;

    let mentions = mentions_table(docs, &eid, &globals)?;

    // entities: names and aliases from resolution, counts with polars.
    let ent_ids: Vec<String> = globals.keys().cloned().collect();
    let ent_names: Vec<String> = globals.values().map(|g| g.name().to_string()).collect();
    let ent_types: Vec<String> = globals.values().map(|g| g.label.as_str().to_string()).collect();
    let ent_aliases: Vec<Series> = globals.values().map(|g| strs(g.aliases.iter().filter(|a| *a != g.name()).cloned().collect())).collect();
    let names = DataFrame::new_infer_height(vec![
        Column::new("entity_id".into(), ent_ids),
        Column::new("name".into(), ent_names),
        Column::new("type".into(), ent_types),
        Column::new("aliases".into(), ent_aliases.as_slice()),
    ])?;
    let counts = mentions
        .clone()
        .lazy()
        .group_by([col("entity_id")])
        .agg([col("doc_id").n_unique().cast(DataType::Int64).alias("n_docs"), len().cast(DataType::Int64).alias("n_mentions")]);
    let entities = names
        .lazy()
        .join(counts, [col("entity_id")], [col("entity_id")], JoinArgs::new(JoinType::Inner))
        .select([col("entity_id"), col("name"), col("type"), col("n_docs"), col("n_mentions"), col("aliases")])
        .sort(["entity_id"], SortMultipleOptions::default())
        .collect()?;

    let amounts = amounts_table(docs, &eid)?;
    let dates = dates_table(docs)?;
    let quotes = quotes_table(docs, &eid, &globals)?;
    let relations = relations_table(docs, &eid)?;
    let problems = sorted(
        DataFrame::new_infer_height(vec![
            Column::new("path".into(), problems.iter().map(|p| p.path.clone()).collect::<Vec<_>>()),
            Column::new("reason".into(), problems.iter().map(|p| p.reason.clone()).collect::<Vec<_>>()),
        ])?,
        &["path"],
    )?;
    Ok(Tables(vec![
        ("documents", documents),
        ("entities", entities),
        ("mentions", mentions),
        ("amounts", amounts),
        ("dates", dates),
        ("quotes", quotes),
        ("relations", relations),
        ("problems", problems),
    ]))
}

fn documents_table(docs: &[Extracted]) -> Result<DataFrame> {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
    let col_of = |f: &dyn Fn(&Extracted) -> Option<String>| docs.iter().map(f).collect::<Vec<Option<String>>>();
    let days: Vec<Option<i32>> = docs.iter().map(|d| d.x.info.published_date.map(|p| (p - epoch).num_days() as i32)).collect();
    let mut cols = vec![
        Column::new("doc_id".into(), col_of(&|d| Some(d.doc.doc_id.clone()))),
        Column::new("source_path".into(), col_of(&|d| Some(d.doc.source_path.clone()))),
        Column::new("title".into(), col_of(&|d| d.x.info.title.clone())),
        Column::new("publisher".into(), col_of(&|d| d.x.info.publisher.clone())),
        Column::new("published_date".into(), days).cast(&DataType::Date)?,
        Column::new("date_source".into(), col_of(&|d| d.x.info.date_source.clone())),
        Column::new("n_chars".into(), usizes(docs.iter().map(|d| d.x.info.n_chars))),
        Column::new("content_sha256".into(), col_of(&|d| Some(d.sha256.to_string()))),
        Column::new("text".into(), col_of(&|d| Some(d.doc.text.clone()))),
        Column::new("url".into(), col_of(&|d| d.x.info.url.clone())),
        Column::new("author".into(), col_of(&|d| d.doc.meta.author.clone())),
    ];
    // Extra metadata columns are kept, after the standard ones, in name order.
    let extra: BTreeSet<&String> = docs.iter().flat_map(|d| d.doc.meta.extra.keys()).collect();
    for name in extra {
        if cols.iter().all(|c| c.name().as_str() != name) {
            cols.push(Column::new(name.as_str().into(), col_of(&|d| d.doc.meta.extra.get(name).cloned())));
        }
    }
    sorted(DataFrame::new_infer_height(cols)?, &["doc_id"])
}

fn mentions_table(docs: &[Extracted], eid: &dyn Fn(usize, usize) -> String, globals: &BTreeMap<String, Global>) -> Result<DataFrame> {
    let rows: Vec<(usize, usize, &crate::extract::Mention)> =
        docs.iter().enumerate().flat_map(|(i, d)| d.x.mentions.iter().enumerate().map(move |(k, m)| (i, k, m))).collect();
    let ids: Vec<String> = rows.iter().map(|(i, k, _)| eid(*i, *k)).collect();
    // Every mention carries its entity's type (the majority of its mentions).
    let types: Vec<&str> = ids.iter().map(|id| globals[id].label.as_str()).collect();
    let df = DataFrame::new_infer_height(vec![
        Column::new("doc_id".into(), rows.iter().map(|(i, _, _)| docs[*i].doc.doc_id.clone()).collect::<Vec<_>>()),
        Column::new("entity_id".into(), ids),
        Column::new("text".into(), rows.iter().map(|(_, _, m)| m.text.clone()).collect::<Vec<_>>()),
        Column::new("type".into(), types),
        Column::new("start".into(), usizes(rows.iter().map(|(_, _, m)| m.start))),
        Column::new("end".into(), usizes(rows.iter().map(|(_, _, m)| m.end))),
        Column::new("sentence".into(), usizes(rows.iter().map(|(_, _, m)| m.sentence))),
    ])?;
    sorted(df, &["doc_id", "start", "end"])
}

fn amounts_table(docs: &[Extracted], eid: &dyn Fn(usize, usize) -> String) -> Result<DataFrame> {
    let rows: Vec<(usize, &crate::extract::Amount)> =
        docs.iter().enumerate().flat_map(|(i, d)| d.x.amounts.iter().map(move |a| (i, a))).collect();
    let df = DataFrame::new_infer_height(vec![
        Column::new("doc_id".into(), rows.iter().map(|(i, _)| docs[*i].doc.doc_id.clone()).collect::<Vec<_>>()),
        Column::new("amount_id".into(), rows.iter().map(|(i, a)| amount_id(&docs[*i].doc.doc_id, a.start)).collect::<Vec<_>>()),
        Column::new("text".into(), rows.iter().map(|(_, a)| a.text.clone()).collect::<Vec<_>>()),
        Column::new("start".into(), usizes(rows.iter().map(|(_, a)| a.start))),
        Column::new("end".into(), usizes(rows.iter().map(|(_, a)| a.end))),
        Column::new("sentence".into(), usizes(rows.iter().map(|(_, a)| a.sentence))),
        Column::new("kind".into(), rows.iter().map(|(_, a)| a.kind.clone()).collect::<Vec<_>>()),
        Column::new("value".into(), rows.iter().map(|(_, a)| a.value).collect::<Vec<_>>()),
        Column::new("low".into(), rows.iter().map(|(_, a)| a.low).collect::<Vec<_>>()),
        Column::new("high".into(), rows.iter().map(|(_, a)| a.high).collect::<Vec<_>>()),
        Column::new("qualifier".into(), rows.iter().map(|(_, a)| a.qualifier.as_str().to_string()).collect::<Vec<_>>()),
        Column::new("currency".into(), rows.iter().map(|(_, a)| a.currency.clone()).collect::<Vec<_>>()),
        Column::new("unit".into(), rows.iter().map(|(_, a)| a.unit.clone()).collect::<Vec<_>>()),
        Column::new("entity_id".into(), rows.iter().map(|(i, a)| a.owner.map(|m| eid(*i, m))).collect::<Vec<_>>()),
    ])?;
    sorted(df, &["doc_id", "start", "end"])
}

fn dates_table(docs: &[Extracted]) -> Result<DataFrame> {
    let rows: Vec<(usize, &crate::extract::DateMention)> =
        docs.iter().enumerate().flat_map(|(i, d)| d.x.dates.iter().map(move |a| (i, a))).collect();
    let df = DataFrame::new_infer_height(vec![
        Column::new("doc_id".into(), rows.iter().map(|(i, _)| docs[*i].doc.doc_id.clone()).collect::<Vec<_>>()),
        Column::new("text".into(), rows.iter().map(|(_, r)| r.text.clone()).collect::<Vec<_>>()),
        Column::new("start".into(), usizes(rows.iter().map(|(_, r)| r.start))),
        Column::new("end".into(), usizes(rows.iter().map(|(_, r)| r.end))),
        Column::new("sentence".into(), usizes(rows.iter().map(|(_, r)| r.sentence))),
        Column::new("value".into(), rows.iter().map(|(_, r)| r.value.clone()).collect::<Vec<_>>()),
        Column::new("granularity".into(), rows.iter().map(|(_, r)| r.granularity.clone()).collect::<Vec<_>>()),
        Column::new("relative".into(), rows.iter().map(|(_, r)| r.relative).collect::<Vec<_>>()),
    ])?;
    sorted(df, &["doc_id", "start", "end"])
}

fn quotes_table(docs: &[Extracted], eid: &dyn Fn(usize, usize) -> String, globals: &BTreeMap<String, Global>) -> Result<DataFrame> {
    let rows: Vec<(usize, &crate::extract::Quote)> =
        docs.iter().enumerate().flat_map(|(i, d)| d.x.quotes.iter().map(move |a| (i, a))).collect();
    let speaker_id: Vec<Option<String>> = rows.iter().map(|(i, q)| q.speaker.map(|m| eid(*i, m))).collect();
    let df = DataFrame::new_infer_height(vec![
        Column::new("doc_id".into(), rows.iter().map(|(i, _)| docs[*i].doc.doc_id.clone()).collect::<Vec<_>>()),
        Column::new("quote_id".into(), rows.iter().map(|(i, q)| quote_id(&docs[*i].doc.doc_id, q.start)).collect::<Vec<_>>()),
        Column::new("text".into(), rows.iter().map(|(_, q)| q.text.clone()).collect::<Vec<_>>()),
        Column::new("start".into(), usizes(rows.iter().map(|(_, q)| q.start))),
        Column::new("end".into(), usizes(rows.iter().map(|(_, q)| q.end))),
        Column::new("speaker".into(), speaker_id.iter().map(|id| id.as_ref().map(|id| globals[id].name().to_string())).collect::<Vec<_>>()),
        Column::new("speaker_entity_id".into(), speaker_id.clone()),
        Column::new("verb".into(), rows.iter().map(|(_, q)| q.verb.clone()).collect::<Vec<_>>()),
        Column::new("channel".into(), rows.iter().map(|(_, q)| q.channel.clone()).collect::<Vec<_>>()),
        Column::new("handle".into(), rows.iter().map(|(_, q)| q.handle.clone()).collect::<Vec<_>>()),
        Column::new("posted_at".into(), rows.iter().map(|(_, q)| q.posted_at.clone()).collect::<Vec<_>>()),
        Column::new("sentence".into(), usizes(rows.iter().map(|(_, q)| q.sentence))),
    ])?;
    sorted(df, &["doc_id", "start", "end"])
}

fn relations_table(docs: &[Extracted], eid: &dyn Fn(usize, usize) -> String) -> Result<DataFrame> {
    let rows: Vec<(usize, &crate::extract::Relation)> =
        docs.iter().enumerate().flat_map(|(i, d)| d.x.relations.iter().map(move |a| (i, a))).collect();
    let df = DataFrame::new_infer_height(vec![
        Column::new("doc_id".into(), rows.iter().map(|(i, _)| docs[*i].doc.doc_id.clone()).collect::<Vec<_>>()),
        Column::new("subject_id".into(), rows.iter().map(|(i, r)| eid(*i, r.subject)).collect::<Vec<_>>()),
        Column::new("predicate".into(), rows.iter().map(|(_, r)| r.predicate.clone()).collect::<Vec<_>>()),
        Column::new("object_id".into(), rows.iter().map(|(i, r)| r.object.map(|m| eid(*i, m))).collect::<Vec<_>>()),
        Column::new(
            "amount_id".into(),
            rows.iter()
                .map(|(i, r)| r.amount.and_then(|k| docs[*i].x.amounts.get(k)).map(|a| amount_id(&docs[*i].doc.doc_id, a.start)))
                .collect::<Vec<_>>(),
        ),
        Column::new("date".into(), rows.iter().map(|(_, r)| r.date.clone()).collect::<Vec<_>>()),
        Column::new("evidence".into(), rows.iter().map(|(_, r)| r.evidence.clone()).collect::<Vec<_>>()),
        Column::new("start".into(), usizes(rows.iter().map(|(_, r)| r.start))),
        Column::new("end".into(), usizes(rows.iter().map(|(_, r)| r.end))),
        Column::new("detail".into(), rows.iter().map(|(_, r)| r.detail.clone()).collect::<Vec<_>>()),
    ])?;
    sorted(df, &["doc_id", "start", "predicate", "subject_id", "object_id"])
}
