//! `metadata.csv`: one row per document, keyed by doc_id (spec §6).

use crate::document::{DateSource, Metadata};
use anyhow::{Context, bail};
use std::collections::BTreeMap;
use std::path::Path;

/// Read `metadata.csv` into rows by doc_id. Empty cells are `None`; columns
/// beyond doc_id, title, url, publisher, published_date, author go to `extra`.
pub fn read_metadata(path: &Path) -> anyhow::Result<BTreeMap<String, Metadata>> {
    let mut rdr = csv::ReaderBuilder::new().flexible(false).from_path(path).with_context(|| format!("cannot read {}", path.display()))?;
    let headers: Vec<String> = rdr.headers()?.iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_string()).collect();
    let Some(id_col) = headers.iter().position(|h| h == "doc_id") else {
        bail!("{} has no doc_id column", path.display());
    };
    let mut out = BTreeMap::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.with_context(|| format!("{} row {}", path.display(), i + 2))?;
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
                    m.date_source = val.as_ref().map(|_| DateSource::Metadata);
                    m.published_date = val;
                }
                "author" => m.author = val,
                _ => {
                    if let Some(v) = val {
                        m.extra.insert(h.clone(), v);
                    }
                }
            }
        }
        out.insert(rec[id_col].trim().to_string(), m);
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
