//! Event relations: payment ("X gave/donated/invested … $N (to|in Y)"), founded ("X
//! founded Y", "Y, founded by X"), sued ("X sued/is suing Y", "Y was sued by X", "X
//! filed a lawsuit against Y") and acquired ("X acquired/bought/agreed to buy Y", "Y
//! was acquired by X"). Agents come from the discourse layer's
//! [`Discourse::event_subject`]; objects are the mentions right after the verb.

use super::{Found, ORG, RECIPIENT};
use crate::extract::analysis::Bytes;
use crate::extract::discourse::{AGENT, Discourse, PERSON_OR_ORG};
use crate::extract::rows::{Amount, AmountKind, EntityType, Predicate};
use crate::lexicon::{FILING_VERBS, LAWSUIT_NOUNS, MONEY_VERBS, OBJECT_STOP_WORDS, POSSESSIVES, RELATION_VERBS};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Verbs whose subject pays someone: the `pays` rows of `money_verbs.tsv`.
static PAY_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| MONEY_VERBS.rows().iter().filter(|r| r[2] == "yes").map(|r| r[0]).collect());

/// Founded, sued and acquired verbs: the predicate, and whether the form counts only before "by".
static RELATION_VERB: LazyLock<HashMap<&'static str, (Predicate, bool)>> = LazyLock::new(|| {
    RELATION_VERBS
        .rows()
        .iter()
        .filter_map(|r| Some((r[0], (*Predicate::ALL.iter().find(|p| p.as_str() == r[1])?, r[2] == "yes"))))
        .collect()
});

/// Organisations and named projects that can be founded.
const FOUNDABLE: &[EntityType] = &[EntityType::Org, EntityType::Misc];

/// The mention right after token `k` (past "the"); for "Altman's OpenAI", the possessed one.
fn object_at(d: &Discourse, mut k: usize, hi: usize, types: &[EntityType]) -> Option<usize> {
    if k < hi && matches!(d.a.low(k), "the" | "its" | "his" | "her" | "their") {
        k += 1;
    }
    let mut m = (k < hi).then(|| d.mention_at(k))??;
    let mut e = d.index().run_end(m, k, hi);
    // The head of a run of names: "Democratic PAC ActBlue" -> ActBlue.
    let mut j = e;
    while j < hi && j < e + 3 {
        if let Some(m2) = d.mention_at(j) {
            if types.contains(&d.mentions[m2].label) {
                m = m2;
                e = d.index().run_end(m2, j, hi);
            }
            break;
        }
        if !d.a.tok(j).chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        j += 1;
    }
    if e + 1 < hi
        && POSSESSIVES.contains(d.a.tok(e))
        && let Some(m2) = d.mention_of(e + 1, types)
    {
        return Some(m2);
    }
    types.contains(&d.mentions[m].label).then_some(m)
}

/// Object of a transfer verb (acquire/sue/found) within a few plain words after it.
fn object_after(d: &Discourse, v: usize, hi: usize, types: &[EntityType], max_gap: usize) -> Option<usize> {
    let mut k = v + 1;
    let mut gap = 0;
    while k < hi && gap <= max_gap {
        if d.mention_at(k).is_some() {
            return object_at(d, k, hi, types);
        }
        let w = d.a.low(k);
        let plain = w.chars().all(|c| c.is_alphabetic() || c == '-') && !OBJECT_STOP_WORDS.contains(w);
        if !plain {
            return None;
        }
        gap += 1;
        k += 1;
    }
    None
}

/// The money amount starting within a few tokens after token `v`.
fn money_after(d: &Discourse, amounts: &[Amount<Bytes>], v: usize, hi: usize) -> Option<usize> {
    let from = d.a.tokens[v].end;
    let limit = d.a.tokens[(v + 12).min(hi) - 1].end;
    let first = amounts.partition_point(|x| x.span.start < from);
    (first..amounts.len()).take_while(|&i| amounts[i].span.start < limit).find(|&i| amounts[i].kind == AmountKind::Money)
}

/// Event relations stated in the sentence of tokens `toks`.
pub(super) fn events(d: &Discourse, toks: std::ops::Range<usize>, amounts: &[Amount<Bytes>], out: &mut Vec<Found>) {
    let (lo, hi) = (toks.start, toks.end);
    for v in lo..hi {
        if d.mention_at(v).is_some() {
            continue;
        }
        let w = d.a.low(v);
        let at = d.a.tokens[v].start;
        let passive_by = v + 1 < hi && d.a.low(v + 1) == "by";
        let verb_text = || {
            if v >= lo + 2 && d.a.low(v - 2) == "co" && d.a.tok(v - 1) == "-" { format!("co-{w}") } else { w.to_string() }
        };
        let relation = RELATION_VERB.get(w).copied().filter(|&(_, passive_only)| !passive_only || passive_by).map(|(p, _)| p);
        if PAY_VERBS.contains(w) {
            let Some(am) = money_after(d, amounts, v, hi) else { continue };
            let agent = d.event_subject(v, lo);
            let Some(subj) = agent.subject else { continue };
            // Indirect object before the amount: "gave Tester $2,800".
            let amount_tok = d.a.tok_at(amounts[am].span.start);
            let mut object = if amount_tok == v + 1 + usize::from(d.a.low(v + 1) == "the") + 1 || amount_tok > v + 1 {
                object_at(d, v + 1, amount_tok, RECIPIENT)
            } else {
                None
            };
            if object.is_none() {
                // Recipient after the amount: "$1 million to Democrats", "$6,600 in ActBlue".
                let k = d.a.tok_at(amounts[am].span.end);
                if k < hi && matches!(d.a.low(k), "to" | "into" | "in" | "for" | "toward" | "towards") {
                    object = object_at(d, k + 1, hi, RECIPIENT);
                    if object.is_none() && d.a.low(k) == "to" && (k + 1 >= hi || matches!(d.a.tok(k + 1), "," | "." | ";")) {
                        object = agent.antecedent;
                    }
                }
            }
            out.push(Found { subject: subj, predicate: Predicate::Payment, object, amount: Some(am), detail: Some(w.to_string()), at });
        } else if relation == Some(Predicate::Founded) {
            if passive_by {
                let Some(s) = object_at(d, v + 2, hi, PERSON_OR_ORG) else { continue };
                let obj = (lo..v).rev().find_map(|k| d.mention_of(k, FOUNDABLE));
                if let Some(o) = obj {
                    out.push(Found {
                        subject: s,
                        predicate: Predicate::Founded,
                        object: Some(o),
                        amount: None,
                        detail: Some(verb_text()),
                        at,
                    });
                }
            } else if let Some(s) = d.event_subject(if verb_text().starts_with("co-") { v - 2 } else { v }, lo).subject
                && let Some(o) = object_after(d, v, hi, FOUNDABLE, 4)
            {
                out.push(Found { subject: s, predicate: Predicate::Founded, object: Some(o), amount: None, detail: Some(verb_text()), at });
            }
        } else if let Some(predicate @ (Predicate::Sued | Predicate::Acquired)) = relation {
            let types: &[EntityType] = if predicate == Predicate::Sued { AGENT } else { ORG };
            if passive_by {
                // "Y was acquired by X": Y is the clause subject.
                let Some(s) = object_at(d, v + 2, hi, PERSON_OR_ORG) else { continue };
                if let Some(o) = d.event_subject(v, lo).subject
                    && types.contains(&d.mentions[o].label)
                {
                    out.push(Found { subject: s, predicate, object: Some(o), amount: None, detail: Some(w.to_string()), at });
                }
                continue;
            }
            let Some(o) = object_after(d, v, hi, types, 3) else { continue };
            if let Some(s) = d.event_subject(v, lo).subject {
                let amount = if predicate == Predicate::Acquired { money_after(d, amounts, v, hi) } else { None };
                out.push(Found { subject: s, predicate, object: Some(o), amount, detail: Some(w.to_string()), at });
            }
        } else if LAWSUIT_NOUNS.contains(w) {
            // "X filed a lawsuit against Y"
            if v + 2 < hi && d.a.low(v + 1) == "against" {
                let Some(o) = object_at(d, v + 2, hi, AGENT) else { continue };
                let mut f = v;
                while f > lo && !FILING_VERBS.contains(d.a.low(f)) && f + 4 > v {
                    f -= 1;
                }
                if FILING_VERBS.contains(d.a.low(f))
                    && let Some(s) = d.event_subject(f, lo).subject
                {
                    out.push(Found {
                        subject: s,
                        predicate: Predicate::Sued,
                        object: Some(o),
                        amount: None,
                        detail: Some("lawsuit".into()),
                        at,
                    });
                }
            }
        }
    }
}
