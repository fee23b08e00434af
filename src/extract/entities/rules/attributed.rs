//! Names in quote attributions the tagger left out: "“…,” Irving said",
//! "“…,” said Irving." A capitalised word right after a quote's comma (or
//! question or exclamation mark) stands mid-sentence, so its capital is a
//! name's, and the subject or inverted object of a reporting verb there is
//! someone who speaks: a person, or an organisation the lists hold. So is a
//! name set off by a comma before a person's role and its organisation
//! ("Fan Mengguang, deputy director of the centre, told"). So is the author
//! named in an embedded post's attribution line ("— Dele (@dele_official)
//! November 5, 2019"), which the tagger, reading a line with no sentence
//! around it, often leaves out.

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::mention_at;
use super::super::super::{EntityType, Mention};
use super::super::features::{CaseDict, TokInfo};
use super::super::orgs::OrgGazetteer;
use super::super::with_added;
use super::{is_person_role_word, is_title_or_role, mention};
use crate::extract::social;
use crate::lexicon::{PRONOUNS, REPORTING_VERBS};

/// The longest run of capitalised words an attribution's name may have.
const MAX_WORDS: usize = 3;

fn closes_quote(t: &str) -> bool {
    matches!(t, "”" | "\"" | "’" | "»")
}

/// Is token `k` capitalised, untagged (`at`), and no title, role or pronoun: a word that may be a
/// name's?
fn untagged_name_word(a: &Analysis, at: &[Option<usize>], k: usize) -> bool {
    let low = a.low(k);
    a.tok(k).chars().next().is_some_and(char::is_uppercase)
        && at[k].is_none()
        && !is_title_or_role(low)
        && !PRONOUNS.rows().iter().any(|r| r[0] == low)
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
        untagged_name_word(a, &at, k)
            && t.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
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
        // "…,” X said" / "…” , X said" / "…?” X asked": the quote's punctuation, then the closing
        // mark (of one character or two: "…,’’ X said").
        let mark = if q >= 2 && closes_quote(a.tok(q)) && closes_quote(a.tok(q - 1)) { q - 1 } else { q };
        let open_clause =
            (closes_quote(a.tok(mark)) && matches!(a.tok(mark - 1), "," | "?" | "!")) || (a.tok(q) == "," && closes_quote(a.tok(q - 1)));
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

/// Add the untagged author of each embedded post's attribution line (`social::attribution`:
/// "— Dele (@dele_official) November 5, 2019") as a PERSON mention, ORG when the organisation
/// lists hold the name. The name is every word of the line's author past its titles ("Governor"),
/// each capitalised and made of letters; an author the tagger found keeps its mention and type.
pub(super) fn post_authors(a: &Analysis, mentions: Vec<Mention<Bytes>>, orgs: &OrgGazetteer) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let mut added = Vec::new();
    for line in &a.lines {
        let Some(attr) = social::attribution(a.text, (line.start, line.end)) else { continue };
        let toks = a.token_range(attr.name.start, attr.name.end);
        let Some(s) = toks.clone().find(|&k| !is_title_or_role(a.low(k))) else { continue };
        let e = toks.end;
        let name_word = |k: usize| {
            let t = a.tok(k);
            t.chars().next().is_some_and(char::is_uppercase) && t.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        };
        if (toks.start..e).any(|k| at[k].is_some()) || !(s..e).all(name_word) {
            continue;
        }
        let words: Vec<&str> = (s..e).map(|k| a.tok(k)).collect();
        let label = if orgs.lookup(&words) != 0 { EntityType::Org } else { EntityType::Person };
        added.push(mention(a, s, e, label));
    }
    with_added(mentions, added)
}

/// Add untagged names set off by a comma before a person's role and its organisation or place as
/// PERSON mentions: "Fan Mengguang, deputy director of the centre, told", "Vivit Chatuparisut, the
/// deputy director general of the department". The name is two or three capitalised words opening
/// the sentence or after a comma, none a title, role or pronoun, and every word after the first no
/// common word in running text (`case`; the first may be one: "Fan"); then a comma, an optional
/// article, up to three lowercase words, the role ("chief executive"), and "of", "at", "for" or "with".
pub(super) fn role_appositions(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let n = a.tokens.len();
    let word = |k: usize| {
        let t = a.tok(k);
        untagged_name_word(a, &at, k) && t.chars().count() >= 2 && t.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let lower = |k: usize| a.tok(k).chars().all(|c| c.is_lowercase() || c == '-');
    let mut added = Vec::new();
    for (si, sent) in a.sentences.iter().enumerate() {
        if a.is_title_case(si) {
            continue;
        }
        for s in sent.tokens.clone() {
            // Opening the sentence, after a comma, or after a quotation's closing comma and mark ("…,’’ Fan Qorlin, deputy director").
            if (s > 0 && at[s - 1].is_some()) || !word(s) {
                continue;
            }
            let mut c = s;
            while c > sent.tokens.start && closes_quote(a.tok(c - 1)) {
                c -= 1;
            }
            let opens = s == sent.tokens.start || a.tok(s - 1) == "," || (c < s && c > sent.tokens.start && a.tok(c - 1) == ",");
            if !opens {
                continue;
            }
            let mut e = s + 1;
            while e < sent.tokens.end && e < s + MAX_WORDS && word(e) && !case.mostly_lowercase(a.tok(e)) {
                e += 1;
            }
            if e - s < 2 || e + 1 >= n || a.tok(e) != "," {
                continue;
            }
            let mut j = e + 1;
            if matches!(a.low(j), "a" | "an" | "the") {
                j += 1;
            }
            let first = j;
            while j < n && j < first + 3 && lower(j) && !is_person_role_word(a.tok(j)) {
                j += 1;
            }
            // The role, of one word or more ("chief executive").
            let roles = j;
            while j < n && j < roles + 3 && is_person_role_word(a.tok(j)) {
                j += 1;
            }
            if j > roles && j < n && matches!(a.tok(j), "of" | "at" | "for" | "with") {
                added.push(mention(a, s, e, EntityType::Person));
            }
        }
    }
    with_added(mentions, added)
}

#[cfg(test)]
mod tests {
    use super::super::cases::{TypingCase, common, knowledge, owned, tag, texts};
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
            ("“We were late,’’ Irving said.", &[], &[("Irving", Person)]),
            ("“We were late,” said Irving and left.", &[], &[]),
        ];
        for (text, tagged, want) in cases {
            let a = Analysis::new(text);
            let got = texts(&attributed_names(&a, tag(&a, tagged), &case, &orgs));
            assert_eq!(got, owned(want), "{text}");
        }
    }

    #[test]
    fn post_authors_are_names() {
        let (_, orgs) = knowledge();
        let cases: &[TypingCase] = &[
            ("Great game tonight.\n— Tobenna (@tobenna_k) March 2, 2024", &[], &[("Tobenna", Person)]),
            ("Vote early.\n— Governor Ama Quist (@govquist) May 1, 2023", &[], &[("Ama Quist", Person)]),
            ("Launch window opens.\n— Quillon (@quillon) June 3, 2022", &[], &[("Quillon", Org)]),
            ("New post up.\nA post shared by Tobenna on 3 May 2021 at 10:05am PDT", &[], &[("Tobenna", Person)]),
            // A tagged author keeps its type; a line without a handle or date is no attribution.
            ("Great game.\n— Tobenna (@tobenna_k) March 2, 2024", &[("Tobenna", Org)], &[("Tobenna", Org)]),
            ("Great game.\n— Tobenna", &[], &[]),
            ("Great game.\n— the team (@tobenna_k) March 2, 2024", &[], &[]),
        ];
        for (text, tagged, want) in cases {
            let a = Analysis::new(text);
            let got = texts(&post_authors(&a, tag(&a, tagged), &orgs));
            assert_eq!(got, owned(want), "{text}");
        }
    }

    #[test]
    fn names_before_a_persons_role_of_an_organisation_are_people() {
        // "fan" and "officials" are common words in running text.
        let case = common(&["fan", "officials"]);
        let cases: &[TypingCase] = &[
            ("Fan Qorlin, deputy director of the centre, said so.", &[], &[("Fan Qorlin", Person)]),
            ("Cases rose, Tavi Orrano, the chief executive at the firm, said.", &[], &[("Tavi Orrano", Person)]),
            ("“Cases rose,’’ Tavi Orrano, chief executive of the firm, told reporters.", &[], &[("Tavi Orrano", Person)]),
            // No role with its organisation, one word, a common word after the first, a tagged name.
            ("Fan Qorlin, a keen baker, said so.", &[], &[]),
            ("Qorlin, deputy director of the centre, said so.", &[], &[]),
            ("City Officials, deputy director of the centre, said so.", &[], &[]),
            ("Fan Qorlin, deputy director of the centre, said so.", &[("Qorlin", Loc)], &[("Qorlin", Loc)]),
        ];
        for (text, tagged, want) in cases {
            let a = Analysis::new(text);
            let got = texts(&role_appositions(&a, tag(&a, tagged), &case));
            assert_eq!(got, owned(want), "{text}");
        }
    }
}
