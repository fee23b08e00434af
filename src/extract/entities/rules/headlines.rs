//! Headlines: in a Title-Case sentence capital letters say nothing, so the
//! tagger's spans there are unreliable ("Donald Trump Advises Boeing"). Such a
//! sentence gets exactly the names the rest of the document uses (longest
//! match first, case-insensitive), with their types.

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::discourse::is_byline;
use super::super::super::{EntityType, Mention};
use super::super::features::CaseDict;
use super::{is_cap, mention};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A headline whose capitals say nothing about names: a Title-Case sentence
/// ([`Analysis::is_title_case`]), and stricter, because this rule throws the
/// tagger's spans away: every word of four letters or more capitalised
/// (handles and URLs included), and two or more of them after the first common
/// words, lowercase in running text per the case dictionary ("Gives",
/// "Support"). A sentence of names is mostly capitalised yet still running
/// text ("Larry Ellison, Masayoshi Son and Sam Altman joined Donald Trump at
/// the White House"); there the tagger's spans stand. Nor is a byline one ("By
/// Ann Lee, Associated Press": [`is_byline`]).
pub(super) fn is_headline(a: &Analysis, s: usize, case: &CaseDict) -> bool {
    let words: Vec<&str> =
        a.sentences[s].tokens.clone().map(|i| a.tok(i)).filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let title =
        a.is_title_case(s) && words.iter().all(|w| is_cap(w)) && words.iter().skip(1).filter(|w| case.mostly_lowercase(w)).count() >= 2;
    title && !is_byline(&a.text[a.sentences[s].start..a.sentences[s].end])
}

/// Replace the spans of headline sentences with the body's names.
pub(super) fn headlines(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let heads: HashSet<usize> = (0..a.sentences.len()).filter(|&s| is_headline(a, s, case)).collect();
    if heads.is_empty() {
        return mentions;
    }
    // Body names by lowercase token sequence, with their majority type.
    let mut names: HashMap<Vec<&str>, BTreeMap<EntityType, usize>> = HashMap::new();
    for m in mentions.iter().filter(|m| !heads.contains(&m.sentence)) {
        let key: Vec<&str> = a.token_range(m.span.start, m.span.end).map(|i| a.low(i)).collect();
        *names.entry(key).or_default().entry(m.label).or_default() += 1;
    }
    let longest = names.keys().map(Vec::len).max().unwrap_or(0);
    let mut out: Vec<Mention<Bytes>> = mentions.into_iter().filter(|m| !heads.contains(&m.sentence)).collect();
    for &s in &heads {
        let toks = a.sentences[s].tokens.clone();
        let mut i = toks.start;
        while i < toks.end {
            let found = (1..=longest.min(toks.end - i)).rev().find_map(|n| {
                let key: Vec<&str> = (i..i + n).map(|k| a.low(k)).collect();
                names.get(&key).map(|types| (n, *types.iter().max_by_key(|(_, c)| **c).unwrap().0))
            });
            match found {
                Some((n, label)) => {
                    out.push(mention(a, i, i + n, label));
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}
