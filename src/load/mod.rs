//! Load stage: write the tables as CSV, Parquet, JSON Lines and an Excel
//! workbook ([`xlsx`]), streaming, with their data dictionary
//! ([`datapackage`]), into a snapshot that becomes current in one step
//! ([`snapshot`]).
//!
//! A [`TableWriter`] takes a table batch by batch (a Parquet row group per
//! batch), so no table is ever held whole. Parquet files carry plain UTF-8
//! string and list types in their Arrow schema (not polars' string views),
//! which every reader takes: pandas, pyarrow from 14 on, DuckDB, Spark.

pub mod datapackage;
pub mod snapshot;
pub mod xlsx;

use crate::{Error, Result};
use polars::polars_utils::compression::ZstdLevel;
use polars::prelude::*;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

/// Output file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values, UTF-8, lists joined with `|`.
    Csv,
    /// Parquet with zstd compression; lists stay lists.
    Parquet,
    /// One JSON object per line; lists stay arrays.
    Jsonl,
    /// One Excel workbook (`tables.xlsx`), a sheet per table, for spreadsheets ([`xlsx`]).
    Xlsx,
}

impl Format {
    /// Every format, in the order `--format` lists them.
    pub const ALL: [Format; 4] = [Format::Csv, Format::Parquet, Format::Jsonl, Format::Xlsx];

    /// The file extension, which is also the format's name on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Parquet => "parquet",
            Format::Jsonl => "jsonl",
            Format::Xlsx => "xlsx",
        }
    }

    /// The file table `table` is written to in this format (every table shares the workbook).
    pub fn file_for(self, table: &str) -> String {
        match self {
            Format::Xlsx => xlsx::WORKBOOK.to_string(),
            f => format!("{table}.{}", f.extension()),
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

/// One table being written in one format, batch by batch.
pub struct TableWriter {
    name: String,
    inner: Inner,
    rows: usize,
}

enum Inner {
    Csv(polars::io::csv::write::BatchedWriter<BufWriter<File>>),
    Parquet(Box<polars::io::parquet::write::BatchedWriter<BufWriter<File>>>),
    Jsonl(BufWriter<File>),
    Xlsx(Box<xlsx::Sheet>),
}

/// Arrow types every reader takes: 32-bit-offset strings and lists instead
/// of polars' string views (see the module docs).
fn plain(dt: &ArrowDataType) -> ArrowDataType {
    match dt {
        ArrowDataType::Utf8View | ArrowDataType::LargeUtf8 => ArrowDataType::Utf8,
        ArrowDataType::BinaryView | ArrowDataType::LargeBinary => ArrowDataType::Binary,
        ArrowDataType::LargeList(f) | ArrowDataType::List(f) => {
            ArrowDataType::List(Box::new(f.as_ref().clone().with_dtype(plain(f.dtype()))))
        }
        other => other.clone(),
    }
}

/// The Parquet file's `ARROW:schema` entry for `schema`, with plain types.
fn arrow_schema_metadata(schema: &Schema) -> polars::io::parquet::write::KeyValueMetadata {
    let arrow: ArrowSchema = schema
        .iter_fields()
        .map(|f| {
            let af = f.to_arrow(CompatLevel::oldest());
            let dt = plain(af.dtype());
            (af.name.clone(), af.with_dtype(dt))
        })
        .collect();
    polars::io::parquet::write::KeyValueMetadata::Static(vec![polars_parquet::arrow::write::schema_to_metadata_key(&arrow)])
}

impl TableWriter {
    /// Start writing table `name` with `schema` to `path` (for xlsx, a sheet:
    /// `path` is unused and [`TableWriter::finish_sheet`] hands the sheet over).
    pub fn create(name: &str, format: Format, schema: &Schema, path: &Path) -> Result<TableWriter> {
        if format == Format::Xlsx {
            let sheet = xlsx::Sheet::new(name, &flat_schema(schema))?;
            return Ok(TableWriter { name: name.to_string(), inner: Inner::Xlsx(Box::new(sheet)), rows: 0 });
        }
        let file = File::create(path).map_err(|e| Error::io(format!("cannot create {}", path.display()), e))?;
        let w = BufWriter::with_capacity(1 << 20, file);
        let err = |e: PolarsError| Error::table(name, e);
        let inner = match format {
            Format::Csv => Inner::Csv(
                // Dates are written as ISO 8601 (`YYYY-MM-DD`), polars' default, which
                // is also several times faster than a strftime pattern.
                CsvWriter::new(w).include_header(true).batched(&flat_schema(schema)).map_err(err)?,
            ),
            Format::Parquet => Inner::Parquet(Box::new(
                ParquetWriter::new(w)
                    .with_compression(ParquetCompression::Zstd(Some(ZstdLevel::try_new(1).map_err(err)?)))
                    // Min, max and null counts for readers' row-group pruning; no distinct
                    // counts (an estimate per column chunk costs more than readers gain).
                    .with_statistics(StatisticsOptions::default())
                    .with_key_value_metadata(Some(arrow_schema_metadata(schema)))
                    .batched(schema)
                    .map_err(err)?,
            )),
            Format::Jsonl => Inner::Jsonl(w),
            Format::Xlsx => unreachable!("handled above"),
        };
        Ok(TableWriter { name: name.to_string(), inner, rows: 0 })
    }

    /// Append a batch of rows (a Parquet row group).
    pub fn write(&mut self, df: &DataFrame) -> Result<()> {
        let name = &self.name;
        let err = |e: PolarsError| Error::table(name, e);
        self.rows += df.height();
        match &mut self.inner {
            Inner::Csv(w) => w.write_batch(&flatten_lists(df).map_err(err)?).map_err(err),
            Inner::Xlsx(sheet) => sheet.write(&flatten_lists(df).map_err(err)?),
            Inner::Parquet(w) => {
                if df.height() > 0 {
                    w.write_batch(df).map_err(err)?;
                }
                Ok(())
            }
            Inner::Jsonl(w) => {
                for i in 0..df.height() {
                    let row: serde_json::Map<String, serde_json::Value> = df
                        .columns()
                        .iter()
                        .map(|c| Ok((c.name().to_string(), json_value(c.get(i)?))))
                        .collect::<PolarsResult<_>>()
                        .map_err(err)?;
                    serde_json::to_writer(&mut *w, &row).map_err(|e| Error::io(format!("cannot write {name}"), e.into()))?;
                    w.write_all(b"\n").map_err(|e| Error::io(format!("cannot write {name}"), e))?;
                }
                Ok(())
            }
        }
    }

    /// Finish the file; returns the number of rows written.
    pub fn finish(self) -> Result<usize> {
        self.finish_sheet().map(|(n, _)| n)
    }

    /// Finish the file; returns the number of rows written and, for xlsx,
    /// the sheet to put in the workbook ([`xlsx::save`]).
    pub fn finish_sheet(self) -> Result<(usize, Option<xlsx::FinishedSheet>)> {
        let name = self.name;
        let err = |e: PolarsError| Error::table(&name, e);
        let ioerr = |e: std::io::Error| Error::io(format!("cannot write {name}"), e);
        match self.inner {
            Inner::Csv(mut w) => w.finish().map_err(err)?,
            Inner::Parquet(w) => {
                w.finish().map_err(err)?;
            }
            Inner::Jsonl(mut w) => w.flush().map_err(ioerr)?,
            Inner::Xlsx(sheet) => return Ok((self.rows, Some(sheet.finish()?))),
        }
        Ok((self.rows, None))
    }
}

/// The schema a CSV file gets: lists joined into strings.
fn flat_schema(schema: &Schema) -> Schema {
    schema.iter().map(|(n, dt)| (n.clone(), if matches!(dt, DataType::List(_)) { DataType::String } else { dt.clone() })).collect()
}

/// A whole table as an uncompressed Parquet file in memory, with the same
/// column types as the files [`TableWriter`] writes: how the in-memory API
/// hands tables to Arrow readers (pyarrow) without a file.
pub fn parquet_bytes(name: &str, df: &DataFrame) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    let mut df = df.clone();
    ParquetWriter::new(&mut buf)
        .with_compression(ParquetCompression::Uncompressed)
        .with_key_value_metadata(Some(arrow_schema_metadata(df.schema())))
        .finish(&mut df)
        .map_err(|e| Error::table(name, e))?;
    Ok(buf)
}

/// Write a whole table in one format to `path`; returns its row count.
pub fn write_table(name: &str, df: &DataFrame, format: Format, path: &Path) -> Result<usize> {
    let mut w = TableWriter::create(name, format, df.schema(), path)?;
    w.write(df)?;
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> DataFrame {
        let aliases = [Series::new("".into(), ["a", "b"]), Series::new("".into(), Vec::<String>::new())];
        DataFrame::new_infer_height(vec![
            Column::new("id".into(), ["x", "y"]),
            Column::new("n".into(), [1i64, 2]),
            Column::new("v".into(), [Some(1.5f64), None]),
            Column::new("aliases".into(), aliases.as_slice()),
        ])
        .unwrap()
    }

    #[test]
    fn writes_csv_with_joined_lists_parquet_and_jsonl_in_batches() {
        let dir = tempfile::tempdir().unwrap();
        let t = table();
        for f in Format::ALL {
            let path = dir.path().join(format!("things.{}", f.extension()));
            let mut w = TableWriter::create("things", f, t.schema(), &path).unwrap();
            w.write(&t.slice(0, 1)).unwrap();
            w.write(&t.slice(1, 1)).unwrap();
            assert_eq!(w.finish().unwrap(), 2);
        }
        let csv = std::fs::read_to_string(dir.path().join("things.csv")).unwrap();
        assert_eq!(csv, "id,n,v,aliases\nx,1,1.5,a|b\ny,2,,\n");
        let back = ParquetReader::new(File::open(dir.path().join("things.parquet")).unwrap()).finish().unwrap();
        assert!(back.equals_missing(&t));
        let jsonl = std::fs::read_to_string(dir.path().join("things.jsonl")).unwrap();
        assert_eq!(jsonl.lines().count(), 2);
        assert!(jsonl.contains(r#""aliases":["a","b"]"#));
    }

    #[test]
    fn parquet_declares_plain_string_types() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.parquet");
        let t = table();
        write_table("t", &t, Format::Parquet, &path).unwrap();
        // The footer's Arrow schema (what pyarrow and pandas read) is ours, with plain types;
        // the Python test of the tables checks what the readers make of it.
        let md = polars_parquet::read::read_metadata(&mut std::io::Cursor::new(std::fs::read(&path).unwrap())).unwrap();
        let kv = md.key_value_metadata().as_ref().unwrap().iter().find(|kv| kv.key == "ARROW:schema").unwrap().clone();
        let polars::io::parquet::write::KeyValueMetadata::Static(ours) = arrow_schema_metadata(t.schema()) else { unreachable!() };
        assert_eq!(kv.value, ours[0].value);
        assert_eq!(plain(&ArrowDataType::Utf8View), ArrowDataType::Utf8);
        let list = ArrowDataType::LargeList(Box::new(ArrowField::new("item".into(), ArrowDataType::Utf8View, true)));
        assert_eq!(plain(&list), ArrowDataType::List(Box::new(ArrowField::new("item".into(), ArrowDataType::Utf8, true))));
    }

    #[test]
    fn format_names_parse() {
        assert_eq!("PARQUET".parse::<Format>(), Ok(Format::Parquet));
        assert!("xml".parse::<Format>().unwrap_err().contains("csv, parquet, jsonl"));
    }
}
