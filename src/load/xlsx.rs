//! Excel workbooks for people who open the tables in a spreadsheet
//! (`--format xlsx`): one workbook, `tables.xlsx`, with a sheet per table.
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
//!
//! The workbook is Office Open XML (SpreadsheetML) written here directly:
//! a handful of XML parts in a zip container, deflated with `flate2`.
//! (rust_xlsxwriter was tried first; its zip dependency changes the features
//! of crates polars is built with, which means rebuilding polars.) Entries
//! carry no timestamps, so the same tables give the same bytes.

use crate::{Error, Result};
use flate2::Crc;
use flate2::write::DeflateEncoder;
use polars::prelude::*;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

/// Excel's limit on a cell's text, in UTF-16 code units.
pub const MAX_CELL: usize = 32_767;
/// Excel's limit on rows in a sheet (the header included).
pub const MAX_ROWS: usize = 1_048_576;
/// The workbook's file name.
pub const WORKBOOK: &str = "tables.xlsx";
/// Rows looked at when column widths are chosen.
const WIDTH_ROWS: usize = 2000;

/// Cell styles (indexes into `cellXfs` of the styles part).
const STYLE_BOLD: u8 = 1;
const STYLE_DATE: u8 = 2;

/// One table's sheet being filled, batch by batch.
pub struct Sheet {
    table: String,
    names: Vec<String>,
    /// The `<row>` elements of the data rows.
    rows_xml: String,
    rows: usize,
    widths: Vec<usize>,
    truncated: bool,
}

/// A finished sheet: its name and its worksheet XML.
pub struct FinishedSheet {
    name: String,
    xml: String,
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

/// `A`, `B`, ..., `Z`, `AA`, ... for a 0-based column.
fn column_letters(mut c: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII")
}

/// Text as XML character data; characters XML cannot hold are written `_xHHHH_`, as Excel does.
fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(out, "_x{:04X}_", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// An inline string cell: always text, never a formula, whatever it starts with.
fn string_cell(out: &mut String, r: &str, text: &str, style: u8) {
    let _ = write!(out, r#"<c r="{r}" t="inlineStr""#);
    if style != 0 {
        let _ = write!(out, r#" s="{style}""#);
    }
    out.push_str(r#"><is><t xml:space="preserve">"#);
    escape(text, out);
    out.push_str("</t></is></c>");
}

impl Sheet {
    /// A sheet named `table` for `schema`'s columns.
    pub fn new(table: &str, schema: &Schema) -> Result<Sheet> {
        let names: Vec<String> = schema.iter_names().map(|n| n.to_string()).collect();
        let widths = names.iter().map(|n| n.chars().count()).collect();
        Ok(Sheet { table: table.to_string(), names, rows_xml: String::new(), rows: 0, widths, truncated: false })
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
        let letters: Vec<String> = (0..=self.names.len()).map(column_letters).collect();
        for i in 0..df.height() {
            let r = self.rows + 2; // 1-based, after the header
            let mut cut: Vec<String> = Vec::new();
            let mut xml = String::new();
            let _ = write!(xml, r#"<row r="{r}">"#);
            for (c, column) in df.columns().iter().enumerate() {
                let at = format!("{}{r}", letters[c]);
                let value = column.get(i).map_err(|e| Error::table(&self.table, e))?;
                let shown = match value {
                    AnyValue::Null => 0,
                    AnyValue::Boolean(b) => {
                        let _ = write!(xml, r#"<c r="{at}" t="b"><v>{}</v></c>"#, u8::from(b));
                        5
                    }
                    AnyValue::Int64(n) => number(&mut xml, &at, n.to_string()),
                    AnyValue::Int32(n) => number(&mut xml, &at, n.to_string()),
                    AnyValue::UInt32(n) => number(&mut xml, &at, n.to_string()),
                    AnyValue::Float64(x) if x.is_finite() => number(&mut xml, &at, format!("{x:?}")),
                    // Excel counts days from 1899-12-30; polars from 1970-01-01.
                    AnyValue::Date(days) => {
                        let _ = write!(xml, r#"<c r="{at}" s="{STYLE_DATE}"><v>{}</v></c>"#, days as i64 + 25_569);
                        10
                    }
                    AnyValue::String(s) => self.text(&mut xml, &at, c, s, &mut cut),
                    AnyValue::StringOwned(s) => self.text(&mut xml, &at, c, s.as_str(), &mut cut),
                    other => self.text(&mut xml, &at, c, &other.to_string(), &mut cut),
                };
                if self.rows < WIDTH_ROWS {
                    self.widths[c] = self.widths[c].max(shown);
                }
            }
            if !cut.is_empty() {
                self.truncated = true;
                string_cell(&mut xml, &format!("{}{r}", letters[self.names.len()]), &cut.join("; "), 0);
            }
            xml.push_str("</row>");
            self.rows_xml.push_str(&xml);
            self.rows += 1;
        }
        Ok(())
    }

    /// A string cell, cut to the cell limit with a note in `cut`.
    fn text(&self, xml: &mut String, at: &str, c: usize, s: &str, cut: &mut Vec<String>) -> usize {
        let (fit, was_cut) = fit_cell(s);
        if was_cut {
            cut.push(format!("{}: cut at {} of {} characters", self.names[c], fit.chars().count(), s.chars().count()));
        }
        string_cell(xml, at, fit, 0);
        fit.chars().take(100).count()
    }

    /// Rows written (the header not counted).
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The finished worksheet: frozen bold header, column widths from the contents (8 to 60 characters).
    pub fn finish(self) -> Result<FinishedSheet> {
        let mut names = self.names.clone();
        let mut widths = self.widths.clone();
        if self.truncated {
            names.push("truncated".into());
            widths.push(38);
        }
        let mut xml = String::with_capacity(self.rows_xml.len() + 1024);
        xml.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
        xml.push_str(r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#);
        let _ = write!(xml, r#"<dimension ref="A1:{}{}"/>"#, column_letters(names.len().max(1) - 1), self.rows + 1);
        xml.push_str(r#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#);
        xml.push_str(r#"<sheetFormatPr defaultRowHeight="15"/><cols>"#);
        for (c, w) in widths.iter().enumerate() {
            let _ = write!(xml, r#"<col min="{n}" max="{n}" width="{}" customWidth="1"/>"#, (*w + 2).clamp(8, 60), n = c + 1);
        }
        xml.push_str(r#"</cols><sheetData><row r="1">"#);
        for (c, n) in names.iter().enumerate() {
            string_cell(&mut xml, &format!("{}1", column_letters(c)), n, STYLE_BOLD);
        }
        xml.push_str("</row>");
        xml.push_str(&self.rows_xml);
        xml.push_str("</sheetData></worksheet>");
        Ok(FinishedSheet { name: self.table, xml })
    }
}

fn number(xml: &mut String, at: &str, v: String) -> usize {
    let _ = write!(xml, r#"<c r="{at}"><v>{v}</v></c>"#);
    v.len()
}

const CONTENT_TYPES_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#;
const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

/// The parts of a workbook holding `sheets`, in order: (name in the zip, bytes).
fn parts(sheets: &[FinishedSheet]) -> Vec<(String, Vec<u8>)> {
    let mut types = CONTENT_TYPES_HEAD.to_string();
    let mut book = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for (i, s) in sheets.iter().enumerate() {
        let n = i + 1;
        let _ = write!(
            types,
            r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        );
        let mut name = String::new();
        escape(&s.name, &mut name);
        let _ = write!(book, r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#);
        let _ = write!(
            rels,
            r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        );
    }
    let styles_id = sheets.len() + 1;
    let _ = write!(
        rels,
        r#"<Relationship Id="rId{styles_id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
    );
    types.push_str("</Types>");
    book.push_str("</sheets></workbook>");
    rels.push_str("</Relationships>");
    let mut out = vec![
        ("[Content_Types].xml".to_string(), types.into_bytes()),
        ("_rels/.rels".to_string(), ROOT_RELS.as_bytes().to_vec()),
        ("xl/workbook.xml".to_string(), book.into_bytes()),
        ("xl/_rels/workbook.xml.rels".to_string(), rels.into_bytes()),
        ("xl/styles.xml".to_string(), STYLES.as_bytes().to_vec()),
    ];
    for (i, s) in sheets.iter().enumerate() {
        out.push((format!("xl/worksheets/sheet{}.xml", i + 1), s.xml.as_bytes().to_vec()));
    }
    out
}

/// A zip archive of deflated entries, without timestamps (so it is deterministic).
fn zip(entries: &[(String, Vec<u8>)]) -> std::io::Result<Vec<u8>> {
    let too_big = || std::io::Error::other("the workbook is over 4 GB, more than a zip without ZIP64 holds");
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let mut crc = Crc::new();
        crc.update(data);
        let mut enc = DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(data)?;
        let packed = enc.finish()?;
        let (size, csize, offset) = (
            u32::try_from(data.len()).map_err(|_| too_big())?,
            u32::try_from(packed.len()).map_err(|_| too_big())?,
            u32::try_from(out.len()).map_err(|_| too_big())?,
        );
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes()); // version needed
            v.extend_from_slice(&0u16.to_le_bytes()); // flags
            v.extend_from_slice(&8u16.to_le_bytes()); // deflate
            v.extend_from_slice(&0u16.to_le_bytes()); // time
            v.extend_from_slice(&0x21u16.to_le_bytes()); // date: 1980-01-01
            v.extend_from_slice(&crc.sum().to_le_bytes());
            v.extend_from_slice(&csize.to_le_bytes());
            v.extend_from_slice(&size.to_le_bytes());
            v.extend_from_slice(&(name.len() as u16).to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // extra length
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&packed);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        common(&mut central);
        central.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let (cd_offset, cd_size) = (u32::try_from(out.len()).map_err(|_| too_big())?, central.len() as u32);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment length
    Ok(out)
}

/// Save `sheets` (in order) as one workbook at `path`.
pub fn save(sheets: Vec<FinishedSheet>, path: &Path) -> Result<()> {
    let bytes = zip(&parts(&sheets)).map_err(|e| Error::io(format!("cannot build {}", path.display()), e))?;
    std::fs::write(path, bytes).map_err(|e| Error::io(format!("cannot write {}", path.display()), e))
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
    fn column_letters_go_past_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn a_sheet_keeps_formulas_as_text_types_dates_and_notes_cut_cells() {
        let long = "x".repeat(MAX_CELL + 10);
        let df = DataFrame::new_infer_height(vec![
            Column::new("text".into(), ["=cmd|'/c calc'!A1", long.as_str()]),
            Column::new("n".into(), [1i64, 2]),
            Column::new("day".into(), [Some(0i32), None]).cast(&DataType::Date).unwrap(),
            Column::new("ok".into(), [true, false]),
        ])
        .unwrap();
        let mut sheet = Sheet::new("quotes", &df.schema()).unwrap();
        sheet.write(&df).unwrap();
        assert_eq!(sheet.rows(), 2);
        let done = sheet.finish().unwrap();
        let xml = &done.xml;
        assert!(!xml.contains("<f>"), "no formula anywhere");
        assert!(xml.contains(r#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">=cmd|'/c calc'!A1</t></is></c>"#));
        assert!(xml.contains(r#"<c r="B2"><v>1</v></c>"#));
        assert!(xml.contains(r#"<c r="C2" s="2"><v>25569</v></c>"#), "1970-01-01 is Excel day 25569");
        assert!(xml.contains(r#"<c r="D3" t="b"><v>0</v></c>"#));
        assert!(xml.contains(">truncated<") && xml.contains("text: cut at 32767 of 32777 characters"));
        assert!(xml.contains(r#"state="frozen""#));
        assert!(xml.contains(r#"<dimension ref="A1:E3"/>"#), "four columns and the truncated note, a header and two rows");
        // Deterministic, and a zip that starts as one.
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
        let again = || {
            let mut s = Sheet::new("quotes", &df.schema()).unwrap();
            s.write(&df).unwrap();
            s.finish().unwrap()
        };
        save(vec![again()], &a).unwrap();
        save(vec![again()], &b).unwrap();
        let bytes = std::fs::read(&a).unwrap();
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        assert_eq!(bytes, std::fs::read(&b).unwrap());
    }

    #[test]
    fn control_characters_are_escaped() {
        let mut out = String::new();
        escape("a<b & \u{1}", &mut out);
        assert_eq!(out, "a&lt;b &amp; _x0001_");
    }
}
