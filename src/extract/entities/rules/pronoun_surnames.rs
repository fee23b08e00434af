//! Surnames written like a pronoun: Chinese "He" (`pronoun_surnames.txt`).
//! The tagger reads "He" as the pronoun and at most tags the given name after
//! it ("He Lifeng" as "Lifeng", or nothing), so the speaker of "He Lifeng said"
//! is lost. A pronoun cannot stand right before a capitalised word that is no
//! common word ("He Lifeng"; "He Said" of a heading and "He Also" are common
//! words), so there the two words are a person's name, with one more such
//! word after them ("He Jian Xiong") and hyphenated parts ("He Li-feng").

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::{EntityType, Mention};
use super::super::features::CaseDict;
use super::{is_cap, replace_spans, written_lowercase};
use crate::lexicon::PRONOUN_SURNAMES;

/// Is `t` a word of a name: capitalised, in letters (a hyphen allowed: "Li-feng"), with lowercase
/// after its first letter, and not a word running text writes in lowercase?
fn name_word(t: &str, case: &CaseDict) -> bool {
    is_cap(t)
        && t.chars().all(|c| c.is_alphabetic() || c == '-')
        && t.chars().skip(1).any(char::is_lowercase)
        && !written_lowercase(case, t)
}

/// "He Lifeng": a pronoun surname and the name words after it
/// (up to two) are one PERSON mention, in place of tagged pieces of it. Not
/// in a Title-Case heading, where capitals say nothing.
pub(super) fn pronoun_surnames(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    // The end of a name word at `k`, past a hyphenated part glued to it ("Li-feng").
    let word_end = |k: usize| {
        let hyphenated = a.adjacent(k + 1) && a.tok(k + 1) == "-" && a.tok(k + 2).chars().all(char::is_alphabetic);
        if hyphenated { k + 3 } else { k + 1 }
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < a.tokens.len() {
        // A capitalised word first, before the look-up: this runs at every token.
        let t = a.tok(i);
        if is_cap(t)
            && PRONOUN_SURNAMES.contains(t)
            && !a.is_title_case(a.sentence_of_token(i))
            && a.one_space(i)
            && name_word(a.tok(i + 1), case)
        {
            let mut e = word_end(i + 1);
            if a.one_space(e - 1) && name_word(a.tok(e), case) {
                e = word_end(e);
            }
            found.push((i, e));
            i = e;
        } else {
            i += 1;
        }
    }
    replace_spans(a, mentions, &found, EntityType::Person)
}

#[cfg(test)]
mod tests {
    use super::super::super::features::TokInfo;
    use super::super::cases::{owned, tag, texts};
    use super::*;
    use EntityType::{Loc as L, Org as O, Person as P};

    #[test]
    fn a_pronoun_surname_before_a_name_word_opens_a_persons_name() {
        // Words running text writes in lowercase.
        let mut case = CaseDict::default();
        for w in ["said", "also", "will"] {
            case.map.insert(TokInfo::new(w, 0, 0).lower, 1);
        }
        let cases: &[super::super::cases::TypingCase] = &[
            ("Talks resumed. He Lifeng said the sides made progress.", &[("Lifeng", O)], &[("He Lifeng", P)]),
            ("“We made progress,” He Jianxiong, a former official, said.", &[], &[("He Jianxiong", P)]),
            ("Vice Premier He Li-feng met them in Beijing.", &[("Beijing", L)], &[("He Li-feng", P), ("Beijing", L)]),
            // Only the listed surnames: "You" is not one (titles: "It Keeps You Runnin'").
            ("It Keeps You Runnin was a hit.", &[], &[]),
            // The pronoun: before a verb, a common word, a comma or a lowercase word.
            ("He said the sides made progress.", &[], &[]),
            ("He Also voted no, and He will again.", &[], &[]),
            ("He, Tom Reyes, spoke.", &[("Tom Reyes", P)], &[("Tom Reyes", P)]),
            // A heading in Title Case says nothing.
            ("He Wins Big In Beijing Vote", &[("Beijing", L)], &[("Beijing", L)]),
        ];
        for &(text, tagged, want) in cases {
            let a = Analysis::new(text);
            assert_eq!(texts(&pronoun_surnames(&a, tag(&a, tagged), &case)), owned(want), "{text}");
        }
    }
}
