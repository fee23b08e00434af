//! Clubs by their short name. Sports writing names a club by the last words
//! of its name after "the" ("lost to the Chiefs", "beat the Packers"), and
//! many of those words are common ones the organisation lists flag as
//! ambiguous, so the tagger, rightly wary of them, leaves them out. In a
//! document whose organisations name a listed club, such a plural short name
//! after "the", capitalised and not running into a longer name, is the club:
//! an ORG mention, unless it is a place's name. Singular short names ("the
//! Heat", "the Rose") and documents about no clubs ("the Joint Chiefs") are
//! left as they are.

use super::super::super::analysis::{Analysis, Bytes, Span};
use super::super::super::mention_at;
use super::super::super::{EntityType, Mention};
use super::super::gazetteer::Gazetteer;
use super::super::orgs::OrgGazetteer;
use super::super::with_added;
use super::typing::major_place;

/// Add the short names of listed clubs after "the" as ORG mentions, and make
/// ORG the ones the tagger typed other than a place, in a document about
/// clubs (see the module doc).
pub(super) fn short_club_names(
    a: &Analysis,
    mut mentions: Vec<Mention<Bytes>>,
    gaz: &Gazetteer,
    orgs: &OrgGazetteer,
) -> Vec<Mention<Bytes>> {
    let words = |r: std::ops::Range<usize>| -> Vec<&str> { r.map(|k| a.tok(k)).collect() };
    // A club among the tagger's organisations: a listed name that is no common word, or a
    // plural short name ("the Chargers").
    // (The label first: every document passes here, most mentions are no organisations.)
    let club = |m: &Mention<Bytes>| {
        m.label == EntityType::Org && {
            let w = words(a.token_range(m.span.start, m.span.end));
            orgs.is_club(&w) || (m.text.ends_with('s') && orgs.is_club_short_name(&w))
        }
    };
    if !mentions.iter().any(club) {
        return mentions;
    }
    let at = mention_at(a, &mentions);
    let capitalised = |k: usize| k < a.tokens.len() && a.tok(k).starts_with(char::is_uppercase);
    let mut added = Vec::new();
    let mut relabel = Vec::new();
    for (si, sent) in a.sentences.iter().enumerate() {
        if a.is_title_case(si) {
            continue;
        }
        for k in sent.tokens.start + 1..sent.tokens.end {
            if a.low(k - 1) != "the" || !capitalised(k) {
                continue;
            }
            let Some(e) = (k + 1..=(k + 2).min(sent.tokens.end))
                .rev()
                .find(|&e| (k..e).all(capitalised) && !capitalised(e) && orgs.is_club_short_name(&words(k..e)))
            else {
                continue;
            };
            // Plural, as the clubs' short names that are common words are ("the Wimbledon champion",
            // "the Rose" are not), no place ("the Brussels bourse"), and no part of a longer name
            // ("the Stars and Stripes").
            let longer = matches!(a.low(e), "and" | "of" | "&") && capitalised(e + 1);
            if !a.tok(e - 1).ends_with('s') || major_place(gaz, &words(k..e)) || longer {
                continue;
            }
            let span = Span::new(a.tokens[k].start, a.tokens[e - 1].end);
            let text = &a.text[span.start..span.end];
            match at[k] {
                None if (k..e).all(|j| at[j].is_none()) => {
                    added.push(Mention { span, text: text.to_string(), label: EntityType::Org, sentence: si });
                }
                Some(m) if mentions[m].span == span && !matches!(mentions[m].label, EntityType::Org | EntityType::Loc) => relabel.push(m),
                _ => {}
            }
        }
    }
    for m in relabel {
        mentions[m].label = EntityType::Org;
    }
    with_added(mentions, added)
}
