//! Names in quote attributions the tagger left out: "“…,” Irving said",
//! "“…,” said Irving." A capitalised word right after a quote's comma (or
//! question or exclamation mark) stands mid-sentence, so its capital is a
//! name's, and the subject or inverted object of a reporting verb there is
//! someone who speaks: a person, or an organisation the lists hold.

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::mention_at;
use super::super::super::{EntityType, Mention};
use super::super::features::{CaseDict, TokInfo};
use super::super::orgs::OrgGazetteer;
use super::super::with_added;
use super::{is_person_role_word, mention};
use crate::lexicon::{NAME_TITLES, PRONOUNS, REPORTING_VERBS, TITLE_WORDS};

/// The longest run of capitalised words an attribution's name may have.
const MAX_WORDS: usize = 3;

fn closes_quote(t: &str) -> bool {
    matches!(t, "”" | "\"" | "’" | "»")
}

/// Add the untagged names of "“…,” X said" and "“…,” said X." as PERSON
/// mentions (ORG when the organisation lists hold the name). The run is one to
/// three capitalised words, none a title, role or pronoun, none written mostly
/// in lowercase in running text (`case`).
pub(super) fn attributed_names(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict, orgs: &OrgGazetteer) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let n = a.tokens.len();
    let name_word = |k: usize| {
        let t = a.tok(k);
        let low = a.low(k);
        t.chars().next().is_some_and(char::is_uppercase)
            && t.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            && at[k].is_none()
            && !NAME_TITLES.contains(low)
            && !TITLE_WORDS.contains(low)
            && !is_person_role_word(low)
            && !PRONOUNS.rows().iter().any(|r| r[0] == low)
            && case.get(TokInfo::new(t, 0, 0).lower) != 1
    };
    let verb = |k: usize| k < n && REPORTING_VERBS.contains(a.tok(k));
    let run_from = |s: usize| {
        let mut e = s;
        while e < n && e < s + MAX_WORDS && name_word(e) {
            e += 1;
        }
        e
    };
    let mut added = Vec::new();
    for q in 1..n {
        // "…,” X said" / "…” , X said" / "…?” X asked": the quote's punctuation, then the closing mark.
        let open_clause =
            (closes_quote(a.tok(q)) && matches!(a.tok(q - 1), "," | "?" | "!")) || (a.tok(q) == "," && closes_quote(a.tok(q - 1)));
        let k = q + 1;
        if !open_clause || k >= n || a.tok(k) == "," {
            continue;
        }
        // Subject then verb: "Irving said".
        let e = run_from(k);
        let (s, e) = if e > k && verb(e) {
            (k, e)
        } else if verb(k) {
            // Inverted: "said Irving." / "said Irving, a farmer".
            let e = run_from(k + 1);
            let ends = e < n && matches!(a.tok(e), "." | "," | ";" | "!" | "?");
            if e > k + 1 && ends { (k + 1, e) } else { continue }
        } else {
            continue;
        };
        let toks: Vec<&str> = (s..e).map(|j| a.tok(j)).collect();
        let label = if orgs.lookup(&toks) != 0 { EntityType::Org } else { EntityType::Person };
        added.push(mention(a, s, e, label));
    }
    with_added(mentions, added)
}

#[cfg(test)]
mod tests {
    use super::super::cases::{TypingCase, knowledge, owned, tag, texts};
    use super::*;
    use EntityType::{Loc, Org, Person};

    #[test]
    fn names_in_attributions_are_speakers() {
        let (_, orgs) = knowledge();
        let case = CaseDict::default();
        let cases: &[TypingCase] = &[
            // Untagged subject or inverted object of a reporting verb after a quote's comma.
            ("“We were late,” Irving said.", &[], &[("Irving", Person)]),
            ("“We were late,” said Tomas Irving, a baker.", &[], &[("Tomas Irving", Person)]),
            ("“Why now?” Irving asked.", &[], &[("Irving", Person)]),
            ("“We will appeal,” Quillon said in a statement.", &[], &[("Quillon", Org)]),
            // Tagged names stay as they are; titles, pronouns and sentence-initial words are not names.
            ("“We were late,” Irving said.", &[("Irving", Loc)], &[("Irving", Loc)]),
            ("“We were late,” He said.", &[], &[]),
            ("“We were late,” Senator said.", &[], &[]),
            ("“We were late.” Officials said the bus broke down.", &[], &[]),
            ("“We were late,” Irving warned the court.", &[], &[("Irving", Person)]),
            ("“We were late,” said Irving and left.", &[], &[]),
        ];
        for (text, tagged, want) in cases {
            let a = Analysis::new(text);
            let got = texts(&attributed_names(&a, tag(&a, tagged), &case, &orgs));
            assert_eq!(got, owned(want), "{text}");
        }
    }
}
