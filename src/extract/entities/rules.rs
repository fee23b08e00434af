//! Rules applied to the tagger's mentions where news text departs from the
//! CoNLL training data:
//!
//! - **Headlines.** In a Title-Case sentence capital letters say nothing, so
//!   the tagger's spans there are unreliable ("Donald Trump Advises Boeing").
//!   A sentence whose longer words are all capitalised, two or more of them
//!   words that are lowercase in running text ("Gives", "Support"), gets
//!   exactly the names the rest of the document uses (longest match first,
//!   case-insensitive), with their types.
//! - **Products and models** are one MISC span (spec §7): a name or a
//!   capitalised word followed by a model number, with an optional variant
//!   word ("Boeing 737 MAX", "Airbus A350-900", "787-9 Dreamliner",
//!   "Max 737", "Falcon 9"), model codes on their own ("A380", "777X"), and a
//!   bare model number the document already used in a product name.
//! - **Common-noun acronyms** ("AI", "IPO", "CEO") are not names.
//! - **Shapes that say organisation.** A camel-case word ("WeWork", "OpenAI",
//!   "xAI", "ActBlue") is an organisation, tagged or not, unless it reads as a
//!   surname ("McDonald", "DeSantis") or an i-product ("iPhone"); a name
//!   ending in "Group", "Bank", "Council"... is one too. A word in capitals
//!   that is lowercase in running text, or too long for an acronym, is
//!   emphasis, not a name ("REBRAND").
//! - **Cues in the text.** A role word after a one-word name ("Acme CEO")
//!   makes it an organisation, "administration" after a census surname a
//!   person; a name ending in an event word ("Air Show", "Olympics") is MISC; a
//!   hyphenated compound of common words ("Hold-Up", "Top-10") is no name.
//! - **Whole place names.** A country, state or large city of several words
//!   ("Democratic Republic of the Congo") that the tagger cut into pieces is
//!   one LOC span.
//! - **One person, one type.** A census first or last name that the tagger
//!   calls a person in at least a fifth of its mentions in the document is a
//!   person in all of them ("Trump-backed", "Trump’s" as well as "Trump said").

use super::super::analysis::Analysis;
use super::super::analysis::{Bytes, Span};
use super::super::{EntityType, Mention, mention_at};
use super::features::{CaseDict, TokInfo};
use super::gazetteer::{CITY_BIG, CITY_MID, CITY_SMALL, COUNTRY, FIRST_TOP, Gazetteer, LAST_LOW, LAST_MID, LAST_TOP, STATE};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Acronyms of common nouns, never entity mentions on their own.
const NOT_NAMES: &[&str] = &[
    "AI", "IPO", "IPOs", "CEO", "CEOs", "CFO", "COO", "CTO", "GDP", "PAC", "PACs", "ETF", "ETFs", "VAT", "EV", "EVs", "ESG", "API", "APIs",
    "FAQ", "PDF", "TV", "DNA", "NFT", "NFTs", "AGI", "LLM", "LLMs", "GPU", "GPUs", "CPU", "SUV", "SUVs", "PR", "HR", "IT", "R&D", "M&A",
    "Q&A", "OK", "LGBT", "LGBTQ", "COVID", "ID", "IDs", "PhD", "MBA", "GOAT",
];

/// Last words that make a name an organisation.
const ORG_SUFFIXES: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Company",
    "Co.",
    "Ltd",
    "Ltd.",
    "LLC",
    "Plc",
    "PLC",
    "Group",
    "Holdings",
    "Bank",
    "Fund",
    "Foundation",
    "Association",
    "Council",
    "Committee",
    "Commission",
    "Party",
    "University",
    "Institute",
    "Agency",
    "Department",
    "Ministry",
    "Airlines",
    "Airways",
    "Capital",
    "Partners",
    "Technologies",
    "Systems",
    "Labs",
    "Project",
    "Coalition",
    "Union",
    "Federation",
    "Authority",
    "Board",
    "Bureau",
    "Service",
    "Services",
    "Sciences",
    "Industries",
    "Motors",
    "Pharmaceuticals",
    "Enterprises",
    "Communications",
    "Networks",
];

/// A camel-case word that names an organisation ("WeWork", "xAI"), not a
/// surname ("McDonald", "DeSantis") or an i-product ("iPhone").
fn is_camel_org(t: &str) -> bool {
    let inner_cap = t.chars().zip(t.chars().skip(1)).any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    if !inner_cap {
        return false;
    }
    let chars: Vec<char> = t.chars().collect();
    let surname = ["Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "O'", "O’"].iter().any(|p| t.starts_with(p));
    let i_product = chars.len() > 1 && chars[0] == 'i' && chars[1].is_uppercase();
    let lower = chars.iter().filter(|c| c.is_lowercase()).count();
    // "xAI" is three letters; longer words need two lowercase letters ("sRGB" is no name).
    let shape = if chars.len() == 3 { chars[0].is_lowercase() && lower == 1 } else { lower >= 2 };
    chars.len() >= 3 && chars.iter().all(|c| c.is_alphabetic()) && shape && !surname && !i_product
}

/// Capitalised words that are not brands before a number ("In 300", "Chapter 11").
const NOT_BRANDS: &[&str] = &[
    "I",
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "Of",
    "To",
    "And",
    "Or",
    "But",
    "For",
    "With",
    "From",
    "Over",
    "Under",
    "About",
    "Around",
    "Nearly",
    "Some",
    "Top",
    "No",
    "Number",
    "Chapter",
    "Section",
    "Article",
    "Page",
    "Level",
    "Phase",
    "Stage",
    "Round",
    "Game",
    "Week",
    "Day",
    "Year",
    "Season",
    "Episode",
    "Part",
    "Volume",
    "Route",
    "Highway",
    "Room",
    "Gate",
    "Flight",
    "Table",
    "Figure",
    "Grade",
    "Class",
    "Category",
    "Tier",
    "Item",
    "Line",
    "Platform",
    "Terminal",
    "Building",
    "Floor",
    "Unit",
    "Suite",
    "Apartment",
    "Box",
    "Step",
    "Act",
    "Title",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Rs",
    "Rp",
    "Sh",
    "Ksh",
    "RM",
    "USD",
    "EUR",
    "GBP",
    "Updated",
    "Posted",
    "Published",
];

fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

/// A sentence in headline case: its words of four letters or more all capitalised,
/// and at least two of them (after the first) common words, lowercase in running text.
fn is_headline(a: &Analysis, s: usize, case: &CaseDict) -> bool {
    let words: Vec<&str> =
        a.sentences[s].tokens.clone().map(|i| a.tok(i)).filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    words.iter().all(|w| is_cap(w)) && words.iter().skip(1).filter(|w| matches!(case.get(TokInfo::new(w, 0, 0).lower), 1 | 2)).count() >= 2
}

/// A model code on its own: "A350", "A330neo", "777X" (not "Q3", "H1", "G7").
fn is_model_code(t: &str) -> bool {
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let letters: String = t.chars().take_while(char::is_ascii_uppercase).collect();
    let digits = t[letters.len()..].chars().take_while(char::is_ascii_digit).count();
    let rest = &t[letters.len() + digits..];
    match letters.len() {
        1 | 2 => {
            !matches!(letters.as_str(), "Q" | "H" | "FY" | "R" | "RM" | "Rs")
                && (3..=4).contains(&digits)
                && (rest.is_empty()
                    || rest.chars().all(|c| c.is_ascii_lowercase())
                        && rest.len() <= 3
                        && !matches!(rest, "bn" | "m" | "mn" | "k" | "tn" | "b"))
        }
        0 => digits == 3 && ((1..=2).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_uppercase()) || rest == "x"),
        _ => false,
    }
}

/// A capitalised word that can name a model's variant ("Max", "Dreamliner"),
/// not a plural or a nationality ("300 Republicans", "200 Chinese").
fn is_variant(t: &str) -> bool {
    let demonym = ["an", "ese", "ish", "i"].iter().any(|s| t.ends_with(s));
    t.chars().count() >= 3 && is_cap(t) && t.chars().all(char::is_alphabetic) && !t.ends_with('s') && !demonym && !NOT_BRANDS.contains(&t)
}

/// A model number after a brand: 1 to 4 digits, not a year.
fn is_model_number(t: &str) -> bool {
    (1..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit()) && !(t.len() == 4 && (t.starts_with("19") || t.starts_with("20")))
}

/// Refine the tagger's mentions (byte offsets, sorted by start); `case` tells
/// which words are lowercase in running text, `gaz` which are census names.
pub fn refine(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mentions: Vec<Mention<Bytes>> = split_at_dashes(a, mentions)
        .into_iter()
        .filter(|m| !NOT_NAMES.contains(&m.text.as_str()) && !common_compound(&m.text, case))
        .collect();
    let mentions = events(cue_types(a, mentions, gaz));
    let mentions = shapes(a, mentions, case);
    let mentions = persons(mentions, gaz);
    let mentions = places(a, mentions, gaz);
    let mentions = headlines(a, mentions, case);
    products(a, mentions)
}

/// Organisation shapes and emphasis capitals (see the module doc).
fn shapes(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    // Capitals on a word that is lowercase in running text, or on a word too long for an acronym.
    let emphasis = |t: &str| {
        let n = t.chars().count();
        n >= 4 && t.chars().all(|c| c.is_uppercase()) && (n >= 7 || matches!(case.get(TokInfo::new(t, 0, 0).lower), 1 | 2))
    };
    let mut out: Vec<Mention<Bytes>> = mentions
        .into_iter()
        .filter(|m| !emphasis(&m.text))
        .map(|mut m| {
            let last = m.text.rsplit(' ').next().unwrap_or("");
            if is_camel_org(&m.text) || m.text.contains(' ') && ORG_SUFFIXES.contains(&last) {
                m.label = EntityType::Org;
            }
            m
        })
        .collect();
    // Camel-case words the tagger left out.
    for i in 0..a.tokens.len() {
        let t = &a.tokens[i];
        let hashtag_or_path = i > 0 && a.tokens[i - 1].end == t.start && matches!(a.tok(i - 1), "#" | "/" | "@");
        if is_camel_org(a.tok(i)) && !hashtag_or_path && !out.iter().any(|m| m.span.start < t.end && t.start < m.span.end) {
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

/// Last words of an event's name ("Dubai Air Show", "Paris Motor Show",
/// "Summer Olympics"): events are MISC (spec §1), whatever the tagger said.
const EVENT_HEADS: &[&str] = &[
    "Show",
    "Expo",
    "Festival",
    "Olympics",
    "Games",
    "Cup",
    "Championship",
    "Championships",
    "Marathon",
    "Summit",
    "Awards",
    "Prix",
    "Fair",
    "Biennale",
    "Tournament",
];

/// Type multi-word names ending in an event word as MISC.
fn events(mut mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    for m in mentions.iter_mut() {
        if let Some((_, last)) = m.text.rsplit_once(' ')
            && EVENT_HEADS.contains(&last)
        {
            m.label = EntityType::Misc;
        }
    }
    mentions
}

/// Role words after an organisation's name ("Acme CEO Jane Roe", "an Acme spokesperson").
const ORG_ROLES: &[&str] = &[
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "founder",
    "co-founder",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "shareholders",
];

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
        if !ORG_ROLES.contains(&next) && next != "administration" {
            continue;
        }
        let b = bits(&m.text);
        if ORG_ROLES.contains(&next) && m.label != EntityType::Person && !unit(&places, b) && a.text[m.span.end..].starts_with(' ') {
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
fn common_compound(text: &str, case: &CaseDict) -> bool {
    if !text.contains('-') || text.contains(' ') {
        return false;
    }
    let words: Vec<&str> = text.split('-').filter(|w| w.chars().any(char::is_alphabetic)).collect();
    !words.is_empty() && words.iter().all(|w| case.get(TokInfo::new(w, 0, 0).lower) == 1)
}

/// Is `word` alone a census first or last name?
fn is_census_name(gaz: &Gazetteer, word: &str) -> bool {
    let mut bits = [0u64];
    gaz.annotate(&[word], &mut bits);
    (FIRST_TOP..=LAST_LOW).any(|cat| bits[0] & (1 << (cat * 4 + 3)) != 0)
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
        if let Some(&(person, all)) = votes.get(&m.text) {
            if person * 5 >= all && person < all && is_census_name(gaz, &m.text) {
                m.label = EntityType::Person;
            }
        }
    }
    mentions
}

/// A name never runs across a dash between words ("United Arab Emirates — Dubai").
/// Each piece takes the type the document gives the same name elsewhere, if any.
fn split_at_dashes(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let is_dash = |i: &usize| matches!(a.tok(*i), "—" | "–" | "―");
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

fn mention(a: &Analysis, s: usize, e: usize, label: EntityType) -> Mention<Bytes> {
    let (start, end) = (a.tokens[s].start, a.tokens[e - 1].end);
    Mention { span: Span::new(start, end), text: a.text[start..end].to_string(), label, sentence: a.sentence_of(start) }
}

/// Replace the spans of headline sentences with the body's names.
fn headlines(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let heads: HashSet<usize> = (0..a.sentences.len()).filter(|&s| is_headline(a, s, case)).collect();
    if heads.is_empty() {
        return mentions;
    }
    // Body names by lowercase token sequence, with their majority type.
    let mut names: HashMap<Vec<String>, BTreeMap<EntityType, usize>> = HashMap::new();
    for m in mentions.iter().filter(|m| !heads.contains(&m.sentence)) {
        let key: Vec<String> = a.token_range(m.span.start, m.span.end).map(|i| a.tok(i).to_lowercase()).collect();
        *names.entry(key).or_default().entry(m.label).or_default() += 1;
    }
    let longest = names.keys().map(Vec::len).max().unwrap_or(0);
    let mut out: Vec<Mention<Bytes>> = mentions.into_iter().filter(|m| !heads.contains(&m.sentence)).collect();
    for &s in &heads {
        let toks = a.sentences[s].tokens.clone();
        let mut i = toks.start;
        while i < toks.end {
            let found = (1..=longest.min(toks.end - i)).rev().find_map(|n| {
                let key: Vec<String> = (i..i + n).map(|k| a.tok(k).to_lowercase()).collect();
                names.get(&key).map(|types| (n, *types.iter().max_by_key(|(_, c)| **c).unwrap().0))
            });
            match found {
                Some((n, label)) => {
                    out.push(mention(a, i, i + n, label));
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// Product and model spans (MISC), replacing the mentions they cover.
fn products(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let mut ends_at: HashMap<usize, &Mention<Bytes>> = HashMap::new();
    for m in &mentions {
        ends_at.insert(m.span.end, m);
    }
    let sentence_start: HashSet<usize> = a.sentences.iter().map(|s| s.tokens.start).collect();
    // The mention holding each token, and whether a mention of these types starts there.
    let at: Vec<Option<&Mention<Bytes>>> = mention_at(a, &mentions).into_iter().map(|k| k.map(|k| &mentions[k])).collect();
    let starts_with = |k: usize, types: &[EntityType]| at[k].is_some_and(|m| m.span.start == a.tokens[k].start && types.contains(&m.label));
    let glued = |i: usize| i + 1 < n && a.tokens[i].end == a.tokens[i + 1].start;
    // "787-9", "A350-900": the model number goes on with a dash and a code.
    let dashed =
        |i: usize| glued(i) && i + 2 < n && a.tok(i + 1) == "-" && glued(i + 1) && a.tok(i + 2).chars().all(|c| c.is_ascii_alphanumeric());
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut models: HashSet<&str> = HashSet::new();
    let mut i = 0;
    while i < n {
        let t = a.tok(i);
        let code = is_model_code(t);
        if !code && !is_model_number(t) {
            i += 1;
            continue;
        }
        // A brand before the number: a name ending right there, or a capitalised
        // word inside the sentence ("Boeing’s Max 737").
        let mut s = i;
        let covering = at[i].filter(|m| m.span.start < a.tokens[i].start && matches!(m.label, EntityType::Org | EntityType::Misc));
        // "Boeing's 787-9": the brand owns the model but stays out of its span.
        let possessed = i >= 2
            && matches!(a.tok(i - 1), "'s" | "’s")
            && ends_at.get(&a.tokens[i - 2].end).is_some_and(|m| matches!(m.label, EntityType::Org | EntityType::Misc));
        // "737 Max": a model number with its variant word.
        let variant = t.len() == 3 && i + 1 < n && is_variant(a.tok(i + 1)) && !starts_with(i + 1, &[EntityType::Org, EntityType::Loc]);
        if let Some(m) = covering {
            s = (0..i).rev().find(|&k| a.tokens[k].start <= m.span.start).unwrap_or(i);
        } else if i > 0 {
            let prev = a.tok(i - 1);
            // A short number needs a noun after it ("Falcon 9 rocket"), not a score
            // ("Chelsea 1, Arsenal 2"); look past "-9" and a variant word ("787-9 Dreamliner jets").
            let mut k = if dashed(i) { i + 3 } else { i + 1 };
            if k < n && is_variant(a.tok(k)) {
                k += 1;
            }
            let next_lower = k < n && a.tok(k).chars().next().is_some_and(char::is_lowercase);
            let brand_ok = |m: &&&Mention<Bytes>| {
                matches!(m.label, EntityType::Org | EntityType::Misc)
                    && (t.len() >= 3 || next_lower)
                    && !NOT_BRANDS.contains(&m.text.as_str())
            };
            if let Some(m) = ends_at.get(&a.tokens[i - 1].end).filter(brand_ok) {
                s = (0..i).rev().find(|&k| a.tokens[k].start <= m.span.start).unwrap_or(i - 1);
            } else if is_cap(prev)
                && next_lower
                && !sentence_start.contains(&(i - 1))
                && !NOT_BRANDS.contains(&prev)
                && prev.chars().all(char::is_alphabetic)
                && (t.len() == 3 || code)
                && !at[i - 1].is_some_and(|m| matches!(m.label, EntityType::Person | EntityType::Loc))
            {
                s = i - 1;
            }
        }
        if s == i && !code && !possessed && !variant {
            i += 1;
            continue;
        }
        // The model number may go on with "-9" or "-900"; a variant word may follow.
        let mut e = if dashed(i) { i + 3 } else { i + 1 };
        if e < n && is_cap(a.tok(e)) && a.tok(e).chars().all(char::is_alphabetic) && !starts_with(e, &[EntityType::Org, EntityType::Loc]) {
            e += 1;
        }
        models.insert(t.trim_end_matches(|c: char| !c.is_ascii_digit()));
        found.push((s, e));
        i = e;
    }
    // A bare model number the document used in a product name.
    for i in 0..n {
        if a.tok(i).len() >= 3 && models.contains(a.tok(i)) && !found.iter().any(|&(s, e)| (s..e).contains(&i)) && is_model_number(a.tok(i))
        {
            // Not a count of things ("787 jets").
            let next = (i + 1 < n).then(|| a.tok(i + 1)).unwrap_or("");
            let plural_noun = next.len() > 3 && next.ends_with('s') && next.chars().all(|c| c.is_lowercase());
            if !plural_noun {
                found.push((i, if dashed(i) { i + 3 } else { i + 1 }));
            }
        }
    }
    if found.is_empty() {
        return mentions;
    }
    let spans: Vec<(usize, usize)> = found.iter().map(|&(s, e)| (a.tokens[s].start, a.tokens[e - 1].end)).collect();
    let mut out: Vec<Mention<Bytes>> =
        mentions.into_iter().filter(|m| !spans.iter().any(|&(s, e)| m.span.start < e && s < m.span.end)).collect();
    out.extend(found.iter().map(|&(s, e)| mention(a, s, e, EntityType::Misc)));
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(a: &Analysis, text: &str, label: EntityType) -> Mention<Bytes> {
        let start = a.text.find(text).unwrap();
        Mention { span: Span::new(start, start + text.len()), text: text.into(), label, sentence: a.sentence_of(start) }
    }

    /// A case table in which these words are lowercase in running text.
    fn common(words: &[&str]) -> CaseDict {
        let mut c = CaseDict::default();
        for w in words {
            c.map.insert(TokInfo::new(w, 0, 0).lower, 1);
        }
        c
    }

    const LAST_TOP_CAT: u32 = super::super::gazetteer::LAST_TOP;

    fn texts(ms: &[Mention<Bytes>]) -> Vec<(String, &'static str)> {
        ms.iter().map(|m| (m.text.clone(), m.label.as_str())).collect()
    }

    #[test]
    fn headline_takes_the_body_names() {
        let text = "Donald Trump Advises Boeing To Rebrand Its Jets\n\nPresident Donald Trump told Boeing to act.";
        let a = Analysis::new(text);
        let body = text.find("President").unwrap();
        let in_body = |t: &str, label| {
            let start = body + text[body..].find(t).unwrap();
            Mention { span: Span::new(start, start + t.len()), text: t.into(), label, sentence: a.sentence_of(start) }
        };
        let tagged = vec![
            m(&a, "Donald Trump Advises Boeing", EntityType::Org),
            in_body("Donald Trump", EntityType::Person),
            in_body("Boeing", EntityType::Org),
        ];
        let got = texts(&refine(&a, tagged, &common(&["advises", "rebrand", "jets"]), &Gazetteer::default()));
        assert_eq!(
            got,
            [("Donald Trump".into(), "PERSON"), ("Boeing".into(), "ORG"), ("Donald Trump".into(), "PERSON"), ("Boeing".into(), "ORG")]
        );
    }

    #[test]
    fn a_sentence_with_lowercase_words_is_not_a_headline() {
        let case = common(&["joined", "today", "gives", "early", "support"]);
        let a = Analysis::new("Oracle CEO Larry Ellison and Soft Bank CEO Masayoshi Son joined them today.");
        assert!(!is_headline(&a, 0, &case));
        let a = Analysis::new("Sam Altman met Angela Merkel in Berlin.");
        assert!(!is_headline(&a, 0, &case));
        let a = Analysis::new("Soros Family Gives Early Financial Support to Montana Senator");
        assert!(is_headline(&a, 0, &case));
    }

    #[test]
    fn products_and_models() {
        let text = "Emirates ordered Boeing 737 MAX jets and 30 Boeing 787-9 Dreamliner planes. The A380 and the Airbus A350-900 flew. Boeing’s Max 737 flights stopped. SpaceX flew a Falcon 9 rocket. The 787 is popular, 787 planes less. In 2015 it had 300 planes. Chelsea 1, Arsenal 2. It raised R120bn. Some 60 of the embattled 737 Max jets, 300 Republicans and Boeing's 777X. Then Wallace 487, Rs 300 and 2 more.";
        let a = Analysis::new(text);
        let tagged = vec![
            m(&a, "Emirates", EntityType::Org),
            m(&a, "Boeing", EntityType::Org),
            m(&a, "Falcon", EntityType::Org),
            m(&a, "SpaceX", EntityType::Org),
            m(&a, "Chelsea", EntityType::Org),
            m(&a, "Wallace", EntityType::Person),
        ];
        let got: Vec<String> = refine(&a, tagged, &CaseDict::default(), &Gazetteer::default())
            .into_iter()
            .filter(|m| m.label == EntityType::Misc)
            .map(|m| m.text)
            .collect();
        assert_eq!(
            got,
            ["Boeing 737 MAX", "Boeing 787-9 Dreamliner", "A380", "Airbus A350-900", "Max 737", "Falcon 9", "787", "737 Max", "777X"]
        );
        let a = Analysis::new("The 777x and the 777 fly, and a 777-9 too.");
        let got: Vec<String> = refine(&a, vec![], &CaseDict::default(), &Gazetteer::default()).into_iter().map(|m| m.text).collect();
        assert_eq!(got, ["777x", "777", "777-9"]);
        // A tagged span holding a model number becomes the product.
        let a = Analysis::new("It ordered 30 Boeing 787 jets.");
        let got = texts(&refine(&a, vec![m(&a, "Boeing 787", EntityType::Org)], &CaseDict::default(), &Gazetteer::default()));
        assert_eq!(got, [("Boeing 787".into(), "MISC")]);
        let a = Analysis::new("DUBAI, United Arab Emirates — Dubai's carrier.");
        let ms = vec![m(&a, "DUBAI", EntityType::Loc), m(&a, "United Arab Emirates — Dubai", EntityType::Org)];
        let got = texts(&refine(&a, ms, &CaseDict::default(), &Gazetteer::default()));
        assert_eq!(got, [("DUBAI".into(), "LOC"), ("United Arab Emirates".into(), "ORG"), ("Dubai".into(), "LOC")]);
    }

    #[test]
    fn model_codes() {
        for t in ["A350", "A330neo", "777X", "F150"] {
            assert!(is_model_code(t), "{t}");
        }
        for t in ["Q3", "H1", "300", "2015", "AI", "G7"] {
            assert!(!is_model_code(t), "{t}");
        }
    }

    #[test]
    fn a_census_name_called_a_person_is_one_throughout() {
        // "Smith" is a census surname (category bit 3), "Acme" is not.
        let gaz = Gazetteer::from_text(&format!("Smith\t{}\n", 1 << LAST_TOP_CAT)).unwrap();
        let a = Analysis::new("Smith said so. Smith’s plan, Smith-backed, Smith again. Acme sued Acme.");
        let mut ms = Vec::new();
        for (k, (start, _)) in a.text.match_indices("Smith").enumerate() {
            let label = if k == 0 { EntityType::Person } else { EntityType::Org };
            ms.push(Mention { span: Span::new(start, start + 5), text: "Smith".into(), label, sentence: a.sentence_of(start) });
        }
        for (k, (start, _)) in a.text.match_indices("Acme").enumerate() {
            let label = if k == 0 { EntityType::Person } else { EntityType::Org };
            ms.push(Mention { span: Span::new(start, start + 4), text: "Acme".into(), label, sentence: a.sentence_of(start) });
        }
        let got: Vec<&str> = persons(ms, &gaz).iter().map(|m| m.label.as_str()).collect();
        assert_eq!(got, ["PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "ORG"]);
    }

    #[test]
    fn organisation_shapes_and_emphasis() {
        let a = Analysis::new(
            "WeWork and xAI met ActBlue, McDonald and the Stargate Project. I would REBRAND it with my iPhone in sRGB at 5 kWh, #TodayInHistory pic.twitter.com/MYwRz9euaq.",
        );
        let ms = vec![
            m(&a, "WeWork", EntityType::Person),
            m(&a, "McDonald", EntityType::Person),
            m(&a, "Stargate Project", EntityType::Loc),
            m(&a, "REBRAND", EntityType::Org),
        ];
        let got = texts(&refine(&a, ms, &common(&["rebrand"]), &Gazetteer::default()));
        assert_eq!(
            got,
            [
                ("WeWork".into(), "ORG"),
                ("xAI".into(), "ORG"),
                ("ActBlue".into(), "ORG"),
                ("McDonald".into(), "PERSON"),
                ("Stargate Project".into(), "ORG")
            ]
        );
        let a = Analysis::new("Kestrel Sciences and Vorn Motors sued Jane Sciences.");
        let ms = vec![m(&a, "Kestrel Sciences", EntityType::Person), m(&a, "Vorn Motors", EntityType::Loc)];
        assert_eq!(
            texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())),
            [("Kestrel Sciences".into(), "ORG"), ("Vorn Motors".into(), "ORG")]
        );
    }

    #[test]
    fn whole_place_names() {
        let places = format!(
            "Democratic Republic of the Congo\t{}\nNew York\t{}\nUnited Arab Emirates\t{}\n",
            1 << COUNTRY,
            1 << CITY_BIG,
            1 << COUNTRY
        );
        let gaz = Gazetteer::from_text(&places).unwrap();
        let a = Analysis::new("Troops from the Democratic Republic of the Congo met the New York Times. The United Arab Emirates agreed.");
        let ms = vec![
            m(&a, "Democratic Republic", EntityType::Loc),
            m(&a, "Congo", EntityType::Loc),
            m(&a, "New York Times", EntityType::Org),
            m(&a, "United Arab", EntityType::Loc),
            m(&a, "Emirates", EntityType::Org),
        ];
        let got = texts(&refine(&a, ms, &CaseDict::default(), &gaz));
        assert_eq!(
            got,
            [("Democratic Republic of the Congo".into(), "LOC"), ("New York Times".into(), "ORG"), ("United Arab Emirates".into(), "LOC")]
        );
    }

    #[test]
    fn hyphenated_common_words_are_not_names() {
        let mut case = CaseDict::default();
        for w in ["hold", "up", "top", "rolls"] {
            case.map.insert(TokInfo::new(w, 0, 0).lower, 1);
        }
        case.map.insert(TokInfo::new("royce", 0, 0).lower, 4);
        assert!(common_compound("Hold-Up", &case) && common_compound("Top-10", &case));
        assert!(!common_compound("Rolls-Royce", &case) && !common_compound("Coca-Cola", &case) && !common_compound("Hold", &case));
    }

    #[test]
    fn role_words_and_administrations_settle_types() {
        // "Smith" is a census surname (category bit), "Paris" a city.
        let gaz = Gazetteer::from_text(&format!("Smith\t{}\nParis\t{}\n", 1 << LAST_TOP, 1 << CITY_BIG)).unwrap();
        let a = Analysis::new("Zentrix CEO Jane Roe spoke. Zentrix grew. The Smith administration and the Paris CEO summit.");
        let mk = |text: &str, nth: usize, label: EntityType| {
            let start = a.text.match_indices(text).nth(nth).unwrap().0;
            Mention { span: Span::new(start, start + text.len()), text: text.into(), label, sentence: 0 }
        };
        let ms = vec![
            mk("Zentrix", 0, EntityType::Loc),
            mk("Jane Roe", 0, EntityType::Person),
            mk("Zentrix", 1, EntityType::Misc),
            mk("Smith", 0, EntityType::Misc),
            mk("Paris", 0, EntityType::Loc),
        ];
        let got: Vec<&str> = cue_types(&a, ms, &gaz).iter().map(|m| m.label.as_str()).collect();
        assert_eq!(got, ["ORG", "PERSON", "ORG", "PERSON", "LOC"]);
    }

    #[test]
    fn event_names_are_misc() {
        let a = Analysis::new("The Dubai Air Show opened. The Show Boat sank.");
        let mk = |text: &str| {
            let start = a.text.find(text).unwrap();
            Mention { span: Span::new(start, start + text.len()), text: text.into(), label: EntityType::Org, sentence: 0 }
        };
        let got: Vec<&str> = events(vec![mk("Dubai Air Show"), mk("Show Boat"), mk("Show")]).iter().map(|m| m.label.as_str()).collect();
        assert_eq!(got, ["MISC", "ORG", "ORG"]);
    }

    #[test]
    fn common_noun_acronyms_are_dropped() {
        let a = Analysis::new("The AI firm OpenAI filed for an IPO.");
        let got = texts(&refine(
            &a,
            vec![m(&a, "AI", EntityType::Org), m(&a, "OpenAI", EntityType::Org), m(&a, "IPO", EntityType::Org)],
            &CaseDict::default(),
            &Gazetteer::default(),
        ));
        assert_eq!(got, [("OpenAI".into(), "ORG")]);
    }
}
