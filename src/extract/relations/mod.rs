//! Relations between entities stated in one sentence: role, payment, founded, sued,
//! acquired.
//!
//! Rules read the sentence's tokens around the entity mentions:
//! - role: "Sam Altman, CEO of OpenAI", "Oracle CEO Larry Ellison", "OpenAI's chief
//!   executive Sam Altman", "Larry Ellison, Oracle's co-founder", "Tim Cook is the CEO of
//!   Apple"; subject = the person, object = the organisation, detail = the title as written.
//! - payment: X gave/donated/spent/invested/paid/contributed/pledged/committed… $N (to|in Y);
//!   amount = the money amount after the verb, detail = the verb.
//! - founded ("X founded Y", "Y, founded by X"), sued ("X sued/is suing Y", "Y was sued by
//!   X"), acquired ("X acquired/bought/agreed to buy Y", "Y was acquired by X").
//!
//! Subjects come from the mention right before the verb (past auxiliaries and adverbs),
//! an appositive ("SoftBank, its largest investor, committed …"), a relative pronoun
//! ("Musk, who spent …") or a resolved pronoun ("He donated …"). Every relation carries
//! its sentence as evidence and the date of the sentence when one is given.

use super::analysis::Analysis;
use super::analysis::{Bytes, Span};
use super::quotes::Ctx;
use super::{Amount, AmountKind, DateMention, EntityType, Mention, Predicate, Relation};

/// Relations stated in the document's sentences (byte offsets; indices into the inputs).
pub fn extract(a: &Analysis, mentions: &[Mention<Bytes>], amounts: &[Amount<Bytes>], dates: &[DateMention<Bytes>]) -> Vec<Relation<Bytes>> {
    let ctx = Ctx::new(a, mentions, Vec::new());
    let mut out: Vec<Relation<Bytes>> = Vec::new();
    for (si, sent) in a.sentences.iter().enumerate() {
        let mut found: Vec<Found> = Vec::new();
        roles(&ctx, sent.tokens.clone(), &mut found);
        events(&ctx, sent.tokens.clone(), amounts, &mut found);
        for f in found {
            let dup = out.iter().rev().take_while(|r| r.span.start == sent.start).any(|r| {
                r.span.start == sent.start
                    && r.subject == f.subject
                    && r.predicate == f.predicate
                    && r.object == f.object
                    && r.amount == f.amount
            });
            if dup || Some(f.subject) == f.object {
                continue;
            }
            out.push(Relation {
                subject: f.subject,
                predicate: f.predicate,
                object: f.object,
                amount: f.amount,
                // A role is a standing fact: the sentence's date belongs to its event.
                date: if f.predicate == Predicate::Role { None } else { sentence_date(dates, si, sent.start, sent.end, f.at) },
                evidence: a.text[sent.start..sent.end].to_string(),
                span: Span::new(sent.start, sent.end),
                detail: f.detail,
            });
        }
    }
    out
}

/// A relation found in a sentence, before the sentence fields are added.
struct Found {
    subject: usize,
    predicate: Predicate,
    object: Option<usize>,
    amount: Option<usize>,
    detail: Option<String>,
    /// Byte position of the trigger, to pick the nearest date.
    at: usize,
}

/// The date in the sentence nearest the trigger.
fn sentence_date(dates: &[DateMention<Bytes>], si: usize, s: usize, e: usize, at: usize) -> Option<String> {
    dates
        .iter()
        .filter(|d| d.span.start >= s && d.span.end <= e || d.sentence == si && d.span.start >= s && d.span.start < e)
        .min_by_key(|d| d.span.start.abs_diff(at))
        .map(|d| d.value.clone())
}

// ---------------------------------------------------------------------------
// Word lists

/// Head nouns of a role title ("CEO", "founder", "chief executive").
fn is_role_head(w: &str) -> bool {
    matches!(
        w,
        "ceo"
            | "cfo"
            | "coo"
            | "cto"
            | "cio"
            | "cmo"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "chairperson"
            | "president"
            | "founder"
            | "cofounder"
            | "director"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "head"
            | "chief"
            | "partner"
            | "owner"
            | "secretary"
            | "minister"
            | "commissioner"
            | "governor"
            | "executive"
            | "officer"
            | "manager"
            | "analyst"
            | "economist"
            | "strategist"
            | "editor"
            | "member"
            | "treasurer"
            | "counsel"
            | "lawyer"
            | "attorney"
            | "adviser"
            | "advisor"
            | "principal"
            | "chancellor"
            | "leader"
            | "investor"
            | "engineer"
            | "scientist"
            | "researcher"
            | "professor"
            | "coach"
            | "captain"
            | "ambassador"
            | "boss"
            | "vp"
            | "md"
            | "chiefs"
            | "trustee"
            | "dean"
            | "superintendent"
            | "representative"
    )
}

/// Words that may precede a role head inside a title ("former chief executive", "co-founder").
fn is_role_mod(w: &str) -> bool {
    matches!(
        w,
        "chief"
            | "executive"
            | "senior"
            | "vice"
            | "deputy"
            | "former"
            | "co"
            | "-"
            | "general"
            | "managing"
            | "board"
            | "founding"
            | "interim"
            | "acting"
            | "global"
            | "regional"
            | "financial"
            | "operating"
            | "technology"
            | "technical"
            | "marketing"
            | "investment"
            | "economic"
            | "press"
            | "communications"
            | "exec"
            | "assistant"
            | "associate"
            | "lead"
            | "non"
            | "independent"
            | "and"
            | "&"
            | "group"
            | "country"
            | "national"
            | "creative"
            | "product"
            | "legal"
            | "information"
            | "research"
            | "science"
            | "finance"
            | "sales"
            | "public"
            | "policy"
            | "then"
            | "current"
            | "longtime"
            | "new"
            | "incoming"
            | "outgoing"
            | "majority"
            | "first"
            | "top"
            | "co-founder"
    )
}

/// Auxiliaries and adverbs between a subject and its verb ("Musk is also actively suing").
fn is_rel_aux(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "also"
            | "is"
            | "are"
            | "was"
            | "were"
            | "been"
            | "actively"
            | "reportedly"
            | "previously"
            | "recently"
            | "already"
            | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "agreed"
            | "to"
            | "plans"
            | "planned"
            | "plan"
            | "set"
            | "expected"
            | "officially"
            | "jointly"
            | "together"
            | "later"
            | "once"
            | "each"
            | "both"
            | "first"
            | "then"
            | "has also"
            | "now"
            | "quietly"
            | "personally"
            | "eventually"
            | "finally"
            | "originally"
            | "initially"
            | "just"
            | "since"
            | "separately"
            | "ultimately"
            | "allegedly"
            | "publicly"
            | "secretly"
            | "collectively"
            | "itself"
            | "himself"
            | "herself"
            | "exclusively"
            | "again"
            | "last"
            | "this"
            | "week"
            | "year"
            | "month"
            | "announced"
            | "said"
            | "it"
            | "intends"
            | "wants"
            | "sought"
            | "seeks"
            | "moved"
            | "moves"
            | "decided"
            | "tried"
            | "attempted"
            | "did"
    )
}

/// Payment verbs.
fn is_pay_verb(w: &str) -> bool {
    matches!(
        w,
        "gave"
            | "give"
            | "gives"
            | "giving"
            | "donated"
            | "donate"
            | "donates"
            | "donating"
            | "spent"
            | "spend"
            | "spends"
            | "spending"
            | "invested"
            | "invest"
            | "invests"
            | "investing"
            | "paid"
            | "pay"
            | "pays"
            | "paying"
            | "contributed"
            | "contribute"
            | "contributes"
            | "contributing"
            | "pledged"
            | "pledge"
            | "pledges"
            | "committed"
            | "commits"
            | "loaned"
            | "lent"
            | "lends"
            | "granted"
            | "awarded"
            | "awards"
            | "allocated"
            | "allocates"
            | "poured"
            | "pours"
            | "funneled"
            | "funnelled"
            | "transferred"
            | "sent"
            | "provided"
            | "provides"
            | "handed"
            | "injected"
            | "injects"
            | "funded"
            | "funds"
            | "financed"
    )
}

fn is_found_verb(w: &str) -> bool {
    matches!(w, "founded" | "cofounded" | "co-founded" | "founds" | "found")
}

fn is_sue_verb(w: &str) -> bool {
    matches!(w, "sued" | "sues" | "suing" | "sue" | "countersued")
}

fn is_acquire_verb(w: &str) -> bool {
    matches!(
        w,
        "acquired"
            | "acquires"
            | "acquire"
            | "acquiring"
            | "bought"
            | "buys"
            | "buy"
            | "buying"
            | "purchased"
            | "purchases"
            | "purchase"
            | "purchasing"
            | "absorbed"
    )
}

fn is_possessive(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'" | "’")
}

// ---------------------------------------------------------------------------
// Token helpers

/// A mention of one of `types` covering token `i` (with the token range it spans).
fn mention_at(ctx: &Ctx, i: usize, types: &[EntityType]) -> Option<usize> {
    let m = ctx.tok_mention.get(i).copied().flatten()?;
    types.contains(&ctx.mentions[m].label).then_some(m)
}

/// First token after mention `m`'s last token, starting the scan at `i` (a token of `m`).
fn after_mention(ctx: &Ctx, m: usize, mut i: usize, hi: usize) -> usize {
    while i < hi && ctx.tok_mention[i] == Some(m) {
        i += 1;
    }
    i
}

/// A role title starting at token `i`: returns its end (exclusive) when the tokens
/// `i..end` are title words ending with a head noun.
fn role_phrase(ctx: &Ctx, i: usize, hi: usize) -> Option<usize> {
    let mut end = None;
    let mut k = i;
    while k < hi && k < i + 6 && ctx.tok_mention[k].is_none() {
        let w = ctx.lower(k);
        if is_role_head(&w) {
            end = Some(k + 1);
        } else if !is_role_mod(&w) {
            break;
        }
        k += 1;
    }
    // "chief" alone at the end of "and" lists is fine; a trailing "and" is not part.
    end.filter(|&e| e > i && ctx.lower(e - 1) != "and")
}

fn text_of(ctx: &Ctx, i: usize, j: usize) -> String {
    ctx.a.text[ctx.a.tokens[i].start..ctx.a.tokens[j - 1].end].to_string()
}

const PO: &[EntityType] = &[EntityType::Person, EntityType::Org];
const PERSON: &[EntityType] = &[EntityType::Person];
const ORG: &[EntityType] = &[EntityType::Org];
const AGENT: &[EntityType] = &[EntityType::Person, EntityType::Org, EntityType::Loc];
/// Who or what receives a payment: also named projects and funds (MISC).
const RECIPIENT: &[EntityType] = &[EntityType::Person, EntityType::Org, EntityType::Loc, EntityType::Misc];

// ---------------------------------------------------------------------------
// Roles

fn roles(ctx: &Ctx, toks: std::ops::Range<usize>, out: &mut Vec<Found>) {
    let (lo, hi) = (toks.start, toks.end);
    let tok_start = |i: usize| ctx.a.tokens[i].start;
    let mut push = |p: usize, o: usize, rs: usize, re: usize, at: usize| {
        let detail = text_of(ctx, rs, re);
        out.push(Found { subject: p, predicate: Predicate::Role, object: Some(o), amount: None, detail: Some(detail), at });
    };
    let mut i = lo;
    while i < hi {
        let Some(m) = ctx.tok_mention[i] else {
            i += 1;
            continue;
        };
        let end = after_mention(ctx, m, i, hi);
        let label = ctx.mentions[m].label;
        if label == EntityType::Org {
            // "Oracle CEO Larry Ellison", "OpenAI's chief executive Sam Altman", "Boeing's CEO, Dennis M".
            let mut k = end;
            if k < hi && is_possessive(ctx.a.tok(k)) {
                k += 1;
            }
            if let Some(re) = role_phrase(ctx, k, hi) {
                let mut pk = re;
                if pk < hi && ctx.a.tok(pk) == "," {
                    pk += 1;
                }
                if let Some(p) = (pk < hi).then(|| mention_at(ctx, pk, PERSON)).flatten() {
                    push(p, m, k, re, tok_start(k));
                }
            }
        }
        if label == EntityType::Person {
            let mut k = end;
            // "Sam Altman, CEO of OpenAI" / "Larry Ellison, Oracle's co-founder" / "X, Acme CEO".
            let appositive = k < hi && ctx.a.tok(k) == ",";
            // "Tim Cook is the CEO of Apple", "X, who is chief executive of Y", "X became president of Y".
            if appositive {
                k += 1;
                if k < hi && matches!(ctx.lower(k).as_str(), "who") {
                    k += 1;
                }
            }
            let copula = k < hi && matches!(ctx.lower(k).as_str(), "is" | "was" | "became" | "becomes" | "remains" | "serves" | "served");
            if copula {
                k += 1;
                if k < hi && ctx.lower(k) == "as" {
                    k += 1;
                }
            }
            if appositive || copula {
                if k < hi && matches!(ctx.lower(k).as_str(), "the" | "a" | "an" | "its" | "their") {
                    k += 1;
                }
                if let Some(re) = role_phrase(ctx, k, hi) {
                    // … of/at ORG
                    let mut ok = re;
                    if ok < hi && matches!(ctx.lower(ok).as_str(), "of" | "at" | "for" | "with") {
                        ok += 1;
                        if ok < hi && ctx.lower(ok) == "the" {
                            ok += 1;
                        }
                        if let Some(o) = (ok < hi).then(|| mention_at(ctx, ok, ORG)).flatten() {
                            push(m, o, k, re, tok_start(k));
                        }
                    }
                } else if appositive {
                    // … ORG('s) ROLE
                    if let Some(o) = (k < hi).then(|| mention_at(ctx, k, ORG)).flatten() {
                        let mut rk = after_mention(ctx, o, k, hi);
                        if rk < hi && is_possessive(ctx.a.tok(rk)) {
                            rk += 1;
                        }
                        if let Some(re) = role_phrase(ctx, rk, hi) {
                            let stop =
                                re >= hi || matches!(ctx.lower(re).as_str(), "," | "." | "and" | ";" | "who" | ")" | "said" | "says");
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
            && matches!(ctx.lower(i - 1).as_str(), "of" | "at")
            && end < hi
            && let Some(p) = mention_at(ctx, end, PERSON)
        {
            let mut rs = i - 1;
            while rs > lo && (is_role_head(&ctx.lower(rs - 1)) || is_role_mod(&ctx.lower(rs - 1))) && ctx.tok_mention[rs - 1].is_none() {
                rs -= 1;
            }
            if rs < i - 1 && is_role_head(&ctx.lower(i - 2)) {
                push(p, m, rs, i - 1, tok_start(rs));
            }
        }
        i = end.max(i + 1);
    }
}

// ---------------------------------------------------------------------------
// Events: payment, founded, sued, acquired

/// The subject of the verb at token `v` in a sentence starting at token `lo`, and, when
/// the verb sits in a relative clause with its own subject ("Biden, who he gave $200 to"),
/// the relative's antecedent.
fn subject_of(ctx: &Ctx, v: usize, lo: usize) -> (Option<usize>, Option<usize>) {
    let mut p = v;
    while p > lo && is_rel_aux(&ctx.lower(p - 1)) {
        p -= 1;
    }
    if p == lo {
        return (None, None);
    }
    let q = p - 1;
    let w = ctx.lower(q);
    let antecedent = |r: usize| -> Option<usize> {
        let mut k = r;
        if k > lo && ctx.a.tok(k - 1) == "," {
            k -= 1;
        }
        (k > lo).then(|| mention_at(ctx, k - 1, AGENT)).flatten()
    };
    if matches!(w.as_str(), "he" | "she" | "they" | "it") {
        let pron = if w == "it" { "they" } else { w.as_str() };
        let subj = ctx.resolve_pronoun(pron, ctx.a.tokens[q].start);
        let rel = (q > lo && matches!(ctx.lower(q - 1).as_str(), "who" | "whom")).then(|| antecedent(q - 1)).flatten();
        return (subj, rel);
    }
    if let Some(m) = mention_at(ctx, q, AGENT) {
        return (Some(m), None);
    }
    if matches!(w.as_str(), "who" | "which" | "that") {
        return (antecedent(q), None);
    }
    if w == "," {
        // Appositive: "SoftBank, its largest investor, committed …"
        let mut k = q;
        while k > lo && k + 12 > q {
            k -= 1;
            if ctx.a.tok(k) == "," {
                return ((k > lo).then(|| mention_at(ctx, k - 1, AGENT)).flatten(), None);
            }
        }
        // Participle clause: "Altman was a backer of Democrats, giving $1 million to …"
        if ctx.lower(v).ends_with("ing") {
            let first = (lo..q).find_map(|k| mention_at(ctx, k, PO));
            let first = first.filter(|&m| ctx.a.tokens[lo].end >= ctx.mentions[m].span.start);
            if first.is_some() {
                return (first, None);
            }
            let fw = ctx.lower(lo);
            if matches!(fw.as_str(), "he" | "she" | "they") {
                return (ctx.resolve_pronoun(&fw, ctx.a.tokens[lo].start), None);
            }
        }
    }
    (None, None)
}

/// The mention right after token `k` (past "the"); for "Altman's OpenAI", the possessed one.
fn object_at(ctx: &Ctx, mut k: usize, hi: usize, types: &[EntityType]) -> Option<usize> {
    if k < hi && matches!(ctx.lower(k).as_str(), "the" | "its" | "his" | "her" | "their") {
        k += 1;
    }
    let mut m = (k < hi).then(|| ctx.tok_mention[k])??;
    let mut e = after_mention(ctx, m, k, hi);
    // The head of a run of names: "Democratic PAC ActBlue" -> ActBlue.
    let mut j = e;
    while j < hi && j < e + 3 {
        if let Some(m2) = ctx.tok_mention[j] {
            if types.contains(&ctx.mentions[m2].label) {
                m = m2;
                e = after_mention(ctx, m2, j, hi);
            }
            break;
        }
        if !ctx.a.tok(j).chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        j += 1;
    }
    if e + 1 < hi
        && is_possessive(ctx.a.tok(e))
        && let Some(m2) = mention_at(ctx, e + 1, types)
    {
        return Some(m2);
    }
    types.contains(&ctx.mentions[m].label).then_some(m)
}

/// Object of a transfer verb (acquire/sue/found) within a few plain words after it.
fn object_after(ctx: &Ctx, v: usize, hi: usize, types: &[EntityType], max_gap: usize) -> Option<usize> {
    let mut k = v + 1;
    let mut gap = 0;
    while k < hi && gap <= max_gap {
        if ctx.tok_mention[k].is_some() {
            return object_at(ctx, k, hi, types);
        }
        let w = ctx.lower(k);
        let plain = w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(
                w.as_str(),
                "stake"
                    | "stakes"
                    | "shares"
                    | "share"
                    | "assets"
                    | "percent"
                    | "products"
                    | "jets"
                    | "planes"
                    | "by"
                    | "in"
                    | "from"
                    | "with"
                    | "of"
            );
        if !plain {
            return None;
        }
        gap += 1;
        k += 1;
    }
    None
}

/// The money amount starting within a few tokens after token `v`.
fn money_after(ctx: &Ctx, amounts: &[Amount<Bytes>], v: usize, hi: usize) -> Option<usize> {
    let from = ctx.a.tokens[v].end;
    let limit = ctx.a.tokens[(v + 12).min(hi) - 1].end;
    let first = amounts.partition_point(|x| x.span.start < from);
    (first..amounts.len()).take_while(|&i| amounts[i].span.start < limit).find(|&i| amounts[i].kind == AmountKind::Money)
}

fn events(ctx: &Ctx, toks: std::ops::Range<usize>, amounts: &[Amount<Bytes>], out: &mut Vec<Found>) {
    let (lo, hi) = (toks.start, toks.end);
    for v in lo..hi {
        if ctx.tok_mention[v].is_some() {
            continue;
        }
        let w = ctx.lower(v);
        let at = ctx.a.tokens[v].start;
        let passive_by = v + 1 < hi && ctx.lower(v + 1) == "by";
        let verb_text = || {
            if v >= lo + 2 && ctx.lower(v - 2) == "co" && ctx.a.tok(v - 1) == "-" { format!("co-{w}") } else { w.clone() }
        };
        if is_pay_verb(&w) {
            let Some(am) = money_after(ctx, amounts, v, hi) else { continue };
            let (subj, rel) = subject_of(ctx, v, lo);
            let Some(subj) = subj else { continue };
            // Indirect object before the amount: "gave Tester $2,800".
            let amount_tok = ctx.tok_at(amounts[am].span.start);
            let mut object = if amount_tok == v + 1 + usize::from(ctx.lower(v + 1) == "the") + 1 || amount_tok > v + 1 {
                object_at(ctx, v + 1, amount_tok, RECIPIENT)
            } else {
                None
            };
            if object.is_none() {
                // Recipient after the amount: "$1 million to Democrats", "$6,600 in ActBlue".
                let k = ctx.tok_at(amounts[am].span.end);
                if k < hi && matches!(ctx.lower(k).as_str(), "to" | "into" | "in" | "for" | "toward" | "towards") {
                    object = object_at(ctx, k + 1, hi, RECIPIENT);
                    if object.is_none() && ctx.lower(k) == "to" && (k + 1 >= hi || matches!(ctx.a.tok(k + 1), "," | "." | ";")) {
                        object = rel;
                    }
                }
            }
            out.push(Found { subject: subj, predicate: Predicate::Payment, object, amount: Some(am), detail: Some(w.clone()), at });
        } else if is_found_verb(&w) && w != "found" || (w == "found" && passive_by) {
            if passive_by {
                let Some(s) = object_at(ctx, v + 2, hi, PO) else { continue };
                let obj = (lo..v).rev().find_map(|k| mention_at(ctx, k, &[EntityType::Org, EntityType::Misc]));
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
            } else if let (Some(s), _) = subject_of(ctx, if verb_text().starts_with("co-") { v - 2 } else { v }, lo)
                && let Some(o) = object_after(ctx, v, hi, &[EntityType::Org, EntityType::Misc], 4)
            {
                out.push(Found { subject: s, predicate: Predicate::Founded, object: Some(o), amount: None, detail: Some(verb_text()), at });
            }
        } else if is_sue_verb(&w) || is_acquire_verb(&w) {
            let predicate = if is_sue_verb(&w) { Predicate::Sued } else { Predicate::Acquired };
            let types: &[EntityType] = if predicate == Predicate::Sued { AGENT } else { ORG };
            if passive_by {
                // "Y was acquired by X": Y is the clause subject.
                let Some(s) = object_at(ctx, v + 2, hi, PO) else { continue };
                if let (Some(o), _) = subject_of(ctx, v, lo)
                    && types.contains(&ctx.mentions[o].label)
                {
                    out.push(Found { subject: s, predicate, object: Some(o), amount: None, detail: Some(w.clone()), at });
                }
                continue;
            }
            let Some(o) = object_after(ctx, v, hi, types, 3) else { continue };
            if let (Some(s), _) = subject_of(ctx, v, lo) {
                let amount = if predicate == Predicate::Acquired { money_after(ctx, amounts, v, hi) } else { None };
                out.push(Found { subject: s, predicate, object: Some(o), amount, detail: Some(w.clone()), at });
            }
        } else if w == "lawsuit" || w == "suit" {
            // "X filed a lawsuit against Y"
            if v + 2 < hi && ctx.lower(v + 1) == "against" {
                let Some(o) = object_at(ctx, v + 2, hi, AGENT) else { continue };
                let mut f = v;
                while f > lo && !matches!(ctx.lower(f).as_str(), "filed" | "files" | "filing" | "brought" | "launched") && f + 4 > v {
                    f -= 1;
                }
                if matches!(ctx.lower(f).as_str(), "filed" | "files" | "filing" | "brought" | "launched")
                    && let (Some(s), _) = subject_of(ctx, f, lo)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Qualifier;
    use EntityType::{Loc as L, Misc as M, Org as O, Person as P};

    fn mentions_for(text: &str, names: &[(&str, EntityType)]) -> Vec<Mention<Bytes>> {
        let a = Analysis::new(text);
        let mut names = names.to_vec();
        names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        let mut out: Vec<Mention<Bytes>> = Vec::new();
        for (n, t) in names {
            for (s, _) in text.match_indices(n) {
                let e = s + n.len();
                let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                if !boundary(text[..s].chars().last())
                    || !boundary(text[e..].chars().next())
                    || out.iter().any(|m| m.span.start < e && m.span.end > s)
                {
                    continue;
                }
                out.push(Mention { span: Span::new(s, e), text: n.to_string(), label: t, sentence: a.sentence_of(s) });
            }
        }
        out.sort_by_key(|m| m.span.start);
        out
    }

    fn money(text: &str, spans: &[&str]) -> Vec<Amount<Bytes>> {
        let a = Analysis::new(text);
        let mut out: Vec<Amount<Bytes>> = spans
            .iter()
            .map(|s| {
                let st = text.find(s).unwrap();
                Amount {
                    span: Span::new(st, st + s.len()),
                    text: s.to_string(),
                    sentence: a.sentence_of(st),
                    kind: AmountKind::Money,
                    value: None,
                    low: None,
                    high: None,
                    qualifier: Qualifier::Exact,
                    currency: Some("USD".into()),
                    unit: None,
                    owner: None,
                }
            })
            .collect();
        out.sort_by_key(|x| x.span.start);
        out
    }

    fn dates_for(text: &str, spans: &[(&str, &str)]) -> Vec<DateMention<Bytes>> {
        let a = Analysis::new(text);
        spans
            .iter()
            .map(|(s, v)| {
                let st = text.find(s).unwrap();
                DateMention {
                    span: Span::new(st, st + s.len()),
                    text: s.to_string(),
                    sentence: a.sentence_of(st),
                    value: v.to_string(),
                    granularity: crate::extract::Granularity::Day,
                    relative: false,
                }
            })
            .collect()
    }

    struct Case {
        text: &'static str,
        names: &'static [(&'static str, EntityType)],
        money: &'static [&'static str],
        /// (subject, predicate, object or "", detail or "", amount text or "")
        want: &'static [(&'static str, &'static str, &'static str, &'static str, &'static str)],
    }

    const fn c(
        text: &'static str,
        names: &'static [(&'static str, EntityType)],
        money: &'static [&'static str],
        want: &'static [(&'static str, &'static str, &'static str, &'static str, &'static str)],
    ) -> Case {
        Case { text, names, money, want }
    }

    const CASES: &[Case] = &[
        c(
            "Sam Altman, CEO of OpenAI, sparred with Musk.",
            &[("Sam Altman", P), ("OpenAI", O), ("Musk", P)],
            &[],
            &[("Sam Altman", "role", "OpenAI", "CEO", "")],
        ),
        c(
            "He stood beside Oracle CEO Larry Ellison on Tuesday.",
            &[("Oracle", O), ("Larry Ellison", P)],
            &[],
            &[("Larry Ellison", "role", "Oracle", "CEO", "")],
        ),
        c(
            "OpenAI's chief executive Sam Altman spoke first.",
            &[("OpenAI", O), ("Sam Altman", P)],
            &[],
            &[("Sam Altman", "role", "OpenAI", "chief executive", "")],
        ),
        c(
            "Larry Ellison, Oracle's co-founder, was there.",
            &[("Larry Ellison", P), ("Oracle", O)],
            &[],
            &[("Larry Ellison", "role", "Oracle", "co-founder", "")],
        ),
        c(
            "Jim Cantrell, Vector Space Systems CEO and a founding member of SpaceX, told NBC News.",
            &[("Jim Cantrell", P), ("Vector Space Systems", O), ("SpaceX", O), ("NBC News", O)],
            &[],
            &[("Jim Cantrell", "role", "Vector Space Systems", "CEO", "")],
        ),
        c(
            "Emirates President Tim Clark told reporters the plan would resume.",
            &[("Emirates", O), ("Tim Clark", P)],
            &[],
            &[("Tim Clark", "role", "Emirates", "President", "")],
        ),
        c(
            "Tim Cook is the chief executive officer of Apple.",
            &[("Tim Cook", P), ("Apple", O)],
            &[],
            &[("Tim Cook", "role", "Apple", "chief executive officer", "")],
        ),
        c(
            "Mary Barra, who is chair of General Motors, declined to comment.",
            &[("Mary Barra", P), ("General Motors", O)],
            &[],
            &[("Mary Barra", "role", "General Motors", "chair", "")],
        ),
        c(
            "SpaceX spokesman Phil Larson said the work continues.",
            &[("SpaceX", O), ("Phil Larson", P)],
            &[],
            &[("Phil Larson", "role", "SpaceX", "spokesman", "")],
        ),
        c(
            "Boeing's CEO, Dennis Muilenburg, apologised.",
            &[("Boeing", O), ("Dennis Muilenburg", P)],
            &[],
            &[("Dennis Muilenburg", "role", "Boeing", "CEO", "")],
        ),
        c(
            "Satya Nadella, the chief executive of Microsoft, said so.",
            &[("Satya Nadella", P), ("Microsoft", O)],
            &[],
            &[("Satya Nadella", "role", "Microsoft", "chief executive", "")],
        ),
        c(
            "Jane Fraser, Citigroup's former president, joined the board.",
            &[("Jane Fraser", P), ("Citigroup", O)],
            &[],
            &[("Jane Fraser", "role", "Citigroup", "former president", "")],
        ),
        c(
            "Altman gave over $1 million to Democrats last year.",
            &[("Altman", P), ("Democrats", O)],
            &["$1 million"],
            &[("Altman", "payment", "Democrats", "gave", "$1 million")],
        ),
        c(
            "Altman was a significant backer of Democrats, giving over $1 million to Democrats.",
            &[("Altman", P), ("Democrats", O)],
            &["$1 million"],
            &[("Altman", "payment", "Democrats", "giving", "$1 million")],
        ),
        c(
            "Altman met donors. He donated at least $6,600 to ActBlue in June.",
            &[("Altman", P), ("ActBlue", O)],
            &["$6,600"],
            &[("Altman", "payment", "ActBlue", "donated", "$6,600")],
        ),
        c(
            "Musk, who reportedly spent over $250 million to help Trump, has his own startup.",
            &[("Musk", P), ("Trump", P)],
            &["$250 million"],
            &[("Musk", "payment", "", "spent", "$250 million")],
        ),
        c(
            "SoftBank invested $9.5 billion in WeWork.",
            &[("SoftBank", O), ("WeWork", O)],
            &["$9.5 billion"],
            &[("SoftBank", "payment", "WeWork", "invested", "$9.5 billion")],
        ),
        c(
            "SoftBank, its largest investor, committed to a $9.5 billion lifeline.",
            &[("SoftBank", O)],
            &["$9.5 billion"],
            &[("SoftBank", "payment", "", "committed", "$9.5 billion")],
        ),
        c(
            "Microsoft has invested $13 billion into OpenAI since 2019.",
            &[("Microsoft", O), ("OpenAI", O)],
            &["$13 billion"],
            &[("Microsoft", "payment", "OpenAI", "invested", "$13 billion")],
        ),
        c(
            "George Soros gave Tester $2,800 in March.",
            &[("George Soros", P), ("Tester", P)],
            &["$2,800"],
            &[("George Soros", "payment", "Tester", "gave", "$2,800")],
        ),
        c("He has contributed $1.45 million to Color of Change, a civil rights group.", &[("Color of Change", O)], &["$1.45 million"], &[]),
        c(
            "Soros met Tester. He has contributed $1.45 million to Color of Change.",
            &[("Soros", P), ("Tester", P), ("Color of Change", O)],
            &["$1.45 million"],
            &[("Soros", "payment", "Color of Change", "contributed", "$1.45 million")],
        ),
        c(
            "Godongwana has allocated R4bn to the South African Revenue Service.",
            &[("Godongwana", P), ("South African Revenue Service", O)],
            &["R4bn"],
            &[("Godongwana", "payment", "South African Revenue Service", "allocated", "R4bn")],
        ),
        c("Acme paid $5 million to settle the claims.", &[("Acme", O)], &["$5 million"], &[("Acme", "payment", "", "paid", "$5 million")]),
        c(
            "Amazon agreed to pay $2.5 billion to the FTC.",
            &[("Amazon", O), ("FTC", O)],
            &["$2.5 billion"],
            &[("Amazon", "payment", "FTC", "pay", "$2.5 billion")],
        ),
        c("Musk was originally a co-founder of OpenAI.", &[("Musk", P), ("OpenAI", O)], &[], &[]),
        c("Elon Musk founded xAI in 2023.", &[("Elon Musk", P), ("xAI", O)], &[], &[("Elon Musk", "founded", "xAI", "founded", "")]),
        c(
            "Larry Page co-founded Google with Sergey Brin.",
            &[("Larry Page", P), ("Google", O), ("Sergey Brin", P)],
            &[],
            &[("Larry Page", "founded", "Google", "co-founded", "")],
        ),
        c(
            "OpenAI, founded by Altman and Musk in 2015, is now a giant.",
            &[("OpenAI", O), ("Altman", P), ("Musk", P)],
            &[],
            &[("Altman", "founded", "OpenAI", "founded", "")],
        ),
        c(
            "Anthropic was founded by Dario Amodei.",
            &[("Anthropic", O), ("Dario Amodei", P)],
            &[],
            &[("Dario Amodei", "founded", "Anthropic", "founded", "")],
        ),
        c(
            "Musk is also actively suing Altman’s OpenAI.",
            &[("Musk", P), ("Altman", P), ("OpenAI", O)],
            &[],
            &[("Musk", "sued", "OpenAI", "suing", "")],
        ),
        c("The council sued the Trump administration to stop the pipeline.", &[("Trump", P)], &[], &[]),
        c("Epic Games sued Apple in August.", &[("Epic Games", O), ("Apple", O)], &[], &[("Epic Games", "sued", "Apple", "sued", "")]),
        c(
            "Apple was sued by Epic Games last year.",
            &[("Apple", O), ("Epic Games", O)],
            &[],
            &[("Epic Games", "sued", "Apple", "sued", "")],
        ),
        c("The FTC filed a lawsuit against Meta on Wednesday.", &[("FTC", O), ("Meta", O)], &[], &[("FTC", "sued", "Meta", "lawsuit", "")]),
        c(
            "Microsoft acquired Activision Blizzard for $69 billion.",
            &[("Microsoft", O), ("Activision Blizzard", O)],
            &["$69 billion"],
            &[("Microsoft", "acquired", "Activision Blizzard", "acquired", "$69 billion")],
        ),
        c(
            "Elon Musk bought Twitter in 2022.",
            &[("Elon Musk", P), ("Twitter", O)],
            &[],
            &[("Elon Musk", "acquired", "Twitter", "bought", "")],
        ),
        c(
            "Adobe agreed to buy Figma, the design startup.",
            &[("Adobe", O), ("Figma", O)],
            &[],
            &[("Adobe", "acquired", "Figma", "buy", "")],
        ),
        c(
            "Whole Foods was acquired by Amazon in 2017.",
            &[("Whole Foods", O), ("Amazon", O)],
            &[],
            &[("Amazon", "acquired", "Whole Foods", "acquired", "")],
        ),
        c("Emirates finalized a deal to purchase 30 of Boeing's jets.", &[("Emirates", O), ("Boeing", O)], &[], &[]),
        c("Investors bought shares of Tesla on Monday.", &[("Tesla", O)], &[], &[]),
        c("Berkshire bought a stake in Apple.", &[("Berkshire", O), ("Apple", O)], &[], &[]),
        c("The company spent heavily on marketing last year.", &[], &[], &[]),
        c("Musk gave a speech in Texas.", &[("Musk", P), ("Texas", L)], &[], &[]),
        c(
            "SoftBank CEO Masayoshi Son pledged $100 billion for Stargate.",
            &[("SoftBank", O), ("Masayoshi Son", P), ("Stargate", M)],
            &["$100 billion"],
            &[("Masayoshi Son", "role", "SoftBank", "CEO", ""), ("Masayoshi Son", "payment", "Stargate", "pledged", "$100 billion")],
        ),
        c("The bank, led by CEO Jamie Dimon, paid $13 billion to the government.", &[("Jamie Dimon", P)], &["$13 billion"], &[]),
        c("Alibaba's shares closed at $185.25 in New York.", &[("Alibaba", O), ("New York", L)], &["$185.25"], &[]),
        c(
            "Reed Hastings, co-founder of Netflix, donated $1 million to the campaign.",
            &[("Reed Hastings", P), ("Netflix", O)],
            &["$1 million"],
            &[("Reed Hastings", "role", "Netflix", "co-founder", ""), ("Reed Hastings", "payment", "", "donated", "$1 million")],
        ),
        // Written after the rules, as a check on precision.
        c("He donated at least $6,600 to Democratic PAC ActBlue in June.", &[("Democratic", M), ("ActBlue", O)], &["$6,600"], &[]),
        c(
            "Ann Lee met Bo. She donated $500 to Democratic PAC ActBlue.",
            &[("Ann Lee", P), ("Bo", P), ("Democratic", M), ("ActBlue", O)],
            &["$500"],
            &[("Ann Lee", "payment", "ActBlue", "donated", "$500")],
        ),
        c(
            "Google paid Apple $20 billion to remain the default search engine.",
            &[("Google", O), ("Apple", O)],
            &["$20 billion"],
            &[("Google", "payment", "Apple", "paid", "$20 billion")],
        ),
        c(
            "Chevron will acquire Hess in an all-stock deal worth $53 billion.",
            &[("Chevron", O), ("Hess", O)],
            &["$53 billion"],
            &[("Chevron", "acquired", "Hess", "acquire", "$53 billion")],
        ),
        c(
            "The deal, announced by Pfizer CEO Albert Bourla, values Seagen at $43 billion.",
            &[("Pfizer", O), ("Albert Bourla", P), ("Seagen", O)],
            &["$43 billion"],
            &[("Albert Bourla", "role", "Pfizer", "CEO", "")],
        ),
        c("Authorities said the gunman bought the rifle in Ohio.", &[("Ohio", L)], &[], &[]),
        c("Meta spent $46 billion on the metaverse.", &[("Meta", O)], &["$46 billion"], &[("Meta", "payment", "", "spent", "$46 billion")]),
        c("Shareholders sued Tesla board members over pay.", &[("Tesla", O)], &[], &[]),
        c(
            "New York sued Exxon Mobil in 2018.",
            &[("New York", L), ("Exxon Mobil", O)],
            &[],
            &[("New York", "sued", "Exxon Mobil", "sued", "")],
        ),
        c(
            "Patrick Collison, who co-founded Stripe with his brother, spoke.",
            &[("Patrick Collison", P), ("Stripe", O)],
            &[],
            &[("Patrick Collison", "founded", "Stripe", "co-founded", "")],
        ),
        c(
            "Disney bought 21st Century Fox assets for $71 billion.",
            &[("Disney", O), ("21st Century Fox", O)],
            &["$71 billion"],
            &[("Disney", "acquired", "21st Century Fox", "bought", "$71 billion")],
        ),
        c(
            "Sundar Pichai, Google's chief executive, told Congress the firm spent $1 billion.",
            &[("Sundar Pichai", P), ("Google", O), ("Congress", O)],
            &["$1 billion"],
            &[("Sundar Pichai", "role", "Google", "chief executive", "")],
        ),
    ];

    #[test]
    fn table_of_relation_cases_precision() {
        let (mut tp, mut npred, mut ngold) = (0usize, 0usize, 0usize);
        let mut report = Vec::new();
        for case in CASES {
            let a = Analysis::new(case.text);
            let ms = mentions_for(case.text, case.names);
            let am = money(case.text, case.money);
            let got: Vec<(String, String, String, String, String)> = extract(&a, &ms, &am, &[])
                .into_iter()
                .map(|r| {
                    (
                        ms[r.subject].text.clone(),
                        r.predicate.to_string(),
                        r.object.map_or(String::new(), |o| ms[o].text.clone()),
                        r.detail.unwrap_or_default(),
                        r.amount.map_or(String::new(), |x| am[x].text.clone()),
                    )
                })
                .collect();
            let want: Vec<(String, String, String, String, String)> =
                case.want.iter().map(|w| (w.0.into(), w.1.into(), w.2.into(), w.3.into(), w.4.into())).collect();
            npred += got.len();
            ngold += want.len();
            for g in &got {
                if want.contains(g) {
                    tp += 1;
                } else {
                    report.push(format!("FP {:?}: {:?}", case.text, g));
                }
            }
            for w in &want {
                if !got.contains(w) {
                    report.push(format!("FN {:?}: {:?}", case.text, w));
                }
            }
        }
        let p = tp as f64 / npred.max(1) as f64;
        let r = tp as f64 / ngold.max(1) as f64;
        println!("relations: {} cases, precision {p:.3} ({tp}/{npred}), recall {r:.3} ({tp}/{ngold})", CASES.len());
        for l in &report {
            println!("  {l}");
        }
        assert!(CASES.len() >= 40);
        assert!(p >= 0.9, "precision {p:.3} < 0.9:\n{}", report.join("\n"));
        assert!(r >= 0.8, "recall {r:.3} < 0.8:\n{}", report.join("\n"));
    }

    #[test]
    fn evidence_offsets_and_date() {
        let text = "Intro. Microsoft acquired Nuance on March 4, 2021 for $19.7 billion. Done.";
        let a = Analysis::new(text);
        let ms = mentions_for(text, &[("Microsoft", O), ("Nuance", O)]);
        let am = money(text, &["$19.7 billion"]);
        let ds = dates_for(text, &[("March 4, 2021", "2021-03-04")]);
        let rs = extract(&a, &ms, &am, &ds);
        assert_eq!(rs.len(), 1);
        let r = &rs[0];
        assert_eq!(r.predicate, Predicate::Acquired);
        assert_eq!(r.evidence, "Microsoft acquired Nuance on March 4, 2021 for $19.7 billion.");
        assert_eq!(&text[r.span.start..r.span.end], r.evidence);
        assert_eq!(r.date.as_deref(), Some("2021-03-04"));
        assert_eq!(r.amount, Some(0));
    }

    #[test]
    fn no_mentions_no_relations() {
        let text = "Nobody paid $5 to anyone.";
        let a = Analysis::new(text);
        let am = money(text, &["$5"]);
        assert!(extract(&a, &[], &am, &[]).is_empty());
    }
}
