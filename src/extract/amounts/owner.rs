//! Owners: the PERSON or ORG mention an amount belongs to (`amounts.entity_id`).

use super::{Ctx, Found, is_possessive};
use crate::extract::EntityType;
use crate::lexicon::{MONEY_VERBS, OWNER_SUBJECT_BLOCKERS};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Money verbs whose subject owns the amount (money_verbs.tsv, `owns` = yes).
static OWNING_VERBS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| MONEY_VERBS.rows().iter().filter(|r| r[1] == "yes").map(|r| r[0]).collect());

/// The PERSON or ORG mention that owns an amount: the subject of a money verb
/// before it in the same sentence ("SoftBank ... committed to a $9.5 billion
/// lifeline"), or the possessor right before it ("WeWork's 12,000 employees").
pub(super) fn owner(ctx: &Ctx, f: &Found) -> Option<usize> {
    let s = f.s;
    let sent = &ctx.a.sentences[ctx.a.sentence_of_token(s)];
    let first = sent.tokens.start;
    let is_agent = |m: usize| matches!(ctx.mentions[m].label, EntityType::Person | EntityType::Org);
    // Possessor: "WeWork's 12,000 employees".
    if s >= 2
        && is_possessive(ctx.tok(s - 1))
        && let Some(m) = ctx.mention_ends[s - 2].filter(|&m| is_agent(m))
    {
        return Some(m);
    }
    let verb = (first..s).rev().take(12).find(|&k| OWNING_VERBS.contains(ctx.a.low(k)))?;
    let mut k = verb;
    while k > first && verb - k < 20 {
        k -= 1;
        if let Some(m) = ctx.mention_ends[k] {
            // Walk to the mention's first token and look at the word before it.
            let mut st = k;
            while st > first && ctx.mention_at[st - 1] == Some(m) {
                st -= 1;
            }
            let before = if st > first { ctx.a.low(st - 1) } else { "" };
            if is_agent(m) && !OWNER_SUBJECT_BLOCKERS.contains(before) {
                return Some(m);
            }
            k = st;
        }
    }
    None
}
