//! The tokenizer, shared by the tagger's training data and news text.
//!
//! Punctuation is split off, possessives and clitics ("Musk’s", "don't") are
//! their own tokens, hyphenated words are split ("Trump-backed" -> "Trump",
//! "-", "backed"), while numbers ("1,234.5"), abbreviations ("U.S.", "Mr."),
//! handles ("@sama"), URLs and web domains stay whole. The entity model is
//! trained on this tokenization: a change here needs a retrain.

use super::span::{Bytes, Span};
use crate::lexicon::{ABBREVIATIONS, CLITICS, SENTENCE_OPENERS};

/// A token: a byte range of the text.
pub type Token = Span<Bytes>;

/// Is `word` (without its final period) an abbreviation that keeps the period?
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.is_empty() {
        return false;
    }
    // Initials and dotted abbreviations: "J", "U.S", "a.m".
    let single = w.chars().count() == 1 && w.chars().all(char::is_alphabetic);
    let dotted = w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    single || dotted || ABBREVIATIONS.contains(&w.to_lowercase())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Split `text` into tokens (byte offsets).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    for chunk in text.split(|c: char| c.is_whitespace()) {
        let start = i;
        i += chunk.len() + text[start + chunk.len()..].chars().next().map_or(0, char::len_utf8);
        if !chunk.is_empty() {
            tokenize_chunk(chunk, start, &mut out);
        }
    }
    split_final_letters(text, out)
}

/// A one-letter name whose period ends its sentence is the letter and a period: before a word
/// that opens sentences ("the Xbox One X. So, …"; `sentence_openers.txt`), or, after "on", "to"
/// or "via", before any capital, an opening quotation mark or the end of the text ("posted on X.
/// Musk …", "wrote on X. “We …”"); an initial inside a name keeps its period ("John F. Kennedy",
/// "Malcolm X. Lee").
fn split_final_letters(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let tok = |k: usize| tokens[k].slice(text);
    let ends = |k: usize| {
        let t = tok(k);
        let mut c = t.chars();
        if !(c.next().is_some_and(|l| l.is_ascii_uppercase()) && c.as_str() == ".") {
            return false;
        }
        let after_preposition = k > 0 && matches!(tok(k - 1), "on" | "to" | "via");
        match tokens.get(k + 1).map(|n| n.slice(text)) {
            None => after_preposition,
            Some(next) if next.starts_with(char::is_uppercase) => SENTENCE_OPENERS.contains(&next.to_lowercase()) || after_preposition,
            Some(next) => after_preposition && matches!(next, "“" | "\"" | "‘"),
        }
    };
    if !(0..tokens.len()).any(ends) {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len() + 1);
    for (k, &t) in tokens.iter().enumerate() {
        if ends(k) {
            out.push(Token::new(t.start, t.end - 1));
            out.push(Token::new(t.end - 1, t.end));
        } else {
            out.push(t);
        }
    }
    out
}

/// Tokenise one whitespace-free chunk starting at byte `base`.
fn tokenize_chunk(chunk: &str, base: usize, out: &mut Vec<Token>) {
    let lower = chunk.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        let core = chunk.trim_end_matches(|c: char| ".,;:!?)]}\"'”’".contains(c));
        out.push(Token::new(base, base + core.len()));
        if core.len() < chunk.len() {
            tokenize_chunk(&chunk[core.len()..], base + core.len(), out);
        }
        return;
    }
    let chars: Vec<(usize, char)> = chunk.char_indices().collect();
    let n = chars.len();
    let at = |k: usize| if k < n { chars[k].0 } else { chunk.len() };
    let mut k = 0;
    while k < n {
        let (b, c) = chars[k];
        if is_word_char(c) || (c == '@' && k + 1 < n && is_word_char(chars[k + 1].1)) {
            // A word: letters/digits, with inner "." "," between digits, inner "."
            // in abbreviations and domains, inner apostrophes ("O'Brien").
            let mut j = k + 1;
            while j < n {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                    continue;
                }
                let next = chars.get(j + 1).map(|x| x.1);
                let prev = chars[j - 1].1;
                let apostrophe = cj == '\'' || cj == '’';
                if apostrophe && prev == 'n' && j - 1 > k && (clitic_ends(chunk, at(j - 1), "n't") || clitic_ends(chunk, at(j - 1), "n’t"))
                {
                    j -= 1; // "don't" -> "do" + "n't"
                    break;
                }
                let joins = match cj {
                    '.' => next.is_some_and(is_word_char) && prev.is_alphanumeric(),
                    ',' => next.is_some_and(|nc| nc.is_ascii_digit()) && prev.is_ascii_digit(),
                    _ if apostrophe => {
                        next.is_some_and(char::is_alphabetic) && !CLITICS.words().iter().any(|cl| clitic_ends(chunk, at(j), cl))
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            let mut end = j;
            // Keep the final period of an abbreviation ("U.S.", "Mr.", "Jan."); a letter glued after
            // "&" ends a name, not an initial ("shops at H&M.", "AT&T.").
            let after_ampersand = k > 0 && chars[k - 1].1 == '&' && j == k + 1;
            if end < n && chars[end].1 == '.' && !after_ampersand && is_abbreviation(&chunk[b..at(end)]) {
                end += 1;
            }
            out.push(Token::new(base + b, base + at(end)));
            k = end;
            continue;
        }
        // Clitics ("'s", "n't") and runs of the same punctuation ("...", "--").
        if let Some(cl) = CLITICS.words().iter().find(|cl| clitic_ends(chunk, b, cl)) {
            out.push(Token::new(base + b, base + b + cl.len()));
            k += cl.chars().count();
            continue;
        }
        let mut j = k + 1;
        if c == '.' || c == '-' {
            while j < n && chars[j].1 == c {
                j += 1;
            }
        }
        out.push(Token::new(base + b, base + at(j)));
        k = j;
    }
}

/// Does the clitic `cl` at byte `b` of `chunk` end the word (no letter follows)?
fn clitic_ends(chunk: &str, b: usize, cl: &str) -> bool {
    chunk.get(b..b + cl.len()).is_some_and(|p| p.eq_ignore_ascii_case(cl))
        && !chunk[b + cl.len()..].chars().next().is_some_and(is_word_char)
}
