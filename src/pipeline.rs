//! The `run` command end to end: sources -> extract -> transform -> load.
//!
//! Reruns are incremental: the output folder keeps each document's content
//! hash, metadata hash and extraction in a state file, so an unchanged
//! document is not extracted again, a changed or new one is, and a deleted
//! one's rows disappear. A lock file keeps two runs (say, overlapping cron
//! jobs) from writing the same output folder at once.

use crate::extract::{self, EXTRACTOR_VERSION, Extraction, Models};
use crate::load::{self, Format};
use crate::sources::{self, Problem, SourceOptions};
use crate::transform::{self, Extracted, SCHEMA_VERSION, TABLES};
use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::path::PathBuf;

/// The state file in the output folder (hidden: not a table).
pub const STATE_FILE: &str = ".newsframe-state.json";
/// The lock file in the output folder.
pub const LOCK_FILE: &str = ".newsframe.lock";

/// What `newsframe run` is asked to do.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub input: PathBuf,
    pub output: PathBuf,
    pub formats: Vec<Format>,
    /// Re-extract every document, ignoring the state file.
    pub force: bool,
    /// How inputs are read (record field names, size limit).
    pub sources: SourceOptions,
    /// Write the tables even when no document is readable and the last run had some.
    pub allow_empty: bool,
}

/// How the run went: the closing line's counts and the skipped files.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summary {
    pub new: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub removed: usize,
    /// Documents extracted this run (new, changed, or all after an extractor upgrade).
    pub extracted: usize,
    pub problems: Vec<Problem>,
    /// Files not read (path, reason: unsupported type).
    pub skipped: Vec<(String, String)>,
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
        )?;
        if !self.skipped.is_empty() {
            write!(f, ", {} skipped: unsupported type", self.skipped.len())?;
        }
        Ok(())
    }
}

/// How many documents the tables in `output` hold, from its manifest (0 when there is none).
fn documents_in_output(output: &std::path::Path) -> usize {
    std::fs::read(output.join("manifest.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|m| m["documents"].as_array().map(Vec::len))
        .unwrap_or(0)
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
    extractor_version: u32,
    newsframe_version: String,
    docs: BTreeMap<String, DocState>,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Read the previous run's state; a missing, unreadable or outdated one is empty.
fn read_state(path: &std::path::Path) -> BTreeMap<String, DocState> {
    let Ok(bytes) = std::fs::read(path) else { return BTreeMap::new() };
    match serde_json::from_slice::<State>(&bytes) {
        Ok(s) if s.extractor_version == EXTRACTOR_VERSION && s.newsframe_version == env!("CARGO_PKG_VERSION") => s.docs,
        Ok(_) => {
            eprintln!("note: the extractors changed since the last run; every document is extracted again");
            BTreeMap::new()
        }
        Err(e) => {
            eprintln!("warning: ignoring unreadable state file {}: {e}", path.display());
            BTreeMap::new()
        }
    }
}

/// Run the pipeline. `models` is called only if some document needs extracting.
pub fn run(opts: &RunOptions, models: impl FnOnce() -> Result<Models>) -> Result<Summary> {
    sources::check_input(&opts.input)?;
    std::fs::create_dir_all(&opts.output).with_context(|| format!("cannot create output folder {}", opts.output.display()))?;
    let lock =
        File::create(opts.output.join(LOCK_FILE)).with_context(|| format!("output folder {} is not writable", opts.output.display()))?;
    if lock.try_lock().is_err() {
        bail!("another newsframe run is writing to {}; try again when it ends", opts.output.display());
    }

    let inputs = sources::read(&opts.input, &opts.sources)?;
    // Guard for scheduled runs: an emptied or unmounted input must not wipe a dataset.
    let before = documents_in_output(&opts.output);
    if inputs.documents.is_empty() && before > 0 && !opts.allow_empty {
        bail!(
            "no readable document in {} while {} holds {before}; the tables were left as they are (pass --allow-empty to replace them)",
            opts.input.display(),
            opts.output.display()
        );
    }
    let mut previous = read_state(&opts.output.join(STATE_FILE));
    let mut summary = Summary { problems: inputs.problems, skipped: inputs.skipped, ..Default::default() };

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
                extractions.push((!opts.force).then_some(old.extraction));
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
        let bar = ProgressBar::with_draw_target(Some(todo.len() as u64), ProgressDrawTarget::stderr());
        bar.set_style(ProgressStyle::with_template("{bar:30} {pos}/{len} documents {eta}").expect("valid template"));
        let done: Vec<Extraction> = todo
            .par_iter()
            .map(|&i| {
                let x = extract::extract(&inputs.documents[i], &models);
                bar.inc(1);
                x
            })
            .collect();
        bar.finish_and_clear();
        for (i, x) in todo.into_iter().zip(done) {
            extractions[i] = Some(x);
        }
    }
    let extractions: Vec<Extraction> = extractions.into_iter().map(|x| x.expect("every document extracted")).collect();

    let rows: Vec<Extracted> =
        inputs.documents.iter().zip(&keys).zip(&extractions).map(|((doc, (sha, _)), x)| Extracted { doc, sha256: sha, x }).collect();
    let tables = transform::build(&rows, &summary.problems)?;
    let manifest = manifest(&tables, &opts.formats, &rows, &summary.problems);
    drop(rows);

    let state = State {
        extractor_version: EXTRACTOR_VERSION,
        newsframe_version: env!("CARGO_PKG_VERSION").to_string(),
        docs: inputs
            .documents
            .iter()
            .zip(&keys)
            .zip(extractions)
            .map(|((d, (_, key)), extraction)| (d.doc_id.clone(), DocState { key: key.clone(), extraction }))
            .collect(),
    };
    load::write_all(
        &opts.output,
        &tables,
        &opts.formats,
        &[(STATE_FILE, serde_json::to_vec(&state)?), ("manifest.json", serde_json::to_vec_pretty(&manifest)?)],
    )?;
    Ok(summary)
}

/// `manifest.json`: versions, tables with row counts and columns, documents with hashes.
fn manifest(tables: &transform::Tables, formats: &[Format], rows: &[Extracted], problems: &[Problem]) -> serde_json::Value {
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
        "extractor_version": EXTRACTOR_VERSION,
        "tables": tables,
        "documents": rows.iter().map(|r| serde_json::json!({"doc_id": r.doc.doc_id, "content_sha256": r.sha256, "n_chars": r.x.info.n_chars})).collect::<Vec<_>>(),
        "problems": problems.iter().map(|p| serde_json::json!({"path": p.path, "reason": p.reason})).collect::<Vec<_>>(),
    })
}
