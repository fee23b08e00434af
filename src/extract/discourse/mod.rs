//! The discourse layer: who a document talks about and how it refers to them,
//! computed once per document from the [`Analysis`] and the entity mentions and
//! read by the quotes and relations extractors (and, next, by amounts).
//!
//! It holds:
//! - the mention index ([`MentionIndex`]): the mention covering each token and
//!   the one ending at each token;
//! - the mentions of each sentence and each paragraph, outside quoted regions
//!   (byte ranges inside quotation marks and embedded posts, passed in by the
//!   quotes extractor, which owns quotation-mark pairing): a person named inside
//!   a quotation is not a speaker or a subject; credit lines (sign-offs,
//!   bylines, picture credits, a dateline's agency tag) are left out likewise;
//! - role introductions ([`RoleIntro`]: "spokesman Phil Larson", "Sam Altman,
//!   CEO of OpenAI", "The group, WeWorkers Coalition") and the resolution of role
//!   noun phrases ("the company", "the senator") and pronouns to mentions;
//! - the name back-off: a person's name word left untagged at one place
//!   ("Larson said") found through its other, tagged mention;
//! - subject finders around a verb, for speech ([`Discourse::subject_before`],
//!   [`Discourse::subject_after`], past appositions, parentheticals and
//!   phrases to the subject's head) and for events ([`Discourse::event_subject`]).
//!
//! - what the text says about each person ([`PersonFacts`]: age, nationality,
//!   party, roles, gender), read by descriptions ("the 56-year-old said") and
//!   pronoun agreement; unnamed spokespeople ([`Spokes`]: "a spokeswoman for
//!   Acme"), who speak for their organisation, and documents that say
//!   something for their issuer ("the statement said", `documents.rs`);
//! - speaker resolution by salience: earlier speakers ([`Said`]), clause
//!   subjects, recency by sentence and paragraph.
//!
//! Offsets are bytes; token indices index `a.tokens`; mentions are indices into
//! `mentions`. Every look-up is linear or logarithmic in the document size.

mod credits;
mod documents;
mod index;
mod names;
mod people;
mod roles;
mod speaker;
mod spokes;
mod subject;
#[cfg(test)]
pub(crate) mod tests;
pub mod words;

pub use credits::{credit_regions, is_byline};
pub use index::{MentionIndex, mention_at};
pub use people::PersonFacts;
pub use roles::RoleIntro;
pub use speaker::Said;
pub use spokes::Spokes;
pub use subject::{AGENT, EventSubject, PERSON_OR_ORG};

use super::analysis::{Analysis, Bytes, Span};
use super::rows::{EntityType, Mention};
use crate::lexicon::LAW_HEADS;
use std::collections::HashMap;

/// A paragraph (a non-blank line of the text) and the mentions it makes
/// outside quoted regions, in text order: the unit for per-paragraph salience.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's byte range (its line, without the line break).
    pub span: Span<Bytes>,
    /// Mentions starting inside it and outside quoted regions.
    pub mentions: Vec<usize>,
}

/// Per-document discourse facts shared by the extractors (see the module docs).
pub struct Discourse<'d, 'a> {
    /// The document's analysis.
    pub a: &'d Analysis<'a>,
    /// The document's entity mentions, sorted by start.
    pub mentions: &'d [Mention<Bytes>],
    index: MentionIndex,
    /// Quoted byte ranges and credit lines, sorted.
    quoted: Vec<Span<Bytes>>,
    /// Mentions (outside quotes) of each sentence, in order.
    sentence_mentions: Vec<Vec<usize>>,
    paragraphs: Vec<Paragraph>,
    /// Role introductions, sorted by position.
    roles: Vec<RoleIntro>,
    /// Capitalised words of person names -> the fullest mention with that word.
    name_words: HashMap<&'d str, usize>,
    /// Each mention's referent (the fullest mention of the same person).
    referents: Vec<usize>,
    /// What the text says about each person, keyed by referent.
    facts: HashMap<usize, PersonFacts>,
    /// Unnamed spokesperson phrases, in text order.
    spokes: Vec<Spokes>,
    /// Document phrases with their issuer ("a statement from Acme"), in text order.
    documents: Vec<Spokes>,
}

impl<'d, 'a> Discourse<'d, 'a> {
    /// Compute the discourse facts of a document. `quoted` holds the byte ranges
    /// inside quotation marks and embedded posts (any order; they may nest).
    pub fn new(a: &'d Analysis<'a>, mentions: &'d [Mention<Bytes>], mut quoted: Vec<Span<Bytes>>) -> Self {
        // Credit lines ("Reporting by …", bylines) are left out like quotations: no speakers there.
        quoted.extend(credit_regions(a));
        quoted.sort();
        let mut d = Discourse {
            a,
            mentions,
            index: MentionIndex::new(a, mentions),
            quoted,
            sentence_mentions: vec![Vec::new(); a.sentences.len()],
            paragraphs: Vec::new(),
            roles: Vec::new(),
            name_words: names::name_words(mentions),
            referents: Vec::new(),
            facts: HashMap::new(),
            spokes: Vec::new(),
            documents: Vec::new(),
        };
        d.paragraphs =
            a.lines.iter().filter(|l| !l.slice(a.text).trim().is_empty()).map(|&span| Paragraph { span, mentions: Vec::new() }).collect();
        for (mi, m) in mentions.iter().enumerate() {
            if d.is_quoted(m.span.start) {
                continue;
            }
            if !a.sentences.is_empty() {
                d.sentence_mentions[a.sentence_of(m.span.start)].push(mi);
            }
            if let Some(p) = d.paragraph_of(m.span.start) {
                d.paragraphs[p].mentions.push(mi);
            }
        }
        d.roles = d.role_introductions();
        d.referents = d.compute_referents();
        d.facts = d.compute_facts();
        d.spokes = d.find_spokespeople(spokes::Voice::Spokesperson);
        d.documents = d.find_spokespeople(spokes::Voice::Document);
        d
    }

    /// The mention index (covering and ending mentions per token).
    pub fn index(&self) -> &MentionIndex {
        &self.index
    }

    /// The mention covering token `i`, of any type, quoted or not.
    pub fn mention_at(&self, i: usize) -> Option<usize> {
        self.index.at(i)
    }

    /// The mention covering token `i` when its type is one of `types`.
    pub fn mention_of(&self, i: usize, types: &[EntityType]) -> Option<usize> {
        let m = self.index.at(i)?;
        types.contains(&self.mentions[m].label).then_some(m)
    }

    /// A mention that can be a speaker or subject (not MISC) covering token `i`,
    /// outside quoted regions.
    pub fn subject_mention_at(&self, i: usize) -> Option<usize> {
        let m = self.index.at(i)?;
        let mm = &self.mentions[m];
        (mm.label != EntityType::Misc && !self.is_quoted(mm.span.start)).then_some(m)
    }

    /// Is mention `m` a law's or a treaty's name outside quotations ("Clean Air Act",
    /// "Citizenship Clause"; `law_heads.txt`)? Such a name may be quoted for its words.
    pub fn is_law(&self, m: usize) -> bool {
        let mm = &self.mentions[m];
        mm.label == EntityType::Misc
            && !self.is_quoted(mm.span.start)
            && mm.text.split_whitespace().last().is_some_and(|w| LAW_HEADS.contains(w))
    }

    /// Whether byte `pos` lies inside a quotation, an embedded post or a credit
    /// line (see [`credit_regions`]): where mentions are not speakers or subjects.
    pub fn is_quoted(&self, pos: usize) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= pos);
        // Ranges may nest or overlap a little; look back a few.
        self.quoted[..i].iter().rev().take(4).any(|q| pos >= q.start && pos < q.end)
    }

    /// The mentions of sentence `s` outside quoted regions, in text order.
    pub fn sentence_mentions(&self, s: usize) -> &[usize] {
        self.sentence_mentions.get(s).map_or(&[], Vec::as_slice)
    }

    /// The document's paragraphs (non-blank lines) with their mentions.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// The paragraph holding byte `pos`, if it is not on a blank line.
    pub fn paragraph_of(&self, pos: usize) -> Option<usize> {
        let p = self.paragraphs.partition_point(|p| p.span.start <= pos).checked_sub(1)?;
        (pos <= self.paragraphs[p].span.end).then_some(p)
    }
}
