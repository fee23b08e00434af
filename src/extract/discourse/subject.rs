//! Who does what: the subject of a verb, read back from the verb (or forward,
//! after an inverted one). Two finders with different aims:
//! - speech ([`Discourse::subject_before`], [`Discourse::subject_after`]): the
//!   speaker of a reporting verb. Mentions inside quotations are skipped, the
//!   name back-off and role noun phrases count, and when nothing stands right
//!   before the verb the nearest person of the clause is taken (a speaker is
//!   nearly always in its clause, so the fallback is safe).
//! - events ([`Discourse::event_subject`]): the agent of a payment, founding,
//!   lawsuit or acquisition. Only the structure right before the verb counts
//!   (a mention, a pronoun, a relative pronoun's antecedent, an appositive, a
//!   participle clause's subject), with no clause-wide fallback: a wrong agent
//!   makes a wrong relation, so precision comes first.
//!
//! Both step back over the same gap words (`auxiliaries.txt`: "has also",
//! "agreed to").

use super::Discourse;
use super::words::{is_person_pronoun, is_person_role, is_personal_pronoun, is_role_noun, pronoun};
use crate::extract::rows::EntityType;
use crate::lexicon::{AUXILIARIES, TITLE_WORDS};

/// Entity types that can act as an event's agent: people, organisations and
/// places acting as governments ("New York sued Exxon Mobil").
pub const AGENT: &[EntityType] = &[EntityType::Person, EntityType::Org, EntityType::Loc];
/// People and organisations.
pub const PERSON_OR_ORG: &[EntityType] = &[EntityType::Person, EntityType::Org];

/// The agent of an event verb and, when the verb sits in a relative clause with
/// its own subject ("Biden, whom he gave $200 to"), the relative's antecedent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EventSubject {
    /// The verb's subject.
    pub subject: Option<usize>,
    /// The antecedent of "who"/"whom" before a pronoun subject.
    pub antecedent: Option<usize>,
}

/// Is `w` a title word that may stand between an inverted verb and a name
/// ("said Sen. Smith", "said the minister")?
fn is_title_word(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    TITLE_WORDS.contains(w) || is_person_role(w)
}

impl Discourse<'_, '_> {
    /// The first token of the gap words right before token `v`, no further back than `lo`.
    fn skip_gap(&self, v: usize, lo: usize) -> usize {
        let mut p = v;
        while p > lo && AUXILIARIES.contains(self.a.low(p - 1)) {
            p -= 1;
        }
        p
    }

    /// The speaker of a reporting verb at token `v`, looking back no further than
    /// token `lo`: a pronoun, mention, back-off name, relative pronoun's antecedent
    /// or role noun phrase right before the verb; else the nearest person of the
    /// clause, a "he"/"she" of it, or its nearest organisation.
    pub fn subject_before(&self, v: usize, lo: usize) -> Option<usize> {
        let a = self.a;
        let p = self.skip_gap(v, lo);
        if p > lo {
            let p = p - 1;
            let w = a.low(p);
            if is_person_pronoun(w) {
                return self.resolve_pronoun(w, a.tokens[p].start);
            }
            if let Some(m) = self.subject_mention_at(p).or_else(|| self.name_backoff(p)) {
                return Some(m);
            }
            if matches!(w, "who" | "which" | "that") && p > lo {
                let mut q = p - 1;
                if a.tok(q) == "," && q > lo {
                    q -= 1;
                }
                if let Some(m) = self.subject_mention_at(q) {
                    return Some(m);
                }
                if is_role_noun(a.low(q)) {
                    return self.resolve_role_np(q);
                }
            }
            if is_role_noun(w) {
                return self.resolve_role_np(p);
            }
        }
        // Fallback within the clause: nearest person, a pronoun, nearest organisation.
        let person = (lo..v)
            .rev()
            .filter_map(|i| self.subject_mention_at(i).or_else(|| self.name_backoff(i)))
            .find(|&m| self.mentions[m].label == EntityType::Person);
        if person.is_some() {
            return person;
        }
        if let Some(i) = (lo..v).find(|&i| is_personal_pronoun(a.low(i))) {
            return self.resolve_pronoun(a.low(i), a.tokens[i].start);
        }
        (lo..v).rev().filter_map(|i| self.subject_mention_at(i)).find(|&m| self.mentions[m].label == EntityType::Org)
    }

    /// The speaker after an inverted reporting verb at token `v`, before token
    /// `hi` ("said Tester", "said the company", "said Sen. Smith", "said the
    /// minister, Liz Truss", "said SpaceX spokesman Phil Larson").
    pub fn subject_after(&self, v: usize, hi: usize) -> Option<usize> {
        let a = self.a;
        let mut k = v + 1;
        let mut skipped = 0;
        while k < hi && skipped <= 4 {
            if let Some(m) = self.subject_mention_at(k).or_else(|| self.name_backoff(k)) {
                // "said SpaceX spokesman Phil Larson": the person after the organisation's role.
                if self.mentions[m].label == EntityType::Org {
                    let role_start = self.index.run_end(m, k, hi);
                    let mut j = role_start;
                    while j < hi && j < role_start + 3 && is_person_role(a.low(j)) {
                        j += 1;
                    }
                    if j > role_start
                        && j < hi
                        && let Some(p) = self.subject_mention_at(j)
                        && self.mentions[p].label == EntityType::Person
                    {
                        return Some(p);
                    }
                }
                return Some(m);
            }
            let w = a.low(k);
            if is_person_pronoun(w) {
                return self.resolve_pronoun(w, a.tokens[k].start);
            }
            if is_role_noun(w) && k + 2 < hi && a.tok(k + 1) == "," {
                // "said the minister, Liz Truss"
                if let Some(m) = self.subject_mention_at(k + 2) {
                    return Some(m);
                }
            }
            if is_role_noun(w) && !(k + 1 < hi && self.subject_mention_at(k + 1).is_some()) {
                return self.resolve_role_np(k);
            }
            let capitalised = a.tok(k).chars().next().is_some_and(char::is_uppercase);
            if !(is_title_word(w) || capitalised) {
                return None;
            }
            skipped += 1;
            k += 1;
        }
        None
    }

    /// The agent of an event verb at token `v` in a sentence starting at token
    /// `lo` (see the module docs): the mention (PERSON, ORG or LOC, quoted or not)
    /// or resolved pronoun right before it past the gap words, a relative
    /// pronoun's antecedent ("Musk, who spent …"), the head of an appositive
    /// ("SoftBank, its largest investor, committed …"), or, for an "-ing" verb
    /// after a comma, the sentence's opening subject ("Altman was a backer of
    /// Democrats, giving …").
    pub fn event_subject(&self, v: usize, lo: usize) -> EventSubject {
        let a = self.a;
        let none = EventSubject::default();
        let p = self.skip_gap(v, lo);
        if p == lo {
            return none;
        }
        let q = p - 1;
        let w = a.low(q);
        let antecedent = |r: usize| -> Option<usize> {
            let mut k = r;
            if k > lo && a.tok(k - 1) == "," {
                k -= 1;
            }
            (k > lo).then(|| self.mention_of(k - 1, AGENT)).flatten()
        };
        if pronoun(w).is_some() {
            let subject = self.resolve_pronoun(w, a.tokens[q].start);
            let rel = (q > lo && matches!(a.low(q - 1), "who" | "whom")).then(|| antecedent(q - 1)).flatten();
            return EventSubject { subject, antecedent: rel };
        }
        if let Some(m) = self.mention_of(q, AGENT) {
            return EventSubject { subject: Some(m), antecedent: None };
        }
        if matches!(w, "who" | "which" | "that") {
            return EventSubject { subject: antecedent(q), antecedent: None };
        }
        if w == "," {
            // Appositive: "SoftBank, its largest investor, committed …"
            let mut k = q;
            while k > lo && k + 12 > q {
                k -= 1;
                if a.tok(k) == "," {
                    return EventSubject { subject: (k > lo).then(|| self.mention_of(k - 1, AGENT)).flatten(), antecedent: None };
                }
            }
            // Participle clause: "Altman was a backer of Democrats, giving $1 million to …"
            if a.low(v).ends_with("ing") {
                let first = (lo..q).find_map(|k| self.mention_of(k, PERSON_OR_ORG));
                let first = first.filter(|&m| a.tokens[lo].end >= self.mentions[m].span.start);
                if first.is_some() {
                    return EventSubject { subject: first, antecedent: None };
                }
                let fw = a.low(lo);
                if is_person_pronoun(fw) {
                    return EventSubject { subject: self.resolve_pronoun(fw, a.tokens[lo].start), antecedent: None };
                }
            }
        }
        none
    }
}
