//! Lists of names: names in one sentence joined by commas, "and" or "or"
//! ("Uber, Lyft, Postmates and DoorDash") are of one kind. A list's
//! capitalised words the tagger left out are names of the kind its tagged
//! names share ([`untagged_members`]); document typing gives a weak name the
//! kind of the lists it stands in (`typing.rs`).

use super::super::super::analysis::{Analysis, Bytes, is_possessive};
use super::super::super::mention_at;
use super::super::super::{EntityType, Mention};
use super::super::features::CaseDict;
use super::super::with_added;
use super::misc::calendar_word;
use super::{is_person_role_word, mention};
use crate::lexicon::{NAME_TITLES, TITLE_WORDS};

/// Fewest members of a list.
pub(super) const LIST_MEMBERS: usize = 3;

/// How the tokens `k..end` between two members of a list join them: `Some(true)` by a
/// conjunction ("and", "or", ", and"), `Some(false)` by a comma, `None` when they are no list
/// joint. A possessive may close the first member ("Macy's, Kellogg's").
pub(super) fn joint(a: &Analysis, mut k: usize, end: usize) -> Option<bool> {
    if end <= k {
        return None;
    }
    if is_possessive(a.tok(k)) {
        k += 1;
    }
    match &(k..end).map(|j| a.low(j)).collect::<Vec<_>>()[..] {
        [","] => Some(false),
        ["and" | "or"] | [",", "and" | "or"] => Some(true),
        _ => None,
    }
}

/// Runs of items (token ranges, in order, of one sentence) that make lists of [`LIST_MEMBERS`] or
/// more: each item joined to the next by [`joint`], the list ending at its conjunction's item
/// ("France, Belgium and Norway, Ascom's ..." ends at "Norway") unless another conjunction
/// follows ("Uber or Lyft or Postmates").
pub(super) fn lists(a: &Analysis, items: &[std::ops::Range<usize>]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut closed) = (0, false);
    for i in 1..=items.len() {
        // After a conjunction only another conjunction goes on ("Uber or Lyft or Postmates").
        let join = if i < items.len() { joint(a, items[i - 1].end, items[i].start).filter(|&and| and || !closed) } else { None };
        closed = join == Some(true);
        if join.is_none() {
            if i - start >= LIST_MEMBERS {
                out.push(start..i);
            }
            start = i;
        }
    }
    out
}

/// A list's capitalised words the tagger left out, each one token inside a sentence of running
/// text, are names of the type its tagged names share, when they are two or more and not people
/// ("Enter Lugg, Instacart, DoorDash and GrubHub" beside tagged "DoorDash" and "GrubHub"). Not a
/// word that running text writes in lowercase (`CaseDict` buckets 1 and 2: "Meat, Fish and
/// Eggs"), a weekday or month, a title or a role, nor the sentence's first word.
pub(super) fn untagged_members(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let candidate = |k: usize| {
        let t = a.tok(k);
        let low = a.low(k);
        at[k].is_none()
            && t.starts_with(char::is_uppercase)
            && t.chars().all(|c| c.is_alphanumeric() || c == '-')
            && t.chars().any(char::is_lowercase)
            && !case.mostly_lowercase(t)
            && !calendar_word(low)
            && !NAME_TITLES.contains(low)
            && !TITLE_WORDS.contains(low)
            && !is_person_role_word(low)
    };
    let mut added = Vec::new();
    for (si, sent) in a.sentences.iter().enumerate() {
        if a.is_title_case(si) {
            continue;
        }
        // Items: the sentence's mentions and its candidate words standing alone.
        let mut items: Vec<(std::ops::Range<usize>, Option<usize>)> = Vec::new();
        let mut k = sent.tokens.start;
        while k < sent.tokens.end {
            if let Some(m) = at[k] {
                let r = a.token_range(mentions[m].span.start, mentions[m].span.end);
                k = r.end.max(k + 1);
                items.push((r, Some(m)));
            } else {
                // Alone: no capitalised word or hyphen beside it ("Wi-Fi" is no list of "Wi" and "Fi").
                let apart = |j: usize| j >= sent.tokens.end || !(a.tok(j).starts_with(char::is_uppercase) || a.tok(j) == "-");
                if k > sent.tokens.start && candidate(k) && apart(k + 1) && apart(k - 1) {
                    items.push((k..k + 1, None));
                }
                k += 1;
            }
        }
        let ranges: Vec<std::ops::Range<usize>> = items.iter().map(|(r, _)| r.clone()).collect();
        for list in lists(a, &ranges) {
            let labels: Vec<EntityType> = items[list.clone()].iter().filter_map(|(_, m)| m.map(|m| mentions[m].label)).collect();
            let Some(&label) = labels.first() else { continue };
            if labels.len() < 2 || label == EntityType::Person || labels.iter().any(|l| *l != label) {
                continue;
            }
            for (r, _) in items[list].iter().filter(|(_, m)| m.is_none()) {
                added.push(mention(a, r.start, r.end, label));
            }
        }
    }
    with_added(mentions, added)
}

#[cfg(test)]
mod tests {
    use super::super::super::super::analysis::Analysis;
    use super::super::cases::{TypingCase, common, owned, tag, texts};
    use super::*;
    use EntityType::{Loc, Org, Person};

    #[test]
    fn untagged_words_of_a_list_take_its_type() {
        let case = common(&["fish"]);
        let cases: &[TypingCase] = &[
            (
                "Drivers work for Uber, Lyft, Postmates and Brevix.",
                &[("Uber", Org), ("Lyft", Org)],
                &[("Uber", Org), ("Lyft", Org), ("Postmates", Org), ("Brevix", Org)],
            ),
            (
                "Drivers work for Uber or Lyft or Postmates.",
                &[("Uber", Org), ("Lyft", Org)],
                &[("Uber", Org), ("Lyft", Org), ("Postmates", Org)],
            ),
            ("He toured Paris, Vosk and London.", &[("Paris", Loc), ("London", Loc)], &[("Paris", Loc), ("Vosk", Loc), ("London", Loc)]),
            // Not a word running text writes in lowercase, nor a list of people, of two kinds or of
            // one tagged name, nor past the list's conjunction, nor a piece of a hyphenated word.
            ("Stock in Quillon, Vosk and Fish fell.", &[("Quillon", Org), ("Vosk", Org)], &[("Quillon", Org), ("Vosk", Org)]),
            (
                "Ana Lee, Tom Reyes and Brevik spoke.",
                &[("Ana Lee", Person), ("Tom Reyes", Person)],
                &[("Ana Lee", Person), ("Tom Reyes", Person)],
            ),
            ("It sold Quillon, Paris and Brevix.", &[("Quillon", Org), ("Paris", Loc)], &[("Quillon", Org), ("Paris", Loc)]),
            ("It sold Quillon, Brevix and Tarsun.", &[("Quillon", Org)], &[("Quillon", Org)]),
            ("It sold Quillon and Vosk, Brevix said.", &[("Quillon", Org), ("Vosk", Org)], &[("Quillon", Org), ("Vosk", Org)]),
            ("Use Wi-Fi, Quillon or Vosk.", &[("Quillon", Org), ("Vosk", Org)], &[("Quillon", Org), ("Vosk", Org)]),
        ];
        for (text, tagged, want) in cases {
            let a = Analysis::new(text);
            let got = texts(&untagged_members(&a, tag(&a, tagged), &case));
            assert_eq!(got, owned(want), "{text}");
        }
    }

    #[test]
    fn lists_end_at_their_conjunction_unless_another_follows() {
        let a = Analysis::new("France, Belgium and Norway, Ascom and Uber or Lyft or Postmates.");
        let items: Vec<std::ops::Range<usize>> = ["France", "Belgium", "Norway", "Ascom", "Uber", "Lyft", "Postmates"]
            .iter()
            .map(|w| {
                let k = (0..a.tokens.len()).find(|&k| a.tok(k) == *w).unwrap();
                k..k + 1
            })
            .collect();
        // France..Norway; Ascom joins Uber by "and", then "or" goes on.
        assert_eq!(lists(&a, &items), vec![0..3, 3..7]);
    }
}
