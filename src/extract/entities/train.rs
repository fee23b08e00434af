//! Training: an averaged structured perceptron over BILOU labels, in two
//! stages. Stage 1 uses token features; stage 2 adds document-level features
//! computed from stage-1 labels, which on the training set come from 5-fold
//! jackknifing (so stage 2 learns how much to trust realistic stage-1 output).
//! The number of epochs of each stage is picked on the dev set. Sentence
//! order is shuffled with a fixed seed: training is deterministic.

use super::Tagger;
use super::conll::{self, SubDoc};
use super::features::{CaseDict, F_FORCE_O, HashMap64, NL, Prepared, doc_features, prepare, token_features};
use super::gazetteer::Gazetteer;
use super::model::{Table, W, spans, viterbi};
use std::path::Path;
use std::time::Instant;

/// Training options.
pub struct Options {
    pub max_epochs: usize,
    pub min_count: u32,
    pub folds: usize,
    pub seed: u64,
    /// Add headline-style (Title Case, ALL CAPS) copies of some training sentences.
    pub augment: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { max_epochs: 12, min_count: 2, folds: 5, seed: 0x5eed_2003, augment: true }
    }
}

/// One document ready for training: features as ids (CSR per token).
struct Doc {
    sents: Vec<std::ops::Range<usize>>,
    gold: Vec<u8>,
    forced: Vec<bool>,
    off: Vec<u32>,
    ids: Vec<u32>,
}

impl Doc {
    fn feats(&self, i: usize) -> &[u32] {
        &self.ids[self.off[i] as usize..self.off[i + 1] as usize]
    }
}

/// Per-token feature keys of a document.
struct Keys {
    off: Vec<u32>,
    keys: Vec<u64>,
}

fn base_keys(p: &Prepared) -> Keys {
    let mut k = Keys { off: vec![0], keys: Vec::new() };
    for (si, s) in p.sents.iter().enumerate() {
        for i in s.clone() {
            token_features(p, si, i, &mut k.keys);
            k.off.push(k.keys.len() as u32);
        }
    }
    k
}

fn with_doc_keys(base: &Keys, extra: &[Vec<u64>]) -> Keys {
    let mut k = Keys { off: vec![0], keys: Vec::new() };
    for (i, ex) in extra.iter().enumerate() {
        k.keys.extend_from_slice(&base.keys[base.off[i] as usize..base.off[i + 1] as usize]);
        k.keys.extend_from_slice(ex);
        k.off.push(k.keys.len() as u32);
    }
    k
}

/// Feature dictionary: key -> dense id, and back.
#[derive(Default)]
struct Dict {
    ids: HashMap64<u32>,
    keys: Vec<u64>,
}

impl Dict {
    /// Add keys seen at least `min_count` times in `docs` (first-seen order: deterministic).
    fn add_counted(&mut self, docs: &[Keys], min_count: u32) {
        let mut counts: HashMap64<u32> = HashMap64::default();
        for d in docs {
            for &k in &d.keys {
                *counts.entry(k).or_default() += 1;
            }
        }
        for d in docs {
            for &k in &d.keys {
                if counts[&k] >= min_count && !self.ids.contains_key(&k) {
                    self.ids.insert(k, self.keys.len() as u32);
                    self.keys.push(k);
                }
            }
        }
    }
    fn doc(&self, sd: &SubDoc, p: &Prepared, k: &Keys) -> Doc {
        let mut ids = Vec::with_capacity(k.keys.len());
        let mut off = vec![0u32];
        for i in 0..sd.toks.len() {
            for key in &k.keys[k.off[i] as usize..k.off[i + 1] as usize] {
                if let Some(&id) = self.ids.get(key) {
                    ids.push(id);
                }
            }
            off.push(ids.len() as u32);
        }
        Doc { sents: sd.sents.clone(), gold: sd.gold.clone(), forced: p.infos.iter().map(|t| t.flags & F_FORCE_O != 0).collect(), off, ids }
    }
}

/// Averaged perceptron weights (w, and u = sum of time-weighted updates).
struct Perceptron {
    w: Vec<f32>,
    u: Vec<f64>,
    tw: Vec<f32>,
    tu: Vec<f64>,
    c: f64,
}

/// Plain weights for decoding.
struct Weights {
    w: Vec<f32>,
    t: Vec<f32>,
}

impl Perceptron {
    fn new(nf: usize) -> Self {
        Perceptron { w: vec![0.0; nf * NL], u: vec![0.0; nf * NL], tw: vec![0.0; NL * NL], tu: vec![0.0; NL * NL], c: 1.0 }
    }
    fn averaged(&self) -> Weights {
        let w = self.w.iter().zip(&self.u).map(|(w, u)| (*w as f64 - u / self.c) as f32).collect();
        let t = self.tw.iter().zip(&self.tu).map(|(w, u)| (*w as f64 - u / self.c) as f32).collect();
        Weights { w, t }
    }
    fn upd(&mut self, f: u32, l: u8, d: f32) {
        let k = f as usize * NL + l as usize;
        self.w[k] += d;
        self.u[k] += self.c * d as f64;
    }
    fn updt(&mut self, a: u8, b: u8, d: f32) {
        let k = a as usize * NL + b as usize;
        self.tw[k] += d;
        self.tu[k] += self.c * d as f64;
    }
}

fn emissions(w: &[f32], d: &Doc, s: &std::ops::Range<usize>, em: &mut Vec<f32>) {
    em.clear();
    em.resize(s.len() * NL, 0.0);
    for (k, i) in s.clone().enumerate() {
        let e = &mut em[k * NL..(k + 1) * NL];
        for &f in d.feats(i) {
            let r = &w[f as usize * NL..(f as usize + 1) * NL];
            for j in 0..NL {
                e[j] += r[j];
            }
        }
    }
}

fn decode_doc(wt: &Weights, d: &Doc) -> Vec<u8> {
    let mut out = vec![0u8; d.gold.len()];
    let mut em = Vec::new();
    let mut lab = Vec::new();
    for s in &d.sents {
        emissions(&wt.w, d, s, &mut em);
        viterbi(&em, &wt.t, &d.forced[s.clone()], &mut lab);
        out[s.clone()].copy_from_slice(&lab);
    }
    out
}

/// Span-level F1 over sub-tokens (for epoch selection).
fn f1(wt: &Weights, docs: &[Doc]) -> f64 {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for d in docs {
        let pred = decode_doc(wt, d);
        for s in &d.sents {
            let ps = spans(&pred[s.clone()]);
            let gs = spans(&d.gold[s.clone()]);
            np += ps.len();
            ng += gs.len();
            tp += ps.iter().filter(|x| gs.contains(x)).count();
        }
    }
    if tp == 0 { 0.0 } else { 2.0 * tp as f64 / (np + ng) as f64 }
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn epoch(p: &mut Perceptron, docs: &[&Doc], rng: &mut Rng) {
    let mut order: Vec<(usize, usize)> = docs.iter().enumerate().flat_map(|(di, d)| (0..d.sents.len()).map(move |si| (di, si))).collect();
    rng.shuffle(&mut order);
    let mut em = Vec::new();
    let mut pred = Vec::new();
    for (di, si) in order {
        let d = docs[di];
        let s = d.sents[si].clone();
        emissions(&p.w, d, &s, &mut em);
        let t = p.tw.clone();
        viterbi(&em, &t, &d.forced[s.clone()], &mut pred);
        let gold = &d.gold[s.clone()];
        if pred != gold {
            for (k, i) in s.clone().enumerate() {
                let (g, q) = (gold[k], pred[k]);
                if g != q {
                    for &f in d.feats(i) {
                        p.upd(f, g, 1.0);
                        p.upd(f, q, -1.0);
                    }
                }
                if k > 0 {
                    let (gp, qp) = (gold[k - 1], pred[k - 1]);
                    if (gp, g) != (qp, q) {
                        p.updt(gp, g, 1.0);
                        p.updt(qp, q, -1.0);
                    }
                }
            }
        }
        p.c += 1.0;
    }
}

/// Train with dev selection: returns the best averaged weights, their epoch and dev F1.
fn train_stage(nf: usize, train: &[&Doc], dev: &[Doc], opt: &Options, log: &mut String, name: &str) -> (Weights, usize, f64) {
    let mut p = Perceptron::new(nf);
    let mut rng = Rng(opt.seed);
    let mut best: Option<(Weights, usize, f64)> = None;
    let mut since_best = 0;
    for e in 1..=opt.max_epochs {
        let t0 = Instant::now();
        epoch(&mut p, train, &mut rng);
        let wt = p.averaged();
        let f = f1(&wt, dev);
        log.push_str(&format!("{name} epoch {e}: dev sub-token span F1 {f:.4} ({:.1}s)\n", t0.elapsed().as_secs_f64()));
        eprint!("{}", log.lines().last().map(|l| format!("{l}\n")).unwrap_or_default());
        if best.as_ref().is_none_or(|b| f > b.2) {
            best = Some((wt, e, f));
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= 3 {
                break;
            }
        }
    }
    best.unwrap()
}

fn train_fixed(nf: usize, train: &[&Doc], epochs: usize, seed: u64) -> Weights {
    let mut p = Perceptron::new(nf);
    let mut rng = Rng(seed);
    for _ in 0..epochs {
        epoch(&mut p, train, &mut rng);
    }
    p.averaged()
}

/// Train the two-stage model; returns the tagger and a report.
pub fn train_tagger(train: &Path, dev: &Path, gazetteer_dir: &Path, opt: &Options) -> anyhow::Result<(Tagger, String)> {
    let t0 = Instant::now();
    let mut log = String::new();
    let gaz = Gazetteer::from_raw_dir(gazetteer_dir)?;
    let train_sd: Vec<SubDoc> = conll::read(train)?.iter().map(conll::subdoc).collect();
    let dev_sd: Vec<SubDoc> = conll::read(dev)?.iter().map(conll::subdoc).collect();
    let case = CaseDict::build(train_sd.iter().flat_map(|d| d.sents.iter().map(move |s| &d.toks[s.clone()])));
    log.push_str(&format!(
        "data: {} train docs ({} sub-tokens), {} dev docs; gazetteer {} phrases; case dictionary {} words\n",
        train_sd.len(),
        train_sd.iter().map(|d| d.toks.len()).sum::<usize>(),
        dev_sd.len(),
        gaz.len(),
        case.map.len()
    ));
    let mut train_sd = train_sd;
    if opt.augment {
        for (di, d) in train_sd.iter_mut().enumerate() {
            augment(d, di);
        }
    }
    let prep = |sd: &SubDoc| prepare(&sd.tok_refs(), &sd.sents, &gaz, &case);
    let train_p: Vec<Prepared> = train_sd.iter().map(prep).collect();
    let dev_p: Vec<Prepared> = dev_sd.iter().map(prep).collect();
    let train_k: Vec<Keys> = train_p.iter().map(base_keys).collect();
    let dev_k: Vec<Keys> = dev_p.iter().map(base_keys).collect();
    let mut dict = Dict::default();
    dict.add_counted(&train_k, opt.min_count);
    let n_base = dict.keys.len();
    let train1: Vec<Doc> = (0..train_sd.len()).map(|i| dict.doc(&train_sd[i], &train_p[i], &train_k[i])).collect();
    let dev1: Vec<Doc> = (0..dev_sd.len()).map(|i| dict.doc(&dev_sd[i], &dev_p[i], &dev_k[i])).collect();
    log.push_str(&format!("stage 1: {n_base} features (count >= {})\n", opt.min_count));
    let refs: Vec<&Doc> = train1.iter().collect();
    let (w1, e1, f1_dev) = train_stage(n_base, &refs, &dev1, opt, &mut log, "stage 1");
    log.push_str(&format!("stage 1: best epoch {e1}, dev F1 {f1_dev:.4}\n"));

    // Jackknifed stage-1 labels on train, final stage-1 labels on dev.
    let mut pass1: Vec<Vec<u8>> = vec![Vec::new(); train1.len()];
    for fold in 0..opt.folds {
        let rest: Vec<&Doc> = train1.iter().enumerate().filter(|(i, _)| i % opt.folds != fold).map(|(_, d)| d).collect();
        let w = train_fixed(n_base, &rest, e1, opt.seed ^ (fold as u64 + 1));
        for (i, d) in train1.iter().enumerate() {
            if i % opt.folds == fold {
                pass1[i] = decode_doc(&w, d);
            }
        }
        eprintln!("jackknife fold {} done", fold + 1);
    }
    let dev_pass1: Vec<Vec<u8>> = dev1.iter().map(|d| decode_doc(&w1, d)).collect();
    let train_k2: Vec<Keys> =
        (0..train1.len()).map(|i| with_doc_keys(&train_k[i], &doc_features(&train_p[i], &train_sd[i].tok_refs(), &pass1[i]))).collect();
    let dev_k2: Vec<Keys> =
        (0..dev1.len()).map(|i| with_doc_keys(&dev_k[i], &doc_features(&dev_p[i], &dev_sd[i].tok_refs(), &dev_pass1[i]))).collect();
    dict.add_counted(&train_k2, opt.min_count);
    let nf = dict.keys.len();
    let train2: Vec<Doc> = (0..train_sd.len()).map(|i| dict.doc(&train_sd[i], &train_p[i], &train_k2[i])).collect();
    let dev2: Vec<Doc> = (0..dev_sd.len()).map(|i| dict.doc(&dev_sd[i], &dev_p[i], &dev_k2[i])).collect();
    log.push_str(&format!("stage 2: {nf} features ({} document-level)\n", nf - n_base));
    let refs2: Vec<&Doc> = train2.iter().collect();
    let (w2, e2, f2_dev) = train_stage(nf, &refs2, &dev2, opt, &mut log, "stage 2");
    log.push_str(&format!("stage 2: best epoch {e2}, dev F1 {f2_dev:.4}\n"));

    // Quantise both stages into one table.
    let max1 = w1.w.iter().fold(0f32, |m, v| m.max(v.abs())).max(1e-6);
    let max2 = w2.w.iter().fold(0f32, |m, v| m.max(v.abs())).max(1e-6);
    let scale = [max1 / 32767.0, max2 / 32767.0];
    let mut entries = Vec::new();
    for (f, &key) in dict.keys.iter().enumerate() {
        let mut row = [0i16; W];
        for l in 0..NL {
            if f < n_base {
                row[l] = (w1.w[f * NL + l] / scale[0]).round() as i16;
            }
            row[NL + l] = (w2.w[f * NL + l] / scale[1]).round() as i16;
        }
        if row.iter().any(|v| *v != 0) {
            entries.push((key, row));
        }
    }
    log.push_str(&format!("model: {} weight rows kept of {nf}\n", entries.len()));
    let table = Table::new(entries, scale, [w1.t, w2.t]);
    let tagger = Tagger { table, gaz, case };
    log.push_str(&format!("training time {:.1}s\n", t0.elapsed().as_secs_f64()));
    Ok((tagger, log))
}

/// Small words left lowercase in Title Case headlines.
const SMALL: &[&str] = &["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "from"];

/// Append Title Case copies of about one sentence in six and ALL CAPS copies
/// of about one in eight to a training document (same labels), so the model
/// learns headline capitalisation with the body text as document context.
pub fn augment(d: &mut SubDoc, doc_index: usize) {
    let n = d.sents.len();
    for si in 0..n {
        let r = d.sents[si].clone();
        if r.len() < 4 {
            continue;
        }
        let h = (doc_index as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (si as u64).wrapping_mul(0xc2b2_ae3d_27d4_eb4f);
        let h = super::features::fin(h);
        let mode = if h.is_multiple_of(6) {
            1
        } else if h % 8 == 1 {
            2
        } else {
            continue;
        };
        let start = d.toks.len();
        for i in r.clone() {
            let t = d.toks[i].clone();
            let nt = if mode == 2 {
                t.to_uppercase()
            } else if (i > r.start && SMALL.contains(&t.as_str())) || !t.chars().next().is_some_and(char::is_lowercase) {
                t
            } else {
                let mut c = t.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            };
            d.toks.push(nt);
            d.gold.push(d.gold[i]);
            d.origin.push(d.origin[i]);
        }
        d.sents.push(start..d.toks.len());
    }
}
