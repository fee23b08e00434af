//! The `newsframe` command line: a thin layer over the library.

use anyhow::Result;
use clap::{Parser, Subcommand};
use newsframe::extract::{Models, entities};
use newsframe::load::Format;
use newsframe::pipeline::{self, RunOptions};
use std::path::PathBuf;
use std::process::ExitCode;

/// Turn a folder of news articles into analysis-ready tables.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract, resolve and write the tables (incremental: unchanged documents are not re-extracted).
    Run {
        /// Folder of documents (.txt, searched recursively) with optional metadata.csv.
        #[arg(long, default_value = "input")]
        input: PathBuf,
        /// Folder for the tables, manifest.json and the rerun state.
        #[arg(long, default_value = "output")]
        output: PathBuf,
        /// Output formats, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "csv,parquet")]
        format: Vec<Format>,
        /// Re-extract every document, ignoring what the last run kept.
        #[arg(long)]
        force: bool,
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
    match model {
        Some(p) => entities::Tagger::load(&p),
        None => entities::Tagger::bundled(),
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Run { input, output, format, force } => {
            let summary = pipeline::run(&RunOptions { input, output, formats: format, force }, Models::bundled)?;
            for p in &summary.problems {
                eprintln!("warning: skipped {p}");
            }
            println!("{summary}");
        }
        Command::TrainNer { conll, extra, conll_only, scale, no_orgs, replace_every, epochs, prune, seed, gazetteers, out } => {
            let paths = entities::train::Paths { conll, extra: (!conll_only).then_some(extra), gazetteers };
            let mut opt = entities::train::Options { orgs: !no_orgs, replace_every, max_epochs: epochs, prune, seed, ..Default::default() };
            for (format, s) in scale {
                opt.set_scale(format, s);
            }
            println!("{}", entities::train(&paths, &opt, &out, &mut |line| eprintln!("{line}"))?);
        }
        Command::EvalNer { file, format, part, errors, model } => {
            println!("{}", entities::eval::eval(&tagger(model)?, &file, format, part, errors)?)
        }
        Command::Bench { dir, model } => println!("{}", entities::bench(&tagger(model)?, &dir)?),
    }
    Ok(())
}
