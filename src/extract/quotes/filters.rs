//! What is quoted but is not a quotation: quoted names, titles of works,
//! scare quotes of one word, and short terms with no reporting cue.

use super::candidates::Cand;
use crate::extract::discourse::Discourse;
use crate::lexicon::{REPORTING_VERBS, TITLE_FUNCTION_WORDS, WORK_NOUNS};

/// Number of words (whitespace-separated pieces with a letter or digit).
pub(super) fn word_count(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// A quoted title or name: at most ten words, the first capitalised and the others
/// capitalised or small function words, no sentence punctuation at the end.
fn is_title_like(s: &str) -> bool {
    let t = s.trim();
    if t.ends_with(['.', '?', '!']) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let cap = |w: &str| w.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    cap(words[0]) && words.iter().all(|w| cap(w) || TITLE_FUNCTION_WORDS.contains(&w.to_lowercase()))
}

/// Is the quoted span exactly a name: its words covered by one mention
/// ("He called Altman “Little Finger”")?
pub(super) fn is_quoted_name(d: &Discourse, c: &Cand) -> bool {
    let content = &d.a.text[c.start..c.end];
    let core_s = c.start + content.find(|ch: char| ch.is_alphanumeric()).unwrap_or(0);
    let core_e = c.start
        + content
            .rfind(|ch: char| ch.is_alphanumeric())
            .map_or(content.len(), |k| k + content[k..].chars().next().map_or(1, char::len_utf8));
    let before = d.mentions.partition_point(|m| m.span.start <= core_s);
    d.mentions[..before].iter().rev().take(3).any(|m| m.span.end >= core_e)
}

/// Is the quoted span the title of a work: title-like, or right after a work noun
/// ("the HBO drama “Game of Thrones”", "the film “Gone with the wind”") without
/// ending like a sentence or clause?
pub(super) fn is_title_of_work(d: &Discourse, c: &Cand) -> bool {
    let a = d.a;
    let content = &a.text[c.start..c.end];
    let open_tok = a.tok_at(c.open);
    let after_work_noun = (open_tok.saturating_sub(2)..open_tok).any(|k| WORK_NOUNS.contains(a.low(k)));
    is_title_like(content) || (after_work_noun && !content.trim_end().ends_with(['.', '?', '!', ',']))
}

/// Does the quote's sentence have a reporting verb? Short fragments need one
/// ("the “leading expert”, he said" counts; "a “green shoe” option" does not).
pub(super) fn has_reporting_cue(d: &Discourse, c: &Cand) -> bool {
    let a = d.a;
    a.sentences.get(a.sentence_of(c.open)).is_some_and(|s| s.tokens.clone().any(|k| REPORTING_VERBS.contains(a.low(k))))
}
