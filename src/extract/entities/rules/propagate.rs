//! Document-level consistency: a name the document tags is a name wherever
//! else it is written the same way. The tagger reads each sentence alone and
//! may miss a repeat ("the Fed to pause" after "The Fed said"); an untagged
//! occurrence of a tagged name's exact tokens becomes a mention of the type
//! the document typing gave that name (it runs after the typing and casts no
//! vote, so a repeat never spreads a wrong type further). The last word of an
//! organisation's name that is a capitalised plural and no organisation head
//! repeats too ("the Chiefs" after "Kansas City Chiefs"). Only people and
//! organisations repeat: a place or MISC name the tagger left out is often
//! used in another sense there (a club, a government, a product line). A
//! repeat is left alone where:
//! - it stands in a title-case line (headlines have their own rules), or the
//!   name was tagged only there;
//! - it opens its sentence and its first word is mostly lowercase in running
//!   text ("Will", "Mark"), unless the name has two or more capitalised words
//!   ("Blue Origin launched") or an organisation's name comes before a role
//!   ("Bills coach Sean McDermott");
//! - a capitalised word joins it on either side, so it is part of a longer
//!   name ("Washington" in "Washington Post"): a word that is capitalised in
//!   running text or a name head ("Post", "Airport"); a capitalised word that
//!   is mostly lowercase elsewhere ("The", "Chair") does not join; nor does
//!   a capitalised word glued on by a hyphen ("Rose" of "Rose-Lynn"); nor
//!   does a role or title ("Acme CEO Jane Roe", "Senator Ana Ruiz").

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::{EntityType, Mention};
use super::super::features::CaseDict;
use super::super::with_added;
use super::is_place_head;
use super::{is_cap, is_person_word, is_staff_role, mention, plural_noun};
use crate::lexicon::{NAME_EXTENSION_HEADS, NAME_TITLES, ORG_HEADS, ORG_SUFFIXES};
use std::collections::HashMap;

/// Add the untagged repeats of the document's tagged names (see the module docs).
pub(super) fn repeats(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    // Names by their first token: (tokens, type), each name once, from mentions outside title-case lines.
    let mut by_first: HashMap<&str, Vec<(Vec<&str>, EntityType)>> = HashMap::new();
    for m in mentions.iter().filter(|m| !a.is_title_case(m.sentence)) {
        let toks: Vec<&str> = a.token_range(m.span.start, m.span.end).map(|k| a.tok(k)).collect();
        let letters = m.text.chars().filter(|c| c.is_alphabetic()).count();
        // A name opening with a glued Arabic article is capitalised after it ("al-Tanf").
        let article = ["al-", "el-"].iter().any(|p| m.text.strip_prefix(p).is_some_and(is_cap));
        if !(is_cap(&m.text) || article) || letters < 2 || !matches!(m.label, EntityType::Person | EntityType::Org) {
            continue;
        }
        // A team's name without its city ("Chiefs" of "Kansas City Chiefs"): a capitalised plural
        // ending an organisation's name that is no organisation head ("Airlines", "Holdings").
        let last = toks[toks.len() - 1];
        let plural = plural_noun(last) && last.chars().all(char::is_alphabetic);
        let head = [&ORG_HEADS, &NAME_EXTENSION_HEADS, &ORG_SUFFIXES].iter().any(|l| l.contains(last));
        if m.label == EntityType::Org && toks.len() >= 2 && toks.iter().all(|t| is_cap(t)) && plural && !head {
            let list = by_first.entry(last).or_default();
            if !list.iter().any(|(t, _)| t.len() == 1) {
                list.push((vec![last], EntityType::Org));
            }
        }
        let list = by_first.entry(toks[0]).or_default();
        if !list.iter().any(|(t, _)| *t == toks) {
            list.push((toks, m.label));
        }
    }
    if by_first.is_empty() {
        return mentions;
    }
    let mut covered = vec![false; n];
    for m in &mentions {
        for k in a.token_range(m.span.start, m.span.end) {
            covered[k] = true;
        }
    }
    // A role or title beside a name is no part of it ("Acme CEO Jane Roe", "Senator Ana Ruiz").
    let role = |k: usize| is_staff_role(a.tok(k)) || NAME_TITLES.contains(a.low(k));
    let joins = |k: usize| {
        let t = a.tok(k);
        !role(k)
            && (covered[k]
                || (is_cap(t) && t.chars().any(char::is_alphabetic) && !case.mostly_lowercase(t))
                || [&ORG_HEADS, &NAME_EXTENSION_HEADS, &ORG_SUFFIXES].iter().any(|l| l.contains(t))
                || is_place_head(t))
    };
    let mut added = Vec::new();
    let mut k = 0;
    while k < n {
        let Some(names) = by_first.get(a.tok(k)).filter(|_| !covered[k]) else {
            k += 1;
            continue;
        };
        let s = a.sentence_of_token(k);
        let sent = a.sentences[s].tokens.clone();
        let found = names.iter().filter(|(toks, _)| {
            let e = k + toks.len();
            e <= sent.end && (k..e).all(|j| !covered[j]) && toks.iter().enumerate().all(|(i, t)| a.tok(k + i) == *t)
        });
        let Some((toks, label)) = found.max_by_key(|(toks, _)| toks.len()) else {
            k += 1;
            continue;
        };
        let e = k + toks.len();
        let opens = (sent.start..k).all(|j| !a.tok(j).chars().any(char::is_alphanumeric));
        // A hyphen glued between it and a capitalised word joins them too ("Rose-Lynn").
        let hyphened_after = e + 1 < sent.end && a.tok(e) == "-" && a.adjacent(e - 1) && a.adjacent(e) && is_cap(a.tok(e + 1));
        let hyphened_before = k >= sent.start + 2 && a.tok(k - 1) == "-" && a.adjacent(k - 1) && a.adjacent(k - 2) && is_cap(a.tok(k - 2));
        let joined = (k > sent.start && joins(k - 1)) || (e < sent.end && joins(e)) || hyphened_after || hyphened_before;
        // A name of two or more capitalised words is itself evidence against a sentence opener's common word.
        let whole_name = toks.len() >= 2 && toks.iter().all(|t| is_cap(t));
        // So is a role after an organisation's name ("Bills coach Sean McDermott", "Chiefs quarterback").
        let staff_after = *label == EntityType::Org && e < sent.end && (is_staff_role(a.tok(e)) || is_person_word(a.tok(e)));
        let left_alone = joined || a.is_title_case(s) || (opens && case.mostly_lowercase(toks[0]) && !whole_name && !staff_after);
        if !left_alone {
            added.push(mention(a, k, e, *label));
            k = e;
        } else {
            k += 1;
        }
    }
    with_added(mentions, added)
}

#[cfg(test)]
mod tests {
    use super::super::cases::{TypingCase, common, owned, texts};
    use super::*;
    use EntityType::{Loc, Org, Person};

    /// Tag only the first occurrence of each name, as a tagger that missed the repeats.
    fn first_only(a: &Analysis, tagged: &[(&str, EntityType)]) -> Vec<Mention<Bytes>> {
        let mut out: Vec<Mention<Bytes>> = tagged
            .iter()
            .map(|(t, label)| {
                let s = a.text.find(t).unwrap();
                let r = a.token_range(s, s + t.len());
                mention(a, r.start, r.end, *label)
            })
            .collect();
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }

    #[test]
    fn untagged_repeats_of_people_and_organisations_become_mentions() {
        let case = common(&["the", "chair", "will", "blue", "bills"]);
        let cases: &[TypingCase] = &[
            (
                "The Fed said prices rose. Investors expect the Fed to pause, and Fed Chair Ana Ruiz agreed.",
                &[("Fed", Org), ("Ana Ruiz", Person)],
                &[("Fed", Org), ("Fed", Org), ("Fed", Org), ("Ana Ruiz", Person)],
            ),
            // A role or title beside a repeat is no part of a longer name; a name of two capitalised
            // words repeats even when it opens a sentence with a common word.
            (
                "Shares of Blue Harbor rose. Blue Harbor CEO Tom Hale met Ana Ruiz, and then Senator Ana Ruiz spoke.",
                &[("Blue Harbor", Org), ("Tom Hale", Person), ("Ana Ruiz", Person)],
                &[("Blue Harbor", Org), ("Blue Harbor", Org), ("Tom Hale", Person), ("Ana Ruiz", Person), ("Ana Ruiz", Person)],
            ),
            // A longer name around it, a place, a sentence-opening common word: no repeat.
            ("Acme sued. The Acme Herald wrote about it.", &[("Acme", Org)], &[("Acme", Org)]),
            ("Paris won. Fans in Paris cheered.", &[("Paris", Loc)], &[("Paris", Loc)]),
            ("Rose spoke. Rose-Lynn sang.", &[("Rose", Person)], &[("Rose", Person)]),
            (
                "Drones hit al-Shabaab, and later al-Shabaab struck back.",
                &[("al-Shabaab", Org)],
                &[("al-Shabaab", Org), ("al-Shabaab", Org)],
            ),
            ("Tom Will spoke. Will it rain?", &[("Tom Will", Person)], &[("Tom Will", Person)]),
            // A team's name without its city; not an organisation head, nor a name with small words.
            (
                "The Harbor City Gulls beat the Lakeport Rovers on a cold night. After the game the Gulls flew home to rest.",
                &[("Harbor City Gulls", Org), ("Lakeport Rovers", Org)],
                &[("Harbor City Gulls", Org), ("Lakeport Rovers", Org), ("Gulls", Org)],
            ),
            // A team's tail opening a sentence before a role repeats even if it is a common word; a
            // sentence opener before anything else stays a common word.
            (
                "The Harbor City Bills beat the Lakeport Rovers. Bills coach Tom Hale was pleased. Bills passed the House.",
                &[("Harbor City Bills", Org), ("Lakeport Rovers", Org), ("Tom Hale", Person)],
                &[("Harbor City Bills", Org), ("Lakeport Rovers", Org), ("Bills", Org), ("Tom Hale", Person)],
            ),
            (
                "Kestrel Holdings grew fast last year, and the Holdings unit of another firm did too.",
                &[("Kestrel Holdings", Org)],
                &[("Kestrel Holdings", Org)],
            ),
            (
                "The Union for the Rights of Voters met on Monday, and later in the day the Voters were told to wait.",
                &[("Union for the Rights of Voters", Org)],
                &[("Union for the Rights of Voters", Org)],
            ),
            // A headline repeat is left to the headline rules.
            ("Acme Cuts Jobs At Acme Plant\nAcme cut jobs.", &[("Acme", Org)], &[("Acme", Org)]),
        ];
        for (text, tagged, want) in cases {
            let a = Analysis::new(text);
            let got = texts(&repeats(&a, first_only(&a, tagged), &case));
            assert_eq!(got, owned(want), "{text}");
        }
    }
}
