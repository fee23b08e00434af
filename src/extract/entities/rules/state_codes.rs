//! US state codes after a city: "Mansfield, MA", "Irving, TX", "Uncasville,
//! CT @ Mohegan Sun Arena". Listings, addresses, tour dates and web news write
//! a place this way; the tagger, trained on AP-style newswire ("Mass.",
//! "Texas"), misses the code and often the city, or takes a city that is also
//! a surname or a club for a person or an organisation. The code and the
//! capitalised name before its comma are both places (`state_codes.tsv`). A
//! state's full name or AP abbreviation after a comma is place evidence for
//! the name before it ([`before_state_name`]).

use super::super::super::analysis::{Analysis, Bytes, is_possessive};
use super::super::super::{EntityType, Mention};
use super::super::features::CaseDict;
use super::super::gazetteer::{Gazetteer, STATE};
use super::bounds::opens_sentence;
use super::typing::whole_match;
use super::{is_cap, is_given_name, replace_spans, written_lowercase};
use crate::lexicon::STATE_CODES;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// State code -> whether it is also a degree written after a person's name ("MD").
static CODES: LazyLock<HashMap<&'static str, bool>> =
    LazyLock::new(|| STATE_CODES.rows().iter().map(|r| (r[0], r.get(2) == Some(&"yes"))).collect());

/// Longest city name the rule reads before a code ("Salt Lake City", "West Palm Beach").
const MAX_CITY_WORDS: usize = 3;

/// A word of a city's name: capitalised and written in letters, with lowercase
/// after its first ("Irving", "St."; not "IRVING" of a heading in capitals).
fn city_word(t: &str) -> bool {
    is_cap(t) && t.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')) && t.chars().skip(1).any(char::is_lowercase)
}

/// If token `i` is a state code after "City, ", the tokens of the city's name.
/// The code stands alone: no capitalised word follows it on its line ("Smith,
/// IN Washington" is no address), and a code that is also a degree does not
/// follow a name led by a census first name ("Jane Doe, MD"). A first word
/// that opens its sentence and is lowercase in running text is no part of
/// the name ("Visit Boston, MA").
pub(super) fn city_before_code(a: &Analysis, i: usize, gaz: &Gazetteer, case: &CaseDict) -> Option<Range<usize>> {
    let code = a.tok(i);
    // Two capitals, checked before the look-up: this runs at every token.
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let degree = *CODES.get(code)?;
    if i < 2 || a.tok(i - 1) != "," || a.adjacent(i - 1) {
        return None;
    }
    if !a.line_break_after(i) && is_cap(a.tok(i + 1)) && a.tok(i + 1).chars().any(char::is_alphabetic) {
        return None;
    }
    let end = i - 1;
    // Back over the city's words, not past the start of its line.
    let opens_line = |k: usize| k == 0 || a.line_break_after(k - 1);
    let mut start = end;
    while start > 0 && end - start < MAX_CITY_WORDS && city_word(a.tok(start - 1)) {
        start -= 1;
        if opens_line(start) {
            break;
        }
    }
    if end - start > 1 && opens_sentence(a, start) && written_lowercase(case, a.tok(start)) {
        start += 1;
    }
    if start == end || degree && is_given_name(gaz, a.tok(start)) {
        return None;
    }
    Some(start..end)
}

/// Every "City, ST" pair is two places: the code a LOC mention, and the city
/// one too (the tagger's mention ending at the comma retyped, or a mention
/// added over the capitalised words before it).
pub(super) fn city_state_pairs(a: &Analysis, mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let mut found = Vec::new();
    for i in 0..a.tokens.len() {
        let Some(city) = city_before_code(a, i, gaz, case) else { continue };
        let city_end = a.tokens[city.end - 1].end;
        // The tagger's own span ending at the comma keeps its bounds ("St. Louis", "New York"
        // opening a sentence), on the code's line.
        let tagged = mentions.iter().find(|m| m.span.end == city_end && !a.text[m.span.start..city_end].contains('\n'));
        let first = tagged.map_or(city.start, |m| a.tok_at(m.span.start));
        found.push((first, city.end));
        found.push((i, i + 1));
    }
    replace_spans(a, mentions, &found, EntityType::Loc)
}

/// Place evidence for document typing: the name over tokens `s..e` is a city
/// before a state code, or is itself the code.
pub(super) fn in_city_state_pair(a: &Analysis, s: usize, e: usize, gaz: &Gazetteer, case: &CaseDict) -> bool {
    let city = e + 1 < a.tokens.len() && city_before_code(a, e + 1, gaz, case).is_some_and(|c| c.end == e);
    city || e == s + 1 && city_before_code(a, s, gaz, case).is_some()
}

/// Most tokens of a state's name or AP abbreviation ("North Carolina", "N.C.").
const STATE_TOKENS: usize = 3;

/// Does a comma and a US state's name or AP abbreviation follow token `e`, and then no capitalised
/// word or possessive ("Redmond, Washington-based", "Marion, Ohio, where", "in Dekalb, Ill.")? The
/// name before it is a city. Not "Washington, Texas Rangers" nor "Kemp, Georgia's governor"; the
/// caller skips initials ("(D., N.Y.)": a party's).
pub(super) fn before_state_name(a: &Analysis, e: usize, gaz: &Gazetteer) -> bool {
    if e + 1 >= a.tokens.len() || a.tok(e) != "," {
        return false;
    }
    let n = a.tokens.len();
    let sentence_end = a.sentences[a.sentence_of_token(e)].tokens.end;
    (1..=STATE_TOKENS).filter(|&len| e + 1 + len <= sentence_end.min(n)).any(|len| {
        let end = e + 1 + len;
        let words: Vec<&str> = (e + 1..end).map(|k| a.tok(k)).collect();
        let free = end == sentence_end || !is_cap(a.tok(end)) && !is_possessive(a.tok(end)) || a.line_break_after(end - 1);
        is_cap(words[0]) && free && whole_match(gaz, &words, STATE)
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::features::TokInfo;
    use super::*;

    /// The (text, type) of every mention the rule leaves, given the tagger's.
    fn run(text: &str, tagged: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let a = Analysis::new(text);
        let (gaz, _) = super::super::cases::knowledge();
        let mentions = super::super::cases::tag(&a, tagged);
        // Words running text writes in lowercase.
        let mut case = CaseDict::default();
        for w in ["new", "visit"] {
            case.map.insert(TokInfo::new(w, 0, 0).lower, 1);
        }
        super::super::cases::texts(&city_state_pairs(&a, mentions, &gaz, &case))
    }

    #[test]
    fn a_city_before_a_state_code_and_the_code_are_places() {
        use EntityType::{Loc as L, Org as O, Person as P};
        let cases: &[super::super::cases::TypingCase] = &[
            // The tagger's organisation and person become places, and the codes are added.
            (
                "July 3 – Mansfield, MA @ Xfinity Center",
                &[("Mansfield", O), ("Xfinity Center", L)],
                &[("Mansfield", L), ("MA", L), ("Xfinity Center", L)],
            ),
            ("The band plays Hartford, CT on Friday.", &[("Hartford", P)], &[("Hartford", L), ("CT", L)]),
            // An untagged city is added, up to three words.
            ("Doors open at 7 in West Palm Beach, FL, the first stop.", &[], &[("West Palm Beach", L), ("FL", L)]),
            // The tagger's span is kept when it ends at the comma.
            ("It opens in St. Louis, MO next week.", &[("St. Louis", L)], &[("St. Louis", L), ("MO", L)]),
            ("New York, NY 10001", &[("New York", L)], &[("New York", L), ("NY", L)]),
            // A sentence's first word that is lowercase in running text is no part of an untagged city.
            ("Visit Boston, MA today.", &[], &[("Boston", L), ("MA", L)]),
            // A code that is also a degree does not follow a person's name.
            ("Maria Lopez, MD, treated him.", &[("Maria Lopez", P)], &[("Maria Lopez", P)]),
            ("The clinic is in Bethesda, MD now.", &[], &[("Bethesda", L), ("MD", L)]),
            // A capitalised word after the code on its line: no address.
            ("Dear Tom Reyes, IN Washington today", &[("Tom Reyes", P), ("Washington", L)], &[("Tom Reyes", P), ("Washington", L)]),
            // Words in capitals are a heading, not a city.
            ("RESULTS, OH dear", &[], &[]),
        ];
        for &(text, tagged, want) in cases {
            assert_eq!(run(text, tagged), super::super::cases::owned(want), "{text}");
        }
    }

    #[test]
    fn a_listing_line_in_title_case_keeps_its_city_and_code() {
        // The headline step gives a Title-Case line only the names the rest of the document uses;
        // the city and code come back after it.
        let text = "Tour dates were announced on Monday.\n\nJuly 22 – Cuyahoga Falls, OH @ Blossom Music Center\n";
        let a = Analysis::new(text);
        let (gaz, _) = super::super::cases::knowledge();
        let mut case = CaseDict::default();
        for w in ["music", "center", "falls"] {
            case.map.insert(TokInfo::new(w, 0, 0).lower, 1);
        }
        let got = super::super::refine(&a, super::super::cases::tag(&a, &[]), &case, &gaz);
        let want = [("Cuyahoga Falls", EntityType::Loc), ("OH", EntityType::Loc)];
        assert_eq!(super::super::cases::texts(&got), super::super::cases::owned(&want));
    }
}
