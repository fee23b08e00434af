//! The data dictionary written beside the tables: `datapackage.json`, a
//! Frictionless Data Package (Table Schema) giving each table's columns
//! with their types and a one-line description, primary keys and foreign
//! keys (mentions -> entities, relations -> amounts, ...). Tools such as
//! `frictionless validate` check the tables against it; `newsframe schema`
//! prints it.

use super::Format;
use polars::prelude::{DataType, Schema};
use serde_json::{Value, json};

/// One line per column: what it holds (docs/OUTPUT.md has the full rules).
const FIELDS: &[(&str, &str, &str)] = &[
    ("documents", "doc_id", "Document id: the file's path under the input folder, FILE#KEY for a record."),
    ("documents", "source_path", "The input file the document came from, relative to the input folder."),
    ("documents", "title", "Title from metadata.csv, the record, the page's metadata or the text."),
    ("documents", "publisher", "Publisher or site name."),
    ("documents", "published_date", "Publication date."),
    ("documents", "date_source", "Where published_date came from: metadata, html, warc, social_post, dateline or text."),
    ("documents", "n_chars", "Length of text in Unicode code points."),
    ("documents", "content_sha256", "SHA-256 of text (UTF-8), hex."),
    ("documents", "text", "The document's text, which every offset indexes (code points)."),
    ("documents", "url", "The article's URL."),
    ("documents", "author", "Byline from the page, the record or metadata.csv."),
    (
        "documents",
        "language",
        "ISO 639-1 code of the text's language (metadata.csv's, else detected); only English documents have rows in the other tables.",
    ),
    ("entities", "entity_id", "Stable, readable entity id (person/sam-altman)."),
    ("entities", "name", "The entity's fullest name."),
    ("entities", "type", "PERSON, ORG, LOC or MISC."),
    ("entities", "n_docs", "Documents naming the entity."),
    ("entities", "n_mentions", "Mentions of the entity."),
    ("entities", "aliases", "Other names and social handles of the entity (|-joined in CSV)."),
    ("entities", "canonical_id", "The entity this one was merged into across documents (its own id if none)."),
    ("mentions", "doc_id", "The document."),
    ("mentions", "entity_id", "The entity mentioned."),
    ("mentions", "text", "The mention's text: documents.text from start to end."),
    ("mentions", "type", "PERSON, ORG, LOC or MISC."),
    ("mentions", "start", "First code point of the mention (inclusive)."),
    ("mentions", "end", "End of the mention (exclusive)."),
    ("mentions", "sentence", "0-based sentence index in the document."),
    ("amounts", "doc_id", "The document."),
    ("amounts", "amount_id", "DOC#amount-START."),
    ("amounts", "text", "The amount's text: the number with its currency and scale words."),
    ("amounts", "start", "First code point (inclusive)."),
    ("amounts", "end", "End (exclusive)."),
    ("amounts", "sentence", "0-based sentence index."),
    ("amounts", "kind", "money, percent, count, or another kind of number (quantity, duration, ...)."),
    ("amounts", "value", "Value in base units (5e11 for \"$500 billion\")."),
    ("amounts", "low", "Lower bound, by qualifier (exact, over, at_least, range)."),
    ("amounts", "high", "Upper bound, by qualifier (exact, under, at_most, range)."),
    ("amounts", "qualifier", "exact, approx, over, under, at_least, at_most or range."),
    ("amounts", "currency", "ISO 4217 currency code of a money amount."),
    ("amounts", "unit", "The counted noun of a count (jobs, companies)."),
    ("amounts", "entity_id", "The entity the amount belongs to, when the text says."),
    ("dates", "doc_id", "The document."),
    ("dates", "text", "The date's words."),
    ("dates", "start", "First code point (inclusive)."),
    ("dates", "end", "End (exclusive)."),
    ("dates", "sentence", "0-based sentence index."),
    ("dates", "value", "ISO 8601 value at its own granularity (2025-01-22, 2025-W04, 2024-06, 2019-Q3, 2015, 2022/2023)."),
    ("dates", "granularity", "day, week, month, quarter or year."),
    ("dates", "relative", "True when resolved against the document date (\"Wednesday\", \"last year\")."),
    ("dates", "date_start", "First day of the interval value denotes."),
    ("dates", "date_end", "Last day of the interval value denotes (inclusive)."),
    ("quotes", "doc_id", "The document."),
    ("quotes", "quote_id", "DOC#quote-START."),
    ("quotes", "text", "The quoted words."),
    ("quotes", "start", "First code point of the quote (inclusive)."),
    ("quotes", "end", "End (exclusive)."),
    ("quotes", "speaker", "The speaker's name."),
    ("quotes", "speaker_entity_id", "The speaker's entity."),
    ("quotes", "verb", "The reporting verb (said, told, wrote)."),
    ("quotes", "channel", "prose, or social for an embedded post."),
    ("quotes", "handle", "The handle of an embedded post's author."),
    ("quotes", "posted_at", "The date of an embedded post."),
    ("quotes", "sentence", "0-based sentence index."),
    ("relations", "doc_id", "The document."),
    ("relations", "subject_id", "The subject entity."),
    ("relations", "predicate", "What the relation says (role, pays, invests_in, ...)."),
    ("relations", "object_id", "The object entity."),
    ("relations", "amount_id", "The amount involved."),
    ("relations", "date", "ISO 8601 date of the event, at its granularity (as dates.value)."),
    ("relations", "evidence", "The sentence that states the relation."),
    ("relations", "start", "First code point of the evidence (inclusive)."),
    ("relations", "end", "End of the evidence (exclusive)."),
    ("relations", "detail", "The role's title, the payment's verb."),
    ("relations", "date_start", "First day of the interval date denotes."),
    ("relations", "date_end", "Last day of the interval date denotes (inclusive)."),
    ("problems", "path", "The input file or record (FILE#RECORD) that was skipped, or metadata.csv row."),
    ("problems", "reason", "Why."),
];

/// One line on each table.
const TABLE_DESCRIPTIONS: &[(&str, &str)] = &[
    ("documents", "One row per document, with its metadata and full text."),
    ("entities", "One row per entity across the corpus."),
    ("mentions", "Every mention of a named entity."),
    ("amounts", "Amounts of money, percentages, counts and other numbers."),
    ("dates", "Calendar dates, normalised to ISO 8601."),
    ("quotes", "Direct quotes with their speakers."),
    ("relations", "Relations between entities, amounts and dates, with evidence."),
    ("problems", "Input files and records that could not be read, and why."),
];

/// Primary keys.
const PRIMARY_KEYS: &[(&str, &[&str])] = &[
    ("documents", &["doc_id"]),
    ("entities", &["entity_id"]),
    ("mentions", &["doc_id", "start", "end"]),
    ("amounts", &["amount_id"]),
    ("dates", &["doc_id", "start", "end"]),
    ("quotes", &["quote_id"]),
];

/// Foreign keys: (table, column, referenced table, referenced column).
const FOREIGN_KEYS: &[(&str, &str, &str, &str)] = &[
    ("entities", "canonical_id", "entities", "entity_id"),
    ("mentions", "doc_id", "documents", "doc_id"),
    ("mentions", "entity_id", "entities", "entity_id"),
    ("amounts", "doc_id", "documents", "doc_id"),
    ("amounts", "entity_id", "entities", "entity_id"),
    ("dates", "doc_id", "documents", "doc_id"),
    ("quotes", "doc_id", "documents", "doc_id"),
    ("quotes", "speaker_entity_id", "entities", "entity_id"),
    ("relations", "doc_id", "documents", "doc_id"),
    ("relations", "subject_id", "entities", "entity_id"),
    ("relations", "object_id", "entities", "entity_id"),
    ("relations", "amount_id", "amounts", "amount_id"),
];

/// The description of a column; extra metadata.csv columns of `documents` get a generic one.
pub fn describe(table: &str, column: &str) -> Option<&'static str> {
    FIELDS
        .iter()
        .find(|(t, c, _)| *t == table && *c == column)
        .map(|(_, _, d)| *d)
        .or_else(|| (table == "documents").then_some("Extra column from metadata.csv or the record."))
}

/// The Table Schema type of a column, in a resource of `format` (lists are `|`-joined strings in CSV).
fn field_type(dt: &DataType, format: Format) -> &'static str {
    match dt {
        DataType::String => "string",
        DataType::Boolean => "boolean",
        DataType::Date => "date",
        DataType::Float32 | DataType::Float64 => "number",
        DataType::List(_) if matches!(format, Format::Csv | Format::Xlsx) => "string",
        DataType::List(_) => "array",
        dt if dt.is_integer() => "integer",
        _ => "any",
    }
}

/// The Data Package for tables with these schemas, written in `formats`:
/// one resource per table, pointing at its first format's file (CSV when
/// written), with every file of the table listed under `newsframe:files`.
pub fn datapackage(schemas: &[(&str, Schema)], formats: &[Format]) -> Value {
    let main = formats.first().copied().unwrap_or(Format::Csv);
    let resources: Vec<Value> = schemas
        .iter()
        .map(|(t, schema)| {
            let fields: Vec<Value> = schema
                .iter()
                .map(|(name, dt)| {
                    let mut f = json!({"name": name.as_str(), "type": field_type(dt, main)});
                    if let Some(d) = describe(t, name.as_str()) {
                        f["description"] = d.into();
                    }
                    if matches!(dt, DataType::List(_)) && matches!(main, Format::Csv | Format::Xlsx) {
                        f["newsframe:list_separator"] = "|".into();
                    }
                    f
                })
                .collect();
            let mut ts = json!({"fields": fields, "missingValues": [""]});
            if let Some((_, pk)) = PRIMARY_KEYS.iter().find(|(n, _)| n == t) {
                ts["primaryKey"] = json!(pk);
            }
            let fks: Vec<Value> = FOREIGN_KEYS
                .iter()
                .filter(|(n, c, rt, _)| n == t && schemas.iter().any(|(x, _)| x == rt) && schema.contains(c))
                .map(|(_, c, rt, rc)| {
                    // Frictionless names the resource itself with "".
                    let resource = if rt == t { "" } else { *rt };
                    json!({"fields": c, "reference": {"resource": resource, "fields": rc}})
                })
                .collect();
            if !fks.is_empty() {
                ts["foreignKeys"] = Value::Array(fks);
            }
            let mut r = json!({
                "name": t,
                "path": main.file_for(t),
                "format": main.extension(),
                "description": TABLE_DESCRIPTIONS.iter().find(|(n, _)| n == t).map_or("", |(_, d)| *d),
                "schema": ts,
                "newsframe:files": formats.iter().map(|f| f.file_for(t)).collect::<Vec<_>>(),
            });
            match main {
                Format::Csv => {
                    r["mediatype"] = "text/csv".into();
                    r["encoding"] = "utf-8".into();
                }
                Format::Xlsx => r["dialect"] = json!({"sheet": t}),
                _ => {}
            }
            r
        })
        .collect();
    json!({
        "name": "newsframe-tables",
        "title": "newsframe tables",
        "description": "Entities, amounts, dates, quotes and relations extracted from news articles by newsframe; offsets are Unicode code point offsets into documents.text.",
        "newsframe:version": env!("CARGO_PKG_VERSION"),
        "newsframe:schema_version": crate::transform::SCHEMA_VERSION,
        "resources": resources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transform::tables::schemas;

    #[test]
    fn every_column_of_every_table_is_described_and_typed() {
        let s = schemas(&["desk".to_string()]).unwrap();
        let p = datapackage(&s, &[Format::Csv, Format::Parquet]);
        let resources = p["resources"].as_array().unwrap();
        assert_eq!(resources.len(), crate::transform::TABLES.len());
        for r in resources {
            for f in r["schema"]["fields"].as_array().unwrap() {
                assert!(f["description"].is_string(), "{} {} has no description", r["name"], f["name"]);
                assert_ne!(f["type"], "any", "{} {}", r["name"], f["name"]);
            }
            assert_eq!(r["path"], format!("{}.csv", r["name"].as_str().unwrap()));
        }
        let dates = resources.iter().find(|r| r["name"] == "dates").unwrap();
        let types: Vec<(&str, &str)> = dates["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["name"].as_str().unwrap(), f["type"].as_str().unwrap()))
            .collect();
        assert!(
            types.contains(&("date_start", "date")) && types.contains(&("start", "integer")) && types.contains(&("relative", "boolean"))
        );
        let rel = resources.iter().find(|r| r["name"] == "relations").unwrap();
        assert!(rel["schema"]["foreignKeys"].as_array().unwrap().iter().any(|k| k["reference"]["resource"] == "amounts"));
        let ent = resources.iter().find(|r| r["name"] == "entities").unwrap();
        let aliases = ent["schema"]["fields"].as_array().unwrap().iter().find(|f| f["name"] == "aliases").unwrap();
        assert_eq!(aliases["type"], "string", "lists are |-joined strings in CSV");
        // Parquet first: lists are arrays.
        let pq = datapackage(&s, &[Format::Parquet]);
        let ent = pq["resources"].as_array().unwrap().iter().find(|r| r["name"] == "entities").unwrap();
        assert!(ent["schema"]["fields"].as_array().unwrap().iter().any(|f| f["name"] == "aliases" && f["type"] == "array"));
    }

    #[test]
    fn keys_name_existing_columns() {
        let s = schemas(&[]).unwrap();
        let has = |t: &str, c: &str| s.iter().any(|(n, sc)| *n == t && sc.contains(c));
        for (t, pk) in PRIMARY_KEYS {
            assert!(pk.iter().all(|c| has(t, c)), "{t}");
        }
        for (t, c, rt, rc) in FOREIGN_KEYS {
            assert!(has(t, c) && has(rt, rc), "{t}.{c} -> {rt}.{rc}");
        }
    }
}
