//! Qualifiers (spec §2 table): the words before ("more than", "up to",
//! "some") or after ("or more", "8M+", "100,000-plus") an amount that say how
//! the stated number relates to the true one, and the qualifier an amount
//! inherits from the one before it.

use super::currency::sign_code;
use super::{Ctx, Found};
use crate::extract::{AmountKind, Qualifier};
use crate::lexicon::{AMOUNT_FILLERS, AMOUNT_QUALIFIERS};
use std::collections::HashSet;
use std::sync::LazyLock;

/// The qualifier a table cell names ("at_least").
fn qualifier_named(s: &str) -> Qualifier {
    Qualifier::ALL.iter().copied().find(|q| q.as_str() == s).expect("amount_qualifiers.tsv: column 3 names a qualifier")
}

/// The phrases written on one side of the number, with their qualifiers, in file order.
fn phrases(side: &str) -> Vec<(&'static str, Qualifier)> {
    AMOUNT_QUALIFIERS.rows().iter().filter(|r| r[1] == side).map(|r| (r[0], qualifier_named(r[2]))).collect()
}

/// Qualifier phrases before a number.
static BEFORE: LazyLock<Vec<(&str, Qualifier)>> = LazyLock::new(|| phrases("before"));
/// Qualifier phrases after a number ("8M+" is handled apart).
static AFTER: LazyLock<Vec<(&str, Qualifier)>> = LazyLock::new(|| phrases("after"));
/// The last words of the phrases before a number ("than" of "more than").
static BEFORE_LAST_WORDS: LazyLock<HashSet<&str>> = LazyLock::new(|| BEFORE.iter().filter_map(|(p, _)| p.rsplit(' ').next()).collect());

/// Is `w` the last word of a qualifier phrase ("than", "about")?
pub(super) fn is_qualifier_word(w: &str) -> bool {
    BEFORE_LAST_WORDS.contains(w)
}

/// The qualifier phrase ending just before token `s` (fillers skipped), and its first token.
pub(super) fn pre_qualifier(ctx: &Ctx, s: usize) -> (Qualifier, Option<usize>) {
    let mut end = s;
    loop {
        let before = end;
        for f in AMOUNT_FILLERS.words() {
            if let Some(st) = ctx.phrase_before(end, f) {
                end = st;
                break;
            }
        }
        if end == before {
            break;
        }
    }
    let mut best: Option<(usize, Qualifier, usize)> = None;
    let last = ctx.low_before(end);
    for (p, q) in BEFORE.iter().filter(|(p, _)| p.rsplit(' ').next() == Some(last)) {
        if let Some(st) = ctx.phrase_before(end, p) {
            let len = end - st;
            if best.is_none_or(|b| len > b.0) {
                best = Some((len, *q, st));
            }
        }
    }
    match best {
        // "up to about $5 million": a bound before an approximation is the qualifier.
        Some((_, Qualifier::Approx, st)) => match pre_qualifier(ctx, st) {
            (q, Some(outer)) if q != Qualifier::Approx => (q, Some(outer)),
            _ => (Qualifier::Approx, Some(st)),
        },
        Some((_, q, st)) => (q, Some(st)),
        None => (Qualifier::Exact, None),
    }
}

/// A qualifier after the number: returns it and the token after it.
pub(super) fn post_qualifier(ctx: &Ctx, p: usize) -> Option<(Qualifier, usize)> {
    let a = ctx.a;
    if ctx.tok(p) == "+" && p > 0 && a.adjacent(p - 1) {
        return Some((Qualifier::Over, p + 1));
    }
    // "100,000-plus", "30-odd", "50-ish".
    if ctx.tok(p) == "-" && p > 0 && a.adjacent(p - 1) && a.adjacent(p) {
        match a.low(p + 1) {
            "ish" => return Some((Qualifier::Approx, p + 2)),
            w => {
                if let Some((_, q)) = AFTER.iter().find(|(ph, _)| *ph == w) {
                    return Some((*q, p + 2));
                }
            }
        }
    }
    let first = a.low(p);
    for (ph, q) in AFTER.iter().filter(|(ph, _)| ph.split(' ').next() == Some(first)) {
        if let Some(k) = ctx.phrase_at(p, ph) {
            // "plus" followed by another number is an addition.
            if *ph == "plus" && (ctx.number(k).is_some() || sign_code(ctx.tok(k), ctx).is_some()) {
                continue;
            }
            return Some((*q, k));
        }
    }
    None
}

/// A qualifier carried over from the amount just before: a conversion in
/// brackets ("up to $12.9bn (£10bn)") or an alternative ("below $125,000
/// individually or $250,000 as a couple").
pub(super) fn inherited_qualifier(ctx: &Ctx, s: usize, done: &[Found]) -> Qualifier {
    let Some(prev) = done.last() else {
        return Qualifier::Exact;
    };
    let sent = |k: usize| ctx.a.sentence_of_token(k);
    if prev.qualifier == Qualifier::Exact || prev.qualifier == Qualifier::Range || sent(prev.s) != sent(s.min(ctx.n() - 1)) {
        return Qualifier::Exact;
    }
    if s > 0 && ctx.tok(s - 1) == "(" && prev.e == s - 1 {
        return prev.qualifier;
    }
    if s > prev.e && s - prev.e <= 3 && ctx.a.low(s - 1) == "or" && prev.kind != AmountKind::Count {
        return prev.qualifier;
    }
    Qualifier::Exact
}
