//! Excel workbooks for people who open the tables in a spreadsheet
//! (`--format xlsx`): one workbook, `tables.xlsx`, with a sheet per table,
//! written with the rust_xlsxwriter crate.
//!
//! CSV stays the faithful machine format; the workbook is made safe and
//! readable for spreadsheet users instead:
//! - every text cell is written as a string, never a formula, so a quote
//!   starting with `=`, `+`, `-` or `@` (CSV injection) stays text;
//! - the header row is bold and frozen, columns get widths from their contents;
//! - dates are real dates (`yyyy-mm-dd`), numbers numbers, booleans booleans;
//!   lists are `|`-joined as in CSV;
//! - a text over Excel's cell limit (32,767 UTF-16 units) is cut there, and
//!   a last column `truncated` names each cut column with its full length
//!   (the whole text is in the CSV, Parquet and JSONL files).
//!
//! Sheets are built in memory (a spreadsheet holds at most 1,048,576 rows);
//! a table longer than that is an error naming the table: use CSV or Parquet.
//! The workbook's creation date is fixed and its zip entries carry no
//! timestamps, so the same tables give the same bytes.

use crate::{Error, Result};
use polars::prelude::*;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use std::path::Path;

/// Excel's limit on a cell's text, in UTF-16 code units.
pub const MAX_CELL: usize = 32_767;
/// Excel's limit on rows in a sheet (the header included).
pub const MAX_ROWS: usize = 1_048_576;
/// The workbook's file name.
pub const WORKBOOK: &str = "tables.xlsx";
/// Rows looked at when column widths are chosen.
const WIDTH_ROWS: usize = 2000;
/// Excel counts days from 1899-12-30, polars from 1970-01-01.
const EXCEL_DAY_OF_1970: i64 = 25_569;

/// One table's sheet being filled, batch by batch.
pub struct Sheet {
    table: String,
    names: Vec<String>,
    sheet: Worksheet,
    rows: usize,
    widths: Vec<usize>,
    truncated: bool,
    date: Format,
}

/// A finished sheet, ready to go into the workbook.
pub struct FinishedSheet {
    sheet: Worksheet,
}

/// `s` cut to at most [`MAX_CELL`] UTF-16 units (at a character boundary), and whether it was cut.
pub fn fit_cell(s: &str) -> (&str, bool) {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > MAX_CELL {
            return (&s[..i], true);
        }
    }
    (s, false)
}

impl Sheet {
    /// A sheet named `table` for `schema`'s columns.
    pub fn new(table: &str, schema: &Schema) -> Result<Sheet> {
        let names: Vec<String> = schema.iter_names().map(|n| n.to_string()).collect();
        let widths = names.iter().map(|n| n.chars().count()).collect();
        let mut sheet = Worksheet::new();
        sheet.set_name(table).map_err(xlsx_err(table))?;
        let date = Format::new().set_num_format("yyyy-mm-dd");
        Ok(Sheet { table: table.to_string(), names, sheet, rows: 0, widths, truncated: false, date })
    }

    /// Append a batch of rows (lists already joined).
    pub fn write(&mut self, df: &DataFrame) -> Result<()> {
        if self.rows + 1 + df.height() > MAX_ROWS {
            return Err(Error::table(
                &self.table,
                format!(
                    "{} rows do not fit in a spreadsheet (at most {}); use --format csv or parquet",
                    self.rows + df.height(),
                    MAX_ROWS - 1
                ),
            ));
        }
        let table = self.table.clone();
        let err = xlsx_err(&table);
        for i in 0..df.height() {
            let r = (self.rows + 1) as u32; // 0-based, after the header
            let mut cut: Vec<String> = Vec::new();
            for (c, column) in df.columns().iter().enumerate() {
                let col = c as u16;
                let value = column.get(i).map_err(|e| Error::table(&self.table, e))?;
                let ws = &mut self.sheet;
                let shown = match value {
                    AnyValue::Null => 0,
                    AnyValue::Boolean(b) => {
                        ws.write_boolean(r, col, b).map_err(&err)?;
                        5
                    }
                    AnyValue::Int64(n) => number(ws, r, col, n as f64, n.to_string().len()).map_err(&err)?,
                    AnyValue::Int32(n) => number(ws, r, col, n.into(), n.to_string().len()).map_err(&err)?,
                    AnyValue::UInt32(n) => number(ws, r, col, n.into(), n.to_string().len()).map_err(&err)?,
                    AnyValue::Float64(x) if x.is_finite() => number(ws, r, col, x, format!("{x:?}").len()).map_err(&err)?,
                    AnyValue::Date(days) => {
                        ws.write_number_with_format(r, col, (days as i64 + EXCEL_DAY_OF_1970) as f64, &self.date).map_err(&err)?;
                        10
                    }
                    AnyValue::String(s) => self.text(r, c, s, &mut cut)?,
                    AnyValue::StringOwned(s) => self.text(r, c, s.as_str(), &mut cut)?,
                    other => self.text(r, c, &other.to_string(), &mut cut)?,
                };
                if self.rows < WIDTH_ROWS {
                    self.widths[c] = self.widths[c].max(shown);
                }
            }
            if !cut.is_empty() {
                self.truncated = true;
                self.sheet.write_string(r, self.names.len() as u16, cut.join("; ")).map_err(&err)?;
            }
            self.rows += 1;
        }
        Ok(())
    }

    /// A string cell (a string, never a formula), cut to the cell limit with a note in `cut`.
    fn text(&mut self, r: u32, c: usize, s: &str, cut: &mut Vec<String>) -> Result<usize> {
        let (fit, was_cut) = fit_cell(s);
        if was_cut {
            cut.push(format!("{}: cut at {} of {} characters", self.names[c], fit.chars().count(), s.chars().count()));
        }
        self.sheet.write_string(r, c as u16, fit).map_err(xlsx_err(&self.table))?;
        Ok(fit.chars().take(100).count())
    }

    /// Rows written (the header not counted).
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The finished worksheet: frozen bold header, column widths from the contents (8 to 60 characters).
    pub fn finish(mut self) -> Result<FinishedSheet> {
        let err = xlsx_err(&self.table);
        let mut names = self.names.clone();
        let mut widths = self.widths.clone();
        if self.truncated {
            names.push("truncated".into());
            widths.push(38);
        }
        let bold = Format::new().set_bold();
        for (c, (n, w)) in names.iter().zip(&widths).enumerate() {
            self.sheet.write_string_with_format(0, c as u16, n, &bold).map_err(&err)?;
            self.sheet.set_column_width(c as u16, (*w + 2).clamp(8, 60) as f64).map_err(&err)?;
        }
        self.sheet.set_freeze_panes(1, 0).map_err(&err)?;
        Ok(FinishedSheet { sheet: self.sheet })
    }
}

fn number(ws: &mut Worksheet, r: u32, c: u16, v: f64, shown: usize) -> std::result::Result<usize, XlsxError> {
    ws.write_number(r, c, v)?;
    Ok(shown)
}

fn xlsx_err(table: &str) -> impl Fn(XlsxError) -> Error + '_ {
    move |e| Error::table(table, e)
}

/// Save `sheets` (in order) as one workbook at `path`.
pub fn save(sheets: Vec<FinishedSheet>, path: &Path) -> Result<()> {
    let err = |e: XlsxError| Error::io(format!("cannot write {}", path.display()), std::io::Error::other(e));
    let mut book = Workbook::new();
    // A fixed creation date: the same tables give the same bytes.
    let created = ExcelDateTime::from_ymd(2000, 1, 1).map_err(err)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    for s in sheets {
        book.push_worksheet(s.sheet);
    }
    book.save(path).map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_cut_at_the_limit_on_a_character_boundary() {
        assert_eq!(fit_cell("short"), ("short", false));
        let long = "é".repeat(MAX_CELL + 5);
        let (fit, cut) = fit_cell(&long);
        assert!(cut);
        assert_eq!(fit.chars().count(), MAX_CELL);
        // A character outside the BMP counts two units and is never split.
        let emoji = "😀".repeat(MAX_CELL / 2 + 1);
        let (fit, cut) = fit_cell(&emoji);
        assert!(cut);
        assert_eq!(fit.chars().count(), MAX_CELL / 2);
    }

    #[test]
    fn a_sheet_notes_cut_cells_and_the_workbook_is_deterministic() {
        let long = "x".repeat(MAX_CELL + 10);
        let df = DataFrame::new_infer_height(vec![
            Column::new("text".into(), ["=cmd|'/c calc'!A1", long.as_str()]),
            Column::new("n".into(), [1i64, 2]),
            Column::new("day".into(), [Some(0i32), None]).cast(&DataType::Date).unwrap(),
            Column::new("ok".into(), [true, false]),
        ])
        .unwrap();
        let sheet = || {
            let mut s = Sheet::new("quotes", df.schema()).unwrap();
            s.write(&df).unwrap();
            assert_eq!(s.rows(), 2);
            assert!(s.truncated, "the long text was cut and noted");
            s.finish().unwrap()
        };
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
        save(vec![sheet()], &a).unwrap();
        save(vec![sheet()], &b).unwrap();
        let bytes = std::fs::read(&a).unwrap();
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        assert_eq!(bytes, std::fs::read(&b).unwrap(), "same tables, same bytes");
    }

    #[test]
    fn too_many_rows_is_an_error_naming_the_table() {
        let df = DataFrame::new_infer_height(vec![Column::new("n".into(), [1i64])]).unwrap();
        let mut s = Sheet::new("mentions", df.schema()).unwrap();
        s.rows = MAX_ROWS - 1;
        let e = s.write(&df).unwrap_err().to_string();
        assert!(e.contains("mentions") && e.contains("csv or parquet"), "{e}");
    }
}
