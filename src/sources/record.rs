//! One record of a JSON Lines, CSV or Parquet file as a document: its text,
//! id and metadata from the fields named in [`FieldNames`].
//!
//! A text field holding HTML (it starts with `<` and has tags) goes through
//! the HTML reader; the record's own fields then win over the page's.

use super::{FieldNames, Problem, SourceItem, html, too_large};
use crate::document::{DateSource, Document, Metadata};
use std::collections::HashSet;
use std::path::PathBuf;

/// The file a record comes from.
#[derive(Debug, Clone)]
pub struct FileRef {
    /// The file's doc_id (path relative to the input folder).
    pub id: String,
    /// The path as given, for the documents table.
    pub source_path: String,
    pub path: PathBuf,
}

impl FileRef {
    /// A problem with the whole file.
    pub fn problem(&self, reason: impl Into<String>) -> SourceItem {
        SourceItem::Problem(Problem { path: self.id.clone(), reason: reason.into() })
    }

    /// The whole file as one document with no metadata of its own.
    pub fn document(&self, text: String) -> SourceItem {
        SourceItem::Document(Document { doc_id: self.id.clone(), source_path: self.source_path.clone(), text, meta: Metadata::default() })
    }
}

/// A record's scalar fields, as name and text, in the record's order.
pub type Fields = Vec<(String, String)>;

/// The value of the first of `names` present and non-blank: exact name first, then any case.
fn field<'a>(fields: &'a Fields, names: &[String]) -> Option<(&'a str, &'a str)> {
    let exact = names.iter().find_map(|n| fields.iter().find(|(k, v)| k == n && !v.trim().is_empty()));
    exact
        .or_else(|| names.iter().find_map(|n| fields.iter().find(|(k, v)| k.eq_ignore_ascii_case(n) && !v.trim().is_empty())))
        .map(|(k, v)| (k.as_str(), v.as_str()))
}

/// Does this text look like HTML markup rather than prose?
pub fn looks_like_html(s: &str) -> bool {
    let t = s.trim_start();
    t.starts_with('<') && (t.contains("</") || t.contains("/>")) && t[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '!')
}

/// A date field's value as ISO `YYYY-MM-DD`: any date form [`super::page_meta::iso_date`]
/// reads, or Unix seconds or milliseconds; `None` when it reads as no date.
pub fn record_date(v: &str) -> Option<String> {
    let v = v.trim();
    if let Ok(n) = v.parse::<f64>()
        && v.len() >= 9
    {
        let secs = if n.abs() >= 1e11 { n / 1000.0 } else { n };
        return chrono::DateTime::from_timestamp(secs as i64, 0).map(|d| d.date_naive().to_string());
    }
    super::page_meta::iso_date(v)
}

/// Ids already given in one file, to report a repeated id instead of overwriting.
#[derive(Default)]
pub struct SeenIds(HashSet<String>);

/// Turn one record into a document, or a problem named `FILE#KEY`.
/// `number` is its 1-based line or row number, the key when no id field is set.
pub fn to_item(file: &FileRef, number: usize, fields: &Fields, names: &FieldNames, limit: usize, seen: &mut SeenIds) -> SourceItem {
    let key = field(fields, &names.id).map_or_else(|| number.to_string(), |(_, v)| v.trim().to_string());
    let doc_id = format!("{}#{key}", file.id);
    if !seen.0.insert(doc_id.clone()) {
        return SourceItem::Problem(Problem {
            path: format!("{}#{number}", file.id),
            reason: format!("id {key} repeats an earlier record's id; skipped"),
        });
    }
    match to_document(doc_id.clone(), &file.source_path, fields, names, limit) {
        Ok(d) => SourceItem::Document(d),
        Err(reason) => SourceItem::Problem(Problem { path: doc_id, reason }),
    }
}

/// A record's fields as the document `doc_id`: its text (through the HTML
/// reader when it is markup), title, url, date, author and publisher. Shared
/// by the file readers and the in-memory API ([`crate::api`]) so both read a
/// record the same way; `Err` is the reason it is not a document.
pub fn to_document(doc_id: String, source_path: &str, fields: &Fields, names: &FieldNames, limit: usize) -> Result<Document, String> {
    let Some((text_name, raw)) = field(fields, &names.text) else {
        let has_any = names.text.iter().any(|n| fields.iter().any(|(k, _)| k.eq_ignore_ascii_case(n)));
        return Err(if has_any { "empty text field".into() } else { format!("no text field (looked for {})", names.text.join(", ")) });
    };
    if raw.len() > limit {
        return Err(too_large(limit));
    }
    let url = field(fields, &names.url).map(|(_, v)| v.trim().to_string());
    let (text, mut meta) = if looks_like_html(raw) {
        let page = html::extract(raw, url.as_deref());
        if page.text.trim().is_empty() {
            return Err(format!("no extractable text in the HTML of field {text_name}"));
        }
        (page.text, super::text::page_metadata(page.meta))
    } else {
        (raw.to_string(), Metadata::default())
    };
    if let Some((_, t)) = field(fields, &names.title) {
        meta.title = Some(t.trim().to_string());
    }
    if url.is_some() {
        meta.url = url;
    }
    if let Some((_, d)) = field(fields, &names.date) {
        meta.published_date = Some(record_date(d).unwrap_or_else(|| d.trim().to_string()));
        meta.date_source = Some(DateSource::Metadata);
    }
    let by = |names: &[&str]| field(fields, &names.iter().map(|s| s.to_string()).collect::<Vec<_>>()).map(|(_, v)| v.trim().to_string());
    if let Some(a) = by(&["author", "authors", "byline"]) {
        meta.author = Some(a);
    }
    if let Some(p) = by(&["publisher", "source", "site_name"]) {
        meta.publisher = Some(p);
    }
    Ok(Document { doc_id, source_path: source_path.to_string(), text, meta })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn file() -> FileRef {
        FileRef { id: "d/a.jsonl".into(), source_path: "in/d/a.jsonl".into(), path: "in/d/a.jsonl".into() }
    }

    #[test]
    fn fields_by_preference_and_case() {
        let f = fields(&[("Content", "second"), ("body", " "), ("TEXT", "first")]);
        let names = FieldNames::default();
        assert_eq!(field(&f, &names.text), Some(("TEXT", "first")), "text before content, any case, blanks skipped");
        assert_eq!(record_date("1700000000").as_deref(), Some("2023-11-14"));
        assert_eq!(record_date("1700000000000").as_deref(), Some("2023-11-14"));
        assert_eq!(record_date("2024-02-29T23:00:00Z").as_deref(), Some("2024-02-29"));
        assert_eq!(record_date("soon"), None);
        assert!(looks_like_html("<p>Hi</p>") && looks_like_html("<!DOCTYPE html><html></html>"));
        assert!(!looks_like_html("<3 this is prose") && !looks_like_html("a <b>c</b>"));
    }

    #[test]
    fn record_to_document_and_problems() {
        let names = FieldNames::default();
        let mut seen = SeenIds::default();
        let rec = fields(&[("id", "x1"), ("text", "Body text."), ("title", "T"), ("date", "2024-05-06"), ("author", "Ann")]);
        let SourceItem::Document(d) = to_item(&file(), 3, &rec, &names, 1000, &mut seen) else { panic!("not a document") };
        assert_eq!(d.doc_id, "d/a.jsonl#x1");
        assert_eq!((d.text.as_str(), d.meta.title.as_deref(), d.meta.author.as_deref()), ("Body text.", Some("T"), Some("Ann")));
        assert_eq!(d.meta.published_date.as_deref(), Some("2024-05-06"));
        assert_eq!(d.meta.date_source, Some(DateSource::Metadata));

        let no_id = fields(&[("text", "Other.")]);
        let SourceItem::Document(d) = to_item(&file(), 4, &no_id, &names, 1000, &mut seen) else { panic!() };
        assert_eq!(d.doc_id, "d/a.jsonl#4", "the line number is the key without an id");

        let empty = fields(&[("id", "x2"), ("text", "  ")]);
        assert_eq!(
            to_item(&file(), 5, &empty, &names, 1000, &mut seen),
            SourceItem::Problem(Problem { path: "d/a.jsonl#x2".into(), reason: "empty text field".into() })
        );
        let big = fields(&[("id", "x3"), ("text", "0123456789")]);
        let SourceItem::Problem(p) = to_item(&file(), 6, &big, &names, 5, &mut seen) else { panic!() };
        assert!(p.reason.contains("limit"), "{p}");

        let html = fields(&[
            ("id", "h"),
            (
                "content",
                "<html><body><article><p>Para one is here and long enough to keep.</p><p>Para two follows it.</p></article></body></html>",
            ),
        ]);
        let SourceItem::Document(d) = to_item(&file(), 7, &html, &names, 10_000, &mut seen) else { panic!() };
        assert!(!d.text.contains('<') && d.text.contains("Para one"), "{:?}", d.text);
    }
}
