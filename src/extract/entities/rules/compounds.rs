//! Compounds of names joined by a hyphen: "US-China trade talks",
//! "Russia-Ukraine war", "Israel-Hamas conflict", "the Israeli-Palestinian
//! conflict". Spec §7 makes names inside hyphenated words mentions, so each
//! part is a mention of its own, not one mention over the compound (the tagger
//! calls "U.S.-Canada" an organisation) nor the one part it recognised.
//!
//! A part is a name when the knowledge lists say what it is, on its own: a
//! country's initialism, a country, state or large city (GeoNames), a
//! listed place, a nationality or people, an unambiguous listed or known
//! organisation; or a name the document tags elsewhere ("France-Juppe"), when
//! another part is known to the lists. Every part must be one, not all of
//! them organisations (a merger or venture: "Fiat-Chrysler"), and the
//! compound must not be a name itself ("Guinea-Bissau", "Baden-Württemberg",
//! "Coca-Cola"). A mention reaching past the compound is
//! a longer name and stays ("U.S.-Canada Free Trade Agreement").

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::{EntityType, Mention};
use super::super::gazetteer::Gazetteer;
use super::super::orgs::{AMBIG_COMPANY, AMBIG_OTHER, OrgGazetteer};
use super::misc::is_group_word;
use super::typing::{country_initialism, major_place};
use super::{is_cap, mention};
use crate::lexicon::{KNOWN_MISC, KNOWN_ORGS, KNOWN_PLACES};

/// What the part `t` (as written) is on its own, and whether the knowledge
/// lists say so (rather than the document's other mentions), if anything. A
/// word in capitals is a part only as a short initialism ("PLO", not "PRE-SALE").
fn part_type(t: &str, gaz: &Gazetteer, orgs: &OrgGazetteer, tagged: &[Mention<Bytes>]) -> Option<(EntityType, bool)> {
    if !is_cap(t) || !t.chars().all(|c| c.is_alphabetic() || c == '.') {
        return None;
    }
    if country_initialism(t) {
        return Some((EntityType::Loc, true));
    }
    if t.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !t.chars().any(char::is_lowercase) {
        return None;
    }
    if KNOWN_PLACES.contains(t) || major_place(gaz, &[t]) {
        return Some((EntityType::Loc, true));
    }
    if is_group_word(t) {
        return Some((EntityType::Misc, true));
    }
    let listed = orgs.lookup(&[t]);
    if KNOWN_ORGS.contains(t) || (listed != 0 && listed & (1 << AMBIG_COMPANY | 1 << AMBIG_OTHER) == 0) {
        return Some((EntityType::Org, true));
    }
    tagged.iter().find(|m| m.text == t).map(|m| (m.label, false))
}

/// Is the phrase of tokens `toks` a name of its own in the lists?
fn listed_whole(toks: &[&str], gaz: &Gazetteer, orgs: &OrgGazetteer) -> bool {
    let joined: String = toks.concat();
    orgs.lookup(toks) != 0
        || KNOWN_PLACES.contains(&joined)
        || KNOWN_ORGS.contains(&joined)
        || KNOWN_MISC.contains(&joined)
        || major_place(gaz, toks)
}

/// A compound found: its byte span and each part's token with its type.
type Compound = (usize, usize, Vec<(usize, EntityType)>);

/// Split the hyphenated compounds of names (see the module doc) into a mention per part.
pub(super) fn hyphen_compounds(a: &Analysis, mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer, orgs: &OrgGazetteer) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let glued_hyphen = |k: usize| k > 0 && k + 1 < n && a.tok(k) == "-" && a.adjacent(k - 1) && a.adjacent(k);
    let mut found: Vec<Compound> = Vec::new();
    let mut k = 0;
    while k + 2 < n {
        // A run "X-Y(-Z)" of single tokens glued by hyphens, not glued to anything else.
        if !glued_hyphen(k + 1) || (k > 0 && a.adjacent(k - 1)) {
            k += 1;
            continue;
        }
        let mut parts = vec![k];
        while glued_hyphen(parts[parts.len() - 1] + 1) {
            parts.push(parts[parts.len() - 1] + 2);
        }
        let end = parts[parts.len() - 1] + 1;
        let clean_end = !a.adjacent(end - 1) || !a.tok(end).chars().next().is_some_and(char::is_alphanumeric);
        let toks: Vec<&str> = (k..end).map(|i| a.tok(i)).collect();
        let types: Option<Vec<(usize, EntityType, bool)>> =
            parts.iter().map(|&p| part_type(a.tok(p), gaz, orgs, &mentions).map(|(t, known)| (p, t, known))).collect();
        // One part at least known to the lists: two names only the document tags are as likely
        // one company's ("PMC-Sierra"); and organisations all through are one too, a merger or
        // venture ("UWP-Hachette", "Fiat-Chrysler").
        let types = types.filter(|ts| ts.iter().any(|t| t.2) && ts.iter().any(|t| t.1 != EntityType::Org));
        if let Some(types) = types.filter(|_| clean_end && !listed_whole(&toks, gaz, orgs)) {
            found.push((a.tokens[k].start, a.tokens[end - 1].end, types.into_iter().map(|(p, t, _)| (p, t)).collect()));
        }
        k = end;
    }
    if found.is_empty() {
        return mentions;
    }
    // Mentions inside a compound (or over it exactly) give way to its parts; a longer one stays.
    let longer = |s: usize, e: usize| mentions.iter().any(|m| m.span.start < e && s < m.span.end && (m.span.start < s || m.span.end > e));
    let found: Vec<_> = found.into_iter().filter(|(s, e, _)| !longer(*s, *e)).collect();
    let inside = |m: &Mention<Bytes>| found.iter().any(|(s, e, _)| m.span.start < *e && *s < m.span.end);
    let mut out: Vec<Mention<Bytes>> = mentions.iter().filter(|m| !inside(m)).cloned().collect();
    for (_, _, types) in found {
        out.extend(types.into_iter().map(|(p, t)| mention(a, p, p + 1, t)));
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::{Tagger, extract};
    use crate::extract::{Analysis, EntityType};

    /// The mentions the whole entity pass (bundled model) finds in `text`, as (text, type).
    fn names(text: &str) -> Vec<(String, EntityType)> {
        let tagger = Tagger::bundled().expect("model");
        let a = Analysis::new(text);
        extract(&a, &tagger).into_iter().map(|m| (m.text, m.label)).collect()
    }

    #[test]
    fn names_joined_by_a_hyphen_are_mentions_each() {
        use EntityType::{Loc, Misc, Org};
        let cases: &[(&str, &[(&str, EntityType)])] = &[
            ("US-China trade talks resumed on Monday.", &[("US", Loc), ("China", Loc)]),
            ("Officials studied U.S.-Canada trade in Ottawa.", &[("U.S.", Loc), ("Canada", Loc), ("Ottawa", Loc)]),
            ("The Russia-Ukraine war entered its fourth year.", &[("Russia", Loc), ("Ukraine", Loc)]),
            ("The decades-long Israeli-Palestinian conflict dominated the summit.", &[("Israeli", Misc), ("Palestinian", Misc)]),
            ("The Israel-Hamas ceasefire held on Sunday.", &[("Israel", Loc), ("Hamas", Org)]),
            // A word in capitals is a part only as a short initialism.
            ("PRE-SALE TICKETS for the Paris show go fast.", &[("Paris", Loc)]),
        ];
        for (text, want) in cases {
            let got = names(text);
            let want: Vec<(String, EntityType)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn hyphenated_names_of_their_own_stay_whole() {
        for (text, name) in [
            ("Guinea-Bissau held an election on Sunday.", "Guinea-Bissau"),
            ("Coca-Cola raised its prices in March.", "Coca-Cola"),
            ("The Baden-Württemberg government met in Stuttgart.", "Baden-Württemberg"),
            // Two names only the document tags (no list knows either part) stay one company.
            ("Shares of PMC-Sierra rose. PMC was bid. Sierra was offered.", "PMC-Sierra"),
        ] {
            let got = names(text);
            assert!(got.iter().any(|(t, _)| t == name), "{text}: {got:?}");
        }
    }
}
