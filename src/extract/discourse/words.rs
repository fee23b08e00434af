//! Typed look-ups over the lexicon tables that the discourse layer, quotes
//! and relations read (plain lists are read straight from [`crate::lexicon`]).

use crate::lexicon::{ORG_ROLES, PERSON_ROLES, PRONOUNS};
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

/// Is `w` a role noun of either kind ("the senator", "the company")?
pub fn is_role_noun(w: &str) -> bool {
    is_person_role(w) || is_org_role(w)
}
