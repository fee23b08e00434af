//! Load stage: write the tables as CSV and Parquet, atomically.
//!
//! Every file of a run is first written into a staging folder inside the
//! output folder; only when all are complete are they moved into place by
//! rename, the manifest last. A run that fails or is interrupted before that
//! leaves the previous outputs whole (at worst an orphan staging folder, which
//! the next run removes).

use crate::transform::Tables;
use crate::{Error, Result};
use polars::polars_utils::compression::ZstdLevel;
use polars::prelude::*;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Prefix of staging folders inside the output folder.
pub const STAGING_PREFIX: &str = ".newsframe-staging-";

/// Output file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values, UTF-8, lists joined with `|`.
    Csv,
    /// Parquet with zstd compression; lists stay lists.
    Parquet,
    /// One JSON object per line; lists stay arrays.
    Jsonl,
}

impl Format {
    /// Every format, in the order `--format` lists them.
    pub const ALL: [Format; 3] = [Format::Csv, Format::Parquet, Format::Jsonl];

    /// The file extension, which is also the format's name on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Parquet => "parquet",
            Format::Jsonl => "jsonl",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    /// Parse a format name (`csv`, `parquet`, `jsonl`), case-insensitively.
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        Format::ALL.into_iter().find(|f| f.extension().eq_ignore_ascii_case(s.trim())).ok_or_else(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.extension()).collect();
            format!("unknown format '{s}' (expected one of: {})", names.join(", "))
        })
    }
}

/// Join List(String) columns with `|` for CSV, which cannot hold nested data.
fn flatten_lists(df: &DataFrame) -> PolarsResult<DataFrame> {
    let lists: Vec<Expr> = df
        .columns()
        .iter()
        .filter(|c| matches!(c.dtype(), DataType::List(_)))
        .map(|column| {
            let c = col(column.name().clone());
            // An empty list is an empty (null) cell, like any other missing value.
            when(c.clone().list().len().gt(lit(0)))
                .then(c.clone().list().join(lit("|"), true))
                .otherwise(lit(Null {}))
                .alias(column.name().clone())
        })
        .collect();
    if lists.is_empty() {
        return Ok(df.clone());
    }
    df.clone().lazy().with_columns(lists).collect()
}

/// A cell as JSON: nulls, booleans, numbers, strings, ISO dates and lists.
fn json_value(v: AnyValue) -> serde_json::Value {
    use serde_json::Value;
    match v {
        AnyValue::Null => Value::Null,
        AnyValue::Boolean(b) => Value::Bool(b),
        AnyValue::Int64(n) => n.into(),
        AnyValue::UInt32(n) => n.into(),
        AnyValue::Int32(n) => n.into(),
        AnyValue::Float64(x) => serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number),
        AnyValue::String(s) => s.into(),
        AnyValue::StringOwned(s) => s.as_str().into(),
        AnyValue::Date(days) => chrono::NaiveDate::from_num_days_from_ce_opt(days + 719_163).map_or(Value::Null, |d| d.to_string().into()),
        AnyValue::List(s) => Value::Array((0..s.len()).map(|i| s.get(i).map_or(Value::Null, json_value)).collect()),
        other => format!("{other:?}").into(),
    }
}

/// Write one table in one format to `path`.
pub fn write_table(df: &DataFrame, format: Format, path: &Path) -> Result<()> {
    let name = path.display().to_string();
    let file = File::create(path).map_err(|e| Error::io(format!("cannot create {name}"), e))?;
    let mut w = BufWriter::new(file);
    let table_err = |e: PolarsError| Error::table(&name, e);
    match format {
        Format::Csv => {
            let mut flat = flatten_lists(df).map_err(table_err)?;
            CsvWriter::new(&mut w).include_header(true).with_date_format(Some("%Y-%m-%d".into())).finish(&mut flat).map_err(table_err)?;
        }
        Format::Parquet => {
            let mut df = df.clone();
            ParquetWriter::new(&mut w)
                .with_compression(ParquetCompression::Zstd(Some(ZstdLevel::try_new(3).map_err(table_err)?)))
                .with_statistics(StatisticsOptions::full())
                .finish(&mut df)
                .map_err(table_err)?;
        }
        Format::Jsonl => {
            for i in 0..df.height() {
                let row: serde_json::Map<String, serde_json::Value> = df
                    .columns()
                    .iter()
                    .map(|c| Ok((c.name().to_string(), json_value(c.get(i)?))))
                    .collect::<PolarsResult<_>>()
                    .map_err(table_err)?;
                serde_json::to_writer(&mut w, &row).map_err(|e| Error::io(format!("cannot write {name}"), e.into()))?;
                w.write_all(b"\n").map_err(|e| Error::io(format!("cannot write {name}"), e))?;
            }
        }
    }
    w.flush().map_err(|e| Error::io(format!("cannot write {name}"), e))?;
    w.get_ref().sync_all().ok();
    Ok(())
}

/// Remove staging folders left by interrupted runs.
pub fn clean_stale_staging(out: &Path) {
    if let Ok(entries) = std::fs::read_dir(out) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(STAGING_PREFIX) {
                std::fs::remove_dir_all(e.path()).ok();
            }
        }
    }
}

/// Write every table in every format, plus `files` (name, bytes; the last one
/// is moved into place last), into `out`, atomically as described above.
/// Returns the paths written.
pub fn write_all(out: &Path, tables: &Tables, formats: &[Format], files: &[(&str, Vec<u8>)]) -> Result<Vec<PathBuf>> {
    clean_stale_staging(out);
    let staging = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .tempdir_in(out)
        .map_err(|source| Error::OutputNotWritable { path: out.to_path_buf(), source })?;
    let mut names = Vec::new();
    for (name, df) in &tables.0 {
        for &f in formats {
            let file = format!("{name}.{}", f.extension());
            write_table(df, f, &staging.path().join(&file))?;
            names.push(file);
        }
    }
    for (name, bytes) in files {
        let p = staging.path().join(name);
        std::fs::write(&p, bytes).map_err(|e| Error::io(format!("cannot write {}", p.display()), e))?;
        names.push(name.to_string());
    }
    let mut written = Vec::new();
    for name in &names {
        let dest = out.join(name);
        std::fs::rename(staging.path().join(name), &dest)
            .map_err(|e| Error::io(format!("cannot move {} into place", dest.display()), e))?;
        written.push(dest);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Tables {
        let aliases = [Series::new("".into(), ["a", "b"]), Series::new("".into(), Vec::<String>::new())];
        let df = DataFrame::new_infer_height(vec![
            Column::new("id".into(), ["x", "y"]),
            Column::new("n".into(), [1i64, 2]),
            Column::new("v".into(), [Some(1.5f64), None]),
            Column::new("aliases".into(), aliases.as_slice()),
        ])
        .unwrap();
        Tables(vec![("things", df)])
    }

    #[test]
    fn writes_csv_with_joined_lists_and_parquet_roundtrip() {
        let dir = tempfile::tempdir().unwrap();
        let t = table();
        write_all(dir.path(), &t, &[Format::Csv, Format::Parquet, Format::Jsonl], &[("manifest.json", b"{}".to_vec())]).unwrap();
        let csv = std::fs::read_to_string(dir.path().join("things.csv")).unwrap();
        assert_eq!(csv, "id,n,v,aliases\nx,1,1.5,a|b\ny,2,,\n");
        let back = ParquetReader::new(File::open(dir.path().join("things.parquet")).unwrap()).finish().unwrap();
        assert!(back.equals_missing(t.get("things").unwrap()));
        let jsonl = std::fs::read_to_string(dir.path().join("things.jsonl")).unwrap();
        assert_eq!(jsonl.lines().count(), 2);
        assert!(jsonl.contains(r#""aliases":["a","b"]"#));
        assert!(dir.path().join("manifest.json").exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(STAGING_PREFIX))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn failure_leaves_previous_outputs() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("things.csv"), "old").unwrap();
        // A file name that cannot be created fails the run before anything moves.
        let err = write_all(dir.path(), &table(), &[Format::Csv], &[("no/such/dir.json", vec![])]);
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(dir.path().join("things.csv")).unwrap(), "old");
    }
}
