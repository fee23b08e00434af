//! `newsframe._newsframe`: the PyO3 extension behind the `newsframe` Python
//! package. It only converts: Python values in, [`newsframe::api`] does the
//! work with the GIL released, and the tables come back as in-memory Parquet
//! files (the CLI's column types) that the Python side opens with pyarrow.

use newsframe::api::{self, Record};
use newsframe::extract::Models;
use newsframe::sources::DEFAULT_MAX_DOC_BYTES;
use polars::prelude::*;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use std::sync::OnceLock;

/// The bundled models, loaded once per process (each Ray or Spark worker loads them once).
fn models() -> PyResult<&'static Models> {
    static MODELS: OnceLock<Result<Models, String>> = OnceLock::new();
    MODELS
        .get_or_init(|| Models::bundled().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| PyRuntimeError::new_err(format!("newsframe models: {e}")))
}

fn runtime(e: impl std::fmt::Display) -> PyErr {
    PyRuntimeError::new_err(e.to_string())
}

/// A column of optional strings, as long as `texts`, or none.
fn column(name: &str, v: Option<Vec<Option<String>>>, n: usize) -> PyResult<Vec<Option<String>>> {
    match v {
        None => Ok(vec![None; n]),
        Some(v) if v.len() == n => Ok(v),
        Some(v) => Err(PyValueError::new_err(format!("{name} has {} values for {n} texts", v.len()))),
    }
}

/// Extract records; returns `[(table, parquet bytes)]` for the per-document
/// tables, `doc_entities` and `problems`. Ids default to the 1-based positions.
#[pyfunction]
#[pyo3(signature = (texts, ids=None, dates=None, titles=None, urls=None, authors=None, publishers=None, source_paths=None))]
#[allow(clippy::too_many_arguments)]
fn extract<'py>(
    py: Python<'py>,
    texts: Vec<Option<String>>,
    ids: Option<Vec<Option<String>>>,
    dates: Option<Vec<Option<String>>>,
    titles: Option<Vec<Option<String>>>,
    urls: Option<Vec<Option<String>>>,
    authors: Option<Vec<Option<String>>>,
    publishers: Option<Vec<Option<String>>>,
    source_paths: Option<Vec<Option<String>>>,
) -> PyResult<Vec<(String, Bound<'py, PyBytes>)>> {
    let n = texts.len();
    let ids = column("ids", ids, n)?;
    let (dates, titles, urls) = (column("dates", dates, n)?, column("titles", titles, n)?, column("urls", urls, n)?);
    let (authors, publishers, paths) =
        (column("authors", authors, n)?, column("publishers", publishers, n)?, column("source_paths", source_paths, n)?);
    let mut records = Vec::with_capacity(n);
    for (i, text) in texts.into_iter().enumerate() {
        let doc_id = match &ids[i] {
            Some(id) => id.clone(),
            None if ids.iter().all(Option::is_none) => (i + 1).to_string(),
            None => return Err(PyValueError::new_err(format!("ids[{i}] is None"))),
        };
        records.push(Record {
            doc_id,
            source_path: paths[i].clone(),
            text: text.unwrap_or_default(),
            title: titles[i].clone(),
            date: dates[i].clone(),
            url: urls[i].clone(),
            author: authors[i].clone(),
            publisher: publishers[i].clone(),
        });
    }
    let models = models()?;
    let files = py.detach(|| -> newsframe::Result<Vec<(String, Vec<u8>)>> {
        let (docs, problems) = api::record_documents(&records, DEFAULT_MAX_DOC_BYTES);
        let out = api::extract_tables(&docs, models)?;
        let mut files = Vec::with_capacity(out.tables.len() + 1);
        for (name, df) in &out.tables {
            files.push((name.to_string(), newsframe::load::parquet_bytes(name, df)?));
        }
        let problems = newsframe::transform::tables::problems_frame(&problems).map_err(|e| newsframe::Error::table("problems", e))?;
        files.push(("problems".into(), newsframe::load::parquet_bytes("problems", &problems)?));
        Ok(files)
    });
    let files = files.map_err(runtime)?;
    Ok(files.into_iter().map(|(name, bytes)| (name, PyBytes::new(py, &bytes))).collect())
}

/// The `entities` table (Parquet bytes) from `doc_entities` tables (Parquet bytes each).
#[pyfunction]
fn entities<'py>(py: Python<'py>, doc_entities: Vec<Vec<u8>>) -> PyResult<Bound<'py, PyBytes>> {
    let bytes = py.detach(|| -> newsframe::Result<Vec<u8>> {
        let mut all: Option<DataFrame> = None;
        for (k, b) in doc_entities.iter().enumerate() {
            let df = ParquetReader::new(std::io::Cursor::new(b))
                .finish()
                .map_err(|e| newsframe::Error::table(api::DOC_ENTITIES, format!("part {k}: {e}")))?;
            match &mut all {
                None => all = Some(df),
                Some(a) => {
                    a.vstack_mut(&df).map_err(|e| newsframe::Error::table(api::DOC_ENTITIES, format!("part {k}: {e}")))?;
                }
            }
        }
        let all = match all {
            Some(a) => a,
            None => api::doc_entities_frame(&[]).map_err(|e| newsframe::Error::table(api::DOC_ENTITIES, e))?,
        };
        let df = api::entities_table(&all)?;
        newsframe::load::parquet_bytes("entities", &df)
    });
    Ok(PyBytes::new(py, &bytes.map_err(runtime)?))
}

/// The native part of the `newsframe` package.
#[pymodule]
fn _newsframe(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(entities, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("EXTRACTOR_FINGERPRINT", newsframe::EXTRACTOR_FINGERPRINT)?;
    Ok(())
}
