//! Documents that say something: "the statement said", "said a report from
//! Acme", "Acme's letter read". A document speaks for whoever issued it (spec
//! §7: a speaker may be an organisation): the issuer the text gives it where
//! it names it (a document phrase found like a spokesperson's, `spokes.rs`:
//! "a statement from Acme", "Acme's statement", "its statement"), or, for a
//! definite "the statement" with none, that of the latest document of that
//! kind named before it within a few paragraphs: its phrase's issuer, or the
//! subject of the clause naming it ("Acme said in a statement", "In a letter,
//! Smith wrote", "Acme issued a statement"). "A statement said" names no one,
//! but "Acme issued a statement saying" is Acme's: a document the clause's
//! subject issued (`issuing_verbs.txt`) speaks through its participle.

use super::words::pronoun;
use super::{Discourse, Said};
use crate::extract::rows::EntityType;
use crate::lexicon::{DOCUMENT_NOUNS, DOCUMENT_VERBS, ISSUING_VERBS, REPORTING_VERBS, VERB_PARTICLES};

/// Does `w` (lowercase) report speech when a document is its subject ("said", "continued", "read")?
fn is_document_verb(w: &str) -> bool {
    REPORTING_VERBS.contains(w) || DOCUMENT_VERBS.contains(w)
}

/// How many paragraphs back "the statement" looks for the document it refers to.
const DOCUMENT_PARAGRAPHS: usize = 6;

/// How many words may stand between a determiner and a document noun ("the company's written statement").
pub(super) const DOCUMENT_MODIFIERS: usize = 3;

impl Discourse<'_, '_> {
    /// Is token `k` a document noun written in lowercase outside quotations
    /// ("statement", "report"; not the name "Note")?
    pub fn is_document_noun(&self, k: usize) -> bool {
        let a = self.a;
        a.tok(k).starts_with(char::is_lowercase) && DOCUMENT_NOUNS.contains(a.low(k)) && !self.is_quoted(a.tokens[k].start)
    }

    /// The speaker of a document noun at token `h` heading a subject (no
    /// earlier than token `lo`): its phrase's issuer; for "the statement"
    /// without one, the issuer of the document it refers to; otherwise none.
    pub(super) fn document_speaker(&self, h: usize, lo: usize, recent: &[Said]) -> Option<usize> {
        if let Some(doc) = self.documents.iter().find(|d| d.noun == h) {
            return Some(doc.principal);
        }
        let a = self.a;
        let mut k = h;
        while k > lo && h - k < DOCUMENT_MODIFIERS && !matches!(a.low(k - 1), "the" | "a" | "an") {
            let t = a.tok(k - 1);
            if !(t.chars().all(|c| c.is_lowercase() || c == '-') && pronoun(a.low(k - 1)).is_none()) {
                return None;
            }
            k -= 1;
        }
        if k <= lo {
            return None;
        }
        if a.low(k - 1) == "the" {
            return self.referred_document(h).and_then(|t| self.document_issuer(t, recent));
        }
        // "Acme issued a statement warning that …", "Smith put out a letter saying …": a document
        // introduced as what the clause's subject issued speaks for it; one only cited or received
        // ("cited a report saying") names no one.
        let issued = |j: usize| j >= lo && ISSUING_VERBS.contains(a.low(j));
        let issued_here = k.checked_sub(2).is_some_and(|j| issued(j) || (j > lo && VERB_PARTICLES.contains(a.low(j)) && issued(j - 1)));
        issued_here.then(|| self.clause_issuer(h, recent)).flatten()
    }

    /// The document an unowned "the statement" at token `h` refers to: the
    /// latest earlier one with the same noun, else any document noun, within
    /// [`DOCUMENT_PARAGRAPHS`] paragraphs.
    fn referred_document(&self, h: usize) -> Option<usize> {
        let a = self.a;
        let here = self.paragraph_of(a.tokens[h].start)?;
        let from = a.tok_at(self.paragraphs[here.saturating_sub(DOCUMENT_PARAGRAPHS)].span.start);
        let mut any = None;
        for t in (from..h).rev() {
            if self.is_document_noun(t) {
                if a.low(t) == a.low(h) {
                    return Some(t);
                }
                any = any.or(Some(t));
            }
        }
        any
    }

    /// Who issued the document named at token `t`: its phrase's issuer, the
    /// speaker of the nearest reporting verb of its sentence ("Acme said in a
    /// statement", "In a statement, Acme said"), or the person, organisation,
    /// pronoun or role noun phrase opening that clause ("Acme issued a
    /// statement", "The company denied it in a statement").
    fn document_issuer(&self, t: usize, recent: &[Said]) -> Option<usize> {
        if let Some(doc) = self.documents.iter().find(|d| d.noun == t) {
            return Some(doc.principal);
        }
        let a = self.a;
        let sent = a.sentences.get(a.sentence_of_token(t))?.tokens.clone();
        // "“…,” the statement continued": a document speaking refers in turn to one named
        // before it (each step looks further back, so this ends).
        if t + 1 < sent.end && is_document_verb(a.low(t + 1)) {
            return self.document_speaker(t, sent.start, recent);
        }
        self.clause_issuer(t, recent)
    }

    /// Who the clause naming the document at token `t` gives as its issuer:
    /// the speaker of the nearest reporting verb of the sentence, or the
    /// person, organisation, pronoun or role noun phrase opening the clause.
    fn clause_issuer(&self, t: usize, recent: &[Said]) -> Option<usize> {
        let a = self.a;
        let sent = a.sentences.get(a.sentence_of_token(t))?.tokens.clone();
        // "according to an audit released Tuesday": the document is the clause's source,
        // and the clause's subject did not issue it.
        if (t.saturating_sub(DOCUMENT_MODIFIERS + 2).max(sent.start)..t)
            .any(|i| a.phrase_ending_at(i + 1, sent.start, "according to").is_some())
        {
            return None;
        }
        let verb =
            |i: &usize| REPORTING_VERBS.contains(a.low(*i)) && a.tok(*i).starts_with(char::is_lowercase) && self.index.at(*i).is_none();
        let before = (sent.start..t).rev().find(verb);
        // A verb after the document has its own subject only past a comma ("In a statement,
        // Acme said"); "a statement posted on its website" is the document's own verb.
        let after = (t + 1..sent.end).find(verb).filter(|&f| (t + 1..f).any(|i| a.tok(i) == ","));
        let v = match (before, after) {
            (Some(b), Some(f)) => Some(if t - b <= f - t { b } else { f }),
            (b, f) => b.or(f),
        };
        if let Some(v) = v {
            // The verb's subject may be an earlier "the statement" in turn: each step looks
            // further back in the text, so the recursion ends.
            return self.subject_before(v, sent.start, recent);
        }
        let named = (sent.start..t)
            .filter_map(|i| self.subject_mention_at(i))
            .find(|&m| matches!(self.mentions[m].label, EntityType::Person | EntityType::Org))
            .filter(|&m| self.is_subject_position(a.tok_at(self.mentions[m].span.start)))
            // "NASA's moon program faces delays": the owner is not the clause's subject.
            .filter(|&m| {
                let e = a.tok_at(self.mentions[m].span.end);
                !(e < a.tokens.len() && matches!(a.tok(e), "'s" | "’s"))
            });
        // "The company issued a statement", "It denied the claims in a statement".
        let first = (sent.start..t).find(|&i| a.tok(i).chars().any(char::is_alphanumeric))?;
        let opener = if a.low(first) == "the" { first + 1 } else { first };
        named.or_else(|| match pronoun(a.low(opener)) {
            Some(_) => self.resolve_speaker_pronoun(a.low(opener), a.tokens[opener].start, recent),
            None => self.resolve_role_np(opener),
        })
    }
}
