//! Training: an averaged structured perceptron over BILOU labels, in two
//! stages. Stage 1 uses token features; stage 2 adds document-level features
//! computed from stage-1 labels, which on the training set come from 5-fold
//! jackknifing (so stage 2 learns how much to trust realistic stage-1 output).
//! The number of epochs of each stage is picked on the dev sets (the mean of
//! their F1). Sentence order is shuffled with a fixed seed: training is
//! deterministic.
//!
//! The training data is CoNLL-2003 train plus the corpora of [`Options::corpora`]
//! (see [`super::corpora`] for readers and type mapping). Each corpus has an
//! update scale: a mistake on a sentence of a corpus moves the weights by its
//! scale instead of 1, so noisier or more distant text counts less. Tokens
//! whose label is unknown (MISC-like words in corpora that do not tag MISC)
//! may take any label: the perceptron's target is then the best-scoring
//! labelling that agrees with the known labels (a constrained Viterbi decode).

use super::Tagger;
use super::augment::{NamePool, augment, replace_names};
use super::conll::{self, ConllDoc, SubDoc};
use super::corpora::{self, Format, MiscLexicon};
use super::features::{CaseDict, F_FORCE_O, HashMap64, Knowledge, NL, Prepared, doc_features, prepare, token_features};
use super::gazetteer::Gazetteer;
use super::model::{Table, W, spans, viterbi, viterbi_with};
use super::orgs::OrgGazetteer;
use std::path::PathBuf;
use std::time::Instant;

/// One extra training corpus: a file under the extra-data folder, its
/// format, and its update scale.
#[derive(Clone, Debug)]
pub struct CorpusSpec {
    /// Path relative to the extra-data folder (`../shared/data/ner-extra`).
    pub file: &'static str,
    /// Its file format.
    pub format: Format,
    /// Update scale of its sentences (CoNLL's is 1).
    pub scale: f32,
}

/// The extra corpora trained on by default, with their update scales.
/// Wikigold is trained on except its held-out documents; WNUT-17 dev is a
/// dev set and its test file is never read in training; SEC filings are left
/// out by a zero scale (their PER tags are defined terms such as "Borrower",
/// which the spec does not count as names).
pub const DEFAULT_CORPORA: &[CorpusSpec] = &[
    CorpusSpec { file: "wikigold/wikigold.conll", format: Format::Wikigold, scale: 1.0 },
    CorpusSpec { file: "btc/a.conll", format: Format::Btc, scale: 0.25 },
    CorpusSpec { file: "btc/b.conll", format: Format::Btc, scale: 0.25 },
    CorpusSpec { file: "btc/e.conll", format: Format::Btc, scale: 0.25 },
    CorpusSpec { file: "btc/f.conll", format: Format::Btc, scale: 0.25 },
    CorpusSpec { file: "btc/g.conll", format: Format::Btc, scale: 0.25 },
    CorpusSpec { file: "btc/h.conll", format: Format::Btc, scale: 0.25 },
    CorpusSpec { file: "wnut17/train.conll", format: Format::Wnut, scale: 0.25 },
    CorpusSpec { file: "sec-filings/train.conll", format: Format::Sec, scale: 0.0 },
];

/// Dev sets under the extra-data folder (besides CoNLL-2003 dev).
pub const DEFAULT_DEV: &[(&str, Format)] = &[("wnut17/dev.conll", Format::Wnut)];

/// Training options.
pub struct Options {
    /// Most passes over the training data (early stopping on dev may end sooner).
    pub max_epochs: usize,
    /// Features seen fewer times than this are dropped.
    pub min_count: u32,
    /// Folds for the cross-validated document-level features.
    pub folds: usize,
    /// Seed of the shuffle (training is deterministic for a seed).
    pub seed: u64,
    /// Add headline-style (Title Case, ALL CAPS) copies of some training sentences.
    pub augment: bool,
    /// Extra corpora to train on (read from the extra-data folder).
    pub corpora: Vec<CorpusSpec>,
    /// Extra dev sets (read from the extra-data folder).
    pub dev: Vec<(&'static str, Format)>,
    /// Use the organisation lists (`orgs/` under the gazetteer folder) as features.
    pub orgs: bool,
    /// Drop weight rows whose quantised weights (of 32767 for the largest) are all at most this.
    pub prune: u16,
    /// Add copies of one in this many sentences with organisation names
    /// replaced from the lists (with `augment`; 0: none).
    pub replace_every: u64,
}

impl Options {
    /// Set the update scale of every corpus of `format` (0 leaves it out).
    pub fn set_scale(&mut self, format: Format, scale: f32) {
        for c in self.corpora.iter_mut().filter(|c| c.format == format) {
            c.scale = scale;
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_epochs: 12,
            min_count: 2,
            folds: 5,
            seed: 0x5eed_2003,
            augment: true,
            corpora: DEFAULT_CORPORA.to_vec(),
            dev: DEFAULT_DEV.to_vec(),
            orgs: true,
            replace_every: 3,
            prune: 0,
        }
    }
}

/// Where training reads its data.
pub struct Paths {
    /// Folder with CoNLL-2003 `train.txt` and `dev.txt`.
    pub conll: PathBuf,
    /// Folder of the extra corpora (`ner-extra`); `None` trains on CoNLL alone.
    pub extra: Option<PathBuf>,
    /// Folder of the gazetteers (census names, GeoNames, `orgs/`).
    pub gazetteers: PathBuf,
}

/// A document to learn from: re-tokenised, with its corpus's update scale.
pub struct TrainDoc {
    /// The re-tokenised document.
    pub sub: SubDoc,
    /// Update scale of its corpus.
    pub scale: f32,
    /// Edited text (news, encyclopedia), whose capitalisation is informative.
    pub edited: bool,
}

/// Read every training and dev document named by `paths` and `opt`:
/// (training documents, dev sets, a report). Tokens of corpora that do not
/// tag MISC are masked with the MISC lexicon of those that do.
pub fn load(paths: &Paths, opt: &Options) -> super::error::Result<(Vec<TrainDoc>, Vec<Vec<SubDoc>>, String)> {
    let mut log = String::new();
    let mut conll_train = conll::read(&paths.conll.join("train.txt"))?;
    let conll_dev = conll::read(&paths.conll.join("dev.txt"))?;
    let mut extra: Vec<(Vec<ConllDoc>, &CorpusSpec)> = Vec::new();
    if let Some(dir) = &paths.extra {
        for spec in opt.corpora.iter().filter(|s| s.scale > 0.0) {
            let mut docs = corpora::read(&dir.join(spec.file), spec.format)?;
            if spec.format == Format::Wikigold {
                docs = docs.into_iter().enumerate().filter(|(i, _)| !corpora::wikigold_heldout(*i)).map(|(_, d)| d).collect();
            }
            extra.push((docs, spec));
        }
    }
    // MISC-like words, learnt from the corpora that tag MISC.
    let lexicon =
        MiscLexicon::build(conll_train.iter().chain(extra.iter().filter(|(_, s)| s.format.tags_misc()).flat_map(|(d, _)| d.iter())), 2);
    let mut relabelled = conll_train.iter_mut().map(corpora::party_groups_to_org).sum::<usize>();
    for (docs, _) in &mut extra {
        relabelled += docs.iter_mut().map(corpora::party_groups_to_org).sum::<usize>();
    }
    log.push_str(&format!("party groups relabelled MISC -> ORG: {relabelled}\n"));
    let mut out = Vec::new();
    for d in &conll_train {
        out.push(TrainDoc { sub: conll::subdoc(d), scale: 1.0, edited: true });
    }
    log.push_str(&format!("conll2003 train: {} documents, scale 1\n", conll_train.len()));
    for (docs, spec) in &mut extra {
        let mut masked = 0;
        for d in docs.iter_mut() {
            if !spec.format.tags_misc() {
                masked += corpora::mask_misc_like(d, &lexicon);
            }
            out.push(TrainDoc { sub: conll::subdoc(d), scale: spec.scale, edited: spec.format.edited() });
        }
        log.push_str(&format!("{}: {} documents, scale {}, {masked} MISC-like tokens masked\n", spec.file, docs.len(), spec.scale));
    }
    let mut dev = vec![conll_dev.iter().map(conll::subdoc).collect::<Vec<_>>()];
    if let Some(dir) = &paths.extra {
        for (file, format) in &opt.dev {
            let mut docs = corpora::read(&dir.join(file), *format)?;
            if !format.tags_misc() {
                docs.iter_mut().for_each(|d| {
                    corpora::mask_misc_like(d, &lexicon);
                });
            }
            dev.push(docs.iter().map(conll::subdoc).collect());
        }
    }
    log.push_str(&format!("MISC lexicon: {} words\n", lexicon.len()));
    Ok((out, dev, log))
}

/// One document ready for training: features as ids (CSR per token).
struct Doc {
    sents: Vec<std::ops::Range<usize>>,
    gold: Vec<u8>,
    forced: Vec<bool>,
    /// Tokens whose label is unknown (any label is right).
    free: Vec<bool>,
    /// Update scale of the document's corpus.
    scale: f32,
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
    fn doc(&self, sd: &SubDoc, scale: f32, p: &Prepared, k: &Keys) -> Doc {
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
        let forced = p.infos.iter().map(|t| t.flags & F_FORCE_O != 0).collect();
        Doc { sents: sd.sents.clone(), gold: sd.gold.clone(), forced, free: sd.free.clone(), scale, off, ids }
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

/// Mean over dev sets of their span F1.
fn dev_f1(wt: &Weights, dev: &[Vec<Doc>]) -> f64 {
    dev.iter().map(|d| f1(wt, d)).sum::<f64>() / dev.len().max(1) as f64
}

/// Span-level F1 over sub-tokens (for epoch selection); a predicted span
/// on tokens of unknown label is not counted.
fn f1(wt: &Weights, docs: &[Doc]) -> f64 {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for d in docs {
        let pred = decode_doc(wt, d);
        for s in &d.sents {
            let free = &d.free[s.clone()];
            let mut ps = spans(&pred[s.clone()]);
            ps.retain(|&(a, b, _)| !free[a..b].iter().all(|f| *f));
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
    let mut target = Vec::new();
    for (di, si) in order {
        let d = docs[di];
        let s = d.sents[si].clone();
        emissions(&p.w, d, &s, &mut em);
        let t = p.tw.clone();
        viterbi(&em, &t, &d.forced[s.clone()], &mut pred);
        let (gold, free, forced) = (&d.gold[s.clone()], &d.free[s.clone()], &d.forced[s.clone()]);
        let gold: &[u8] = if free.iter().any(|f| *f) {
            // Partly labelled: the target is the best labelling that keeps the known labels.
            viterbi_with(&em, &t, s.len(), |i, b| if free[i] { !forced[i] || b == 0 } else { b == gold[i] as usize }, &mut target);
            &target
        } else {
            gold
        };
        if pred != gold {
            let sc = d.scale;
            for (k, i) in s.clone().enumerate() {
                let (g, q) = (gold[k], pred[k]);
                if g != q {
                    for &f in d.feats(i) {
                        p.upd(f, g, sc);
                        p.upd(f, q, -sc);
                    }
                }
                if k > 0 {
                    let (gp, qp) = (gold[k - 1], pred[k - 1]);
                    if (gp, g) != (qp, q) {
                        p.updt(gp, g, sc);
                        p.updt(qp, q, -sc);
                    }
                }
            }
        }
        p.c += 1.0;
    }
}

/// Train with dev selection: returns the best averaged weights, their epoch and dev F1.
fn train_stage(nf: usize, train: &[&Doc], dev: &[Vec<Doc>], opt: &Options, log: &mut Log, name: &str) -> (Weights, usize, f64) {
    let mut p = Perceptron::new(nf);
    let mut rng = Rng(opt.seed);
    let mut best: Option<(Weights, usize, f64)> = None;
    let mut since_best = 0;
    for e in 1..=opt.max_epochs {
        let t0 = Instant::now();
        epoch(&mut p, train, &mut rng);
        let wt = p.averaged();
        let f = dev_f1(&wt, dev);
        log.line(format!("{name} epoch {e}: dev sub-token span F1 {f:.4} ({:.1}s)", t0.elapsed().as_secs_f64()));
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
    best.expect("max_epochs >= 1")
}

/// The training report, passed line by line to a progress callback as it grows.
struct Log<'a> {
    text: String,
    progress: &'a mut dyn FnMut(&str),
}

impl Log<'_> {
    fn line(&mut self, l: String) {
        (self.progress)(&l);
        self.text.push_str(&l);
        self.text.push('\n');
    }
}

fn train_fixed(nf: usize, train: &[&Doc], epochs: usize, seed: u64) -> Weights {
    let mut p = Perceptron::new(nf);
    let mut rng = Rng(seed);
    for _ in 0..epochs {
        epoch(&mut p, train, &mut rng);
    }
    p.averaged()
}

/// Read the data named by `paths` and train the two-stage model; returns the
/// tagger and a report. `progress` sees each report line as it is written.
pub fn train_tagger(paths: &Paths, opt: &Options, progress: &mut dyn FnMut(&str)) -> super::error::Result<(Tagger, String)> {
    if opt.max_epochs < 1 || opt.folds < 2 {
        return Err(super::error::NerError::Options("training needs at least one epoch and two folds".into()));
    }
    let t0 = Instant::now();
    let mut log = Log { text: String::new(), progress };
    let gaz = Gazetteer::from_raw_dir(&paths.gazetteers)?;
    let orgs = if opt.orgs { OrgGazetteer::from_raw_dir(&paths.gazetteers.join("orgs"))? } else { OrgGazetteer::default() };
    let (mut train, dev, report) = load(paths, opt)?;
    for l in report.lines() {
        log.line(l.to_string());
    }
    // Mid-sentence capitalisation from the edited text (CoNLL, wikigold): tweets are cased at will.
    let case = CaseDict::build(train.iter().filter(|d| d.edited).flat_map(|d| d.sub.sents.iter().map(move |s| &d.sub.toks[s.clone()])));
    log.line(format!(
        "data: {} train docs ({} sub-tokens), {} dev sets; gazetteer {} phrases; organisations {} phrases, {} tickers; case dictionary {} words",
        train.len(),
        train.iter().map(|d| d.sub.toks.len()).sum::<usize>(),
        dev.len(),
        gaz.len(),
        orgs.len(),
        orgs.n_tickers(),
        case.map.len()
    ));
    if opt.augment {
        let pool = NamePool::new(&orgs);
        for (di, d) in train.iter_mut().enumerate() {
            if d.edited {
                replace_names(&mut d.sub, di, &pool, opt.replace_every);
                augment(&mut d.sub, di);
            }
        }
    }
    let know = Knowledge { gaz: &gaz, orgs: &orgs, case: &case };
    let prep = |sd: &SubDoc| prepare(&sd.tok_refs(), &sd.sents, know);
    let train_p: Vec<Prepared> = train.iter().map(|d| prep(&d.sub)).collect();
    let dev_p: Vec<Vec<Prepared>> = dev.iter().map(|set| set.iter().map(prep).collect()).collect();
    let train_k: Vec<Keys> = train_p.iter().map(base_keys).collect();
    let dev_k: Vec<Vec<Keys>> = dev_p.iter().map(|set| set.iter().map(base_keys).collect()).collect();
    let mut dict = Dict::default();
    dict.add_counted(&train_k, opt.min_count);
    let n_base = dict.keys.len();
    let train1: Vec<Doc> = (0..train.len()).map(|i| dict.doc(&train[i].sub, train[i].scale, &train_p[i], &train_k[i])).collect();
    let dev_docs = |keys: &[Vec<Keys>], dict: &Dict| -> Vec<Vec<Doc>> {
        (0..dev.len()).map(|s| (0..dev[s].len()).map(|i| dict.doc(&dev[s][i], 1.0, &dev_p[s][i], &keys[s][i])).collect()).collect()
    };
    let dev1 = dev_docs(&dev_k, &dict);
    log.line(format!("stage 1: {n_base} features (count >= {})", opt.min_count));
    let refs: Vec<&Doc> = train1.iter().collect();
    let (w1, e1, f1_dev) = train_stage(n_base, &refs, &dev1, opt, &mut log, "stage 1");
    log.line(format!("stage 1: best epoch {e1}, dev F1 {f1_dev:.4}"));

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
        log.line(format!("jackknife fold {} done", fold + 1));
    }
    let train_k2: Vec<Keys> =
        (0..train1.len()).map(|i| with_doc_keys(&train_k[i], &doc_features(&train_p[i], &train[i].sub.tok_refs(), &pass1[i]))).collect();
    let dev_k2: Vec<Vec<Keys>> = (0..dev.len())
        .map(|s| {
            (0..dev[s].len())
                .map(|i| with_doc_keys(&dev_k[s][i], &doc_features(&dev_p[s][i], &dev[s][i].tok_refs(), &decode_doc(&w1, &dev1[s][i]))))
                .collect()
        })
        .collect();
    dict.add_counted(&train_k2, opt.min_count);
    let nf = dict.keys.len();
    let train2: Vec<Doc> = (0..train.len()).map(|i| dict.doc(&train[i].sub, train[i].scale, &train_p[i], &train_k2[i])).collect();
    let dev2 = dev_docs(&dev_k2, &dict);
    log.line(format!("stage 2: {nf} features ({} document-level)", nf - n_base));
    let refs2: Vec<&Doc> = train2.iter().collect();
    let (w2, e2, f2_dev) = train_stage(nf, &refs2, &dev2, opt, &mut log, "stage 2");
    log.line(format!("stage 2: best epoch {e2}, dev F1 {f2_dev:.4}"));

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
        // Rows whose weights are all tiny are dropped: a smaller table is faster to probe.
        if row.iter().any(|v| v.unsigned_abs() > opt.prune) {
            entries.push((key, row));
        }
    }
    log.line(format!("model: {} weight rows kept of {nf}", entries.len()));
    let table = Table::new(entries, scale, [w1.t, w2.t]);
    let tagger = Tagger { table, gaz, orgs, case };
    log.line(format!("training time {:.1}s", t0.elapsed().as_secs_f64()));
    Ok((tagger, log.text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::model::label;

    /// One sentence of three tokens, each with its own feature (ids 0, 1, 2).
    fn doc(free0: bool, scale: f32) -> Doc {
        Doc {
            sents: std::iter::once(0..3).collect(),
            gold: vec![0; 3],
            forced: vec![false; 3],
            free: vec![free0, false, false],
            scale,
            off: vec![0, 1, 2, 3],
            ids: vec![0, 1, 2],
        }
    }

    #[test]
    fn a_free_token_keeps_the_label_the_model_gives_it() {
        let u_misc = label(3, 3);
        for (free, scale) in [(true, 1.0), (false, 1.0), (false, 0.25)] {
            let mut p = Perceptron::new(3);
            p.w[u_misc as usize] = 1.0; // feature 0 says U-MISC
            let d = doc(free, scale);
            epoch(&mut p, &[&d], &mut Rng(1));
            if free {
                assert_eq!(p.w[u_misc as usize], 1.0, "no update: any label is right on a free token");
                assert!(p.w.iter().enumerate().all(|(k, v)| *v == if k == u_misc as usize { 1.0 } else { 0.0 }));
            } else {
                // Gold O everywhere: the mistake on token 0 moves its weights by the corpus scale.
                assert_eq!(p.w[u_misc as usize], 1.0 - scale);
                assert_eq!(p.w[0], scale);
            }
        }
    }

    #[test]
    fn constrained_target_keeps_known_labels() {
        // Token 1 is free and its feature prefers U-PER; known tokens are O and U-LOC.
        let mut p = Perceptron::new(3);
        p.w[NL + label(0, 3) as usize] = 2.0;
        let mut d = doc(false, 1.0);
        d.free = vec![false, true, false];
        d.gold = vec![0, 0, label(2, 3)];
        epoch(&mut p, &[&d], &mut Rng(1));
        assert_eq!(p.w[NL + label(0, 3) as usize], 2.0, "the free token's label was not penalised");
        assert_eq!(p.w[2 * NL + label(2, 3) as usize], 1.0, "the missed U-LOC was learnt");
    }
}
