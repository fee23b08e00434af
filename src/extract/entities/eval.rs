//! Evaluation (conlleval: exact span and type, micro P/R/F1 overall and per
//! type, on the original CoNLL tokens) and a single-thread speed benchmark.

use super::Tagger;
use super::conll::{self, TYPES};
use crate::extract::analysis::Analysis;
use std::path::Path;
use std::time::Instant;

fn prf(tp: usize, np: usize, ng: usize) -> (f64, f64, f64) {
    let p = if np == 0 { 0.0 } else { tp as f64 / np as f64 };
    let r = if ng == 0 { 0.0 } else { tp as f64 / ng as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

/// Tag every document of a CoNLL file; predicted sub-token spans are mapped
/// back to the CoNLL tokens they came from and compared with the gold spans.
pub fn eval(tagger: &Tagger, path: &Path) -> anyhow::Result<String> {
    let docs = conll::read(path)?;
    let mut counts = [[0usize; 3]; 4]; // tp, pred, gold per type
    for doc in &docs {
        let sd = conll::subdoc(doc);
        let toks = sd.tok_refs();
        let pred: Vec<(usize, usize, usize)> =
            tagger.spans(&toks, &sd.sents).into_iter().map(|(s, e, ty)| (sd.origin[s], sd.origin[e - 1] + 1, ty)).collect();
        for &(s, e, ty) in &pred {
            counts[ty][1] += 1;
            if sd.conll_spans.contains(&(s, e, ty)) {
                counts[ty][0] += 1;
            }
        }
        for &(_, _, ty) in &sd.conll_spans {
            counts[ty][2] += 1;
        }
    }
    let mut out = format!("{}: {} documents\n", path.display(), docs.len());
    let mut tot = [0usize; 3];
    for (ty, c) in counts.iter().enumerate() {
        let (p, r, f) = prf(c[0], c[1], c[2]);
        out.push_str(&format!(
            "{:<5} precision={p:.4} recall={r:.4} f1={f:.4} (gold {}, predicted {}, correct {})\n",
            TYPES[ty], c[2], c[1], c[0]
        ));
        for k in 0..3 {
            tot[k] += c[k];
        }
    }
    let (p, r, f) = prf(tot[0], tot[1], tot[2]);
    out.push_str(&format!("overall precision={p:.4} recall={r:.4}\n"));
    out.push_str(&format!("overall f1={f:.4}"));
    Ok(out)
}

fn txt_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> anyhow::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            txt_files(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
    Ok(())
}

/// Tokenise and tag every .txt under `dir` several times on one thread;
/// reports the median tokens per second.
pub fn bench(tagger: &Tagger, dir: &Path) -> anyhow::Result<String> {
    let mut files = Vec::new();
    txt_files(dir, &mut files)?;
    files.sort();
    let texts: Vec<String> = files.iter().map(std::fs::read_to_string).collect::<Result<_, _>>()?;
    let reps = 5;
    let mut rates = Vec::new();
    let mut n_tokens = 0;
    let mut n_mentions = 0;
    for _ in 0..reps {
        let t0 = Instant::now();
        n_tokens = 0;
        n_mentions = 0;
        for text in &texts {
            // What the pipeline runs: tokenising, sentence splitting, tagging and the news rules.
            let a = Analysis::new(text);
            n_mentions += super::extract(&a, tagger).len();
            n_tokens += a.tokens.len();
        }
        rates.push(n_tokens as f64 / t0.elapsed().as_secs_f64());
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    let med = rates[rates.len() / 2];
    Ok(format!(
        "{} files, {n_tokens} tokens, {n_mentions} mentions per repetition; {reps} repetitions on one thread\ntokens/second (median) = {med:.0}",
        files.len()
    ))
}
