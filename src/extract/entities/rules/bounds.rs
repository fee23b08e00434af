//! Span boundaries and non-names the tagger gets wrong in news text:
//!
//! - a name never runs across a line break (a caption or heading ends there:
//!   "Washington D.C." + "The ...");
//! - sentence-opening interjections ("Oh", "Um", "Alright") are no names;
//! - an acronym defined by lowercase words ("robotic process automation
//!   (RPA)") names a common-noun phrase, not an organisation: none of its
//!   mentions are names;
//! - a person's name takes the part after a hyphen when that part is no
//!   common word ("Leung Yiu-chung", "Jennifer Ngo-Anh"; not "Trump-backed");
//! - a place followed by capitalised words ending in an organisation head
//!   ("United States Navy", "New Zealand Herald") is one organisation;
//! - a name takes lowercase name particles and the capitalised words after
//!   them ("Rio Grande do Sul", "Leonardo da Vinci");
//! - an organisation head ("Foundation", "Institute") takes "of/for (the)" and
//!   the capitalised words after it ("Andy Warhol Foundation for the Visual Arts",
//!   "Museum of Modern Art"), an "of" complement goes on over "and" to a plural
//!   ("National Institute of Allergy and Infectious Diseases"), and a couple's
//!   foundation takes the first given name ("Bill and Melinda Gates Foundation");
//! - an untagged run of capitalised words inside a sentence ending in an
//!   organisation suffix is an organisation ("accused Big Machine Label Group");
//! - a one-word name opening a sentence that the text writes in lowercase
//!   elsewhere is a common word ("Senators said" beside "the senators");
//! - a common word with its possessive and the capitalised words after it is
//!   one name ("the Women's March", "People's Choice Awards");
//! - a name joined by a spaced "&" to a capitalised word the tagger left out
//!   is one firm with it ("Marks & Spencer");
//! - an untagged acronym spelling the initials of an organisation the text
//!   names is a mention of it ("says WHO" after "World Health Organization").

use super::super::super::analysis::{Analysis, Bytes, Span, is_possessive};
use super::super::super::{EntityType, Mention, mention_at};
use super::super::features::{CaseDict, TokInfo, is_forced_o};
use super::super::gazetteer::{FIRST_TOP, Gazetteer, LAST_MID};
use super::super::with_added;
use super::is_place_head;
use super::misc::calendar_word;
use super::typing::major_place;
use super::{
    in_census, is_cap, is_common_acronym, is_firm_suffix, is_given_name, is_person_role_word, is_person_word, is_title_or_role, mention,
    plural_noun, replace_spans, split_names, title_before,
};
use crate::lexicon::{
    ACRONYM_SKIP_WORDS, COUNTRY_ABBREVIATIONS, DEMONYMS, HYPHEN_PREFIXES, INTERJECTIONS, JOINT_BODY_HEADS, LAW_HEADS, NAME_EXTENSION_HEADS,
    NAME_OPENING_ROLES, NAME_PARTICLES, ORG_HEADS, ORG_ROLES, ORG_SUFFIXES, PARTY_GROUPS, PERSONAL_PRONOUNS, PROGRAMME_HEADS,
    ROLE_MODIFIERS, ROYAL_TITLES, SPORT_BODIES, is_event_head,
};
use std::collections::HashSet;
use std::sync::LazyLock;

/// A name does not end in a lowercase word standing apart ("Inflation Reduction
/// Act repeal" is the "Inflation Reduction Act"): the tagger sometimes runs a
/// name on into the noun it modifies. Cut only where what is left is a whole
/// name: one ending in a law's, an organisation's or an event's head word, or
/// one the document names alone elsewhere ("Charlotte metro" beside
/// "Charlotte"). Older newswire writes names in lowercase ("the interior
/// ministry", "East coast"), so a tail on any other name stays; so does a
/// lowercase part glued to the name ("Yiu-chung"). A tail after a possessive
/// is the owner's noun phrase: the name is the owner ("Kyiv’s central railway
/// station" is "Kyiv").
pub(super) fn lowercase_tails(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    // Built at the first tail: most documents have none.
    let mut named: Option<HashSet<&str>> = None;
    let cut: Vec<Option<Mention<Bytes>>> = mentions
        .iter()
        .map(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            let mut e = r.end;
            while e > r.start + 1 && a.tokens[e - 1].start > a.tokens[e - 2].end && a.tok(e - 1).chars().all(|c| c.is_ascii_lowercase()) {
                e -= 1;
            }
            if e == r.end || !is_cap(a.tok(r.start)) {
                return None;
            }
            // An owner's possessive before the tail ends the name: "Kyiv’s central railway station".
            if e > r.start + 1 && is_possessive(a.tok(e - 1)) {
                return Some(mention(a, r.start, e - 1, m.label));
            }
            let head = a.tok(e - 1);
            let cut = mention(a, r.start, e, m.label);
            let whole = [&LAW_HEADS, &ORG_SUFFIXES, &NAME_EXTENSION_HEADS].iter().any(|l| l.contains(head))
                || is_event_head(head)
                || named.get_or_insert_with(|| mentions.iter().map(|m| m.text.as_str()).collect()).contains(cut.text.as_str());
            whole.then_some(cut)
        })
        .collect();
    mentions.into_iter().zip(cut).map(|(m, c)| c.unwrap_or(m)).collect()
}

/// Cut mentions at line breaks between their tokens; a piece that is only a
/// determiner ("The" opening the next line) is dropped.
pub(super) fn line_breaks(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        if !m.text.contains('\n') {
            out.push(m);
            continue;
        }
        let toks = a.token_range(m.span.start, m.span.end);
        let mut s = toks.start;
        for k in toks.clone() {
            let last = k + 1 == toks.end;
            if last || a.line_break_after(k) {
                let only_det = k == s && matches!(a.low(s), "the" | "a" | "an");
                if !only_det {
                    out.push(mention(a, s, k + 1, m.label));
                }
                s = k + 1;
            }
        }
    }
    out
}

/// Is token `i` at the start of its sentence, or right after an opening quote or dash there?
pub(super) fn opens_sentence(a: &Analysis, i: usize) -> bool {
    let s = &a.sentences[a.sentence_of_token(i)];
    (s.tokens.start..i).all(|k| !a.tok(k).chars().any(char::is_alphanumeric))
}

/// Drop one-word interjections that open a sentence or stand before a comma or
/// "!", and capitalised personal pronouns anywhere ("We", not "US").
pub(super) fn interjections(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    mentions
        .into_iter()
        .filter(|m| {
            let toks = a.token_range(m.span.start, m.span.end);
            if toks.len() == 1 && PERSONAL_PRONOUNS.contains(a.low(toks.start)) && m.text.chars().skip(1).all(char::is_lowercase) {
                return false;
            }
            if toks.len() != 1 || !INTERJECTIONS.contains(a.low(toks.start)) {
                return true;
            }
            let next = if toks.end < a.tokens.len() { a.tok(toks.end) } else { "" };
            !(opens_sentence(a, toks.start) || matches!(next, "," | "!" | "…"))
        })
        .collect()
}

/// A person's name does not take the role word before it (spec §1: no titles or
/// roles): "Rapper Kendrick Lamar" after a dateline is "Kendrick Lamar". Only
/// before two name words or more, so "Baker Mayfield" keeps its first name.
/// Royal titles go before any name ("King Charles", `royal_titles.txt`), and
/// a title, a name and a regnal number are a person whatever the tagger said
/// ("Queen Elizabeth II" tagged ORG is "Elizabeth II"), as is a role word before a census given
/// name in a name the tagger typed otherwise ("Justice Sonia Sotomayor" tagged MISC).
/// Nor does an organisation take the trade opening its sentence ("Chipmaker
/// Nvidia said", "Lender Barclays posted"): the rest is an organisation's name.
/// A word that also opens organisations' names ("Union Pacific", "Studio
/// Ghibli", "Network Rail") stays. A title of several words, or a role's plural
/// before one of a list's names, goes whatever the tagger typed the whole
/// ("Chief Justice Arvind Menon" tagged ORG, "Justices Kavita Raghunathan"), and
/// a role word before a surname alone goes when the text names that person in
/// full ("Justice Raghunathan").
pub(super) fn leading_roles(a: &Analysis, mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mentions: Vec<Mention<Bytes>> = mentions
        .into_iter()
        .map(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            let names_after = (r.start + 1..r.end).all(|k| is_cap(a.tok(k)));
            // Royal titles, one or two, before a name of any length: "Crown Prince Mohammed bin Salman".
            let royal = (r.start..r.end).take_while(|&k| is_cap(a.tok(k)) && ROYAL_TITLES.contains(a.low(k))).count();
            // A title of several words, or a plural one before one of a list's names: "Chief Justice
            // Arvind Menon", "Justices Kavita Raghunathan".
            let title = leading_title(a, r.start, r.end);
            let rest = r.len() - title;
            let org_word = (r.start + title..r.end).any(|k| ORG_SUFFIXES.contains(a.tok(k)) || ORG_HEADS.contains(a.tok(k)));
            if m.label == EntityType::Person && title > 0 && rest >= 2 && names_after {
                mention(a, r.start + title, r.end, m.label)
            } else if m.label == EntityType::Person && r.len() >= 3 && names_after && is_person_word(a.low(r.start)) {
                mention(a, r.start + 1, r.end, m.label)
            } else if m.label != EntityType::Person
                && (2..=3).contains(&rest)
                && names_after
                && !org_word
                && (title >= 2 || title == 1 && plural_role(a.low(r.start)))
            {
                mention(a, r.start + title, r.end, EntityType::Person)
            } else if m.label == EntityType::Person && royal > 0 && royal < r.len() && is_cap(a.tok(r.start + royal)) {
                mention(a, r.start + royal, r.end, m.label)
            } else if royal > 0 && r.len() - royal <= 3 && is_cap(a.tok(r.start + royal)) && is_regnal_number(a.tok(r.end - 1)) {
                // A monarch whatever the tagger said: "Queen Elizabeth II", "Pope John Paul II".
                mention(a, r.start + royal, r.end, EntityType::Person)
            } else if m.label != EntityType::Person
                && (3..=4).contains(&r.len())
                && names_after
                && is_cap(a.tok(r.start))
                && is_person_word(a.low(r.start))
                && is_given_name(gaz, a.tok(r.start + 1))
            {
                // Typed otherwise by the tagger, a person all the same before a census given name:
                // "Justice Sonia Sotomayor" (MISC) -> "Sonia Sotomayor"; not "Justice Department".
                mention(a, r.start + 1, r.end, EntityType::Person)
            } else if r.len() >= 2 && names_after && is_trade_word(a.tok(r.start)) && opens_sentence(a, r.start) {
                mention(a, r.start + 1, r.end, EntityType::Org)
            } else {
                m
            }
        })
        .collect();
    // A role word before a surname alone is a title when the text names that person in full ("Justice
    // Raghunathan" after "Kavita Raghunathan"; not "Baker Mayfield").
    let surnames: HashSet<String> = mentions
        .iter()
        .filter(|m| m.label == EntityType::Person)
        .filter_map(|m| m.text.split_once(' ').filter(|(first, _)| !is_person_word(&first.to_lowercase())))
        .map(|(_, rest)| rest.rsplit(' ').next().unwrap_or(rest).to_string())
        .collect();
    mentions
        .into_iter()
        .map(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            let titled_surname = m.label == EntityType::Person
                && r.len() == 2
                && is_cap(a.tok(r.start))
                && is_person_word(a.low(r.start))
                && surnames.contains(a.tok(r.start + 1));
            if titled_surname { mention(a, r.start + 1, r.end, m.label) } else { m }
        })
        .collect()
}

/// How many capitalised words open the name at tokens `s..e` as a title: role modifiers and person
/// words ending in a person word, or a person word's plural ("Chief Justice", "Deputy Prime
/// Minister", "Justices"); 0 when none.
fn leading_title(a: &Analysis, s: usize, e: usize) -> usize {
    let mut last_role = 0;
    for k in s..e {
        let w = a.low(k);
        if !is_cap(a.tok(k)) {
            break;
        }
        if is_person_word(w) || plural_role(w) {
            last_role = k + 1 - s;
        } else if !ROLE_MODIFIERS.contains(w) {
            break;
        }
    }
    last_role
}

/// Is `w` (lowercase) the plural of a person's role ("justices", "senators")?
fn plural_role(w: &str) -> bool {
    w.strip_suffix('s').is_some_and(|one| one.len() > 2 && super::is_person_role_word(one))
}

/// The nationalities of `demonyms.tsv`, as written.
static DEMONYM_FORMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| DEMONYMS.rows().iter().map(|r| r[0]).collect());

/// A nationality opening a person's name of two words or more is the person's description, MISC
/// of its own: "New Zealander Mitchell Grieve" (the tagger may leave out "New"), "Briton Jo Hale";
/// `demonyms.tsv`, its forms of one or two words.
pub(super) fn leading_demonyms(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let demonym = |s: usize, e: usize| is_cap(a.tok(s)) && DEMONYM_FORMS.contains(&a.text[a.tokens[s].start..a.tokens[e - 1].end]);
    let ends: HashSet<usize> = mentions.iter().map(|m| m.span.end).collect();
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let r = a.token_range(m.span.start, m.span.end);
        let names_after = |k: usize| r.end - k >= 2 && (k..r.end).all(|j| is_cap(a.tok(j)));
        let sent_start = a.sentences[m.sentence].tokens.start;
        // The nationality's words: inside the mention ("Briton", "New Zealander"), or its first
        // word just before it ("New" left out of "New Zealander").
        let split = if m.label != EntityType::Person {
            None
        } else if r.start > sent_start
            && a.one_space(r.start - 1)
            && !ends.contains(&a.tokens[r.start - 1].end)
            && demonym(r.start - 1, r.start + 1)
            && names_after(r.start + 1)
        {
            Some((r.start - 1, r.start + 1))
        } else {
            (1..=2)
                .find(|&n| r.start + n < r.end && demonym(r.start, r.start + n) && names_after(r.start + n))
                .map(|n| (r.start, r.start + n))
        };
        match split {
            Some((s, e)) => {
                out.push(mention(a, s, e, EntityType::Misc));
                out.push(mention(a, e, r.end, EntityType::Person));
            }
            None => out.push(m),
        }
    }
    out
}

/// A person's name does not run on over "of" and a place: "Rep. Rosa DeLauro of Connecticut" is
/// the person "Rosa DeLauro" and the place "Connecticut". Two name words at least before "of" (not
/// "Catherine of Aragon"), and after it a country, state or city the lists know.
pub(super) fn person_of_place(a: &Analysis, mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let r = a.token_range(m.span.start, m.span.end);
        let of = (r.start + 2..r.end.saturating_sub(1)).find(|&k| a.tok(k) == "of");
        let place = |k: usize| {
            let toks: Vec<&str> = (k + 1..r.end).map(|j| a.tok(j)).collect();
            toks.iter().all(|t| is_cap(t)) && major_place(gaz, &toks)
        };
        match of.filter(|&k| m.label == EntityType::Person && (r.start..k).all(|j| is_cap(a.tok(j))) && place(k)) {
            Some(k) => {
                out.push(mention(a, r.start, k, EntityType::Person));
                out.push(mention(a, k + 1, r.end, EntityType::Loc));
            }
            None => out.push(m),
        }
    }
    out
}

/// A capitalised title the tagger tagged alone right before a person's name is the name's title,
/// not a name of its own ("Justice Neil Gorsuch" tagged "Justice" + "Neil Gorsuch", "Chief Justice"
/// + "John Roberts": the first goes).
pub(super) fn titles_before_names(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let person_starts: HashSet<usize> = mentions.iter().filter(|m| m.label == EntityType::Person).map(|m| a.tok_at(m.span.start)).collect();
    mentions
        .into_iter()
        .filter(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            let title = r.len() <= 3 && leading_title(a, r.start, r.end) == r.len();
            !(title && a.one_space(r.start) && person_starts.contains(&r.end))
        })
        .collect()
}

/// A lowercase person's word inside a tagged name splits it: the words before are the
/// organisation or place the person belongs to, the two or three capitalised words after are the
/// person ("Denver rookie Bo Nix" -> "Denver" + "Bo Nix", "Acme engineer Jo Park"). The part before
/// keeps the tagger's type unless that was a person's, when it is an organisation's (the document
/// typing weighs it again: a city outside sports is a place).
pub(super) fn inner_roles(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    split_names(a, mentions, |m, r| {
        let word = |k: usize| is_cap(a.tok(k)) && a.tok(k).chars().any(char::is_alphabetic);
        let role = (r.start + 1..r.end.saturating_sub(2)).find(|&k| {
            a.tok(k).starts_with(char::is_lowercase) && is_person_word(a.tok(k)) && (r.start..k).all(word) && (k + 1..r.end).all(word)
        });
        let owner = if m.label == EntityType::Person { EntityType::Org } else { m.label };
        role.filter(|&k| (2..=3).contains(&(r.end - k - 1))).map(|k| [(r.start, k, owner), (k + 1, r.end, EntityType::Person)])
    })
}

/// A tagged name running over an abbreviated plural's possessive apostrophe is the owner and its
/// thing: "Warner Bros.' Beetlejuice Beetlejuice" -> "Warner Bros." + "Beetlejuice Beetlejuice".
/// Only after an abbreviation: a word's plural possessive is often the name's own ("Cup Winners'
/// Cup", "European Champions' League", "National Farmers' Union").
/// The owner of a work or product (the tagger's MISC) is an organisation; otherwise both parts keep
/// the tagger's type for the document typing to weigh.
pub(super) fn plural_possessives(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    split_names(a, mentions, |m, r| {
        let apostrophe = (r.start + 1..r.end.saturating_sub(1)).find(|&k| {
            matches!(a.tok(k), "'" | "’") && a.adjacent(k - 1) && !a.adjacent(k) && a.tok(k - 1).ends_with("s.") && is_cap(a.tok(k + 1))
        });
        let owner = if m.label == EntityType::Misc { EntityType::Org } else { m.label };
        apostrophe.map(|k| [(r.start, k, owner), (k + 1, r.end, m.label)])
    })
}

/// A product name the tagger ran over its maker's possessive is the maker and the product:
/// "Huawei's Mate 70" (MISC) -> "Huawei" (ORG) + "Mate 70" (MISC). Only a one-word owner and a
/// model after it: a capitalised word then a word with a digit ("Galaxy S25", "Mate 70"); a
/// possessive inside other names is often their own ("Women's March", "Ocean's 11").
pub(super) fn product_owners(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    split_names(a, mentions, |m, r| {
        let model = |k: usize| k + 1 < r.end && is_cap(a.tok(k)) && (k + 1..r.end).any(|j| a.tok(j).chars().any(|c| c.is_ascii_digit()));
        let split = m.label == EntityType::Misc
            && r.len() >= 4
            && is_possessive(a.tok(r.start + 1))
            && is_cap(a.tok(r.start))
            && model(r.start + 2);
        split.then(|| [(r.start, r.start + 1, EntityType::Org), (r.start + 2, r.end, EntityType::Misc)])
    })
}

/// Is `t` a Roman numeral from two on ("II", "XIV"), as after a monarch's name or a mission's
/// ("Artemis II")?
pub(super) fn is_regnal_number(t: &str) -> bool {
    (2..=5).contains(&t.len()) && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Is `t` a capitalised trade noun (`org_roles.txt`: "Chipmaker", "Lender") that is no head of an
/// organisation's name ("Union", "Bank") nor opens one (`name_opening_roles.txt`: "Studio")?
fn is_trade_word(t: &str) -> bool {
    is_cap(t)
        && ORG_ROLES.contains(t.to_lowercase().as_str())
        && ![&ORG_SUFFIXES, &ORG_HEADS, &NAME_EXTENSION_HEADS].iter().any(|l| l.contains(t))
        && !NAME_OPENING_ROLES.contains(t)
}

/// The initials of a name's `words`, uppercase: of all of them, and of the
/// significant ones (small words skipped); each again with a short word in
/// capitals giving all its letters ("UKHSA" of "UK Health Security Agency",
/// "USPS" of "U.S. Postal Service"). Shared with entity resolution.
pub(crate) fn name_initials(words: &[&str]) -> [String; 4] {
    let significant: Vec<&str> = words.iter().copied().filter(|w| !ACRONYM_SKIP_WORDS.contains(&w.to_lowercase())).collect();
    let first = |ws: &[&str]| -> String { ws.iter().filter_map(|w| w.chars().next()).flat_map(char::to_uppercase).collect() };
    let capitals = |ws: &[&str]| -> String {
        ws.iter()
            .flat_map(|w| {
                let letters: Vec<char> = w.chars().filter(|&c| c != '.').collect();
                let short_caps = (2..=4).contains(&letters.len()) && letters.iter().all(char::is_ascii_uppercase);
                if short_caps { letters } else { w.chars().next().into_iter().flat_map(char::to_uppercase).collect() }
            })
            .collect()
    };
    [first(words), first(&significant), capitals(words), capitals(&significant)]
}

/// A name's words after a leading country qualifier, when at least two are
/// left: "Food and Drug Administration" of "U.S. Food and Drug Administration",
/// whose acronym leaves the qualifier out ("FDA"). A qualifier is a country's
/// abbreviation ("U.S.", "UK") or a nationality ("British"), in any case.
/// Shared with entity resolution.
pub(crate) fn without_country_qualifier<'w, 's>(words: &'w [&'s str]) -> Option<&'w [&'s str]> {
    let (first, rest) = words.split_first()?;
    let undotted: String = first.chars().filter(|&c| c != '.').collect();
    let qualifier = COUNTRY_ABBREVIATIONS.rows().iter().any(|r| r[0].eq_ignore_ascii_case(&undotted))
        || DEMONYMS.rows().iter().any(|r| r[0].eq_ignore_ascii_case(first));
    (qualifier && rest.len() >= 2).then_some(rest)
}

/// Do the initials of `words` (small words optional) spell `acr` (uppercase)?
fn spells(words: &[&str], acr: &str) -> bool {
    name_initials(words).iter().any(|i| i == acr)
}

/// Does a lowercase definition name an institution by its head ("government of
/// national unity", "national energy council")? Then its acronym is a name.
fn institution(words: &[&str]) -> bool {
    words.iter().any(|w| {
        let mut c = w.chars();
        let cap: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
        NAME_EXTENSION_HEADS.contains(&cap) || ORG_SUFFIXES.contains(&cap)
    })
}

/// An acronym's letters: two to six capitals, an optional plural "s" dropped ("RPAs" -> "RPA").
fn acronym_letters(t: &str) -> Option<&str> {
    let t = t.strip_suffix('s').filter(|b| b.len() >= 2).unwrap_or(t);
    ((2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase())).then_some(t)
}

/// Acronyms the text defines by lowercase words, in either order: "robotic
/// process automation (RPA)", "robotic process automation, or RPA," or "RPA
/// (robotic process automation)"; the first
/// word may open its sentence with a capital ("Electric vehicles (EVs)").
#[cfg(test)]
pub(super) fn common_acronyms<'t>(a: &Analysis<'t>) -> HashSet<&'t str> {
    common_definitions(a).0
}

/// [`common_acronyms`] with the byte ranges of their lowercase definitions
/// written before them ("Electric vehicles" of "Electric vehicles (EVs)").
fn common_definitions<'t>(a: &Analysis<'t>) -> (HashSet<&'t str>, Vec<Span<Bytes>>) {
    let mut found = HashSet::new();
    let mut spans = Vec::new();
    let n = a.tokens.len();
    let word = |k: usize| a.tok(k).chars().all(char::is_alphabetic);
    let opens = |k: usize| (a.sentences[a.sentence_of_token(k)].tokens.start..k).all(|j| !a.tok(j).chars().any(char::is_alphanumeric));
    let lowercase_words = |k: usize| {
        let mut c = a.tok(k).chars();
        let first = c.next();
        word(k)
            && (first.is_some_and(char::is_lowercase) || (first.is_some_and(char::is_uppercase) && c.all(char::is_lowercase) && opens(k)))
    };
    for i in 1..n.saturating_sub(1) {
        // "words (ACR)" or "words, or ACR": the words right before the bracket (or the comma),
        // within the sentence, all lowercase.
        let bracketed = a.tok(i - 1) == "(" && a.tok(i + 1) == ")";
        let or_named = i >= 3 && a.tok(i - 1) == "or" && a.tok(i - 2) == "," && !word(i + 1);
        if !(bracketed || or_named) {
            continue;
        }
        let Some(acr) = acronym_letters(a.tok(i)) else { continue };
        let marker = if bracketed { i - 1 } else { i - 2 };
        let first = a.sentences[a.sentence_of_token(i)].tokens.start;
        // A hyphen joins the words of a compound, each spelling its letter ("medium-term expenditure framework (MTEF)").
        let hyphen = |k: usize| a.tok(k) == "-";
        let before: Vec<usize> = (first..marker).rev().take_while(|&k| word(k) || hyphen(k)).take(2 * acr.len() + 3).collect();
        let defined_before = (acr.len()..=before.len()).find(|&len| {
            if hyphen(before[len - 1]) {
                return false;
            }
            let mut ws: Vec<usize> = before[..len].iter().copied().filter(|&k| !hyphen(k)).collect();
            ws.reverse();
            let low: Vec<&str> = ws.iter().map(|&k| a.low(k)).collect();
            // Or the compound spells one letter ("twenty-foot equivalent units (TEU)"): its words
            // after a hyphen drop out.
            let once: Vec<&str> = ws.iter().filter(|&&k| !(k > 0 && hyphen(k - 1))).map(|&k| a.low(k)).collect();
            ws.iter().all(|&k| lowercase_words(k)) && (spells(&low, acr) || spells(&once, acr)) && !institution(&low)
        });
        if let Some(len) = defined_before {
            found.insert(acr);
            spans.push(Span::new(a.tokens[before[len - 1]].start, a.tokens[before[0]].end));
        }
    }
    for i in 0..n.saturating_sub(2) {
        let Some(acr) = acronym_letters(a.tok(i)) else { continue };
        if a.tok(i + 1) != "(" {
            continue;
        }
        let inside: Vec<usize> = (i + 2..n).take_while(|&k| a.tok(k) != ")").take(acr.len() + 4).collect();
        let closed = inside.last().is_some_and(|&k| k + 1 < n && a.tok(k + 1) == ")");
        let low: Vec<&str> = inside.iter().map(|&k| a.low(k)).collect();
        if closed && inside.iter().all(|&k| lowercase_words(k)) && spells(&low, acr) && !institution(&low) {
            found.insert(acr);
        }
    }
    (found, spans)
}

/// Drop every mention of an acronym the text defines by lowercase words, and
/// any mention inside such a definition ("Electric" of "Electric vehicles (EVs)").
pub(super) fn defined_acronyms(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let (common, definitions) = common_definitions(a);
    if common.is_empty() {
        return mentions;
    }
    mentions
        .into_iter()
        .filter(|m| acronym_letters(&m.text).is_none_or(|l| !common.contains(l)))
        .filter(|m| !definitions.iter().any(|d| d.start <= m.span.start && m.span.end <= d.end))
        .collect()
}

/// An acronym in brackets right after a name it abbreviates is a mention of
/// the same type: "Commercial Lunar Payload Services (CLPS)", "the Indiana
/// State Teachers Association (ISTA)". Its later repeats follow from the
/// document's names (`propagate.rs`).
pub(super) fn bracketed_acronyms(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let mut added = Vec::new();
    for m in mentions.iter().filter(|m| m.label != EntityType::Person) {
        let e = a.token_range(m.span.start, m.span.end).end;
        if e + 2 >= n || a.tok(e) != "(" || a.tok(e + 2) != ")" {
            continue;
        }
        let Some(acr) = acronym_letters(a.tok(e + 1)) else { continue };
        let words: Vec<String> = m.text.split([' ', '-']).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let tagged = mentions.iter().any(|o| o.span.start < a.tokens[e + 1].end && a.tokens[e + 1].start < o.span.end);
        if !tagged && words.len() >= 2 && spells(&words, acr) {
            added.push(mention(a, e + 1, e + 2, m.label));
        }
    }
    with_added(mentions, added)
}

/// Extend a person's name over "-" and a given-name or surname part that is no
/// common word of running text: a lowercase part ("Yiu-chung", not
/// "Trump-backed"), or a capitalised one after a full name or a title ("Jennifer
/// Ngo-Anh", "Ms. Ngo-Anh"; a one-word name is left alone: "Trump-Xi talks" joins two people)
/// or before one ("Jo-Wilfried Tsonga"; not a prefix: "Anti-"; a common word only when both
/// parts are census given names: "Rose-Lynn Harlan"); and over an
/// Arabic article glued to a capitalised surname ("Abdel Fattah el-Sisi"), or
/// before a name of any type ("al-Tanf").
pub(super) fn hyphen_names(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mut grown: Vec<Span<Bytes>> = Vec::new();
    let extended: Vec<Mention<Bytes>> = mentions
        .into_iter()
        .map(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            let e = r.end;
            // After a title the name is a person's whatever the tagger typed it ("Ms. Beaumont" a city).
            let titled = title_before(a, r.start);
            let person = m.label == EntityType::Person || titled && r.len() == 1;
            if !person || e + 1 >= a.tokens.len() || a.tok(e) != "-" || !a.adjacent(e - 1) || !a.adjacent(e) {
                return m;
            }
            let part = a.tok(e + 1);
            let first = part.chars().next();
            let letters = part.chars().all(char::is_alphabetic);
            let lower = first.is_some_and(char::is_lowercase) && letters && part.chars().count() <= 8;
            let capital = first.is_some_and(char::is_uppercase)
                && letters
                && part.chars().skip(1).all(char::is_lowercase)
                && (m.text.contains(' ') || titled);
            let common = case.mostly_lowercase(part);
            let more = a.adjacent(e + 1) && a.tok(e + 2).chars().all(char::is_alphanumeric);
            if !(lower || capital) || common || more {
                return m;
            }
            let m = mention(a, r.start, e + 2, EntityType::Person);
            grown.push(m.span);
            m
        })
        .collect();
    // An Arabic article glued on: after a person's name, before a capitalised surname ("Abdel
    // Fattah el-Sisi"); before a name of any type ("the al-Tanf garrison", "al-Shabaab": the tagger
    // takes the capitalised part alone), not after a word it is glued to in turn ("Hamas-al-Aqsa").
    let glued = |k: usize| matches!(a.tok(k), "al" | "el" | "Al" | "El") && a.tok(k + 1) == "-" && a.adjacent(k) && a.adjacent(k + 1);
    let extended: Vec<Mention<Bytes>> = extended
        .into_iter()
        .map(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            let after = m.label == EntityType::Person
                && r.end + 2 < a.tokens.len()
                && matches!(a.tok(r.end), "al" | "el")
                && glued(r.end)
                && is_cap(a.tok(r.end + 2))
                && a.tok(r.end + 2).chars().all(char::is_alphabetic);
            let before = r.start >= 2 && glued(r.start - 2) && (r.start == 2 || !a.adjacent(r.start - 3));
            if !(after || before) {
                return m;
            }
            let m = mention(a, if before { r.start - 2 } else { r.start }, if after { r.end + 3 } else { r.end }, m.label);
            grown.push(m.span);
            m
        })
        .collect();
    let tagged_at: Vec<(usize, usize, EntityType)> = extended
        .iter()
        .map(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            (r.start, r.end, m.label)
        })
        .collect();
    let extended: Vec<Mention<Bytes>> = extended
        .into_iter()
        .map(|m| {
            // A capitalised given-name part before a full name: "Jo-Wilfried Tsonga" (not
            // "Anti-Ana Ruiz": a prefix; not a common word); before a surname alone, the first part
            // of a double surname after a given name, untagged ("Alexandria Ocasio-Cortez"; not
            // "Trump-Xi talks", where each part is a name of its own).
            let s = a.tok_at(m.span.start);
            let double_surname = || {
                s >= 3
                    && !a.adjacent(s - 3)
                    && is_cap(a.tok(s - 3))
                    && a.tok(s - 3).chars().all(char::is_alphabetic)
                    && !tagged_at.iter().any(|&(ps, pe, _)| ps <= s - 2 && s - 2 < pe)
            };
            if m.label != EntityType::Person
                || s < 2
                || a.tok(s - 1) != "-"
                || !a.adjacent(s - 2)
                || !a.adjacent(s - 1)
                || !(m.text.contains(' ') || double_surname())
            {
                return m;
            }
            let part = a.tok(s - 2);
            let mut c = part.chars();
            let capital = c.next().is_some_and(char::is_uppercase) && c.all(char::is_lowercase) && part.chars().count() >= 2;
            // A common word is no name part, unless both parts are given names ("Rose-Lynn Harlan").
            let given_pair = is_given_name(gaz, part) && is_given_name(gaz, a.tok(s));
            let common = case.mostly_lowercase(part) && !given_pair || HYPHEN_PREFIXES.contains(&part.to_lowercase());
            let more = s >= 3 && a.adjacent(s - 3) && a.tok(s - 3).chars().all(char::is_alphanumeric);
            // The name goes on from a given name ("Wilfried", not "S Minn"); the part is no other name ("Iowa-").
            let given = a.tok(s).chars().count() >= 2 && a.tok(s).chars().skip(1).all(char::is_lowercase);
            let other = tagged_at.iter().any(|&(ps, pe, label)| ps <= s - 2 && s - 2 < pe && label != EntityType::Person);
            if !capital || common || more || !given || other {
                return m;
            }
            let m = mention(a, s - 2, a.token_range(m.span.start, m.span.end).end, m.label);
            grown.push(m.span);
            m
        })
        .collect();
    // A hyphenated given name the text gave in full joins its second part alone ("Rose-Lynn wants"
    // after "Rose-Lynn Harlan").
    let firsts: HashSet<&str> = extended
        .iter()
        .filter(|m| m.label == EntityType::Person)
        .filter_map(|m| m.text.split_once(' ').map(|(f, _)| f).filter(|f| f.contains('-')))
        .collect();
    let joined: Vec<Option<Mention<Bytes>>> = extended
        .iter()
        .map(|m| {
            let s = a.tok_at(m.span.start);
            let glued = s >= 2 && a.tok(s - 1) == "-" && a.adjacent(s - 2) && a.adjacent(s - 1);
            let whole = |s: usize| firsts.contains(format!("{}-{}", a.tok(s - 2), m.text).as_str());
            let e = a.token_range(m.span.start, m.span.end).end;
            (m.label == EntityType::Person && !m.text.contains(' ') && glued && whole(s)).then(|| mention(a, s - 2, e, m.label))
        })
        .collect();
    let extended: Vec<Mention<Bytes>> =
        extended.into_iter().zip(joined).map(|(m, j)| j.inspect(|j| grown.push(j.span)).unwrap_or(m)).collect();
    // A part the tagger gave a mention of its own is now inside the extended name.
    let inside = |m: &Mention<Bytes>| grown.iter().any(|g| *g != m.span && g.start <= m.span.start && m.span.end <= g.end);
    extended.into_iter().filter(|m| !inside(m)).collect()
}

/// A sport's word right before a place the tagger tagged alone opens the sport's governing body
/// ("Cycling" + "Ireland" -> "Cycling Ireland", `sport_bodies.txt`); document typing makes it an
/// organisation. Only a one-word place, one space after the capitalised sport.
pub(super) fn sport_bodies(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    mentions
        .into_iter()
        .map(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            if m.label == EntityType::Loc
                && r.len() == 1
                && r.start > 0
                && a.one_space(r.start - 1)
                && SPORT_BODIES.contains(a.tok(r.start - 1))
            {
                mention(a, r.start - 1, r.end, EntityType::Org)
            } else {
                m
            }
        })
        .collect()
}

/// A name opening with an abbreviated word (`name_prefixes.tsv`: "St.", "Mt.", "Ft.") runs from it:
/// the tagger often tags the abbreviation apart ("St." + "Paul", "St." + "Luke's Health System") or
/// leaves it out ("Mt." of "Mt. Everest"). The joined name takes the type of the name after the
/// abbreviation; document typing then keeps it from being a person's. Not after a name the
/// abbreviation ends ("Kevin St." + "John", a surname), nor across a sentence's end.
pub(super) fn prefixed_names(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let mut joined: Vec<Mention<Bytes>> = Vec::new();
    for m in &mentions {
        let s = a.tok_at(m.span.start);
        if s == 0 || super::name_prefix(a.tok(s - 1)).is_none() || !a.one_space(s - 1) {
            continue;
        }
        let p = s - 1;
        // The abbreviation alone or untagged, and no name right before it.
        let alone = at[p].is_none_or(|k| mentions[k].span == Span::new(a.tokens[p].start, a.tokens[p].end));
        let after_name = p > 0 && at[p - 1].is_some() && a.one_space(p - 1);
        if alone && !after_name && a.sentence_of_token(p) == m.sentence {
            joined.push(mention(a, p, a.token_range(m.span.start, m.span.end).end, m.label));
        }
    }
    if joined.is_empty() {
        return mentions;
    }
    let covered = |m: &Mention<Bytes>| joined.iter().any(|j| j.span.start <= m.span.start && m.span.end <= j.span.end);
    let kept: Vec<Mention<Bytes>> = mentions.into_iter().filter(|m| !covered(m)).collect();
    with_added(kept, joined)
}

/// Is token `k` the apostrophe of a plural owner inside a run of capitalised words starting at
/// `s` ("the Nurses' Federation"): glued to a word in "s" before it, a capitalised word after it?
fn plural_owner_mark(a: &Analysis, k: usize, s: usize) -> bool {
    k > s
        && k + 1 < a.tokens.len()
        && matches!(a.tok(k), "'" | "’")
        && a.adjacent(k - 1)
        && a.tok(k - 1).ends_with('s')
        && cap_word(a, k + 1)
}

/// An untagged run of two to four capitalised words inside a sentence that
/// ends in an organisation suffix or a trade is an organisation ("accused Big
/// Machine Label Group of", "provided by European Space Agency", "takeover of
/// Marathon Oil", "NASA's Jet Propulsion Laboratory"): the tagger, which
/// knows the words as common ones, leaves such names out, or tags their
/// pieces apart ("Allied" ORG, "Guild" PERSON): pieces wholly inside the run
/// give way to it, and so does an organisation begun inside the run and going
/// on over "of" or "for" after untagged words of the run, which then open it
/// ("the Recording Industry Association of America" tagged from "Industry").
/// A plural owner's apostrophe may stand inside the run ("the Nurses'
/// Federation"). A leading "The" stays out ("The We Company"), and after it
/// the run may open its sentence ("The Allied Pilots Guild said"); headlines
/// and Title-Case lines are left to their own rules, and so is a department
/// after a role ("Head of Platform Solutions").
pub(super) fn suffixed_org_runs(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // Built at the first candidate run: most documents have none.
    let mut at_cache: Option<Vec<Option<usize>>> = None;
    for (si, sent) in a.sentences.iter().enumerate() {
        if a.is_title_case(si) {
            continue;
        }
        let toks = sent.tokens.clone();
        let mut k = if a.tok(toks.start) == "The" { toks.start } else { toks.start + 1 };
        while k < toks.end {
            // The word before is running text: a lowercase word, a comma or an owner's clitic
            // ("NASA's Jet Propulsion Laboratory").
            let before = if k > 0 { a.tok(k - 1) } else { "" };
            let open = k == toks.start
                || before == ","
                || is_possessive(before)
                || before.chars().next().is_some_and(char::is_lowercase) && before.chars().all(char::is_alphabetic);
            // A role's "of" makes the run a job title's department ("Head of Fundamental Research").
            let department = before == "of" && k >= 2 && is_cap(a.tok(k - 2)) && is_person_role_word(a.low(k - 2));
            if !open || department || !is_cap(a.tok(k)) {
                k += 1;
                continue;
            }
            let mut s = k;
            if a.tok(k) == "The" {
                s += 1;
            }
            let mut e = s;
            let mut words = 0;
            while e < toks.end && words < 4 {
                if cap_word(a, e) && a.tok(e).chars().skip(1).all(char::is_lowercase) {
                    words += 1;
                } else if !plural_owner_mark(a, e, s) {
                    break;
                }
                e += 1;
            }
            let last = if e > s { a.tok(e - 1) } else { "" };
            let next_cap = e < toks.end && cap_word(a, e);
            let suffixed = e - s >= 2 && !next_cap && is_firm_suffix(last) && !PROGRAMME_HEADS.contains(last);
            // The mentions inside the run give way to it, when none reaches outside it and none is the
            // run itself; an organisation begun inside it that goes on over "of" or "for" takes the run
            // ("the Recording Industry Association of America" tagged from "Industry").
            let mut end = e;
            let pieces_inside = suffixed && {
                let at = at_cache.get_or_insert_with(|| mention_at(a, &mentions));
                let untagged = |j: usize| at[s..j].iter().all(Option::is_none);
                at[s..e].iter().flatten().all(|&i| {
                    let r = a.token_range(mentions[i].span.start, mentions[i].span.end);
                    // Untagged words before it: a nationality does not open the name ("Yemeni Ministry of Oil").
                    let complement = r.start > s
                        && r.end > e
                        && matches!(a.tok(e), "of" | "for")
                        && mentions[i].label == EntityType::Org
                        && untagged(r.start);
                    if complement {
                        end = end.max(r.end);
                    }
                    r.start >= s && (r.end <= e || complement) && !(r.start == s && r.end == e)
                })
            };
            if pieces_inside {
                found.push((s, end));
                k = end;
            } else {
                k += 1;
            }
        }
    }
    replace_spans(a, mentions, &found, EntityType::Org)
}

/// A one-word mention opening a sentence that the same text writes in
/// lowercase elsewhere, and never capitalised inside a sentence, is a common
/// word ("Senators said …" beside "the senators"; "Giants won" stays in a text
/// that never writes "giants"), when running text in general writes it in
/// lowercase or never (`case` bucket 1 or unseen: "Apple" beside "apple
/// growers" stays). Party groups are names however written.
pub(super) fn lowercase_elsewhere(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let opens = |k: usize| {
        let sent = &a.sentences[a.sentence_of_token(k)];
        (sent.tokens.start..k).all(|j| !a.tok(j).chars().any(char::is_alphanumeric))
    };
    let candidates: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            let m = &mentions[i];
            let k = a.tok_at(m.span.start);
            !m.text.contains(' ')
                && a.tok(k) == m.text
                && m.text.chars().all(char::is_alphabetic)
                && opens(k)
                && !PARTY_GROUPS.contains(a.low(k))
                && matches!(case.get(TokInfo::new(&m.text, 0, 0).lower), 0 | 1)
        })
        .collect();
    if candidates.is_empty() {
        return mentions;
    }
    let words: HashSet<&str> = candidates.iter().map(|&i| a.low(a.tok_at(mentions[i].span.start))).collect();
    let (mut lower, mut capital) = (HashSet::new(), HashSet::new());
    for k in 0..a.tokens.len() {
        let w = a.low(k);
        if !words.contains(w) {
            continue;
        }
        let first = a.tok(k).chars().next();
        if first.is_some_and(char::is_lowercase) {
            lower.insert(w);
        } else if !opens(k) && !a.is_title_case(a.sentence_of_token(k)) {
            capital.insert(w);
        }
    }
    let drop: HashSet<usize> = candidates
        .into_iter()
        .filter(|&i| {
            let w = a.low(a.tok_at(mentions[i].span.start));
            lower.contains(w) && !capital.contains(w)
        })
        .collect();
    mentions.into_iter().enumerate().filter(|(i, _)| !drop.contains(i)).map(|(_, m)| m).collect()
}

/// An untagged acronym of three to six capitals that spells the initials of an
/// organisation the document names is a mention of it ("says WHO" after "the
/// World Health Organization"); runs after the document typing, so the
/// organisation's type is settled. Not in Title-Case lines, nor a listed
/// common-noun acronym ("CEO").
pub(super) fn acronyms_of_names(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let mut keys: HashSet<String> = HashSet::new();
    for m in mentions.iter().filter(|m| m.label == EntityType::Org) {
        let words: Vec<&str> = m.text.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        if words.len() < 3 {
            continue;
        }
        keys.extend(name_initials(&words).into_iter().filter(|k| (3..=6).contains(&k.len())));
        if let Some(rest) = without_country_qualifier(&words) {
            keys.extend(name_initials(rest).into_iter().filter(|k| (3..=6).contains(&k.len())));
        }
    }
    if keys.is_empty() {
        return mentions;
    }
    let at = mention_at(a, &mentions);
    let added: Vec<Mention<Bytes>> = (0..a.tokens.len())
        .filter(|&k| {
            let t = a.tok(k);
            at[k].is_none()
                && t.len() >= 3
                && t.chars().all(|c| c.is_ascii_uppercase())
                && keys.contains(t)
                && !is_common_acronym(t)
                && !a.is_title_case(a.sentence_of_token(k))
        })
        .map(|k| mention(a, k, k + 1, EntityType::Org))
        .collect();
    with_added(mentions, added)
}

/// Is token `k` a capitalised word of letters (a piece of a name)?
fn cap_word(a: &Analysis, k: usize) -> bool {
    is_cap(a.tok(k)) && a.tok(k).chars().all(|c| c.is_alphabetic() || c == '.' || c == '&')
}

/// The name particles as words, and whether any name may take them (else only a person's).
static PARTICLES: LazyLock<Vec<(Vec<&'static str>, bool)>> =
    LazyLock::new(|| NAME_PARTICLES.rows().iter().map(|row| (row[0].split(' ').collect(), row[1] == "any")).collect());

/// A name, lowercase name particles and up to three capitalised words after
/// them are one name: "Rio Grande do Sul", "Leonardo da Vinci", "Santiago de
/// Chile", "Ludwig van Beethoven" (`name_particles.tsv`; the Dutch, German and
/// Arabic ones only after a person, as "van" is also an English noun). The
/// name keeps the type of its first part, which heads such names ("Banco do
/// Brasil", "Estadio do Maracana"). Not in headlines, not across a line, and
/// not before a month or weekday ("what Democrats do Monday").
pub(super) fn name_particles(a: &Analysis, mut mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let firsts: Vec<(Span<Bytes>, EntityType)> =
        mentions.iter().filter(|m| !a.is_title_case(m.sentence)).map(|m| (m.span, m.label)).collect();
    for (span, label) in firsts {
        if !mentions.iter().any(|m| m.span == span) {
            continue; // taken into an earlier name
        }
        let r = a.token_range(span.start, span.end);
        let sent_end = a.sentences[a.sentence_of_token(r.start)].tokens.end;
        let after = |k: usize, words: &[&str]| {
            k + words.len() < sent_end && words.iter().enumerate().all(|(j, w)| a.tok(k + j) == *w && !a.adjacent(k + j - 1))
        };
        let particle = PARTICLES
            .iter()
            .filter(|(words, any)| (*any || label == EntityType::Person) && after(r.end, words))
            .map(|(words, _)| words.len())
            .max();
        let Some(n) = particle else { continue };
        let k = r.end + n;
        let mut end = k;
        while end < sent_end && end < k + 3 && cap_word(a, end) && !a.adjacent(end - 1) {
            end += 1;
        }
        let one_line = !a.text[span.start..a.tokens[end.max(k + 1) - 1].end].contains('\n');
        if end > k && one_line && !calendar_word(a.low(k)) {
            merge(a, &mut mentions, r.start, end, label);
        }
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions
}

/// Replace the mentions overlapping tokens `s..e` by one mention of `label`.
fn merge(a: &Analysis, mentions: &mut Vec<Mention<Bytes>>, s: usize, e: usize, label: EntityType) {
    let (start, end) = (a.tokens[s].start, a.tokens[e - 1].end);
    mentions.retain(|m| !(m.span.start < end && start < m.span.end));
    mentions.push(mention(a, s, e, label));
}

/// "and" inside an organisation's name, where the tagger cut there: an
/// organisation's "of" complement goes on over "and" and up to three
/// capitalised words ending in a plural that is no organisation suffix
/// ("National Institute of Allergy and Infectious Diseases"), or two or three
/// words running text writes in lowercase, ending in no organisation suffix or
/// head ("Department of Forestry and Fire Protection"; not "Department of
/// Justice and Treasury", "... and FBI", "... and Water Board", "Life of
/// Georgia and Southland Life"), a couple's foundation takes the
/// first given name ("Bill and Melinda Gates Foundation"), and two places' body
/// the first place ("Avon and Somerset Police").
pub(super) fn coordinated_names(a: &Analysis, mut mentions: Vec<Mention<Bytes>>, case: &CaseDict, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let mut merges = Vec::new();
    for m in mentions.iter().filter(|m| m.label == EntityType::Org && !a.is_title_case(m.sentence)) {
        let r = a.token_range(m.span.start, m.span.end);
        let sent_end = a.sentences[a.sentence_of_token(r.start)].tokens.end;
        if (r.start..r.end).any(|j| a.tok(j) == "of") && r.end + 1 < sent_end && a.tok(r.end) == "and" {
            let mut e = r.end + 1;
            while e < sent_end && e < r.end + 4 && cap_word(a, e) && a.tok(e).chars().any(char::is_lowercase) && !person_at(&mentions, a, e)
            {
                e += 1;
            }
            let last = a.tok(e - 1);
            let two_words = e >= r.end + 3 && !ORG_HEADS.contains(last) && (r.end + 1..e).all(|k| super::written_lowercase(case, a.tok(k)));
            if e > r.end + 1 && !cap_word(a, e) && (plural_noun(last) || two_words) && !ORG_SUFFIXES.contains(last) {
                merges.push((r.start, e));
            }
        }
        // The first words of a body's name over "and", where the tagger took the head's side alone
        // ("Independent Electoral and Boundaries Commission", "Competition and Markets Authority"):
        // one to four capitalised words before "and" that running text writes in lowercase (not "The"),
        // no head, suffix or place head among them, no person or place the tagger found there, and no
        // capitalised word but a determiner before them; the head's side a word and the head at least
        // (not "House and Senate"), opening with no head (not "House and Senate Budget Committee").
        let head = |w: &str| ORG_HEADS.contains(w) || ORG_SUFFIXES.contains(w);
        let determiner = |k: usize| matches!(a.low(k), "the" | "a" | "an");
        if r.len() >= 2 && r.start >= 2 && a.tok(r.start - 1) == "and" && head(a.tok(r.end - 1)) && !head(a.tok(r.start)) {
            let mut b = r.start - 1;
            while b > 0 && r.start - 1 - b < 4 && cap_word(a, b - 1) && super::written_lowercase(case, a.tok(b - 1)) && !determiner(b - 1) {
                b -= 1;
            }
            let plain = (b..r.start - 1).all(|k| {
                let t = a.tok(k);
                !head(t) && !is_place_head(t) && !typed_at(&mentions, a, k, &[EntityType::Person, EntityType::Loc])
            });
            if b < r.start - 1 && plain && (b == 0 || !cap_word(a, b - 1) || determiner(b - 1)) {
                merges.push((b, r.end));
            }
        }
        let given = |j: usize| cap_word(a, j) && is_given_name(gaz, a.tok(j));
        if r.start >= 2 && a.tok(r.start - 1) == "and" && given(r.start) && given(r.start - 2) && ORG_SUFFIXES.contains(a.tok(r.end - 1)) {
            merges.push((r.start - 2, r.end));
        }
        // Two places' body over "and": "Avon and Somerset Police", "Devon and Cornwall Police" (the
        // tagger takes the first place alone); a one-word name before "and" that no other
        // capitalised word or list runs into, before a place and a shared body's head
        // (`joint_body_heads.txt`).
        let alone = |j: usize| {
            cap_word(a, j)
                && mentions.iter().any(|o| a.token_range(o.span.start, o.span.end) == (j..j + 1))
                && (j == 0 || !(cap_word(a, j - 1) || matches!(a.tok(j - 1), "," | "&")))
        };
        if r.len() == 2 && r.start >= 2 && a.tok(r.start - 1) == "and" && alone(r.start - 2) && JOINT_BODY_HEADS.contains(a.tok(r.end - 1))
        {
            merges.push((r.start - 2, r.end));
        }
    }
    for (s, e) in merges {
        merge(a, &mut mentions, s, e, EntityType::Org);
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions
}

/// Does a person mention cover token `k`?
fn person_at(mentions: &[Mention<Bytes>], a: &Analysis, k: usize) -> bool {
    typed_at(mentions, a, k, &[EntityType::Person])
}

/// Does a mention typed one of `types` cover token `k`?
fn typed_at(mentions: &[Mention<Bytes>], a: &Analysis, k: usize, types: &[EntityType]) -> bool {
    let t = &a.tokens[k];
    mentions.iter().any(|m| types.contains(&m.label) && m.span.start < t.end && t.start < m.span.end)
}

/// A place, person or organisation followed by capitalised words ending in an
/// organisation head or a trade is one organisation ("United States Navy",
/// "Hong Kong Stock Exchange", "Kotak Institutional Equities",
/// "Walton Family Foundation", "Bill & Melinda Gates Foundation"), and so is
/// one followed by words ending in an organisation suffix
/// ("Amazon Web Services", "Boston Consulting Group"); ending in a place head,
/// one place ("Denver International Airport", "Wembley Stadium").
pub(super) fn place_org_heads(a: &Analysis, mut mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let places: Vec<(usize, usize, EntityType)> = mentions
        .iter()
        .filter(|m| matches!(m.label, EntityType::Loc | EntityType::Person | EntityType::Org) && !a.is_title_case(m.sentence))
        .map(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            (r.start, r.end, m.label)
        })
        .collect();
    for (s, e, first) in places {
        let sent_end = a.sentences[a.sentence_of_token(s)].tokens.end;
        let run: Vec<usize> =
            (e..sent_end.min(e + 3)).take_while(|&k| cap_word(a, k) && !a.tok(k).contains('.') && !person_at(&mentions, a, k)).collect();
        let head_end = (1..=run.len()).rev().find_map(|j| {
            let last = a.tok(e + j - 1);
            let two = (j >= 2).then(|| format!("{} {}", a.tok(e + j - 2), last));
            let heads = |is_head: &dyn Fn(&str) -> bool| is_head(last) || two.as_deref().is_some_and(is_head);
            if heads(&|w| ORG_HEADS.contains(w) || is_firm_suffix(w)) {
                Some((j, EntityType::Org))
            } else {
                // An organisation's name goes on only to an organisation's head ("Kotak Institutional Equities").
                (first != EntityType::Org && heads(&is_place_head)).then_some((j, EntityType::Loc))
            }
        });
        // An organisation's name that goes on is no name of its own: not "Lexus Project" of "Lexus
        // Project Manager Fumihiko Hazama".
        let ends = |j: usize| first != EntityType::Org || e + j >= sent_end || !cap_word(a, e + j);
        if let Some((j, label)) = head_end.filter(|&(j, _)| ends(j)) {
            // "Bill & Melinda Gates Foundation": a name joined by "&" before it goes in too.
            let joined = s >= 2 && a.tok(s - 1) == "&" && cap_word(a, s - 2);
            merge(a, &mut mentions, if joined { s - 2 } else { s }, e + j, label);
        }
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions
}

/// A street after its house number is one place ("100 Main Street", "1600
/// Pennsylvania Avenue", "10 Downing Street"): one to three capitalised words
/// ending in a place head, after a number of one to five digits, become a LOC
/// span (the number stays out), replacing the mentions wholly inside them.
pub(super) fn numbered_streets(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut at: Option<Vec<Option<usize>>> = None;
    for k in 0..a.tokens.len() {
        let t = a.tok(k);
        if !((1..=5).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())) {
            continue;
        }
        let sent_end = a.sentences[a.sentence_of_token(k)].tokens.end;
        let run = (k + 1..sent_end.min(k + 4)).take_while(|&j| cap_word(a, j) && !a.tok(j).contains('.')).count();
        // The run's words are k + 1 ..= k + run; a name needs a word before the head.
        let Some(e) = (k + 3..=k + 1 + run).rev().find(|&e| is_place_head(a.tok(e - 1))) else { continue };
        let at = at.get_or_insert_with(|| mention_at(a, &mentions));
        let inside = at[k + 1..e].iter().flatten().all(|&m| {
            let r = a.token_range(mentions[m].span.start, mentions[m].span.end);
            r.start > k && r.end <= e
        });
        if inside {
            found.push((k + 1, e));
        }
    }
    replace_spans(a, mentions, &found, EntityType::Loc)
}

/// A venue named by a web domain is a place with it ("Crypto.com Arena"): a
/// capitalised domain, which is no mention alone (spec §1), before a place
/// head becomes one LOC span with it, replacing the head tagged alone.
pub(super) fn domain_venues(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let found: Vec<(usize, usize)> = (0..a.tokens.len().saturating_sub(1))
        .filter(|&k| {
            let t = a.tok(k);
            is_cap(t) && t.contains('.') && !t.starts_with('@') && is_forced_o(t) && a.one_space(k) && is_place_head(a.tok(k + 1))
        })
        .map(|k| (k, k + 2))
        .collect();
    replace_spans(a, mentions, &found, EntityType::Loc)
}

/// Two organisations the tagger read as one over "and" ("Fairview Health
/// Services and HealthPartners") are two: the part before is two words or more
/// ending in a firm's suffix or trade (`org_suffixes.txt`,
/// `industry_suffixes.txt`; not a head alone: "Post and Telecommunications
/// Administration") with no "of" or "for" (an "of" complement goes on over
/// "and": "Department of Health and Human Services"), and the part after opens
/// with a capitalised word that is no such word nor a head ("Harbor Bank and
/// Trust Company" stays one); alone, that word is one running text always
/// capitalises, or an unseen word with an inner capital or no plural ("Corvo
/// Corporation and Subsidiaries", "... Bank and Trust" stay one).
pub(super) fn joined_organisations(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let lone_name = |t: &str| match case.get(TokInfo::new(t, 0, 0).lower) {
        4 => true,
        0 => !plural_noun(t) || t.chars().skip(1).any(char::is_uppercase),
        _ => false,
    };
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let r = a.token_range(m.span.start, m.span.end);
        let and = (r.start + 2..r.end.saturating_sub(1)).find(|&k| a.tok(k) == "and");
        let split = and.filter(|&k| {
            m.label == EntityType::Org
                && is_firm_suffix(a.tok(k - 1))
                && !(r.start..k).any(|j| matches!(a.tok(j), "of" | "for"))
                && is_cap(a.tok(k + 1))
                && !is_firm_suffix(a.tok(k + 1))
                && !ORG_HEADS.contains(a.tok(k + 1))
                && (k + 2 < r.end || lone_name(a.tok(k + 1)))
        });
        match split {
            Some(k) => {
                out.push(mention(a, r.start, k, m.label));
                out.push(mention(a, k + 1, r.end, m.label));
            }
            None => out.push(m),
        }
    }
    out
}

/// A name joined to a capitalised word the tagger left out by a spaced "&" is
/// one firm with it ("Marks & Spencer", "Simon & Schuster"): the tagger often
/// takes one side alone. Not when the word is itself part of another name or
/// opens its sentence. Two one-word names so joined are one firm when the
/// tagger called either an organisation, an organisation noun stands before
/// them ("law firm Davis & Gilbert"; not "Tom & Jerry") or a possessive with
/// nothing possessed follows them ("Ben & Jerry's, which").
pub(super) fn ampersand_names(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let word = |k: usize| {
        let t = a.tok(k);
        is_cap(t) && t.chars().all(char::is_alphabetic) && t.chars().count() >= 2
    };
    let at = mention_at(a, &mentions);
    // A possessive with nothing possessed after it is the name's own ("which includes Ben & Jerry's
    // and Magnum", "Ben & Jerry's, which Unilever bought"): a brand named for its founders.
    let possessive_alone = |k: usize| {
        k < a.tokens.len()
            && is_possessive(a.tok(k))
            && (k + 1 >= a.tokens.len()
                || !a.tok(k + 1).chars().any(char::is_alphanumeric)
                || matches!(a.low(k + 1), "and" | "or" | "which" | "has" | "have" | "is" | "was" | "said" | "says" | "will"))
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in &mentions {
        let r = a.token_range(m.span.start, m.span.end);
        let sent = &a.sentences[a.sentence_of_token(r.start)].tokens;
        // "Marks & [Spencer]": the word before, not opening its sentence nor after another capital.
        let left = r.start >= sent.start + 3
            && a.tok(r.start - 1) == "&"
            && word(r.start - 2)
            && at[r.start - 2].is_none()
            && !is_cap(a.tok(r.start - 3));
        // "[Marks] & Spencer": the word after, with no capital after it.
        let right = r.end + 1 < sent.end
            && a.tok(r.end) == "&"
            && word(r.end + 1)
            && at[r.end + 1].is_none()
            && (r.end + 2 >= sent.end || !is_cap(a.tok(r.end + 2)));
        // "[Davis] & [Gilbert]": two one-word names, one of them an organisation's, are one firm.
        let tagged_right = (r.len() == 1 && r.end + 1 < sent.end && a.tok(r.end) == "&" && word(r.start) && word(r.end + 1))
            .then(|| at[r.end + 1])
            .flatten()
            .filter(|&j| {
                let o = &mentions[j];
                o.span.start == a.tokens[r.end + 1].start
                    && o.span.end == a.tokens[r.end + 1].end
                    && (m.label == EntityType::Org
                        || o.label == EntityType::Org
                        || r.start > 0 && ORG_ROLES.contains(a.tok(r.start - 1))
                        || possessive_alone(r.end + 2))
                    && (r.end + 2 >= sent.end || !is_cap(a.tok(r.end + 2)))
            });
        if left {
            found.push((r.start - 2, r.end));
        } else if right || tagged_right.is_some() {
            found.push((r.start, r.end + 2));
        }
    }
    replace_spans(a, mentions, &found, EntityType::Org)
}

/// A word running text writes in lowercase, capitalised inside a sentence,
/// with its possessive and the capitalised words after it, is one name: a
/// title, an event or an institution named by a phrase ("Assassin's Creed",
/// "the Women's March", "People's Choice Awards"), not an owner and its
/// property; typed by its head (a place head a place, an organisation word an
/// organisation, else MISC). Not when the tagger read the word as an
/// organisation, nor when it is a common census name (an owner: "Bush's Iraq War"),
/// anything but a lowercase word or "The" goes before it, or a tagged name reaches past the phrase.
pub(super) fn possessive_phrases(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict, gaz: &Gazetteer) -> Vec<Mention<Bytes>> {
    let word = |k: usize| {
        let t = a.tok(k);
        is_cap(t) && t.chars().count() >= 2 && t.chars().skip(1).all(char::is_lowercase)
    };
    let mut found: Vec<(usize, usize, EntityType)> = Vec::new();
    let mut at: Option<Vec<Option<usize>>> = None;
    for (si, sent) in a.sentences.iter().enumerate() {
        if a.is_title_case(si) {
            continue;
        }
        for k in sent.tokens.start + 1..sent.tokens.end.saturating_sub(2) {
            let common = || case.get(TokInfo::new(a.tok(k), 0, 0).lower) == 1 && !in_census(gaz, a.tok(k), FIRST_TOP..=LAST_MID);
            // Running text before it: a lowercase word or "The" ("joined the Women's March").
            let before = a.tok(k - 1);
            let running = before == "The" || (before.chars().all(char::is_alphabetic) && before.starts_with(char::is_lowercase));
            if !word(k) || !is_possessive(a.tok(k + 1)) || !word(k + 2) || !running || !common() {
                continue;
            }
            let mut e = k + 2;
            while e < sent.tokens.end && e - k < 6 && word(e) {
                e += 1;
            }
            let at = at.get_or_insert_with(|| mention_at(a, &mentions));
            let inside = |m: usize| {
                let r = a.token_range(mentions[m].span.start, mentions[m].span.end);
                r.start >= k && r.end <= e
            };
            let owner_org = at[k].is_some_and(|m| mentions[m].label == EntityType::Org);
            if owner_org || !at[k..e].iter().flatten().all(|&m| inside(m)) {
                continue;
            }
            let head = a.tok(e - 1);
            let label = if is_place_head(head) {
                EntityType::Loc
            } else if ORG_SUFFIXES.contains(head) || ORG_HEADS.contains(head) {
                EntityType::Org
            } else {
                EntityType::Misc
            };
            found.push((k, e, label));
        }
    }
    let mut mentions = mentions;
    for label in [EntityType::Loc, EntityType::Org, EntityType::Misc] {
        let spans: Vec<(usize, usize)> = found.iter().filter(|f| f.2 == label).map(|f| (f.0, f.1)).collect();
        mentions = replace_spans(a, mentions, &spans, label);
    }
    mentions
}

/// An office named for its holder's role takes the role and the capitalised words before it: "the
/// U.S. Attorney’s Office for the Eastern District of Pennsylvania" (tagged "U.S." and "Office for
/// …"), "the Los Angeles County Sheriff's Department", "the Medical Examiner's Office". The mention
/// opens with an office head ("Office", "Department", "Bureau") right after a role word
/// (`person_roles.tsv`) and its possessive; the words before the role go in while capitalised or
/// abbreviated ("U.S."), on one line in the sentence.
pub(super) fn role_offices(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| m.label == EntityType::Org) {
        let r = a.token_range(m.span.start, m.span.end);
        let s = r.start;
        if s < 2 || !matches!(a.tok(s), "Office" | "Department" | "Bureau") || !is_possessive(a.tok(s - 1)) {
            continue;
        }
        let role = s - 2;
        if !is_cap(a.tok(role)) || !is_person_word(a.low(role)) || !a.adjacent(role) {
            continue;
        }
        let first = a.sentences[m.sentence].tokens.start;
        let mut k = role;
        while k > first && is_cap(a.tok(k - 1)) && a.one_space(k - 1) && !opens_sentence(a, k - 1) {
            k -= 1;
        }
        found.push((k, r.end));
    }
    replace_spans(a, mentions, &found, EntityType::Org)
}

/// An organisation head takes "of/for/on (the)" and the capitalised words after it
/// ("Foundation for the Visual Arts", "Institute for the Study of War",
/// "Council on Foreign Relations"; "on" not before a weekday or month), a head
/// the tagger left out included when "the" stands before it ("the Museum of
/// Modern Art"), and so does a name right after an organisation noun and its
/// determiner ("the advocacy group Color of Change").
pub(super) fn of_for_names(a: &Analysis, mut mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    // A name the tagger called a person but ending in an organisation suffix is an organisation's
    // ("Andy Warhol Foundation"); a surname like a head ("Margaret Court") is not.
    let head = |m: &Mention<Bytes>, last: &str| m.label != EntityType::Person || ORG_SUFFIXES.contains(last);
    let mut heads: Vec<(usize, usize, EntityType)> = mentions
        .iter()
        .filter(|m| !a.is_title_case(m.sentence))
        .filter_map(|m| {
            let r = a.token_range(m.span.start, m.span.end);
            let last = a.tok(r.end - 1);
            (NAME_EXTENSION_HEADS.contains(last) && head(m, last)).then_some((r.start, r.end, m.label))
        })
        .collect();
    // An untagged head after "the" is one too ("the Museum of Modern Art", "the Office of the
    // Inspector General"): a capital on a common noun mid-phrase names an institution.
    let at = mention_at(a, &mentions);
    for (k, tagged) in at.iter().enumerate().take(a.tokens.len().saturating_sub(2)).skip(1) {
        if NAME_EXTENSION_HEADS.contains(a.tok(k))
            && matches!(a.tok(k - 1), "the" | "The")
            && tagged.is_none()
            && !a.is_title_case(a.sentence_of_token(k))
        {
            heads.push((k, k + 1, EntityType::Org));
        }
    }
    // A name right after an organisation noun and its determiner is an organisation's, whatever its
    // head: "the advocacy group Color of Change", "the charity Friends of the Earth".
    let last = a.tokens.len().saturating_sub(2);
    for (k, tagged) in at.iter().enumerate().take(last).skip(2) {
        let noun = k - 1;
        if !(cap_word(a, k) && ORG_ROLES.contains(a.tok(noun))) {
            continue;
        }
        let det = (noun.saturating_sub(3)..noun).rev().find(|&j| matches!(a.low(j), "the" | "a" | "an"));
        let modifiers = det.is_some_and(|d| (d + 1..noun).all(|j| a.tok(j).chars().all(|c| c.is_lowercase() || c == '-')));
        if !modifiers || a.is_title_case(a.sentence_of_token(k)) {
            continue;
        }
        let e = tagged.map_or(k + 1, |m| a.token_range(mentions[m].span.start, mentions[m].span.end).end);
        if tagged.is_none_or(|m| a.tokens[k].start == mentions[m].span.start && mentions[m].label != EntityType::Person) {
            heads.push((k, e, EntityType::Org));
        }
    }
    for (s, e, label) in heads {
        let sent_end = a.sentences[a.sentence_of_token(s)].tokens.end;
        // "on" names a committee's or an institute's subject ("Council on Foreign Relations"), not a
        // day ("the Council on Monday").
        let subject_on = |j: usize| a.tok(j) == "on" && j + 1 < sent_end && !calendar_word(a.low(j + 1));
        if e >= sent_end || !(matches!(a.tok(e), "of" | "for") || subject_on(e)) {
            continue;
        }
        let mut k = e + 1;
        if k < sent_end && a.tok(k) == "the" {
            k += 1;
        }
        // Capitalised words, with "of"/"the" inside when a capitalised word follows; not a person's
        // name after them, but a last word the tagger took alone for a given name ("Museum of Modern
        // Art"; not after a title: "League of Prime Minister Sheikh Hasina").
        let lone_last = |j: usize| {
            let t = &a.tokens[j];
            !cap_word(a, j + 1)
                && !(k..j).any(|i| is_title_or_role(a.low(i)))
                && mentions.iter().any(|m| m.label == EntityType::Person && m.span.start == t.start && m.span.end == t.end)
        };
        let mut end = k;
        while end < sent_end {
            let word = cap_word(a, end) && (!person_at(&mentions, a, end) || lone_last(end));
            let small = (matches!(a.tok(end), "of" | "the") || subject_on(end)) && end > k && end + 1 < sent_end && cap_word(a, end + 1);
            if !(word || small) {
                break;
            }
            end += 1;
        }
        while end > k && !cap_word(a, end - 1) {
            end -= 1;
        }
        if end > k {
            let label = if label == EntityType::Misc { label } else { EntityType::Org };
            merge(a, &mut mentions, s, end, label);
        }
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions
}
