//! Tables: CSV and TSV (the `csv` crate, optionally gzipped) and Parquet
//! (polars), one document per row, read a row (CSV) or a batch of rows
//! (Parquet) at a time.
//!
//! The header names the fields ([`super::FieldNames`]). A row's key is its id
//! field, else its 1-based row number counted without the header. A row that
//! cannot be parsed or has no text is a problem named `FILE#ROW`; the other
//! rows go on.

use super::record::{Fields, FileRef, SeenIds, to_item};
use super::{Problem, SourceItem, SourceOptions};
use polars::prelude::*;
use std::collections::VecDeque;
use std::fs::File;

/// Rows of a CSV or TSV file.
struct CsvRows {
    file: FileRef,
    reader: csv::Reader<Box<dyn std::io::BufRead + Send>>,
    headers: Vec<String>,
    opts: SourceOptions,
    row: usize,
    seen: SeenIds,
    /// Set after a read error: nothing more can be read from a broken stream.
    done: bool,
}

impl Iterator for CsvRows {
    type Item = SourceItem;

    fn next(&mut self) -> Option<SourceItem> {
        if self.done {
            return None;
        }
        let mut rec = csv::StringRecord::new();
        self.row += 1;
        let path = format!("{}#{}", self.file.id, self.row);
        match self.reader.read_record(&mut rec) {
            Ok(false) => None,
            Ok(true) => {
                let fields: Fields = self.headers.iter().cloned().zip(rec.iter().map(str::to_string)).collect();
                Some(to_item(&self.file, self.row, &fields, &self.opts.fields, self.opts.max_doc_bytes, &mut self.seen))
            }
            Err(e) => {
                self.done = matches!(e.kind(), csv::ErrorKind::Io(_));
                let reason = match e.kind() {
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => format!("row has {len} fields, the header {expected_len}"),
                    csv::ErrorKind::Utf8 { .. } => "row is not valid UTF-8".into(),
                    _ => format!("cannot read row: {e}"),
                };
                Some(SourceItem::Problem(Problem { path, reason }))
            }
        }
    }
}

/// The rows of a CSV (`delimiter` `,`) or TSV (`\t`) file, lazily.
pub fn read_csv(file: FileRef, gz: bool, delimiter: u8, opts: &SourceOptions) -> Box<dyn Iterator<Item = SourceItem>> {
    let reader = match super::open(&file.path, gz) {
        Ok(r) => r,
        Err(e) => return Box::new(std::iter::once(file.problem(format!("cannot read: {e}")))),
    };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(false).from_reader(reader);
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_string()).collect(),
        Err(e) => return Box::new(std::iter::once(file.problem(format!("cannot read the header row: {e}")))),
    };
    if headers.iter().all(String::is_empty) {
        return Box::new(std::iter::once(file.problem("empty file")));
    }
    Box::new(CsvRows { file, reader, headers, opts: opts.clone(), row: 0, seen: SeenIds::default(), done: false })
}

/// Rows read from a Parquet file per batch.
const PARQUET_BATCH: usize = 1024;

/// Rows of a Parquet file, a batch at a time.
struct ParquetRows {
    file: FileRef,
    columns: Vec<String>,
    n_rows: usize,
    offset: usize,
    batch: VecDeque<Fields>,
    opts: SourceOptions,
    seen: SeenIds,
}

impl ParquetRows {
    /// Read the next batch of rows, every wanted column as text.
    fn load(&mut self) -> PolarsResult<()> {
        let df = ParquetReader::new(File::open(&self.file.path)?)
            .with_columns(Some(self.columns.clone()))
            .with_slice(Some((self.offset, PARQUET_BATCH)))
            .finish()?;
        let cols: Vec<(String, StringChunked)> =
            df.columns().iter().filter_map(|c| Some((c.name().to_string(), c.cast(&DataType::String).ok()?.str().ok()?.clone()))).collect();
        for i in 0..df.height() {
            self.batch.push_back(cols.iter().filter_map(|(name, ca)| Some((name.clone(), ca.get(i)?.to_string()))).collect());
        }
        Ok(())
    }
}

impl Iterator for ParquetRows {
    type Item = SourceItem;

    fn next(&mut self) -> Option<SourceItem> {
        if self.batch.is_empty()
            && self.offset < self.n_rows
            && let Err(e) = self.load()
        {
            let path = format!("{}#{}", self.file.id, self.offset + 1);
            self.offset = self.n_rows;
            return Some(SourceItem::Problem(Problem { path, reason: format!("cannot read rows: {e}") }));
        }
        let fields = self.batch.pop_front()?;
        self.offset += 1;
        Some(to_item(&self.file, self.offset, &fields, &self.opts.fields, self.opts.max_doc_bytes, &mut self.seen))
    }
}

/// Field names a record may use beyond the configurable ones.
const EXTRA_FIELDS: &[&str] = &["author", "authors", "byline", "publisher", "source", "site_name"];

/// The rows of a Parquet file, lazily; only the columns a field name can match are read.
pub fn read_parquet(file: FileRef, opts: &SourceOptions) -> Box<dyn Iterator<Item = SourceItem>> {
    let head = File::open(&file.path).map_err(PolarsError::from).and_then(|f| {
        let mut r = ParquetReader::new(f);
        Ok((r.schema()?, r.num_rows()?))
    });
    let (schema, n_rows) = match head {
        Ok(h) => h,
        Err(e) => return Box::new(std::iter::once(file.problem(format!("not a readable Parquet file: {e}")))),
    };
    let f = &opts.fields;
    let wanted: Vec<String> =
        f.text.iter().chain(&f.id).chain(&f.date).chain(&f.title).chain(&f.url).map(|s| s.to_ascii_lowercase()).collect();
    let columns: Vec<String> = schema
        .iter_names()
        .map(|n| n.to_string())
        .filter(|n| {
            let l = n.to_ascii_lowercase();
            wanted.contains(&l) || EXTRA_FIELDS.contains(&l.as_str())
        })
        .collect();
    Box::new(ParquetRows { file, columns, n_rows, offset: 0, batch: VecDeque::new(), opts: opts.clone(), seen: SeenIds::default() })
}
