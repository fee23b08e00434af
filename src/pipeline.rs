//! The `run` command end to end: sources -> extract -> transform -> load,
//! streaming and incremental.
//!
//! Documents flow in bounded batches: each batch is extracted and turned
//! into table rows in parallel ([`transform::document`]), and the rows go to
//! the incremental store ([`crate::store`]); nothing holds the whole corpus.
//! A document whose content key (text and metadata hashes) and extractor
//! fingerprint match the store's is not extracted again. Then the
//! cross-document step aggregates the stored entity lists, and the tables
//! are streamed from the store, in `doc_id` order, into a new snapshot that
//! becomes current in one step ([`load::snapshot`]). A run that changes
//! nothing writes nothing. A lock file keeps two runs (say, overlapping cron
//! jobs) from writing the same output folder at once.

use crate::document::Document;
use crate::extract::{self, Models};
use crate::load::snapshot::{self, Snapshot};
use crate::load::{self, Format, TableWriter};
use crate::sources::{self, FileStamp, Problem, SourceItem, SourceOptions};
use crate::store::{Put, Store};
use crate::transform::{self, DOC_TABLES, DocEntities, DocTables, EntityIndex, SCHEMA_VERSION, TABLES};
use crate::{EXTRACTOR_FINGERPRINT, Error, Result};
use polars::prelude::{BooleanChunked, DataFrame, NewChunkedArray};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs::File;
use std::path::PathBuf;

/// The lock file in the output folder.
pub const LOCK_FILE: &str = ".newsframe.lock";

/// Documents extracted together (in parallel) and stored in one transaction.
const BATCH_DOCS: usize = 256;
/// A batch also ends once it holds this much text.
const BATCH_BYTES: usize = 16 << 20;
/// Documents per row group when the tables are written.
const WRITE_DOCS: usize = 2048;

/// What `newsframe run` is asked to do.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// The input folder.
    pub input: PathBuf,
    /// The output folder (snapshots, store, lock).
    pub output: PathBuf,
    /// The formats each table is written in.
    pub formats: Vec<Format>,
    /// Re-extract every document, ignoring the store.
    pub force: bool,
    /// The extractor fingerprint cached rows must have been made with to be
    /// reused: this build's [`EXTRACTOR_FINGERPRINT`] (another value serves tests).
    pub fingerprint: String,
    /// How inputs are read (record field names, size limit).
    pub sources: SourceOptions,
    /// Write the tables even when no document is readable and the last run had some.
    pub allow_empty: bool,
    /// Split each per-document table's Parquet into this many hive-style
    /// buckets by a hash of `doc_id` (`NAME/bucket=K/part-0.parquet`), for big
    /// corpora; `None` writes one file per table.
    pub partition: Option<u32>,
}

impl RunOptions {
    /// Options for a run from `input` to `output` in CSV and Parquet.
    pub fn new(input: impl Into<PathBuf>, output: impl Into<PathBuf>) -> Self {
        RunOptions {
            input: input.into(),
            output: output.into(),
            formats: vec![Format::Csv, Format::Parquet],
            force: false,
            fingerprint: EXTRACTOR_FINGERPRINT.to_string(),
            sources: SourceOptions::default(),
            allow_empty: false,
            partition: None,
        }
    }
}

/// What a run tells its caller while it works; the library itself prints nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// `n` more documents are about to be extracted.
    Extracting {
        /// How many.
        n: usize,
    },
    /// One more document was extracted.
    Extracted,
    /// Extraction is over.
    ExtractionDone,
    /// Something the user should know that is not a problem with an input file.
    Note(String),
}

/// How the run went: the closing line's counts and the skipped files.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summary {
    /// Documents not in the previous run.
    pub new: usize,
    /// Documents whose text or metadata changed since the previous run.
    pub changed: usize,
    /// Documents unchanged since the previous run.
    pub unchanged: usize,
    /// Documents of the previous run that are gone.
    pub removed: usize,
    /// Documents extracted this run (new, changed, or all after an extractor upgrade).
    pub extracted: usize,
    /// Files passed over unread: their stamp (size, modification time, inode)
    /// was the one their stored documents were read with.
    pub files_passed_over: usize,
    /// Input files that were skipped, and why.
    pub problems: Vec<Problem>,
    /// Files not read (path, reason: unsupported type).
    pub skipped: Vec<(String, String)>,
    /// Whether new tables were written (false when nothing changed).
    pub wrote: bool,
    /// Seconds spent in each stage: `extract` (reading and extracting), `write` (the tables).
    pub durations: Vec<(String, f64)>,
    /// Row count of each table of the current snapshot.
    pub table_rows: BTreeMap<String, usize>,
}

impl Summary {
    /// Documents whose content did not change but that were extracted again
    /// (`--force`, or new extractors).
    pub fn re_extracted(&self) -> usize {
        self.extracted.saturating_sub(self.new + self.changed)
    }

    /// The machine-readable run report (`newsframe run --report FILE`).
    pub fn report(&self, opts: &RunOptions) -> serde_json::Value {
        serde_json::json!({
            "status": "done",
            "newsframe_version": env!("CARGO_PKG_VERSION"),
            "schema_version": SCHEMA_VERSION,
            "extractor_fingerprint": opts.fingerprint,
            "input": opts.input.display().to_string(),
            "output": opts.output.display().to_string(),
            "formats": opts.formats.iter().map(|f| f.extension()).collect::<Vec<_>>(),
            "force": opts.force,
            "documents": {
                "new": self.new,
                "changed": self.changed,
                "unchanged": self.unchanged,
                "removed": self.removed,
                "extracted": self.extracted,
                "re_extracted": self.re_extracted(),
            },
            "files_passed_over": self.files_passed_over,
            "problems": problems_json(&self.problems),
            "skipped": self.skipped.iter().map(|(p, r)| serde_json::json!({"path": p, "reason": r})).collect::<Vec<_>>(),
            "wrote_tables": self.wrote,
            "durations_s": self.durations.iter().map(|(k, v)| (k.clone(), serde_json::json!((v * 1000.0).round() / 1000.0))).collect::<serde_json::Map<_, _>>(),
            "tables": self.table_rows,
        })
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} new, {} changed, {} unchanged, ", self.new, self.changed, self.unchanged,)?;
        if self.re_extracted() > 0 {
            write!(f, "{} re-extracted, ", self.re_extracted())?;
        }
        write!(f, "{} removed, {} problems", self.removed, self.problems.len())?;
        if !self.skipped.is_empty() {
            write!(f, ", {} skipped: unsupported type", self.skipped.len())?;
        }
        Ok(())
    }
}

/// The content key of a document: its text's hash and its metadata's.
fn content_key(d: &Document) -> (String, String) {
    let sha = transform::doc::sha256_hex(d.text.as_bytes());
    let meta = serde_json::to_vec(&d.meta).expect("metadata serialises");
    let key = format!("{sha}:{}", &transform::doc::sha256_hex(&meta)[..16]);
    (sha, key)
}

fn encode<T: serde::Serialize>(v: &T) -> Vec<u8> {
    postcard::to_stdvec(v).expect("rows serialise")
}

fn decode<'a, T: serde::Deserialize<'a>>(doc_id: &str, bytes: &'a [u8]) -> Result<T> {
    postcard::from_bytes(bytes).map_err(|e| Error::io(format!("incremental store, document {doc_id}"), std::io::Error::other(e)))
}

/// A document waiting in a batch to be extracted: with its text's hash, its
/// content key, and the file it came from with that file's stamp.
struct Pending {
    doc: Document,
    sha: String,
    key: String,
    file: String,
    stamp: String,
}

/// Extract a batch of documents in parallel and store their rows. A document
/// whose extraction panics (a bug, never bad input) is returned as a problem
/// naming it, with its file's id; its rows are not stored, and the rest of the
/// batch goes on.
fn extract_batch(
    batch: &mut Vec<Pending>,
    extract_one: &(dyn Fn(&Pending) -> (DocTables, DocEntities) + Sync),
    store: &mut Store,
    fingerprint: &str,
    on_event: &(dyn Fn(Event) + Sync),
) -> Result<Vec<(Problem, String)>> {
    if batch.is_empty() {
        return Ok(Vec::new());
    }
    on_event(Event::Extracting { n: batch.len() });
    let done: Vec<std::result::Result<Put, (Problem, String)>> = batch
        .par_iter()
        .map(|p| {
            let extracted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract_one(p)));
            on_event(Event::Extracted);
            let (tables, entities) = extracted.map_err(|panic| {
                let reason = format!("extraction failed on an internal error (a bug; please report it): {}", panic_message(&*panic));
                (Problem { path: p.doc.doc_id.clone(), reason }, p.file.clone())
            })?;
            Ok(Put {
                doc_id: p.doc.doc_id.clone(),
                key: p.key.clone(),
                n_chars: tables.document.n_chars as u64,
                fingerprint: fingerprint.to_string(),
                file: p.file.clone(),
                stamp: p.stamp.clone(),
                entities: encode(&entities),
                rows: encode(&tables),
            })
        })
        .collect();
    batch.clear();
    let (mut puts, mut failed) = (Vec::with_capacity(done.len()), Vec::new());
    for d in done {
        match d {
            Ok(put) => puts.push(put),
            Err(problem) => failed.push(problem),
        }
    }
    store.put(&puts)?;
    Ok(failed)
}

/// Extract one pending document and build its rows.
fn extract_pending(p: &Pending, models: &Models) -> (DocTables, DocEntities) {
    transform::document(&p.doc, &p.sha, &extract::extract(&p.doc, models))
}

/// The message a panic was raised with, when it is text.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic.downcast_ref::<&str>().copied().or_else(|| panic.downcast_ref::<String>().map(String::as_str)).unwrap_or("unknown panic")
}

/// Documents whose extraction failed are problems, and their files are read
/// again next run (their stamps are forgotten).
fn note_failures(failed: Vec<(Problem, String)>, summary: &mut Summary, problem_files: &mut Vec<String>) {
    for (p, file) in failed {
        summary.extracted -= 1;
        problem_files.push(file);
        summary.problems.push(p);
    }
}

/// Run the pipeline. `models` is called only if some document needs
/// extracting; `on_event` hears of progress (from several threads).
pub fn run(opts: &RunOptions, models: impl FnOnce() -> Result<Models>, on_event: &(dyn Fn(Event) + Sync)) -> Result<Summary> {
    sources::check_input(&opts.input).map_err(|_| Error::InputMissing(opts.input.clone()))?;
    let not_writable = |source| Error::OutputNotWritable { path: opts.output.clone(), source };
    std::fs::create_dir_all(&opts.output).map_err(not_writable)?;
    let lock = File::create(opts.output.join(LOCK_FILE)).map_err(not_writable)?;
    // Another run holds the lock for as long as it works; a lock held for an instant (a process
    // forked elsewhere in this program shares the open file until it execs) is waited out.
    let locked = (0..20).all(|attempt| {
        if attempt > 0 {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        lock.try_lock().is_err()
    });
    if locked {
        return Err(Error::Locked(opts.output.clone()));
    }
    let mut store = Store::open(&opts.output)?;
    if store.meta("fingerprint")?.is_some_and(|f| f != opts.fingerprint) {
        on_event(Event::Note("the extractors changed since the last run; every document is extracted again".into()));
    }

    let mut summary = Summary::default();
    let started = std::time::Instant::now();
    let mut models = Some(models);
    let mut loaded: Option<Models> = None;
    let mut batch: Vec<Pending> = Vec::new();
    let mut batch_bytes = 0;
    let mut documents = 0usize;
    let mut scan = sources::scan(&opts.input, &opts.sources);
    // File stamps are trusted only when what else shapes the documents is as
    // it was (and never under --force, which reads everything).
    let trust_stamps = !opts.force && store.meta("source_context")?.as_deref() == Some(scan.context());
    // The file being read, files that gave a problem, and unchanged documents to re-stamp.
    let mut file: Option<FileStamp> = None;
    let mut problem_files: Vec<String> = Vec::new();
    let mut restamp: Vec<(String, String)> = Vec::new();
    while let Some(item) = scan.next() {
        let doc = match item {
            SourceItem::Document(d) => d,
            SourceItem::File(f) => {
                if let (true, Some(stamp)) = (trust_stamps, &f.stamp)
                    && let Some(ids) = store.unchanged_file(&f.id, stamp, &opts.fingerprint)?
                {
                    documents += ids.len();
                    summary.unchanged += ids.len();
                    summary.files_passed_over += 1;
                    scan.skip_file(ids);
                    file = None;
                    continue;
                }
                file = Some(f);
                continue;
            }
            SourceItem::Problem(p) => {
                if let Some(f) = &file
                    && p.path.strip_prefix(f.id.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with('#'))
                {
                    problem_files.push(f.id.clone());
                }
                summary.problems.push(p);
                continue;
            }
            SourceItem::Skipped { path, reason } => {
                summary.skipped.push((path, reason));
                continue;
            }
        };
        let (sha, key) = content_key(&doc);
        let stamp = file.as_ref().and_then(|f| f.stamp.as_deref()).unwrap_or_default();
        documents += 1;
        let fresh = match store.look_up(&doc.doc_id)? {
            Some(e) if e.key == key => {
                summary.unchanged += 1;
                let fresh = e.fingerprint == opts.fingerprint && !opts.force;
                if fresh && e.stamp != stamp {
                    restamp.push((doc.doc_id.clone(), stamp.to_string()));
                    if restamp.len() >= BATCH_DOCS {
                        store.set_stamps(&std::mem::take(&mut restamp))?;
                    }
                }
                fresh
            }
            Some(_) => {
                summary.changed += 1;
                false
            }
            None => {
                summary.new += 1;
                false
            }
        };
        if fresh {
            continue;
        }
        summary.extracted += 1;
        batch_bytes += doc.text.len();
        let (file_id, stamp) = (file.as_ref().map(|f| f.id.clone()).unwrap_or_default(), stamp.to_string());
        batch.push(Pending { doc, sha, key, file: file_id, stamp });
        if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
            if loaded.is_none() {
                loaded = Some((models.take().expect("models are loaded once"))()?);
            }
            let models = loaded.as_ref().expect("loaded");
            let failed = extract_batch(&mut batch, &|p| extract_pending(p, models), &mut store, &opts.fingerprint, on_event)?;
            note_failures(failed, &mut summary, &mut problem_files);
            batch_bytes = 0;
        }
    }
    if !batch.is_empty() {
        if loaded.is_none() {
            loaded = Some((models.take().expect("models are loaded once"))()?);
        }
        let models = loaded.as_ref().expect("loaded");
        let failed = extract_batch(&mut batch, &|p| extract_pending(p, models), &mut store, &opts.fingerprint, on_event)?;
        note_failures(failed, &mut summary, &mut problem_files);
    }
    store.set_stamps(&restamp)?;
    // A file that gave a problem is read again next time, so the problem is reported again.
    store.forget_stamps(&problem_files)?;
    store.set_meta("source_context", scan.context())?;
    if summary.extracted > 0 {
        on_event(Event::ExtractionDone);
    }
    // Guard for scheduled runs: an emptied or unmounted input must not wipe a dataset.
    if documents == 0 && !opts.allow_empty && !store.is_empty()? {
        return Err(Error::EmptyInput { input: opts.input.clone(), output: opts.output.clone(), documents: store.len()? });
    }
    let gone = store.unseen()?;
    let problem_paths: BTreeSet<&str> = summary.problems.iter().map(|p| p.path.as_str()).collect();
    summary.removed = gone.iter().filter(|g| !problem_paths.contains(g.as_str())).count();
    store.remove(&gone)?;
    store.set_meta("fingerprint", &opts.fingerprint)?;

    summary.durations.push(("extract".into(), started.elapsed().as_secs_f64()));
    let started = std::time::Instant::now();
    summary.table_rows = match current_tables(&opts.output, &store, &summary, opts)? {
        Some(rows) => rows,
        None => {
            summary.wrote = true;
            write_snapshot(opts, &store, &summary.problems)?
        }
    };
    summary.durations.push(("write".into(), started.elapsed().as_secs_f64()));
    Ok(summary)
}

/// The parts of a snapshot's manifest that `T` names, read without holding
/// the file or its documents list in memory (unknown fields are skipped).
fn read_manifest<T: serde::de::DeserializeOwned>(snapshot: &std::path::Path) -> Option<T> {
    let file = File::open(snapshot.join("manifest.json")).ok()?;
    serde_json::from_reader(std::io::BufReader::new(file)).ok()
}

/// The current snapshot's table row counts when it can stay as it is, or
/// `None` when the tables must be written again: something was extracted or
/// removed, or the current snapshot is missing, was not made from this
/// store, or holds other formats, documents or problems.
fn current_tables(out: &std::path::Path, store: &Store, s: &Summary, opts: &RunOptions) -> Result<Option<BTreeMap<String, usize>>> {
    let (formats, fingerprint) = (&opts.formats, opts.fingerprint.as_str());
    if s.extracted > 0 || s.removed > 0 {
        return Ok(None);
    }
    let Some(current) = snapshot::current(out) else { return Ok(None) };
    // The documents list is skipped while parsing: the store that made the
    // snapshot lists the same documents when nothing was extracted or removed.
    let Some(old) = read_manifest::<ManifestHead>(&current) else { return Ok(None) };
    let made_from_store = current.file_name().map(|n| n.to_string_lossy().into_owned()) == store.meta("generation")?;
    let same = made_from_store
        && old.formats == serde_json::json!(formats.iter().map(|f| f.extension()).collect::<Vec<_>>())
        && old.problems == problems_json(&s.problems)
        && old.schema_version == SCHEMA_VERSION
        && old.partition == serde_json::json!(opts.partition)
        && old.extractor_fingerprint == fingerprint;
    Ok(same.then(|| old.tables.into_iter().map(|(t, r)| (t, r.rows)).collect()))
}

/// The parts of an existing manifest that decide whether to write again.
#[derive(serde::Deserialize)]
struct ManifestHead {
    formats: serde_json::Value,
    problems: serde_json::Value,
    schema_version: serde_json::Value,
    #[serde(default)]
    partition: serde_json::Value,
    extractor_fingerprint: String,
    tables: BTreeMap<String, TableRows>,
}

/// A table's entry in the manifest, as far as reruns read it.
#[derive(serde::Deserialize)]
struct TableRows {
    rows: usize,
}

/// The bucket (0..n) of a document's rows under `--partition n`: a stable hash of its id.
pub fn bucket_of(doc_id: &str, n: u32) -> u32 {
    let h = Sha256::digest(doc_id.as_bytes());
    u32::from_be_bytes([h[0], h[1], h[2], h[3]]) % n.max(1)
}

/// The file of bucket `k` of a partitioned table (hive style: readers see a `bucket` column).
pub fn bucket_file(table: &str, k: u32) -> String {
    format!("{table}/bucket={k}/part-0.parquet")
}

/// The files of table `t` in format `f`, as the manifest lists them.
fn table_files(t: &str, f: Format, partition: Option<u32>) -> Vec<String> {
    match (f, partition) {
        (Format::Parquet, Some(n)) if DOC_TABLES.contains(&t) => (0..n).map(|k| bucket_file(t, k)).collect(),
        _ => vec![f.file_for(t)],
    }
}

fn problems_json(problems: &[Problem]) -> serde_json::Value {
    let mut p: Vec<&Problem> = problems.iter().collect();
    p.sort_by(|a, b| a.path.cmp(&b.path));
    p.iter().map(|p| serde_json::json!({"path": p.path, "reason": p.reason})).collect()
}

/// One writer of a per-document table: its table (index in [`DOC_TABLES`]),
/// its bucket under `--partition`, and the file it writes.
struct DocWriter {
    table: usize,
    bucket: Option<u32>,
    w: TableWriter,
}

/// The cross-document step and the writers: every table, streamed from the
/// store into a new snapshot, then made current; returns each table's row count.
fn write_snapshot(opts: &RunOptions, store: &Store, problems: &[Problem]) -> Result<BTreeMap<String, usize>> {
    let mut index = EntityIndex::default();
    let mut extra: BTreeSet<String> = BTreeSet::new();
    store.for_each_entities(|id, blob| {
        let e: DocEntities = decode(id, blob)?;
        extra.extend(e.extra_columns.iter().cloned());
        index.add(&e);
        Ok(())
    })?;
    let extra: Vec<String> = extra.into_iter().collect();

    let snap = Snapshot::begin(&opts.output)?;
    let generation = snap.name().to_string();
    let mut files: Vec<String> = Vec::new();
    let mut rows: BTreeMap<&str, usize> = BTreeMap::new();
    let mut columns: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut sheets: Vec<(&str, load::xlsx::FinishedSheet)> = Vec::new();
    fn frame_err(t: &str) -> impl FnOnce(polars::prelude::PolarsError) -> Error + '_ {
        move |e| Error::table(t, e)
    }

    // Per-document tables, streamed in doc_id order; with --partition, the
    // Parquet of each goes to one writer per bucket.
    let mut writers: Vec<DocWriter> = Vec::new();
    for (table, t) in DOC_TABLES.into_iter().enumerate() {
        let schema = transform::tables::batch_frame(t, &[], &extra).map_err(frame_err(t))?.schema().as_ref().clone();
        columns.insert(t, schema.iter_names().map(|n| n.to_string()).collect());
        for &f in &opts.formats {
            if let (Format::Parquet, Some(n)) = (f, opts.partition) {
                for k in 0..n {
                    let file = bucket_file(t, k);
                    let path = snap.path(&file);
                    if let Some(dir) = path.parent() {
                        std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
                    }
                    writers.push(DocWriter { table, bucket: Some(k), w: TableWriter::create(t, f, &schema, &path)? });
                    files.push(file);
                }
                continue;
            }
            let file = f.file_for(t);
            writers.push(DocWriter { table, bucket: None, w: TableWriter::create(t, f, &schema, &snap.path(&file))? });
            if f != Format::Xlsx {
                files.push(file);
            }
        }
    }
    // Blobs are read in doc_id order and decoded in parallel; each table's
    // batch is built on its own thread, then every (table, format, bucket)
    // writer writes on its own: both cores stay busy, whichever table is big.
    let mut pending: Vec<(String, Vec<u8>)> = Vec::with_capacity(WRITE_DOCS);
    let flush = |pending: &mut Vec<(String, Vec<u8>)>, writers: &mut Vec<DocWriter>| -> Result<()> {
        let docs: Vec<DocTables> = pending.par_iter().map(|(id, blob)| decode(id, blob)).collect::<Result<_>>()?;
        let refs: Vec<&DocTables> = docs.iter().collect();
        let frames: Vec<(DataFrame, Option<Vec<u32>>)> = DOC_TABLES
            .par_iter()
            .map(|t| {
                let df = transform::tables::batch_frame(t, &refs, &extra).map_err(frame_err(t))?;
                let buckets = match opts.partition {
                    Some(n) => {
                        let ids = df.column("doc_id").map_err(frame_err(t))?.str().map_err(frame_err(t))?;
                        Some((0..ids.len()).map(|i| bucket_of(ids.get(i).unwrap_or(""), n)).collect())
                    }
                    None => None,
                };
                Ok((df, buckets))
            })
            .collect::<Result<_>>()?;
        writers.par_iter_mut().try_for_each(|d| -> Result<()> {
            let (df, buckets) = &frames[d.table];
            match (d.bucket, buckets) {
                (Some(k), Some(bs)) => {
                    let t = DOC_TABLES[d.table];
                    let mask = BooleanChunked::from_slice("bucket".into(), &bs.iter().map(|b| *b == k).collect::<Vec<_>>());
                    d.w.write(&df.filter(&mask).map_err(frame_err(t))?)
                }
                _ => d.w.write(df),
            }
        })?;
        pending.clear();
        Ok(())
    };
    store.for_each_rows(|id, blob| {
        pending.push((id.to_string(), blob.to_vec()));
        if pending.len() >= WRITE_DOCS {
            flush(&mut pending, &mut writers)?;
        }
        Ok(())
    })?;
    flush(&mut pending, &mut writers)?;
    let mut in_buckets: BTreeMap<&str, usize> = BTreeMap::new();
    for d in writers {
        let t = DOC_TABLES[d.table];
        let (n, sheet) = d.w.finish_sheet()?;
        if d.bucket.is_some() {
            *in_buckets.entry(t).or_default() += n;
        } else {
            rows.insert(t, n);
        }
        sheets.extend(sheet.map(|s| (t, s)));
    }
    for (t, n) in in_buckets {
        rows.entry(t).or_insert(n);
    }

    // Corpus-level tables, small enough to build whole.
    let entity_rows = index.rows();
    for (t, df) in [
        ("entities", transform::tables::entities_frame(&entity_rows).map_err(frame_err("entities"))?),
        ("problems", transform::tables::problems_frame(problems).map_err(frame_err("problems"))?),
    ] {
        columns.insert(t, df.get_column_names().iter().map(|c| c.to_string()).collect());
        for &f in &opts.formats {
            let file = f.file_for(t);
            let mut w = TableWriter::create(t, f, df.schema(), &snap.path(&file))?;
            w.write(&df)?;
            let (n, sheet) = w.finish_sheet()?;
            rows.insert(t, n);
            sheets.extend(sheet.map(|s| (t, s)));
            if f != Format::Xlsx {
                files.push(file);
            }
        }
    }
    if opts.formats.contains(&Format::Xlsx) {
        sheets.sort_by_key(|(t, _)| TABLES.iter().position(|x| x == t));
        load::xlsx::save(sheets.into_iter().map(|(_, s)| s).collect(), &snap.path(load::xlsx::WORKBOOK))?;
        files.push(load::xlsx::WORKBOOK.into());
    }
    let schemas = transform::tables::schemas(&extra).map_err(frame_err("datapackage.json"))?;
    let mut package = load::datapackage::datapackage(&schemas, &opts.formats);
    if let Some(n) = opts.partition {
        // Partitioned tables: the resource's path is the list of its parts.
        for r in package["resources"].as_array_mut().into_iter().flatten() {
            let t = r["name"].as_str().unwrap_or_default().to_string();
            if !DOC_TABLES.contains(&t.as_str()) {
                continue;
            }
            let parts: Vec<String> = (0..n).map(|k| bucket_file(&t, k)).collect();
            if opts.formats.first() == Some(&Format::Parquet) {
                r["path"] = serde_json::json!(parts);
            }
            r["newsframe:files"] = opts.formats.iter().flat_map(|f| table_files(&t, *f, opts.partition)).collect();
        }
    }
    let bytes = serde_json::to_vec_pretty(&package).map_err(|e| Error::table("datapackage.json", e))?;
    std::fs::write(snap.path("datapackage.json"), bytes).map_err(|e| Error::io("cannot write datapackage.json", e))?;
    files.push("datapackage.json".into());

    let tables: serde_json::Map<String, serde_json::Value> = TABLES
        .iter()
        .map(|t| {
            let fs: Vec<String> = opts.formats.iter().flat_map(|f| table_files(t, *f, opts.partition)).collect();
            (t.to_string(), serde_json::json!({"rows": rows.get(t).copied().unwrap_or(0), "columns": columns[t], "files": fs}))
        })
        .collect();
    let manifest = serde_json::json!({
        "newsframe_version": env!("CARGO_PKG_VERSION"),
        "schema_version": SCHEMA_VERSION,
        "extractor_fingerprint": opts.fingerprint,
        "formats": opts.formats.iter().map(|f| f.extension()).collect::<Vec<_>>(),
        "partition": opts.partition,
        "tables": tables,
        "files": files,
        "documents": [],
        "problems": problems_json(problems),
    });
    write_manifest(&snap.path("manifest.json"), &manifest, store)?;
    files.push("manifest.json".into());
    snap.commit(&files)?;
    store.set_meta("generation", &generation)?;
    Ok(TABLES.iter().map(|t| (t.to_string(), rows.get(t).copied().unwrap_or(0))).collect())
}

/// Write the manifest: `head` pretty-printed, with its empty `documents`
/// list filled from the store one line per document, so that no list of all
/// documents is held in memory.
fn write_manifest(path: &std::path::Path, head: &serde_json::Value, store: &Store) -> Result<()> {
    use std::io::Write;
    let io_err = |e| Error::io("cannot write manifest.json", e);
    let text = serde_json::to_string_pretty(head).map_err(|e| Error::table("manifest.json", e))?;
    let (before, after) = text.split_once("\"documents\": []").expect("the manifest head has an empty documents list");
    let mut w = std::io::BufWriter::new(File::create(path).map_err(io_err)?);
    w.write_all(before.as_bytes()).map_err(io_err)?;
    w.write_all(b"\"documents\": [").map_err(io_err)?;
    let mut first = true;
    store.for_each_document(|doc_id, key, n_chars| {
        let sha = key.split(':').next().unwrap_or(key);
        let line = serde_json::json!({"doc_id": doc_id, "content_sha256": sha, "n_chars": n_chars});
        let sep = if std::mem::take(&mut first) { "\n    " } else { ",\n    " };
        write!(w, "{sep}{line}").map_err(io_err)
    })?;
    w.write_all(if first { b"]" } else { b"\n  ]" }).map_err(io_err)?;
    w.write_all(after.as_bytes()).map_err(io_err)?;
    w.into_inner().map_err(|e| io_err(e.into_error()))?.sync_all().map_err(io_err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{AmountKind, Qualifier};
    use crate::transform::doc::{AmountRow, DocumentRow};

    fn run_quiet(opts: &RunOptions) -> Summary {
        run(opts, || Models::bundled().map_err(|e| Error::Model(e.to_string())), &|_| {}).unwrap()
    }

    #[test]
    fn a_document_whose_extraction_panics_is_a_problem_and_the_batch_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let pending = |id: &str, text: &str| {
            let doc = Document { doc_id: id.into(), source_path: id.into(), text: text.into(), meta: Default::default() };
            let (sha, key) = content_key(&doc);
            Pending { doc, sha, key, file: format!("{id}.jsonl"), stamp: String::new() }
        };
        let mut batch = vec![pending("a", "Acme hired 300 workers."), pending("b", "Beta fell."), pending("c", "Gamma rose.")];
        let models = Models::bundled().unwrap();
        let one = |p: &Pending| {
            assert!(p.doc.doc_id != "b", "no rule for this text");
            extract_pending(p, &models)
        };
        let failed = extract_batch(&mut batch, &one, &mut store, "fp", &|_| {}).unwrap();
        assert_eq!(failed.len(), 1);
        let (problem, file) = &failed[0];
        assert_eq!((problem.path.as_str(), file.as_str()), ("b", "b.jsonl"));
        assert!(problem.reason.contains("internal error") && problem.reason.contains("no rule for this text"), "{}", problem.reason);
        assert!(batch.is_empty());
        assert_eq!(store.len().unwrap(), 2);
        assert!(store.look_up("a").unwrap().is_some() && store.look_up("b").unwrap().is_none());
    }

    #[test]
    fn a_new_extractor_fingerprint_re_extracts_everything() {
        let dir = tempfile::tempdir().unwrap();
        let (input, output) = (dir.path().join("in"), dir.path().join("out"));
        std::fs::create_dir(&input).unwrap();
        std::fs::write(input.join("a.txt"), "Acme Corp said on Monday it hired 300 workers.").unwrap();
        std::fs::write(input.join("b.txt"), "Jane Doe paid $5 million for the house.").unwrap();
        let mut opts = RunOptions::new(&input, &output);
        opts.fingerprint = "build-one".into();
        assert_eq!(run_quiet(&opts).extracted, 2);
        let again = run_quiet(&opts);
        assert_eq!((again.extracted, again.unchanged, again.wrote), (0, 2, false));
        opts.fingerprint = "build-two".into();
        let upgraded = run_quiet(&opts);
        assert_eq!((upgraded.extracted, upgraded.unchanged, upgraded.wrote), (2, 2, true));
        let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(output.join("manifest.json")).unwrap()).unwrap();
        assert_eq!(manifest["extractor_fingerprint"], "build-two");
    }

    #[test]
    fn a_file_whose_stamp_is_unchanged_is_passed_over_unread() {
        use std::time::{Duration, SystemTime};
        let dir = tempfile::tempdir().unwrap();
        let (input, output) = (dir.path().join("in"), dir.path().join("out"));
        std::fs::create_dir(&input).unwrap();
        let now = SystemTime::now();
        let set_time = |name: &str, ago: u64| {
            let f = std::fs::File::options().write(true).open(input.join(name)).unwrap();
            f.set_modified(now - Duration::from_secs(ago)).unwrap();
        };
        std::fs::write(input.join("a.txt"), "Acme Corp said on Monday it hired 300 workers.").unwrap();
        std::fs::write(
            input.join("b.jsonl"),
            "{\"id\": \"1\", \"text\": \"Jane Doe paid $5 million.\"}\n{\"id\": \"2\", \"text\": \"Bob Roe left.\"}\n",
        )
        .unwrap();
        std::fs::write(input.join("c.jsonl"), "{\"id\": \"1\", \"text\": \"Ann Poe won.\"}\nnot json\n").unwrap();
        for name in ["a.txt", "b.jsonl", "c.jsonl"] {
            set_time(name, 3600);
        }
        let mut opts = RunOptions::new(&input, &output);
        let first = run_quiet(&opts);
        assert_eq!((first.extracted, first.files_passed_over, first.problems.len()), (4, 0, 1));
        // A file with a problem is read again (its problem is reported again); the others are not.
        let second = run_quiet(&opts);
        assert_eq!((second.unchanged, second.files_passed_over, second.problems.len(), second.wrote), (4, 2, 1, false));
        // The quick check's blind spot, as in make or rsync: the same size and time, rewritten in
        // place, is not seen; --force reads every file and sees it.
        std::fs::write(input.join("a.txt"), "Acme Corp said on Friday it hired 300 workers.").unwrap();
        set_time("a.txt", 3600);
        assert_eq!(run_quiet(&opts).changed, 0);
        opts.force = true;
        let forced = run_quiet(&opts);
        assert_eq!((forced.changed, forced.files_passed_over, forced.extracted), (1, 0, 4));
        opts.force = false;
        // Another modification time: read again, found unchanged, and stamped anew.
        set_time("b.jsonl", 7200);
        let touched = run_quiet(&opts);
        assert_eq!((touched.unchanged, touched.extracted, touched.files_passed_over), (4, 0, 1));
        assert_eq!(run_quiet(&opts).files_passed_over, 2);
        // A file modified just now is not stamped (its time cannot tell a change in the same tick).
        std::fs::write(input.join("b.jsonl"), "{\"id\": \"1\", \"text\": \"Jane Doe paid $6 million.\"}\n").unwrap();
        let fresh = run_quiet(&opts);
        assert_eq!((fresh.changed, fresh.removed, fresh.files_passed_over), (1, 1, 1));
        assert_eq!(run_quiet(&opts).files_passed_over, 1, "b.jsonl is read until its time is old enough");
        // A new metadata.csv shapes every document: every file is read again.
        std::fs::write(input.join("metadata.csv"), "doc_id,title\na.txt,Hiring\n").unwrap();
        let with_meta = run_quiet(&opts);
        assert_eq!((with_meta.files_passed_over, with_meta.changed), (0, 1));
        assert_eq!(run_quiet(&opts).files_passed_over, 1);
    }

    #[test]
    fn buckets_are_stable_and_spread() {
        assert_eq!(bucket_of("a.txt", 8), bucket_of("a.txt", 8));
        let used: BTreeSet<u32> = (0..200).map(|i| bucket_of(&format!("doc-{i}.txt"), 8)).collect();
        assert_eq!(used.len(), 8, "200 ids fill 8 buckets");
        assert!((0..50).all(|i| bucket_of(&format!("{i}"), 1) == 0));
        assert_eq!(bucket_file("mentions", 3), "mentions/bucket=3/part-0.parquet");
    }

    #[test]
    fn the_store_keeps_floats_exactly() {
        let awkward = [133.7 * 1e6, 0.1 + 0.2, 1e-300, 5e11, 2.0f64.sqrt() * 1e9, f64::MAX];
        let amounts = awkward
            .iter()
            .map(|&v| AmountRow {
                amount_id: "d#amount-0".into(),
                text: "x".into(),
                start: 0,
                end: 1,
                sentence: 0,
                kind: AmountKind::Money,
                value: Some(v),
                low: Some(v / 3.0),
                high: None,
                qualifier: Qualifier::Exact,
                currency: None,
                unit: None,
                entity_id: None,
            })
            .collect();
        let document = DocumentRow {
            doc_id: "d".into(),
            source_path: "d".into(),
            title: None,
            publisher: None,
            published_date: None,
            date_source: None,
            n_chars: 1,
            content_sha256: "s".into(),
            text: "x".into(),
            url: None,
            author: None,
            language: "en".into(),
            extra: Default::default(),
        };
        let t = DocTables { document, mentions: vec![], amounts, dates: vec![], quotes: vec![], relations: vec![] };
        let back: DocTables = decode("d", &encode(&t)).unwrap();
        for (a, b) in t.amounts.iter().zip(&back.amounts) {
            assert_eq!(a.value.unwrap().to_bits(), b.value.unwrap().to_bits());
            assert_eq!(a.low.unwrap().to_bits(), b.low.unwrap().to_bits());
        }
        assert_eq!(back, t);
    }
}
