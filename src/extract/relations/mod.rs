//! Relations between entities stated in one sentence: role, payment, founded, sued,
//! acquired.
//!
//! Rules read the sentence's tokens around the entity mentions:
//! - role: "Sam Altman, CEO of OpenAI", "Oracle CEO Larry Ellison", "OpenAI's chief
//!   executive Sam Altman", "Larry Ellison, Oracle's co-founder", "Tim Cook is the CEO of
//!   Apple"; subject = the person, object = the organisation, detail = the title as written.
//! - payment: X gave/donated/spent/invested/paid/contributed/pledged/committed… $N (to|in Y);
//!   amount = the money amount after the verb, detail = the verb.
//! - founded ("X founded Y", "Y, founded by X"), sued ("X sued/is suing Y", "Y was sued by
//!   X"), acquired ("X acquired/bought/agreed to buy Y", "Y was acquired by X").
//!
//! Subjects come from the discourse layer ([`Discourse::event_subject`]): the mention
//! right before the verb (past auxiliaries and adverbs), an appositive ("SoftBank, its
//! largest investor, committed …"), a relative pronoun ("Musk, who spent …") or a
//! resolved pronoun ("He donated …"). Every relation carries its sentence as evidence
//! and the date of the sentence when one is given.
//!
//! Parts: `roles` (role titles), `events` (payment, founded, sued, acquired).

mod events;
mod roles;
#[cfg(test)]
mod tests;

use super::analysis::{Bytes, Span};
use super::discourse::Discourse;
use super::rows::{Amount, DateMention, EntityType, Predicate, Relation};

const PERSON: &[EntityType] = &[EntityType::Person];
const ORG: &[EntityType] = &[EntityType::Org];
/// Who or what receives a payment: also named projects and funds (MISC).
const RECIPIENT: &[EntityType] = &[EntityType::Person, EntityType::Org, EntityType::Loc, EntityType::Misc];

/// Relations stated in the document's sentences (byte offsets; subjects and objects
/// index the discourse's mentions, amounts index `amounts`).
pub fn extract(d: &Discourse, amounts: &[Amount<Bytes>], dates: &[DateMention<Bytes>]) -> Vec<Relation<Bytes>> {
    let a = d.a;
    let mut out: Vec<Relation<Bytes>> = Vec::new();
    for (si, sent) in a.sentences.iter().enumerate() {
        let mut found: Vec<Found> = Vec::new();
        roles::roles(d, sent.tokens.clone(), &mut found);
        events::events(d, sent.tokens.clone(), amounts, &mut found);
        for f in found {
            let dup = out.iter().rev().take_while(|r| r.span.start == sent.start).any(|r| {
                r.span.start == sent.start
                    && r.subject == f.subject
                    && r.predicate == f.predicate
                    && r.object == f.object
                    && r.amount == f.amount
            });
            if dup || Some(f.subject) == f.object {
                continue;
            }
            out.push(Relation {
                subject: f.subject,
                predicate: f.predicate,
                object: f.object,
                amount: f.amount,
                // A role is a standing fact: the sentence's date belongs to its event.
                date: if f.predicate == Predicate::Role { None } else { sentence_date(dates, si, sent.start, sent.end, f.at) },
                evidence: a.text[sent.start..sent.end].to_string(),
                span: Span::new(sent.start, sent.end),
                detail: f.detail,
            });
        }
    }
    out
}

/// A relation found in a sentence, before the sentence fields are added.
pub(super) struct Found {
    /// The subject mention.
    pub subject: usize,
    /// What the relation says.
    pub predicate: Predicate,
    /// The object mention, when there is one.
    pub object: Option<usize>,
    /// The money amount (an index into the amounts).
    pub amount: Option<usize>,
    /// The title or verb as written.
    pub detail: Option<String>,
    /// Byte position of the trigger, to pick the nearest date.
    pub at: usize,
}

/// The date in the sentence nearest the trigger.
fn sentence_date(dates: &[DateMention<Bytes>], si: usize, s: usize, e: usize, at: usize) -> Option<String> {
    dates
        .iter()
        .filter(|d| d.span.start >= s && d.span.end <= e || d.sentence == si && d.span.start >= s && d.span.start < e)
        .min_by_key(|d| d.span.start.abs_diff(at))
        .map(|d| d.value.clone())
}

/// The text of tokens `i..j`.
fn text_of(d: &Discourse, i: usize, j: usize) -> String {
    d.a.text[d.a.tokens[i].start..d.a.tokens[j - 1].end].to_string()
}
