//! Who does what: the subject of a verb, read back from the verb. Two finders
//! with different aims:
//! - speech ([`Discourse::subject_before`], [`Discourse::subject_after`], in
//!   `speaker.rs`): the speaker of a reporting verb. Mentions inside quotations
//!   are skipped, the name back-off, pronouns, descriptions and role noun
//!   phrases count, and when nothing stands right before the verb the nearest
//!   person of the clause is taken (a speaker is nearly always in its clause).
//! - events ([`Discourse::event_subject`]): the agent of a payment, founding,
//!   lawsuit or acquisition. Only the structure right before the verb counts
//!   (a mention, a pronoun, a relative pronoun's antecedent, an appositive, a
//!   participle clause's subject), with no clause-wide fallback: a wrong agent
//!   makes a wrong relation, so precision comes first.
//!
//! Both step back over the same gap words (`auxiliaries.txt`: "has also",
//! "agreed to").

use super::Discourse;
use super::words::{is_person_pronoun, is_person_role, pronoun};
use crate::extract::rows::EntityType;
use crate::lexicon::{AUXILIARIES, NAME_TITLES, TITLE_WORDS};

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
pub(super) fn is_title_word(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    TITLE_WORDS.contains(w) || NAME_TITLES.contains(w) || is_person_role(w)
}

impl Discourse<'_, '_> {
    /// The first token of the gap words right before token `v`, no further back than `lo`.
    pub(super) fn skip_gap(&self, v: usize, lo: usize) -> usize {
        let mut p = v;
        while p > lo && AUXILIARIES.contains(self.a.low(p - 1)) {
            p -= 1;
        }
        p
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
