//! Evaluation (conlleval: exact span and type, micro P/R/F1 overall and per
//! type, on the original CoNLL tokens) and a single-thread speed benchmark.

use super::Tagger;
use super::conll::{self, TYPES};
use super::corpora::{self, Format};
use super::error::io;
use crate::extract::analysis::Analysis;
use std::path::Path;
use std::time::Instant;

fn prf(tp: usize, np: usize, ng: usize) -> (f64, f64, f64) {
    let p = if np == 0 { 0.0 } else { tp as f64 / np as f64 };
    let r = if ng == 0 { 0.0 } else { tp as f64 / ng as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

/// Which documents of a file to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Part {
    /// Every document.
    All,
    /// Every fifth document: the part of wikigold held out from training.
    Heldout,
    /// The other documents: the part of wikigold trained on.
    Train,
}

/// Which part of the entity extractor to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The statistical tagger alone, on the corpus tokens.
    Tagger,
    /// The whole extractor (tagger and news rules) on the document's text,
    /// rebuilt from its tokens: what `run` produces, so rule changes can be
    /// measured on thousands of annotated names rather than a few articles.
    Rules,
}

/// Tag every document of a corpus file; predicted sub-token spans are mapped
/// back to the corpus tokens they came from and compared with the gold spans.
/// Only the types the format annotates are counted (BTC: no MISC); the last
/// line is `overall f1=` over them, the one before it the same over PER, ORG
/// and LOC alone. With `errors`, each wrong or missed span is listed first
/// (`FP`/`FN`, type, text).
pub fn eval(tagger: &Tagger, path: &Path, format: Format, part: Part, scope: Scope, errors: bool) -> super::error::Result<String> {
    let all = corpora::read(path, format)?;
    let n_all = all.len();
    let docs: Vec<_> = all
        .into_iter()
        .enumerate()
        .filter(|(i, _)| match part {
            Part::All => true,
            Part::Heldout => corpora::wikigold_heldout(*i),
            Part::Train => !corpora::wikigold_heldout(*i),
        })
        .map(|(_, d)| d)
        .collect();
    let types = corpora::annotated_types(format);
    let mut counts = [[0usize; 3]; 4]; // tp, pred, gold per type
    let mut listing = String::new();
    for doc in &docs {
        let sd = conll::subdoc(doc);
        let pred: Vec<(usize, usize, usize)> = match scope {
            Scope::Tagger => {
                let toks = sd.tok_refs();
                tagger.spans(&toks, &sd.sents).into_iter().map(|(s, e, ty)| (sd.origin[s], sd.origin[e - 1] + 1, ty)).collect()
            }
            Scope::Rules => rule_spans(tagger, doc),
        };
        let words: Vec<&str> = doc.sents.iter().flatten().map(|(w, _)| w.as_str()).collect();
        let mut list = |kind: &str, (s, e, ty): (usize, usize, usize)| {
            if errors && types.contains(&ty) {
                listing.push_str(&format!("{kind} {:<4} {}\n", TYPES[ty], words[s..e].join(" ")));
            }
        };
        for &(s, e, ty) in &pred {
            counts[ty][1] += 1;
            if sd.conll_spans.contains(&(s, e, ty)) {
                counts[ty][0] += 1;
            } else {
                list("FP", (s, e, ty));
            }
        }
        for &(s, e, ty) in &sd.conll_spans {
            counts[ty][2] += 1;
            if !pred.contains(&(s, e, ty)) {
                list("FN", (s, e, ty));
            }
        }
    }
    let mut out = listing;
    out.push_str(&format!("{}: {} of {n_all} documents ({format:?}, {part:?})\n", path.display(), docs.len()));
    let (mut tot, mut tot3) = ([0usize; 3], [0usize; 3]);
    for &ty in &types {
        let c = &counts[ty];
        let (p, r, f) = prf(c[0], c[1], c[2]);
        out.push_str(&format!(
            "{:<5} precision={p:.4} recall={r:.4} f1={f:.4} (gold {}, predicted {}, correct {})\n",
            TYPES[ty], c[2], c[1], c[0]
        ));
        for k in 0..3 {
            tot[k] += c[k];
            if ty < 3 {
                tot3[k] += c[k];
            }
        }
    }
    let (p, r, f) = prf(tot[0], tot[1], tot[2]);
    out.push_str(&format!("overall precision={p:.4} recall={r:.4}\n"));
    out.push_str(&format!("PER+ORG+LOC f1={:.4}\n", prf(tot3[0], tot3[1], tot3[2]).2));
    out.push_str(&format!("overall f1={f:.4}"));
    Ok(out)
}

/// No space before these corpus tokens when text is rebuilt from them.
const GLUE_LEFT: [&str; 14] = [",", ".", ";", ":", "?", "!", ")", "%", "'s", "'", "n't", "'re", "'ve", "'ll"];

/// The document as text (a sentence per line, tokens spaced as in print:
/// "Japan's", "U.S., said", "(AP)") and each corpus token's byte range in it.
fn detokenize(doc: &conll::ConllDoc) -> (String, Vec<std::ops::Range<usize>>) {
    let mut text = String::new();
    let mut ranges = Vec::new();
    for sent in &doc.sents {
        let mut open_quote = false;
        let mut glue_next = true;
        for (tok, _) in sent {
            let closing = tok == "\"" && open_quote;
            if !glue_next && !GLUE_LEFT.contains(&tok.as_str()) && !closing {
                text.push(' ');
            }
            ranges.push(text.len()..text.len() + tok.len());
            text.push_str(tok);
            glue_next = tok == "(" || tok == "$" || (tok == "\"" && !open_quote);
            if tok == "\"" {
                open_quote = !open_quote;
            }
        }
        text.push('\n');
    }
    (text, ranges)
}

/// The spans (corpus token ranges and type) the whole entity extractor finds
/// in the document's rebuilt text; a mention covers every token it overlaps.
fn rule_spans(tagger: &Tagger, doc: &conll::ConllDoc) -> Vec<(usize, usize, usize)> {
    let (text, ranges) = detokenize(doc);
    let a = Analysis::new(&text);
    super::extract(&a, tagger)
        .into_iter()
        .filter_map(|m| {
            let s = ranges.partition_point(|r| r.end <= m.span.start);
            let e = ranges.partition_point(|r| r.start < m.span.end);
            let ty = crate::extract::EntityType::ALL.iter().position(|t| *t == m.label)?;
            (s < e).then_some((s, e, ty))
        })
        .collect()
}

fn txt_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> super::error::Result<()> {
    for e in std::fs::read_dir(dir).map_err(io(dir))? {
        let p = e.map_err(io(dir))?.path();
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
pub fn bench(tagger: &Tagger, dir: &Path) -> super::error::Result<String> {
    let mut files = Vec::new();
    txt_files(dir, &mut files)?;
    files.sort();
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).map_err(io(f))).collect::<Result<_, _>>()?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_the_held_out_part_and_only_annotated_types() {
        let tagger = Tagger::bundled().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let wiki: Vec<String> = ["Angela Merkel", "John Smith", "Mary Jones", "Paul Brown", "Sam Altman"]
            .iter()
            .map(|n| n.split(' ').map(|w| format!("{w} I-PER\n")).collect::<String>() + "visited O\nBerlin I-LOC\n. O\n")
            .collect();
        let path = dir.path().join("w.conll");
        std::fs::write(&path, wiki.join("\n-DOCSTART- O\n\n")).unwrap();
        let r = eval(&tagger, &path, Format::Wikigold, Part::Heldout, Scope::Tagger, true).unwrap();
        assert!(r.contains("1 of 5 documents"), "{r}");
        assert!(r.lines().any(|l| l.starts_with("PER ") && l.contains("gold 1,")), "only the fifth document: {r}");
        let r = eval(&tagger, &path, Format::Wikigold, Part::Train, Scope::Tagger, false).unwrap();
        assert!(r.contains("4 of 5 documents"), "{r}");
        // BTC has no MISC: it is neither listed nor counted.
        let btc = dir.path().join("b.conll");
        std::fs::write(&btc, "Angela\tB-PER\nMerkel\tI-PER\nvisited\tO\nBerlin\tB-LOC\nwith\tO\nGerman\tO\nfriends\tO\n").unwrap();
        let r = eval(&tagger, &btc, Format::Btc, Part::All, Scope::Tagger, true).unwrap();
        assert!(!r.contains("MISC"), "{r}");
        assert!(r.ends_with("overall f1=1.0000"), "{r}");
    }

    #[test]
    fn rebuilds_text_as_printed_and_maps_tokens_back() {
        let tok = |ws: &[&str]| ws.iter().map(|w| (w.to_string(), "O".to_string())).collect::<Vec<_>>();
        let doc = conll::ConllDoc {
            sents: vec![
                tok(&["Japan", "'s", "premier", "(", "right", ")", "said", "\"", "no", "\"", ",", "Tokyo", "."]),
                tok(&["Shares", "rose", "5", "%", "to", "$", "3", "."]),
            ],
        };
        let (text, ranges) = detokenize(&doc);
        assert_eq!(text, "Japan's premier (right) said \"no\", Tokyo.\nShares rose 5% to $3.\n");
        for (r, (w, _)) in ranges.iter().zip(doc.sents.iter().flatten()) {
            assert_eq!(&text[r.clone()], w);
        }
    }

    #[test]
    fn the_rules_scope_scores_what_the_extractor_finds() {
        // The news rules drop a role word the tagger takes into the name
        // ("Rapper Kendrick Lamar"): only the rules scope gets the span right.
        let tagger = Tagger::bundled().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.txt");
        let doc = "-DOCSTART- -X- O O\n\nRapper NN O O\nKendrick NNP I-NP I-PER\nLamar NNP I-NP I-PER\nsaid VBD O O\non IN O O\nFriday NNP O O\nthat IN O O\nJapan NNP I-NP I-LOC\nwon VBD O O\n. . O O\n";
        std::fs::write(&path, doc).unwrap();
        let rules = eval(&tagger, &path, Format::Conll, Part::All, Scope::Rules, true).unwrap();
        assert!(rules.ends_with("overall f1=1.0000"), "{rules}");
        assert!(rules.lines().any(|l| l.starts_with("PER ") && l.contains("gold 1, predicted 1, correct 1")), "{rules}");
    }
}
