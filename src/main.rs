//! The `newsframe` command line: a thin layer over the library.

use anyhow::Result;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsframe::extract::{Models, entities};
use newsframe::load::Format;
use newsframe::pipeline::{self, Event, RunOptions};
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
        #[arg(long, value_delimiter = ',', default_value = "csv,parquet", value_parser = parse_format)]
        format: Vec<Format>,
        /// Re-extract every document, ignoring what the last run kept.
        #[arg(long)]
        force: bool,
    },
    /// Train the entity model on CoNLL-2003 and write the model file.
    TrainNer {
        /// Folder with CoNLL-2003 train.txt and dev.txt.
        #[arg(long, default_value = "../shared/data/conll2003")]
        conll: PathBuf,
        /// Folder with the gazetteer lists.
        #[arg(long, default_value = "../shared/data/gazetteers")]
        gazetteers: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/ner.bin")]
        out: PathBuf,
    },
    /// Score the entity model on a CoNLL file (conlleval: exact span and type).
    EvalNer {
        /// A CoNLL-2003 file, e.g. ../shared/data/conll2003/test.txt.
        file: PathBuf,
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

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
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
            let opts = RunOptions { formats: format, force, ..RunOptions::new(input, output) };
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            bar.set_style(ProgressStyle::with_template("{bar:30} {pos}/{len} documents {eta}").expect("valid template"));
            let on_event = |e: Event| match e {
                Event::Extracting { n } => bar.inc_length(n as u64),
                Event::Extracted => bar.inc(1),
                Event::ExtractionDone => bar.finish_and_clear(),
                Event::Note(n) => bar.suspend(|| eprintln!("note: {n}")),
            };
            let models = || Models::bundled().map_err(|e| newsframe::Error::Model(format!("{e:#}")));
            let summary = pipeline::run(&opts, models, &on_event)?;
            for p in &summary.problems {
                eprintln!("warning: skipped {p}");
            }
            println!("{summary}");
        }
        Command::TrainNer { conll, gazetteers, out } => {
            println!("{}", entities::train(&conll.join("train.txt"), &conll.join("dev.txt"), &gazetteers, &out)?);
        }
        Command::EvalNer { file, model } => println!("{}", entities::eval(&tagger(model)?, &file)?),
        Command::Bench { dir, model } => println!("{}", entities::bench(&tagger(model)?, &dir)?),
    }
    Ok(())
}
