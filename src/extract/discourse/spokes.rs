//! Unnamed spokespeople ([`Spokes`]): "a spokeswoman for Acme", "an Acme
//! spokesman", "Acme's spokesperson", "her spokesman", "the mayor's office".
//! They speak for their principal, an organisation or a person (spec §7: a
//! speaker may be an organisation), and a later "she said" is the same speaker.
//!
//! Documents with their issuer ("a statement from Acme", "a report by Acme",
//! "Acme's letter", "its statement") are read by the same finder: a document
//! that says something speaks for whoever issued it (see `documents.rs`).

use super::subject::is_title_word;
use super::words::{
    Gender, is_org_role, is_participle, is_person_role, is_spokesperson_noun, noun_gender, possessive_pronoun, pronoun_gender,
};
use super::{Discourse, PersonFacts};
use crate::extract::analysis::is_possessive;
use crate::extract::rows::EntityType;
use crate::lexicon::{INDEFINITE_DETERMINERS, PREPOSITIONS, PRINCIPAL_NOUNS};

/// How many sentences back "his office" looks for "the office of X" to be the same office.
const SAME_NOUN_SENTENCES: usize = 6;

/// What a principal phrase's noun is: someone who speaks for the principal,
/// or a document the principal issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Voice {
    /// "a spokeswoman for Acme", "her office".
    Spokesperson,
    /// "a statement from Acme", "Acme's letter" (`document_nouns.txt`).
    Document,
}

/// An unnamed spokesperson phrase outside quotations: "a spokeswoman for
/// Acme", "an Acme spokesman", "Acme's spokesperson"; or a document phrase
/// with its issuer as the principal ("a report by Acme").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spokes {
    /// First token of the phrase (its determiner when it has one).
    pub first: usize,
    /// Last token of the phrase.
    pub last: usize,
    /// The spokesperson (or document) noun's token.
    pub noun: usize,
    /// Who is spoken for: an organisation or person mention.
    pub principal: usize,
    /// The gender the noun gives ("spokeswoman").
    pub gender: Option<Gender>,
}

impl Discourse<'_, '_> {
    /// Is mention `m` right after "the" ("the Trump campaign")?
    fn opens_with_the(&self, m: usize) -> bool {
        let k = self.a.tok_at(self.mentions[m].span.start);
        k > 0 && self.a.low(k - 1) == "the"
    }

    /// The unnamed spokesperson phrases, in text order.
    pub fn spokespeople(&self) -> &[Spokes] {
        &self.spokes
    }

    /// Find the unnamed spokesperson phrases (see [`Spokes`]), or with
    /// [`Voice::Document`] the document phrases. A spokesperson noun takes its
    /// principal after it ("for Acme", "of the company") or before it ("Acme",
    /// "Acme's", "a company", "her", "the mayor's"); an office or campaign
    /// (`principal_nouns.txt`) only from a possessive before it ("her office",
    /// "Smith's campaign", "the mayor's office") or a person's name after "the"
    /// ("the Trump campaign"). A document takes its issuer
    /// after it by "from" or "by", or before it like a spokesperson.
    pub(super) fn find_spokespeople(&self, voice: Voice) -> Vec<Spokes> {
        let a = self.a;
        let n = a.tokens.len();
        let mut out = Vec::new();
        for k in 0..n {
            let w = a.low(k);
            let spokes_noun = match voice {
                Voice::Spokesperson => is_spokesperson_noun(w),
                Voice::Document => self.is_document_noun(k),
            };
            // Lowercase and outside a name: not the "Department" of "Department of Homeland Security".
            let principal_noun = voice == Voice::Spokesperson
                && PRINCIPAL_NOUNS.contains(w)
                && a.tok(k).starts_with(char::is_lowercase)
                && self.index.at(k).is_none();
            if !(spokes_noun || principal_noun) || self.is_quoted(a.tokens[k].start) {
                continue;
            }
            // Named: "spokeswoman Jane Roe".
            if self.mention_of(k + 1, &[EntityType::Person]).is_some() {
                continue;
            }
            let (mut first, mut last, mut principal) = (k, k, None);
            let after = |w: &str| match voice {
                // "the office of speaker Bob Halverson", not "the government at San Ysidro".
                Voice::Spokesperson if principal_noun && !spokes_noun => w == "of",
                Voice::Spokesperson => matches!(w, "for" | "of" | "at" | "with"),
                Voice::Document => matches!(w, "from" | "by"),
            };
            // After: "for Acme", "of the company"; a document's issuer past its participle too ("The
            // lawsuit, filed by Acme in May,").
            let link =
                if voice == Voice::Document && k + 3 < n && a.tok(k + 1) == "," && is_participle(a.low(k + 2)) && a.low(k + 3) == "by" {
                    k + 3
                } else {
                    k + 1
                };
            if link + 1 < n && after(a.low(link)) {
                let mut j = if a.low(link + 1) == "the" { link + 2 } else { link + 1 };
                // Past the principal's title: "the office of speaker Bob Halverson".
                while j + 1 < n && j < k + 6 && self.index.at(j).is_none() && is_title_word(a.low(j)) {
                    j += 1;
                }
                // Past lowercase modifiers of a name: "for the state Department of Health", "of the
                // federal Bureau of Prisons" (only when a name follows them).
                let mut m2 = j;
                while m2 + 1 < n && m2 < j + 2 && self.index.at(m2).is_none() && is_modifier_word(a.tok(m2)) {
                    m2 += 1;
                }
                if m2 > j && self.index.at(m2).is_some() {
                    j = m2;
                }
                if let Some(m) =
                    (j < n).then(|| self.subject_mention_at(j)).flatten().filter(|&m| self.mentions[m].label != EntityType::Misc)
                {
                    principal = Some(m);
                    last = self.index.run_end(m, j, n) - 1;
                    // "the office of House speaker Bob Halverson": the person holding the role there.
                    let mut r = last + 1;
                    while r + 1 < n && r < last + 4 && self.index.at(r).is_none() && is_title_word(a.low(r)) {
                        r += 1;
                    }
                    if self.mentions[m].label != EntityType::Person
                        && r > last + 1
                        && let Some(p) = self.mention_of(r, &[EntityType::Person]).filter(|&p| !self.is_quoted(self.mentions[p].span.start))
                    {
                        principal = Some(p);
                        last = self.index.run_end(p, r, n) - 1;
                    }
                } else if j < n && is_org_role(a.low(j)) {
                    principal = self.resolve_role(a.low(j), a.tokens[j].start);
                    last = j;
                }
            }
            // Before: "Acme spokesman", "Acme's spokesman", "a company spokesman", "an Acme press spokesman",
            // "her spokesman", "the mayor's office".
            // A document's modifiers are any lowercase words or figures: "Acme's written statement".
            let modifier = |j: usize| {
                let w = a.low(j);
                match voice {
                    // "Norway's foreign ministry", "the city's police department".
                    // Not across a phrase: "his period in office".
                    Voice::Spokesperson if principal_noun => {
                        a.tok(j).chars().all(|c| c.is_lowercase())
                            && !matches!(w, "the" | "and" | "or")
                            && !PREPOSITIONS.contains(w)
                            && possessive_pronoun(w).is_none()
                    }
                    Voice::Spokesperson => matches!(w, "press" | "chief" | "senior" | "deputy" | "official" | "campaign"),
                    // "the company report": the role noun is the issuer, not a modifier; a year or
                    // size is one ("a 2019 study", "a 40-page report").
                    Voice::Document => {
                        !is_org_role(w)
                            && a.tok(j).chars().all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
                            && w != "the"
                            && !INDEFINITE_DETERMINERS.contains(w)
                            && possessive_pronoun(w).is_none()
                    }
                }
            };
            let mut b = k;
            while b > 0 && b + 2 > k && modifier(b - 1) {
                b -= 1;
            }
            // A principal named after the noun: the phrase opens at its modifiers ("a 2019 study by Acme").
            if principal.is_some()
                && voice == Voice::Document
                && b > 0
                && (INDEFINITE_DETERMINERS.contains(a.low(b - 1)) || a.low(b - 1) == "the")
            {
                first = b;
            }
            if principal.is_none() && b > 0 {
                let p = b - 1;
                let possessive = matches!(a.tok(p), "'s" | "’s") && p > 0;
                let owner = if possessive { p - 1 } else { p };
                let pw = a.low(owner);
                if let Some(m) = self
                    .index
                    .ending_at(owner)
                    .filter(|&m| self.mentions[m].label != EntityType::Misc && !self.is_quoted(self.mentions[m].span.start))
                    // "the Trump campaign": a person's name before the noun of their office or camp.
                    .filter(|&m| spokes_noun || possessive || (self.mentions[m].label == EntityType::Person && self.opens_with_the(m)))
                {
                    principal = Some(m);
                    first = a.tok_at(self.mentions[m].span.start);
                } else if let Some(subject) = possessive_pronoun(pw).filter(|_| owner == p) {
                    // "his office" after "the office of speaker Bob Halverson": the same office.
                    let want = pronoun_gender(subject);
                    let window = a.sentences.get(a.sentence_of_token(p).saturating_sub(SAME_NOUN_SENTENCES)).map_or(0, |s| s.start);
                    let same_noun = out.iter().rev().take_while(|o: &&Spokes| a.tokens[o.noun].start >= window).find(|o| {
                        a.low(o.noun) == w
                            && (self.mentions[o.principal].label == EntityType::Person) == (subject != "it")
                            && self
                                .person_facts(o.principal)
                                .and_then(PersonFacts::gender_or_name)
                                .is_none_or(|g| want.is_none_or(|x| x == g))
                    });
                    principal = same_noun.map(|o| o.principal).or_else(|| self.resolve_speaker_pronoun(subject, a.tokens[p].start, &[]));
                    first = p;
                } else if (is_org_role(pw) && (spokes_noun || possessive)) || (possessive && is_person_role(pw)) {
                    principal = self.resolve_role(pw, a.tokens[owner].start);
                    first = owner;
                }
            }
            let Some(principal) = principal else { continue };
            if first > 0 && (INDEFINITE_DETERMINERS.contains(a.low(first - 1)) || a.low(first - 1) == "the") {
                first -= 1;
            }
            // Named in apposition: "Jane Roe, a spokeswoman for Acme"; or after the phrase and what
            // ends its principal: "a spokesperson for Acme's foreign ministry, Lin Jian, said".
            if first > 1 && a.tok(first - 1) == "," && self.mention_of(first - 2, &[EntityType::Person]).is_some() {
                continue;
            }
            let mut c = last + 1;
            while c < n && c <= last + 4 && (is_possessive(a.tok(c)) || a.tok(c).chars().all(|ch| ch.is_lowercase())) {
                c += 1;
            }
            let named_after = c + 2 < n
                && a.tok(c) == ","
                && self.mention_of(c + 1, &[EntityType::Person]).is_some_and(|m| {
                    let e = self.index.run_end(m, c + 1, n);
                    e < n && a.tok(e) == ","
                });
            if voice == Voice::Spokesperson && named_after {
                continue;
            }
            let gender = if voice == Voice::Spokesperson { noun_gender(w) } else { None };
            out.push(Spokes { first, last, noun: k, principal, gender });
        }
        out
    }
}

/// Is `tok` a lowercase word that may modify a name after a determiner ("the
/// state Department of Health", "the federal Bureau of Prisons"): letters and
/// hyphens only, not a preposition, conjunction or possessive pronoun?
fn is_modifier_word(tok: &str) -> bool {
    tok.starts_with(char::is_lowercase)
        && tok.chars().all(|c| c.is_lowercase() || c == '-')
        && !matches!(tok, "and" | "or" | "the")
        && !PREPOSITIONS.contains(tok)
        && !INDEFINITE_DETERMINERS.contains(tok)
        && possessive_pronoun(tok).is_none()
}
