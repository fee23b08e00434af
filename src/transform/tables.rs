//! The output tables as polars DataFrames: their columns and types, built
//! from batches of documents' rows (so the writers can stream), from the
//! entity index, and from the list of problems.

use super::doc::DocTables;
use super::entities::EntityRow;
use crate::sources::Problem;
use chrono::NaiveDate;
use polars::prelude::*;

/// Table names in the order they are written.
pub const TABLES: [&str; 8] = ["documents", "entities", "mentions", "amounts", "dates", "quotes", "relations", "problems"];

/// The tables built from documents' rows, in writing order.
pub const DOC_TABLES: [&str; 6] = ["documents", "mentions", "amounts", "dates", "quotes", "relations"];

fn s<T: Into<Option<String>>>(v: impl IntoIterator<Item = T>) -> Vec<Option<String>> {
    v.into_iter().map(Into::into).collect()
}

fn ints(v: impl IntoIterator<Item = usize>) -> Vec<i64> {
    v.into_iter().map(|x| x as i64).collect()
}

fn days(d: Option<NaiveDate>) -> Option<i32> {
    d.map(|d| (d - NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date")).num_days() as i32)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` string (a post's date); other strings are null.
fn day_of(s: &Option<String>) -> Option<i32> {
    days(s.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()))
}

/// `date_start` and `date_end` columns (DATE) for ISO values at any granularity.
fn interval_cols<'a>(values: impl Iterator<Item = Option<&'a str>>) -> PolarsResult<[Column; 2]> {
    let (starts, ends): (Vec<Option<i32>>, Vec<Option<i32>>) =
        values.map(|v| v.and_then(super::interval::interval).map_or((None, None), |(a, b)| (days(Some(a)), days(Some(b))))).unzip();
    Ok([col("date_start", starts).cast(&DataType::Date)?, col("date_end", ends).cast(&DataType::Date)?])
}

fn col<T, P: ?Sized>(name: &str, v: T) -> Column
where
    Series: NamedFrom<T, P>,
{
    Column::new(name.into(), v)
}

/// One table's frame for a batch of documents; `extra_columns` are the
/// corpus's extra metadata columns (the documents table has them all, in
/// name order, after the standard ones).
pub fn batch_frame(table: &str, docs: &[&DocTables], extra_columns: &[String]) -> PolarsResult<DataFrame> {
    // The doc_id of every row of a per-document table.
    let ids = |n: &dyn Fn(&DocTables) -> usize| -> Vec<&str> {
        docs.iter().flat_map(|d| std::iter::repeat_n(d.document.doc_id.as_str(), n(d))).collect()
    };
    let cols = match table {
        "documents" => {
            let d = || docs.iter().map(|d| &d.document);
            let mut cols = vec![
                col("doc_id", d().map(|r| r.doc_id.as_str()).collect::<Vec<_>>()),
                col("source_path", d().map(|r| r.source_path.as_str()).collect::<Vec<_>>()),
                col("title", s(d().map(|r| r.title.clone()))),
                col("publisher", s(d().map(|r| r.publisher.clone()))),
                col("published_date", d().map(|r| days(r.published_date)).collect::<Vec<_>>()).cast(&DataType::Date)?,
                col("date_source", d().map(|r| r.date_source.map(|x| x.as_str())).collect::<Vec<_>>()),
                col("n_chars", ints(d().map(|r| r.n_chars))),
                col("content_sha256", d().map(|r| r.content_sha256.as_str()).collect::<Vec<_>>()),
                col("text", d().map(|r| r.text.as_str()).collect::<Vec<_>>()),
                col("url", s(d().map(|r| r.url.clone()))),
                col("author", s(d().map(|r| r.author.clone()))),
                col("language", d().map(|r| r.language.as_str()).collect::<Vec<_>>()),
            ];
            for name in extra_columns {
                if cols.iter().all(|c| c.name().as_str() != name) {
                    cols.push(col(name, s(d().map(|r| r.extra.get(name).cloned()))));
                }
            }
            cols
        }
        "mentions" => {
            let r = || docs.iter().flat_map(|d| &d.mentions);
            vec![
                col("doc_id", ids(&|d| d.mentions.len())),
                col("entity_id", r().map(|m| m.entity_id.as_str()).collect::<Vec<_>>()),
                col("text", r().map(|m| m.text.as_str()).collect::<Vec<_>>()),
                col("type", r().map(|m| m.label.as_str()).collect::<Vec<_>>()),
                col("start", ints(r().map(|m| m.start))),
                col("end", ints(r().map(|m| m.end))),
                col("sentence", ints(r().map(|m| m.sentence))),
            ]
        }
        "amounts" => {
            let r = || docs.iter().flat_map(|d| &d.amounts);
            vec![
                col("doc_id", ids(&|d| d.amounts.len())),
                col("amount_id", r().map(|a| a.amount_id.as_str()).collect::<Vec<_>>()),
                col("text", r().map(|a| a.text.as_str()).collect::<Vec<_>>()),
                col("start", ints(r().map(|a| a.start))),
                col("end", ints(r().map(|a| a.end))),
                col("sentence", ints(r().map(|a| a.sentence))),
                col("kind", r().map(|a| a.kind.as_str()).collect::<Vec<_>>()),
                col("value", r().map(|a| a.value).collect::<Vec<_>>()),
                col("low", r().map(|a| a.low).collect::<Vec<_>>()),
                col("high", r().map(|a| a.high).collect::<Vec<_>>()),
                col("qualifier", r().map(|a| a.qualifier.as_str()).collect::<Vec<_>>()),
                col("currency", s(r().map(|a| a.currency.clone()))),
                col("unit", s(r().map(|a| a.unit.clone()))),
                col("entity_id", s(r().map(|a| a.entity_id.clone()))),
            ]
        }
        "dates" => {
            let r = || docs.iter().flat_map(|d| &d.dates);
            let [start, end] = interval_cols(r().map(|x| Some(x.value.as_str())))?;
            vec![
                col("doc_id", ids(&|d| d.dates.len())),
                col("text", r().map(|x| x.text.as_str()).collect::<Vec<_>>()),
                col("start", ints(r().map(|x| x.start))),
                col("end", ints(r().map(|x| x.end))),
                col("sentence", ints(r().map(|x| x.sentence))),
                col("value", r().map(|x| x.value.as_str()).collect::<Vec<_>>()),
                col("granularity", r().map(|x| x.granularity.as_str()).collect::<Vec<_>>()),
                col("relative", r().map(|x| x.relative).collect::<Vec<_>>()),
                start,
                end,
            ]
        }
        "quotes" => {
            let r = || docs.iter().flat_map(|d| &d.quotes);
            vec![
                col("doc_id", ids(&|d| d.quotes.len())),
                col("quote_id", r().map(|q| q.quote_id.as_str()).collect::<Vec<_>>()),
                col("text", r().map(|q| q.text.as_str()).collect::<Vec<_>>()),
                col("start", ints(r().map(|q| q.start))),
                col("end", ints(r().map(|q| q.end))),
                col("speaker", s(r().map(|q| q.speaker.clone()))),
                col("speaker_entity_id", s(r().map(|q| q.speaker_entity_id.clone()))),
                col("verb", s(r().map(|q| q.verb.clone()))),
                col("channel", r().map(|q| q.channel.as_str()).collect::<Vec<_>>()),
                col("handle", s(r().map(|q| q.handle.clone()))),
                col("posted_at", r().map(|q| day_of(&q.posted_at)).collect::<Vec<_>>()).cast(&DataType::Date)?,
                col("sentence", ints(r().map(|q| q.sentence))),
            ]
        }
        "relations" => {
            let r = || docs.iter().flat_map(|d| &d.relations);
            let [start, end] = interval_cols(r().map(|x| x.date.as_deref()))?;
            vec![
                col("doc_id", ids(&|d| d.relations.len())),
                col("subject_id", r().map(|x| x.subject_id.as_str()).collect::<Vec<_>>()),
                col("predicate", r().map(|x| x.predicate.as_str()).collect::<Vec<_>>()),
                col("object_id", s(r().map(|x| x.object_id.clone()))),
                col("amount_id", s(r().map(|x| x.amount_id.clone()))),
                col("date", s(r().map(|x| x.date.clone()))),
                col("evidence", r().map(|x| x.evidence.as_str()).collect::<Vec<_>>()),
                col("start", ints(r().map(|x| x.start))),
                col("end", ints(r().map(|x| x.end))),
                col("detail", s(r().map(|x| x.detail.clone()))),
                start,
                end,
            ]
        }
        other => polars_bail!(InvalidOperation: "{other} is not a per-document table"),
    };
    DataFrame::new_infer_height(cols)
}

/// The `entities` table.
pub fn entities_frame(rows: &[EntityRow]) -> PolarsResult<DataFrame> {
    let aliases: Vec<Series> = rows.iter().map(|r| Series::new(PlSmallStr::EMPTY, r.aliases.clone())).collect();
    DataFrame::new_infer_height(vec![
        col("entity_id", rows.iter().map(|r| r.entity_id.as_str()).collect::<Vec<_>>()),
        col("name", rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>()),
        col("type", rows.iter().map(|r| r.label.as_str()).collect::<Vec<_>>()),
        col("n_docs", ints(rows.iter().map(|r| r.n_docs))),
        col("n_mentions", ints(rows.iter().map(|r| r.n_mentions))),
        Column::new("aliases".into(), aliases.as_slice()).cast(&DataType::List(Box::new(DataType::String)))?,
        col("canonical_id", rows.iter().map(|r| r.canonical_id.as_str()).collect::<Vec<_>>()),
    ])
}

/// The `problems` table: the input files that were skipped, and why.
pub fn problems_frame(problems: &[Problem]) -> PolarsResult<DataFrame> {
    let mut p: Vec<&Problem> = problems.iter().collect();
    p.sort_by(|a, b| a.path.cmp(&b.path));
    DataFrame::new_infer_height(vec![
        col("path", p.iter().map(|x| x.path.as_str()).collect::<Vec<_>>()),
        col("reason", p.iter().map(|x| x.reason.as_str()).collect::<Vec<_>>()),
    ])
}

/// Every table's schema (columns and types), in [`TABLES`] order, with the
/// corpus's extra metadata columns in `documents`.
pub fn schemas(extra_columns: &[String]) -> PolarsResult<Vec<(&'static str, Schema)>> {
    TABLES
        .iter()
        .map(|&t| {
            let df = match t {
                "entities" => entities_frame(&[])?,
                "problems" => problems_frame(&[])?,
                _ => batch_frame(t, &[], extra_columns)?,
            };
            Ok((t, df.schema().as_ref().clone()))
        })
        .collect()
}
