//! Which mention covers each token, and which one ends there.

use crate::extract::analysis::{Analysis, Bytes};
use crate::extract::rows::Mention;

/// For each token of `a`, the index of the mention covering it (a later
/// mention wins where two overlap): the lookup that the amounts, quotes,
/// relations and entity-rule passes share.
pub fn mention_at(a: &Analysis, mentions: &[Mention<Bytes>]) -> Vec<Option<usize>> {
    let mut at = vec![None; a.tokens.len()];
    for (k, m) in mentions.iter().enumerate() {
        for slot in &mut at[a.token_range(m.span.start, m.span.end)] {
            *slot = Some(k);
        }
    }
    at
}

/// The mention index of a document: per token, the mention covering it and
/// the mention whose last token it is.
#[derive(Debug, Clone)]
pub struct MentionIndex {
    covering: Vec<Option<usize>>,
    ending: Vec<Option<usize>>,
}

impl MentionIndex {
    /// Index the mentions of the analysed document.
    pub fn new(a: &Analysis, mentions: &[Mention<Bytes>]) -> Self {
        let covering = mention_at(a, mentions);
        let ending = covering.iter().enumerate().map(|(k, m)| m.filter(|&m| a.tokens[k].end >= mentions[m].span.end)).collect();
        MentionIndex { covering, ending }
    }

    /// The mention covering token `i` (None past the last token).
    pub fn at(&self, i: usize) -> Option<usize> {
        self.covering.get(i).copied().flatten()
    }

    /// The mention whose last token is `i` ("Altman" in "Sam Altman said").
    pub fn ending_at(&self, i: usize) -> Option<usize> {
        self.ending.get(i).copied().flatten()
    }

    /// The first token at or after `i`, below `hi`, that mention `m` does not
    /// cover: scanning from one of `m`'s tokens, the token after it.
    pub fn run_end(&self, m: usize, mut i: usize, hi: usize) -> usize {
        while i < hi && self.at(i) == Some(m) {
            i += 1;
        }
        i
    }
}
