//! Sources: find the documents under an input (a folder, one file, or `-`
//! for standard input), read them lazily one file and one record at a time,
//! and attach their `metadata.csv` rows.
//!
//! One reader per kind of input, chosen by file extension:
//! [`text`] (`.txt`, `.text`, and `.html`/`.htm` pages through [`html`]),
//! [`jsonl`] (`.jsonl`, `.ndjson`), [`table`] (`.csv`, `.tsv`, `.parquet`) and
//! [`warc`] (`.warc`); a `.gz` suffix is decompressed on the fly (not for
//! Parquet). Anything else is counted as skipped ("unsupported type").
//!
//! Nothing is silent: every file under the input is read, reported as a
//! [`Problem`] (unreadable, empty, binary, too large, a bad record, a listing
//! error such as a dangling symlink, a symlink loop or a FIFO) or counted as
//! skipped. A bad record is a problem named `FILE#RECORD`; the rest of its
//! file goes on. Hidden files and folders (a name starting with `.`) and the
//! top-level `metadata.csv` are not documents and are passed over in silence.
//!
//! Document ids follow spec §6: a file's path relative to the input folder
//! with `/` separators (invalid UTF-8 bytes of a name escaped as `%XX`), a
//! record's `FILE#KEY` with KEY its id field or its 1-based line or row
//! number, a WARC record's `FILE#RECORD-ID`.

pub mod html;
mod jsonl;
mod metadata;
pub mod page_meta;
mod record;
mod table;
pub mod text;
mod walk;
mod warc;

use crate::document::{Document, Metadata};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::ffi::OsStr;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use metadata::{apply as apply_metadata, read_metadata};
pub use record::{Fields, to_document as record_document};
pub use text::decode;

/// The per-document size limit by default: 50 MB.
pub const DEFAULT_MAX_DOC_BYTES: usize = 50 * 1024 * 1024;

/// A file or record that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The document id (`FILE` or `FILE#RECORD`), or the path that could not be listed.
    pub path: String,
    /// What is wrong, in one sentence.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Field names looked up in JSON Lines, CSV and Parquet records, each list in
/// order of preference (the first present and non-empty wins).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldNames {
    /// The article text (HTML is extracted).
    pub text: Vec<String>,
    /// The record's id, the KEY of `FILE#KEY`.
    pub id: Vec<String>,
    /// The publication date.
    pub date: Vec<String>,
    /// The title.
    pub title: Vec<String>,
    /// The article's URL.
    pub url: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

impl Default for FieldNames {
    fn default() -> Self {
        FieldNames {
            text: names(&["text", "content", "body", "article", "full_text"]),
            id: names(&["id", "doc_id", "url", "uuid"]),
            date: names(&["published_date", "date", "published", "publish_date", "pubDate", "datePublished", "timestamp"]),
            title: names(&["title", "headline"]),
            url: names(&["url", "link", "source_url"]),
        }
    }
}

/// How inputs are read: the record field names and the per-document size limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceOptions {
    /// Record field names.
    pub fields: FieldNames,
    /// A document (file, record or page) larger than this many bytes is a problem, not read.
    pub max_doc_bytes: usize,
}

impl Default for SourceOptions {
    fn default() -> Self {
        SourceOptions { fields: FieldNames::default(), max_doc_bytes: DEFAULT_MAX_DOC_BYTES }
    }
}

/// Why an input cannot be read at all (as opposed to a [`Problem`] with one file).
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// The input path does not exist.
    #[error("input {} does not exist", .0.display())]
    Missing(PathBuf),
}

/// What a file was when it was found: its id and a stamp of its size,
/// modification time and inode, the quick check that lets a rerun pass over
/// a file it has read before without reading it again ([`Scan::skip_file`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    /// The file's id (its doc_id, or the `FILE` of its records' `FILE#KEY`).
    pub id: String,
    /// `SIZE:MTIME_NS:INODE`, or `None` when the file cannot be stamped or
    /// was modified too recently for its time to tell a later change apart
    /// (within [`RACY_SECONDS`] of now).
    pub stamp: Option<String>,
}

/// A file modified this recently (in seconds) is not stamped: a change in the
/// same tick of the file system's clock would leave the stamp as it was.
pub const RACY_SECONDS: u64 = 2;

/// The stamp of `path` (see [`FileStamp`]).
fn stamp_of(path: &Path) -> Option<String> {
    let m = std::fs::metadata(path).ok()?;
    let mtime = m.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?;
    if mtime + std::time::Duration::from_secs(RACY_SECONDS) > now {
        return None;
    }
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let inode = 0u64;
    Some(format!("{}:{}:{inode}", m.len(), mtime.as_nanos()))
}

/// One thing found under the input, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceItem {
    /// A file of a supported kind is about to be read; what it yields
    /// follows. The consumer may call [`Scan::skip_file`] to pass over it.
    File(FileStamp),
    /// A document read.
    Document(Document),
    /// A file or record that could not be read.
    Problem(Problem),
    /// A file that is not read because newsframe does not read its type.
    Skipped {
        /// Its path under the input.
        path: String,
        /// Why it is not read.
        reason: String,
    },
}

/// What reading an input gives: documents in doc_id order, problems and skipped files.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Documents read, in doc_id order.
    pub documents: Vec<Document>,
    /// Files and records that could not be read.
    pub problems: Vec<Problem>,
    /// Files not read, with the reason (`unsupported type`).
    pub skipped: Vec<(String, String)>,
}

/// The kinds of input file, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Html,
    Jsonl,
    Csv,
    Tsv,
    Parquet,
    Warc,
}

/// A file's kind and whether it is gzip-compressed, from its name.
fn kind_of(name: &str) -> Option<(Kind, bool)> {
    let lower = name.to_ascii_lowercase();
    let (stem, gz) = match lower.strip_suffix(".gz") {
        Some(s) => (s, true),
        None => (lower.as_str(), false),
    };
    let kind = match stem.rsplit_once('.')?.1 {
        "txt" | "text" => Kind::Text,
        "html" | "htm" | "xhtml" => Kind::Html,
        "jsonl" | "ndjson" => Kind::Jsonl,
        "csv" => Kind::Csv,
        "tsv" | "tab" => Kind::Tsv,
        "parquet" if !gz => Kind::Parquet,
        "warc" => Kind::Warc,
        _ => return None,
    };
    Some((kind, gz))
}

/// A file name component as it appears in a doc_id: itself when valid UTF-8;
/// otherwise `%` and each invalid byte percent-escaped, so two different
/// names never share an id and the same name always gets the same one.
fn component_id(s: &OsStr) -> String {
    if let Some(s) = s.to_str() {
        return s.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in s.as_bytes().utf8_chunks() {
            out.push_str(&chunk.valid().replace('%', "%25"));
            for b in chunk.invalid() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    s.to_string_lossy().into_owned()
}

/// `path` relative to `root` with `/` separators: the spec's doc_id.
pub fn doc_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| component_id(c.as_os_str())).collect::<Vec<_>>().join("/")
}

/// Open a file for reading, decompressing gzip on the fly.
fn open(path: &Path, gz: bool) -> std::io::Result<Box<dyn BufRead + Send>> {
    let file = std::fs::File::open(path)?;
    Ok(if gz { Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file))) } else { Box::new(BufReader::new(file)) })
}

/// Read at most `limit` bytes; `Err` names the limit when there is more.
fn read_limited(r: impl Read, limit: usize) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    r.take(limit as u64 + 1).read_to_end(&mut buf).map_err(|e| format!("cannot read: {e}"))?;
    if buf.len() > limit {
        return Err(too_large(limit));
    }
    Ok(buf)
}

/// The reason given for a document over the size limit.
fn too_large(limit: usize) -> String {
    format!("larger than the per-document limit of {} MB; not read", limit / (1024 * 1024))
}

/// A file of a supported kind, announced and waiting to be opened.
struct Announced {
    path: PathBuf,
    id: String,
    kind: Kind,
    gz: bool,
}

/// Where the documents come from.
enum Files {
    Walk(walk::Walk),
    Single(Option<PathBuf>),
    Stdin(bool),
}

/// The lazy reader behind [`scan`]: yields one item at a time, reading one
/// file, and within a file one record, at a time.
pub struct Scan {
    root: PathBuf,
    opts: SourceOptions,
    meta: BTreeMap<String, Metadata>,
    pending: VecDeque<SourceItem>,
    files: Files,
    current: Option<Box<dyn Iterator<Item = SourceItem>>>,
    /// Ids seen (documents and problems), to report metadata rows naming no file.
    used: BTreeSet<String>,
    meta_checked: bool,
    /// The file announced by the last [`SourceItem::File`], opened on the next call.
    announced: Option<Announced>,
    /// Hash of what, besides each file, shapes its documents (see [`Scan::context`]).
    context: String,
}

/// Check that the input exists (a folder, a file, or `-` for standard input).
pub fn check_input(input: &Path) -> Result<(), SourceError> {
    if input == Path::new("-") || input.exists() { Ok(()) } else { Err(SourceError::Missing(input.to_path_buf())) }
}

/// Read `input` lazily: a folder (recursively, with its `metadata.csv`), a
/// single file of any supported kind, or `-` for standard input (JSON Lines,
/// or plain text when it is not JSON Lines). A missing input yields one problem.
pub fn scan(input: &Path, opts: &SourceOptions) -> Scan {
    let mut pending = VecDeque::new();
    let mut meta = BTreeMap::new();
    let mut context = format!("{opts:?}");
    let (root, files) = if input == Path::new("-") {
        (PathBuf::new(), Files::Stdin(true))
    } else if input.is_dir() {
        let meta_path = input.join("metadata.csv");
        if meta_path.is_file() {
            let parsed = std::fs::read(&meta_path).map_err(|e| format!("cannot read it: {e}")).and_then(|bytes| {
                context.push_str(&crate::transform::doc::sha256_hex(&bytes));
                metadata::parse_metadata(&bytes)
            });
            match parsed {
                Ok(m) => {
                    meta = m.rows;
                    pending.extend(m.problems.into_iter().map(SourceItem::Problem));
                }
                Err(e) => pending
                    .push_back(SourceItem::Problem(Problem { path: "metadata.csv".into(), reason: format!("{e}; metadata ignored") })),
            }
        }
        (input.to_path_buf(), Files::Walk(walk::Walk::new(input)))
    } else if input.exists() {
        (input.parent().map(Path::to_path_buf).unwrap_or_default(), Files::Single(Some(input.to_path_buf())))
    } else {
        pending.push_back(SourceItem::Problem(Problem { path: input.display().to_string(), reason: "does not exist".into() }));
        (PathBuf::new(), Files::Single(None))
    };
    let context = crate::transform::doc::sha256_hex(context.as_bytes());
    Scan {
        root,
        opts: opts.clone(),
        meta,
        used: BTreeSet::new(),
        meta_checked: false,
        pending,
        files,
        current: None,
        announced: None,
        context,
    }
}

impl Scan {
    /// A hash of what shapes every file's documents besides the file itself
    /// (the reading options and the `metadata.csv`): a file's stamp tells
    /// that it is unchanged only while this is the same too.
    pub fn context(&self) -> &str {
        &self.context
    }

    /// Pass over the file just announced by [`SourceItem::File`] (its
    /// documents are known from an earlier run): it is not opened. `doc_ids`
    /// are its documents, which count as present for `metadata.csv`.
    pub fn skip_file(&mut self, doc_ids: impl IntoIterator<Item = String>) {
        self.announced = None;
        if !self.meta.is_empty() {
            self.used.extend(doc_ids);
        }
    }

    /// The items of one announced file, read by a reader of its kind.
    fn open_file(&self, f: Announced) -> Box<dyn Iterator<Item = SourceItem>> {
        let Announced { path, id, kind, gz } = f;
        let file = record::FileRef { id, source_path: path.to_string_lossy().into_owned(), path };
        let opts = &self.opts;
        match kind {
            Kind::Text | Kind::Html => Box::new(std::iter::once(text::read_file(&file, kind == Kind::Html, gz, opts.max_doc_bytes))),
            Kind::Jsonl => jsonl::read_file(file, gz, opts),
            Kind::Csv => table::read_csv(file, gz, b',', opts),
            Kind::Tsv => table::read_csv(file, gz, b'\t', opts),
            Kind::Parquet => table::read_parquet(file, opts),
            Kind::Warc => warc::read_file(file, gz, opts),
        }
    }
}

impl Iterator for Scan {
    type Item = SourceItem;

    fn next(&mut self) -> Option<SourceItem> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if let Some(f) = self.announced.take() {
                self.current = Some(self.open_file(f));
            }
            if let Some(cur) = &mut self.current {
                match cur.next() {
                    Some(SourceItem::Document(mut d)) => {
                        metadata::apply(&mut d.meta, self.meta.get(&d.doc_id));
                        if !self.meta.is_empty() {
                            self.used.insert(d.doc_id.clone());
                        }
                        return Some(SourceItem::Document(d));
                    }
                    Some(SourceItem::Problem(p)) => {
                        if !self.meta.is_empty() {
                            self.used.insert(p.path.clone());
                        }
                        return Some(SourceItem::Problem(p));
                    }
                    Some(other) => return Some(other),
                    None => self.current = None,
                }
            }
            let next = match &mut self.files {
                Files::Walk(w) => w.next(),
                Files::Single(p) => p.take().map(walk::Entry::File),
                Files::Stdin(first) => {
                    if !std::mem::take(first) {
                        return None;
                    }
                    self.current = Some(jsonl::read_stdin(&self.opts));
                    continue;
                }
            };
            let Some(next) = next else {
                // At the end: metadata.csv rows that named no document are problems too.
                if std::mem::replace(&mut self.meta_checked, true) {
                    return None;
                }
                for id in self.meta.keys().filter(|id| !self.used.contains(*id)) {
                    self.pending.push_back(SourceItem::Problem(Problem {
                        path: "metadata.csv".into(),
                        reason: format!("the row for doc_id {id} names no document of the input"),
                    }));
                }
                continue;
            };
            match next {
                walk::Entry::File(path) => {
                    let id = doc_id(&self.root, &path);
                    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    let Some((kind, gz)) = kind_of(&name) else {
                        return Some(SourceItem::Skipped { path: id, reason: "unsupported type".into() });
                    };
                    let stamp = FileStamp { id: id.clone(), stamp: stamp_of(&path) };
                    self.announced = Some(Announced { path, id, kind, gz });
                    return Some(SourceItem::File(stamp));
                }
                walk::Entry::Problem(path, reason) => {
                    return Some(SourceItem::Problem(Problem { path: doc_id(&self.root, &path), reason }));
                }
            }
        }
    }
}

/// Read every document under `input` with its metadata row, collected and
/// sorted by doc_id (the current pipeline's batch view of [`scan`]).
pub fn read(input: &Path, opts: &SourceOptions) -> Result<Inputs, SourceError> {
    check_input(input)?;
    let mut inputs = Inputs::default();
    for item in scan(input, opts) {
        match item {
            SourceItem::Document(d) => inputs.documents.push(d),
            SourceItem::Problem(p) => inputs.problems.push(p),
            SourceItem::Skipped { path, reason } => inputs.skipped.push((path, reason)),
            SourceItem::File(_) => {}
        }
    }
    inputs.documents.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    inputs.problems.sort();
    Ok(inputs)
}

#[cfg(test)]
mod tests;
