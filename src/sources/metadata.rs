//! `metadata.csv`: one row per document, keyed by doc_id (spec §6).

use crate::document::Metadata;
use anyhow::{Context, bail};
use std::collections::BTreeMap;
use std::path::Path;

/// Read `metadata.csv` into rows by doc_id. Empty cells are `None`; columns
/// beyond doc_id, title, url, publisher, published_date go to `extra`.
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
                "published_date" => m.published_date = val,
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
