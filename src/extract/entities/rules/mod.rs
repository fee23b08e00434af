//! Rules applied to the tagger's mentions where news text departs from the
//! CoNLL training data:
//!
//! - **Headlines.** In a Title-Case sentence capital letters say nothing, so
//!   the tagger's spans there are unreliable ("Donald Trump Advises Boeing").
//!   A Title-Case sentence whose longer words are all capitalised, two or
//!   more of them words that are lowercase in running text ("Gives",
//!   "Support"), gets exactly the names the rest of the document uses
//!   (longest match first, case-insensitive), with their types
//!   (`headlines.rs`).
//! - **Products and models** are one MISC span (spec §7): a name or a
//!   capitalised word followed by a model number, with an optional variant
//!   word ("Boeing 737 MAX", "Airbus A350-900", "787-9 Dreamliner",
//!   "Max 737", "Falcon 9"), model codes on their own ("A380", "777X"), and a
//!   bare model number the document already used in a product name
//!   (`products.rs`).
//! - **Common-noun acronyms** ("AI", "IPO", "CEO") are not names.
//! - **Shapes that say organisation.** A camel-case word ("WeWork", "OpenAI",
//!   "xAI", "ActBlue", "VMware", "JPMorgan") is an organisation, tagged or not, unless it reads as a
//!   surname ("McDonald", "DeSantis"), an i-product ("iPhone") or a short
//!   unit after a number ("38 dBA"); a name
//!   ending in "Group", "Bank", "Council"... is one too, and so is a union
//!   local ("SEIU Local 1"); one ending in a place head ("Statehouse",
//!   "Airport") is a place, also where the tagger called it a person. A word in capitals
//!   that is lowercase in running text, or too long for an acronym, is
//!   emphasis, not a name ("REBRAND").
//! - **Cues in the text.** A role word after a one-word name ("Acme CEO")
//!   makes it an organisation, "administration" after a census surname a
//!   person; a name ending in an event word ("Air Show", "Olympics") is MISC; a
//!   hyphenated compound of common words ("Hold-Up", "Top-10") is no name.
//! - **Whole place names.** A country, state or large city of several words
//!   ("Democratic Republic of the Congo") that the tagger cut into pieces is
//!   one LOC span; a city before a US state code and the code are places
//!   ("Irving, TX"; `state_codes.rs`).
//! - **Nationalities, religions, works and known products** are MISC, added
//!   where the tagger left them out (`misc.rs`).
//! - **One person, one type.** A census first or last name that the tagger
//!   calls a person in at least a fifth of its mentions in the document is a
//!   person in all of them ("Trump-backed", "Trump’s" as well as "Trump said").
//! - **One name, every repeat.** An untagged repeat of a name the document
//!   tags elsewhere is a mention too (`propagate.rs`), and a run of
//!   capitalised words no rule found that the document writes twice is a
//!   name, and so is one after a capitalised "The" inside a sentence
//!   (`unfound.rs`: "the Touch Bar", "seen by The Real Deal").
//!
//! Every word list the rules use is read from the lexicon (`src/lexicon/`).

mod attributed;
mod bounds;
#[cfg(test)]
mod cases;
pub(super) mod clubs;
mod compounds;
mod headlines;
mod listed_tails;
mod lists;
mod misc;
#[cfg(test)]
mod misc_cases;
mod products;
mod pronoun_surnames;
mod propagate;
mod state_codes;
#[cfg(test)]
mod tests;
mod typing;
mod unfound;

use super::super::analysis::Analysis;
use super::super::analysis::{Bytes, Span};
use super::super::numbers::scale_word;
use super::super::{EntityType, Mention, mention_at};
use super::features::{CaseDict, TokInfo};
use super::gazetteer::{CITY_BIG, CITY_MID, CITY_SMALL, COUNTRY, FIRST_LOW, FIRST_TOP, Gazetteer, LAST_LOW, LAST_MID, LAST_TOP, STATE};
use super::orgs::OrgGazetteer;
use super::with_added;
use crate::lexicon::{
    AMOUNT_QUALIFIERS, CURRENCY_CODES, CURRENCY_NOUNS, CURRENCY_PREFIXES, CURRENCY_SIGN_LETTERS, DOLLAR_PREFIXES, INDUSTRY_SUFFIXES,
    KNOWN_PLACES, NAME_PREFIXES, NAME_TITLES, NOT_NAME_ACRONYMS, NUMBERED_ORG_WORDS, ORG_STAFF_ROLES, ORG_SUFFIXES, PARTY_GROUP_PLURALS,
    PARTY_WORDS, PERSON_NOUNS, PERSON_ROLES, PLACE_HEADS, PREPOSITIONS, SURNAME_PREFIXES, TITLE_WORDS, is_event_head,
};
pub(crate) use bounds::{name_initials, without_country_qualifier};
use headlines::headlines;
use products::products;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;
pub(crate) use typing::is_initialism_of;

/// A camel-case word that names an organisation ("WeWork", "xAI", "VMware",
/// "JPMorgan"), not a surname ("McDonald", "DeSantis"), an i-product ("iPhone")
/// or an abbreviation's plural ("CEOs").
pub(super) fn is_camel_org(t: &str) -> bool {
    let inner_cap = t.chars().zip(t.chars().skip(1)).any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    let chars: Vec<char> = t.chars().collect();
    // Capitals running into a lowercase word: "VMware", "JPMorgan"; not a headline's squeezed
    // nationality ("SAfrican").
    let caps = chars.iter().take_while(|c| c.is_uppercase()).count();
    let squeezed = || caps >= 2 && misc::is_group_word(&t[t.char_indices().nth(caps - 1).map_or(0, |(b, _)| b)..]);
    let caps_then_word = caps >= 2 && chars.get(caps).is_some_and(|c| c.is_lowercase()) && !squeezed();
    if !(inner_cap || caps_then_word) {
        return false;
    }
    let surname = SURNAME_PREFIXES.words().iter().any(|p| t.starts_with(p));
    let i_product = chars.len() > 1 && chars[0] == 'i' && chars[1].is_uppercase();
    let lower = chars.iter().filter(|c| c.is_lowercase()).count();
    // "xAI" is three letters; longer words need two lowercase letters ("sRGB" is no name).
    let shape = if chars.len() == 3 { chars[0].is_lowercase() && lower == 1 } else { lower >= 2 };
    chars.len() >= 3 && chars.iter().all(|c| c.is_alphabetic()) && shape && !surname && !i_product
}

/// Place heads (`place_heads.tsv`) -> whether a name ending in one is a place on its own.
static PLACE_HEAD: LazyLock<HashMap<&'static str, bool>> =
    LazyLock::new(|| PLACE_HEADS.rows().iter().map(|r| (r[0], r.get(1) == Some(&"yes"))).collect());

/// Is `w` (one word or two) a place head ("Airport", "Union Station")?
pub(super) fn is_place_head(w: &str) -> bool {
    PLACE_HEAD.contains_key(w)
}

/// Does a name title ("Ms.", "Dr", `name_titles.txt`) stand right before token `k`?
pub(super) fn title_before(a: &Analysis, k: usize) -> bool {
    k > 0 && NAME_TITLES.contains(a.low(k - 1).trim_end_matches('.'))
}

/// Is `w` an abbreviated word opening names (`name_prefixes.tsv`: "St.", "Mt.")? `Some(true)` when
/// the names it opens are places.
pub(super) fn name_prefix(w: &str) -> Option<bool> {
    NAME_PREFIXES.rows().iter().find(|r| r[0] == w).map(|r| r[2] == "yes")
}

/// Does a name ending in the place head `w` name a place on its own ("Statehouse", not "Park")?
fn place_on_its_own(w: &str) -> bool {
    PLACE_HEAD.get(w).copied().unwrap_or(false)
}

/// Does `t` start with an uppercase letter?
/// The role nouns of `person_roles.tsv` ("senator", "coach"), lowercase.
static PERSON_ROLE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| PERSON_ROLES.rows().iter().map(|r| r[0]).collect());

/// Role words after an organisation's name (`org_staff_roles.tsv`: "CEO", "spokesperson"), as written.
static STAFF_ROLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| ORG_STAFF_ROLES.rows().iter().map(|r| r[0]).collect());

/// Is `t` (as written) a role word after an organisation's name ("Acme CEO")?
pub(super) fn is_staff_role(t: &str) -> bool {
    STAFF_ROLES.contains(t)
}

/// The nouns of `person_nouns.tsv` ("rapper", "aunt"), lowercase.
static PERSON_NOUN_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| PERSON_NOUNS.rows().iter().map(|r| r[0]).collect());

/// Is `w` (lowercase) a role noun that names a person ("senator", "coach")?
pub(super) fn is_person_role_word(w: &str) -> bool {
    PERSON_ROLE_WORDS.contains(w)
}

/// Is `low` (lowercase) a title or a person's role ("sen.", "president", "spokesman"), which opens
/// or describes a name but is none?
pub(super) fn is_title_or_role(low: &str) -> bool {
    NAME_TITLES.contains(low) || TITLE_WORDS.contains(low) || is_person_role_word(low)
}

/// Is `t` a party's word in any case (`party_words.tsv`: "Democrat", "Tory", "labour")?
pub(super) fn is_party_word(t: &str) -> bool {
    PARTY_WORDS.rows().iter().any(|r| r[0].eq_ignore_ascii_case(t))
}

/// Is `w` (lowercase) a role or a noun of a kind of person ("coach", "rapper")?
pub(super) fn is_person_word(w: &str) -> bool {
    is_person_role_word(w) || PERSON_NOUN_WORDS.contains(w)
}

/// Is a word shaped as a plural noun ("floods", "Chiefs"), not an adjective or
/// singular ending in s ("famous", "previous", "miss", "Genesis")?
fn plural_noun(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
}

fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

/// Does running text write `t` at all, in any case (a case bucket)?
fn seen(case: &CaseDict, t: &str) -> bool {
    case.get(TokInfo::new(t, 0, 0).lower) != 0
}

/// Does running text write `t` in lowercase, always or mostly (case buckets 1 and 2)?
fn written_lowercase(case: &CaseDict, t: &str) -> bool {
    matches!(case.get(TokInfo::new(t, 0, 0).lower), 1 | 2)
}

/// Refine the tagger's mentions (byte offsets, sorted by start); `case` tells
/// which words are lowercase in running text, `gaz` which are census names.
pub fn refine(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mentions = bounds::line_breaks(a, bounds::lowercase_tails(a, mentions));
    let mentions = bounds::defined_acronyms(
        a,
        bounds::interjections(
            a,
            bounds::inner_roles(
                a,
                bounds::plural_possessives(
                    a,
                    bounds::titles_before_names(
                        a,
                        bounds::leading_demonyms(a, bounds::person_of_place(a, bounds::leading_roles(a, mentions, gaz), gaz)),
                    ),
                ),
            ),
        ),
    );
    let mentions = bounds::hyphen_names(a, bounds::name_particles(a, split_at_dashes(a, mentions)), case, gaz);
    let mentions = bounds::sport_bodies(a, bounds::prefixed_names(a, mentions));
    // Suffixed runs before "of/for" complements: "Chinese Ministry" + "of State Security".
    let mentions = bounds::numbered_streets(a, bounds::domain_venues(a, bounds::place_org_heads(a, mentions)));
    let mentions = bounds::suffixed_org_runs(a, mentions);
    let mentions = bounds::bracketed_acronyms(a, bounds::coordinated_names(a, bounds::of_for_names(a, mentions), case, gaz));
    let mentions = bounds::possessive_phrases(a, bounds::role_offices(a, bounds::lowercase_elsewhere(a, mentions, case)), case, gaz);
    let mentions = bounds::joined_organisations(a, bounds::ampersand_names(a, mentions), case);
    let mentions: Vec<Mention<Bytes>> = mentions
        .into_iter()
        .map(without_common_acronym)
        .filter_map(|m| without_market_codes(a, m))
        .filter_map(|m| without_amount_figure(a, m))
        .filter(|m| !currency_letters(a, m))
        // A title standing alone is no name ("Lt." of "Lt. Col. Alexander Vindman" opening a sentence);
        // only a short single word is lowercased to look it up.
        .filter(|m| m.text.len() > 16 || m.text.contains(' ') || !NAME_TITLES.contains(&m.text.trim_end_matches('.').to_lowercase()))
        .filter(|m| !is_common_acronym(&m.text) && !common_compound(&m.text, case))
        // A lowercase word running text writes lowercase is no name, nor a person's when running text
        // writes it so at all ("a 20-year-old academy graduate" tagged a person; not a word it never
        // saw: "zorvek").
        .filter(|m| {
            !(m.text.chars().all(|c| c.is_lowercase())
                && (written_lowercase(case, &m.text) || m.label == EntityType::Person && seen(case, &m.text)))
        })
        .collect();
    let mentions = events(cue_types(a, mentions, gaz));
    let mentions = shapes(a, mentions, case, gaz);
    let mentions = offices_before_names(a, places_before_names(a, place_party_members(a, mentions, gaz), gaz), case, gaz);
    let mentions = untagged_name_words(a, persons(given_names(a, mentions, gaz), gaz), case, gaz);
    let mentions = pronoun_surnames::pronoun_surnames(a, mentions, case);
    let mentions = places(a, mentions, gaz);
    let mentions = misc::quoted_titles(a, misc::works(a, misc::groups_and_products(a, mentions, case)));
    let mentions = misc::holidays(a, misc::party_labels(a, misc::award_complements(a, misc::headed_names(a, mentions))));
    let mentions = headlines(a, mentions, case);
    // After the headline step: a listing's line is Title Case ("July 22 – Cuyahoga Falls, OH @ Blossom
    // Music Center"), and a city before a state code is a place there too.
    let mentions = state_codes::city_state_pairs(a, mentions, gaz, case);
    // After the shape rules, so that none drops a dateline's place in capitals ("HONOLULU, Hawaii -").
    let mentions = datelines(a, bounds::product_owners(a, products::letter_editions(a, products(a, mentions))), gaz);
    // Last, as the product rules join a number to the word before it ("Almost 200").
    let mentions = sides_scores(a, mentions);
    mentions
        .into_iter()
        .filter(|m| !(currency_figure(&m.text) || qualified_figure(&m.text) && opens_text(a, a.tok_at(m.span.start))))
        .collect()
}

/// In a sports story a side's name and a number is its score, not a model ("Somerset 287 (Okoro
/// 73 …)", "earned Surrey 21 points"; before a bracket, a word of play or a line's end): a MISC
/// mention of a name the document tags alone as an organisation or a place, and a number of digits
/// (no leading zero: "Schalke 04"), keeps the name with that type; a number alone goes
/// ("Somerset's first-innings 287"; not "1860 Munich").
fn sides_scores(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let digits = |t: &str| !(t.is_empty() || t.len() > 1 && t.starts_with('0')) && t.chars().all(|c| c.is_ascii_digit());
    let candidate = |m: &Mention<Bytes>| m.label == EntityType::Misc && digits(m.text.rsplit(' ').next().unwrap_or(""));
    if !mentions.iter().any(candidate) || !a.sports_story() {
        return mentions;
    }
    let sides: HashMap<&str, EntityType> =
        mentions.iter().filter(|m| matches!(m.label, EntityType::Org | EntityType::Loc)).map(|m| (m.text.as_str(), m.label)).collect();
    // What follows the number marks a score: a bracket (a scorecard's "287 (Okoro 73"), a word of
    // play ("21 points") or the line's end (a results table); not "Wi-Fi 6 routers".
    let score_after = |m: &Mention<Bytes>| {
        let e = a.tok_at(m.span.end);
        e >= a.tokens.len() || a.tok(e) == "(" || a.play_word(e) || a.line_break_after(e - 1)
    };
    // The side's type, for a name and a score.
    let side = |m: &Mention<Bytes>| {
        let (name, _) = m.text.rsplit_once(' ')?;
        (candidate(m) && score_after(m)).then(|| sides.get(name).copied()).flatten()
    };
    // A number alone goes, unless a capitalised word follows it: a club's name opens with it ("1860
    // Munich").
    let alone = |m: &Mention<Bytes>| {
        let e = a.tok_at(m.span.end);
        digits(&m.text) && !(e < a.tokens.len() && is_cap(a.tok(e)) && a.one_space(e - 1))
    };
    mentions
        .iter()
        .filter(|m| !alone(m))
        .map(|m| {
            let mut m = m.clone();
            if let Some(label) = side(&m) {
                cut_last_word(&mut m);
                m.label = label;
            }
            m
        })
        .collect()
}

/// Is a name a currency abbreviation glued to its figure ("RM421" of "RM421 billion", "Rs500",
/// "KSh20bn"; `currency_prefixes.tsv`)? It is the amount's, not a name. Not a prefix that is also a
/// plain letter: "N225" is the Nikkei's code.
fn currency_figure(text: &str) -> bool {
    CURRENCY_PREFIXES.rows().iter().filter(|r| r[2] != "yes").any(|r| {
        text.strip_prefix(r[0]).is_some_and(|rest| {
            let figure = rest.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            rest.starts_with(|c: char| c.is_ascii_digit()) && figure.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        })
    })
}

/// Document-level typing (see `typing.rs`): every distinct name gets the type
/// its evidence supports most (tagged mentions, knowledge lists, contexts),
/// after clubs' short names beside another listed club are added (`clubs.rs`:
/// "lost to the Chiefs"), the names of quote attributions, of post authors and of people before their role are added (`attributed.rs`),
/// compounds of names split into their parts and names glued after a word and
/// a hyphen given that word (`compounds.rs`: "US-China", "Rolls-Royce"), names paired by a slash
/// split ("Reuters/Ipsos") and
/// the untagged names of lists added (`lists.rs`: "Uber, Lyft and Postmates").
pub fn retype(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict, gaz: &Gazetteer, orgs: &OrgGazetteer) -> Vec<Mention<Bytes>> {
    let mentions = clubs::short_club_names(a, listed_tails::listed_tails(a, mentions, orgs), gaz, orgs);
    let mentions = attributed::post_authors(a, attributed::attributed_names(a, mentions, case, orgs), orgs);
    let mentions = attributed::role_appositions(a, mentions, case);
    let mentions = compounds::hyphen_compounds(a, compounds::hyphen_heads(a, mentions, case, gaz, orgs), gaz, orgs);
    let mentions = compounds::slash_pairs(a, mentions, orgs);
    typing::retype(a, lists::untagged_members(a, mentions, case), case, gaz, orgs)
}

/// Untagged repeats of the document's names, with the type the document
/// typing gave each name (see `propagate.rs`), and untagged acronyms of its
/// organisations (`bounds.rs`); they cast no vote themselves. Last, a plus
/// sign glued to a name makes it a subscription service ("Disney+", `misc.rs`),
/// and a figure with a scale is dropped ("$449K", "512GB").
pub fn repeats(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let mentions = misc::plus_services(a, propagate::repeats(a, bounds::acronyms_of_names(a, mentions), case));
    // Last of the additions: names no rule found, by repetition or a capitalised "The" (`unfound.rs`).
    let mentions = unfound::titled_runs(a, unfound::repeated_runs(a, mentions));
    // Whatever rule made it, a figure with a scale or a rank is no name, nor an amount's figure after one.
    mentions.into_iter().filter(|m| !is_scaled_figure(&m.text) && !is_rank(&m.text)).filter_map(|m| without_amount_figure(a, m)).collect()
}

/// Organisation shapes and emphasis capitals (see the module doc).
fn shapes(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    // Capitals on a word that is lowercase in running text, or on a word too long for an acronym
    // that running text never capitalises ("WASHINGTON —" in a dateline is the place).
    let emphasis = |t: &str| {
        let n = t.chars().count();
        n >= 4 && t.chars().all(|c| c.is_uppercase()) && {
            let bucket = case.get(TokInfo::new(t, 0, 0).lower);
            matches!(bucket, 1 | 2) || n >= 7 && bucket == 0
        }
    };
    // A title or role right before token `s`: "Coach", "Sen.".
    let titled = |s: usize| {
        s > 0 && {
            let w = a.low(s - 1).trim_end_matches('.');
            NAME_TITLES.contains(w) || is_person_role_word(w)
        }
    };
    let mut out: Vec<Mention<Bytes>> = mentions
        .into_iter()
        .filter(|m| !emphasis(&m.text))
        .map(|mut m| {
            // A union local, with its number: "SEIU Local 1", "Teamsters Local 705".
            let e = a.token_range(m.span.start, m.span.end).end;
            let numbered =
                e < a.tokens.len() && a.tok(e).chars().all(|c| c.is_ascii_digit()) && a.tokens[e].start == a.tokens[e - 1].end + 1;
            // A broadcaster's station too: "BBC Radio 4" (`numbered_org_words.txt`).
            let last_word = m.text.rsplit(' ').next().unwrap_or("");
            if m.text.contains(' ') && NUMBERED_ORG_WORDS.contains(last_word) && numbered {
                m = mention(a, a.tok_at(m.span.start), e + 1, m.label);
            }
            let words: Vec<&str> = m.text.split(' ').collect();
            let last = words.last().copied().unwrap_or("");
            let union_local = words.len() >= 3 && words[words.len() - 2] == "Local" && last.chars().all(|c| c.is_ascii_digit());
            if is_camel_org(&m.text)
                || m.text.contains(' ') && ORG_SUFFIXES.contains(last) && !KNOWN_PLACES.contains(&m.text)
                || union_local
            {
                m.label = EntityType::Org;
            } else if (m.label != EntityType::Person || words.len() > 1)
                && m.label != EntityType::Loc
                && !(m.label == EntityType::Misc && m.text.starts_with(|c: char| c.is_ascii_digit()))
                && place_on_its_own(last)
            {
                // A building or facility is a place: "Indiana Statehouse", "Denver International Airport",
                // "Hennepin County Jail"; no person's name ends in one ("Ameris Bank Amphitheatre" tagged PERSON).
                // A MISC name opening with a number is an event's ("the 1,000 Lakes rally").
                m.label = EntityType::Loc;
            } else if m.label == EntityType::Person
                && words.len() > 1
                && is_place_head(last)
                && !in_census(gaz, last, LAST_TOP..=LAST_TOP)
                && (!is_given_name(gaz, words[0]) || !in_census(gaz, last, FIRST_TOP..=LAST_LOW))
                && !titled(a.tok_at(m.span.start))
            {
                // Other place heads are rare surnames too ("Arena", "Bridge"): they end a person's name
                // after a given name ("Bruce Arena") or a title ("Coach Grace Park"), else the name is
                // the place ("Mohegan Sun Arena", "Tower Bridge"). A common surname ("Hill", "Park")
                // ends many a name the census lacks a given name for ("Sung-Hee Park"): the tagger's
                // person stands. A head that is no census name at all ends a building or a street
                // named for a person, given name and all ("Steve Jobs Theater", "Joyce Avenue").
                m.label = EntityType::Loc;
            }
            m
        })
        .collect();
    // Camel-case words the tagger left out.
    for i in 0..a.tokens.len() {
        let t = &a.tokens[i];
        let hashtag_or_path = i > 0 && a.tokens[i - 1].end == t.start && matches!(a.tok(i - 1), "#" | "/" | "@");
        // A short unit after a number is no name ("38 dBA"; a longer word may be: "4 WeWork offices").
        let number = |t: &str| t.starts_with(|c: char| c.is_ascii_digit()) && t.chars().all(|c| c.is_ascii_digit() || c == '.');
        let unit = i > 0 && a.tok(i).len() <= 3 && number(a.tok(i - 1));
        if is_camel_org(a.tok(i)) && !hashtag_or_path && !unit && !out.iter().any(|m| m.span.start < t.end && t.start < m.span.end) {
            out.push(mention(a, i, i + 1, EntityType::Org));
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// Multi-word gazetteer places that extend past the tagger's pieces become one LOC span.
fn places(a: &Analysis, mut mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let bit = |cat: u32, pos: u32| 1u64 << (cat * 4 + pos);
    // Only a name followed by a small word ("Democratic Republic" of the Congo,
    // "Trinidad" and Tobago) or by another name ("United Arab" "Emirates") can
    // be a piece of a longer place: look only there.
    let starts: HashSet<usize> = mentions.iter().map(|m| m.span.start).collect();
    let pieces: HashSet<usize> = mentions
        .iter()
        .filter(|m| {
            a.tokens
                .get(a.token_range(m.span.start, m.span.end).end)
                .is_some_and(|t| starts.contains(&t.start) || matches!(&a.text[t.start..t.end], "of" | "and" | "&" | "the"))
        })
        .map(|m| m.sentence)
        .collect();
    for sent in pieces.iter().map(|&s| &a.sentences[s]) {
        let toks: Vec<&str> = sent.tokens.clone().map(|i| a.tok(i)).collect();
        let mut bits = vec![0u64; toks.len()];
        gaz.annotate(&toks, &mut bits);
        for cat in [COUNTRY, STATE, CITY_BIG, CITY_MID] {
            for s in (0..toks.len()).filter(|&k| bits[k] & bit(cat, 0) != 0) {
                let Some(e) = (s + 1..toks.len()).find(|&k| bits[k] & bit(cat, 1) == 0) else { continue };
                if bits[e] & bit(cat, 2) == 0 {
                    continue;
                }
                let (start, end) = (a.tokens[sent.tokens.start + s].start, a.tokens[sent.tokens.start + e].end);
                let inside: Vec<usize> =
                    (0..mentions.len()).filter(|&k| mentions[k].span.start < end && start < mentions[k].span.end).collect();
                let contained = inside.iter().all(|&k| start <= mentions[k].span.start && mentions[k].span.end <= end);
                let longer = inside.iter().map(|&k| mentions[k].span.end - mentions[k].span.start).sum::<usize>() < end - start;
                if !inside.is_empty() && contained && longer {
                    let sentence = mentions[inside[0]].sentence;
                    mentions.retain(|m| !(m.span.start < end && start < m.span.end));
                    mentions.push(Mention {
                        span: Span::new(start, end),
                        text: a.text[start..end].to_string(),
                        label: EntityType::Loc,
                        sentence,
                    });
                }
            }
        }
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions
}

/// Type multi-word names ending in an event word as MISC, unless the name
/// leads a longer organisation's name in the document ("Penn Treaty" of "Penn
/// Treaty American Corp"): then it is that organisation's short form.
fn events(mut mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let mut org_leads: HashSet<&str> = HashSet::new();
    for m in &mentions {
        let last = m.text.rsplit(' ').next().unwrap_or("");
        if ORG_SUFFIXES.contains(last) {
            org_leads.extend(m.text.match_indices(' ').map(|(k, _)| &m.text[..k]));
        }
    }
    let org_leads: HashSet<String> = org_leads.into_iter().map(str::to_string).collect();
    for m in mentions.iter_mut() {
        if let Some((_, last)) = m.text.rsplit_once(' ')
            && is_event_head(last)
            && !org_leads.contains(&m.text)
        {
            m.label = EntityType::Misc;
        }
    }
    mentions
}

/// Types that a word right after a one-word name settles, for every mention
/// of that name in the document:
/// - a role word ("CEO", "spokesperson") makes a name that is not a known
///   place an organisation ("Acme CEO Jane Roe");
/// - "administration" makes a census surname a person ("the Smith administration").
fn cue_types(a: &Analysis, mut mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let bits = |w: &str| {
        let mut b = [0u64];
        gaz.annotate(&[w], &mut b);
        b[0]
    };
    let unit = |cats: &[u32], b: u64| cats.iter().any(|c| b & (1 << (c * 4 + 3)) != 0);
    let places = [COUNTRY, CITY_BIG, CITY_MID, CITY_SMALL, STATE];
    let surnames = [LAST_TOP, LAST_MID, LAST_LOW];
    let mut settled: Vec<(String, EntityType)> = Vec::new();
    for m in &mentions {
        if m.text.contains(' ') || !m.text.chars().all(char::is_alphanumeric) {
            continue;
        }
        let next = a.text[m.span.end..].split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphanumeric());
        let role = is_staff_role(next);
        if !role && next != "administration" {
            continue;
        }
        let b = bits(&m.text);
        if role && m.label != EntityType::Person && !unit(&places, b) && a.text[m.span.end..].starts_with(' ') {
            settled.push((m.text.clone(), EntityType::Org));
        } else if next == "administration" && m.label != EntityType::Person && unit(&surnames, b) {
            settled.push((m.text.clone(), EntityType::Person));
        }
    }
    for m in mentions.iter_mut() {
        if let Some((_, ty)) = settled.iter().find(|(t, _)| *t == m.text) {
            m.label = *ty;
        }
    }
    mentions
}

/// A capitalised hyphenated compound of common words ("Hold-Up", "Top-10",
/// "Follow-Up"): every word in it is lowercase in running text (case bucket 1),
/// so it is capitalised as a headline or sentence word, not as a name.
/// A name ending in the plural acronym of a common noun loses it: "Tory MPs"
/// is "Tory", "Acme CEOs" is "Acme" (`not_name_acronyms.txt`); a singular one
/// may end a name ("Apple TV", "Clipboard AI").
fn without_common_acronym(mut m: Mention<Bytes>) -> Mention<Bytes> {
    if let Some((_, last)) = m.text.rsplit_once(' ')
        && last.ends_with('s')
        && is_common_acronym(last)
    {
        cut_last_word(&mut m);
    }
    m
}

/// Cut the last word off a mention of several words; false when nothing would be left.
fn cut_last_word(m: &mut Mention<Bytes>) -> bool {
    let Some((head, _)) = m.text.rsplit_once(' ').filter(|(head, _)| !head.trim().is_empty()) else { return false };
    let head = head.trim_end().to_string();
    m.span = Span::new(m.span.start, m.span.start + head.len());
    m.text = head;
    true
}

/// Market data codes are no names (wire market reports: "the Dow .DJI fell",
/// "yields US10YT=RR", "the euro EUR=", "Brent LCOc1"): a mention opened by a
/// dot glued to it after a space, or closed by a glued "=", goes; a code of
/// capitals, "c" and a digit at a mention's end is cut off ("Brent LCOc1" ->
/// "Brent").
fn without_market_codes(a: &Analysis, mut m: Mention<Bytes>) -> Option<Mention<Bytes>> {
    let before = &a.text[..m.span.start];
    let dotted = before.ends_with('.') && before[..before.len() - 1].chars().next_back().is_none_or(char::is_whitespace);
    if dotted && !m.text.chars().any(char::is_lowercase) || a.text[m.span.end..].starts_with('=') {
        return None;
    }
    let continuation = |w: &str| {
        let (head, tail) = w.split_at(w.rfind('c').unwrap_or(0));
        head.len() >= 2 && head.chars().all(|c| c.is_ascii_uppercase()) && tail.len() >= 2 && tail[1..].chars().all(|c| c.is_ascii_digit())
    };
    let last = m.text.rsplit(' ').next().unwrap_or("");
    if continuation(last) && !cut_last_word(&mut m) {
        return None;
    }
    Some(m)
}

/// Is the mention the letters of a currency's sign, written against the sign
/// or one space before it ("C$2 billion", "HK $ 10 billion", "E£5m";
/// `dollar_prefixes.tsv`, `currency_sign_letters.tsv`)? They belong to the
/// amount (CoNLL tags "C$" MISC; the spec's amounts hold it). So is a currency's code before its
/// figure ("EUR 84bn", "USD 5 million"; `currency_codes.tsv`).
fn currency_letters(a: &Analysis, m: &Mention<Bytes>) -> bool {
    let after = &a.text[m.span.end..];
    let after = after.strip_prefix(' ').unwrap_or(after);
    DOLLAR_PREFIXES.rows().iter().any(|r| r[0] == m.text && after.starts_with('$'))
        || CURRENCY_SIGN_LETTERS.rows().iter().any(|r| r[0] == m.text && after.starts_with(r[1]))
        || after.starts_with(|c: char| c.is_ascii_digit()) && CURRENCY_CODES.rows().iter().any(|r| r[0] == m.text)
}

/// A figure ending a name before a scale or currency word is the amount's
/// ("EU fines Meta 800 million euros" tagged "Meta 800"; `number_scales.tsv`,
/// `currency_nouns.tsv`): it is cut off, and a name of nothing else goes.
fn without_amount_figure(a: &Analysis, mut m: Mention<Bytes>) -> Option<Mention<Bytes>> {
    let last = m.text.rsplit(' ').next().unwrap_or("");
    let figure = last.starts_with(|c: char| c.is_ascii_digit()) && last.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    let next = a.text[m.span.end..].strip_prefix(' ').and_then(|t| t.split(|c: char| !c.is_alphabetic()).next()).unwrap_or("");
    if !figure || !is_amount_word(next) {
        return Some(m);
    }
    cut_last_word(&mut m).then_some(m)
}

/// One-word qualifiers of an amount before its number (`amount_qualifiers.tsv`: "almost", "nearly").
static FIGURE_QUALIFIERS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| AMOUNT_QUALIFIERS.rows().iter().filter(|r| r[1] == "before" && !r[0].contains(' ')).map(|r| r[0]).collect());

/// Is a name an amount's qualifier and its figure ("Almost 200 countries agreed", "Nearly 1,500
/// flights")? Opening a sentence or following a dateline's dash, where the qualifier is
/// capitalised ([`opens_text`]), it names nothing.
fn qualified_figure(text: &str) -> bool {
    let mut words = text.split(' ');
    let first = words.next().unwrap_or("").to_lowercase();
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    let mut rest = words.peekable();
    FIGURE_QUALIFIERS.contains(first.as_str()) && rest.peek().is_some() && rest.all(figure)
}

/// Does token `i` open its sentence, or the text after a spaced dash ("BAKU, Azerbaijan — Almost
/// 200 countries")?
fn opens_text(a: &Analysis, i: usize) -> bool {
    bounds::opens_sentence(a, i) || i > 0 && matches!(a.tok(i - 1), "—" | "–" | "―" | "-") && !a.adjacent(i - 1)
}

/// Every currency noun form of `currency_nouns.tsv` ("euros", "yuan").
static CURRENCY_NOUN_FORMS: LazyLock<HashSet<&str>> = LazyLock::new(|| CURRENCY_NOUNS.rows().iter().map(|r| r[0]).collect());

/// Does `w` make the figure before it an amount: a scale word ("million", "bn";
/// [`scale_word`]) or a currency noun ("euros")?
fn is_amount_word(w: &str) -> bool {
    scale_word(w).is_some() || CURRENCY_NOUN_FORMS.contains(w)
}

/// Is `w` a word that ends a firm's name: a legal form or institutional suffix
/// (`org_suffixes.txt`: "Inc", "Holdings") or a trade (`industry_suffixes.txt`:
/// "Oil", "Health")?
fn is_firm_suffix(w: &str) -> bool {
    ORG_SUFFIXES.contains(w) || INDUSTRY_SUFFIXES.contains(w)
}

/// Is `t` a listed acronym of a common noun (`not_name_acronyms.txt`), or the plural of one
/// ("ICUs" of "ICU")?
pub(super) fn is_common_acronym(t: &str) -> bool {
    NOT_NAME_ACRONYMS.contains(t)
        || t.strip_suffix('s')
            .is_some_and(|one| one.len() >= 2 && one.chars().all(|c| c.is_ascii_uppercase()) && NOT_NAME_ACRONYMS.contains(one))
}

fn common_compound(text: &str, case: &CaseDict) -> bool {
    if !text.contains('-') || text.contains(' ') {
        return false;
    }
    let words: Vec<&str> = text.split('-').filter(|w| w.chars().any(char::is_alphabetic)).collect();
    !words.is_empty() && words.iter().all(|w| case.get(TokInfo::new(w, 0, 0).lower) == 1)
}

/// Is `word` alone a name of one of the census categories `cats`?
pub(super) fn in_census(gaz: &Gazetteer, word: &str, cats: std::ops::RangeInclusive<u32>) -> bool {
    let mut bits = [0u64];
    gaz.annotate(&[word], &mut bits);
    cats.into_iter().any(|cat| bits[0] & (1 << (cat * 4 + 3)) != 0)
}

/// Is `word` alone a census first or last name?
fn is_census_name(gaz: &Gazetteer, word: &str) -> bool {
    in_census(gaz, word, FIRST_TOP..=LAST_LOW)
}

/// Is `word` alone a census first name?
fn is_given_name(gaz: &Gazetteer, word: &str) -> bool {
    in_census(gaz, word, FIRST_TOP..=FIRST_LOW)
}

/// A one-word mention right before a person's name, one space apart, that is
/// a census given name or tagged a person joins the name: the tagger cut
/// "Alexandria Ocasio-Cortez" at a given name that is also a city. A
/// place or nationality before a name stays apart ("envoy to Ukraine Kurt Volker"),
/// and so does a country or state the tagger typed a place ("president of France
/// Emmanuel Macron"), unless it opens the phrase and one unlisted word the tagger
/// calls a person or a place follows ("Israel Adesanya won"). A given name tagged a person takes the one word after it
/// that the tagger called a place or organisation, unless a country or state:
/// "Adolfo Salamanca".
fn given_names(a: &Analysis, mut mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (x, y) = (&mentions[k], &mentions[k + 1]);
        let one_space = y.span.start == x.span.end + 1 && a.text.as_bytes()[x.span.end] == b' ';
        // A place the tagger saw ("president of France Emmanuel Macron") is no given name, unless it
        // opens the phrase and the tagger reads the one word after it as a person or a place that no
        // list knows ("Israel Adesanya won", "India Walton said"; not "in Israel Gaza", nor "Israel
        // Hamas" tagged an organisation).
        let place = x.label == EntityType::Loc && (in_census(gaz, &x.text, COUNTRY..=COUNTRY) || in_census(gaz, &x.text, STATE..=STATE));
        let opens_phrase = || {
            let xs = a.tok_at(x.span.start);
            xs == 0 || {
                let before = a.tok(xs - 1);
                !is_cap(before)
                    && !PREPOSITIONS.contains(a.low(xs - 1))
                    && !is_title_or_role(a.low(xs - 1))
                    && !matches!(before, "'s" | "’s")
            }
        };
        let unknown_word = |m: &Mention<Bytes>| {
            matches!(m.label, EntityType::Person | EntityType::Loc)
                && !m.text.contains(' ')
                && m.text.chars().all(char::is_alphabetic)
                && !in_census(gaz, &m.text, COUNTRY..=STATE)
                && !misc::is_group_word(&m.text)
        };
        let given_place = place && unknown_word(y) && opens_phrase();
        let given = x.label == EntityType::Person || (is_given_name(gaz, &x.text) && (!place || given_place));
        // A given name the tagger calls a person, then one word it calls a place or an organisation
        // (no country or state): the surname of a name it cut ("Adolfo Salamanca", "Paris Hilton").
        let surname = x.label == EntityType::Person
            && is_given_name(gaz, &x.text)
            && matches!(y.label, EntityType::Loc | EntityType::Org)
            && !y.text.contains(' ')
            && y.text.chars().all(char::is_alphabetic)
            && !in_census(gaz, &y.text, COUNTRY..=COUNTRY)
            && !in_census(gaz, &y.text, STATE..=STATE);
        if one_space
            && (y.label == EntityType::Person || surname || given_place)
            && is_cap(&y.text)
            && !x.text.contains(' ')
            && is_cap(&x.text)
            && given
            && !misc::is_group_word(&x.text)
        {
            let (s, e) = (a.tok_at(x.span.start), a.token_range(y.span.start, y.span.end).end);
            mentions[k] = mention(a, s, e, EntityType::Person);
            mentions.remove(k + 1);
        } else {
            k += 1;
        }
    }
    mentions
}

/// Party members' nouns: the singulars of party groups' plurals (`party_group_plurals.txt`:
/// "Democrats" -> "Democrat", "Tories" -> "Tory").
static PARTY_MEMBERS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    PARTY_GROUP_PLURALS
        .words()
        .iter()
        .filter_map(|p| p.strip_suffix("ies").map(|stem| format!("{stem}y")).or_else(|| p.strip_suffix('s').map(str::to_string)))
        .collect()
});

/// Is `w` a party member's noun ("Democrat", "Republican", "Tory")?
fn party_member(w: &str) -> bool {
    PARTY_MEMBERS.contains(w)
}

/// A major place the tagger fused with a party member's noun after it is the place and a party
/// adjective (spec §1, MISC): "The New York Democrat said" -> "New York" + "Democrat", "a
/// California Republican".
fn place_party_members(a: &Analysis, mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    split_names(a, mentions, |_, r| {
        let place = || typing::major_place(gaz, &(r.start..r.end - 1).map(|j| a.tok(j)).collect::<Vec<_>>());
        (r.len() >= 2 && party_member(a.tok(r.end - 1)) && place())
            .then_some([(r.start, r.end - 1, EntityType::Loc), (r.end - 1, r.end, EntityType::Misc)])
    })
}

/// Each mention that `split` cuts (given the mention and its tokens) becomes the two mentions it
/// returns, as (first token, end token, type); the rest stay. Shared by the rules that part names
/// the tagger fused ("New York Democrat", "Denver rookie Bo Nix", "ambassador to Britain Liu Xiaoming").
pub(super) fn split_names(
    a: &Analysis,
    mentions: Vec<Mention<Bytes>>,
    split: impl Fn(&Mention<Bytes>, std::ops::Range<usize>) -> Option<[(usize, usize, EntityType); 2]>,
) -> Vec<Mention<Bytes>> {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        match split(&m, a.token_range(m.span.start, m.span.end)) {
            Some(parts) => out.extend(parts.map(|(s, e, label)| mention(a, s, e, label))),
            None => out.push(m),
        }
    }
    out
}

/// A country, state, big city or known place (`known_places.txt`) the tagger fused with the name after it, after a
/// person's role and a preposition, is a place and a person's name: "ambassador
/// to Britain Liu Xiaoming" -> "Britain" + "Liu Xiaoming". The rest is two or
/// three capitalised words that are no organisation's ("envoy to Ukraine
/// Business Council" stays whole).
fn places_before_names(a: &Analysis, mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    split_names(a, mentions, |m, r| {
        let s = r.start;
        let cued = s >= 2 && matches!(a.low(s - 1), "to" | "in" | "for" | "from") && is_person_role_word(a.low(s - 2));
        let place = |k: usize| {
            let words: Vec<&str> = (s..k).map(|j| a.tok(j)).collect();
            typing::major_place(gaz, &words) || KNOWN_PLACES.contains(&words.join(" "))
        };
        let name_word = |j: usize| is_cap(a.tok(j)) && a.tok(j).chars().all(char::is_alphabetic);
        let split = (cued && matches!(m.label, EntityType::Person | EntityType::Org))
            .then(|| (s + 1..r.end.min(s + 3)).rev().find(|&k| place(k)))
            .flatten()
            .filter(|&k| (2..=3).contains(&(r.end - k)) && (k..r.end).all(name_word) && !ORG_SUFFIXES.contains(a.tok(r.end - 1)));
        split.map(|k| [(s, k, EntityType::Loc), (k, r.end, EntityType::Person)])
    })
}

/// A person's office fused with the name after it, after a role and "of (the)": "Director of
/// National Intelligence Avril Haines" -> "Avril Haines", "Speaker of the House Nancy Pelosi" ->
/// "Nancy Pelosi", "Governor of the Bank of England Andrew Bailey" -> "Bank of England" + "Andrew
/// Bailey". The person is the two to four words from the first census given name on; the part
/// before it stays an organisation where it has an organisation's head ("Bank"), or where the
/// tagger said organisation and some word of it is no common word that running text capitalises
/// at times ("Goldman Sachs"); otherwise it goes ("National Intelligence" is an office, no name).
/// The office may stand partly outside the tagged span ("of Public" + "Prosecution Eva-Marie
/// Persson").
fn offices_before_names(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let r = a.token_range(m.span.start, m.span.end);
        let s = r.start;
        // Back over up to three capitalised words outside the span, then "the", to "of" after a role.
        let mut j = s;
        while j + 3 > s && j > 0 && is_cap(a.tok(j - 1)) && !a.line_break_after(j - 1) {
            j -= 1;
        }
        if j > 0 && a.tok(j - 1) == "the" {
            j -= 1;
        }
        let cued = j >= 2 && a.tok(j - 1) == "of" && is_person_role_word(a.low(j - 2));
        let name_word = |k: usize| a.tok(k) == "-" || is_cap(a.tok(k)) && a.tok(k).chars().all(|c| c.is_alphabetic() || c == '.');
        let split = (cued && matches!(m.label, EntityType::Person | EntityType::Org))
            .then(|| (s + 1..r.end.saturating_sub(1)).find(|&k| is_given_name(gaz, a.tok(k))))
            .flatten()
            .filter(|&k| (2..=4).contains(&(r.end - k)) && (k..r.end).all(name_word));
        match split {
            Some(k) => {
                let office = (s..k).all(|i| matches!(case.get(TokInfo::new(a.tok(i), 0, 0).lower), 1..=3));
                if (s..k).any(|i| ORG_SUFFIXES.contains(a.tok(i))) || m.label == EntityType::Org && !office {
                    out.push(mention(a, s, k, EntityType::Org));
                }
                out.push(mention(a, k, r.end, EntityType::Person));
            }
            None => out.push(m),
        }
    }
    out
}

/// One-word census names tagged PERSON in at least a fifth of their mentions become PERSON throughout.
fn persons(mut mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mut votes: HashMap<String, (usize, usize)> = HashMap::new();
    for m in mentions.iter().filter(|m| !m.text.contains(' ')) {
        let v = votes.entry(m.text.clone()).or_default();
        v.0 += usize::from(m.label == EntityType::Person);
        v.1 += 1;
    }
    for m in mentions.iter_mut() {
        if let Some(&(person, all)) = votes.get(&m.text)
            && person * 5 >= all
            && person < all
            && is_census_name(gaz, &m.text)
        {
            m.label = EntityType::Person;
        }
    }
    mentions
}

/// A person's name of two or more words takes the one word right after it,
/// one space away on its line, when the word is a one-word person mention of
/// its own or an untagged word that names nothing else: a word running text
/// has never written (`case` bucket 0: "Ongania" of "Juan Carlos Ongania",
/// "Meng" of "Chua Jui Meng") or a census name it mostly capitalises (not
/// "Then", a census surname too), capitalised, of letters only, and not a
/// title, role, month, weekday, nationality, party word or place the lists
/// know. The tagger cuts long names of cultures the census lacks ("Andres
/// Manuel Lopez" + "Obrador"). The word after it must not be capitalised, so
/// that two names side by side stay apart; title-case lines are left alone.
/// Words before the name are not taken: there they are mostly descriptions
/// ("Longtime Donald Trump", "Defenseman Jonas Brodin"). A double given name
/// alone ("Karl-Anthony", two census given names) names no one, so it takes
/// the capitalised word after it even when running text writes that word
/// ("Karl-Anthony Towns").
fn untagged_name_words(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    // `any_word`: after a double given name, which names no one alone, even a common word ("Towns").
    let name_word = |k: usize, any_word: bool| {
        let t = a.tok(k);
        let low = a.low(k);
        let lone_person = at[k]
            .is_some_and(|j| mentions[j].label == EntityType::Person && mentions[j].span == Span::new(a.tokens[k].start, a.tokens[k].end));
        (at[k].is_none() || lone_person)
            && is_cap(t)
            && t.chars().count() >= 2
            && t.chars().all(char::is_alphabetic)
            && t.chars().skip(1).all(char::is_lowercase)
            && (lone_person
                || any_word
                || match case.get(TokInfo::new(t, 0, 0).lower) {
                    0 => true,
                    bucket => bucket >= 3 && is_census_name(gaz, t),
                })
            && !is_title_or_role(low)
            && !misc::calendar_word(low)
            && !misc::is_group_word(t)
            && !is_party_word(t)
            && !in_census(gaz, t, COUNTRY..=CITY_SMALL)
    };
    let double_given = |m: &Mention<Bytes>| {
        !m.text.contains(' ') && m.text.split_once('-').is_some_and(|(x, y)| is_given_name(gaz, x) && is_given_name(gaz, y))
    };
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| m.label == EntityType::Person && !a.is_title_case(m.sentence)) {
        let double = double_given(m);
        if !(m.text.contains(' ') || double) {
            continue;
        }
        let r = a.token_range(m.span.start, m.span.end);
        let end = a.sentences[m.sentence].tokens.end;
        let e = r.end;
        if e < end && a.one_space(e - 1) && name_word(e, double) && (e + 1 >= end || !is_cap(a.tok(e + 1))) {
            grown.push((r.start, e + 1));
        }
    }
    replace_spans(a, mentions, &grown, EntityType::Person)
}

/// A dateline's place and wire credit: "WASHINGTON (AP) —", "ST. JOSEPH,
/// Mich. (AP) —", "HONOLULU, Hawaii (HawaiiNewsNow) -". A line opening with a
/// run of words in capitals (the place), then a comma and its state or country
/// and a credited source in brackets, or either of the two, then a dash, is a
/// dateline, and so is a country, state or city the lists know before the dash
/// alone ("BOSTON —"; not "BREAKING —"): the run is a place (the tagger reads
/// "ST. JOSEPH" as a person), and the credit, one capitalised word, an
/// organisation (the tagger tags "(Reuters)" but not a bare initialism there).
fn datelines(a: &Analysis, mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mut places: Vec<(usize, usize)> = Vec::new();
    let mut credits = Vec::new();
    for line in &a.lines {
        let r = a.token_range(line.start, line.end);
        let Some(dash) = r.clone().take(12).find(|&k| k > r.start && matches!(a.tok(k), "—" | "–" | "-" | "―") && !a.adjacent(k - 1))
        else {
            continue;
        };
        // The place: words in capitals (and their periods) up to a comma, a bracket or the dash.
        let caps = |k: usize| a.tok(k) == "." || (a.tok(k).chars().any(char::is_alphabetic) && !a.tok(k).chars().any(char::is_lowercase));
        let place_end = (r.start..dash).find(|&k| !caps(k)).unwrap_or(dash);
        if place_end == r.start || !matches!(a.tok(place_end), "," | "(" | "—" | "–" | "-" | "―") {
            continue;
        }
        // The source in brackets right before the dash.
        let credit = (dash >= r.start + 3 && a.tok(dash - 1) == ")" && a.tok(dash - 3) == "(").then(|| dash - 2).filter(|&x| {
            let t = a.tok(x);
            is_cap(t) && t.chars().all(char::is_alphabetic) && (2..=16).contains(&t.chars().count())
        });
        let bracket = credit.map_or(dash, |x| x - 1);
        // Between the place and the source or dash: nothing, or a comma and capitalised words ("Mich.", "Hawaii").
        let state =
            a.tok(place_end) == "," && (place_end + 1..bracket).all(|k| a.tok(k) == "." || is_cap(a.tok(k))) && place_end + 1 < bracket;
        if !(place_end == bracket || state) {
            continue;
        }
        if let Some(x) = credit {
            credits.push(x);
        }
        // Or a bare place the lists know, in capitals before the dash ("BOSTON —").
        let known = || place_end == dash && typing::major_place(gaz, &(r.start..place_end).map(|k| a.tok(k)).collect::<Vec<_>>());
        if state || credit.is_some() || known() {
            places.push((r.start, place_end));
        }
    }
    if places.is_empty() && credits.is_empty() {
        return mentions;
    }
    let spans: Vec<(usize, usize)> = places.iter().map(|&(s, e)| (a.tokens[s].start, a.tokens[e - 1].end)).collect();
    let overlaps = |m: &Mention<Bytes>, x: usize| m.span.start < a.tokens[x].end && a.tokens[x].start < m.span.end;
    let mut added: Vec<Mention<Bytes>> =
        credits.into_iter().filter(|&x| !mentions.iter().any(|m| overlaps(m, x))).map(|x| mention(a, x, x + 1, EntityType::Org)).collect();
    // The place replaces what the tagger made of it, unless it is a place already.
    let on_place = |m: &Mention<Bytes>| spans.iter().any(|&(s, e)| m.span.start < e && s < m.span.end);
    let out: Vec<Mention<Bytes>> = mentions.into_iter().filter(|m| m.label == EntityType::Loc || !on_place(m)).collect();
    for (i, &(s, e)) in places.iter().enumerate() {
        let (bs, be) = spans[i];
        if !out.iter().any(|m| m.span.start < be && bs < m.span.end) {
            added.push(mention(a, s, e, EntityType::Loc));
        }
    }
    with_added(out, added)
}

/// Is `t` a figure with a scale or size suffix ("$449K", "850M", "512GB"): an
/// amount or a capacity, never a name (a bare number may be a model: "the 787").
fn is_scaled_figure(t: &str) -> bool {
    let digits = t.trim_end_matches(char::is_alphabetic);
    let suffix = &t[digits.len()..];
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && matches!(suffix, "K" | "k" | "M" | "MM" | "B" | "bn" | "BN" | "KB" | "MB" | "GB" | "TB" | "PB")
}

/// Is `t` a rank, "No." and a number alone ("the world No. 1", "its No. 2 official")?
fn is_rank(t: &str) -> bool {
    t.strip_prefix("No.").is_some_and(|n| {
        let n = n.trim_start();
        !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
    })
}

/// A name never runs across a dash between words ("United Arab Emirates — Dubai", "Bangkok - Chiang Mai").
/// Each piece takes the type the document gives the same name elsewhere, if any.
fn split_at_dashes(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    // A hyphen with a space on both sides is a dash too ("Bangkok - Chiang Mai").
    let spaced = |i: usize| i > 0 && !a.adjacent(i - 1) && !a.adjacent(i);
    let is_dash = |i: &usize| matches!(a.tok(*i), "—" | "–" | "―") || a.tok(*i) == "-" && spaced(*i);
    let mut whole: HashMap<String, BTreeMap<EntityType, usize>> = HashMap::new();
    let mut out = Vec::new();
    let mut pieces = Vec::new();
    for m in mentions {
        let toks: Vec<usize> = a.token_range(m.span.start, m.span.end).collect();
        if !toks.iter().any(is_dash) {
            *whole.entry(m.text.to_lowercase()).or_default().entry(m.label).or_default() += 1;
            out.push(m);
            continue;
        }
        for p in toks.split(is_dash).filter(|p| !p.is_empty()) {
            pieces.push(mention(a, p[0], p[p.len() - 1] + 1, m.label));
        }
    }
    for mut p in pieces {
        if let Some(types) = whole.get(&p.text.to_lowercase()) {
            p.label = *types.iter().max_by_key(|(_, c)| **c).unwrap().0;
        }
        out.push(p);
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// Replace the mentions overlapping each token span `s..e` of `found` by one mention of `label` over it.
fn replace_spans(a: &Analysis, mentions: Vec<Mention<Bytes>>, found: &[(usize, usize)], label: EntityType) -> Vec<Mention<Bytes>> {
    if found.is_empty() {
        return mentions;
    }
    let spans: Vec<(usize, usize)> = found.iter().map(|&(s, e)| (a.tokens[s].start, a.tokens[e - 1].end)).collect();
    let mut out: Vec<Mention<Bytes>> =
        mentions.into_iter().filter(|m| !spans.iter().any(|&(s, e)| m.span.start < e && s < m.span.end)).collect();
    out.extend(found.iter().map(|&(s, e)| mention(a, s, e, label)));
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// A mention of tokens `s..e`.
fn mention(a: &Analysis, s: usize, e: usize, label: EntityType) -> Mention<Bytes> {
    let (start, end) = (a.tokens[s].start, a.tokens[e - 1].end);
    Mention { span: Span::new(start, end), text: a.text[start..end].to_string(), label, sentence: a.sentence_of(start) }
}
