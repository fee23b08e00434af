//! CoNLL-2003 reading, and re-tokenisation of each CoNLL token with the
//! project tokenizer so training sees the tokens real text produces. Entity
//! labels are propagated to the sub-tokens: an entity's edge sub-tokens that
//! come from splitting a CoNLL token and are lowercase words, punctuation or
//! clitics are left out ("Trump-backed" -> "Trump"; "anti-Soviet" -> "Soviet").

use super::corpora::{self, Format};
use super::features::is_forced_o;
use super::model::encode;
use crate::extract::analysis::tokenize;
use std::ops::Range;
use std::path::Path;

/// Entity types in CoNLL order of our labels: PER, ORG, LOC, MISC.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// One document: sentences of (token, IOB tag over [`TYPES`], or [`FREE`]).
#[derive(Debug, Clone)]
pub struct ConllDoc {
    /// Sentences of (token, tag) pairs, in file order.
    pub sents: Vec<Vec<(String, String)>>,
}

/// The tag of a token whose label is unknown (may be any label in training).
pub const FREE: &str = "?";

/// Read a CoNLL-2003 file (token POS chunk NER per line), split at `-DOCSTART-`.
pub fn read(path: &Path) -> super::error::Result<Vec<ConllDoc>> {
    corpora::read(path, Format::Conll)
}

/// Parse CoNLL-2003 text.
pub fn parse(text: &str) -> super::error::Result<Vec<ConllDoc>> {
    corpora::parse(text, Format::Conll).map_err(|(line, reason)| super::error::invalid(format!("CoNLL text line {line}"), reason))
}

/// Entity spans `(start, end, type)` of IOB tags (IOB1 or IOB2).
pub fn iob_spans(tags: &[&str]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (bi, ty) = match t.split_once('-') {
            Some((bi, ty)) => (bi, TYPES.iter().position(|x| *x == ty)),
            None => ("O", None),
        };
        match (cur, ty) {
            (Some((s, cty)), Some(ty)) if bi == "I" && cty == ty => {
                let _ = s;
            }
            _ => {
                if let Some((s, cty)) = cur.take() {
                    out.push((s, i, cty));
                }
                if let Some(ty) = ty {
                    cur = Some((i, ty));
                }
            }
        }
    }
    if let Some((s, cty)) = cur {
        out.push((s, tags.len(), cty));
    }
    out
}

/// A CoNLL document re-tokenised: sub-tokens, their sentences, BILOU gold,
/// and the CoNLL token (document-wide index) each sub-token came from.
pub struct SubDoc {
    /// Sub-tokens, as the pipeline's tokenizer splits the text.
    pub toks: Vec<String>,
    /// Sentences as sub-token ranges.
    pub sents: Vec<Range<usize>>,
    /// Gold BILOU label of each sub-token (model encoding).
    pub gold: Vec<u8>,
    /// The CoNLL token (document-wide index) each sub-token came from.
    pub origin: Vec<usize>,
    /// Sub-tokens whose label is unknown: training lets them take any label.
    pub free: Vec<bool>,
    /// Gold entities over CoNLL tokens (document-wide indices), for conlleval scoring.
    pub conll_spans: Vec<(usize, usize, usize)>,
}

impl SubDoc {
    /// The sub-tokens as string slices, as the feature code takes them.
    pub fn tok_refs(&self) -> Vec<&str> {
        self.toks.iter().map(String::as_str).collect()
    }
}

/// Is a sub-token a weak edge of an entity: lowercase word, punctuation or clitic?
fn weak_edge(t: &str) -> bool {
    let c = t.chars().next().unwrap_or(' ');
    c.is_lowercase() || !c.is_alphanumeric()
}

/// Re-tokenise a CoNLL document and propagate its labels.
pub fn subdoc(doc: &ConllDoc) -> SubDoc {
    let mut d =
        SubDoc { toks: Vec::new(), sents: Vec::new(), gold: Vec::new(), origin: Vec::new(), free: Vec::new(), conll_spans: Vec::new() };
    let mut conll_base = 0;
    for sent in &doc.sents {
        let start = d.toks.len();
        // Sub-token range of each CoNLL token.
        let mut ranges = Vec::with_capacity(sent.len());
        for (k, (tok, tag)) in sent.iter().enumerate() {
            let s = d.toks.len();
            let pieces = tokenize(tok);
            if pieces.is_empty() {
                d.toks.push(tok.clone());
                d.origin.push(conll_base + k);
            }
            for p in pieces {
                d.toks.push(tok[p.start..p.end].to_string());
                d.origin.push(conll_base + k);
            }
            d.free.resize(d.toks.len(), tag == FREE);
            ranges.push(s - start..d.toks.len() - start);
        }
        let tags: Vec<&str> = sent.iter().map(|(_, t)| t.as_str()).collect();
        let mut sub_spans = Vec::new();
        for (a, b, ty) in iob_spans(&tags) {
            d.conll_spans.push((conll_base + a, conll_base + b, ty));
            let (mut s, mut e) = (ranges[a].start, ranges[b - 1].end);
            let first = &ranges[a];
            while s < e && first.len() > 1 && first.contains(&s) && weak_edge(&d.toks[start + s]) {
                s += 1;
            }
            let last = &ranges[b - 1];
            while e > s && last.len() > 1 && last.contains(&(e - 1)) && weak_edge(&d.toks[start + e - 1]) {
                e -= 1;
            }
            // A handle, URL or domain is never part of a name (the tagger forces them to O).
            if s < e && !(s..e).any(|j| is_forced_o(&d.toks[start + j])) {
                sub_spans.push((s, e, ty));
            }
        }
        let n = d.toks.len() - start;
        d.gold.extend(encode(n, &sub_spans));
        d.sents.push(start..d.toks.len());
        conll_base += sent.len();
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::model::label;

    const SAMPLE: &str = "-DOCSTART- -X- -X- O\n\nThe DT B-NP O\nTrump-backed JJ I-NP B-MISC\nMusk's NNP I-NP B-PER\nanti-Soviet JJ I-NP B-MISC\nHewlett-Packard NNP I-NP B-ORG\nU.S. NNP I-NP B-LOC\n. . O O\n";

    #[test]
    fn propagates_labels_to_subtokens() {
        let docs = parse(SAMPLE).unwrap();
        assert_eq!(docs.len(), 1);
        let d = subdoc(&docs[0]);
        let pairs: Vec<(&str, u8)> = d.toks.iter().map(String::as_str).zip(d.gold.iter().copied()).collect();
        assert_eq!(
            pairs,
            vec![
                ("The", 0),
                ("Trump", label(3, 3)),
                ("-", 0),
                ("backed", 0),
                ("Musk", label(0, 3)),
                ("'s", 0),
                ("anti", 0),
                ("-", 0),
                ("Soviet", label(3, 3)),
                ("Hewlett", label(1, 0)),
                ("-", label(1, 1)),
                ("Packard", label(1, 2)),
                ("U.S.", label(2, 3)),
                (".", 0),
            ]
        );
        assert_eq!(d.origin[2], 1);
        assert_eq!(d.conll_spans.len(), 5);
    }

    #[test]
    fn iob1_and_iob2_spans() {
        assert_eq!(iob_spans(&["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]), vec![(0, 2, 0), (3, 4, 2), (4, 5, 2), (5, 6, 1)]);
    }
}
