//! `metadata.csv`: one row per document, keyed by doc_id (spec §6).

use super::Problem;
use super::page_meta::iso_date;
use crate::document::{DateSource, Metadata};
use std::collections::BTreeMap;
use std::path::Path;

/// The rows of `metadata.csv` by doc_id, and the problems of single rows.
#[derive(Debug, Default)]
pub struct MetadataRows {
    /// Each doc_id's row (the first, when a doc_id repeats).
    pub rows: BTreeMap<String, Metadata>,
    /// Rows that could not be used whole, each named `metadata.csv#N` (N: the 1-based data row).
    pub problems: Vec<Problem>,
}

/// Read `metadata.csv` by doc_id. Empty cells are `None`; columns beyond
/// doc_id, title, url, publisher, published_date, author go to `extra`.
/// Forgiving: a row with the wrong number of fields, no doc_id, a repeated
/// doc_id or a date that cannot be read is a problem for that row only (a
/// bad date drops just the date). Only an unreadable file or a missing
/// doc_id column is an error, said in one sentence (the caller names the file).
pub fn read_metadata(path: &Path) -> Result<MetadataRows, String> {
    parse_metadata(&std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?)
}

/// [`read_metadata`] of the file's bytes (the scan hashes them too).
pub(super) fn parse_metadata(bytes: &[u8]) -> Result<MetadataRows, String> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| format!("cannot read its header: {e}"))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let Some(id_col) = headers.iter().position(|h| h == "doc_id") else {
        return Err("it has no doc_id column".into());
    };
    let mut out = MetadataRows::default();
    let mut first_row: BTreeMap<String, usize> = BTreeMap::new();
    for (i, rec) in rdr.records().enumerate() {
        let n = i + 1;
        let problem = |reason: String| Problem { path: format!("metadata.csv#{n}"), reason };
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                out.problems.push(problem(format!("cannot read the row ({e}); row ignored")));
                continue;
            }
        };
        if rec.len() != headers.len() {
            out.problems.push(problem(format!("{} fields where the header has {}; row ignored", rec.len(), headers.len())));
            continue;
        }
        let id = rec[id_col].trim().to_string();
        if id.is_empty() {
            out.problems.push(problem("no doc_id; row ignored".into()));
            continue;
        }
        if let Some(first) = first_row.get(&id) {
            out.problems.push(problem(format!("doc_id {id} repeats row {first}; row ignored")));
            continue;
        }
        first_row.insert(id.clone(), n);
        let mut m = Metadata::default();
        for (h, v) in headers.iter().zip(rec.iter()) {
            let v = v.trim();
            let val = (!v.is_empty()).then(|| v.to_string());
            match h.as_str() {
                "doc_id" => {}
                "title" => m.title = val,
                "url" => m.url = val,
                "publisher" => m.publisher = val,
                "published_date" => {
                    m.published_date = match val {
                        Some(v) => {
                            let d = iso_date(&v);
                            if d.is_none() {
                                out.problems.push(problem(format!("doc_id {id}: published_date {v:?} is not a date; date ignored")));
                            }
                            d
                        }
                        None => None,
                    };
                    m.date_source = m.published_date.as_ref().map(|_| DateSource::Metadata);
                }
                "author" => m.author = val,
                _ => {
                    if let Some(v) = val {
                        m.extra.insert(h.clone(), v);
                    }
                }
            }
        }
        out.rows.insert(id, m);
    }
    Ok(out)
}

/// Lay a `metadata.csv` row over what the source found: each field the row
/// has wins; the others keep the source's value. `publisher` falls back to
/// the page's site name.
pub fn apply(meta: &mut Metadata, row: Option<&Metadata>) {
    if let Some(row) = row {
        let over = |own: &mut Option<String>, theirs: &Option<String>| {
            if theirs.is_some() {
                own.clone_from(theirs);
            }
        };
        over(&mut meta.title, &row.title);
        over(&mut meta.url, &row.url);
        over(&mut meta.publisher, &row.publisher);
        over(&mut meta.author, &row.author);
        over(&mut meta.site_name, &row.site_name);
        if row.published_date.is_some() {
            meta.published_date.clone_from(&row.published_date);
            meta.date_source = Some(DateSource::Metadata);
        }
        meta.extra.extend(row.extra.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    if meta.publisher.is_none() {
        meta.publisher.clone_from(&meta.site_name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_row_is_a_problem_for_that_row_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("metadata.csv");
        std::fs::write(
            &path,
            "doc_id,title,published_date,desk\n\
             a.txt,First,\"December 13, 2016\",city\n\
             b.txt,Ragged,2016-12-13,extra,fields\n\
             c.txt,Third,2016-12-13T10:00:00Z,\n\
             a.txt,Again,2017-01-01,\n\
             d.txt,Fourth,next Tuesday,sports\n\
             ,No id,2016-01-01,\n\
             e.txt,Fifth,13 Dec. 2016,\n",
        )
        .unwrap();
        let m = read_metadata(&path).unwrap();
        assert_eq!(m.rows.keys().collect::<Vec<_>>(), ["a.txt", "c.txt", "d.txt", "e.txt"]);
        assert_eq!(m.rows["a.txt"].title.as_deref(), Some("First"), "the first row of a repeated doc_id wins");
        assert_eq!(m.rows["a.txt"].published_date.as_deref(), Some("2016-12-13"));
        assert_eq!(m.rows["c.txt"].published_date.as_deref(), Some("2016-12-13"));
        assert_eq!(m.rows["e.txt"].published_date.as_deref(), Some("2016-12-13"));
        assert_eq!(m.rows["d.txt"].published_date, None, "an unreadable date is dropped");
        assert_eq!(m.rows["d.txt"].title.as_deref(), Some("Fourth"), "the rest of the row is kept");
        assert_eq!(m.rows["d.txt"].extra["desk"], "sports");
        let paths: Vec<&str> = m.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["metadata.csv#2", "metadata.csv#4", "metadata.csv#5", "metadata.csv#6"]);
        assert!(m.problems[0].reason.contains("5 fields where the header has 4"));
        assert!(m.problems[1].reason.contains("repeats row 1"));
        assert!(m.problems[2].reason.contains("next Tuesday"));
        assert!(m.problems[3].reason.contains("no doc_id"));
    }

    #[test]
    fn common_date_forms_are_read() {
        for s in [
            "2016-12-13",
            "2016-12-13T10:00:00Z",
            "December 13, 2016",
            "Dec 13, 2016",
            "Tue, 13 Dec 2016 10:00:00 +0000",
            "13 December 2016",
            "December 13th, 2016",
        ] {
            assert_eq!(iso_date(s).as_deref(), Some("2016-12-13"), "{s}");
        }
        assert_eq!(iso_date("soon"), None);
    }

    #[test]
    fn metadata_row_wins_field_by_field() {
        let mut page = Metadata {
            title: Some("Page title".into()),
            author: Some("Page Author".into()),
            published_date: Some("2020-01-02".into()),
            date_source: Some(DateSource::Html),
            site_name: Some("The Site".into()),
            ..Default::default()
        };
        let row = Metadata { title: Some("Row title".into()), published_date: Some("2021-03-04".into()), ..Default::default() };
        apply(&mut page, Some(&row));
        assert_eq!(page.title.as_deref(), Some("Row title"));
        assert_eq!(page.author.as_deref(), Some("Page Author"));
        assert_eq!(page.published_date.as_deref(), Some("2021-03-04"));
        assert_eq!(page.date_source, Some(DateSource::Metadata));
        assert_eq!(page.publisher.as_deref(), Some("The Site"), "site name fills an empty publisher");

        let mut kept = Metadata { publisher: Some("Own".into()), site_name: Some("Site".into()), ..Default::default() };
        apply(&mut kept, None);
        assert_eq!(kept.publisher.as_deref(), Some("Own"));
    }
}
