//! The `run` command end to end: sources -> extract -> transform -> load.
//!
//! Reruns are incremental: the output folder keeps each document's content
//! hash, metadata hash and extraction in a state file, so an unchanged
//! document is not extracted again, a changed or new one is, and a deleted
//! one's rows disappear. A lock file keeps two runs (say, overlapping cron
//! jobs) from writing the same output folder at once.

use crate::extract::{self, Extraction, Models};
use crate::load::{self, Format};
use crate::sources::{self, Problem};
use crate::transform::{self, Extracted, SCHEMA_VERSION, TABLES};
use crate::{EXTRACTOR_FINGERPRINT, Error, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::path::{Path, PathBuf};

/// The state file in the output folder (hidden: not a table).
pub const STATE_FILE: &str = ".newsframe-state.json";
/// The lock file in the output folder.
pub const LOCK_FILE: &str = ".newsframe.lock";

/// What `newsframe run` is asked to do.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// The input folder.
    pub input: PathBuf,
    /// The output folder (tables, manifest, state, lock).
    pub output: PathBuf,
    /// The formats each table is written in.
    pub formats: Vec<Format>,
    /// Re-extract every document, ignoring the state file.
    pub force: bool,
    /// The extractor fingerprint cached rows must have been made with to be
    /// reused: this build's [`EXTRACTOR_FINGERPRINT`] (another value serves tests).
    pub fingerprint: String,
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
        }
    }
}

/// What a run tells its caller while it works; the library itself prints nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Extraction of `total` documents begins.
    Extracting {
        /// How many documents will be extracted.
        total: usize,
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
    /// Input files that were skipped, and why.
    pub problems: Vec<Problem>,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} new, {} changed, {} unchanged, {} removed, {} problems",
            self.new,
            self.changed,
            self.unchanged,
            self.removed,
            self.problems.len()
        )
    }
}

/// Per-document state kept between runs.
#[derive(Debug, Serialize, Deserialize)]
struct DocState {
    /// sha256 of the text and of the metadata row: what the extraction depends on.
    key: String,
    extraction: Extraction,
}

#[derive(Debug, Serialize, Deserialize)]
struct State {
    /// The fingerprint of the extractors that made the cached rows.
    extractor_fingerprint: String,
    docs: BTreeMap<String, DocState>,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Read the previous run's state (a missing or unreadable one is empty), and
/// whether its extractions may be reused: only when they were made with `fingerprint`.
fn read_state(path: &Path, fingerprint: &str, on_event: &dyn Fn(Event)) -> (BTreeMap<String, DocState>, bool) {
    let Ok(bytes) = std::fs::read(path) else { return (BTreeMap::new(), true) };
    match serde_json::from_slice::<State>(&bytes) {
        Ok(s) if s.extractor_fingerprint == fingerprint => (s.docs, true),
        Ok(s) => {
            on_event(Event::Note("the extractors changed since the last run; every document is extracted again".into()));
            (s.docs, false)
        }
        Err(e) => {
            on_event(Event::Note(format!("ignoring unreadable state file {}: {e}", path.display())));
            (BTreeMap::new(), true)
        }
    }
}

/// Run the pipeline. `models` is called only if some document needs
/// extracting; `on_event` hears of progress (from several threads).
pub fn run(opts: &RunOptions, models: impl FnOnce() -> Result<Models>, on_event: &(dyn Fn(Event) + Sync)) -> Result<Summary> {
    if !opts.input.is_dir() {
        return Err(Error::InputMissing(opts.input.clone()));
    }
    let not_writable = |source| Error::OutputNotWritable { path: opts.output.clone(), source };
    std::fs::create_dir_all(&opts.output).map_err(not_writable)?;
    let lock = File::create(opts.output.join(LOCK_FILE)).map_err(not_writable)?;
    if lock.try_lock().is_err() {
        return Err(Error::Locked(opts.output.clone()));
    }

    let inputs = sources::read(&opts.input)
        .map_err(|e| Error::io(format!("reading {}", opts.input.display()), std::io::Error::other(format!("{e:#}"))))?;
    let (mut previous, reusable) = read_state(&opts.output.join(STATE_FILE), &opts.fingerprint, on_event);
    let mut summary = Summary { problems: inputs.problems, ..Default::default() };

    let keys: Vec<(String, String)> = inputs
        .documents
        .iter()
        .map(|d| {
            let sha = sha256_hex(d.text.as_bytes());
            let meta = serde_json::to_vec(&d.meta).expect("metadata serialises");
            let key = format!("{sha}:{}", &sha256_hex(&meta)[..16]);
            (sha, key)
        })
        .collect();
    // Reuse unchanged extractions; collect the documents to extract.
    let mut extractions: Vec<Option<Extraction>> = Vec::with_capacity(inputs.documents.len());
    for (d, (_, key)) in inputs.documents.iter().zip(&keys) {
        match previous.remove(&d.doc_id) {
            Some(old) if old.key == *key => {
                summary.unchanged += 1;
                extractions.push((reusable && !opts.force).then_some(old.extraction));
            }
            Some(_) => {
                summary.changed += 1;
                extractions.push(None);
            }
            None => {
                summary.new += 1;
                extractions.push(None);
            }
        }
    }
    let problem_paths: Vec<&str> = summary.problems.iter().map(|p| p.path.as_str()).collect();
    summary.removed = previous.keys().filter(|k| !problem_paths.contains(&k.as_str())).count();

    let todo: Vec<usize> = (0..extractions.len()).filter(|&i| extractions[i].is_none()).collect();
    summary.extracted = todo.len();
    if !todo.is_empty() {
        let models = models()?;
        on_event(Event::Extracting { total: todo.len() });
        let done: Vec<Extraction> = todo
            .par_iter()
            .map(|&i| {
                let x = extract::extract(&inputs.documents[i], &models);
                on_event(Event::Extracted);
                x
            })
            .collect();
        on_event(Event::ExtractionDone);
        for (i, x) in todo.into_iter().zip(done) {
            extractions[i] = Some(x);
        }
    }
    let extractions: Vec<Extraction> = extractions.into_iter().map(|x| x.expect("every document extracted")).collect();

    let rows: Vec<Extracted> =
        inputs.documents.iter().zip(&keys).zip(&extractions).map(|((doc, (sha, _)), x)| Extracted { doc, sha256: sha, x }).collect();
    let tables = transform::build(&rows, &summary.problems)?;
    let manifest = manifest(&tables, &opts.formats, &rows, &summary.problems, &opts.fingerprint);
    drop(rows);

    let state = State {
        extractor_fingerprint: opts.fingerprint.clone(),
        docs: inputs
            .documents
            .iter()
            .zip(&keys)
            .zip(extractions)
            .map(|((d, (_, key)), extraction)| (d.doc_id.clone(), DocState { key: key.clone(), extraction }))
            .collect(),
    };
    let state = serde_json::to_vec(&state).map_err(|e| Error::table(STATE_FILE, e))?;
    let manifest = serde_json::to_vec_pretty(&manifest).map_err(|e| Error::table("manifest.json", e))?;
    load::write_all(&opts.output, &tables, &opts.formats, &[(STATE_FILE, state), ("manifest.json", manifest)])?;
    Ok(summary)
}

/// `manifest.json`: versions, tables with row counts and columns, documents with hashes.
fn manifest(
    tables: &transform::Tables,
    formats: &[Format],
    rows: &[Extracted],
    problems: &[Problem],
    fingerprint: &str,
) -> serde_json::Value {
    let tables: serde_json::Map<String, serde_json::Value> = TABLES
        .iter()
        .filter_map(|name| {
            let df = tables.get(name)?;
            let files: Vec<String> = formats.iter().map(|f| format!("{name}.{}", f.extension())).collect();
            let columns: Vec<String> = df.get_column_names().iter().map(|c| c.to_string()).collect();
            Some((name.to_string(), serde_json::json!({"rows": df.height(), "columns": columns, "files": files})))
        })
        .collect();
    serde_json::json!({
        "newsframe_version": env!("CARGO_PKG_VERSION"),
        "schema_version": SCHEMA_VERSION,
        "extractor_fingerprint": fingerprint,
        "tables": tables,
        "documents": rows.iter().map(|r| serde_json::json!({"doc_id": r.doc.doc_id, "content_sha256": r.sha256, "n_chars": r.x.info.n_chars})).collect::<Vec<_>>(),
        "problems": problems.iter().map(|p| serde_json::json!({"path": p.path, "reason": p.reason})).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::analysis::Span;
    use crate::extract::{Amount, AmountKind, Qualifier};

    fn run_quiet(opts: &RunOptions) -> Summary {
        run(opts, || Models::bundled().map_err(|e| Error::Model(e.to_string())), &|_| {}).unwrap()
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
        assert_eq!((again.extracted, again.unchanged), (0, 2));
        opts.fingerprint = "build-two".into();
        let upgraded = run_quiet(&opts);
        assert_eq!((upgraded.extracted, upgraded.unchanged), (2, 2));
        let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(output.join("manifest.json")).unwrap()).unwrap();
        assert_eq!(manifest["extractor_fingerprint"], "build-two");
    }

    #[test]
    fn the_state_keeps_floats_exactly() {
        let awkward = [133.7 * 1e6, 0.1 + 0.2, 1e-300, 5e11, 2.0f64.sqrt() * 1e9, f64::MAX];
        let amounts = awkward
            .iter()
            .map(|&v| Amount {
                span: Span::new(0, 1),
                text: "x".into(),
                sentence: 0,
                kind: AmountKind::Money,
                value: Some(v),
                low: Some(v / 3.0),
                high: None,
                qualifier: Qualifier::Exact,
                currency: None,
                unit: None,
                owner: None,
            })
            .collect();
        let state = State {
            extractor_fingerprint: "f".into(),
            docs: [("d".to_string(), DocState { key: "k".into(), extraction: Extraction { amounts, ..Default::default() } })].into(),
        };
        let back: State = serde_json::from_slice(&serde_json::to_vec(&state).unwrap()).unwrap();
        for (a, b) in state.docs["d"].extraction.amounts.iter().zip(&back.docs["d"].extraction.amounts) {
            assert_eq!(a.value.unwrap().to_bits(), b.value.unwrap().to_bits());
            assert_eq!(a.low.unwrap().to_bits(), b.low.unwrap().to_bits());
        }
    }
}
