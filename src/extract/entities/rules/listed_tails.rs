//! Tagged names the organisation lists continue: the tagger stops at the
//! words it knows ("Argus" of "told the Argus Leader Monday"), or reads a
//! listed name as a place and the word after it ("Boston" + "Globe"). Where the capitalised words right after a tagged
//! name complete a name the organisation lists hold as it is written
//! (case-sensitive, not a name the lists flag as a common word), the name
//! runs to its end and is that organisation (an airport: a place). Parties
//! are left out (their names are common political words: "the Democratic
//! Congress"), and so are tails of party or nationality words ("a California
//! Democrat").

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::{EntityType, Mention};
use super::super::orgs::{ACRONYM, AIRPORT, AMBIG_COMPANY, AMBIG_OTHER, OrgGazetteer, PARTY};
use super::{is_cap, mention};
use crate::lexicon::{DEMONYMS, PARTY_WORDS};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Words of party and nationality ("Democrat", "Republican", "Scottish"), lowercase: a tail of them
/// describes the tagged name ("a California Democrat"), whatever paper a list names so.
static DESCRIBING: LazyLock<HashSet<String>> = LazyLock::new(|| {
    PARTY_WORDS.rows().iter().map(|r| r[0].to_string()).chain(DEMONYMS.rows().iter().map(|r| r[0].to_lowercase())).collect()
});

/// Most words a listed name may run past the tagged one.
const MAX_TAIL: usize = 3;

/// Each tagged mention followed by capitalised words that complete a listed
/// organisation's name takes them, with the list's type; tagged names inside
/// the tail give way.
pub(super) fn listed_tails(a: &Analysis, mentions: Vec<Mention<Bytes>>, orgs: &OrgGazetteer) -> Vec<Mention<Bytes>> {
    // Names flagged as words, and parties: their names are made of common political words
    // ("the Democratic Congress" is a chamber, not Lesotho's party).
    let refused = (1 << AMBIG_COMPANY) | (1 << AMBIG_OTHER) | (1 << ACRONYM) | (1 << PARTY);
    let mut out: Vec<Mention<Bytes>> = Vec::with_capacity(mentions.len());
    let mut skip_to = 0;
    for m in mentions {
        if m.span.start < skip_to {
            continue; // inside the tail of the name before it
        }
        let r = a.token_range(m.span.start, m.span.end);
        let sent_end = a.sentences[a.sentence_of_token(r.start)].tokens.end;
        // Most names end before a lowercase word or punctuation: no look-up then.
        if r.end >= sent_end || !is_cap(a.tok(r.end)) {
            out.push(m);
            continue;
        }
        let toks: Vec<&str> = (r.start..sent_end.min(r.end + MAX_TAIL)).map(|k| a.tok(k)).collect();
        let own = r.len();
        // The longest tail of capitalised words, one space apart, that completes a listed name.
        let tail = (1..=toks.len() - own)
            .take_while(|&n| {
                let k = r.start + own + n - 1;
                is_cap(a.tok(k)) && a.one_space(k - 1) && !DESCRIBING.contains(a.low(k))
            })
            .filter_map(|n| {
                let mask = orgs.lookup(&toks[..own + n]);
                (mask != 0 && mask & refused == 0).then_some((n, mask))
            })
            .last();
        match tail {
            Some((n, mask)) => {
                let label = if mask == 1 << AIRPORT { EntityType::Loc } else { EntityType::Org };
                let grown = mention(a, r.start, r.end + n, label);
                skip_to = grown.span.end;
                out.push(grown);
            }
            None => out.push(m),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::cases::{knowledge, owned, tag, texts};
    use super::*;
    use EntityType::{Loc as L, Misc as M, Org as O, Person as P};

    #[test]
    fn a_tagged_name_takes_the_words_that_complete_a_listed_organisation() {
        // The cases' lists hold "Kestrel Dynamics" (a company), "Florence Wardens" (a club) and
        // "Orchard" (a company that is also a word).
        let (_, orgs) = knowledge();
        let cases: &[super::super::cases::TypingCase] = &[
            ("Ana Lee told Kestrel Monday.", &[("Ana Lee", P), ("Kestrel", M)], &[("Ana Lee", P), ("Kestrel", M)]),
            ("Ana Lee told Kestrel Dynamics on Monday.", &[("Ana Lee", P), ("Kestrel", M)], &[("Ana Lee", P), ("Kestrel Dynamics", O)]),
            // A tagged piece inside the tail gives way.
            ("Fans of Florence Wardens cheered.", &[("Florence", L), ("Wardens", P)], &[("Florence Wardens", O)]),
            // Only capitalised words one space apart: not across a line break or a lowercase word.
            ("It was Kestrel\nDynamics news.", &[("Kestrel", M)], &[("Kestrel", M)]),
            ("Ana Lee joined Kestrel dynamics teams.", &[("Ana Lee", P), ("Kestrel", O)], &[("Ana Lee", P), ("Kestrel", O)]),
        ];
        for &(text, tagged, want) in cases {
            let a = Analysis::new(text);
            assert_eq!(texts(&listed_tails(&a, tag(&a, tagged), &orgs)), owned(want), "{text}");
        }
    }

    #[test]
    fn parties_and_describing_words_are_no_tails() {
        use super::super::super::orgs::MEDIA;
        let lists =
            format!("P\tVellmoor Herald\t{}\nP\tVellmoor Democrat\t{}\nP\tDemocratic Congress\t{}\n", 1 << MEDIA, 1 << MEDIA, 1 << PARTY);
        let orgs = OrgGazetteer::from_text(&lists).unwrap();
        let cases: &[super::super::cases::TypingCase] = &[
            ("She told the Vellmoor Herald.", &[("Vellmoor", L)], &[("Vellmoor Herald", O)]),
            ("She is a Vellmoor Democrat.", &[("Vellmoor", L)], &[("Vellmoor", L)]),
            ("The Democratic Congress passed it.", &[("Democratic", M)], &[("Democratic", M)]),
        ];
        for &(text, tagged, want) in cases {
            let a = Analysis::new(text);
            assert_eq!(texts(&listed_tails(&a, tag(&a, tagged), &orgs)), owned(want), "{text}");
        }
    }
}
