//! What the text says about each person: age, nationality, party, roles and
//! gender, gathered per person (a surname alone is the full name holding it;
//! full names differing in their first word are two people)
//! from the words around each mention:
//! - before it: titles and role nouns ("Gov. Mike Pence", "Tottenham manager
//!   Jose Mourinho"), nationality and party adjectives ("Portuguese coach X",
//!   "Republican Gov. X"), an age ("56-year-old X");
//! - after it: an age ("X, 56,", "X (56)"), a party tag ("X (D-Md.)", "X,
//!   R-Neb.,"), and the apposition's nationality, party, age and first role
//!   ("X, Democrat of New York,", "X, a 56-year-old Portuguese coach,");
//! - gendered titles and nouns, then the gender the document's own pronouns give, and only
//!   then the first name's usual gender ("Mary Jones"), which travels less well than the text.
//!
//! Descriptions such as "the 56-year-old said" and pronouns such as "she" are
//! then matched against these facts (see `speaker.rs`).

use super::Discourse;
use super::words::{
    Gender, demonym, given_name_gender, is_person_noun, is_person_role, noun_gender, party_letter, party_word, pronoun_form_gender,
    title_facts,
};
use crate::extract::analysis::Analysis;
use crate::extract::rows::EntityType;
use crate::lexicon::ROLE_MODIFIERS;
use std::collections::HashMap;

/// The facts the text gives about one person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonFacts {
    /// Age in years ("Smith, 56,").
    pub age: Option<u32>,
    /// Nationalities as ISO country codes ("Portuguese" -> "PT").
    pub countries: Vec<&'static str>,
    /// Party key ("republican").
    pub party: Option<&'static str>,
    /// Role nouns, lowercase ("governor", "coach").
    pub roles: Vec<String>,
    /// Gender, when a title, noun or the document's pronouns give it.
    pub gender: Option<Gender>,
    /// The gender the census gives the first name ("Mary"): weaker than what the text says, as
    /// names travel ("Kelly Ortberg", "Lin Jian" are men; see [`PersonFacts::gender_or_name`]).
    name_gender: Option<Gender>,
}

/// Both known and different.
fn differ<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

impl PersonFacts {
    /// Reads an age, nationality or party ending at token `p` ("56-year-old",
    /// "Portuguese", "Republican") into these facts; returns the token where
    /// what it read starts, or None when `p` gives none of them.
    pub(super) fn read_fact_at(&mut self, a: &Analysis, p: usize) -> Option<usize> {
        if let Some((age, s)) = age_ending_at(a, p) {
            self.age = Some(age);
            return Some(s);
        }
        if let Some((c, s)) = demonym_ending_at(a, p) {
            self.countries.push(c);
            return Some(s);
        }
        let party = party_at(a, p)?;
        self.party = self.party.or(Some(party));
        Some(p)
    }

    /// Reads a predicate noun opening at token `k` after "is"/"was": "a retired nurse" gives the
    /// role and its gender, "one of the first two Muslim women" the gender (up to three modifiers;
    /// not a possessor: "the man's lawyer").
    fn read_predicate(&mut self, a: &Analysis, k: usize) {
        let n = a.tokens.len();
        let low = |j: usize| if j < n { a.low(j) } else { "" };
        let (plural, mut j) = match (low(k), low(k + 1), low(k + 2)) {
            ("one" | "among", "of", "the") => (true, k + 3),
            ("a" | "an" | "the", _, _) => (false, k + 1),
            _ => return,
        };
        let is_noun = |w: &str| is_person_noun(w) || is_person_role(w);
        let singular = |w: &str| -> Option<String> {
            if !plural {
                return is_noun(w).then(|| w.to_string());
            }
            let one = match w.strip_suffix("men") {
                Some(stem) => format!("{stem}man"),
                None => w.strip_suffix('s')?.to_string(),
            };
            is_noun(&one).then_some(one)
        };
        for _ in 0..4 {
            if j >= n || !a.tok(j).chars().all(|c| c.is_alphanumeric() || c == '-') {
                return;
            }
            if let Some(noun) = singular(low(j)).filter(|_| !matches!(low(j + 1), "'s" | "’s")) {
                self.gender = self.gender.or(noun_gender(&noun));
                if !plural {
                    self.roles.push(noun);
                }
                return;
            }
            j += 1;
        }
    }

    /// The gender the text gives, else the one the census gives the first name.
    pub fn gender_or_name(&self) -> Option<Gender> {
        self.gender.or(self.name_gender)
    }

    fn merge(&mut self, o: PersonFacts) {
        self.age = self.age.or(o.age);
        for c in o.countries {
            if !self.countries.contains(&c) {
                self.countries.push(c);
            }
        }
        self.party = self.party.or(o.party);
        for r in o.roles {
            if !self.roles.contains(&r) {
                self.roles.push(r);
            }
        }
        self.gender = self.gender.or(o.gender);
        self.name_gender = self.name_gender.or(o.name_gender);
    }

    /// Do `self` (what a description or pronoun says) and `known` (what the
    /// text said of a person) contradict each other on age, nationality, party
    /// or gender? Unknown facts never contradict.
    pub fn contradicts(&self, known: &PersonFacts) -> bool {
        differ(self.age, known.age)
            || differ(self.party, known.party)
            || differ(self.gender, known.gender_or_name())
            || (!self.countries.is_empty() && !known.countries.is_empty() && !self.countries.iter().any(|c| known.countries.contains(c)))
    }

    /// How many of `self`'s facts `known` confirms (age, a nationality, party, a role).
    pub fn matches(&self, known: &PersonFacts) -> usize {
        usize::from(self.age.is_some() && self.age == known.age)
            + usize::from(self.countries.iter().any(|c| known.countries.contains(c)))
            + usize::from(self.party.is_some() && self.party == known.party)
            + usize::from(self.roles.iter().any(|r| known.roles.contains(r)))
    }

    /// Whether it holds an age, a nationality or a party: facts that pick a
    /// person out ("the 56-year-old"), unlike a bare role ("the man").
    pub fn is_distinctive(&self) -> bool {
        self.age.is_some() || !self.countries.is_empty() || self.party.is_some()
    }
}

/// The age in "56 - year - old" ending at token `k` ("old"): (age, first token).
pub(super) fn age_ending_at(a: &Analysis, k: usize) -> Option<(u32, usize)> {
    if k < 4 || a.low(k) != "old" || a.tok(k - 1) != "-" || !matches!(a.low(k - 2), "year" | "years") || a.tok(k - 3) != "-" {
        return None;
    }
    Some((a.tok(k - 4).parse().ok().filter(|n| (1..=120).contains(n))?, k - 4))
}

/// A bare age ("56" in "Smith, 56,"): a whole number from 1 to 120.
fn bare_age(t: &str) -> Option<u32> {
    t.parse().ok().filter(|n| (1..=120).contains(n))
}

/// A nationality ending at token `k`, one word or two ("South Korean"): (country, first token).
pub(super) fn demonym_ending_at(a: &Analysis, k: usize) -> Option<(&'static str, usize)> {
    if k > 0 && a.tokens[k - 1].end + 1 == a.tokens[k].start {
        let two = format!("{} {}", a.tok(k - 1), a.tok(k));
        if let Some(c) = demonym(&two) {
            return Some((c, k - 1));
        }
    }
    demonym(a.tok(k)).map(|c| (c, k))
}

/// A capitalised party word at token `k` ("Republican", "GOP").
pub(super) fn party_at(a: &Analysis, k: usize) -> Option<&'static str> {
    a.tok(k).chars().next().filter(|c| c.is_uppercase()).and(party_word(a.low(k)))
}

/// A party tag starting at token `k`: "D - Md.", "R - N.Y.", "D. , Conn.", or a
/// lone letter before ")" ("(R)"): (party, last token).
fn party_tag_at(a: &Analysis, k: usize) -> Option<(&'static str, usize)> {
    let n = a.tokens.len();
    let letter = a.tok(k).trim_end_matches('.');
    if letter.len() != 1 || !letter.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let party = party_letter(&letter.to_ascii_lowercase())?;
    if k + 1 < n && a.tok(k + 1) == ")" && k > 0 && a.tok(k - 1) == "(" {
        return Some((party, k));
    }
    if k + 2 >= n || !matches!(a.tok(k + 1), "-" | ",") || !a.tok(k + 2).chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some((party, k + 2))
}

impl Discourse<'_, '_> {
    /// The person each mention belongs to: for a PERSON, the fullest mention
    /// of the same full name ("Mourinho" -> "Jose Mourinho"; see
    /// `compute_referents`); else itself.
    pub fn referent(&self, m: usize) -> usize {
        self.referents.get(m).copied().unwrap_or(m)
    }

    /// The facts the text gives about the person mention `m` belongs to.
    pub fn person_facts(&self, m: usize) -> Option<&PersonFacts> {
        self.facts.get(&self.referent(m))
    }

    /// Each mention's referent (see [`Discourse::referent`]). Full names (two
    /// words or more) with the same first and last words are one person, whose
    /// referent is the fullest of them ("Donald J. Trump", "Donald Trump"); full
    /// names that differ there are two ("Dale Hoffman", his daughter "Megan
    /// Hoffman"). A name of one word, or the tail of a longer name ("Le Clair"
    /// of "Craig Le Clair"), is the person of the full names holding it, and
    /// when several do, of the one named first: news writes a shared surname
    /// alone for the story's main person ("President Clinton" after "Bill
    /// Clinton", whatever "Hillary Rodham Clinton" came between).
    pub(super) fn compute_referents(&self) -> Vec<usize> {
        let words = |mi: usize| self.mentions[mi].text.split_whitespace();
        let person = |mi: usize| self.mentions[mi].label == EntityType::Person;
        let key = |mi: usize| (words(mi).next().unwrap_or(""), words(mi).last().unwrap_or(""));
        // Each full name's person: the fullest mention of its key.
        let mut fullest: HashMap<(&str, &str), usize> = HashMap::new();
        // The key of the first full name holding each capitalised word or tail.
        let mut holders: HashMap<&str, (&str, &str)> = HashMap::new();
        for mi in (0..self.mentions.len()).filter(|&mi| person(mi) && words(mi).nth(1).is_some()) {
            let k = key(mi);
            let best = fullest.entry(k).or_insert(mi);
            if self.mentions[*best].text.len() < self.mentions[mi].text.len() {
                *best = mi;
            }
            let text = self.mentions[mi].text.as_str();
            // Its words, and its tails of two words or more ("Le Clair" of "Craig Le Clair").
            let words_of = words(mi).filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase));
            let tails = text.match_indices(' ').map(|(b, _)| &text[b + 1..]).filter(|t| t.contains(' '));
            for w in words_of.chain(tails) {
                holders.entry(w).or_insert(k);
            }
        }
        (0..self.mentions.len())
            .map(|mi| {
                if !person(mi) {
                    return mi;
                }
                let text = self.mentions[mi].text.as_str();
                let held = holders.get(text).filter(|&&k| !text.contains(' ') || k != key(mi));
                match held {
                    Some(k) => fullest[k],
                    None if text.contains(' ') => fullest[&key(mi)],
                    None => mi,
                }
            })
            .collect()
    }

    /// The facts about every person, keyed by referent.
    pub(super) fn compute_facts(&self) -> HashMap<usize, PersonFacts> {
        let mut out: HashMap<usize, PersonFacts> = HashMap::new();
        for (mi, m) in self.mentions.iter().enumerate() {
            if m.label != EntityType::Person || self.is_quoted(m.span.start) {
                continue;
            }
            let f = self.facts_around(mi);
            if f != PersonFacts::default() {
                out.entry(self.referents[mi]).or_default().merge(f);
            }
        }
        for (p, g) in self.pronoun_genders() {
            let f = out.entry(p).or_default();
            f.gender = f.gender.or(Some(g));
        }
        out
    }

    /// The gender the document's own pronouns give people (keyed by referent), for names no
    /// census list genders ("Ilhan Omar"). A sentence that names one person and no unnamed one
    /// ("her husband", "an officer") votes for the gender of the third-person pronouns after
    /// the name outside quotations, when they are all of one gender ("Omar said she would stay";
    /// a pronoun before the name is someone else: "She said Omar left"). Two votes settle it,
    /// when the other gender has at most a third as many.
    fn pronoun_genders(&self) -> Vec<(usize, Gender)> {
        let a = self.a;
        let mut votes: HashMap<usize, [usize; 2]> = HashMap::new();
        for (si, sent) in a.sentences.iter().enumerate() {
            let people: Vec<usize> =
                self.sentence_mentions(si).iter().copied().filter(|&m| self.mentions[m].label == EntityType::Person).collect();
            let Some(&first) = people.first() else { continue };
            if people.iter().any(|&m| self.referent(m) != self.referent(first)) {
                continue;
            }
            let outside = |t: &usize| !self.is_quoted(a.tokens[*t].start) && self.index.at(*t).is_none();
            if sent.tokens.clone().filter(outside).any(|t| is_person_noun(a.low(t)) || is_person_role(a.low(t))) {
                continue;
            }
            let after = self.mentions[first].span.end;
            let mut said = [0usize; 2];
            for t in sent.tokens.clone().filter(|t| a.tokens[*t].start >= after).filter(outside) {
                match pronoun_form_gender(a.low(t)) {
                    Some(Gender::Male) => said[0] += 1,
                    Some(Gender::Female) => said[1] += 1,
                    None => {}
                }
            }
            if (said[0] > 0) != (said[1] > 0) {
                votes.entry(self.referent(first)).or_default()[usize::from(said[1] > 0)] += 1;
            }
        }
        let mut out: Vec<(usize, Gender)> = votes
            .into_iter()
            .filter_map(|(p, [male, female])| {
                let (won, lost, g) = if male > female { (male, female, Gender::Male) } else { (female, male, Gender::Female) };
                (won >= 2 && 3 * lost <= won).then_some((p, g))
            })
            .collect();
        out.sort_unstable_by_key(|&(p, _)| p);
        out
    }

    /// The facts the words around person mention `mi` give.
    fn facts_around(&self, mi: usize) -> PersonFacts {
        let a = self.a;
        let n = a.tokens.len();
        let m = &self.mentions[mi];
        let first = a.tok_at(m.span.start);
        let last = a.tokens.partition_point(|t| t.end <= m.span.end); // one past
        let mut f = PersonFacts::default();
        let words: Vec<&str> = m.text.split_whitespace().collect();
        if words.len() >= 2 {
            f.name_gender = given_name_gender(words[0]);
        }
        // Before: "Republican Gov.", "56-year-old Portuguese coach", "Tottenham manager";
        // also a role in apposition, closed by a comma or the sentence's end after
        // the name ("The Portuguese coach, Rui Costa, said").
        let role_before_comma = first >= 2
            && a.tok(first - 1) == ","
            && (is_person_role(a.low(first - 2)) || is_person_noun(a.low(first - 2)))
            && (last >= n || matches!(a.tok(last), "," | "."));
        let mut k = if role_before_comma { first - 1 } else { first };
        let mut steps = 0;
        while k > 0 && steps < 8 {
            steps += 1;
            let p = k - 1;
            let w = a.low(p);
            if let Some((role, g)) = title_facts(w.trim_end_matches('.')) {
                f.roles.extend(role.map(str::to_string));
                f.gender = f.gender.or(g);
                k = p;
            } else if is_person_role(w) || is_person_noun(w) {
                f.roles.push(w.to_string());
                f.gender = f.gender.or(noun_gender(w));
                k = p;
            } else if let Some(s) = f.read_fact_at(a, p) {
                k = s;
            } else if ROLE_MODIFIERS.contains(w) || w == "-" {
                k = p;
            } else if let Some(o) = self.index.at(p).filter(|&o| self.mentions[o].label != EntityType::Person) {
                // An organisation or place before the role: "Tottenham manager".
                k = a.tok_at(self.mentions[o].span.start);
            } else {
                break;
            }
        }
        if last >= n {
            return f;
        }
        // After: "(56)", "(D-Md.)", ", 56,", ", R-Neb.,", ", a 56-year-old Portuguese coach,".
        match a.tok(last) {
            "(" => {
                let mut j = last + 1;
                while j < n && j < last + 6 && a.tok(j) != ")" {
                    if let Some(age) = bare_age(a.tok(j)).filter(|_| j + 1 < n && a.tok(j + 1) == ")") {
                        f.age = Some(age);
                    }
                    if let Some((party, e)) = party_tag_at(a, j) {
                        f.party = Some(party);
                        j = e;
                    }
                    j += 1;
                }
            }
            "," => {
                let mut j = last + 1;
                let mut segments = 0;
                let mut role_seen = false;
                while j < n && j < last + 18 {
                    let t = a.tok(j);
                    let w = a.low(j);
                    if matches!(t, "." | ";" | ":" | ")" | "(" | "“" | "”" | "\"")
                        || matches!(w, "who" | "which" | "whose" | "said" | "says" | "and" | "or")
                    {
                        break;
                    }
                    if t == "," {
                        // A second segment only after a bare age: "X, 56, a former coach,".
                        if segments > 0 || j != last + 2 || f.age.is_none() {
                            break;
                        }
                        segments += 1;
                        j += 1;
                        continue;
                    }
                    if let Some(age) = bare_age(t).filter(|_| j + 1 >= n || a.tok(j + 1) == "," || a.tok(j + 1) == ".") {
                        f.age = Some(age);
                    } else if let Some((party, e)) = party_tag_at(a, j) {
                        f.party = Some(party);
                        j = e;
                    } else if let Some((age, _)) = age_ending_at(a, j) {
                        f.age = Some(age);
                    } else if let Some(party) = party_at(a, j) {
                        f.party = Some(party);
                    } else if let Some((c, _)) = demonym_ending_at(a, j) {
                        f.countries.push(c);
                    } else if !role_seen && (is_person_role(w) || is_person_noun(w)) && self.index.at(j).is_none() {
                        role_seen = true;
                        f.roles.push(w.to_string());
                        f.gender = f.gender.or(noun_gender(w));
                    }
                    j += 1;
                }
            }
            "is" | "was" => f.read_predicate(a, last + 1),
            _ => {}
        }
        f
    }
}
