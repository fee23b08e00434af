//! Typed look-ups over the lexicon tables that the discourse layer, quotes
//! and relations read (plain lists are read straight from [`crate::lexicon`]).

use crate::lexicon::{
    DEMONYMS, GIVEN_NAMES, NAME_TITLE_FACTS, ORG_NOUN_KINDS, ORG_ROLES, PARTY_WORDS, PERSON_NOUNS, PERSON_ROLES, PRONOUNS,
    SPOKESPERSON_NOUNS,
};
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a subject pronoun may stand for (a row of `pronouns.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PronounRefers {
    /// It may stand for a PERSON ("he", "she", "they").
    pub person: bool,
    /// It may stand for an ORG ("they", "it").
    pub org: bool,
}

static PRONOUN: LazyLock<HashMap<&'static str, PronounRefers>> =
    LazyLock::new(|| PRONOUNS.rows().iter().map(|r| (r[0], PronounRefers { person: r[1] == "yes", org: r[2] == "yes" })).collect());

/// Person role nouns, each with whether it heads a title held at an organisation.
static PERSON_ROLE: LazyLock<HashMap<&'static str, bool>> =
    LazyLock::new(|| PERSON_ROLES.rows().iter().map(|r| (r[0], r[1] == "yes")).collect());

/// What the lowercase word `w` may stand for when it is a subject pronoun.
pub fn pronoun(w: &str) -> Option<PronounRefers> {
    PRONOUN.get(w).copied()
}

/// Is `w` a pronoun that may stand for a speaker ("he", "she", "they")?
pub fn is_person_pronoun(w: &str) -> bool {
    pronoun(w).is_some_and(|p| p.person)
}

/// The subject pronoun of a possessive one ("her" -> "she"), as `pronouns.tsv` spells it.
pub fn possessive_pronoun(w: &str) -> Option<&'static str> {
    match w {
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        "its" => Some("it"),
        _ => None,
    }
}

/// Is `w` a pronoun that stands for a person only ("he", "she"; not "they")?
pub fn is_personal_pronoun(w: &str) -> bool {
    pronoun(w).is_some_and(|p| p.person && !p.org)
}

/// Is `w` (lowercase) a role noun naming a person ("senator", "ceo", "spokesman")?
pub fn is_person_role(w: &str) -> bool {
    PERSON_ROLE.contains_key(w)
}

/// Does `w` head a title held at an organisation ("ceo", "founder"), as the
/// role relation reads titles? Narrower than [`is_person_role`]: see `person_roles.tsv`.
pub fn is_title_head(w: &str) -> bool {
    PERSON_ROLE.get(w).copied().unwrap_or(false)
}

/// Is `w` (lowercase) a role noun naming an organisation ("company", "group")?
pub fn is_org_role(w: &str) -> bool {
    ORG_ROLES.contains(w)
}

/// Organisation nouns by the kind whose members stand for one another (`org_noun_kinds.tsv`).
/// `org_noun_kinds.tsv`: noun -> (kind, whether a body of the kind is always named with its noun).
static ORG_NOUN_KIND: LazyLock<HashMap<&'static str, (&'static str, bool)>> =
    LazyLock::new(|| ORG_NOUN_KINDS.rows().iter().map(|r| (r[0], (r[1], r.get(2) == Some(&"yes")))).collect());

/// The kind of an organisation noun whose members stand for one another
/// ("agency" and "administration": a public body), from `org_noun_kinds.tsv`.
pub fn org_noun_kind(w: &str) -> Option<&'static str> {
    ORG_NOUN_KIND.get(w).map(|k| k.0)
}

/// Is `w` the noun of a body always named with a noun of its kind ("court": "Supreme Court"), so
/// that "the court" stands for no organisation named otherwise (`org_noun_kinds.tsv`, column 3)?
pub fn org_noun_names_its_kind(w: &str) -> bool {
    ORG_NOUN_KIND.get(w).is_some_and(|k| k.1)
}

/// Is `w` (lowercase) a past participle that can open a phrase after a noun
/// ("The lawsuit, filed by …", "a letter signed by …", "written by", "led by")?
pub fn is_participle(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed") || matches!(w, "written" | "sent" | "drawn" | "brought" | "made" | "led" | "run" | "held")
}

/// Is `w` a role noun of either kind ("the senator", "the company")?
pub fn is_role_noun(w: &str) -> bool {
    is_person_role(w) || is_org_role(w)
}

/// A person's gender as the text gives it (a given name, a title, a noun, a pronoun).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "he", "Mr.", "spokesman", "John".
    Male,
    /// "she", "Mrs.", "spokeswoman", "Mary".
    Female,
}

fn gender_of(code: &str) -> Option<Gender> {
    match code {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

static GIVEN_NAME: LazyLock<HashMap<&'static str, Gender>> =
    LazyLock::new(|| GIVEN_NAMES.rows().iter().filter_map(|r| Some((r[0], gender_of(r.get(1)?)?))).collect());
static DEMONYM: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| DEMONYMS.rows().iter().filter_map(|r| Some((r[0], *r.get(1)?))).collect());
/// Party words: word -> (party key, is a one-letter tag).
static PARTY: LazyLock<HashMap<&'static str, (&'static str, bool)>> =
    LazyLock::new(|| PARTY_WORDS.rows().iter().filter_map(|r| Some((r[0], (*r.get(1)?, *r.get(2)? == "letter")))).collect());
/// What a title says of its bearer: (role, gender).
type TitleFact = (Option<&'static str>, Option<Gender>);
/// Titles: title -> (role, gender).
static TITLE_FACT: LazyLock<HashMap<&'static str, TitleFact>> = LazyLock::new(|| {
    NAME_TITLE_FACTS.rows().iter().filter_map(|r| Some((r[0], (Some(*r.get(1)?).filter(|x| *x != "-"), gender_of(r.get(2)?))))).collect()
});
/// Person nouns and role nouns -> the gender they give (None when they give none).
static NOUN_GENDER: LazyLock<HashMap<&'static str, Option<Gender>>> = LazyLock::new(|| {
    let roles = PERSON_ROLES.rows().iter().map(|r| (r[0], r.get(2).and_then(|g| gender_of(g))));
    let nouns = PERSON_NOUNS.rows().iter().map(|r| (r[0], r.get(1).and_then(|g| gender_of(g))));
    roles.chain(nouns).collect()
});

/// The gender a given name (as written, "Mary") is nearly always borne by.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    GIVEN_NAME.get(name).copied()
}

/// The country (ISO code) of a nationality word as written ("Portuguese" -> "PT").
pub fn demonym(form: &str) -> Option<&'static str> {
    DEMONYM.get(form).copied()
}

/// The party a lowercase word names ("republican", "gop" -> "republican"); not the one-letter tags.
pub fn party_word(w: &str) -> Option<&'static str> {
    PARTY.get(w).filter(|p| !p.1).map(|p| p.0)
}

/// The party of a one-letter tag before a state ("d" in "D-Md.").
pub fn party_letter(w: &str) -> Option<&'static str> {
    PARTY.get(w).filter(|p| p.1).map(|p| p.0)
}

/// The role and gender a title before a name gives (lowercase, without its period: "gov", "mrs").
pub fn title_facts(w: &str) -> Option<(Option<&'static str>, Option<Gender>)> {
    TITLE_FACT.get(w).copied()
}

/// Can the lowercase noun `w` head a description of a person ("the striker", "the senator")?
pub fn is_person_noun(w: &str) -> bool {
    NOUN_GENDER.contains_key(w)
}

/// The gender a person or role noun gives ("spokeswoman" -> female).
pub fn noun_gender(w: &str) -> Option<Gender> {
    NOUN_GENDER.get(w).copied().flatten()
}

/// Is `w` (lowercase) a noun for an unnamed spokesperson ("spokeswoman", "representative")?
pub fn is_spokesperson_noun(w: &str) -> bool {
    SPOKESPERSON_NOUNS.contains(w)
}

/// Can the lowercase noun `w` stand for a person as a phrase's head: a role, a
/// noun of a kind of person or a spokesperson noun ("the senator", "the
/// mother", "a spokeswoman")?
pub fn is_person_head(w: &str) -> bool {
    is_person_role(w) || is_person_noun(w) || is_spokesperson_noun(w)
}

/// The gender a speaker pronoun gives ("he" -> male); none for "they" and "it".
pub fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender of a third-person singular pronoun in any case ("he", "him", "his", "himself").
pub fn pronoun_form_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

pub use crate::extract::analysis::is_ly_adverb;
