//! Entity resolution: which mentions name the same thing, within a document
//! and across documents.
//!
//! Within a document, mentions are grouped by these rules, longest names first:
//! - the same name up to case, spacing and punctuation ("Soft Bank" = "SoftBank", "U.S." = "US");
//! - a person's surname or first name alone joins the one full name that contains it ("Altman" -> "Sam Altman"),
//!   or, when two people share it, the one whose full name came before its first mention;
//! - a name opening with a nickname joins the same name with the given name it shortens ("Josh Apte" ->
//!   "Joshua Apte", `hypocorisms.tsv`);
//! - an acronym joins the one name whose initials it spells ("FEC" -> "Federal Election Commission");
//! - a leading part of an organisation's or work's name joins it ("Stargate" -> "Stargate Project"; not a maker
//!   and its model: "Google", "Google Stadia");
//! - a conventional short name joins its long name, also written with a qualifier before it ("Fed" ->
//!   "Federal Reserve" or "U.S. Federal Reserve", `org_short_forms.tsv`),
//!   a short form defined in brackets its name, and a party's adjective, noun and letter tag one another;
//! - a social handle joins the author it is attributed to ("@sama" -> "Sam Altman").
//!
//! Each entity's type weighs its names' evidence ([`cluster_type`]), and its name
//! is the fullest form. Across documents an entity is identified by type and name
//! ([`entity_id`]); a surname-only person joins the one full name with that surname.

use crate::extract::analysis::CharIndex;
use crate::extract::discourse::words::{party_letter, party_word};
use crate::extract::entities::rules::{is_initialism_of, name_initials, without_country_qualifier};
use crate::extract::{EntityType, Mention};
use crate::lexicon::{
    ADJECTIVE_ENDINGS, AP_STATES, COUNTRY_ABBREVIATIONS, DEMONYMS, ETHNIC_GROUPS, GENERATIONAL_SUFFIXES, HYPOCORISMS, MODEL_VARIANTS,
    ORG_HEADS, ORG_SHORT_FORMS, ORG_SUFFIXES, PARTY_GROUPS, RELIGIONS, is_event_head,
};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

/// Nationalities, peoples and religions ("Czech", "South African", "Kurdish", "Muslim"): no leading part of an organisation's name.
/// Lowercase, so that a headline's "SOUTH AFRICAN" is one too.
static GROUP_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let words = DEMONYMS.rows().iter().map(|r| r[0]).chain(RELIGIONS.words().iter().copied()).chain(ETHNIC_GROUPS.words().iter().copied());
    words.map(str::to_lowercase).collect()
});

/// Conventional short names -> the long names they stand for (`org_short_forms.tsv`).
static SHORT_FORMS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut m: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in ORG_SHORT_FORMS.rows() {
        m.entry(r[0]).or_default().push(r[1]);
    }
    m
});

/// Nicknames -> the given names they shorten (`hypocorisms.tsv`).
static NICKNAMES: LazyLock<HashMap<&'static str, Vec<&'static str>>> =
    LazyLock::new(|| HYPOCORISMS.rows().iter().map(|r| (r[0], r[1].split('|').collect())).collect());

/// A person's name opening with a nickname takes the given name it shortens
/// when the document names a person so, with the rest of the name the same
/// ("Josh Apte" beside "Joshua Apte"): one person, named by the given name.
fn given_names_for_nicknames(mentions: &[Mention], names: &mut [String]) {
    let split = |n: &str| n.split_once(' ').map(|(f, r)| (f.to_string(), r.to_string()));
    let full: HashSet<(String, String)> =
        mentions.iter().zip(names.iter()).filter(|(m, _)| m.label == EntityType::Person).filter_map(|(_, n)| split(n)).collect();
    for (m, n) in mentions.iter().zip(names.iter_mut()) {
        let Some((first, rest)) = split(n).filter(|_| m.label == EntityType::Person) else { continue };
        let given = NICKNAMES.get(first.as_str()).into_iter().flatten().find(|g| full.contains(&(g.to_string(), rest.clone())));
        if let Some(g) = given {
            *n = format!("{g} {rest}");
        }
    }
}

/// One entity of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalEntity {
    /// The fullest form of its name.
    pub name: String,
    /// Its type, weighed over its mentions ([`cluster_type`]).
    pub label: EntityType,
    /// Surface forms and handles, including the name.
    pub aliases: BTreeSet<String>,
}

/// The result of resolving one document's mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The document's entities.
    pub entities: Vec<LocalEntity>,
    /// For each mention, the index of its entity.
    pub of_mention: Vec<usize>,
}

/// A name without a leading "the", a possessive ending or surrounding punctuation.
pub fn clean_name(text: &str) -> String {
    // A trailing plus sign is part of a service's name ("Disney+").
    let mut t = text
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '.')
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '.' && c != '+')
        .trim_start_matches('.');
    // A final period belongs to an abbreviation ("U.S.", "Calif."), not to a sentence.
    if t.ends_with('.') && !t.rsplit(' ').next().is_some_and(crate::extract::analysis::is_abbreviation) && expand_place(t).is_none() {
        t = t.trim_end_matches('.');
    }
    for suffix in ["'s", "’s", "'", "’"] {
        t = t.strip_suffix(suffix).unwrap_or(t);
    }
    for prefix in ["the ", "The ", "THE "] {
        t = t.strip_prefix(prefix).unwrap_or(t);
    }
    t.trim().to_string()
}

/// A person's name without middle initials: "Donald J. Trump" -> "Donald Trump".
pub fn drop_middle_initials(name: &str) -> String {
    let w: Vec<&str> = name.split_whitespace().collect();
    if w.len() < 3 {
        return name.to_string();
    }
    let initial = |x: &&str| x.trim_end_matches('.').chars().count() == 1;
    let mut kept = vec![w[0]];
    kept.extend(w[1..w.len() - 1].iter().filter(|x| !initial(x)));
    kept.push(w[w.len() - 1]);
    kept.join(" ")
}

/// Lowercase letters and digits only (and a plus sign, which makes another
/// thing: "Disney+" is not "Disney"): the key under which spelling variants meet.
pub fn squash(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric() || *c == '+').flat_map(char::to_lowercase).collect()
}

/// Is the name written in capitals throughout, as a headline writes names ("MEDVEDEV")?
fn in_capitals(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
}

/// A readable, stable id: `person/sam-altman`.
pub fn entity_id(label: EntityType, name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if c == '+' {
            // "Disney+" is `misc/disney-plus`, apart from `misc/disney`.
            if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
            slug.push_str("plus");
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    format!("{}/{}", label.as_str().to_lowercase(), if slug.is_empty() { "unnamed" } else { slug })
}

fn words(name: &str) -> Vec<&str> {
    name.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect()
}

/// Does `short` spell the initials of `long`'s words, with or without the
/// small words ("FEC" = "Federal Election Commission", "TRD" = "The Real Deal")?
/// A Title-case word of three letters or more counts too ("Sars"); an acronym
/// is one word ("HONG KONG" spells no name).
fn is_acronym_of(short: &str, long: &str) -> bool {
    let letters: String = short.chars().filter(|c| c.is_alphabetic()).collect();
    let n = letters.chars().count();
    let caps = letters.chars().all(char::is_uppercase);
    let title = n >= 3 && letters.chars().next().is_some_and(char::is_uppercase);
    if n < 2 || !(caps || title) || short.trim().contains(' ') {
        return false;
    }
    let letters = letters.to_uppercase();
    // A leading "T" may stand for a "The" the mention leaves out ("TRD" = "(The) Real Deal").
    initials(long).iter().any(|i| i.chars().count() >= 2 && (i.to_uppercase() == letters || format!("T{}", i.to_uppercase()) == letters))
}

/// The initials of `long`'s words: of all of them, and of the significant ones
/// (small words skipped); each with a hyphenated compound as two words
/// ("Anti-Corruption Commission", ACC) and as one ("Co-ordinating Council", CC);
/// and of three letters or more without a leading country qualifier ("FDA" of
/// "U.S. Food and Drug Administration").
fn initials(long: &str) -> Vec<String> {
    let split = words(long);
    let whole: Vec<&str> = long.split_whitespace().collect();
    let mut out: Vec<String> = name_initials(&split).into_iter().chain(name_initials(&whole)).collect();
    if let Some(rest) = without_country_qualifier(&split) {
        out.extend(name_initials(rest).into_iter().filter(|i| i.chars().count() >= 3));
    }
    out
}

/// The letter strings that [`is_acronym_of`] accepts as acronyms of `long`:
/// the initials of all its words and of its significant words, each with and
/// without a leading "T" for an unwritten "The".
fn acronym_keys(long: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for i in initials(long) {
        if i.chars().count() >= 2 {
            let upper = i.to_uppercase();
            keys.push(format!("T{upper}"));
            keys.push(upper);
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

/// The long form of a place abbreviation: a country's ("U.S." -> "United
/// States") or an AP state's ("Calif." -> "California"), from the lexicon.
/// Two-letter forms need their dots or capitals ("N.Y.", "NY"), so "Pa" alone is not Pennsylvania.
pub fn expand_place(name: &str) -> Option<&'static str> {
    let undotted = |s: &str| s.chars().filter(|c| *c != '.').collect::<String>();
    let bare = undotted(name);
    let dotted = name.contains('.');
    COUNTRY_ABBREVIATIONS
        .rows()
        .iter()
        .chain(AP_STATES.rows())
        .map(|r| (undotted(r[0]), r[1]))
        .find(|(short, _)| *short == bare && (dotted || bare.chars().all(|c| c.is_ascii_uppercase())))
        .map(|(_, long)| long)
}

/// The type of an entity from its mentions, given as (cleaned name, type) with
/// `full` the fullest name. When every mention agrees, that type (the extractor
/// weighed the evidence per name). Otherwise the evidence is weighed, not counted:
/// - a mention of the full name counts 1, a shorter form ("Stargate" of
///   "Stargate Project", "Altman" of "Sam Altman") 0.5, so one mistyped long form
///   does not retype many short forms, nor a few short forms the long form;
/// - an initialism ("DRC", "US") counts next to nothing beside a written-out
///   name: an acronym takes the type of the name it abbreviates;
/// - the full name's own last word is evidence: an organisation word ("Group",
///   "Agency") for ORG, an event, law or treaty word ("Summit", "Act") for MISC;
/// - an entity named only by initialisms is never a person.
///
/// Ties go to the full name's type.
pub fn cluster_type<'n>(full: &str, mentions: impl IntoIterator<Item = (&'n str, EntityType)>) -> EntityType {
    let mentions: Vec<(&str, EntityType)> = mentions.into_iter().collect();
    let full_key = squash(full);
    let full_label = mentions.iter().find(|(n, _)| squash(n) == full_key).map(|(_, l)| *l);
    let Some(&(_, first)) = mentions.first() else { return EntityType::Misc };
    // Two to four capitals ("US", "U.K.", "NASA"); a longer word in capitals is more
    // likely a headline's name ("CRAWLEY") than an initialism.
    let initialism = |n: &str| is_initialism_of(n, 4);
    let written_out = mentions.iter().any(|(n, _)| !initialism(n));
    // Named only by initialisms: a place if one abbreviates a place ("US"), else an organisation.
    let not_person = if expand_place(full).is_some() { EntityType::Loc } else { EntityType::Org };
    if mentions.iter().all(|(_, l)| *l == first) {
        return if first == EntityType::Person && !written_out { not_person } else { first };
    }
    let mut score = [0.0f32; 4];
    let at = |t: EntityType| EntityType::ALL.iter().position(|x| *x == t).unwrap_or(0);
    // A name in capitals that the text also writes in mixed case ("CRAWLEY", "Crawley") is a headline's.
    let mixed: HashSet<String> = mentions.iter().filter(|(n, _)| !in_capitals(n)).map(|(n, _)| squash(n)).collect();
    for (n, l) in &mentions {
        let mut w = if is_acronym_of(n, full) {
            0.01
        } else if squash(n) == full_key {
            1.0
        } else {
            0.5
        };
        if in_capitals(n) && mixed.contains(&squash(n)) {
            w *= 0.5;
        }
        score[at(*l)] += w;
    }
    if let Some(last) = full.rsplit(' ').next().filter(|_| full.contains(' ')) {
        if ORG_SUFFIXES.contains(last) || ORG_HEADS.contains(last) {
            score[at(EntityType::Org)] += 1.5;
        } else if is_event_head(last) {
            score[at(EntityType::Misc)] += 1.5;
        }
    }
    if !written_out {
        score[at(EntityType::Person)] = f32::NEG_INFINITY;
    }
    let tie = full_label.unwrap_or(first);
    let best = (0..4).max_by(|&x, &y| score[x].total_cmp(&score[y]).then((EntityType::ALL[x] == tie).cmp(&(EntityType::ALL[y] == tie))));
    match best.map(|b| (EntityType::ALL[b], score[b])) {
        Some((t, v)) if v > 0.0 => t,
        _ if !written_out => not_person,
        _ => tie,
    }
}

/// Is the organisation name `short` (words) the end of `long` before its legal
/// or institutional suffixes, and not itself such a suffix? "Disney" of "Walt
/// Disney Co.", "Homeland Security" of "Department of Homeland Security",
/// "Times" of "New York Times"; not "Bank" of "Harbor Bank" (suffixes compared
/// in any case: "INC."), nor the party group "Democrats" of "House Democrats".
fn org_tail(short: &[&str], long: &[&str]) -> bool {
    let suffix = |w: &&str| ORG_SUFFIXES.words().iter().any(|s| s.eq_ignore_ascii_case(w));
    let core = long.iter().rposition(|w| !suffix(w)).map_or(&long[..0], |e| &long[..=e]);
    let party_group = short.len() == 1 && PARTY_GROUPS.contains(short[0]);
    !short.is_empty() && short.len() < core.len() && !short.last().is_some_and(suffix) && !party_group && core.ends_with(short)
}

/// May two names of these types be one entity: the same type, or an
/// organisation and its work or project ("Stargate" the company and the project)?
fn same_kind(a: EntityType, b: EntityType) -> bool {
    a == b || matches!((a, b), (EntityType::Org, EntityType::Misc) | (EntityType::Misc, EntityType::Org))
}

/// Short forms the text defines in brackets right after a name: "Congress of
/// South African Trade Unions (Cosatu)", "the Harbour Authority (HA)". Returns
/// (short mention, long mention) index pairs. The long form has two words or
/// more, the short one is one word, neither is a person, and the two are typed
/// alike (or organisation and work), so "NEW YORK (Reuters)" defines nothing; a
/// place's short form is in capitals ("(UAE)"): a place in brackets after a
/// place is where it lies ("Trent Bridge (Nottingham)").
/// `mentions` are in text order, with spans in characters of `text`.
pub fn bracket_definitions(text: &str, mentions: &[Mention]) -> Vec<(usize, usize)> {
    let candidates: Vec<(usize, usize)> = (1..mentions.len())
        .map(|j| (j, j - 1))
        .filter(|&(j, i)| {
            let (short, long) = (&mentions[j], &mentions[i]);
            short.span.start == long.span.end + 2
                && !short.text.contains(' ')
                && long.text.trim().contains(' ')
                && short.label != EntityType::Person
                && long.label != EntityType::Person
                && same_kind(short.label, long.label)
                && (long.label != EntityType::Loc || !short.text.chars().any(char::is_lowercase))
        })
        .collect();
    if candidates.is_empty() {
        return candidates;
    }
    let chars = CharIndex::new(text);
    let between = |from: usize, to: usize| text.get(chars.to_byte(from)..chars.to_byte(to)).unwrap_or("");
    candidates
        .into_iter()
        .filter(|&(j, i)| {
            let (long_end, short_end) = (mentions[i].span.end, mentions[j].span.end);
            between(long_end, long_end + 2) == " (" && between(short_end, short_end + 1) == ")"
        })
        .collect()
}

/// Group one document's mentions into entities. `handles` pairs a mention
/// index (a post's author) with that author's social handle; `defined` pairs a
/// short form with the name it is defined as ([`bracket_definitions`]).
pub fn resolve_document(mentions: &[Mention], handles: &[(usize, String)], defined: &[(usize, usize)]) -> Resolved {
    let mut names: Vec<String> = mentions
        .iter()
        .map(|m| match expand_place(m.text.trim()) {
            Some(long) if m.label == EntityType::Loc => long.to_string(),
            _ if m.label == EntityType::Person => drop_middle_initials(&clean_name(&m.text)),
            _ => clean_name(&m.text),
        })
        .collect();
    given_names_for_nicknames(mentions, &mut names);
    // Type vote per spelling-variant key: one string gets one type in a document.
    let mut votes: HashMap<String, BTreeMap<EntityType, usize>> = HashMap::new();
    for (m, n) in mentions.iter().zip(&names) {
        *votes.entry(squash(n)).or_default().entry(m.label).or_default() += 1;
    }
    let voted = |key: &str| votes[key].iter().max_by_key(|(l, c)| (**c, std::cmp::Reverse(**l))).map(|(l, _)| *l).unwrap();

    // Short forms defined in the text -> the key of their long form (the first definition holds).
    let mut defined_as: HashMap<String, String> = HashMap::new();
    for &(short, long) in defined {
        defined_as.entry(squash(&names[short])).or_insert_with(|| squash(&names[long]));
    }
    // A party's adjective, noun and letter tag typed MISC are one entity ("Democratic",
    // "Democrat", "D." of "(D-Md.)"), named by the word written first; the plural party
    // group ("Democrats", ORG) stays an organisation.
    let mut party_first: HashMap<&str, String> = HashMap::new();
    for (m, n) in mentions.iter().zip(&names) {
        if m.label == EntityType::Misc
            && let Some(p) = party_word(&n.to_lowercase())
        {
            party_first.entry(p).or_insert_with(|| squash(n));
        }
    }
    for (m, n) in mentions.iter().zip(&names) {
        let low = n.trim_end_matches('.').to_lowercase();
        if m.label == EntityType::Misc
            && let Some(first) = party_word(&low).or_else(|| party_letter(&low)).and_then(|p| party_first.get(p))
            && *first != squash(n)
        {
            defined_as.entry(squash(n)).or_insert_with(|| first.clone());
        }
    }

    // Distinct names, longest first, then in order of appearance.
    let mut order: Vec<usize> = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, n) in names.iter().enumerate() {
        if seen.insert(squash(n)) {
            order.push(i);
        }
    }
    // Short forms the text defines come after the names they join.
    order.sort_by_cached_key(|&i| (defined_as.contains_key(&squash(&names[i])), std::cmp::Reverse(words(&names[i]).len()), i));

    struct Cluster {
        keys: BTreeSet<String>,
        label: EntityType,
        name: String,
        /// Its first name, and the names of three words or more that joined it, which an
        /// acronym may spell ("CBP" for "Customs and Border Protection" in "U.S. Customs
        /// and Border Protection").
        long_names: Vec<String>,
        /// Where the first mention of a name of two words or more stands (a mention
        /// index, in text order; `usize::MAX` while it has none).
        first_full: usize,
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut of_key: HashMap<String, usize> = HashMap::new();
    // Clusters by each lowercase word of their name, and by the initials an acronym
    // of them would spell: every rule below needs one of the two to hold, so a name
    // is compared only with the clusters these point to (linear in the mentions).
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &order {
        let name = &names[i];
        let key = squash(name);
        let label = voted(&key);
        let w = words(name);
        let mut near: Vec<usize> = match w.first() {
            Some(f) => by_word.get(&f.to_lowercase()).cloned().unwrap_or_default(),
            None => (0..clusters.len()).collect(), // a name of no words: any cluster
        };
        let letters = name.chars().filter(|c| c.is_alphabetic()).collect::<String>().to_uppercase();
        near.extend(by_initials.get(&letters).into_iter().flatten());
        // A conventional short name joins its long name's entity ("Fed" -> "Federal Reserve"),
        // and so does a short form the text defines.
        // The long name may stand in the document with a qualifier before it ("U.S.
        // Federal Reserve"): then the cluster whose name ends with it is the one.
        let mut long_forms: Vec<usize> = SHORT_FORMS
            .get(name.as_str())
            .into_iter()
            .flatten()
            .filter_map(|l| {
                of_key.get(&squash(l)).copied().or_else(|| {
                    let lw = words(l);
                    let ends = |c: &Cluster| c.label != EntityType::Person && words(&c.name).ends_with(&lw);
                    let mut hits = clusters.iter().enumerate().filter(|(_, c)| ends(c)).map(|(i, _)| i);
                    hits.next().filter(|_| hits.next().is_none())
                })
            })
            .collect();
        long_forms.extend(defined_as.get(&key).and_then(|l| of_key.get(l)).copied());
        long_forms.sort_unstable();
        long_forms.dedup();
        if label != EntityType::Person
            && let [one] = long_forms.as_slice()
        {
            clusters[*one].keys.insert(key.clone());
            of_key.insert(key, *one);
            continue;
        }
        near.sort_unstable();
        near.dedup();
        let spells = |long_names: &[String]| long_names.iter().any(|l| is_acronym_of(name, l));
        let candidates: Vec<usize> = near
            .into_iter()
            .filter(|&c| {
                let cl = &clusters[c];
                let cw = words(&cl.name);
                if cw.len() <= w.len() {
                    return false;
                }
                // An organisation and a work or project may share a name ("Stargate"); not
                // a company and its product ("Boeing", "Boeing 737 MAX"; "Apple", "Apple TV+"), nor
                // an organisation and a work opening with it whose other words are no generic head
                // (a maker and its model: "Google", "Google Stadia"; not "Stargate Project").
                let generic = |t: &&str| ORG_SUFFIXES.contains(t) || ORG_HEADS.contains(t) || is_event_head(t);
                let model = label == EntityType::Org
                    && cl.label == EntityType::Misc
                    && w.len() == 1
                    && cw.first() == w.first()
                    && !cw[1..].iter().any(generic);
                let product = cl.name.chars().any(|c| c.is_ascii_digit()) || cl.name.ends_with('+') || model;
                // Nor an adjective and an organisation ("Democratic", "Democratic Party").
                // Nor a nationality or religion and an organisation ("Czech", "Czech National Bank").
                let group = GROUP_WORDS.contains(&name.to_lowercase());
                let adjective = group || w.len() == 1 && ADJECTIVE_ENDINGS.rows().iter().any(|r| r[2] == "yes" && name.ends_with(r[0]));
                let compatible = cl.label == label || !product && !adjective && same_kind(cl.label, label);
                match label {
                    EntityType::Person if cl.label == EntityType::Person => {
                        // Surnames compare without a generational suffix ("King" of "Martin Luther King Jr.").
                        let cw = match cw.split_last() {
                            Some((last, rest)) if !rest.is_empty() && GENERATIONAL_SUFFIXES.contains(last) => rest,
                            _ => &cw[..],
                        };
                        // Up to case where one is in capitals (a headline's "MEDVEDEV"), and in a
                        // surname of two words or more ("Van Boxmeer" of "Jean van Boxmeer").
                        let same = |x: &str, y: &str, any_case: bool| {
                            x == y || (any_case || in_capitals(x) || in_capitals(y)) && x.to_lowercase() == y.to_lowercase()
                        };
                        let one = |x: Option<&&str>| x.zip(w.first()).is_some_and(|(x, y)| same(x, y, false));
                        // A hyphenated given name alone is a first name too ("Rose-Lynn" of "Rose-Lynn Harlan").
                        let hyphened_first = w.len() > 1 && !name.contains(' ') && cw.starts_with(&w);
                        w.len() == 1 && (one(cw.last()) || one(cw.first()))
                            || hyphened_first
                            || cw.len() >= w.len() && cw[cw.len() - w.len()..].iter().zip(&w).all(|(x, y)| same(x, y, w.len() > 1))
                    }
                    // An acronym joins the name it spells whatever the tagger called it ("DRC").
                    _ if spells(&cl.long_names) && cl.label != EntityType::Person => true,
                    // Models a variant word tells apart are other products ("iPhone 11", "iPhone 11 Pro Max").
                    _ if product
                        && name.chars().any(|c| c.is_ascii_digit())
                        && cw.iter().any(|x| MODEL_VARIANTS.contains(x) && !w.contains(x)) =>
                    {
                        false
                    }
                    _ if compatible => {
                        let lower = |v: &[&str]| v.iter().map(|x| x.to_lowercase()).collect::<Vec<_>>();
                        let (lw, lcw) = (lower(&w), lower(&cw));
                        spells(&cl.long_names)
                            || label != EntityType::Person && !group && lcw.starts_with(&lw)
                            || label == EntityType::Org && cl.label == EntityType::Org && org_tail(&w, &cw)
                            // Products and models: "Max 737" is "Boeing 737 MAX" (a model
                            // number is needed, so "Syrian" stays apart from "Free Syrian Army").
                            || label == EntityType::Misc
                                && cl.name.chars().any(|c| c.is_ascii_digit())
                                && lw.iter().all(|x| lcw.contains(x))
                    }
                    _ => false,
                }
            })
            .collect();
        // A surname two people share is the one whose full name came before it, when only one
        // did: "Delgado says" after "Rosa Delgado" and before "her mother, Carmen Delgado" (news
        // names the second by first name); with both or neither before, it stays apart.
        let named_before = || {
            let mut before = candidates.iter().copied().filter(|&c| clusters[c].first_full < i);
            before.next().filter(|_| before.next().is_none())
        };
        let shared_surname = (label == EntityType::Person && w.len() == 1 && candidates.len() > 1).then(named_before).flatten();
        let target = match (candidates.as_slice(), shared_surname) {
            ([one], _) => *one,
            (_, Some(before)) => before,
            _ => {
                let c = clusters.len();
                for word in &w {
                    let list = by_word.entry(word.to_lowercase()).or_default();
                    if list.last() != Some(&c) {
                        list.push(c);
                    }
                }
                for initials in acronym_keys(name) {
                    by_initials.entry(initials).or_default().push(c);
                }
                clusters.push(Cluster {
                    keys: BTreeSet::new(),
                    label,
                    name: name.clone(),
                    long_names: vec![name.clone()],
                    first_full: usize::MAX,
                });
                c
            }
        };
        // A joining name of three words or more may be spelled too (two initials are too
        // ambiguous: "HK" is "Hong Kong", not "Hwa Kay" of "Hwa Kay Thai Holdings Ltd").
        if w.len() >= 3 && clusters[target].name != *name {
            for initials in acronym_keys(name) {
                by_initials.entry(initials).or_default().push(target);
            }
            clusters[target].long_names.push(name.clone());
        }
        clusters[target].keys.insert(key.clone());
        if w.len() >= 2 {
            clusters[target].first_full = clusters[target].first_full.min(i);
        }
        of_key.insert(key, target);
    }

    let of_mention: Vec<usize> = names.iter().map(|n| of_key[&squash(n)]).collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    for (m, &c) in of_mention.iter().enumerate() {
        members[c].push(m);
    }
    let mut entities: Vec<LocalEntity> = clusters
        .iter()
        .zip(&members)
        .map(|(cl, members)| {
            // Type: weighed over the cluster's names (see [`cluster_type`]). Name: among the
            // spellings of the fullest form, the most frequent, then the one with fewer spaces.
            let mut forms: BTreeMap<&str, usize> = BTreeMap::new();
            let full = squash(&cl.name);
            for &k in members {
                if squash(&names[k]) == full {
                    *forms.entry(&names[k]).or_default() += 1;
                }
            }
            let label = cluster_type(&cl.name, members.iter().map(|&k| (names[k].as_str(), mentions[k].label)));
            let name = forms
                .iter()
                // A form in running text before a headline's capitals ("Kevin Brown", "KEVIN BROWN").
                .max_by_key(|(f, n)| (!in_capitals(f), **n, std::cmp::Reverse(f.matches(' ').count()), std::cmp::Reverse(**f)))
                .map_or(cl.name.clone(), |(f, _)| f.to_string());
            LocalEntity { name, label, aliases: BTreeSet::new() }
        })
        .collect();
    for (m, &e) in mentions.iter().zip(&of_mention) {
        entities[e].aliases.insert(clean_name(&m.text));
    }
    for (m, handle) in handles {
        if let Some(&e) = of_mention.get(*m) {
            entities[e].aliases.insert(handle.clone());
        }
    }
    Resolved { entities, of_mention }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::analysis::Span;
    use EntityType::*;

    fn mentions(spec: &[(&str, EntityType)]) -> Vec<Mention> {
        spec.iter()
            .enumerate()
            .map(|(i, (t, l))| Mention { span: Span::new(i * 10, i * 10 + t.len()), text: t.to_string(), label: *l, sentence: 0 })
            .collect()
    }

    fn names_of(spec: &[(&str, EntityType)]) -> Vec<String> {
        let r = resolve_document(&mentions(spec), &[], &[]);
        r.of_mention.iter().map(|&e| r.entities[e].name.clone()).collect()
    }

    #[test]
    fn surname_variant_and_possessive() {
        assert_eq!(names_of(&[("Donald J. Trump", Person), ("Donald Trump", Person)]), ["Donald Trump", "Donald Trump"]);
        let got = names_of(&[
            ("Sam Altman", Person),
            ("Altman", Person),
            ("Soft Bank", Org),
            ("SoftBank", Org),
            ("Musk’s", Person),
            ("Elon Musk", Person),
        ]);
        assert_eq!(got, ["Sam Altman", "Sam Altman", "SoftBank", "SoftBank", "Elon Musk", "Elon Musk"]);
    }

    #[test]
    fn a_nickname_joins_the_given_name_it_shortens() {
        // With the same surname, the nickname's name is the given name's person, and the surname
        // alone is then one person's; a nickname with no such given name beside it stays apart.
        let got = names_of(&[("Joshua Tarle", Person), ("Josh Tarle", Person), ("Tarle", Person), ("Mike Tarle", Person)]);
        assert_eq!(got, ["Joshua Tarle", "Joshua Tarle", "Joshua Tarle", "Mike Tarle"]);
        assert_eq!(names_of(&[("Tom Brell", Person), ("Thomas Brell", Person)]), ["Thomas Brell", "Thomas Brell"]);
        assert_eq!(names_of(&[("Tom Brell", Person), ("Thomas Kell", Person)]), ["Tom Brell", "Thomas Kell"]);
    }

    #[test]
    fn surnames_join_past_a_generational_suffix() {
        let got = names_of(&[("Martin Luther King Jr.", Person), ("King", Person), ("Henry Ford II", Person), ("Ford", Person)]);
        assert_eq!(got, ["Martin Luther King Jr.", "Martin Luther King Jr.", "Henry Ford II", "Henry Ford II"]);
    }

    #[test]
    fn a_hyphenated_given_name_alone_joins_its_full_name() {
        let got = names_of(&[("Rose-Lynn Harlan", Person), ("Rose-Lynn", Person), ("Lynn-Rose", Person)]);
        assert_eq!(got, ["Rose-Lynn Harlan", "Rose-Lynn Harlan", "Lynn-Rose"]);
    }

    #[test]
    fn surnames_join_up_to_case_where_one_is_in_capitals() {
        // A headline's capitals and a particle's case; the fullest form is named as running text writes it.
        let got = names_of(&[
            ("MEDVEDEV", Person),
            ("Andrei Medvedev", Person),
            ("Medvedev", Person),
            ("Van Boxmeer", Person),
            ("Jean van Boxmeer", Person),
        ]);
        assert_eq!(got, ["Andrei Medvedev", "Andrei Medvedev", "Andrei Medvedev", "Jean van Boxmeer", "Jean van Boxmeer"]);
        let got = names_of(&[("KEVIN BROWN", Person), ("Kevin Brown", Person), ("Brown", Person)]);
        assert_eq!(got, ["Kevin Brown", "Kevin Brown", "Kevin Brown"]);
        // Not a lowercase word of another language's long "name" ("dan" is "and").
        let got = names_of(&[("dan Hadits Nabi", Person), ("Dan", Person)]);
        assert_eq!(got, ["dan Hadits Nabi", "Dan"]);
    }

    #[test]
    fn a_service_with_a_plus_sign_is_not_its_company() {
        let got = names_of(&[("Apple TV+", Misc), ("Apple", Org), ("Disney+", Misc), ("Disney", Org)]);
        assert_eq!(got, ["Apple TV+", "Apple", "Disney+", "Disney"]);
        assert_eq!(entity_id(Misc, "Disney+"), "misc/disney-plus");
        assert_eq!(clean_name("Disney+’s"), "Disney+");
    }

    #[test]
    fn ambiguous_surname_stays_apart() {
        let got = names_of(&[("Sam Altman", Person), ("Jack Altman", Person), ("Altman", Person)]);
        assert_eq!(got[2], "Altman");
        // Neither full name before the surname (a headline's "Clinton"): apart too.
        let got = names_of(&[("Clinton", Person), ("Chelsea Clinton", Person), ("Bill Clinton", Person)]);
        assert_eq!(got[0], "Clinton");
    }

    #[test]
    fn a_shared_surname_is_the_one_person_named_in_full_before_it() {
        let got = names_of(&[("Rosa Delgado", Person), ("Delgado", Person), ("Carmen Delgado", Person), ("Delgado", Person)]);
        assert_eq!(got, ["Rosa Delgado", "Rosa Delgado", "Carmen Delgado", "Rosa Delgado"]);
    }

    #[test]
    fn a_two_letter_acronym_spells_a_cluster_by_its_first_name_only() {
        let got = names_of(&[("Hwa Kay", Org), ("HONG KONG", Loc), ("Hwa Kay Thai Holdings Ltd", Org), ("HK", Loc)]);
        assert_eq!(got, ["Hwa Kay Thai Holdings Ltd", "HONG KONG", "Hwa Kay Thai Holdings Ltd", "HONG KONG"]);
    }

    #[test]
    fn an_organisations_tail_and_the_acronym_of_any_long_name_join_it() {
        let got = names_of(&[("Walt Disney Co.", Org), ("Disney", Org), ("New York Times", Org), ("Times", Org)]);
        assert_eq!(got, ["Walt Disney Co.", "Walt Disney Co.", "New York Times", "New York Times"]);
        let got = names_of(&[
            ("U.S. Customs and Border Protection", Org),
            ("Customs and Border Protection", Org),
            ("CBP", Org),
            ("Department of Homeland Security", Org),
            ("Homeland Security", Org),
        ]);
        assert_eq!(got[..3], ["U.S. Customs and Border Protection"; 3]);
        assert_eq!(got[3..], ["Department of Homeland Security"; 2]);
        // The acronym of a long name after a country qualifier leaves the qualifier out or spells it whole.
        let got = names_of(&[("U.S. Food and Drug Administration", Org), ("FDA", Org), ("British Medical Association", Org), ("BMA", Org)]);
        assert_eq!(
            got,
            [
                "U.S. Food and Drug Administration",
                "U.S. Food and Drug Administration",
                "British Medical Association",
                "British Medical Association"
            ]
        );
        let got = names_of(&[("UK Health Security Agency", Org), ("UKHSA", Org), ("U.S. Postal Service", Org), ("USPS", Org)]);
        assert_eq!(got, ["UK Health Security Agency", "UK Health Security Agency", "U.S. Postal Service", "U.S. Postal Service"]);
        // Only three letters or more without the qualifier: "BC" is not "British Broadcasting Corporation".
        assert_eq!(names_of(&[("British Broadcasting Corporation", Org), ("BC", Org)]), ["British Broadcasting Corporation", "BC"]);
        // Not a bare legal or institutional suffix, not a place, and not when two names end so.
        assert_eq!(names_of(&[("Harbor Bank", Org), ("Bank", Org)]), ["Harbor Bank", "Bank"]);
        assert_eq!(names_of(&[("ACME INC.", Org), ("INC.", Org)]), ["ACME INC.", "INC."]);
        assert_eq!(names_of(&[("House Democrats", Org), ("Democrats", Org)]), ["House Democrats", "Democrats"]);
        assert_eq!(names_of(&[("University of Michigan", Org), ("Michigan", Loc)]), ["University of Michigan", "Michigan"]);
        assert_eq!(
            names_of(&[("Manchester United", Org), ("Newcastle United", Org), ("United", Org)]),
            ["Manchester United", "Newcastle United", "United"]
        );
    }

    #[test]
    fn conventional_short_names_join_their_long_name_when_it_is_there() {
        let got = names_of(&[("Federal Reserve", Org), ("Fed", Org), ("Bank of England", Org), ("BoE", Org)]);
        assert_eq!(got, ["Federal Reserve", "Federal Reserve", "Bank of England", "Bank of England"]);
        // A qualifier before the long name does not keep them apart.
        assert_eq!(names_of(&[("U.S. Federal Reserve", Org), ("Fed", Org)]), ["U.S. Federal Reserve", "U.S. Federal Reserve"]);
        // Without the long name in the document the short name stands alone.
        assert_eq!(names_of(&[("Fed", Org), ("Powell", Person)]), ["Fed", "Powell"]);
    }

    #[test]
    fn acronym_prefix_and_types() {
        let got = names_of(&[
            ("Federal Election Commission", Org),
            ("FEC", Org),
            ("Stargate Project", Misc),
            ("Stargate", Org),
            ("New York", Loc),
            ("New York Times", Org),
        ]);
        assert_eq!(
            got,
            [
                "Federal Election Commission",
                "Federal Election Commission",
                "Stargate Project",
                "Stargate Project",
                "New York",
                "New York Times"
            ]
        );
    }

    #[test]
    fn products_abbreviations_and_acronyms() {
        let got = names_of(&[
            ("Boeing 737 MAX", Misc),
            ("Max 737", Misc),
            ("Emirates Airline", Org),
            ("Emirates", Org),
            ("South African Revenue Service", Org),
            ("Sars", Org),
        ]);
        assert_eq!(
            got,
            [
                "Boeing 737 MAX",
                "Boeing 737 MAX",
                "Emirates Airline",
                "Emirates Airline",
                "South African Revenue Service",
                "South African Revenue Service"
            ]
        );
        let got = names_of(&[("U.S.", Loc), ("Calif.", Loc), ("N.Y.", Loc), ("Pa", Person), ("US", Org)]);
        // "US" tagged ORG still spells the initials of "United States".
        assert_eq!(got, ["United States", "California", "New York", "Pa", "United States"]);
        assert_eq!(expand_place("Wash."), Some("Washington"));
        assert_eq!(names_of(&[("Free Syrian Army", Misc), ("Syrian", Misc)]), ["Free Syrian Army", "Syrian"]);
        assert_eq!(names_of(&[("Democratic Party", Org), ("Democratic", Misc)]), ["Democratic Party", "Democratic"]);
        assert_eq!(names_of(&[("Real Deal", Org), ("TRD", Org)]), ["Real Deal", "Real Deal"]);
        // A hyphenated word gives one initial or two.
        assert_eq!(names_of(&[("Harbour Co-ordinating Council", Org), ("HCC", Org)]), ["Harbour Co-ordinating Council"; 2]);
        assert_eq!(names_of(&[("Anti-Fraud Office", Org), ("AFO", Org)]), ["Anti-Fraud Office"; 2]);
        assert_eq!(names_of(&[("Anti-Fraud Office", Org), ("FO", Org)]), ["Anti-Fraud Office", "FO"]);
        let r = resolve_document(&mentions(&[("Democratic Republic of the Congo", Loc), ("DRC", Org)]), &[], &[]);
        assert_eq!((r.entities.len(), r.entities[0].label), (1, Loc));
        assert_eq!(names_of(&[("Airbus A350", Misc), ("Airbus", Org), ("A350", Misc)]), ["Airbus A350", "Airbus", "Airbus A350"]);
        // A maker and its model stay apart; an organisation and its project join.
        assert_eq!(names_of(&[("Varden Sentrix", Misc), ("Varden", Org)]), ["Varden Sentrix", "Varden"]);
        assert_eq!(names_of(&[("Varden Project", Misc), ("Varden", Org)]), ["Varden Project"; 2]);
        // Models a variant word tells apart are other products.
        assert_eq!(
            names_of(&[("Vantor 11 Pro Max", Misc), ("Vantor 11 Pro", Misc), ("Vantor 11", Misc), ("Vantor", Misc)]),
            ["Vantor 11 Pro Max", "Vantor 11 Pro", "Vantor 11", "Vantor"]
        );
        let r = resolve_document(&mentions(&[("U.S.", Loc), ("Texas.", Loc)]), &[], &[]);
        assert!(r.entities[0].aliases.contains("U.S."));
        assert_eq!(clean_name("Ariz."), "Ariz.");
        assert_eq!(r.entities[1].name, "Texas");
        assert_eq!(expand_place("Pa"), None);
    }

    #[test]
    fn a_partys_adjective_noun_and_letter_are_one_entity() {
        let got =
            names_of(&[("Democratic", Misc), ("D.", Misc), ("Democrat", Misc), ("Democrats", Org), ("R", Misc), ("Republican", Misc)]);
        assert_eq!(got, ["Democratic", "Democratic", "Democratic", "Democrats", "Republican", "Republican"]);
        // A letter with no word of its party stays alone.
        assert_eq!(names_of(&[("D.", Misc), ("Republican", Misc)]), ["D.", "Republican"]);
    }

    #[test]
    fn short_forms_defined_in_brackets() {
        // "é" before the names: spans count characters, not bytes.
        let text = "Café: the Congress of Kestrel Trade Unions (Kestu) met. Kestu said no. NEW YORK (Reuters) and Jane Roe (Acme) agreed. \
                    Hale Bridge (Dunmore) is in the United Kestrel Emirates (UKE).";
        let spec = [
            ("Congress of Kestrel Trade Unions", Org, 0),
            ("Kestu", Org, 0),
            ("Kestu", Misc, 1),
            ("NEW YORK", Loc, 0),
            ("Reuters", Org, 0),
            ("Jane Roe", Person, 0),
            ("Acme", Org, 0),
            ("Hale Bridge", Loc, 0),
            ("Dunmore", Loc, 0),
            ("United Kestrel Emirates", Loc, 0),
            ("UKE", Loc, 0),
        ];
        let ms: Vec<Mention> = spec
            .iter()
            .map(|&(t, l, nth)| {
                let byte = text.match_indices(t).nth(nth).unwrap().0;
                let start = text[..byte].chars().count();
                Mention { span: Span::new(start, start + t.chars().count()), text: t.to_string(), label: l, sentence: 0 }
            })
            .collect();
        let defined = bracket_definitions(text, &ms);
        assert_eq!(defined, [(1, 0), (10, 9)]);
        let r = resolve_document(&ms, &[], &defined);
        let names: Vec<&str> = r.of_mention.iter().map(|&e| r.entities[e].name.as_str()).collect();
        assert_eq!(names[..3], ["Congress of Kestrel Trade Unions"; 3]);
        assert_eq!(r.entities[r.of_mention[2]].label, Org);
        assert_eq!(names[3..9], ["NEW YORK", "Reuters", "Jane Roe", "Acme", "Hale Bridge", "Dunmore"]);
        assert_eq!(names[9..], ["United Kestrel Emirates"; 2]);
        // Without the definition the short form stays apart.
        let r = resolve_document(&ms, &[], &[]);
        assert_ne!(r.of_mention[1], r.of_mention[0]);
    }

    #[test]
    fn majority_type_and_handles() {
        let ms = mentions(&[("Trump", Person), ("Trump", Person), ("Trump", Org), ("Sam Altman", Person)]);
        let r = resolve_document(&ms, &[(3, "@sama".to_string())], &[]);
        assert_eq!(r.entities[r.of_mention[2]].label, Person);
        assert!(r.entities[r.of_mention[3]].aliases.contains("@sama"));
    }

    /// (full name, mentions as (name, type), expected type)
    type ClusterCase = (&'static str, &'static [(&'static str, EntityType)], EntityType);

    #[test]
    fn cluster_types_weigh_evidence() {
        let cases: &[ClusterCase] = &[
            // Agreement is kept as the extractor decided it.
            ("Sam Altman", &[("Sam Altman", Person), ("Altman", Person)], Person),
            // One mistyped long form does not retype several short forms...
            ("Varden Mills", &[("Varden Mills", Loc), ("Varden", Org), ("Varden", Org), ("Varden", Org)], Org),
            // ...nor one short form the long form.
            ("Coral Ledger", &[("Coral Ledger", Org), ("Coral", Misc)], Org),
            // An acronym takes the type of the name it abbreviates, however often it is used.
            (
                "Democratic Republic of the Congo",
                &[("Democratic Republic of the Congo", Loc), ("DRC", Org), ("DRC", Org), ("DRC", Org)],
                Loc,
            ),
            ("Office of Fair Rents", &[("Office of Fair Rents", Org), ("OFR", Person), ("OFR", Person)], Org),
            // The full name's head word is evidence: an event, law or treaty is MISC.
            ("Harbor Climate Summit", &[("Harbor Climate Summit", Misc), ("Harbor Climate", Org)], Misc),
            ("Pelland Holdings", &[("Pelland Holdings", Org), ("Pelland", Misc), ("Pelland", Misc)], Org),
            // A headline's capitals count half beside the same name in mixed case.
            ("JORVIK", &[("JORVIK", Org), ("Jorvik", Person)], Person),
            // Named only by initialisms: never a person; a place if one abbreviates one.
            ("US", &[("US", Person), ("US", Person)], Loc),
            ("ZRB", &[("ZRB", Person)], Org),
        ];
        for (full, ms, want) in cases {
            assert_eq!(cluster_type(full, ms.iter().copied()), *want, "{full}");
        }
        // Through resolution: the acronym and its long form share the long form's type.
        let r = resolve_document(&mentions(&[("Tarn Valley Authority", Org), ("TVA", Loc), ("TVA", Loc), ("TVA", Loc)]), &[], &[]);
        assert_eq!((r.entities.len(), r.entities[0].label), (1, Org));
        // A nationality does not join an organisation named after it.
        let r = resolve_document(&mentions(&[("Czech Grain Bank", Org), ("Czech", Misc)]), &[], &[]);
        assert_eq!(r.entities.iter().map(|e| e.label).collect::<Vec<_>>(), [Org, Misc]);
    }

    #[test]
    fn ids_are_readable_slugs() {
        assert_eq!(entity_id(Person, "Sam Altman"), "person/sam-altman");
        assert_eq!(entity_id(Org, "AT&T Inc."), "org/at-t-inc");
        assert_eq!(entity_id(Loc, "São Paulo"), "loc/são-paulo");
        assert_eq!(entity_id(Misc, "!!"), "misc/unnamed");
    }
}
