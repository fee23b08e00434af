//! Document-level typing that weighs evidence instead of counting votes.
//!
//! Capitalised names the tagger left out become organisations where the
//! words around them say so ([`cued_names`]: "shares of X", "X's founder"),
//! products where a kind of product follows them ("the Threads app"), or
//! where they are party groups, known organisations or known events, laws
//! and awards ([`listed_names`]).
//!
//! Every distinct name of a document gets one type, the one with the most
//! evidence over all its mentions:
//! - each tagged mention supports its type (half as much in a headline);
//! - what the name is in the knowledge lists: a party group ("GOP"), a known
//!   organisation (`known_orgs.txt`: "Oxfam"), a listed
//!   organisation (case-sensitive, ambiguous forms weakly), a country, state
//!   or city, a census first name followed by a census surname;
//! - the words around each mention (`type_cues.tsv`: "shares of X", "X-based",
//!   "in X", "X said"), a title before it ("Mr.", "Sen.") and a role word
//!   after it ("X CEO"); a plural kind noun whose examples it is
//!   (`example_kinds.tsv`: "miners such as X and Y"); a kind of product
//!   after it (`product_nouns.txt`: "Amazon's Kuiper satellites") for a name
//!   no list holds and the tagger did not call an organisation (that is the
//!   maker: "a TWA airliner"); a maker's name and a model's the tagger reads as a person or a place
//!   ("Nissan Sentra", [`maker_and_model`]);
//! - the document's other names: a surname alone and the full name it ends
//!   share their person evidence ("Musk", "Elon Musk"), and a one-word name
//!   that leads an organisation's name ending in an organisation word gets
//!   organisation evidence ("Emirates", "Emirates Airline"), also as a
//!   modifier the tagger called MISC ("other Harvard researchers"; not an
//!   adjective: "American" of "American Airlines").
//!
//! A one-word person that no full name, title or census list backs is weak
//! evidence (people are introduced by full name), and an initialism ("US",
//! "UK", "EU") is never a person: when nothing else speaks for it, it is a
//! place if it abbreviates one and an organisation otherwise.

use super::super::super::analysis::{Analysis, Bytes, is_possessive, is_punctuation_token};
use super::super::super::mention_at;
use super::super::super::{EntityType, Mention};
use super::super::features::CaseDict;
use super::super::gazetteer::{
    CITY_BIG, CITY_MID, CITY_SMALL, COUNTRY, FIRST_LOW, FIRST_TOP, Gazetteer, LAST_LOW, LAST_MID, LAST_TOP, STATE, is_ap_state_stem,
};
use super::super::orgs::{
    ACRONYM, AGENCY, AMBIG_COMPANY, AMBIG_OTHER, COMPANY, COMPANY_TOP, MEDIA, OrgGazetteer, PARTY, SPORTS, UNIVERSITY, toks,
};
use super::super::with_added;
use super::bounds::is_regnal_number;
use super::lists::{joint, lists};
use super::misc::{
    calendar_word, event_prefix, is_doctrine, is_group_word, is_holiday, is_product, owned_quoted_title, quotation_opening,
    quoted_word_title, quoted_work_title, weekday_word,
};
use super::state_codes;
use super::{
    in_census, is_camel_org, is_cap, is_census_name, is_common_acronym, is_firm_suffix, is_given_name, is_party_word, is_person_role_word,
    is_place_head, is_staff_role, is_title_or_role, mention,
};
use crate::lexicon::{
    ADJECTIVE_ENDINGS, ATTRIBUTIVE_DETERMINERS, AWARD_HEADS, COUNTRY_ABBREVIATIONS, EXAMPLE_KINDS, GENERATIONAL_SUFFIXES, HOLIDAYS,
    INDUSTRY_SUFFIXES, KNOWN_MISC, KNOWN_ORGS, KNOWN_PLACES, MEDIA_WORDS, MODEL_VARIANTS, NAME_TITLES, ORG_HEADS, ORG_NOUN_KINDS,
    ORG_ROLES, ORG_SHORT_FORMS, ORG_SUFFIXES, PARTY_GROUPS, POSSESSIVES, PREPOSITIONS, PRODUCT_NOUNS, REGIONS, RESEARCH_ROLES,
    ROLE_MODIFIERS, ROYAL_TITLES, SPORT_BODIES, SUBDIVISIONS, TYPE_CUES, WordList, is_event_head,
};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Scores per type, in [`EntityType::ALL`] order.
type Scores = [f32; 4];

/// Context evidence: the four types, then [`AGENT`].
type Evidence = [f32; 6];

/// The cue type `AGENT` of `type_cues.tsv` ("X said"): someone who acts or
/// speaks, a person or an organisation. It supports PERSON, and ORG as much for
/// a name the organisation lists hold (even an ambiguous one: "while Amazon said").
const AGENT: usize = 4;

/// The cue type `TEAM` of `type_cues.tsv` ("X beat", "lost to X"): a side in a
/// result. It supports ORG for a city or a state, whose name is then its team's
/// ("Columbus beat Montreal"); people and countries win and lose as themselves.
const TEAM: usize = 5;

/// The score index of the type a table names ("ORG"), if it names one.
fn type_index(name: &str) -> Option<usize> {
    EntityType::ALL.iter().position(|x| x.as_str() == name)
}

fn idx(t: EntityType) -> usize {
    EntityType::ALL.iter().position(|x| *x == t).unwrap_or(0)
}

/// One cue of `type_cues.tsv`: lowercase tokens, type index, weight.
struct Cue {
    toks: Vec<&'static str>,
    ty: usize,
    weight: f32,
}

/// The cues before a name, by their last token, and after it, by their first.
type CueIndex = (HashMap<&'static str, Vec<Cue>>, HashMap<&'static str, Vec<Cue>>);

/// The cues of `type_cues.tsv`, indexed by the token next to the name.
static CUES: LazyLock<CueIndex> = LazyLock::new(|| {
    let (mut before, mut after): CueIndex = Default::default();
    for r in TYPE_CUES.rows() {
        let ty = match r[2] {
            "AGENT" => Some(AGENT),
            "TEAM" => Some(TEAM),
            t => type_index(t),
        };
        let (Some(ty), Ok(weight)) = (ty, r[3].parse::<f32>()) else { continue };
        let toks: Vec<&'static str> = r[1].split(' ').collect();
        let (map, next) = if r[0] == "before" { (&mut before, toks[toks.len() - 1]) } else { (&mut after, toks[0]) };
        map.entry(next).or_default().push(Cue { toks, ty, weight });
    }
    (before, after)
});

/// Is `name` an initialism: two to five capitals, with or without periods ("US", "U.K.", "EU")?
pub(super) fn is_initialism(name: &str) -> bool {
    is_initialism_of(name, 5)
}

/// Is `name` two to `max` capitals, with or without periods? (Where a longer
/// word in capitals is more likely a headline's name, `max` is smaller.)
pub(crate) fn is_initialism_of(name: &str, max: usize) -> bool {
    let mut letters = 0;
    name.chars().filter(|c| *c != '.').all(|c| {
        letters += 1;
        c.is_ascii_uppercase()
    }) && (2..=max).contains(&letters)
}

/// Is a one-word name shaped as a nationality or party adjective ("American", "Turkish", "Democratic")?
fn is_adjective(name: &str) -> bool {
    ADJECTIVE_ENDINGS.rows().iter().any(|r| r[2] == "yes" && name.ends_with(r[0]))
}

/// Does an initialism abbreviate a country ("US", "U.K.")?
pub(super) fn country_initialism(name: &str) -> bool {
    let bare: String = name.chars().filter(|c| *c != '.').collect();
    COUNTRY_ABBREVIATIONS.rows().iter().any(|r| r[0].chars().filter(|c| *c != '.').eq(bare.chars()))
}

/// Gazetteer bits of a whole phrase: `(category -> matched as the whole phrase)`.
pub(super) fn whole_match(gaz: &Gazetteer, toks: &[&str], cat: u32) -> bool {
    let mut bits = vec![0u64; toks.len()];
    gaz.annotate(toks, &mut bits);
    let bit = |pos: u32| 1u64 << (cat * 4 + pos);
    let as_written = match toks.len() {
        0 => false,
        1 => bits[0] & bit(3) != 0,
        n => bits[0] & bit(0) != 0 && bits[n - 1] & bit(2) != 0,
    };
    as_written || gaz.folded(toks) & (1 << cat) != 0
}

/// Is the phrase `toks`, as a whole, a country, state or city of 100,000 people or more?
pub(super) fn major_place(gaz: &Gazetteer, toks: &[&str]) -> bool {
    [COUNTRY, STATE, CITY_BIG, CITY_MID].iter().any(|&c| whole_match(gaz, toks, c))
}

/// Evidence from the hand-written lists of names (party groups, known
/// organisations, events and places, holidays): whole names, as written, so it is not
/// discounted for one-word names as the gazetteers' aliases are. Typing adds
/// the name's tagged mentions to it, so the tagger's count cannot outvote it.
fn curated(name: &str) -> Scores {
    let mut s = [0.0; 4];
    for (list, _, label) in HAND_LISTS {
        if list.contains(name) {
            s[idx(label)] += 5.0;
        }
    }
    if short_forms().any(|f| f == name) {
        s[idx(EntityType::Org)] += 5.0;
    }
    if is_holiday(name) {
        s[idx(EntityType::Misc)] += 5.0;
    }
    s
}

/// What the organisation lists hold a name as: its exact form, or else a
/// listed name it writes without diacritics ("Gremio"), unless it is a place
/// as written ("Sao Paulo", "Brasilia" are the cities before they are clubs).
fn listed_as(orgs: &OrgGazetteer, gaz: &Gazetteer, toks: &[&str]) -> u32 {
    match orgs.lookup(toks) {
        // The lists title-case the SEC's capitals word by word, so a hyphenated name is listed with
        // a lowercase letter after its hyphen ("Harley-davidson", "Cleveland-cliffs").
        0 if toks.windows(2).any(|w| w[0] == "-" && w[1].starts_with(char::is_uppercase)) => {
            let lowered: Vec<String> =
                toks.iter().enumerate().map(|(k, t)| if k > 0 && toks[k - 1] == "-" { lower_first(t) } else { t.to_string() }).collect();
            orgs.lookup(&lowered.iter().map(String::as_str).collect::<Vec<_>>())
        }
        0 => {
            // The place test only for the few names the folded index holds: it is the costlier one.
            let folded = orgs.lookup_folded(toks);
            let place = || major_place(gaz, toks);
            if folded != 0 && place() { 0 } else { folded }
        }
        exact => exact,
    }
}

/// `t` with its first letter in lowercase ("Davidson" -> "davidson").
fn lower_first(t: &str) -> String {
    let mut cs = t.chars();
    cs.next().map_or_else(String::new, |c| c.to_lowercase().chain(cs).collect())
}

/// Is the name a known product (`products.txt`) alone or with one or two words of its edition
/// ("ChatGPT", "Android Auto", "MacBook Pro")?
fn product_name(gaz: &Gazetteer, toks: &[&str], name: &str) -> bool {
    is_product(name) || toks.len() <= 3 && toks.first().is_some_and(|w| is_product(w)) && toks[1..].iter().all(|w| edition_word(gaz, w))
}

/// Knowledge evidence for a name given as words and as the tokenizer's tokens (`lookup`, how the
/// lists are keyed: "Winston-Salem" is three), besides [`curated`]; `mask` is what the
/// organisation lists hold it as (`OrgGazetteer::lookup`).
fn knowledge(toks: &[&str], lookup: &[&str], name: &str, gaz: &Gazetteer, mask: u32) -> Scores {
    let mut s = [0.0; 4];
    let (person, org, loc) = (idx(EntityType::Person), idx(EntityType::Org), idx(EntityType::Loc));
    // Nationalities and religions are MISC, never places or people ("Muslims", "Kenyan");
    // a known product is MISC evidence ("ChatGPT"), and so is its edition ("Android Auto").
    if is_group_word(name) {
        s[idx(EntityType::Misc)] += 4.0;
    } else if product_name(gaz, toks, name) {
        s[idx(EntityType::Misc)] += 2.5;
    }
    let has = |c: u32| mask & (1 << c) != 0;
    if [COMPANY_TOP, MEDIA, PARTY, SPORTS, UNIVERSITY, AGENCY, ACRONYM].into_iter().any(has) {
        s[org] += 2.0;
    } else if has(COMPANY) {
        s[org] += 1.0;
    } else if has(AMBIG_COMPANY) || has(AMBIG_OTHER) {
        s[org] += 0.3;
    }
    let place = [(COUNTRY, 2.0), (STATE, 2.0), (CITY_BIG, 1.5), (CITY_MID, 1.0), (CITY_SMALL, 0.3)];
    if let Some((_, w)) = place.iter().find(|(c, _)| whole_match(gaz, lookup, *c)) {
        s[loc] += w;
    } else if is_region(name) {
        // A state or province abroad ("Bavaria", "Punjab"), as much a place as a US state.
        s[loc] += 2.0;
    } else if name.strip_suffix('.').is_some_and(is_ap_state_stem) {
        // A state's AP abbreviation with its period ("Dekalb, Ill."; the gazetteer holds it without).
        s[loc] += 2.0;
    } else if is_initialism(name) && country_initialism(name) {
        // "USA", "U.K.": the curated list of country initialisms outweighs a
        // party's or a fund's abbreviation in the organisation lists.
        s[loc] += 3.0;
    }
    let last = toks[toks.len() - 1];
    let place_word = |t: &str| major_place(gaz, &[t]);
    if toks.len() >= 2 {
        // A census given name opening the name.
        let first = census_given_name(gaz, toks[0]);
        // An award with its complement ("Nobel Prize in Economic Sciences"); else the name's own last
        // word: "... Bank", "... Cup", "... Navy".
        let award = toks.windows(2).any(|w| AWARD_HEADS.contains(w[0]) && matches!(w[1], "of" | "for" | "in"));
        // A sport's governing body, the sport and its place: "Cricket Australia", "Cycling Ireland".
        let sport_body = toks.len() == 2
            && SPORT_BODIES.contains(toks[0])
            && ([COUNTRY, STATE].iter().any(|&c| whole_match(gaz, &lookup[1..], c)) || is_region(toks[1]));
        if award {
            s[idx(EntityType::Misc)] += 2.5;
        } else if sport_body || is_firm_suffix(last) {
            s[org] += 2.5;
        } else if is_event_head(last) || event_prefix(toks).is_some_and(|(len, _)| len < toks.len()) {
            // "... Cup", "... Summit"; "Hurricane ...", "Operation ...".
            s[idx(EntityType::Misc)] += 2.5;
        } else if MODEL_VARIANTS.contains(last) && edition_word(gaz, last) && mask == 0 && !first {
            // A model's variant word ends a product's name, with or without its number ("Vision
            // Pro", "Blackwell Ultra"), in no organisation list, opening with no given name ("Martin
            // Max").
            s[idx(EntityType::Misc)] += 2.5;
        } else if ORG_HEADS.contains(last) {
            s[org] += 1.5;
        } else if toks
            .iter()
            .position(|w| matches!(*w, "of" | "for" | "on"))
            .is_some_and(|p| p > 0 && (ORG_HEADS.contains(toks[p - 1]) || ORG_SUFFIXES.contains(toks[p - 1])))
        {
            // The head before the name's complement: "Cabinet Committee on Security", "Institute for
            // Research on Exoplanets".
            s[org] += 1.5;
        }
        // A census first name and surname, neither a place ("China Daily" is no person). A place's
        // head that is a rarer surname says nothing ("Louis Creek", "Moira Creek"; "Grace Park" is
        // still a person's name): the contexts decide.
        let surname = (FIRST_TOP..=LAST_LOW).any(|c| whole_match(gaz, &[last], c))
            && (!is_place_head(last) || in_census(gaz, last, LAST_TOP..=LAST_TOP));
        if toks.len() <= 3 && first && surname && !place_word(toks[0]) && s[org] == 0.0 {
            s[person] += 1.0;
        }
        if s[org] == 0.0 {
            s[person] += person_form(toks);
        }
        // An Arabic family name after a given name ("Mohammed bin Salman", "Osama el-Baz"; "al-"
        // only after a census given name: "Ahmed al-Sharaa", not "Jebel al-Akhdar" or "Gama'a
        // al-Islamiya"), where an organisation's name opens with the article ("al-Qaeda").
        let arabic = |t: &&str| t.starts_with("el-") || matches!(*t, "bin" | "ibn" | "bint") || (first && t.starts_with("al-"));
        if toks[1..].iter().any(arabic) && is_cap(toks[0]) {
            s[person] += 2.0;
        }
    }
    s
}

/// Is `name` a state, province or region of a country other than the US (`regions.txt`,
/// `subdivisions.txt`: "Bavaria", "Terengganu")?
fn is_region(name: &str) -> bool {
    REGIONS.contains(name) || SUBDIVISIONS.contains(name)
}

/// The capitals of an abbreviation written as a word, as British papers write those said as words
/// ("Nasa", "Nato", "Opec", "Unicef"): four to six letters, a capital and then lowercase, no census
/// name and no large place. The organisation lists hold the capitals ("NASA").
fn spelled_acronym(gaz: &Gazetteer, name: &str) -> Option<String> {
    let n = name.chars().count();
    let shape =
        (4..=6).contains(&n) && name.starts_with(|c: char| c.is_ascii_uppercase()) && name.chars().skip(1).all(|c| c.is_ascii_lowercase());
    (shape && !in_census(gaz, name, FIRST_TOP..=LAST_LOW) && !major_place(gaz, &[name])).then(|| name.to_ascii_uppercase())
}

/// Is `name` two capitalised words joined by a hyphen ("Rolls-Royce"), not both
/// census given names ("Anne-Marie")? Alone in a document, with no full name
/// or title backing it, such a name is a firm named for its founders.
fn founders_name(gaz: &Gazetteer, name: &str) -> bool {
    let word = |w: &str| is_cap(w) && w.chars().count() >= 2 && w.chars().skip(1).all(char::is_lowercase);
    match name.split_once('-') {
        Some((x, y)) => word(x) && word(y) && !(is_given_name(gaz, x) && is_given_name(gaz, y)),
        None => false,
    }
}

/// Is `w` the plural of one of the surnames `family` ("Obamas", "Soroses", "Joneses")?
fn family_plural(w: &str, family: &HashSet<&str>) -> bool {
    let sibilant = |stem: &str| ["s", "sh", "ch", "x", "z"].iter().any(|e| stem.ends_with(e));
    w.strip_suffix('s').is_some_and(|stem| family.contains(stem))
        || w.strip_suffix("es").is_some_and(|stem| sibilant(stem) && family.contains(stem))
}

/// PERSON evidence of a family named by the plural of a person's surname ("the Obamas"), on top
/// of every tagged mention of it.
const FAMILY: f32 = 3.0;

/// ORG evidence of a name joined by "&" ("B&H", "Procter & Gamble"), for each mention.
const AMPERSAND: f32 = 1.5;

/// MISC evidence of a name ending in a Roman numeral ("Artemis II").
const ROMAN_NUMERAL: f32 = 2.5;

/// Person evidence of a name's form: a generational suffix ("Patrick W. Carlineo Jr.") or a middle
/// initial between a given name and a surname ("Patrick W. Carlineo"). Callers leave out names with an
/// organisation's word ("Robert W. Baird & Co.", "John F. Kennedy Library").
fn person_form(toks: &[&str]) -> f32 {
    let initial = |t: &str| t.len() == 2 && t.ends_with('.') && t.starts_with(|c: char| c.is_ascii_uppercase());
    let word = |t: &str| is_cap(t) && t.len() >= 2 && t.chars().skip(1).all(char::is_lowercase);
    if toks.is_empty() || !word(toks[0]) {
        return 0.0;
    }
    let (core, suffixed) = surname_part(toks);
    let middle = core.len() == 3 && initial(core[1]) && word(core[2]);
    if suffixed && core.len() >= 2 {
        2.5
    } else if middle {
        1.5
    } else {
        0.0
    }
}

/// A name without its generational suffix, and whether it had one ("Carlineo Jr." -> "Carlineo").
fn surname_part<'t>(toks: &'t [&'t str]) -> (&'t [&'t str], bool) {
    match toks.split_last() {
        Some((last, rest)) if !rest.is_empty() && SUFFIXES_OF_PERSONS.contains(last) => (rest, true),
        _ => (toks, false),
    }
}

/// Generational suffixes only a person's name ends in (`generational_suffixes.txt` less the Roman
/// numerals, which also end events and products: "World War II", "Apollo IV").
static SUFFIXES_OF_PERSONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| GENERATIONAL_SUFFIXES.words().iter().copied().filter(|w| !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))).collect());

/// Token `k` lowercased as `type_cues.tsv` spells it: a possessive clitic of any form ("’s", or the
/// apostrophe alone after a name in "s": "Edmunds' executive director") is "'s".
fn cue_token<'t>(a: &'t Analysis, k: usize) -> &'t str {
    match a.low(k) {
        w if is_possessive(w) || matches!(w, "'" | "’") => "'s",
        w => w,
    }
}

/// Do the lowercase tokens ending before token `i` (or starting at `i`) read `cue`?
fn cue_before(a: &Analysis, i: usize, cue: &[&str]) -> bool {
    i >= cue.len() && cue.iter().enumerate().all(|(k, w)| cue_token(a, i - cue.len() + k) == *w)
}

fn cue_after(a: &Analysis, i: usize, cue: &[&str]) -> bool {
    i + cue.len() <= a.tokens.len() && cue.iter().enumerate().all(|(k, w)| cue_token(a, i + k) == *w)
}

/// Context evidence for the mention over tokens `s..e`.
fn context(a: &Analysis, s: usize, e: usize, one_word: bool, out: &mut Evidence) {
    let (before, after) = &*CUES;
    if s > 0
        && let Some(cues) = before.get(cue_token(a, s - 1))
    {
        for c in cues.iter().filter(|c| cue_before(a, s, &c.toks)) {
            out[c.ty] += c.weight;
        }
    }
    // A title in apposition after a work noun: "his latest film, Oppenheimer, won".
    if s >= 2
        && a.tok(s - 1) == ","
        && let Some(cues) = before.get(a.low(s - 2))
    {
        for c in cues.iter().filter(|c| c.ty == idx(EntityType::Misc) && c.toks.len() == 1) {
            out[c.ty] += c.weight;
        }
    }
    if let Some(cues) = after.get(cue_token(a, e)) {
        for c in cues.iter().filter(|c| cue_after(a, e, &c.toks)) {
            out[c.ty] += c.weight;
        }
    }
    if s > 0 && NAME_TITLES.contains(a.low(s - 1).trim_end_matches('.')) && a.tok(s - 1).chars().next().is_some_and(char::is_uppercase) {
        out[idx(EntityType::Person)] += 3.0;
    }
    if one_word && e < a.tokens.len() && a.tokens[e - 1].end < a.tokens[e].start && is_staff_role(a.tok(e)) {
        out[idx(EntityType::Org)] += 2.0;
    }
    if one_word && research_role_after(a, s, e) {
        out[idx(EntityType::Org)] += RESEARCH_ROLE;
    }
    if org_apposition(a, s, e) {
        out[idx(EntityType::Org)] += ORG_APPOSITION;
    }
    if age_after(a, e) {
        out[idx(EntityType::Person)] += AGE;
    }
    if role_apposition(a, e) {
        out[idx(EntityType::Person)] += ROLE_APPOSITION;
    }
    if let Some(ty) = example_kind(a, s) {
        out[ty] += EXAMPLE;
    }
}

/// Evidence of the type of a kind noun's examples ("miners such as Anglo American").
const EXAMPLE: f32 = 2.0;

/// Most members a list of examples is walked back over.
const EXAMPLE_MEMBERS: usize = 8;

/// Kind nouns (`example_kinds.tsv`) -> the type index of their examples.
static EXAMPLE_KIND: LazyLock<HashMap<&'static str, usize>> =
    LazyLock::new(|| EXAMPLE_KINDS.rows().iter().filter_map(|r| Some((r[0], type_index(r[1])?))).collect());

/// The type of the name at token `s` as an example of a plural kind noun: the name, or a list
/// member before it, follows the noun and "such as", "like" or "including" (a comma may stand
/// before "such as" and "including"): "miners such as Anglo American and Rio Tinto", "countries,
/// including Chad, Mali and Niger". Members are walked back over joints of commas, "and" and "or"
/// and runs of capitalised words, inside the sentence.
fn example_kind(a: &Analysis, s: usize) -> Option<usize> {
    let first = a.sentences[a.sentence_of_token(s)].tokens.start;
    let cue = |i: usize| {
        let lead = if i >= first + 2 && a.low(i - 2) == "such" && a.low(i - 1) == "as" {
            i - 2
        } else if i > first && matches!(a.low(i - 1), "like" | "including") {
            i - 1
        } else {
            return None;
        };
        let noun = if lead > first && a.tok(lead - 1) == "," && a.low(lead) != "like" { lead - 1 } else { lead };
        (noun > first).then(|| EXAMPLE_KIND.get(a.low(noun - 1)).copied()).flatten()
    };
    let mut i = s;
    for _ in 0..EXAMPLE_MEMBERS {
        if let Some(ty) = cue(i) {
            return Some(ty);
        }
        // Back over the list joint before this member (`lists::joint`), then over the member before it.
        let j = (i.saturating_sub(2).max(first)..i).find(|&j| joint(a, j, i).is_some())?;
        let mut k = j;
        while k > first && j - k < 5 && (is_cap(a.tok(k - 1)) || a.tok(k - 1) == "&") {
            k -= 1;
        }
        if k == j {
            return None;
        }
        i = k;
    }
    None
}

/// MISC evidence of a doctrine's name ("Confucianism", `misc::is_doctrine`).
const DOCTRINE: f32 = 2.5;

/// Organisation evidence of a name a research role and a person's name follow ("Wedbush analyst Dan Ives").
const RESEARCH_ROLE: f32 = 2.0;

/// Does a research role (`research_roles.txt`) and a capitalised word follow the one-word name at
/// token `s` ("Wedbush analyst Dan Ives")? Not after a party or a nationality ("Democratic
/// strategist James Carville", "Labour pollster John Ross").
fn research_role_after(a: &Analysis, s: usize, e: usize) -> bool {
    RESEARCH_ROLES.contains(a.tok(e))
        && is_cap(a.tok(e + 1))
        && !is_adjective(a.tok(s))
        && !is_group_word(a.tok(s))
        && !is_party_word(a.tok(s))
}

/// Person evidence of a person's role in lowercase right before a name.
const ROLE_BEFORE: f32 = 2.0;

/// Does a person's role stand right before the full name over tokens `s..e` (two or three
/// capitalised words): "chief executive Elon Musk", "coach Tom Reyes", and in a formal title
/// capitalised after a lowercase word or opening the sentence ("Chief Executive Elon Musk has
/// said"; not inside a run of capitals: "Acme Director Fund")?
fn role_before(a: &Analysis, s: usize, e: usize) -> bool {
    let word = |k: usize| is_cap(a.tok(k)) && a.tok(k).chars().all(|c| c.is_alphabetic() || c == '.' || c == '\'');
    // The capitalised title's first word: the role and a role word before it ("Chief Executive").
    let title_start = |k: usize| if k > 0 && is_person_role_word(a.low(k - 1)) && is_cap(a.tok(k - 1)) { k - 1 } else { k };
    let formal = |k: usize| {
        let f = title_start(k);
        is_cap(a.tok(k)) && (f == 0 || a.sentence_of_token(f) != a.sentence_of_token(f - 1) || a.tok(f - 1).starts_with(char::is_lowercase))
    };
    s > 0
        && (a.tok(s - 1).starts_with(char::is_lowercase) || formal(s - 1))
        && is_person_role_word(a.low(s - 1))
        && (2..=3).contains(&(e - s))
        && (s..e).all(word)
}

/// Person evidence of a person's role in apposition after a name.
const ROLE_APPOSITION: f32 = 2.0;

/// Words that may end a role in apposition: "X, the U.S. attorney in Brooklyn,", "X, chief investment
/// officer at Y".
const ROLE_APPOSITION_ENDS: [&str; 15] = [",", ".", ")", ";", ":", "of", "at", "in", "for", "with", "who", "and", "from", "on", "since"];

/// Does a person's role stand in apposition at token `e`, right after a name: a comma, a determiner
/// or an organisation's possessive or nothing, up to four modifiers ("U.S.", "former", "senior"),
/// then a run of role words and the words between them ("chief content officer") that the phrase's end
/// or a preposition closes: "Breon Peace, the U.S. attorney in Brooklyn, said", "Kim Forrest, chief
/// investment officer at Bokeh"? Not a role before a name ("Apple, chief executive Tim Cook said").
fn role_apposition(a: &Analysis, e: usize) -> bool {
    let n = a.tokens.len();
    if e + 2 >= n || a.tok(e) != "," {
        return false;
    }
    let mut j = e + 1;
    if matches!(a.low(j), "a" | "an" | "the") {
        j += 1;
    } else if let Some(p) = (j..(j + 4).min(n)).find(|&k| !is_cap(a.tok(k))).filter(|&p| p > j && is_possessive(a.tok(p))) {
        // The owner's capitalised words before a possessive: "Netflix's", "Zeta Labs's".
        j = p + 1;
    }
    let role = |k: usize| k < n && is_person_role_word(a.low(k));
    let modifier = |k: usize| k < n && (is_cap(a.tok(k)) || a.tok(k) == "-" || ROLE_MODIFIERS.contains(a.low(k)) || plain_modifier(a, k));
    let first = j;
    while j < first + 4 && !role(j) && modifier(j) {
        j += 1;
    }
    if !role(j) {
        return false;
    }
    // On to the role's last word, over lowercase words between role words ("chief content officer").
    let lower = |k: usize| k < n && plain_modifier(a, k) && a.tok(k).starts_with(char::is_lowercase);
    while let Some(next) = (j + 1..(j + 4).min(n)).take_while(|&k| role(k) || lower(k)).find(|&k| role(k)) {
        j = next;
    }
    j + 1 >= n || ROLE_APPOSITION_ENDS.contains(&a.low(j + 1))
}

/// Person evidence of an age in apposition after a name.
const AGE: f32 = 2.0;

/// Does an age stand in apposition at token `e`, right after a name: "Bam Adebayo, 26, said"? A
/// number from 1 to 110 between commas (not in brackets, where a table position stands: "Parma (14) v
/// Atalanta (15)").
fn age_after(a: &Analysis, e: usize) -> bool {
    e + 2 < a.tokens.len()
        && a.tok(e) == ","
        && a.tok(e + 2) == ","
        && a.tok(e + 1).len() <= 3
        && a.tok(e + 1).parse::<u32>().is_ok_and(|n| (1..=110).contains(&n))
}

/// Does the name over tokens `s..e` open its clause before a plural verb? Then it is a team or an
/// organisation, as British English writes them, never one person ("Chelsea have paid the fee",
/// "Acme are hiring"). For the tagger's names only: "We have" is no name.
fn before_plural_verb(a: &Analysis, s: usize, e: usize) -> bool {
    let opens_clause = s == 0 || is_punctuation_token(a.tok(s - 1));
    e < a.tokens.len() && matches!(a.tok(e), "are" | "have") && opens_clause
}

/// Organisation evidence, and as much against a person, of a name before a plural verb.
const PLURAL_VERB: f32 = 1.5;

/// Organisation evidence of the last word of a listed firm's name shaped like a person's ("Lilly" of
/// "Eli Lilly"): more than two tagged person votes and the most a full name backs a surname (3).
const LISTED_FIRM_SURNAME: f32 = 5.0;

/// MISC evidence of a storm's name alone after the document gave it with its prefix ("Linggit" of
/// "Typhoon Linggit"), besides one for each tagged mention: more than a full name backs a surname (3).
const STORM_NAME: f32 = 3.5;

/// Place evidence of a city before a US state code, or of the code ("Irving, TX"; `state_codes.rs`).
const CITY_STATE: f32 = 3.0;

/// Work evidence of a one-word title in quotation marks of its own ("Nolan's “Oppenheimer”";
/// `misc::quoted_word_title`): more than a tagged mention, as the tagger reads the word as the name
/// it is, not the work named after it.
const QUOTED_TITLE: f32 = 2.0;

/// Place evidence of a name before a comma and a US state's name ("Redmond, Washington-based").
const CITY_STATE_NAME: f32 = 1.5;

/// Organisation evidence of a name in apposition with an organisation noun.
const ORG_APPOSITION: f32 = 2.0;

/// Evidence against a person for a name after a full name and "of" ("Gil Luria of D.A. Davidson"),
/// and half of it for an organisation (a place's own evidence outweighs it: "Mike Pence of Indiana").
const OF_PERSON: f32 = 2.0;

/// Is the name over tokens `s..e` in apposition with an organisation noun
/// (`org_roles.txt`): after it, "X, a Texas-based startup that …", "X, the
/// airline,"; before it, "the airline X", "the budget carrier X", or the
/// noun phrase opening the sentence ("The group that owns her catalogue, X,
/// says", "Her record label, X, declined")? Not "X, a company spokesman" or
/// "X, the company's founder" (the noun is a person's).
fn org_apposition(a: &Analysis, s: usize, e: usize) -> bool {
    let n = a.tokens.len();
    let det = |k: usize| matches!(a.low(k), "a" | "an" | "the");
    let org_noun = |k: usize| k < n && ORG_ROLES.contains(a.tok(k));
    if opening_org_phrase(a, s, e, &org_noun) {
        return true;
    }
    // After: ", (a|an|the) [up to three modifiers] NOUN" not followed by a person's noun or "'s".
    if e + 2 < n && a.tok(e) == "," && det(e + 1) {
        let mut j = e + 2;
        while j < n && j < e + 5 && !org_noun(j) {
            let t = a.tok(j);
            // Lowercase words, hyphened compounds ("Texas-based") and nationalities ("the Danish maker").
            let modifier = t == "-"
                || is_group_word(t)
                || t.chars().all(|c| c.is_alphabetic() || c == '-') && (t.starts_with(char::is_lowercase) || a.tok(j + 1) == "-");
            if !modifier {
                break;
            }
            j += 1;
        }
        let next = |k: usize| if k < n { a.low(k) } else { "" };
        // The phrase ends there or goes on with a relative or a participle, not a verb ("This past
        // May, the agency selected …") or a person's noun ("a company spokesman", "the company's").
        // A maker's "of" names what it makes ("X, the maker of Y"), no head count.
        let maker_of = next(j + 1) == "of" && a.low(j).ends_with("maker");
        let ends = next(j + 1).chars().all(|c| c.is_ascii_punctuation()) || APPOSITION_GOES_ON.contains(&next(j + 1)) || maker_of;
        if org_noun(j) && ends && !calendar_word(a.low(s)) {
            return true;
        }
    }
    // Before, in the same sentence and line: "the [one modifier] NOUN X", or a noun of business, media
    // or finance (`org_noun_kinds.tsv`) with one or two modifiers and no determiner, as a title
    // ("Ukrainian energy company Burisma", "financial firm JP Morgan"; not "a company Musk founded",
    // nor a body a person is titled by: "veterinary committee Werner Zwingmann"); a name of three
    // letters or more that is no common acronym ("the group C game", "the campaign TV spots").
    let same_line = |k: usize| !a.text[a.tokens[k].start..a.tokens[s].start].contains('\n');
    let the = |k: usize| a.low(k) == "the" && same_line(k);
    let modifier = |k: usize| plain_modifier(a, k) && same_line(k);
    // A maker noun needs no modifier: no one is titled "drugmaker" ("shares of drugmaker X",
    // "keyboard case maker X").
    let title_noun = s >= 2 && TITLE_ORG_NOUNS.contains(a.tok(s - 1));
    let titled = title_noun && a.tok(s - 1).ends_with("maker")
        || title_noun && modifier(s - 2) && {
            let mut k = s - 2;
            while k > 0 && k + 3 > s && modifier(k - 1) {
                k -= 1;
            }
            k == 0 || !matches!(a.low(k - 1), "a" | "an") && !is_cap(a.tok(k - 1))
        };
    // A possessive determiner, up to two lowercase modifiers and the noun before the name ("her former
    // label Big Machine, which"), or a possessive or "the" and the noun set off by a comma from a name
    // that closes the phrase ("owns her former record label, Big Machine)"); not after a preposition
    // opening the sentence ("For the company, Ann Cole said") nor after "of", whose noun phrase heads it
    // ("The chairman of the local council, Ann Cole, said").
    let opening = a.sentences[a.sentence_of_token(s)].tokens.start;
    let determined_by = |noun: usize, dets: &[&str]| {
        let mut k = noun;
        while k > 0 && noun - k < 2 && modifier(k - 1) && a.tok(k - 1).starts_with(char::is_lowercase) {
            k -= 1;
        }
        let d = k.saturating_sub(1);
        k > 0
            && dets.contains(&a.low(d))
            && same_line(d)
            && !(d == opening + 1 && PREPOSITIONS.contains(a.low(opening)))
            && (d == 0 || a.low(d - 1) != "of")
    };
    // "the engine-parts supplier X": one modifier of words glued by hyphens.
    let lower_word = |k: usize| a.tok(k).starts_with(char::is_lowercase) && is_word(a.tok(k));
    let hyphened_modifier = |noun: usize| {
        let mut j = noun - 1;
        while j >= 2 && noun - j < 5 && a.tok(j - 1) == "-" && a.adjacent(j - 2) && a.adjacent(j - 1) && lower_word(j - 2) {
            j -= 2;
        }
        j + 1 < noun && j >= 1 && lower_word(noun - 1) && the(j - 1)
    };
    let closes = e >= n || matches!(a.tok(e), "," | "." | ")" | ";") || APPOSITION_GOES_ON.contains(&a.low(e));
    let comma_apposition = s >= 3 && a.tok(s - 1) == "," && closes && org_noun(s - 2) && determined_by(s - 2, &APPOSITION_DETERMINERS);
    let name = &a.text[a.tokens[s].start..a.tokens[e - 1].end];
    s >= 2
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !is_common_acronym(name)
        && (comma_apposition
            || org_noun(s - 1)
                && (the(s - 2)
                    || (s >= 3 && the(s - 3) && is_word(a.tok(s - 2)))
                    || hyphened_modifier(s - 1)
                    || titled
                    || determined_by(s - 1, &APPOSITION_DETERMINERS[1..])))
        && !calendar_word(a.low(s))
}

/// Determiners of an organisation noun in apposition with a name ("the parent, X", "her former label X");
/// the possessive ones from the second on.
const APPOSITION_DETERMINERS: [&str; 8] = ["the", "its", "her", "his", "their", "our", "your", "my"];

/// Is the name over tokens `s..e` set off by commas right after an
/// organisation noun phrase that opens its sentence: a determiner or
/// possessive, up to two lowercase modifiers, the noun (not a possessive:
/// "The company's founder, X,"), then nothing or a relative clause or
/// participle of up to ten words with no comma ("The group that owns most
/// of her music, X, says")?
fn opening_org_phrase(a: &Analysis, s: usize, e: usize, org_noun: &dyn Fn(usize) -> bool) -> bool {
    if s < 3 || a.tok(s - 1) != "," || e >= a.tokens.len() || a.tok(e) != "," {
        return false;
    }
    let first = a.sentences[a.sentence_of_token(s)].tokens.start;
    if !matches!(a.low(first), "the" | "its" | "her" | "his" | "their" | "our") {
        return false;
    }
    let modifier = |k: usize| a.tok(k).starts_with(char::is_lowercase) && plain_modifier(a, k);
    let Some(noun) = (first + 1..(first + 4).min(s - 1)).find(|&k| org_noun(k) || !modifier(k)).filter(|&k| org_noun(k)) else {
        return false;
    };
    let comma = s - 1;
    let rest = noun + 1..comma;
    rest.is_empty()
        || rest.len() <= 10
            && (APPOSITION_GOES_ON.contains(&a.low(noun + 1)) || matches!(a.low(noun + 1), "behind" | "who" | "run" | "led"))
            && rest.clone().all(|k| !matches!(a.tok(k), "," | "'s" | "’s" | "\"" | "“" | "”" | ";" | ":"))
}

/// Organisation nouns of business, media and finance (`org_noun_kinds.tsv`), which stand before a
/// company's name as a title ("energy company Burisma", "broadcaster ITV").
static TITLE_ORG_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ORG_NOUN_KINDS.rows().iter().filter(|r| matches!(r[1], "business" | "media" | "finance")).map(|r| r[0]).collect());

/// Is `t` a word of letters and hyphens ("energy", "ride-hailing")?
fn is_word(t: &str) -> bool {
    t.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Can token `k` modify an organisation noun: a word that is no preposition,
/// determiner, possessive, conjunction or relative ("The head of the group,
/// X," is no organisation phrase)?
fn plain_modifier(a: &Analysis, k: usize) -> bool {
    let w = a.low(k);
    is_word(w)
        && w != "-"
        && w != "or"
        && !PREPOSITIONS.contains(w)
        && !ATTRIBUTIVE_DETERMINERS.contains(w)
        && !APPOSITION_GOES_ON.contains(&w)
}

/// Words that go on an organisation apposition: "X, a startup that …", "X, the airline based in …".
/// Not "of": "Turnhout, a group of boy scouts" counts heads, it names no organisation.
const APPOSITION_GOES_ON: [&str; 14] =
    ["that", "which", "whose", "with", "in", "based", "founded", "owned", "known", "for", "from", "at", "and", "backed"];

/// The hand-written lists of names, whether a name of each may open a sentence
/// (a known name is no other word there; "Republicans" opening a sentence is
/// left to the tagger), and their type.
const HAND_LISTS: [(&WordList, bool, EntityType); 5] = [
    (&PARTY_GROUPS, false, EntityType::Org),
    (&KNOWN_ORGS, true, EntityType::Org),
    (&MEDIA_WORDS, false, EntityType::Org),
    (&KNOWN_MISC, true, EntityType::Misc),
    (&KNOWN_PLACES, true, EntityType::Loc),
];

/// A listed name split into tokens, whether it may open a sentence, and its type.
type ListedName = (Vec<&'static str>, bool, EntityType);

/// Listed names of [`HAND_LISTS`] by their first token: party groups
/// (`party_groups.txt`), known organisations (`known_orgs.txt`), known events,
/// laws, awards and languages (`known_misc.txt`), known places
/// (`known_places.txt`) and states and provinces abroad (`regions.txt`).
static LISTED_NAMES: LazyLock<HashMap<&'static str, Vec<ListedName>>> = LazyLock::new(|| {
    let mut by_first: HashMap<&'static str, Vec<ListedName>> = HashMap::new();
    for (list, opens, label) in HAND_LISTS {
        for p in list.words() {
            let words = toks(p);
            by_first.entry(words[0]).or_default().push((words, opens, label));
        }
    }
    // States and provinces abroad ("Catalonia"), anywhere, as their evidence is no stronger than a US state's.
    for p in REGIONS.words().iter().chain(SUBDIVISIONS.words()) {
        let words = toks(p);
        by_first.entry(words[0]).or_default().push((words, true, EntityType::Loc));
    }
    // Conventional short names ("Fed", "Man Utd"), not opening a sentence ("Fed up with …").
    for p in short_forms() {
        let words = toks(p);
        by_first.entry(words[0]).or_default().push((words, false, EntityType::Org));
    }
    by_first
});

/// The short names of organisations in `org_short_forms.tsv` ("Fed" for "Federal Reserve").
fn short_forms() -> impl Iterator<Item = &'static str> {
    ORG_SHORT_FORMS.rows().iter().map(|r| r[0])
}

/// Listed names the tagger left out or cut: party groups ("GOP", "Tories")
/// inside a sentence of running text (not its first word), known organisations
/// ("Greenpeace", "Doctors Without Borders"), known events, laws and awards
/// ("Cold War", "Golden Globes"), known places ("West Bank") and states and
/// provinces abroad ("Catalonia") anywhere in
/// it; not in headlines, nor before a place head (a piece of a place's name:
/// "Parliament Square"). They become mentions of the list's type, in place of
/// tagged pieces inside them.
pub(super) fn listed_names(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let mut added = Vec::new();
    let mut replaced: HashSet<usize> = HashSet::new();
    for (si, sent) in a.sentences.iter().enumerate() {
        if a.is_title_case(si) {
            continue;
        }
        for i in sent.tokens.clone() {
            let Some(forms) = LISTED_NAMES.get(a.tok(i)) else { continue };
            let fits = |(f, opens, _): &&ListedName| {
                (i > sent.tokens.start || *opens) && i + f.len() <= sent.tokens.end && f.iter().enumerate().all(|(k, w)| a.tok(i + k) == *w)
            };
            let Some((f, _, label)) = forms.iter().filter(fits).max_by_key(|(f, _, _)| f.len()) else { continue };
            // An outlet named by a common word stands alone: "told Variety", not "Deadline Day".
            let near = |k: usize| is_cap(a.tok(k)) && a.tok(k) != "The" || a.tok(k).starts_with(|c: char| c.is_ascii_digit());
            if f.len() == 1 && MEDIA_WORDS.contains(f[0]) && (near(i - 1) || (i + 1 < sent.tokens.end && near(i + 1))) {
                continue;
            }
            // A listed name before a place head names a place: "Parliament Square", "Knesset Street".
            if i + f.len() < sent.tokens.end && is_place_head(a.tok(i + f.len())) {
                continue;
            }
            let (start, end) = (a.tokens[i].start, a.tokens[i + f.len() - 1].end);
            // Tagged pieces inside the name give way to it; a tagged name reaching past it keeps its span.
            let pieces: Vec<usize> = (i..i + f.len()).filter_map(|k| at[k]).collect();
            if pieces.iter().all(|&m| start <= mentions[m].span.start && mentions[m].span.end <= end)
                && !pieces.iter().any(|&m| mentions[m].span.start == start && mentions[m].span.end == end)
            {
                replaced.extend(pieces);
                added.push(mention(a, i, i + f.len(), *label));
            } else if *label == EntityType::Org
                && let Some(&last) = pieces.last()
                && mentions[last].label != EntityType::Person
                && mentions[last].span.end > end
                && pieces.iter().all(|&m| start <= mentions[m].span.start)
                && mentions[pieces[0]].span.start > start
            {
                // A listed organisation the tagger cut at its first word, opening a longer organisation's
                // name ("Amnesty International UK" tagged from "International"; "Planned Parenthood South
                // Atlantic" tagged a place from "Parenthood"): the whole run.
                replaced.extend(pieces);
                added.push(mention(a, i, a.token_range(start, mentions[last].span.end).end, EntityType::Org));
            }
        }
    }
    let kept = mentions.into_iter().enumerate().filter(|(k, _)| !replaced.contains(k)).map(|(_, m)| m).collect();
    with_added(kept, added)
}

/// Product evidence of a name, each time a kind of product follows it.
const PRODUCT_KIND: f32 = 2.0;

/// Does a kind of product (`product_nouns.txt`) follow tokens `s..e`, with a
/// determiner or possessive before them, or one and a lowercase word: "its
/// Blackwell chips", "the Threads app", "Amazon's Kuiper satellites", "the first
/// Tessel chips"?
fn product_kind_after(a: &Analysis, s: usize, e: usize) -> bool {
    let opens = |k: usize| ATTRIBUTIVE_DETERMINERS.contains(a.low(k)) || POSSESSIVES.contains(a.tok(k));
    let modifier = |k: usize| a.tok(k).chars().all(|c| c.is_ascii_lowercase());
    s > 0 && e < a.tokens.len() && PRODUCT_NOUNS.contains(a.tok(e)) && (opens(s - 1) || s > 1 && modifier(s - 1) && opens(s - 2))
}

/// Is the name over `toks` held by no organisation list, curated or gazetteer?
fn unlisted(orgs: &OrgGazetteer, gaz: &Gazetteer, toks: &[&str], name: &str) -> bool {
    listed_as(orgs, gaz, toks) == 0 && !KNOWN_ORGS.contains(name)
}

/// How much organisation evidence the words around an untagged name need to make it one ("shares of X").
const CUED_ORG: f32 = 1.5;

/// Organisation evidence of a name whose product follows it ("Huawei's Mate 60 Pro").
const MAKER: f32 = 2.0;

/// Capitalised names the tagger left out whose surroundings say organisation
/// ("shares of Ceres Robotics", "Blue Origin's founder", "a spokesman for
/// Acme Widgets", "Acme CEO Jane Roe"; `type_cues.tsv` at weight 1.5 or more,
/// or an organisation role after one word), inside a sentence of running
/// text, become ORG mentions. A leading "The" stays out; a one-word name
/// opening its sentence (unless an organisation noun stands in apposition:
/// "Target, the Minneapolis-based retailer,"), or a run next to a mention or a
/// glued hyphen (a piece of a longer name: "Munich Re", "Take-Two"), is left
/// alone. A run of two words or more joined by "and", "or" or a comma to an
/// organisation is one too ("Blue Origin and SpaceX"), unless a word of it is
/// a title, role, month or weekday or the run is a holiday ("Prime Minister
/// and NATO", "Black Friday and Amazon"). An unlisted run with a determiner or
/// possessive before it and a kind of product after it becomes a MISC
/// mention ("the Threads app"), a run glued to "-based" inside its
/// sentence a LOC mention ("a Sugar Land-based provider"), and the plural of
/// a person's surname after "the" a PERSON one ("the Bidens").
pub(super) fn cued_names(
    a: &Analysis,
    mentions: Vec<Mention<Bytes>>,
    case: &CaseDict,
    gaz: &Gazetteer,
    orgs: &OrgGazetteer,
) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let org = idx(EntityType::Org);
    let cap = |k: usize| a.tok(k).chars().next().is_some_and(char::is_uppercase) && a.tok(k).chars().any(char::is_alphabetic);
    let tagged_org = |k: usize| at[k].is_some_and(|m| mentions[m].label == EntityType::Org);
    let plain_name = |s: usize, e: usize| {
        let not_name = |w: &str| calendar_word(w) || is_title_or_role(w);
        let phrase = (s..e).map(|j| a.low(j)).collect::<Vec<_>>().join(" ");
        !(s..e).any(|j| not_name(a.low(j))) && !HOLIDAYS.rows().iter().any(|r| r[0] == phrase)
    };
    // Surnames of the tagger's full names of people: "the Bidens" beside "Joe Biden" is the family.
    let family: HashSet<&str> =
        mentions.iter().filter(|m| m.label == EntityType::Person).filter_map(|m| m.text.rsplit_once(' ').map(|(_, last)| last)).collect();
    let mut added = Vec::new();
    // Last tokens of the runs added, which a list may go on from ("X, Y and Z").
    let mut added_ends: HashSet<usize> = HashSet::new();
    for (si, sent) in a.sentences.iter().enumerate() {
        if a.is_title_case(si) {
            continue;
        }
        let mut k = sent.tokens.start;
        while k < sent.tokens.end {
            if !cap(k) || at[k].is_some() {
                k += 1;
                continue;
            }
            let mut e = k;
            // A weekday after a name is the time of its clause, not part of it ("posted on Twitter Tuesday").
            while e < sent.tokens.end
                && e < k + 5
                && (cap(e) || (a.tok(e) == "&" && e > k))
                && at[e].is_none()
                && !(e > k && weekday_word(a.low(e)))
            {
                e += 1;
            }
            let s = if matches!(a.low(k), "the" | "a" | "an") { k + 1 } else { k };
            let opens = (sent.tokens.start..s).all(|j| !a.tok(j).chars().any(char::is_alphanumeric));
            // Not a piece of a longer name: next to a mention or a glued hyphen ("Munich Re", "Take-Two").
            let hyphen_after = e < sent.tokens.end && a.tok(e) == "-" && a.adjacent(e - 1);
            let next_to_name = (s > 0 && at[s - 1].is_some()) || (s > 0 && a.tok(s - 1) == "-" && a.adjacent(s - 1)) || hyphen_after;
            // A one-word name opening its sentence may be a common word, unless an organisation
            // noun stands in apposition to it ("Target, the Minneapolis-based retailer, cut …") or a
            // research role and a name follow it ("Wedbush analyst Dan Ives"; not a common word:
            // "Industry analysts Acme Metals said").
            let research = research_role_after(a, s, e) && !case.mostly_lowercase(a.tok(s));
            let lone_opener = opens && e - s == 1 && !org_apposition(a, s, e) && !research;
            // Glued to "-based" or "-headquartered" inside its sentence, the run is a place ("a Sugar
            // Land-based provider"; spec §7: "London-based" -> "London").
            let based = hyphen_after && matches!(a.low(e + 1), "based" | "headquartered");
            // Not an initialism: "LED-based lamps".
            let initials = (s..e).any(|j| !a.tok(j).chars().any(char::is_lowercase));
            let family_name = e == s + 1 && s > 0 && a.low(s - 1) == "the" && family_plural(a.tok(s), &family);
            if based && s < e && !opens && !initials && !(s > 0 && at[s - 1].is_some()) && plain_name(s, e) {
                added.push(mention(a, s, e, EntityType::Loc));
            } else if family_name && !next_to_name {
                added.push(mention(a, s, e, EntityType::Person));
            } else if s < e && !lone_opener && (e == sent.tokens.end || at[e].is_none()) && !next_to_name {
                let mut scores: Evidence = [0.0; 6];
                context(a, s, e, e - s == 1, &mut scores);
                scores[idx(EntityType::Person)] += scores[AGENT];
                let scores = &scores[..4];
                let org_before = s >= sent.tokens.start + 2 && (tagged_org(s - 2) || added_ends.contains(&(s - 2)));
                let coordinated = e - s >= 2
                    && ((e + 1 < sent.tokens.end && matches!(a.low(e), "and" | "or") && tagged_org(e + 1))
                        || (org_before && matches!(a.low(s - 1), "and" | "or" | ",")))
                    && plain_name(s, e);
                if coordinated || scores[org] >= CUED_ORG && scores.iter().enumerate().all(|(t, &v)| t == org || v < scores[org]) {
                    added.push(mention(a, s, e, EntityType::Org));
                    added_ends.insert(e - 1);
                } else if product_kind_after(a, s, e) && plain_name(s, e) && {
                    // Not an initialism: "the HPV vaccine" names a virus.
                    let toks: Vec<&str> = (s..e).map(|j| a.tok(j)).collect();
                    let name = toks.join(" ");
                    !is_initialism(&name) && unlisted(orgs, gaz, &toks, &name)
                } {
                    added.push(mention(a, s, e, EntityType::Misc));
                }
            }
            k = e.max(k + 1);
        }
    }
    with_added(mentions, added)
}

/// The type the words around the mentions `runs` (token ranges) of an
/// untagged name support: an organisation or a place when its cues reach
/// [`CUED_ORG`] and outweigh the others ("X said", "in X"), else none.
pub(super) fn cued_type(a: &Analysis, runs: &[(usize, usize)]) -> Option<EntityType> {
    let mut scores: Evidence = [0.0; 6];
    for &(s, e) in runs {
        context(a, s, e, e - s == 1, &mut scores);
    }
    let wins =
        |t: EntityType| scores[idx(t)] >= CUED_ORG && scores[..4].iter().enumerate().all(|(i, &v)| i == idx(t) || v < scores[idx(t)]);
    [EntityType::Org, EntityType::Loc].into_iter().find(|&t| wins(t))
}

/// MISC evidence of a maker's name followed by a model's ([`maker_and_model`]), on top of the
/// tagger's person and place votes, which such names draw ("Nissan Sentra" read as a person).
const MAKER_MODEL: f32 = 2.5;

/// Can `w` be a word of a model's name after its maker's ("Sentra", "Stadia", "TV"): a capitalised
/// word of letters that is no common noun in running text (`case`: a division's "Boeing Defense",
/// "Disney Channel"), nor an organisation, place, event, group, calendar or title word, nor a
/// camel-case company ("Google DeepMind")?
fn model_word(case: &CaseDict, gaz: &Gazetteer, w: &str) -> bool {
    !case.mostly_lowercase(w) && edition_word(gaz, w)
}

/// Is `w` a word that may go on a product's name, common noun or not: capitalised letters, no
/// organisation, place, event, group, calendar or title word, no camel-case company ("Android
/// Auto", "Windows Server"; not "Android Authority", "Windows Central")?
fn edition_word(gaz: &Gazetteer, w: &str) -> bool {
    let low = w.to_lowercase();
    is_cap(w)
        && w.chars().count() >= 2
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && ![&ORG_SUFFIXES, &INDUSTRY_SUFFIXES, &ORG_HEADS, &MEDIA_WORDS].iter().any(|l| l.contains(w))
        && !is_place_head(w)
        && !is_event_head(w)
        && !is_group_word(w)
        && !is_camel_org(w)
        && !calendar_word(&low)
        && !is_title_or_role(&low)
        && !major_place(gaz, &[w])
}

/// Is the name `words` a maker's name and one to three words of a model's: "Nissan Sentra", "Google
/// Stadia", "Apple TV" (spec §7: one MISC span)? The maker is one word that `maker` says is an
/// organisation (the document names it alone as one), no census given name, major place, nationality
/// or initialism; the name as a whole is in no list (`listed` nothing: "Goldman Sachs").
fn maker_and_model(case: &CaseDict, gaz: &Gazetteer, words: &[&str], maker: impl Fn(&str) -> bool, listed: bool) -> bool {
    let Some((first, model)) = words.split_first() else { return false };
    // The cheap tests first: most names have no maker named alone.
    (1..=3).contains(&model.len())
        && !listed
        && maker(first)
        && !is_initialism(first)
        && !is_group_word(first)
        && !census_given_name(gaz, first)
        && !major_place(gaz, &[first])
        && model.iter().all(|w| model_word(case, gaz, w))
}

/// Is `w` a census given name, as written or without its diacritics?
fn census_given_name(gaz: &Gazetteer, w: &str) -> bool {
    (FIRST_TOP..=FIRST_LOW).any(|c| whole_match(gaz, &[w], c))
}

/// Is the name `words` a maker's name, a listed product and at most one word of its edition:
/// "Google Gemini", "Amazon Alexa", "Microsoft Windows Server" (spec §7: one MISC span)? The maker
/// is one capitalised word with no possessive ("Verge's Stadia" is a review's title), no census
/// given name ("Matt Windows" is a cricketer) and no listed product itself ("Android Auto" is the
/// product's own edition, `knowledge`).
fn listed_model(gaz: &Gazetteer, words: &[&str]) -> bool {
    let [first, model, edition @ ..] = words else { return false };
    edition.len() <= 1
        && is_product(model)
        && !is_product(first)
        && is_cap(first)
        && first.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !census_given_name(gaz, first)
        && edition.iter().all(|w| edition_word(gaz, w))
}

/// Give every distinct name of the document the type its evidence supports most.
pub(super) fn retype(
    a: &Analysis,
    mentions: Vec<Mention<Bytes>>,
    case: &CaseDict,
    gaz: &Gazetteer,
    orgs: &OrgGazetteer,
) -> Vec<Mention<Bytes>> {
    let mut mentions = cued_names(a, listed_names(a, mentions), case, gaz, orgs);
    let person = idx(EntityType::Person);
    let org = idx(EntityType::Org);
    let misc = idx(EntityType::Misc);
    // Mentions by name, in order of first appearance.
    let mut names: Vec<&str> = Vec::new();
    let mut of_name: HashMap<&str, usize> = HashMap::new();
    // One-word titles in quotation marks, typed apart from the bare name (`quoted_word_title`).
    let mut of_title: HashMap<&str, usize> = HashMap::new();
    let mut quoted: Vec<bool> = Vec::new();
    let mut votes: Vec<Scores> = Vec::new();
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut titled: Vec<bool> = Vec::new();
    let mut owns_product: Vec<bool> = Vec::new();
    let mut product_kinds: Vec<f32> = Vec::new();
    // Whether a kind of product followed a mention of the name that follows its maker's possessive.
    let mut owned_product: Vec<bool> = Vec::new();
    let mut roles_before: Vec<f32> = Vec::new();
    // Whether a mention of the name is a work's title in quotation marks (after a work noun or an
    // owner's possessive), and how many others stand in quotation marks with no such cue: once the
    // text shows the name a work's, each of them is its title too ("“The Salt Orchard” was acquired").
    let mut work_title: Vec<bool> = Vec::new();
    let mut other_marked: Vec<f32> = Vec::new();
    let mut in_prose: Vec<bool> = Vec::new();
    // Names glued after a hyphen somewhere: the end of a longer name ("Greiner-Petter-Memm").
    let mut fragment: Vec<bool> = Vec::new();
    let mut key_of = Vec::with_capacity(mentions.len());
    // "Huawei's Mate 60 Pro": the owner of a product (a MISC name with a model number or a listed
    // product) is its maker.
    let at = mention_at(a, &mentions);
    let product_at = |k: usize| {
        at.get(k).copied().flatten().is_some_and(|p| {
            let p = &mentions[p];
            p.label == EntityType::Misc && (p.text.chars().any(|c| c.is_ascii_digit()) || is_product(&p.text))
        })
    };
    for m in &mentions {
        let r = a.token_range(m.span.start, m.span.end);
        let title = r.len() == 1 && quoted_word_title(a, r.start, &at, &mentions);
        let keys = if title { &mut of_title } else { &mut of_name };
        let k = *keys.entry(m.text.as_str()).or_insert_with(|| {
            names.push(m.text.as_str());
            quoted.push(title);
            votes.push([0.0; 4]);
            evidence.push([0.0; 6]);
            titled.push(false);
            owns_product.push(false);
            product_kinds.push(0.0);
            owned_product.push(false);
            roles_before.push(0.0);
            work_title.push(false);
            other_marked.push(0.0);
            in_prose.push(false);
            fragment.push(false);
            names.len() - 1
        });
        key_of.push(k);
        in_prose[k] |= !a.is_title_case(m.sentence);
        let e = r.end;
        if e + 1 < a.tokens.len() && matches!(a.tok(e), "'s" | "’s") && product_at(e + 1) {
            owns_product[k] = true;
        }
        votes[k][idx(m.label)] += if a.is_title_case(m.sentence) { 0.5 } else { 1.0 };
        // A title in quotation marks after an organisation's or a person's possessive is their
        // programme, product or work ("CNN's “State of the Union”"), however its last word reads.
        if title || quoted_work_title(a, r.start, r.end) || owned_quoted_title(a, r.start, r.end, &at, &mentions) {
            evidence[k][misc] += QUOTED_TITLE;
            work_title[k] = true;
        } else if quotation_opening(a, r.start, r.end).is_some() {
            other_marked[k] += 1.0;
        }
        fragment[k] |= r.start > 0 && a.tok(r.start - 1) == "-" && a.adjacent(r.start - 1);
        if product_kind_after(a, r.start, r.end) {
            product_kinds[k] += PRODUCT_KIND;
            // After an organisation's possessive, the name is its product, not the maker or operator
            // ("Pfizer's Abrysvo vaccine"; not "Webb's Ford sedan"), whatever the tagger said.
            let maker = |j: usize| at.get(j).copied().flatten().is_some_and(|p| mentions[p].label == EntityType::Org);
            owned_product[k] |= r.start >= 2 && POSSESSIVES.contains(a.tok(r.start - 1)) && maker(r.start - 2);
        }
        let before = evidence[k][person];
        context(a, r.start, r.end, r.len() == 1, &mut evidence[k]);
        if state_codes::in_city_state_pair(a, r.start, r.end, gaz, case) {
            evidence[k][idx(EntityType::Loc)] += CITY_STATE;
        } else if m.text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && state_codes::before_state_name(a, r.end, gaz) {
            evidence[k][idx(EntityType::Loc)] += CITY_STATE_NAME;
        }
        if before_plural_verb(a, r.start, r.end) {
            evidence[k][org] += PLURAL_VERB;
            evidence[k][person] -= PLURAL_VERB;
        }
        if role_before(a, r.start, r.end) {
            roles_before[k] += ROLE_BEFORE;
        }
        let royal = r.start > 0 && is_cap(a.tok(r.start - 1)) && ROYAL_TITLES.contains(a.low(r.start - 1));
        titled[k] |= evidence[k][person] >= before + 3.0 || royal;
        // After a person and "of", a name is where they work or come from, not another person
        // ("Gil Luria of D.A. Davidson", "Mike Pence of Indiana").
        let of_person = r.start >= 2
            && a.low(r.start - 1) == "of"
            && at[r.start - 2].is_some_and(|p| {
                mentions[p].label == EntityType::Person && a.token_range(mentions[p].span.start, mentions[p].span.end).len() >= 2
            });
        if of_person {
            // A big place there is where they come from ("Jaylen Carter of Milwaukee").
            let home = major_place(gaz, &toks(&m.text));
            evidence[k][person] -= OF_PERSON;
            evidence[k][if home { idx(EntityType::Loc) } else { org }] += OF_PERSON / 2.0;
        }
    }
    for k in (0..names.len()).filter(|&k| work_title[k]) {
        evidence[k][misc] += QUOTED_TITLE * other_marked[k];
    }
    let words: Vec<Vec<&str>> = names.iter().map(|n| n.split(' ').collect()).collect();
    // The names as the knowledge lists are keyed: the tokenizer's tokens ("Coca", "-", "Cola").
    let lookup: Vec<Vec<&str>> = names.iter().map(|n| toks(n)).collect();
    // Surnames and first words of the document's longer names.
    let mut person_parts: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut org_short_names: HashMap<&str, usize> = HashMap::new();
    for (k, w) in words.iter().enumerate().filter(|(_, w)| w.len() >= 2) {
        let (core, _) = surname_part(w);
        person_parts.entry(core[core.len() - 1]).or_default().push(k);
        person_parts.entry(w[0]).or_default().push(k);
        let last = w[w.len() - 1];
        // Not a major place naming it: "Wichita" of "Wichita Herald" or "Denver City Council" is still
        // the city.
        // Nor a name that alone has a person's cues and the tagger's person votes at least as often as
        // organisation ones ("Obama" of a fused "Obama National Security Council" beside "the Obama
        // administration").
        let person_alone =
            of_name.get(w[0]).is_some_and(|&j| evidence[j][person] >= 1.0 && votes[j][person] > 0.0 && votes[j][person] >= votes[j][org]);
        // The tagger's organisation reading of the full name, or a firm's suffix ending it: "Corvane
        // Biosciences" tagged a person is still a firm (not a name it reads as a place: "Soviet Union").
        let firm = is_firm_suffix(last);
        if (ORG_HEADS.contains(last) || firm)
            && (votes[k][org] > 0.0 || firm && votes[k][idx(EntityType::Loc)] == 0.0)
            && !(1..w.len()).any(|j| major_place(gaz, &w[..j]))
            && !person_alone
        {
            *org_short_names.entry(w[0]).or_default() += 1;
        }
        // A listed organisation named by a place and one word: the word alone is its short name
        // ("the Browns" beside "Cleveland Browns", "United" beside "Manchester United"). So is a
        // listed club's last word that the club lists give as its short name ("Villa" beside
        // "Aston Villa"), unless it is a place ("Dortmund").
        let club_short = || orgs.is_club(&lookup[k]) && orgs.is_club_short_name(&[last]);
        if (major_place(gaz, &w[..w.len() - 1]) || club_short()) && !major_place(gaz, &[last]) && listed_as(orgs, gaz, &lookup[k]) != 0 {
            *org_short_names.entry(last).or_default() += 1;
        }
    }
    // The maker of a product is one word ("Huawei's Mate 60 Pro"), not a person's name nor a
    // part of one ("Elon Musk's Starlink", "Musk's Starlink" beside "Elon Musk").
    for k in (0..names.len()).filter(|&k| owns_product[k] && words[k].len() == 1) {
        if !person_parts.get(names[k]).is_some_and(|ks| ks.iter().any(|&j| votes[j][person] > 0.0)) {
            evidence[k][org] += MAKER;
        }
    }
    // Leading parts of several words of organisations' names ("Penn Treaty" of "Penn Treaty American Corp"),
    // not a place's name ending in a place's head: "Suez Canal" of "Suez Canal Authority" is the canal.
    let mut org_prefixes: HashSet<&str> = HashSet::new();
    for (k, w) in words.iter().enumerate().filter(|(_, w)| w.len() >= 3) {
        if ORG_SUFFIXES.contains(w[w.len() - 1]) && votes[k][org] > 0.0 {
            let place = |p: &&str| p.rsplit(' ').next().is_some_and(is_place_head);
            org_prefixes.extend(names[k].match_indices(' ').skip(1).map(|(b, _)| &names[k][..b]).filter(|p| !place(p)));
        }
    }
    // Storms' names the document gives with their prefix ("Linggit" of "Typhoon Linggit").
    let storm_names: HashSet<&str> = words
        .iter()
        .filter(|w| event_prefix(w).is_some_and(|(len, most)| most == 1 && w.len() == len + 1))
        .map(|w| w[w.len() - 1])
        .collect();
    // Surnames of the full names the tagger reads as people: their plural is the family ("the
    // Obamas" beside "Barack Obama"), people and no organisation however it was tagged.
    let family: HashSet<&str> = (0..names.len())
        .filter(|&k| words[k].len() >= 2 && votes[k][person] > 0.0 && votes[k].iter().all(|&v| v <= votes[k][person]))
        .map(|k| words[k][words[k].len() - 1])
        .collect();
    let mut out_type: Vec<Option<EntityType>> = vec![None; names.len()];
    // What the knowledge lists say of each name (`knowledge` and `curated`).
    let mut known: Vec<Scores> = vec![[0.0; 4]; names.len()];
    // One-word names first: a full name shares the evidence of its surname once that is settled.
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by_key(|&k| words[k].len());
    for k in order {
        let mut listed = listed_as(orgs, gaz, &lookup[k]);
        let mut listed_by_hand = curated(names[k]);
        // An abbreviation written as a word is the organisation its capitals name, however often the
        // tagger read it otherwise ("Nasa" as a place throughout a story).
        let mut spelled = false;
        if listed == 0
            && listed_by_hand.iter().all(|v| *v == 0.0)
            && let Some(caps) = spelled_acronym(gaz, names[k])
        {
            listed = orgs.lookup(&[caps.as_str()]) & 1 << ACRONYM;
            let by_hand = curated(&caps)[org];
            listed_by_hand = std::array::from_fn(|t| if t == org { by_hand } else { 0.0 });
            spelled = listed != 0 || listed_by_hand[org] > 0.0;
        }
        if club_by_place(gaz, &lookup[k], listed) && !a.sports_story() {
            listed = listed & !(1 << SPORTS) | 1 << AMBIG_OTHER;
        }
        let mut s = knowledge(&words[k], &lookup[k], names[k], gaz, listed);
        if is_doctrine(names[k], case) {
            s[misc] += DOCTRINE;
        }
        // A known product outweighs the tagger however often it is mentioned, as a hand-listed name
        // does ("charging a MacBook Pro" tagged an organisation throughout a review).
        if !is_group_word(names[k]) && product_name(gaz, &words[k], names[k]) {
            s[misc] += votes[k].iter().sum::<f32>();
        }
        if spelled {
            s[org] += votes[k].iter().sum::<f32>();
        }
        if words[k].len() == 1 && family_plural(names[k], &family) {
            s[person] += FAMILY + votes[k].iter().sum::<f32>();
        }
        known[k] = std::array::from_fn(|t| s[t] + listed_by_hand[t]);
        // A maker's name and a model's that the tagger reads as a person or a place, in running text
        // at least once (a headline capitalises verbs). One it calls an organisation may well be one
        // ("Pirelli Cables", "Deportivo Coruna").
        let maker_model = words[k].len() >= 2 && in_prose[k] && !titled[k] && votes[k][org] == 0.0 && {
            let maker = |w: &str| of_name.get(w).is_some_and(|&j| out_type[j] == Some(EntityType::Org));
            maker_and_model(case, gaz, &words[k], maker, listed != 0 || listed_by_hand.iter().any(|v| *v > 0.0))
        };
        if maker_model {
            s[misc] += MAKER_MODEL + votes[k][person] + votes[k][idx(EntityType::Loc)];
        } else if listed_model(gaz, &words[k]) && listed == 0 {
            // A listed product after its maker's name, whatever the tagger said ("Google Gemini").
            s[misc] += MAKER_MODEL + votes[k][person] + votes[k][idx(EntityType::Loc)] + votes[k][org];
        }
        if words[k].len() == 1 {
            // One-word aliases in the lists are often words or places ("America", "American"):
            // they count less, and not at all for an adjective the tagger calls MISC (a
            // hand-listed name is no adjective: "Taliban"); an initialism of no country is neither ("AMD").
            if !is_initialism(names[k]) || country_initialism(names[k]) {
                s[org] *= 0.35;
            }
            let mostly_misc = votes[k][misc] * 2.0 >= votes[k].iter().sum::<f32>();
            let hand_listed = listed_by_hand.iter().any(|v| *v > 0.0);
            if is_adjective(names[k]) && mostly_misc && s[idx(EntityType::Loc)] == 0.0 && !hand_listed {
                out_type[k] = Some(EntityType::Misc);
                continue;
            }
            let longer = person_parts.get(names[k]).map_or(&[][..], Vec::as_slice);
            // A firm the lists know named like a person, a census given name and this word, backs no
            // person: this word alone is that firm ("Lilly" of "Eli Lilly", "Schwab" of "Charles
            // Schwab"), unless a full name of the document ends in it too or it is a place.
            let firm_named_so = |l: usize| {
                words[l].len() == 2
                    && words[l][1] == names[k]
                    && census_given_name(gaz, words[l][0])
                    && (curated(names[l])[org] > 0.0
                        || knowledge(&words[l], &lookup[l], names[l], gaz, listed_as(orgs, gaz, &lookup[l]))[org] >= 1.0)
            };
            let (firms, people): (Vec<usize>, Vec<usize>) = longer.iter().partition(|&&l| firm_named_so(l));
            let backed: f32 = people.iter().map(|&l| votes[l][person] + person_form(&words[l])).sum();
            let surname_of_person = people.iter().any(|&l| words[l][words[l].len() - 1] == names[k]);
            if !firms.is_empty() && !surname_of_person && !major_place(gaz, &lookup[k]) {
                s[org] += LISTED_FIRM_SURNAME;
            }
            if backed > 0.0 && !quoted[k] {
                s[person] += backed.min(3.0);
            } else if !titled[k] && !is_census_name(gaz, names[k]) && evidence[k][person] < 1.0 {
                // A lone word called a person that no full name, title, name list or cue as strong
                // as a tagged mention backs ("the Obama administration" does).
                s[person] -= votes[k][person] * 0.75;
                // Two capitalised words joined by a hyphen, so backed by nothing, are a firm named
                // for its founders ("Rolls-Royce", "Hewlett-Packard"), or a place the lists know.
                if founders_name(gaz, names[k]) && !fragment[k] {
                    let unlisted_place = if s[idx(EntityType::Loc)] == 0.0 { votes[k][idx(EntityType::Loc)] } else { 0.0 };
                    s[org] += votes[k][person] + unlisted_place;
                }
            }
            // Not for an adjective or nationality the tagger calls MISC ("American" of "American
            // Airlines"); a name it calls MISC as a modifier still is the organisation ("other Harvard
            // researchers" beside "Harvard University").
            let adjective = is_adjective(names[k]) || is_group_word(names[k]);
            // A storm's name alone is the storm however the tagger read it ("Linggit weakened" after
            // "Typhoon Linggit"), unless a person's full name ends in it.
            let person_ends_so = people.iter().any(|&l| words[l][words[l].len() - 1] == names[k] && event_prefix(&words[l]).is_none());
            if storm_names.contains(names[k]) && !person_ends_so {
                s[misc] += STORM_NAME + votes[k].iter().sum::<f32>();
            }
            if let Some(&n) = org_short_names.get(names[k]).filter(|_| !(mostly_misc && adjective)) {
                s[org] += 3.0 * n as f32;
                // The tagger's person reading of the word alone, however often, is no evidence
                // against it when no full name of a person ends in it and no title comes before it
                // ("Aldridge" eleven times beside "Aldridge Pharmaceuticals").
                if !surname_of_person && !titled[k] {
                    s[person] -= votes[k][person];
                }
            }
        } else if org_prefixes.contains(names[k]) {
            // The short form of an organisation's longer name in the document.
            s[org] += 3.0;
        } else if let Some(&short) = of_name.get(words[k][words[k].len() - 1]).filter(|&&short| out_type[short] == Some(EntityType::Person))
        {
            // A full name shares the person evidence of its surname alone, when that is a person.
            s[person] += (votes[short][person] * 0.5).min(3.0);
        }
        // Names joined by "&" are firms and partnerships ("B&H", "Marks & Spencer"), unless the lists
        // know a place ("Trinidad & Tobago") or the tagger reads an index or a work ("S&P Index"):
        // in full even as one word, and for each mention, so the tagger's count cannot outvote it.
        if names[k].trim_matches('&').contains('&') && s[idx(EntityType::Loc)] == 0.0 && votes[k][misc] == 0.0 {
            s[org] += AMPERSAND * votes[k].iter().sum::<f32>();
        }
        // A hand-listed name outweighs the tagger however often it is mentioned ("Amazon" tagged as
        // the river eleven times); only the words around its mentions can overturn it.
        let tagged: f32 = votes[k].iter().sum();
        for t in 0..4 {
            let hand = if listed_by_hand[t] > 0.0 { listed_by_hand[t] + tagged } else { 0.0 };
            s[t] += hand + votes[k][t] + evidence[k][t];
        }
        // A country, state or province the lists know is the place where it modifies a noun too:
        // the tagger's MISC readings count for the place ("the Rajasthan government", "the Rajasthan
        // law" tagged MISC four times), unless the word is a nationality or a religion too.
        if words[k].len() == 1 && known[k][idx(EntityType::Loc)] >= 2.0 && !is_group_word(names[k]) {
            s[idx(EntityType::Loc)] += votes[k][misc];
            s[misc] -= votes[k][misc];
        }
        // Outside sports stories a city or state the tagger calls an organisation, with no list and no
        // words around it saying so, is the place: the tagger learned clubs named by their city from
        // results tables ("a Milwaukee man", "Milwaukee has recorded 41 homicides").
        let loc = idx(EntityType::Loc);
        // Not a firm's short name: "Kingston" beside "Kingston Technology Co.".
        let city_or_state = || is_region(names[k]) || [STATE, CITY_BIG, CITY_MID].iter().any(|&c| whole_match(gaz, &lookup[k], c));
        let firm_short_name =
            || words.iter().any(|w| w.len() > words[k].len() && w.starts_with(&words[k]) && is_firm_suffix(w[w.len() - 1]));
        if votes[k][org] > 0.0
            && evidence[k][org] <= 0.0
            && known[k][org] <= 0.0
            && city_or_state()
            && !firm_short_name()
            && !a.sports_story()
        {
            s[org] -= votes[k][org];
            s[loc] += votes[k][org];
        }
        // A Roman numeral ending a name the tagger never calls a person, opening with no census
        // given name, ends a mission, a product or an event ("Artemis II", "Vatican II"; not
        // "Henry VIII", nor "Abdullah II" where the tagger reads a person or a title stands before
        // it). Not a team: a place's crew ("USA III") or a side of eleven ("World XI").
        let last = words[k][words[k].len() - 1];
        let numeral = words[k].len() >= 2 && is_regnal_number(last) && last != "XI";
        let person_like = titled[k] || votes[k][person] > 0.0 || census_given_name(gaz, words[k][0]);
        if numeral && !person_like && listed == 0 && !major_place(gaz, &words[k][..1]) && !is_initialism(words[k][0]) {
            s[misc] += ROMAN_NUMERAL;
        }
        // A kind of product after a name no organisation list holds ("Amazon's Kuiper satellites"),
        // unless the tagger called it an organisation: then it is often the maker or operator ("a
        // TWA airliner", "his Navy jet"), but not after its maker's possessive ("Pfizer's Abrysvo
        // vaccine"). The tagger's place readings of a name no place list knows count for the product
        // too ("its Halcyon chatbot" tagged a place four times).
        if product_kinds[k] > 0.0 && listed == 0 && listed_by_hand[org] == 0.0 && (votes[k][org] == 0.0 || owned_product[k]) {
            let unknown_place = if known[k][idx(EntityType::Loc)] == 0.0 { votes[k][idx(EntityType::Loc)] } else { 0.0 };
            s[misc] += product_kinds[k] + unknown_place + if owned_product[k] { votes[k][org] } else { 0.0 };
        }
        s[person] += evidence[k][AGENT];
        // A person's role before the name, unless the lists know it as an organisation or a place
        // opens it ("lead manager Lehman Brothers International", "the official China Daily").
        if known[k][org] <= 0.0 && !lookup[k].first().is_some_and(|w| major_place(gaz, &[w])) {
            s[person] += roles_before[k];
        }
        if listed != 0 {
            s[org] += evidence[k][AGENT];
        }
        if evidence[k][TEAM] > 0.0 {
            let city_or_state =
                is_region(names[k]) || [STATE, CITY_BIG, CITY_MID, CITY_SMALL].iter().any(|&c| whole_match(gaz, &lookup[k], c));
            if city_or_state && !whole_match(gaz, &lookup[k], COUNTRY) {
                s[org] += evidence[k][TEAM];
            }
        }
        // A name ending in an organisation head that is no common surname is no person ("Harbor
        // Rovers", "Lakeport Wanderers"; not "Margaret Court"), nor is that head alone when a
        // longer name of the document ends in it ("Rovers manager Paul Kerr").
        if ORG_HEADS.contains(last) && !in_census(gaz, last, FIRST_TOP..=LAST_MID) {
            if words[k].len() >= 2 {
                s[person] = f32::NEG_INFINITY;
            } else if words.iter().any(|w| w.len() >= 2 && w[w.len() - 1] == last) {
                s[person] = f32::NEG_INFINITY;
                s[org] += 1.0;
            }
        }
        // A possessive inside a name makes it no person's: a place, an organisation, a work or a
        // product named after one ("Martha’s Vineyard", "Children’s Hospital", "Grey’s Anatomy"); by
        // its head when nothing else tells.
        if words[k].len() >= 2 && words[k][..words[k].len() - 1].iter().any(|w| w.ends_with("’s") || w.ends_with("'s")) {
            s[person] = f32::NEG_INFINITY;
            when_nothing_tells(&mut s, if is_place_head(last) { idx(EntityType::Loc) } else { misc });
        }
        // A name opening with an abbreviated word ("St. Paul", "Mt. Kenya") is no person's: a place
        // when the word opens places' names ("Mt.", "Ft."), whatever the tagger said, and when
        // nothing else tells ("St.": also hospitals, schools and holidays).
        if let Some(place) = super::name_prefix(words[k][0]).filter(|_| words[k].len() >= 2) {
            s[person] = f32::NEG_INFINITY;
            if place {
                s[loc] += 1.0 + votes[k].iter().sum::<f32>();
            }
            when_nothing_tells(&mut s, loc);
        }
        // A party's word alone names a member or the party, never one person by name ("The Democrat,
        // who took office in January,"): MISC like a party adjective when nothing else tells. Not a
        // census name: "Green" is a surname too.
        if words[k].len() == 1 && is_party_word(names[k]) && !is_census_name(gaz, names[k]) {
            s[person] = f32::NEG_INFINITY;
            when_nothing_tells(&mut s, misc);
        }
        if is_initialism(names[k]) {
            s[person] = f32::NEG_INFINITY;
            when_nothing_tells(&mut s, if country_initialism(names[k]) { idx(EntityType::Loc) } else { org });
        }
        // Ties go to the tagger's votes, then to the earlier type.
        let best = (0..4).max_by(|&x, &y| s[x].total_cmp(&s[y]).then(votes[k][x].total_cmp(&votes[k][y])).then(y.cmp(&x))).unwrap_or(0);
        if s[best] > 0.0 {
            out_type[k] = Some(EntityType::ALL[best]);
        }
    }
    // A surname alone is the person whose full name the document settled as a person, unless the
    // lists, the places or the document's organisations know it ("Carlineo" after "Patrick W.
    // Carlineo Jr."; not "Jordan" beside "Bill Jordan" in a story on the Middle East). A full name
    // opening with a census given name or marked by its form gives it outright; any other ("Erling
    // Haaland") only where no list and no cue around the surname's mentions says place or
    // organisation, so the tagger's reading of the word alone is all that stands against it.
    let mut surnames: HashMap<&str, bool> = HashMap::new();
    for k in (0..names.len()).filter(|&k| words[k].len() >= 2 && out_type[k] == Some(EntityType::Person)) {
        let outright = census_given_name(gaz, words[k][0]) || person_form(&words[k]) > 0.0;
        *surnames.entry(surname_part(&words[k]).0.last().unwrap_or(&"")).or_default() |= outright;
    }
    let loc = idx(EntityType::Loc);
    for k in (0..names.len()).filter(|&k| words[k].len() == 1) {
        let Some(&outright) = surnames.get(names[k]) else { continue };
        let unopposed = known[k][loc] <= 0.0 && known[k][org] <= 0.0 && evidence[k][loc] <= 0.0 && evidence[k][org] <= 0.0;
        let known =
            listed_as(orgs, gaz, &lookup[k]) != 0 || curated(names[k]).iter().any(|v| *v > 0.0) || org_short_names.contains_key(names[k]);
        if (outright || unopposed)
            && !known
            && !quoted[k]
            && !is_initialism(names[k])
            && !major_place(gaz, &lookup[k])
            && !is_group_word(names[k])
        {
            out_type[k] = Some(EntityType::Person);
        }
    }
    // A lone word that only the tagger calls a person or a place takes the type its lists give it
    // ("Ford, Macy's, Kellogg's, NBC, Fox and others").
    let weak: Vec<bool> = (0..names.len())
        .map(|k| {
            let Some(t) = out_type[k].map(idx) else { return false };
            let full_name =
                person_parts.get(names[k]).is_some_and(|ks| ks.iter().any(|&l| votes[l][person] > 0.0 || person_form(&words[l]) > 0.0));
            // A cue as strong as a tagged mention backs it; "to X", "from X" alone do not.
            let backed = known[k][t] > 0.0
                || evidence[k][t] >= 1.0
                || t == person && (titled[k] || full_name || evidence[k][AGENT] > 0.0)
                || t == org && org_short_names.contains_key(names[k]);
            words[k].len() == 1 && (t == person || t == idx(EntityType::Loc)) && !backed
        })
        .collect();
    for (k, t) in list_types(a, &mentions, &key_of, &out_type, &weak) {
        out_type[k] = Some(t);
    }
    for (m, &k) in mentions.iter_mut().zip(&key_of) {
        if let Some(t) = out_type[k] {
            m.label = t;
        }
    }
    mentions
}

/// Type `t` for a name whose scores support no type (all zero or less) once a rule has ruled one
/// out ("no person's"): what the rule's shape says it is.
fn when_nothing_tells(s: &mut Scores, t: usize) {
    if s.iter().all(|v| *v <= 0.0) {
        s[t] = 1.0;
    }
}

/// Is the name (its `lookup` words) a club's in the organisation lists only as a place's whole
/// name (a country, a state or a city not small: "San Francisco", "Barcelona")? Such a name is the
/// club only in a sports story; elsewhere the lists know it no better than a word that is also a
/// name ("U.S. District Judge James Donato in San Francisco").
fn club_by_place(gaz: &Gazetteer, lookup: &[&str], listed: u32) -> bool {
    let other = [COMPANY_TOP, COMPANY, MEDIA, PARTY, UNIVERSITY, AGENCY, ACRONYM];
    listed & (1 << SPORTS) != 0 && other.iter().all(|&c| listed & (1 << c) == 0) && major_place(gaz, lookup)
}

/// The type a list (`lists.rs`: "Macy's, Kellogg's, NBC and Fox") gives each weak name in it. A weak name
/// (`weak[key]`: one word that nothing but the tagger calls a person or a place: no list, title, full
/// name or cue as strong as a tagged mention) takes the type its lists' other names that are not weak
/// all have (`types[key]`), when they are two or more: "Disney, Pixar, Marvel and Star Wars"; "Did not
/// bat: Vaas, Muralitharan" takes nothing from bowlers only the tagger called places.
fn list_types(
    a: &Analysis,
    mentions: &[Mention<Bytes>],
    key_of: &[usize],
    types: &[Option<EntityType>],
    weak: &[bool],
) -> Vec<(usize, EntityType)> {
    if !weak.contains(&true) {
        return Vec::new();
    }
    let ranges: Vec<std::ops::Range<usize>> = mentions.iter().map(|m| a.token_range(m.span.start, m.span.end)).collect();
    // For each weak name, the types of its lists' other names that are not weak.
    let mut counts: HashMap<usize, [usize; 4]> = HashMap::new();
    for list in lists(a, &ranges) {
        for i in list.clone().filter(|&i| weak[key_of[i]]) {
            let typed = counts.entry(key_of[i]).or_default();
            for j in list.clone().filter(|&j| key_of[j] != key_of[i] && !weak[key_of[j]]) {
                if let Some(t) = types[key_of[j]] {
                    typed[idx(t)] += 1;
                }
            }
        }
    }
    let mut out: Vec<(usize, EntityType)> = counts
        .into_iter()
        .filter_map(|(k, typed)| {
            let mut kinds = (0..4).filter(|&t| typed[t] > 0);
            let t = kinds.next().filter(|_| kinds.next().is_none())?;
            (typed[t] >= 2 && types[k] != Some(EntityType::ALL[t])).then_some((k, EntityType::ALL[t]))
        })
        .collect();
    out.sort_by_key(|(k, _)| *k);
    out
}
