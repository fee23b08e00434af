//! Names and pronouns: finding the mention a word or a name stands for.

use super::Discourse;
use super::words;
use crate::extract::analysis::Bytes;
use crate::extract::rows::{EntityType, Mention};
use std::collections::HashMap;

/// Capitalised words (three letters or more) of person names -> the fullest
/// mention with that word, to recover a person whose mention the tagger
/// missed at one place ("Larson said" after "Phil Larson").
pub(super) fn name_words(mentions: &[Mention<Bytes>]) -> HashMap<&str, usize> {
    let mut out: HashMap<&str, usize> = HashMap::new();
    for (mi, m) in mentions.iter().enumerate() {
        if m.label != EntityType::Person {
            continue;
        }
        for w in m.text.split_whitespace() {
            if w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase) {
                let e = out.entry(w).or_insert(mi);
                if mentions[*e].text.len() < m.text.len() {
                    *e = mi;
                }
            }
        }
    }
    out
}

impl Discourse<'_, '_> {
    /// A person named elsewhere in the document by the word at token `i`, when
    /// the tagger left that word untagged here (and it is not quoted).
    pub fn name_backoff(&self, i: usize) -> Option<usize> {
        if self.index.at(i).is_some() || self.is_quoted(self.a.tokens[i].start) {
            return None;
        }
        self.name_words.get(self.a.tok(i)).copied()
    }

    /// The mention inside the byte range `start..end` (a post's author name),
    /// PERSON or ORG first.
    pub fn mention_within(&self, start: usize, end: usize) -> Option<usize> {
        let inside: Vec<usize> =
            (0..self.mentions.len()).filter(|&i| self.mentions[i].span.start < end && self.mentions[i].span.end > start).collect();
        inside.iter().copied().find(|&i| matches!(self.mentions[i].label, EntityType::Person | EntityType::Org)).or(inside.first().copied())
    }

    /// A person or organisation mention anywhere in the document matching
    /// `name`: the same text, else the person sharing its last word ("Trump"
    /// for "Donald J. Trump").
    pub fn mention_named(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        let same = self.mentions.iter().position(|m| m.text == name && matches!(m.label, EntityType::Person | EntityType::Org));
        same.or_else(|| self.name_words.get(name.split_whitespace().last()?).copied())
    }

    /// The mention the pronoun `word` (lowercase, a row of `pronouns.tsv`) at
    /// byte `pos` stands for: the first fitting mention named (outside quotes)
    /// earlier in its sentence, else the first fitting mention of the nearest
    /// of the eight sentences before that names one. "he"/"she" fit a person,
    /// "they" a person or an organisation, "it" an organisation.
    pub fn resolve_pronoun(&self, word: &str, pos: usize) -> Option<usize> {
        let refers = words::pronoun(word)?;
        if self.a.sentences.is_empty() {
            return None;
        }
        let ok = |m: usize| match self.mentions[m].label {
            EntityType::Person => refers.person,
            EntityType::Org => refers.org,
            _ => false,
        };
        let s = self.a.sentence_of(pos);
        if let Some(&m) = self.sentence_mentions(s).iter().find(|&&m| self.mentions[m].span.end <= pos && ok(m)) {
            return Some(m);
        }
        (s.saturating_sub(8)..s).rev().find_map(|k| self.sentence_mentions(k).iter().copied().find(|&m| ok(m)))
    }
}
