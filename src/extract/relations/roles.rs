//! Role relations: a person holds a title at an organisation ("Sam Altman, CEO of
//! OpenAI", "Oracle CEO Larry Ellison", "OpenAI's chief executive Sam Altman", "Larry
//! Ellison, Oracle's co-founder", "Tim Cook is the CEO of Apple"). The detail is the
//! title as written: modifiers (`role_modifiers.txt`) ending with a title head (the
//! `title` rows of `person_roles.tsv`).

use super::{Found, ORG, PERSON, text_of};
use crate::extract::Predicate;
use crate::extract::discourse::Discourse;
use crate::extract::discourse::words::is_title_head;
use crate::extract::rows::EntityType;
use crate::lexicon::{COPULAS, POSSESSIVES, ROLE_MODIFIERS};

/// A role title starting at token `i`: returns its end (exclusive) when the tokens
/// `i..end` are title words ending with a head noun.
pub(super) fn role_phrase(d: &Discourse, i: usize, hi: usize) -> Option<usize> {
    let mut end = None;
    let mut k = i;
    while k < hi && k < i + 6 && d.mention_at(k).is_none() {
        let w = d.a.low(k);
        if is_title_head(w) {
            end = Some(k + 1);
        } else if !ROLE_MODIFIERS.contains(w) {
            break;
        }
        k += 1;
    }
    // "chief" alone at the end of "and" lists is fine; a trailing "and" is not part.
    end.filter(|&e| e > i && d.a.low(e - 1) != "and")
}

/// Role relations stated in the sentence of tokens `toks`.
pub(super) fn roles(d: &Discourse, toks: std::ops::Range<usize>, out: &mut Vec<Found>) {
    let (lo, hi) = (toks.start, toks.end);
    let tok_start = |i: usize| d.a.tokens[i].start;
    let mut push = |p: usize, o: usize, rs: usize, re: usize, at: usize| {
        let detail = text_of(d, rs, re);
        out.push(Found { subject: p, predicate: Predicate::Role, object: Some(o), amount: None, detail: Some(detail), at });
    };
    let mut i = lo;
    while i < hi {
        let Some(m) = d.mention_at(i) else {
            i += 1;
            continue;
        };
        let end = d.index().run_end(m, i, hi);
        let label = d.mentions[m].label;
        if label == EntityType::Org {
            // "Oracle CEO Larry Ellison", "OpenAI's chief executive Sam Altman", "Boeing's CEO, Dennis M".
            let mut k = end;
            if k < hi && POSSESSIVES.contains(d.a.tok(k)) {
                k += 1;
            }
            if let Some(re) = role_phrase(d, k, hi) {
                let mut pk = re;
                if pk < hi && d.a.tok(pk) == "," {
                    pk += 1;
                }
                if let Some(p) = (pk < hi).then(|| d.mention_of(pk, PERSON)).flatten() {
                    push(p, m, k, re, tok_start(k));
                }
            }
        }
        if label == EntityType::Person {
            let mut k = end;
            // "Sam Altman, CEO of OpenAI" / "Larry Ellison, Oracle's co-founder" / "X, Acme CEO".
            let appositive = k < hi && d.a.tok(k) == ",";
            // "Tim Cook is the CEO of Apple", "X, who is chief executive of Y", "X became president of Y".
            if appositive {
                k += 1;
                if k < hi && d.a.low(k) == "who" {
                    k += 1;
                }
            }
            let copula = k < hi && COPULAS.contains(d.a.low(k));
            if copula {
                k += 1;
                if k < hi && d.a.low(k) == "as" {
                    k += 1;
                }
            }
            if appositive || copula {
                if k < hi && matches!(d.a.low(k), "the" | "a" | "an" | "its" | "their") {
                    k += 1;
                }
                if let Some(re) = role_phrase(d, k, hi) {
                    // … of/at ORG
                    let mut ok = re;
                    if ok < hi && matches!(d.a.low(ok), "of" | "at" | "for" | "with") {
                        ok += 1;
                        if ok < hi && d.a.low(ok) == "the" {
                            ok += 1;
                        }
                        if let Some(o) = (ok < hi).then(|| d.mention_of(ok, ORG)).flatten() {
                            push(m, o, k, re, tok_start(k));
                        }
                    }
                } else if appositive {
                    // … ORG('s) ROLE
                    if let Some(o) = (k < hi).then(|| d.mention_of(k, ORG)).flatten() {
                        let mut rk = d.index().run_end(o, k, hi);
                        if rk < hi && POSSESSIVES.contains(d.a.tok(rk)) {
                            rk += 1;
                        }
                        if let Some(re) = role_phrase(d, rk, hi) {
                            let stop = re >= hi || matches!(d.a.low(re), "," | "." | "and" | ";" | "who" | ")" | "said" | "says");
                            if stop {
                                push(m, o, rk, re, tok_start(rk));
                            }
                        }
                    }
                }
            }
        }
        // "CEO of OpenAI Sam Altman"
        if label == EntityType::Org
            && i >= lo + 2
            && matches!(d.a.low(i - 1), "of" | "at")
            && end < hi
            && let Some(p) = d.mention_of(end, PERSON)
        {
            let mut rs = i - 1;
            while rs > lo && (is_title_head(d.a.low(rs - 1)) || ROLE_MODIFIERS.contains(d.a.low(rs - 1))) && d.mention_at(rs - 1).is_none()
            {
                rs -= 1;
            }
            if rs < i - 1 && is_title_head(d.a.low(i - 2)) {
                push(p, m, rs, i - 1, tok_start(rs));
            }
        }
        i = end.max(i + 1);
    }
}
