//! The `newsframe` command line: a thin layer over the library.

use anyhow::Result;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsframe::extract::{Models, entities};
use newsframe::load::Format;
use newsframe::pipeline::{self, Event, RunOptions};
use newsframe::sources::{FieldNames, SourceOptions};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit codes, shown by `--help` (README "Reruns and scheduling").
const EXIT_CODES: &str = "Exit codes:
  0   done (tables current; files that could not be read are in the problems table)
  1   failed (bad input or output folder, disk full, ...): the previous tables are untouched
  2   usage error (unknown option or value)
  3   done, but some inputs were problems and --fail-on-problems was given
  75  busy: another run holds the output folder's lock; try again later";

/// Examples of `run`, shown by `newsframe run --help`.
const RUN_EXAMPLES: &str = "Examples:
  newsframe run --input articles/ --output tables/
  newsframe run --input export.jsonl.gz --output tables/ --format csv,parquet,xlsx
  newsframe run --input articles.parquet --text-field body --id-field article_id --output tables/
  newsframe run --input articles/ --output tables/ --report run.json --fail-on-problems -q   # for cron
  curl -s https://api.example.com/export | newsframe run --input - --output tables/";

/// Turn a folder of news articles into analysis-ready tables.
#[derive(Parser)]
#[command(version, about, long_about = None, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract, resolve and write the tables (incremental: unchanged documents are not re-extracted).
    #[command(after_help = format!("{RUN_EXAMPLES}\n\n{EXIT_CODES}"))]
    Run {
        /// Folder of documents (searched recursively) with optional metadata.csv, one file, or - for standard input.
        /// Reads .txt/.text, .html/.htm, .jsonl/.ndjson, .csv/.tsv, .parquet and .warc (and .gz of all but Parquet).
        #[arg(long, default_value = "input")]
        input: PathBuf,
        /// Folder for the tables, manifest.json and the rerun state.
        #[arg(long, default_value = "output")]
        output: PathBuf,
        /// Output formats, comma-separated: csv, parquet, jsonl, xlsx (one workbook for spreadsheets).
        #[arg(long, value_delimiter = ',', default_value = "csv,parquet", value_parser = parse_format)]
        format: Vec<Format>,
        /// Read and re-extract every document, ignoring what the last run kept (and the files' stamps).
        #[arg(long)]
        force: bool,
        /// Replace the tables even when no document is readable and the last run had some.
        #[arg(long)]
        allow_empty: bool,
        /// List the files skipped as unsupported (on stderr).
        #[arg(long, short, conflicts_with = "quiet")]
        verbose: bool,
        /// Print nothing but errors: no progress bar, warnings or summary line.
        #[arg(long, short)]
        quiet: bool,
        /// Write a JSON run report to FILE (versions, document counts, problems, durations, table rows), also when the run fails.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// Write each per-document table's Parquet as N hive-style buckets by doc_id hash
        /// (OUTPUT/NAME/bucket=K/part-0.parquet), for big corpora; read them with one glob.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=4096))]
        partition: Option<u32>,
        /// Exit with code 3 when any input was a problem (the tables are still written).
        #[arg(long)]
        fail_on_problems: bool,
        #[command(flatten)]
        fields: FieldArgs,
    },
    /// Print the data dictionary (datapackage.json: columns, types, descriptions, keys) of the tables.
    Schema {
        /// An output folder: print its current datapackage.json (with its extra metadata columns).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Formats the tables would be written in (the first is the resource's file).
        #[arg(long, value_delimiter = ',', default_value = "csv,parquet", value_parser = parse_format)]
        format: Vec<Format>,
    },
    /// Extract the main text of each html-bench page (DIR/html/*.html.gz) into OUT/HASH.txt and print pages per second.
    #[command(hide = true)]
    HtmlBench {
        #[arg(default_value = "../shared/data/html-bench")]
        dir: PathBuf,
        #[arg(long, default_value = "html-bench-out")]
        out: PathBuf,
        /// Passes over the pages; the speed printed is their median.
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Train the entity model (CoNLL-2003 plus the extra corpora) and write the model file.
    TrainNer {
        /// Folder with CoNLL-2003 train.txt and dev.txt.
        #[arg(long, default_value = "../shared/data/conll2003")]
        conll: PathBuf,
        /// Folder with the extra corpora (wikigold, btc, wnut17).
        #[arg(long, default_value = "../shared/data/ner-extra")]
        extra: PathBuf,
        /// Train on CoNLL-2003 alone (ignore --extra).
        #[arg(long)]
        conll_only: bool,
        /// Update scale of an extra corpus, FORMAT=SCALE (wikigold, btc, wnut, sec; 0 leaves it out). Repeatable.
        #[arg(long, value_parser = parse_scale)]
        scale: Vec<(entities::corpora::Format, f32)>,
        /// Do not use the organisation lists as features.
        #[arg(long)]
        no_orgs: bool,
        /// Copy one in N training sentences with organisation names replaced from the lists (0: none).
        #[arg(long, default_value_t = 3)]
        replace_every: u64,
        /// Drop weight rows whose quantised weights are all at most this (of 32767).
        #[arg(long, default_value_t = 0)]
        prune: u16,
        /// Seed of the sentence shuffling (training is deterministic for a given seed).
        #[arg(long, default_value_t = entities::train::Options::default().seed)]
        seed: u64,
        /// Most epochs of each training stage (the best on the dev sets is kept).
        #[arg(long, default_value_t = 12)]
        epochs: usize,
        /// Folder with the gazetteer lists.
        #[arg(long, default_value = "../shared/data/gazetteers")]
        gazetteers: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/ner.bin")]
        out: PathBuf,
    },
    /// Score the entity model on an annotated corpus file (conlleval: exact span and type).
    EvalNer {
        /// A corpus file, e.g. ../shared/data/conll2003/test.txt.
        file: PathBuf,
        /// The file's format and tag mapping (see `src/extract/entities/corpora.rs`).
        #[arg(long, value_enum, default_value = "conll")]
        format: entities::corpora::Format,
        /// Which documents to score (wikigold: `heldout` is every fifth document, never trained on).
        #[arg(long, value_enum, default_value = "all")]
        part: entities::eval::Part,
        /// List each wrong (FP) and missed (FN) span before the scores.
        #[arg(long)]
        errors: bool,
        /// Score the whole entity extractor (tagger and news rules) on text rebuilt from the tokens, not the tagger alone.
        #[arg(long)]
        rules: bool,
        /// A model file instead of the bundled one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Measure entity tagging speed (tokens per second, one thread) over a folder of .txt files.
    Bench {
        #[arg(default_value = "../shared/data/bench/reuters")]
        dir: PathBuf,
        /// A model file instead of the bundled one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

/// Record field names for JSON Lines, CSV and Parquet inputs (comma-separated, first present wins).
#[derive(clap::Args)]
struct FieldArgs {
    /// Field holding the article text (HTML is extracted).
    #[arg(long, value_delimiter = ',', default_value = "text,content,body,article,full_text")]
    text_field: Vec<String>,
    /// Field holding the record's id (doc_id FILE#ID; the line or row number without one).
    #[arg(long, value_delimiter = ',', default_value = "id,doc_id,url,uuid")]
    id_field: Vec<String>,
    /// Field holding the publication date.
    #[arg(long, value_delimiter = ',', default_value = "published_date,date,published,publish_date,pubDate,datePublished,timestamp")]
    date_field: Vec<String>,
    /// Field holding the title.
    #[arg(long, value_delimiter = ',', default_value = "title,headline")]
    title_field: Vec<String>,
    /// Field holding the article's URL.
    #[arg(long, value_delimiter = ',', default_value = "url,link,source_url")]
    url_field: Vec<String>,
}

impl FieldArgs {
    fn options(self) -> SourceOptions {
        SourceOptions {
            fields: FieldNames {
                text: self.text_field,
                id: self.id_field,
                date: self.date_field,
                title: self.title_field,
                url: self.url_field,
            },
            ..Default::default()
        }
    }
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

/// Parse `FORMAT=SCALE` for `train-ner --scale`.
fn parse_scale(s: &str) -> Result<(entities::corpora::Format, f32), String> {
    use clap::ValueEnum;
    let (f, x) = s.split_once('=').ok_or_else(|| format!("expected FORMAT=SCALE, got {s:?}"))?;
    let format = entities::corpora::Format::from_str(f, true)?;
    let scale: f32 = x.parse().map_err(|e| format!("bad scale {x:?}: {e}"))?;
    if !(0.0..=100.0).contains(&scale) {
        return Err(format!("scale {scale} is out of 0..100"));
    }
    Ok((format, scale))
}

fn tagger(model: Option<PathBuf>) -> Result<entities::Tagger> {
    Ok(match model {
        Some(p) => entities::Tagger::load(&p)?,
        None => entities::Tagger::bundled()?,
    })
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            match e.downcast_ref::<newsframe::Error>() {
                Some(newsframe::Error::Locked(_)) => ExitCode::from(75),
                _ => ExitCode::FAILURE,
            }
        }
    }
}

/// Print `text` to stdout; a reader that stops early (`newsframe schema | head`) is not an error.
fn emit(text: &str) -> Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Write the run report, or say on stderr why it could not be written.
fn write_report(path: &Path, report: &serde_json::Value) {
    let bytes = serde_json::to_vec_pretty(report).expect("a report serialises");
    if let Err(e) = std::fs::write(path, bytes) {
        eprintln!("error: cannot write the report {}: {e}", path.display());
    }
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Run { input, output, format, force, allow_empty, verbose, quiet, report, partition, fail_on_problems, fields } => {
            let mut formats: Vec<Format> = Vec::new();
            for f in format {
                if !formats.contains(&f) {
                    formats.push(f);
                }
            }
            let opts = RunOptions { formats, force, sources: fields.options(), allow_empty, partition, ..RunOptions::new(input, output) };
            let target = if quiet { ProgressDrawTarget::hidden() } else { ProgressDrawTarget::stderr() };
            let bar = ProgressBar::with_draw_target(Some(0), target);
            bar.set_style(ProgressStyle::with_template("{bar:30} {pos}/{len} documents {eta}").expect("valid template"));
            let on_event = |e: Event| match e {
                Event::Extracting { n } => bar.inc_length(n as u64),
                Event::Extracted => bar.inc(1),
                Event::ExtractionDone => bar.finish_and_clear(),
                Event::Note(n) if !quiet => bar.suspend(|| eprintln!("note: {n}")),
                Event::Note(_) => {}
            };
            let models = || Models::bundled().map_err(|e| newsframe::Error::Model(format!("{e:#}")));
            let summary = match pipeline::run(&opts, models, &on_event) {
                Ok(s) => s,
                Err(e) => {
                    if let Some(path) = &report {
                        let status = if matches!(e, newsframe::Error::Locked(_)) { "busy" } else { "failed" };
                        let r = serde_json::json!({
                            "status": status,
                            "error": e.to_string(),
                            "newsframe_version": env!("CARGO_PKG_VERSION"),
                            "input": opts.input.display().to_string(),
                            "output": opts.output.display().to_string(),
                        });
                        write_report(path, &r);
                    }
                    return Err(e.into());
                }
            };
            if !quiet {
                for p in &summary.problems {
                    eprintln!("warning: skipped {p}");
                }
            }
            if verbose {
                for (path, reason) in &summary.skipped {
                    eprintln!("skipped {path}: {reason}");
                }
            }
            if let Some(path) = &report {
                write_report(path, &summary.report(&opts));
            }
            if !quiet {
                emit(&format!("{summary}\n"))?;
            }
            if fail_on_problems && !summary.problems.is_empty() {
                return Ok(3);
            }
        }
        Command::Schema { output, format } => {
            let current = output.as_deref().and_then(newsframe::load::snapshot::current).map(|c| c.join("datapackage.json"));
            match current.filter(|p| p.is_file()) {
                Some(p) => emit(&std::fs::read_to_string(&p).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", p.display()))?)?,
                None => {
                    if let Some(o) = &output {
                        anyhow::bail!(
                            "{} holds no tables with a datapackage.json (run newsframe run --output {} first)",
                            o.display(),
                            o.display()
                        );
                    }
                    let schemas = newsframe::transform::tables::schemas(&[])?;
                    emit(&(serde_json::to_string_pretty(&newsframe::load::datapackage::datapackage(&schemas, &format))? + "\n"))?;
                }
            }
        }
        Command::HtmlBench { dir, out, runs } => emit(&format!("{}\n", html_bench(&dir, &out, runs.max(1))?))?,
        Command::TrainNer { conll, extra, conll_only, scale, no_orgs, replace_every, epochs, prune, seed, gazetteers, out } => {
            let paths = entities::train::Paths { conll, extra: (!conll_only).then_some(extra), gazetteers };
            let mut opt = entities::train::Options { orgs: !no_orgs, replace_every, max_epochs: epochs, prune, seed, ..Default::default() };
            for (format, s) in scale {
                opt.set_scale(format, s);
            }
            emit(&format!("{}\n", entities::train(&paths, &opt, &out, &mut |line| eprintln!("{line}"))?))?;
        }
        Command::EvalNer { file, format, part, errors, rules, model } => {
            let scope = if rules { entities::eval::Scope::Rules } else { entities::eval::Scope::Tagger };
            emit(&format!("{}\n", entities::eval::eval(&tagger(model)?, &file, format, part, scope, errors)?))?
        }
        Command::Bench { dir, model } => emit(&format!("{}\n", entities::bench(&tagger(model)?, &dir)?))?,
    }
    Ok(0)
}

/// Extract every html-bench page into `out/HASH.txt`; the speed counts extraction only
/// (pages already in memory and decoded), one thread, median of `runs` passes.
fn html_bench(dir: &Path, out: &Path, runs: usize) -> Result<String> {
    use anyhow::Context;
    use std::io::Read;
    let truth: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).context("ground-truth.json")?)?;
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir.join("html")).with_context(|| format!("cannot list {}", dir.join("html").display()))? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let Some(key) = name.strip_suffix(".html.gz") else { continue };
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
        let html = newsframe::sources::text::decode_html(&bytes, None);
        pages.push((key.to_string(), truth[key]["url"].as_str().map(str::to_string), html));
    }
    pages.sort();
    std::fs::create_dir_all(out)?;
    let mut rates = Vec::new();
    let mut texts = Vec::new();
    for _ in 0..runs {
        let start = std::time::Instant::now();
        texts = pages.iter().map(|(_, url, html)| newsframe::sources::html::extract(html, url.as_deref()).text).collect();
        rates.push(pages.len() as f64 / start.elapsed().as_secs_f64());
    }
    for ((key, _, _), text) in pages.iter().zip(&texts) {
        std::fs::write(out.join(format!("{key}.txt")), text)?;
    }
    rates.sort_by(f64::total_cmp);
    Ok(format!("newsframe: {} pages, {:.1} pages/s (one thread, median of {runs})", pages.len(), rates[rates.len() / 2]))
}
