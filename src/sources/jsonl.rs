//! JSON Lines (`.jsonl`, `.ndjson`, optionally gzipped) and standard input:
//! one JSON object per line, one document per object, read a line at a time.
//!
//! A malformed line, a line that is not an object or one without text is a
//! problem named `FILE#LINE` (or `FILE#ID`); the lines after it are still read.
//! Standard input is JSON Lines when its first non-blank line is a JSON
//! object, and otherwise one plain-text document with the id `stdin`.

use super::record::{Fields, FileRef, SeenIds, to_item};
use super::{Problem, SourceItem, SourceOptions, too_large};
use serde_json::Value;
use std::io::{BufRead, BufReader, Cursor, Read};

/// A JSON value as field text: strings as they are, numbers and booleans
/// written out, lists of those joined with ", "; objects and nulls give none.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().filter_map(|x| if x.is_array() { None } else { scalar(x) }).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        _ => None,
    }
}

/// The records of one JSON Lines stream.
struct Lines {
    file: FileRef,
    reader: Box<dyn BufRead>,
    opts: SourceOptions,
    line: usize,
    seen: SeenIds,
    done: bool,
}

impl Lines {
    /// The next line's bytes (without the newline), at most the size limit:
    /// `Ok(None)` at the end, `Err(reason)` for an over-long line (skipped) or a read error.
    fn next_line(&mut self) -> Result<Option<Vec<u8>>, String> {
        let limit = self.opts.max_doc_bytes;
        let mut buf = Vec::new();
        let n = (&mut self.reader).take(limit as u64 + 2).read_until(b'\n', &mut buf).map_err(|e| format!("cannot read: {e}"))?;
        if n == 0 {
            return Ok(None);
        }
        let ended = buf.last() == Some(&b'\n');
        if ended {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        if buf.len() > limit {
            if !ended {
                // Skip the rest of the over-long line.
                let mut rest = Vec::new();
                loop {
                    rest.clear();
                    let n = (&mut self.reader).take(1 << 20).read_until(b'\n', &mut rest).map_err(|e| format!("cannot read: {e}"))?;
                    if n == 0 || rest.last() == Some(&b'\n') {
                        break;
                    }
                }
            }
            return Err(too_large(limit));
        }
        Ok(Some(buf))
    }
}

impl Iterator for Lines {
    type Item = SourceItem;

    fn next(&mut self) -> Option<SourceItem> {
        while !self.done {
            self.line += 1;
            let problem =
                |file: &FileRef, line: usize, reason: String| SourceItem::Problem(Problem { path: format!("{}#{line}", file.id), reason });
            let bytes = match self.next_line() {
                Ok(Some(b)) => b,
                Ok(None) => return None,
                Err(reason) => {
                    self.done = reason.starts_with("cannot read");
                    return Some(problem(&self.file, self.line, reason));
                }
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let item = match serde_json::from_slice::<Value>(&bytes) {
                Ok(Value::Object(o)) => {
                    let fields: Fields = o.iter().filter_map(|(k, v)| Some((k.clone(), scalar(v)?))).collect();
                    to_item(&self.file, self.line, &fields, &self.opts.fields, self.opts.max_doc_bytes, &mut self.seen)
                }
                Ok(_) => problem(&self.file, self.line, "not a JSON object".into()),
                Err(e) => problem(&self.file, self.line, format!("malformed JSON: {e}")),
            };
            return Some(item);
        }
        None
    }
}

/// The records of a JSON Lines file, lazily.
pub fn read_file(file: FileRef, gz: bool, opts: &SourceOptions) -> Box<dyn Iterator<Item = SourceItem>> {
    match super::open(&file.path, gz) {
        Ok(reader) => Box::new(Lines { file, reader, opts: opts.clone(), line: 0, seen: SeenIds::default(), done: false }),
        Err(e) => Box::new(std::iter::once(file.problem(format!("cannot read: {e}")))),
    }
}

/// Standard input: JSON Lines (`stdin#KEY`) or one text document (`stdin`).
pub fn read_stdin(opts: &SourceOptions) -> Box<dyn Iterator<Item = SourceItem>> {
    from_reader(Box::new(BufReader::new(std::io::stdin())), opts)
}

/// [`read_stdin`] over any reader (tests feed it bytes).
pub fn from_reader(mut reader: Box<dyn BufRead>, opts: &SourceOptions) -> Box<dyn Iterator<Item = SourceItem>> {
    let file = FileRef { id: "stdin".into(), source_path: "-".into(), path: "-".into() };
    // Look at the first non-blank line, keeping what was read.
    let mut head = Vec::new();
    let first_is_object = loop {
        let start = head.len();
        match (&mut reader).take(opts.max_doc_bytes as u64).read_until(b'\n', &mut head) {
            Ok(0) => break false,
            Ok(_) => {
                let line = &head[start..];
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                break matches!(serde_json::from_slice::<Value>(line), Ok(Value::Object(_)));
            }
            Err(e) => return Box::new(std::iter::once(file.problem(format!("cannot read: {e}")))),
        }
    };
    let rest: Box<dyn BufRead> = Box::new(BufReader::new(Cursor::new(head).chain(reader)));
    if first_is_object {
        return Box::new(Lines { file, reader: rest, opts: opts.clone(), line: 0, seen: SeenIds::default(), done: false });
    }
    let item = match super::read_limited(rest, opts.max_doc_bytes).and_then(super::decode) {
        Ok(text) => file.document(text),
        Err(reason) => file.problem(reason),
    };
    Box::new(std::iter::once(item))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Metadata};

    fn items(input: &str) -> Vec<SourceItem> {
        from_reader(Box::new(Cursor::new(input.as_bytes().to_vec())), &SourceOptions::default()).collect()
    }

    #[test]
    fn json_lines_with_a_bad_line_go_on() {
        let got = items("{\"id\": 7, \"text\": \"Seven.\"}\n\n{oops\n[1]\n{\"content\": \"Line five.\", \"authors\": [\"A\", \"B\"]}\n");
        let ids: Vec<String> = got
            .iter()
            .map(|i| match i {
                SourceItem::Document(d) => format!("doc {}", d.doc_id),
                SourceItem::Problem(p) => format!("problem {}", p.path),
                SourceItem::Skipped { path, .. } => format!("skipped {path}"),
                SourceItem::File(f) => format!("file {}", f.id),
            })
            .collect();
        assert_eq!(ids, ["doc stdin#7", "problem stdin#3", "problem stdin#4", "doc stdin#5"]);
        let SourceItem::Document(d) = &got[3] else { panic!() };
        assert_eq!((d.text.as_str(), d.meta.author.as_deref()), ("Line five.", Some("A, B")));
        let SourceItem::Problem(p) = &got[1] else { panic!() };
        assert!(p.reason.starts_with("malformed JSON"), "{p}");
    }

    #[test]
    fn stdin_that_is_not_json_lines_is_one_text() {
        let got = items("\nJust some text,\n{not json}\n");
        assert_eq!(
            got,
            [SourceItem::Document(Document {
                doc_id: "stdin".into(),
                source_path: "-".into(),
                text: "\nJust some text,\n{not json}\n".into(),
                meta: Metadata::default()
            })]
        );
    }

    #[test]
    fn over_long_lines_are_problems() {
        let opts = SourceOptions { max_doc_bytes: 40, ..Default::default() };
        let long = format!("{{\"text\": \"{}\"}}", "x".repeat(100));
        let input = format!("{{\"text\": \"short\"}}\n{long}\n{{\"text\": \"after\"}}\n");
        let got: Vec<SourceItem> = from_reader(Box::new(Cursor::new(input.into_bytes())), &opts).collect();
        assert_eq!(got.len(), 3);
        assert!(matches!(&got[1], SourceItem::Problem(p) if p.path == "stdin#2" && p.reason.contains("limit")));
        assert!(matches!(&got[2], SourceItem::Document(d) if d.doc_id == "stdin#3" && d.text == "after"));
    }
}
