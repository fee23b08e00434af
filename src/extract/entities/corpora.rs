//! Readers for the annotated corpora the tagger is trained and scored on,
//! each mapped to newsframe's four types (spec §1):
//!
//! | format | file layout | tags | mapping |
//! | --- | --- | --- | --- |
//! | `conll` | CoNLL-2003: `token POS chunk tag`, `-DOCSTART-` | IOB1 PER ORG LOC MISC | as is |
//! | `wikigold` | `token tag`, space-separated, `-DOCSTART-` | IOB1 PER ORG LOC MISC | as is |
//! | `sec` | `token POS chunk tag`, `-DOCSTART-` | IOB1 PER ORG LOC MISC | as is |
//! | `btc` | `token<TAB>tag`, one tweet per block | BIO PER ORG LOC (no MISC) | as is; MISC-like `O` tokens masked in training |
//! | `wnut` | `token<TAB>tag`, one post per block | BIO person location group corporation product creative-work | person→PER, location→LOC, corporation and group→ORG, product and creative-work→MISC |
//!
//! WNUT's `group` covers bands, teams, parties and institutions, which the
//! spec types ORG; its `product` and `creative-work` are the spec's products
//! and works (MISC). WNUT never tags nationalities or events, and BTC never
//! tags any MISC, so their `O` on such words is not evidence: see
//! [`mask_misc_like`].
//!
//! Reading brings every corpus to the spec in one respect, for training and
//! scoring alike: a `@handle` is never a mention (BTC tags some; a lone `@`
//! token is glued to the name after it, as it is in the raw text). Training
//! also relabels the plural party-group nouns the spec types ORG ("Democrats",
//! "Tories", "GOP"), which CoNLL guidelines type MISC ([`party_groups_to_org`]).
//!
//! Documents: CoNLL, wikigold and SEC files are split at `-DOCSTART-`; each
//! tweet or post of BTC and WNUT is a document of its own (they are
//! unrelated, so no document-level evidence is shared between them).

use super::conll::{ConllDoc, FREE, TYPES};
use super::error::{Result, invalid, io};
use super::hash::HashMap64;
use crate::lexicon::PARTY_GROUP_PLURALS;
use std::path::Path;

/// A corpus file format (and with it, a tag mapping).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// CoNLL-2003 (`token POS chunk tag`, IOB1).
    Conll,
    /// wikigold (`token tag`, IOB1, CoNLL types).
    Wikigold,
    /// Broad Twitter Corpus (`token<TAB>tag`, BIO, PER ORG LOC).
    Btc,
    /// WNUT-17 emerging entities (`token<TAB>tag`, BIO, six types).
    Wnut,
    /// SEC filings (`token POS chunk tag`, IOB1, CoNLL types).
    Sec,
}

impl Format {
    /// Does the corpus annotate MISC names like nationalities and events?
    pub fn tags_misc(self) -> bool {
        matches!(self, Format::Conll | Format::Wikigold | Format::Sec)
    }
    /// Is the text edited (news, encyclopedia, filings), so that its capitalisation is informative?
    pub fn edited(self) -> bool {
        !self.block_docs()
    }
    /// Is each sentence block a document of its own (tweets, posts)?
    fn block_docs(self) -> bool {
        matches!(self, Format::Btc | Format::Wnut)
    }
}

/// Map one tag of `format` to an IOB tag over [`TYPES`]; `None` for a tag
/// the format does not define.
pub fn map_tag(format: Format, tag: &str) -> Option<String> {
    if tag == "O" {
        return Some("O".into());
    }
    let (bi, ty) = tag.split_once('-')?;
    if bi != "B" && bi != "I" {
        return None;
    }
    let ty = match (format, ty) {
        (Format::Wnut, "person") => "PER",
        (Format::Wnut, "location") => "LOC",
        (Format::Wnut, "corporation" | "group") => "ORG",
        (Format::Wnut, "product" | "creative-work") => "MISC",
        (Format::Wnut, _) => return None,
        (Format::Btc, "PER" | "ORG" | "LOC") => ty,
        (Format::Btc, _) => return None,
        (_, "PER" | "ORG" | "LOC" | "MISC") => ty,
        _ => return None,
    };
    Some(format!("{bi}-{ty}"))
}

/// Read a corpus file.
pub fn read(path: &Path, format: Format) -> Result<Vec<ConllDoc>> {
    let text = std::fs::read_to_string(path).map_err(io(path))?;
    parse(&text, format).map_err(|(line, reason)| invalid(format!("{} line {line} ({format:?})", path.display()), reason))
}

/// Parse corpus text: documents of sentences of (token, IOB tag over [`TYPES`]).
pub fn parse(text: &str, format: Format) -> std::result::Result<Vec<ConllDoc>, (usize, String)> {
    let mut docs = vec![ConllDoc { sents: Vec::new() }];
    let mut sent: Vec<(String, String)> = Vec::new();
    let end_sent = |docs: &mut Vec<ConllDoc>, sent: &mut Vec<(String, String)>| {
        if sent.is_empty() {
            return;
        }
        let s = normalise(std::mem::take(sent));
        if format.block_docs() {
            docs.push(ConllDoc { sents: vec![s] });
        } else {
            docs.last_mut().expect("one open document").sents.push(s);
        }
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches(['\r', '\n']);
        if line.starts_with("-DOCSTART-") {
            end_sent(&mut docs, &mut sent);
            docs.push(ConllDoc { sents: Vec::new() });
            continue;
        }
        if line.trim().is_empty() {
            end_sent(&mut docs, &mut sent);
            continue;
        }
        let cols: Vec<&str> = if line.contains('\t') { line.split('\t').collect() } else { line.split(' ').collect() };
        let (Some(tok), Some(tag)) = (cols.first(), cols.last()) else { return Err((n + 1, "no columns".into())) };
        if cols.len() < 2 {
            return Err((n + 1, format!("expected a token and a tag: {line:?}")));
        }
        if tok.trim().is_empty() {
            continue; // a whitespace "token" (BTC has a few): no text to tag
        }
        let Some(tag) = map_tag(format, tag.trim()) else { return Err((n + 1, format!("tag {tag:?} is not a {format:?} tag"))) };
        sent.push((tok.to_string(), tag));
    }
    end_sent(&mut docs, &mut sent);
    docs.retain(|d| !d.sents.is_empty());
    Ok(docs)
}

/// Is `t` a handle name that a lone "@" before it belongs to?
fn handle_body(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Bring a sentence's tags to the spec: "@" + name glued into one handle
/// token, handles O.
fn normalise(sent: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::with_capacity(sent.len());
    let mut k = 0;
    while k < sent.len() {
        let (tok, tag) = &sent[k];
        if tok == "@" && k + 1 < sent.len() && handle_body(&sent[k + 1].0) {
            out.push((format!("@{}", sent[k + 1].0), "O".into()));
            k += 2;
            continue;
        }
        let tag = if tok.starts_with('@') && tok.len() > 1 { "O".to_string() } else { tag.clone() };
        out.push((tok.clone(), tag));
        k += 1;
    }
    // An entity cut by a handle keeps its other tokens: re-open it with B-.
    for k in 1..out.len() {
        if out[k].1.starts_with("I-") && out[k - 1].1 == "O" && out[k - 1].0.starts_with('@') {
            out[k].1.replace_range(0..1, "B");
        }
    }
    out
}

/// Relabel the plural party-group nouns of `party_group_plurals.txt` tagged as a
/// one-token MISC name to ORG, as the spec types them (training only: scores
/// on a corpus keep its own annotation). Returns the number relabelled.
pub fn party_groups_to_org(doc: &mut ConllDoc) -> usize {
    let mut n = 0;
    for out in &mut doc.sents {
        for k in 0..out.len() {
            let continues = out[k].1.starts_with("I-") && k > 0 && out[k - 1].1.ends_with("-MISC");
            let single = out[k].1.ends_with("-MISC") && !continues && out.get(k + 1).is_none_or(|n| n.1 != "I-MISC");
            if single && PARTY_GROUP_PLURALS.contains(&out[k].0) {
                out[k].1 = format!("{}-ORG", &out[k].1[..1]);
                n += 1;
            }
        }
    }
    n
}

/// Word forms (case-sensitive) that the MISC-annotating training corpora tag
/// MISC at least as often as O: nationalities, events, languages, works.
#[derive(Default)]
pub struct MiscLexicon {
    words: HashMap64<()>,
}

impl MiscLexicon {
    /// Count, over documents of corpora that annotate MISC, each capitalised
    /// word's MISC and O occurrences; keep those MISC in at least half of them
    /// (and at least `min_count` times).
    pub fn build<'a>(docs: impl Iterator<Item = &'a ConllDoc>, min_count: u32) -> MiscLexicon {
        let mut counts: std::collections::HashMap<&str, (u32, u32)> = Default::default();
        for d in docs {
            for s in &d.sents {
                for (tok, tag) in s {
                    if !tok.chars().next().is_some_and(char::is_uppercase) {
                        continue;
                    }
                    let e = counts.entry(tok.as_str()).or_default();
                    if tag.ends_with("-MISC") {
                        e.0 += 1;
                    } else if tag == "O" {
                        e.1 += 1;
                    }
                }
            }
        }
        let mut words = HashMap64::default();
        for (w, (misc, o)) in counts {
            if misc >= min_count && misc >= o {
                words.insert(super::hash::hash_bytes(w), ());
            }
        }
        MiscLexicon { words }
    }

    /// Does the lexicon hold `word`?
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains_key(&super::hash::hash_bytes(word))
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Is the lexicon empty?
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// In a corpus that does not tag (all) MISC names, an `O` on a word that
/// looks like one ("German", "Olympics") is not evidence that it is no name:
/// its tag becomes [`FREE`], and training lets it take any label (a
/// constrained update, see `train`). Returns the number of tokens masked.
pub fn mask_misc_like(doc: &mut ConllDoc, lexicon: &MiscLexicon) -> usize {
    let mut n = 0;
    for s in &mut doc.sents {
        for (tok, tag) in s.iter_mut() {
            if tag == "O" && lexicon.contains(tok) {
                *tag = FREE.to_string();
                n += 1;
            }
        }
    }
    n
}

/// Is a wikigold document (by its 0-based position in the file) held out
/// for evaluation? Every fifth document (positions 4, 9, 14, ...).
pub fn wikigold_heldout(index: usize) -> bool {
    index % 5 == 4
}

/// The types the format annotates (indices into [`TYPES`]).
pub fn annotated_types(format: Format) -> Vec<usize> {
    (0..TYPES.len()).filter(|&t| t != 3 || format != Format::Btc).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(d: &ConllDoc) -> Vec<(&str, &str)> {
        d.sents.iter().flatten().map(|(a, b)| (a.as_str(), b.as_str())).collect()
    }

    #[test]
    fn wikigold_is_iob1_with_docstarts_and_no_leading_docstart() {
        let text = "Zorp I-ORG\nGalaxy I-ORG\nsold O\nits O\nGerman I-MISC\narm O\n. O\n\n-DOCSTART- O\n\nQuex I-PER\nI-PER I-PER\n";
        let docs = parse(text, Format::Wikigold).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(tags(&docs[0])[..2], [("Zorp", "I-ORG"), ("Galaxy", "I-ORG")]);
        assert_eq!(tags(&docs[1]), vec![("Quex", "I-PER"), ("I-PER", "I-PER")]);
    }

    #[test]
    fn btc_tweets_are_documents_and_handles_are_not_names() {
        let text = "RT\tO\n@\tB-ORG\nzorpnews\tB-ORG\n:\tO\nMira\tB-PER\nKlonk\tI-PER\nin\tO\nQuexville\tB-LOC\n\n@mira_k\tB-PER\nhi\tO\n";
        let docs = parse(text, Format::Btc).unwrap();
        assert_eq!(docs.len(), 2, "one document per tweet");
        assert_eq!(
            tags(&docs[0]),
            vec![("RT", "O"), ("@zorpnews", "O"), (":", "O"), ("Mira", "B-PER"), ("Klonk", "I-PER"), ("in", "O"), ("Quexville", "B-LOC")]
        );
        assert_eq!(tags(&docs[1]), vec![("@mira_k", "O"), ("hi", "O")]);
        assert!(parse("German\tB-MISC\n", Format::Btc).is_err(), "BTC has no MISC");
    }

    #[test]
    fn wnut_types_map_to_the_spec() {
        let text = "Zorp\tB-corporation\nfans\tO\nof\tO\nThe\tB-group\nQuexes\tI-group\nplayed\tO\nMoonfall\tB-creative-work\non\tO\nZPhone\tB-product\n9\tI-product\nwith\tO\nMira\tB-person\nin\tO\nKlonkton\tB-location\n";
        let docs = parse(text, Format::Wnut).unwrap();
        let t: Vec<&str> = tags(&docs[0]).iter().map(|x| x.1).collect();
        assert_eq!(t, vec!["B-ORG", "O", "O", "B-ORG", "I-ORG", "O", "B-MISC", "O", "B-MISC", "I-MISC", "O", "B-PER", "O", "B-LOC"]);
        let (line, reason) = parse("x\tB-animal\n", Format::Wnut).unwrap_err();
        assert_eq!(line, 1);
        assert!(reason.contains("B-animal"), "{reason}");
    }

    #[test]
    fn sec_reads_the_four_column_layout() {
        let text = "-DOCSTART- -X- O O\n\nZORP NNP - I-ORG\nBANK NNP - I-ORG\nof IN - O\nQuexville NNP - I-LOC\n";
        let docs = parse(text, Format::Sec).unwrap();
        assert_eq!(tags(&docs[0]), vec![("ZORP", "I-ORG"), ("BANK", "I-ORG"), ("of", "O"), ("Quexville", "I-LOC")]);
    }

    #[test]
    fn party_groups_become_org_but_party_adjectives_stay_misc() {
        let text = "Democrats B-MISC\nand O\nDemocratic B-MISC\nvoters O\nmet O\nTories B-MISC\n. O\nYoung I-MISC\nDemocrats I-MISC\n";
        let mut docs = parse(text, Format::Conll).unwrap();
        assert_eq!(tags(&docs[0])[0], ("Democrats", "B-MISC"), "reading keeps the corpus's own tags");
        assert_eq!(party_groups_to_org(&mut docs[0]), 2);
        let t: Vec<&str> = tags(&docs[0]).iter().map(|x| x.1).collect();
        assert_eq!(t, vec!["B-ORG", "O", "B-MISC", "O", "O", "B-ORG", "O", "I-MISC", "I-MISC"]);
    }

    #[test]
    fn misc_like_words_are_masked_only_where_o() {
        let conll = parse("German I-MISC\ncars O\nand O\nGerman I-MISC\nbanks O\nin O\nBerlin I-LOC\n. O\nThe O\n", Format::Conll).unwrap();
        let lex = MiscLexicon::build(conll.iter(), 1);
        assert!(lex.contains("German") && !lex.contains("The") && !lex.contains("Berlin") && !lex.contains("german"));
        let mut btc = parse("The\tO\nGerman\tO\nteam\tO\nin\tO\nBerlin\tB-LOC\n", Format::Btc).unwrap();
        assert_eq!(mask_misc_like(&mut btc[0], &lex), 1);
        let t: Vec<&str> = tags(&btc[0]).iter().map(|x| x.1).collect();
        assert_eq!(t, vec!["O", FREE, "O", "O", "B-LOC"]);
    }

    #[test]
    fn every_fifth_wikigold_document_is_held_out() {
        let held: Vec<usize> = (0..12).filter(|&i| wikigold_heldout(i)).collect();
        assert_eq!(held, vec![4, 9]);
        assert_eq!(annotated_types(Format::Btc), vec![0, 1, 2]);
        assert_eq!(annotated_types(Format::Wnut), vec![0, 1, 2, 3]);
    }
}
