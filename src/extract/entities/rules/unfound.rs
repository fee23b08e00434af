//! Names that the tagger and every other rule left out.
//!
//! By repetition: a run of two or more capitalised words inside running text,
//! written at least twice in the document, is a name ("the Touch Bar",
//! "Fallen Order"). Its words must be letters only, and no tagged name may
//! hold it or be held by it. Its type:
//! - a place when its last word is a place's head ("Forest Hill");
//! - a person when a mention is a nickname given to a person ("referring to
//!   Altman as “Little Finger”", "Altman is Little Finger": a character);
//! - else the type the words around its mentions support ([`cued_type`]);
//! - else MISC, because products, works and events are what the tagger
//!   leaves out most.
//!
//! A run is left out when it:
//! - opens its sentence (a leading "The", which stays out, may) or stands in a title-case
//!   sentence;
//! - stands beside a name, a hyphen or a capitalised token it does not take;
//! - holds a title, a role, a month or a weekday, or is a holiday.
//!
//! By a capitalised "The" inside a sentence, after a lowercase word or a
//! comma: the capitalised words after it, joined by "of", "the", "to", "and",
//! "in", "on", "for" or "a", are the title of a work or an outlet ("seen by The
//! Real Deal", "The Eye of the World"), without the "The" (spec: a leading "the"
//! stays out): an outlet (ORG) when it is an agent or spoken to ("seen by",
//! "told The Times", "The Times reported"), else typed as above but for the
//! place's head.

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::{EntityType, Mention, mention_at};
use super::super::with_added;
use super::misc::calendar_word;
use super::typing::cued_type;
use super::{is_cap, is_place_head, is_title_or_role, mention};
use crate::lexicon::{ADDRESSEE_LEADS, HOLIDAYS, REPORTING_VERBS, TITLE_JOINERS};
use std::collections::HashMap;

/// Most words a run may have.
const MAX_WORDS: usize = 5;

/// Add the repeated untagged runs of capitalised words (see the module doc).
pub(super) fn repeated_runs(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let n = a.tokens.len();
    let word = |k: usize| {
        let t = a.tok(k);
        is_cap(t) && t.chars().count() >= 2 && t.chars().all(char::is_alphabetic) && t.chars().any(char::is_lowercase)
    };
    // Not a piece of something longer: a name, a hyphen or any other capitalised token beside it.
    let free = |k: usize| at[k].is_none() && !(a.tok(k) == "-" || a.tok(k).starts_with(char::is_uppercase));
    let mut runs: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (si, sent) in a.sentences.iter().enumerate() {
        if a.is_title_case(si) {
            continue;
        }
        let Some(first) = sent.tokens.clone().find(|&j| a.tok(j).chars().any(char::is_alphanumeric)) else { continue };
        let mut k = sent.tokens.start;
        while k < sent.tokens.end {
            if !word(k) || at[k].is_some() {
                k += 1;
                continue;
            }
            let mut e = k;
            while e < sent.tokens.end && word(e) && at[e].is_none() {
                e += 1;
            }
            // A leading "The" stays out of the span (spec), and may open the sentence.
            let s = if a.low(k) == "the" { k + 1 } else { k };
            let shaped = s > first && e - s >= 2 && e - s <= MAX_WORDS && (k == 0 || free(k - 1)) && (e >= n || free(e));
            if shaped && (s..e).all(|j| !calendar_word(a.low(j)) && !is_title_or_role(a.low(j))) {
                let text = (s..e).map(|j| a.tok(j)).collect::<Vec<_>>().join(" ");
                let lower = text.to_lowercase();
                if !HOLIDAYS.rows().iter().any(|r| r[0] == lower) {
                    runs.entry(text).or_default().push((s, e));
                }
            }
            k = e.max(k + 1);
        }
    }
    // Not a name the document tags, nor one holding or held by a tagged name ("Evidence Action
    // Beta" beside "Evidence Action"): those are the tagged mentions' to type.
    let spaced = |t: &str| format!(" {t} ");
    let tagged: Vec<String> = mentions.iter().map(|m| spaced(&m.text)).collect();
    let known = |t: &str| {
        let t = spaced(t);
        tagged.iter().any(|m| m.contains(&t) || t.contains(m.as_str()))
    };
    // In order of first mention: the output does not depend on the map's order.
    let mut groups: Vec<(String, Vec<(usize, usize)>)> = runs.into_iter().filter(|(t, rs)| rs.len() >= 2 && !known(t)).collect();
    groups.sort_by_key(|(_, rs)| rs[0]);
    // A nickname given to a person names a person or a character, PERSON per the spec: "referring
    // to Altman as “Little Finger”", "Sam Altman is Little Finger".
    let nickname = |s: usize| {
        let j = if s > 0 && matches!(a.tok(s - 1), "“" | "\"" | "‘") { s - 1 } else { s };
        j >= 2 && matches!(a.low(j - 1), "as" | "is") && at[j - 2].is_some_and(|m| mentions[m].label == EntityType::Person)
    };
    let mut added = Vec::new();
    for (_, rs) in groups {
        let last = a.tok(rs[0].1 - 1);
        let label = if is_place_head(last) {
            EntityType::Loc
        } else if rs.iter().any(|&(s, _)| nickname(s)) {
            EntityType::Person
        } else {
            cued_type(a, &rs).unwrap_or(EntityType::Misc)
        };
        added.extend(rs.into_iter().map(|(s, e)| mention(a, s, e, label)));
    }
    with_added(mentions, added)
}

/// Most tokens a title after "The" may have.
const MAX_TITLE: usize = 8;

/// Add the titles after a capitalised "The" inside a sentence (see the module doc).
pub(super) fn titled_runs(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let n = a.tokens.len();
    let mut added = Vec::new();
    for k in (1..n).filter(|&k| a.tok(k) == "The") {
        let sent = a.sentence_of_token(k);
        // (Called with `j < n` only: the loop below bounds it.)
        let word = |j: usize| {
            let t = a.tok(j);
            a.sentence_of_token(j) == sent
                && is_cap(t)
                && t.chars().count() >= 2
                && t.chars().all(char::is_alphabetic)
                && at[j].is_none()
                // No title, role, month or weekday: "The President", "The Ledger on Friday".
                && !calendar_word(a.low(j))
                && !is_title_or_role(a.low(j))
        };
        let prev = a.tok(k - 1);
        let after_word = prev == "," || (prev.chars().all(|c| c.is_ascii_lowercase()) && !prev.is_empty());
        if !after_word || a.sentence_of_token(k - 1) != sent || a.is_title_case(sent) {
            continue;
        }
        // The capitalised words, and the joiners between two of them.
        let mut e = k + 1;
        let mut j = k + 1;
        while j < n && j < k + 1 + MAX_TITLE {
            if word(j) {
                j += 1;
                e = j;
            } else if TITLE_JOINERS.contains(a.tok(j)) && j > k + 1 {
                j += 1;
            } else {
                break;
            }
        }
        let free_after =
            e >= n || a.sentence_of_token(e) != sent || !(at[e].is_some() || a.tok(e) == "-" || a.tok(e).starts_with(char::is_uppercase));
        if e > k + 1 && free_after {
            // An outlet acts or is spoken to: "seen by The Real Deal", "told The Times", "The Real
            // Deal reported"; a work does not.
            let spoken_to = a.low(k - 1) == "by" || ADDRESSEE_LEADS.words().iter().any(|p| a.phrase_ending_at(k, 0, p).is_some());
            let reports = e < n && REPORTING_VERBS.contains(a.low(e));
            let label = if spoken_to || reports { EntityType::Org } else { cued_type(a, &[(k + 1, e)]).unwrap_or(EntityType::Misc) };
            added.push(mention(a, k + 1, e, label));
        }
    }
    with_added(mentions, added)
}

#[cfg(test)]
mod tests {
    use super::super::cases::owned;
    use super::super::mention;
    use super::{repeated_runs, titled_runs};
    use crate::extract::{Analysis, EntityType};

    /// Names with their types, as a case writes them.
    type Names<'a> = &'a [(&'a str, EntityType)];

    /// The mentions the rule gives `text` with the tagged names `tagged` (first occurrence each).
    fn names(text: &str, tagged: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let a = Analysis::new(text);
        let given = tagged
            .iter()
            .map(|(t, l)| {
                let s = a.tok_at(text.find(t).expect("tagged name in text"));
                let e = a.tok_at(text.find(t).unwrap() + t.len());
                mention(&a, s, e, *l)
            })
            .collect();
        repeated_runs(&a, given).into_iter().map(|m| (m.text, m.label)).collect()
    }

    #[test]
    fn repeated_untagged_runs_are_names() {
        use EntityType::{Loc, Misc, Org, Person};
        let cases: &[(&str, Names, Names)] = &[
            // A feature written twice is MISC; once, nothing.
            (
                "The laptop drops the Halo Bar for keys. Without the Halo Bar, typing is easier.",
                &[],
                &[("Halo Bar", Misc), ("Halo Bar", Misc)],
            ),
            ("The laptop drops the Halo Bar for keys.", &[], &[]),
            // A nickname given to a person names a person (or a character).
            (
                "Vorn referred to Ana Ruiz as “Iron Gull” on Monday. Critics say Bo Lund is Iron Gull too.",
                &[("Vorn", Org), ("Ana Ruiz", Person), ("Bo Lund", Person)],
                &[("Vorn", Org), ("Ana Ruiz", Person), ("Iron Gull", Person), ("Bo Lund", Person), ("Iron Gull", Person)],
            ),
            // A place's head makes a place; cues around the mentions an organisation.
            ("He drove to Maple Hill on Monday. Police searched Maple Hill later.", &[], &[("Maple Hill", Loc), ("Maple Hill", Loc)]),
            (
                "Investors backed Quill Robotics, and analysts said Quill Robotics shares were cheap.",
                &[],
                &[("Quill Robotics", Org), ("Quill Robotics", Org)],
            ),
            // Not a run holding a tagged name, a title, a month; not one opening its sentence.
            (
                "Funds went to Evidence Action Beta. We met Evidence Action Beta staff.",
                &[("Evidence Action", Org)],
                &[("Evidence Action", Org)],
            ),
            ("She became Chief Strategy Officer in May. As Chief Strategy Officer, she cut costs.", &[], &[]),
            ("Halo Bar sales rose. Halo Bar sales fell.", &[], &[]),
        ];
        for (text, tagged, want) in cases {
            assert_eq!(names(text, tagged), owned(want), "{text}");
        }
    }

    #[test]
    fn titles_after_a_capitalised_the_inside_a_sentence_are_names() {
        use EntityType::{Misc, Org};
        let titled = |text: &str| -> Vec<(String, EntityType)> {
            let a = Analysis::new(text);
            titled_runs(&a, Vec::new()).into_iter().map(|m| (m.text, m.label)).collect()
        };
        let cases: &[(&str, Names)] = &[
            // A work, with its joiners; an outlet that acts or is spoken to.
            ("She reread The Lamp of the North, his first novel.", &[("Lamp of the North", Misc)]),
            ("The memo was seen by The Harbor Ledger on Friday.", &[("Harbor Ledger", Org)]),
            ("He told The Quill on Monday that he would run.", &[("Quill", Org)]),
            // Not opening its sentence, after a capitalised word, across a line, nor a title.
            ("The Lamp of the North sold well.", &[]),
            ("Buy All The Things you need.", &[]),
            ("She listened to The Quill Podcast\nListen now", &[("Quill Podcast", Misc)]),
            ("He met The President at noon.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(titled(text), owned(want), "{text}");
        }
    }
}
